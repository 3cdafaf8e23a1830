/**
 * Finding 9 (issue 10): the scheduled job runs every minute and syncs when the interval
 * (x_mioms_m365_assis.cache.health_minutes) has passed since its last sync attempt, kept in the
 * health sync-state table. A late run (busy scheduler, node restart) still syncs; a second run in
 * the same window does not; a changed interval applies from the next run. Time is the emulated
 * platform's clock (platform.setClock), which the app reads through GlideDateTime.
 */
import { PROPERTY } from '../../../src/server/config/settings'
import { runScheduledHealthSync } from '../../../src/server/health/run-sync'
import { runHealthSyncJob } from '../../../src/server/health/scheduled-job'
import { SYNC_TABLE } from '../../../src/server/health/sync'
import { useSimulator } from '../../support/simulator-process'
import { connectHealthPlatform } from '../../support/health-platform'

const sim = useSimulator()

beforeEach(async () => {
    await sim.control('POST', '/_sim/health/seed', { count: 2, seed: 9 })
})

const T0 = Date.UTC(2026, 2, 2, 10, 0, 0)
const minute = (n: number, seconds = 0) => T0 + n * 60000 + seconds * 1000

test('a late run still syncs, a second run in the same window does not, and an interval change applies', () => {
    const { platform } = connectHealthPlatform(sim.url)
    platform.setProperty(PROPERTY.healthCacheMinutes, '15')
    platform.setClock(() => minute(0))

    expect(runScheduledHealthSync(minute(0))).not.toBeNull() // first run ever: syncs
    expect(runScheduledHealthSync(minute(1))).toBeNull()
    // The scheduler was busy at minute 15: the run at minute 16 still syncs.
    expect(runScheduledHealthSync(minute(16))).not.toBeNull()
    expect(runScheduledHealthSync(minute(17))).toBeNull()
    expect(runScheduledHealthSync(minute(30))).toBeNull() // 14 minutes after the last one
    expect(runScheduledHealthSync(minute(31))).not.toBeNull()

    // The admin shortens the interval: it applies from the next run, counted from the last sync.
    platform.setProperty(PROPERTY.healthCacheMinutes, '5')
    expect(runScheduledHealthSync(minute(35))).toBeNull()
    expect(runScheduledHealthSync(minute(36))).not.toBeNull()
    expect(runScheduledHealthSync(minute(40))).toBeNull()
})

test('a run a few seconds early for its window is not pushed to the next minute', () => {
    const { platform } = connectHealthPlatform(sim.url)
    platform.setProperty(PROPERTY.healthCacheMinutes, '15')
    expect(runScheduledHealthSync(minute(0, 2))).not.toBeNull()
    // The every-minute job fires at slightly different seconds: 14 min 59 s later counts as the window.
    expect(runScheduledHealthSync(minute(15, 1))).not.toBeNull()
})

test('the job reads the instance clock and keeps the last attempt in the sync-state table', () => {
    const { platform } = connectHealthPlatform(sim.url)
    platform.setProperty(PROPERTY.healthCacheMinutes, '15')
    const state = () => platform.store.query(SYNC_TABLE, {})[0]

    platform.setClock(() => minute(7))
    runHealthSyncJob()
    expect(state()?.last_attempt).toBe('2026-03-02 10:07:00')
    platform.setClock(() => minute(16))
    runHealthSyncJob()
    expect(state()?.last_attempt).toBe('2026-03-02 10:07:00')
    platform.setClock(() => minute(23))
    runHealthSyncJob()
    expect(state()?.last_attempt).toBe('2026-03-02 10:23:00')
})
