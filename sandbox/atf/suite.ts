/**
 * The ATF sandbox: an instance where the app was just installed (no demo data), its sandbox
 * server listening on a free port in this process (REST and form steps talk to it over HTTP),
 * and the user who runs the tests — an admin, like the admin who clicks Run on an instance.
 *
 *   const sandbox = await startAtfSandbox()
 *   const results = await sandbox.runSuite('Microsoft 365 support integration')
 *   await sandbox.close()
 */
import { randomBytes } from 'node:crypto'
import { setCurrentPlatform } from '../glide/current'
import { fidelityFromEnv } from '../glide/fidelity'
import { Platform } from '../glide/platform'
import { SqliteStore } from '../glide/store/SqliteStore'
import { installApp } from '../instance/app-installer'
import { readBuiltApp } from '../instance/dist-records'
import { createModuleRuntime } from '../instance/module-runtime'
import { seedIncidentForm } from '../instance/seed'
import { startSandboxServer } from '../instance/server'
import { hashPassword } from '../glide/passwords'
import { allStepExecutors } from './executors'
import { loadSuite, loadTest, SuiteTests } from './records'
import { RollbackStore } from './rollback'
import { RunnerUser, RunOptions, runTest } from './runner'
import type { AtfTest, StepExecutors, TestResult } from './types'

export const SHIPPED_SUITE = 'Microsoft 365 support integration'

export interface AtfSandboxOptions {
    /** `all` or switch names: the lenient side of undocumented behaviours (fidelity.ts), as SANDBOX_LENIENT. */
    lenient?: string
    /** dist/app by default. */
    distDir?: string
    /** Executors to use instead of every known one (runner unit tests). */
    executors?: StepExecutors
    /** The scope scripts run in (default the platform's, the app's). */
    scope?: string
}

/** What the runner needs (RunOptions) plus the suite's entry points. */
export interface AtfSandbox extends RunOptions {
    loadSuite(name?: string): SuiteTests
    loadTest(sysId: string): AtfTest
    runTest(test: AtfTest): Promise<TestResult>
    /** Runs the suite's active tests one after another (each rolled back before the next starts). */
    runSuite(name?: string): Promise<TestResult[]>
    close(): Promise<void>
}

export async function startAtfSandbox(options: AtfSandboxOptions = {}): Promise<AtfSandbox> {
    // The undo log wraps the database, under the Platform: every write of every path is undone after a test.
    const store = new RollbackStore(new SqliteStore(':memory:'))
    const platform = new Platform({ store, scope: options.scope })
    Object.assign(platform.fidelity, fidelityFromEnv(options.lenient))
    platform.bootstrap()
    setCurrentPlatform(platform)
    // As sandbox/instance/main.ts: the built app (its records, indexes and unique indexes), its module runtime.
    installApp(store, readBuiltApp(options.distDir), platform.fidelity)
    const runtime = createModuleRuntime(store)
    platform.setRequire(runtime.require)
    platform.setScriptRunner(runtime.runScript)
    // Every instance has an incident form with its Default view (not demo data).
    seedIncidentForm(platform)

    const password = randomBytes(12).toString('base64url')
    const userName = 'atf.runner'
    const userId = platform.createUser(userName, {
        roles: ['admin'],
        fields: { first_name: 'ATF', last_name: 'Runner', name: 'ATF Runner', user_password: hashPassword(password) },
    })
    const runner: RunnerUser = { userId, userName, password }
    platform.setSessionUser(null)

    const server = await startSandboxServer({ platform, runtime, port: 0 })
    platform.setProperty('glide.servlet.uri', `${server.url}/`)
    const executors = options.executors ?? allStepExecutors()
    const run = (test: AtfTest) => runTest(test, { platform, store, runtime, server, runner, executors })

    return {
        platform,
        store,
        runtime,
        server,
        runner,
        executors,
        loadSuite: (name = SHIPPED_SUITE) => loadSuite(store, name, platform.scope),
        loadTest: (sysId) => loadTest(store, sysId, platform.scope),
        runTest: run,
        async runSuite(name = SHIPPED_SUITE) {
            const results: TestResult[] = []
            for (const test of loadSuite(store, name, platform.scope).tests) results.push(await run(test))
            return results
        },
        async close() {
            // fetch keeps connections alive: close them, or server.close() waits for them.
            server.server.closeAllConnections()
            await server.close()
            store.close()
        },
    }
}
