/**
 * Starts the real local platform for browser and HTTP end-to-end tests: `sandbox/instance/start.cjs`
 * in its own process (fresh SQLite file, free ports), which itself starts the Microsoft
 * simulator. Chromium is Debian's /usr/bin/chromium driven by playwright-core; never a
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

/** `env`: extra environment for the sandbox process (e.g. SANDBOX_SCHEDULER=1; jest's process.env is not the real one). */
export function startSandbox(options: { env?: Record<string, string> } = {}): Promise<RunningSandbox> {
    const dir = mkdtempSync(join(tmpdir(), 'm365-sandbox-'))
    const dbPath = join(dir, 'sandbox.db')
    const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'sandbox', 'instance', 'start.cjs'), '--port', '0', '--simulator-port', '0', '--db', dbPath, '--fresh'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...options.env },
    })
    let output = ''
    return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${output}`)), 60_000)
        const onData = (chunk: Buffer) => {
            output += chunk.toString('utf8')
            const url = /SANDBOX_URL=(\S+)/.exec(output)?.[1]
            const microsoftUrl = /MICROSOFT_SIMULATOR_URL=(\S+)/.exec(output)?.[1]
            if (url && microsoftUrl && output.includes('Press Ctrl-C')) {
                clearTimeout(timer)
                resolvePromise({
                    url,
                    microsoftUrl,
                    dbPath,
                    stop: () =>
                        new Promise<void>((done) => {
                            child.once('exit', () => {
                                rmSync(dir, { recursive: true, force: true })
                                done()
                            })
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
