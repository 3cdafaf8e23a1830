/**
 * The scheduled sync in the sandbox (SANDBOX_SCHEDULER=1, every 2 s, health_minutes = 1): with
 * automatic incidents on, the simulator's Graph feed alone creates, updates and resolves the
 * incident, exactly once each, without anyone pressing Sync now. The job syncs once the interval
 * has passed since its last attempt (sync-state table): rather than wait a real minute per step,
 * the test moves that attempt one interval back, and checks the runs in between do not sync.
 */
import { HEALTH_ISSUE as ISSUE, incidentsOf, prepareHealthSetup, simulator, storeOf, workNotes } from './health-setup'
import { RunningSandbox, startSandbox } from './harness'
import { SYNC_TABLE } from '../../src/server/health/sync'
import { isAppLogEntry } from '../support/app-log'

let sandbox: RunningSandbox

beforeAll(async () => {
    sandbox = await startSandbox({ env: { SANDBOX_SCHEDULER: '1', SANDBOX_SCHEDULER_MS: '2000' } })
})
afterAll(async () => {
    await sandbox?.stop()
})

async function until<T>(what: string, read: () => T, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const end = Date.now() + timeoutMs
    for (;;) {
        const value = read()
        if (ok(value)) return value
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}\napp log:\n${appLog().join('\n')}`)
        await new Promise((r) => setTimeout(r, 500))
    }
}

/** The app's last log entries, to say why when the job did not do its work. */
function appLog(): string[] {
    return storeOf(sandbox)((store) => (store.hasTable('syslog') ? store.query('syslog', {}) : []))
        .filter(isAppLogEntry)
        .slice(-10)
        .map((r) => `${r.level} ${String(r.message).slice(0, 300)}`)
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** When the job last started a sync (the health sync-state row), or null before the first one. */
function lastAttempt(): string | null {
    return storeOf(sandbox)((store) => (store.hasTable(SYNC_TABLE) ? (store.query(SYNC_TABLE, {})[0]?.last_attempt ?? null) : null))
}

/** As if health_minutes had passed since the last attempt: the next run of the job syncs. */
function intervalPasses(): void {
    storeOf(sandbox)((store) => {
        if (!store.hasTable(SYNC_TABLE)) return
        for (const row of store.query(SYNC_TABLE, {})) store.update(SYNC_TABLE, String(row.sys_id), { last_attempt: '2000-01-01 00:00:00' })
    })
}

test('the scheduled job creates, updates and resolves the incident exactly once each', async () => {
    const sim = simulator(sandbox)
    await sim('POST', '/_sim/health/seed', { count: 0 })
    await sim('POST', '/_sim/health/issues', ISSUE)
    const group = prepareHealthSetup(sandbox)
    storeOf(sandbox)((store) => {
        const set = (name: string, value: string) => {
            const row = store.query('sys_properties', {}).find((r) => r.name === name)
            if (!row) throw new Error(`no property ${name}`)
            store.update('sys_properties', String(row.sys_id), { value })
        }
        set('x_mioms_m365_assis.cache.health_minutes', '1')
        set('x_mioms_m365_assis.health.assignment_group', group)
        set('x_mioms_m365_assis.health.category', 'software')
        set('x_mioms_m365_assis.health.auto_resolve', 'true')
        set('x_mioms_m365_assis.health.auto_incident', 'true')
    })
    intervalPasses()

    const [incident] = await until('the incident', () => incidentsOf(sandbox, ISSUE.id), (list) => list.length > 0)
    const id = String(incident.sys_id)
    expect(incident).toMatchObject({ short_description: ISSUE.title, assignment_group: group, category: 'software' })

    await sim('PATCH', `/_sim/health/issues/${ISSUE.id}`, { post: '<p>Mitigation is rolling out.</p>' })
    intervalPasses()
    await until('the work note', () => workNotes(sandbox, id), (notes) => notes.some((n) => n.includes('Mitigation is rolling out.')))

    await sim('POST', `/_sim/health/issues/${ISSUE.id}/resolve`, {})
    intervalPasses()
    await until('the resolution', () => incidentsOf(sandbox, ISSUE.id)[0], (inc) => inc.state === '6')

    // Several more runs of the job within the interval do not sync, and change nothing.
    const notes = workNotes(sandbox, id)
    const attempt = lastAttempt()
    expect(attempt).not.toBeNull()
    await pause(5000)
    expect(lastAttempt()).toBe(attempt)
    expect(incidentsOf(sandbox, ISSUE.id)).toHaveLength(1)
    expect(incidentsOf(sandbox, ISSUE.id)[0]).toMatchObject({ state: '6', close_code: 'Solution provided' })
    expect(workNotes(sandbox, id)).toEqual(notes)
    expect(notes.filter((n) => n.includes('Mitigation is rolling out.'))).toHaveLength(1)
})
