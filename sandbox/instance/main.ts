/**
 * Starts the local platform: the Microsoft simulator (its own process, so the sandbox's
 * synchronous outbound calls never block it), then the sandbox instance with the built app
 * installed from dist/ into a SQLite store. Used by `./dev start` and by the browser tests.
 *
 *   node sandbox/instance/start.cjs [--port 8080] [--simulator-port 4010] [--db .sandbox/sandbox.db] [--fresh]
 *
 * (usage.cjs prints every option: `./dev start --help`). The simulator keeps its world in a file
 * next to the database (simulatorStatePath), so a start after a stop finds Microsoft as it was:
 * the same signing key (tokens the sandbox cached still verify), repositories and cases.
 * --fresh forgets both files.
 *
 * Another node of the same instance (tests of true concurrency: test/e2e/harness.ts startSandboxCluster):
 *
 *   node sandbox/instance/start.cjs --join --db <the first node's file> --simulator-url <its simulator> [--port 0]
 *
 * joins a database a first process installed and seeded: it installs, seeds and starts no
 * simulator, and keeps the first node's base URL (an instance has one, behind its load balancer).
 */
import { ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { readBuiltApp } from './dist-records'
import { fidelityFromEnv, FidelitySwitches } from '../glide/fidelity'
import { Platform } from '../glide/platform'
import { setCurrentPlatform } from '../glide/current'
import { SqliteStore } from '../glide/store/SqliteStore'
import { installApp } from './app-installer'
import { DEMO_APPS, DEMO_REPOSITORY_ID, DEMO_TENANT, DEMO_TENANT_ID, DEMO_USERS } from './demo'
import { createModuleRuntime } from './module-runtime'
import { isSeeded, pointAppAtSimulator, seedAssignmentGroup, seedDemoData, seedIncidentForm } from './seed'
import { startSandboxServer } from './server'
import { startScheduler } from './scheduler'
// inbound: drains async business rules queued outside a request (e.g. by scheduled jobs)
import { startBackground } from './background'

export interface StartOptions {
    port: number
    simulatorPort: number
    db: string
    fresh: boolean
    /** Another node on a database the first process installed: no install, seed or simulator of its own. */
    join: boolean
    /** A running Microsoft simulator to use instead of starting one (required with --join). */
    simulatorUrl?: string
}

const ROOT = resolve(__dirname, '..', '..')

export function parseArgs(argv: string[]): StartOptions {
    const options: StartOptions = {
        port: Number(process.env.SANDBOX_PORT ?? 8080),
        simulatorPort: Number(process.env.MICROSOFT_SIMULATOR_PORT ?? 4010),
        db: join(ROOT, '.sandbox', 'sandbox.db'),
        fresh: false,
        join: false,
    }
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i]
        if (arg === '--port') options.port = Number(argv[++i])
        else if (arg === '--simulator-port') options.simulatorPort = Number(argv[++i])
        else if (arg === '--db') options.db = resolve(argv[++i])
        else if (arg === '--fresh') options.fresh = true
        else if (arg === '--join') options.join = true
        else if (arg === '--simulator-url') options.simulatorUrl = argv[++i]
        else throw new Error(`Unknown argument ${arg} (./dev start --help lists the options)`)
    }
    if (options.join && (options.fresh || !options.simulatorUrl)) throw new Error('--join needs --simulator-url and cannot be --fresh')
    if (options.join && !existsSync(options.db)) throw new Error(`--join: no database at ${options.db}`)
    return options
}

/** The Microsoft simulator's state file that goes with a sandbox database: `<db without .db>.microsoft.json`. */
export function simulatorStatePath(db: string): string {
    return join(dirname(db), `${basename(db).replace(/\.db$/, '')}.microsoft.json`)
}

/** Starts `node sandbox/microsoft/run.js` (keeping its world in `statePath`) and resolves with its URL once it prints it. */
export function startSimulatorProcess(port: number, statePath: string): Promise<{ url: string; child: ChildProcess }> {
    return new Promise((resolvePromise, reject) => {
        const child = spawn(process.execPath, [join(ROOT, 'sandbox', 'microsoft', 'run.js'), '--port', String(port), '--state', statePath], {
            stdio: ['ignore', 'pipe', 'inherit'],
        })
        let output = ''
        child.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString('utf8')
            const match = /MICROSOFT_SIMULATOR_URL=(\S+)/.exec(output)
            if (match) resolvePromise({ url: match[1], child })
        })
        child.on('exit', (code) => reject(new Error(`Microsoft simulator exited with code ${code}: ${output}`)))
    })
}

/** Registers the demo tenant, app registrations and admin accounts with the simulator. */
export async function configureSimulator(url: string): Promise<void> {
    const response = await fetch(`${url}/_sim/configure`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
            tenants: [{ domain: DEMO_TENANT, tenantId: DEMO_TENANT_ID, integrationConfigured: true, outboundAppId: DEMO_APPS.outbound.clientId }],
            apps: [
                { clientId: DEMO_APPS.outbound.clientId, clientSecret: DEMO_APPS.outbound.clientSecret, tenant: DEMO_TENANT, roles: ['ServiceHealth.Read.All', 'ServiceMessage.Read.All'] },
                { clientId: DEMO_APPS.inboundApi.clientId, clientSecret: DEMO_APPS.inboundApi.clientSecret, tenant: DEMO_TENANT },
                { clientId: DEMO_APPS.restUser.clientId, clientSecret: DEMO_APPS.restUser.clientSecret, tenant: DEMO_TENANT },
            ],
            admins: [
                { tenant: DEMO_TENANT, email: 'm365.admin@contoso.example', valid: true, canCreateTickets: true },
                { tenant: DEMO_TENANT, email: 'agent@contoso.example', valid: false, canCreateTickets: false },
            ],
        }),
    })
    if (!response.ok) throw new Error(`Configuring the simulator failed: ${response.status} ${await response.text()}`)
}

export async function main(argv: string[]): Promise<void> {
    const options = parseArgs(argv)
    const statePath = simulatorStatePath(options.db)
    // --fresh forgets the database and the simulator's world together (one without the other would disagree).
    if (options.fresh) for (const file of [options.db, `${options.db}-wal`, `${options.db}-shm`, statePath]) rmSync(file, { force: true })
    mkdirSync(dirname(options.db), { recursive: true })
    const simulator = options.simulatorUrl ? { url: options.simulatorUrl, child: null } : await startSimulatorProcess(options.simulatorPort, statePath)
    if (!options.join) await configureSimulator(simulator.url)

    const store = new SqliteStore(options.db)
    const platform = new Platform({ store })
    // SANDBOX_LENIENT=<behaviour>,... (or all) runs the lenient side of undocumented behaviours.
    Object.assign(platform.fidelity, fidelityFromEnv(process.env.SANDBOX_LENIENT))
    platform.bootstrap()
    setCurrentPlatform(platform)
    const install = options.join ? { inserted: 0, updated: 0 } : installApp(store, readBuiltApp(), platform.fidelity)
    const runtime = createModuleRuntime(store)
    platform.setRequire(runtime.require)
    platform.setScriptRunner(runtime.runScript)
    if (!options.join) {
        if (!isSeeded(platform)) seedDemoData(platform, { microsoftUrl: simulator.url })
        else pointAppAtSimulator(platform, simulator.url)
        seedIncidentForm(platform) // idempotent: also gives sandboxes seeded before it existed an incident form
        seedAssignmentGroup(platform) // idempotent, as seedIncidentForm
    }
    platform.setSessionUser(null)

    const sandbox = await startSandboxServer({ platform, runtime, port: options.port })
    // Scheduled jobs (service health sync, comment retries): only with SANDBOX_SCHEDULER=1 (see scheduler.ts).
    const scheduler = startScheduler(platform, runtime)
    // inbound: the async business-rule queue is drained every few seconds, as the instance's workers do.
    const background = startBackground(platform, { intervalMs: Number(process.env.SANDBOX_BACKGROUND_MS ?? 5000) })
    // The instance's own base URL: Setup's completion page shows the inbound Endpoint from it.
    if (!options.join) platform.setProperty('glide.servlet.uri', `${sandbox.url}/`)
    const users = Object.values(DEMO_USERS)
        .map((user) => `  ${user.userName.padEnd(18)} ${user.password.padEnd(30)} ${user.roles.join(', ')}`)
        .join('\n')
    process.stdout.write(
        [
            `SANDBOX_URL=${sandbox.url}`,
            `MICROSOFT_SIMULATOR_URL=${simulator.url}`,
            '',
            `Sandbox instance:      ${sandbox.url}/incident_list.do`,
            `Setup (administrator): ${sandbox.url}/x_mioms_m365_assis_setup.do`,
            `App REST API:          ${sandbox.url}/api/x_mioms_m365_assis/v1/`,
            `Microsoft simulator:   ${simulator.url}  (control API: ${simulator.url}/_sim/)`,
            // admincenter: the simulated Microsoft 365 admin center page (Setup step 9 in the browser)
            `Microsoft 365 admin center (simulated): ${simulator.url}/_sim/admin-center/`,
            '  Setup step 9: the tenant\'s Microsoft 365 admin enters the completion page\'s values here (Organization profiles; no sign-in, sandbox only).',
            `Data:                  ${options.db}${options.join ? '' : ` and ${statePath} (the simulator's)`} (start with --fresh for new ones)`,
            `App installed from dist/: ${install.inserted} new, ${install.updated} updated records`,
            `Demo tenant ${DEMO_TENANT}, repository id for Setup: ${DEMO_REPOSITORY_ID}`,
            `Platform fidelity:     ${fidelitySummary(platform.fidelity)} (docs/platform-fidelity.md; SANDBOX_LENIENT=<switch>,... or all)`,
            '',
            'Demo logins (sandbox only; passwords and secrets come from .sandbox/demo-seed, see sandbox/instance/demo.ts):',
            users,
            '',
            'Secrets the simulated admin center asks for at Setup step 9 (sandbox only):',
            `  Basic mode:  Client secret ${DEMO_APPS.inboundOAuthClient.clientSecret}   Rest user password ${DEMO_USERS.integration.password}`,
            `  AAD mode:    Client secret ${DEMO_APPS.inboundApi.clientSecret}   Rest user password ${DEMO_APPS.restUser.clientSecret}`,
            '',
            'Press Ctrl-C to stop.',
            '',
        ].join('\n'),
    )

    const stop = () => {
        background.stop()
        scheduler?.stop()
        // The simulator writes its state as it stops: wait for it, so a start right after finds it (and its port free).
        const simulatorExited = new Promise<void>((done) => {
            const child = simulator.child
            if (!child || child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
        })
        Promise.allSettled([sandbox.close(), simulatorExited]).finally(() => {
            store.close()
            process.exit(0)
        })
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}

/** 'strict' when every undocumented behaviour is strict, else the lenient switches by name. */
function fidelitySummary(switches: FidelitySwitches): string {
    const lenient = Object.entries(switches).filter(([, mode]) => mode === 'lenient').map(([name]) => name)
    return lenient.length === 0 ? 'strict' : `lenient for ${lenient.join(', ')}`
}
