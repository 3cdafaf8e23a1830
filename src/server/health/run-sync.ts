/**
 * What the scheduled job and "Sync now" run: the incremental Graph sync, the automatic incident
 * pass, the post-incident reports due (incident-reports.ts), then the Message center sync
 * (message-sync.ts). Message center comes last and on its own: it needs another Graph permission
 * (ServiceMessage.Read.All) that a tenant may not have granted, so its failure (403, 429 after the
 * retries, Graph down) never fails, delays or blocks issues, automatic incidents and reports; it
 * is logged once per run with a catalogue message. The job runs every minute and syncs once x_mioms_m365_assis.cache.health_minutes
 * have passed since its last attempt (kept in the health sync-state table): a run that comes late
 * (busy scheduler, node restart) still syncs, and a second run in the same window does not.
 */
import { readHealthSettings } from '../config/settings'
import { logError, logWarn, newCorrelationId } from '../diagnostics/logger'
import { userMessage } from '../messages/user-message'
import { type MessageSyncResult, syncMessages } from './message-sync'
import { featureNames } from './graph-permissions'

/** The Graph application permission Message center posts need. */
export const MESSAGE_CENTER_PERMISSION = 'ServiceMessage.Read.All'
import { type AutoIncidentCounts, processAutoIncidents } from './auto-incidents'
import { type ReportCounts, attachIncidentReports } from './incident-reports'
import { GlideDateTime } from '@servicenow/glide'
import { type SyncResult, lastSyncAttempt, recordSyncAttempt, syncHealthIssues } from './sync'

export interface HealthRun {
    sync: SyncResult
    incidents: AutoIncidentCounts | null
    reports: ReportCounts
    /** The Message center feed's outcome (Diagnostics and the page read it); null when it threw. */
    messages: MessageSyncResult | null
}

/** The catalogue message for a failed Message center sync: a 403 names the missing permission. */
export function messageFeedFailureText(result: MessageSyncResult): string {
    if (result.ok !== false) return ''
    const f = result.failure
    const detail = (f.status ? 'HTTP ' + f.status + (f.code ? ' ' + f.code : '') : f.code || f.kind) + (f.detail ? ': ' + f.detail : '')
    // A 403 is the missing permission: the one message Setup and Diagnostics also give for it (graph-permissions.ts).
    if (f.status === 403) return userMessage('GRAPH_PERMISSION_MISSING', [MESSAGE_CENTER_PERMISSION, featureNames(['messageCenter']), detail])
    return userMessage('HEALTH_MESSAGES_FAILED', [detail])
}

function runMessageSync(id: string): MessageSyncResult | null {
    try {
        const messages = syncMessages(id)
        // Setup incomplete is already logged by the Graph client, once, for the issues sync.
        if (messages.ok === false && messages.failure.kind !== 'setup_incomplete') logWarn(messageFeedFailureText(messages), id)
        return messages
    } catch (e) {
        logError('Message center sync failed: ' + String(e), id)
        return null
    }
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
    const messages = runMessageSync(id)
    return { sync, incidents, reports, messages }
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
