/**
 * Starts the real local platform for browser and HTTP end-to-end tests: `sandbox/instance/start.cjs`
 * in its own process (fresh SQLite file, free ports), which itself starts the Microsoft
 * simulator; or several such processes on one file (startSandboxCluster) for races. Chromium is Debian's /usr/bin/chromium driven by playwright-core; never a
 * downloaded browser.
 */
import { ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Browser, Page, chromium } from 'playwright-core'

export const ROOT = resolve(__dirname, '..', '..')
export const ARTIFACTS = join(ROOT, 'test-results')

export interface RunningSandbox {
    url: string
    microsoftUrl: string
    dbPath: string
    stop(): Promise<void>
}

export interface RestartableSandbox extends RunningSandbox {
    /**
     * Stops the process (the simulator too) and starts it again on the same database and ports
     * without --fresh, as `./dev start` after a stop; resolves with the new process's sandbox.
     */
    restart(): Promise<RestartableSandbox>
}

/** `env`: extra environment for the sandbox process (e.g. SANDBOX_SCHEDULER=1; jest's process.env is not the real one). */
export async function startSandbox(options: { env?: Record<string, string> } = {}): Promise<RestartableSandbox> {
    const dir = mkdtempSync(join(tmpdir(), 'm365-sandbox-'))
    const dbPath = join(dir, 'sandbox.db')
    const remove = () => rmSync(dir, { recursive: true, force: true })
    const running = (node: Omit<RunningSandbox, 'dbPath'>): RestartableSandbox => ({
        ...node,
        dbPath,
        stop: () => node.stop().then(remove),
        restart: async () => {
            await node.stop()
            const ports = ['--port', new URL(node.url).port, '--simulator-port', new URL(node.microsoftUrl).port]
            return running(await startNode([...ports, '--db', dbPath], options.env).catch((error) => (remove(), Promise.reject(error))))
        },
    })
    try {
        return running(await startNode(['--port', '0', '--simulator-port', '0', '--db', dbPath, '--fresh'], options.env))
    } catch (error) {
        remove()
        throw error
    }
}

export interface SandboxCluster {
    /** The nodes: the first installed and seeded the database and runs the simulator; the others joined it. */
    nodes: RunningSandbox[]
    /** One of the nodes (the first); dbPath and microsoftUrl are the cluster's. */
    first: RunningSandbox
    stop(): Promise<void>
}

/**
 * `n` sandbox processes on ONE SQLite file and one Microsoft simulator, as an instance's nodes
 * share one database (every instance has at least two application nodes on one database tier:
 * https://www.servicenow.com/community/developer-articles/understanding-application-nodes/ta-p/2586823): requests sent to different nodes run truly at the same time (each node
 * serves one request at a time, as each of its transactions is synchronous).
 */
export async function startSandboxCluster(n: number, options: { env?: Record<string, string> } = {}): Promise<SandboxCluster> {
    const first = await startSandbox(options)
    const nodes: RunningSandbox[] = [first]
    const stop = async () => {
        // The joiners first: the first node owns the simulator and the database's directory.
        for (const node of nodes.slice(1).reverse()) await node.stop()
        await first.stop()
    }
    try {
        for (let i = 1; i < n; i++) {
            const node = await startNode(['--join', '--port', '0', '--db', first.dbPath, '--simulator-url', first.microsoftUrl], options.env)
            nodes.push({ ...node, dbPath: first.dbPath })
        }
    } catch (error) {
        await stop()
        throw error
    }
    return { nodes, first, stop }
}

/** Spawns `sandbox/instance/start.cjs` with these arguments and resolves once it serves. */
function startNode(args: string[], env: Record<string, string> = {}): Promise<Omit<RunningSandbox, 'dbPath'>> {
    const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'sandbox', 'instance', 'start.cjs'), ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...env },
    })
    let output = ''
    return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => {
            child.kill('SIGTERM')
            reject(new Error(`sandbox did not start:\n${output}`))
        }, 60_000)
        const onData = (chunk: Buffer) => {
            output += chunk.toString('utf8')
            const url = /SANDBOX_URL=(\S+)/.exec(output)?.[1]
            const microsoftUrl = /MICROSOFT_SIMULATOR_URL=(\S+)/.exec(output)?.[1]
            if (url && microsoftUrl && output.includes('Press Ctrl-C')) {
                clearTimeout(timer)
                resolvePromise({
                    url,
                    microsoftUrl,
                    stop: () =>
                        new Promise<void>((done) => {
                            if (child.exitCode !== null || child.signalCode !== null) return done()
                            child.once('exit', () => done())
                            child.kill('SIGTERM')
                        }),
                })
            }
        }
        child.stdout?.on('data', onData)
        child.stderr?.on('data', onData)
        child.once('exit', (code) => {
            clearTimeout(timer)
            reject(new Error(`sandbox exited with ${code}:\n${output}`))
        })
    })
}

export function launchChromium(): Promise<Browser> {
    return chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    })
}

export function basicAuth(userName: string, password: string): string {
    return `Basic ${Buffer.from(`${userName}:${password}`).toString('base64')}`
}

/** Logs `user` in on a new page of its own (a session of its own) and waits for the incident list. */
export async function logIn(browser: Browser, sandboxUrl: string, user: { userName: string; password: string }): Promise<Page> {
    const page = await browser.newPage()
    await page.goto(`${sandboxUrl}/login.do`)
    await page.fill('#user_name', user.userName)
    await page.fill('#user_password', user.password)
    await page.click('#sysverb_login')
    await page.waitForURL(/incident_list\.do/)
    return page
}
