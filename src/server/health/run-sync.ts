/**
 * What the scheduled job and "Sync now" run: the incremental Graph sync, the automatic incident
 * pass, then the post-incident reports due (incident-reports.ts). The job runs every minute and syncs once x_mioms_m365_assis.cache.health_minutes
 * have passed since its last attempt (kept in the health sync-state table): a run that comes late
 * (busy scheduler, node restart) still syncs, and a second run in the same window does not.
 */
import { readHealthSettings } from '../config/settings'
import { logError, newCorrelationId } from '../diagnostics/logger'
import { type AutoIncidentCounts, processAutoIncidents } from './auto-incidents'
import { type ReportCounts, attachIncidentReports } from './incident-reports'
import { GlideDateTime } from '@servicenow/glide'
import { type SyncResult, lastSyncAttempt, recordSyncAttempt, syncHealthIssues } from './sync'

export interface HealthRun {
    sync: SyncResult
    incidents: AutoIncidentCounts | null
    reports: ReportCounts
}

export function runHealthSync(correlationId?: string): HealthRun {
    const id = correlationId || newCorrelationId()
    const sync = syncHealthIssues(id)
    if (sync.ok === false) {
        logError('Service health sync failed: ' + sync.failure.kind + ' (' + sync.failure.detail + ')', id)
    }
    // Incidents follow what is stored, so they also catch up after a failed sync.
    const incidents = processAutoIncidents(id)
    // Post-incident reports of issues Microsoft has published them for (one Graph call each, once).
    const reports = attachIncidentReports(id)
    return { sync, incidents, reports }
}

/**
 * Half the job's one-minute period: the every-minute job does not start on the same second each
 * time, so a run a few seconds short of the interval belongs to the window (else every window
 * would slip by a minute).
 */
export const DUE_TOLERANCE_MS = 30000

/**
 * True when the scheduled job should sync at `nowMs`: the interval has passed since the last
 * attempt (`lastMs`; null: never), give or take DUE_TOLERANCE_MS. A last attempt in the future
 * (a clock moved back, a cloned instance) does not block syncing.
 */
export function syncDue(nowMs: number, minutes: number, lastMs: number | null): boolean {
    if (lastMs === null || isNaN(lastMs)) return true
    const elapsed = nowMs - lastMs
    if (elapsed < 0) return true
    return elapsed >= Math.max(1, Math.floor(minutes)) * 60000 - DUE_TOLERANCE_MS
}

/** Entry point of the scheduled job: syncs when due, recording the attempt first (a failing sync waits for the next window too). */
export function runScheduledHealthSync(nowMs: number): HealthRun | null {
    const last = lastSyncAttempt()
    const lastMs = last ? new GlideDateTime(last).getNumericValue() : null
    if (!syncDue(nowMs, readHealthSettings().syncMinutes, lastMs)) return null
    const now = new GlideDateTime()
    now.setValue(nowMs)
    recordSyncAttempt(now.getValue())
    return runHealthSync()
}
