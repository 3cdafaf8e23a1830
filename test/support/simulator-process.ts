/**
 * The Microsoft simulator in its own process, for tests whose code calls it synchronously
 * (RESTMessageV2 on synckit blocks this thread, so the simulator cannot share it), plus a tiny
 * async client for its `/_sim/` control API.
 */
import { ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

export interface SimulatorProcess {
    url: string
    child: ChildProcess
    /** Calls the control API (or any simulator path) and returns the parsed JSON. */
    control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>
    stop(): Promise<void>
}

export function startSimulatorProcess(options: { port?: number; args?: string[] } = {}): Promise<SimulatorProcess> {
    return new Promise((resolvePromise, reject) => {
        const child = spawn(
            process.execPath,
            [join(__dirname, '..', '..', 'sandbox', 'microsoft', 'run.js'), '--port', String(options.port ?? 0), ...(options.args ?? [])],
            { stdio: ['ignore', 'pipe', 'inherit'] },
        )
        let output = ''
        child.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString('utf8')
            const match = /MICROSOFT_SIMULATOR_URL=(\S+)/.exec(output)
            if (match) resolvePromise(handle(match[1], child))
        })
        child.on('exit', (code) => reject(new Error(`Microsoft simulator exited with code ${code}: ${output}`)))
    })
}

function handle(url: string, child: ChildProcess): SimulatorProcess {
    return {
        url,
        child,
        async control<T>(method: string, path: string, body?: unknown): Promise<T> {
            const response = await fetch(url + path, {
                method,
                headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
                body: body === undefined ? undefined : JSON.stringify(body),
            })
            const text = await response.text()
            if (response.status >= 400) throw new Error(`${method} ${path} -> ${response.status} ${text}`)
            return (text ? JSON.parse(text) : null) as T
        },
        stop(): Promise<void> {
            return new Promise((done) => {
                if (child.exitCode !== null) return done()
                child.once('exit', () => done())
                child.kill('SIGTERM')
            })
        },
    }
}

/**
 * Jest hooks for a suite that talks to the simulator: one process for the suite, and before each
 * test a clean simulator (defaults, no faults, empty journal). Use the returned handle as `sim`;
 * a suite's own beforeEach runs after this one.
 */
export function useSimulator(options: { args?: string[] } = {}): Pick<SimulatorProcess, 'url' | 'control'> {
    let running: SimulatorProcess | undefined
    beforeAll(async () => {
        running = await startSimulatorProcess({ args: options.args })
    })
    afterAll(async () => {
        await running?.stop()
    })
    beforeEach(async () => {
        await handleOf().control('POST', '/_sim/reset', {})
        await handleOf().control('DELETE', '/_sim/faults')
        await handleOf().control('DELETE', '/_sim/journal')
    })
    function handleOf(): SimulatorProcess {
        if (!running) throw new Error('the simulator is not running (useSimulator hooks did not run)')
        return running
    }
    return {
        get url() {
            return handleOf().url
        },
        control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
            return handleOf().control<T>(method, path, body)
        },
    }
}
