/**
 * What the scheduled job and "Sync now" run: the incremental Graph sync, then the automatic
 * incident pass. The job runs every minute and syncs only on minutes that are a multiple of
 * x_mioms_m365_assis.cache.health_minutes (stateless: nothing is written to decide).
 */
import { readHealthSettings } from '../config/settings'
import { logError, newCorrelationId } from '../diagnostics/logger'
import { type AutoIncidentCounts, processAutoIncidents } from './auto-incidents'
import { type SyncResult, syncHealthIssues } from './sync'

export interface HealthRun {
    sync: SyncResult
    incidents: AutoIncidentCounts | null
}

export function runHealthSync(correlationId?: string): HealthRun {
    const id = correlationId || newCorrelationId()
    const sync = syncHealthIssues(id)
    if (sync.ok === false) {
        logError('Service health sync failed: ' + sync.failure.kind + ' (' + sync.failure.detail + ')', id)
    }
    // Incidents follow what is stored, so they also catch up after a failed sync.
    const incidents = processAutoIncidents(id)
    return { sync, incidents }
}

/** True when the scheduled job should sync at this time (every `minutes` minutes, on the minute). */
export function syncDue(nowMs: number, minutes: number): boolean {
    const n = Math.max(1, Math.floor(minutes))
    return Math.floor(nowMs / 60000) % n === 0
}

/** Entry point of the scheduled job. */
export function runScheduledHealthSync(nowMs: number): HealthRun | null {
    if (!syncDue(nowMs, readHealthSettings().syncMinutes)) return null
    return runHealthSync()
}
