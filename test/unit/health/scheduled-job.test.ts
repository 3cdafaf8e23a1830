/**
 * The built app's scheduled job (dist/, as installed in the sandbox) run by the sandbox
 * scheduler: it syncs the simulator's Graph feed into the health table and creates the
 * automatic incidents. Needs `npm run build` first.
 */
import { readBuiltApp } from '../../../sandbox/instance/dist-records'
import { Platform } from '../../../sandbox/glide/platform'
import { setCurrentPlatform } from '../../../sandbox/glide/current'
import { SqliteStore } from '../../../sandbox/glide/store/SqliteStore'
import { installApp } from '../../../sandbox/instance/app-installer'
import { createModuleRuntime } from '../../../sandbox/instance/module-runtime'
import { startScheduler } from '../../../sandbox/instance/scheduler'
import { HEALTH_PROPERTY, PROPERTY } from '../../../src/server/config/settings'
import { SimulatorProcess, startSimulatorProcess } from '../../support/simulator-process'
import { connectHealthPlatform } from '../../support/health-platform'

let sim: SimulatorProcess

beforeAll(async () => {
    sim = await startSimulatorProcess()
    await sim.control('POST', '/_sim/health/seed', { count: 5, seed: 4 })
})
afterAll(async () => {
    await sim.stop()
})

test('the installed job syncs and opens incidents; it is off unless SANDBOX_SCHEDULER=1', () => {
    const store = new SqliteStore(':memory:')
    const platform = new Platform({ store })
    platform.bootstrap()
    setCurrentPlatform(platform)
    installApp(store, readBuiltApp())
    const runtime = createModuleRuntime(store)
    platform.setRequire(runtime.require)
    platform.setScriptRunner(runtime.runScript)
    platform.setSessionUser('admin')
    connectHealthPlatform(sim.url, { platform })
    const group = platform.insertRow('sys_user_group', { name: 'Service desk', active: 'true' })
    platform.setProperty(PROPERTY.healthCacheMinutes, '1')
    platform.setProperty(HEALTH_PROPERTY.autoIncident, 'true')
    platform.setProperty(HEALTH_PROPERTY.assignmentGroup, group)
    platform.setProperty(HEALTH_PROPERTY.category, 'software')

    expect(startScheduler(platform, runtime, {})).toBeNull()
    const scheduler = startScheduler(platform, runtime, { SANDBOX_SCHEDULER: '1', SANDBOX_SCHEDULER_MS: '600000' })!
    try {
        // Other capabilities' jobs (e.g. inbound's comment retry) are installed too.
        expect(scheduler.runAll()).toContain('Microsoft 365 service health sync')
        const rows = store.query('x_mioms_m365_assis_health_issue', {})
        expect(rows).toHaveLength(5)
        const active = rows.filter((r) => r.is_resolved !== 'true')
        expect(active.length).toBeGreaterThan(0)
        expect(store.query('incident', {})).toHaveLength(active.length)
        scheduler.runAll()
        expect(store.query('incident', {})).toHaveLength(active.length)
    } finally {
        scheduler.stop()
        store.close()
    }
})

test('the scheduler keeps a schedule item (sys_trigger) per active job, moves its next action on each run and drops it when the job is deactivated', () => {
    const store = new SqliteStore(':memory:')
    const platform = new Platform({ store })
    platform.bootstrap()
    setCurrentPlatform(platform)
    installApp(store, readBuiltApp())
    const runtime = createModuleRuntime(store)
    platform.setRequire(runtime.require)
    platform.setScriptRunner(runtime.runScript)
    platform.setSessionUser('admin')
    const scheduler = startScheduler(platform, runtime, { SANDBOX_SCHEDULER: '1', SANDBOX_SCHEDULER_MS: '600000' })!
    try {
        const before = Date.now()
        scheduler.runAll()
        const jobs = store.query('sysauto_script', {})
        const items = store.query('sys_trigger', {})
        expect(items.map((i) => i.document_key).sort()).toEqual(jobs.map((j) => j.sys_id).sort())
        for (const item of items) {
            expect(item.document).toBe('sysauto_script')
            // Next action: one period (here the 600 s override) after the run.
            expect(Date.parse(String(item.next_action).replace(' ', 'T') + 'Z')).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 600000)
        }
        store.update('sysauto_script', String(jobs[0].sys_id), { active: 'false' })
        scheduler.runAll()
        expect(store.query('sys_trigger', {}).map((i) => i.document_key)).not.toContain(jobs[0].sys_id)
    } finally {
        scheduler.stop()
        store.close()
    }
})
