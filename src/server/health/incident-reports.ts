/**
 * Microsoft's post-incident reports on automatic incidents. Once Microsoft sets an issue's status to
 * postIncidentReviewPublished ("An issue only with status of PostIncidentReviewPublished indicates that
 * the PIR document exists": Graph, serviceHealthIssue: incidentReport), the scheduled sync fetches the
 * report once and attaches it to the issue's incident, with a work note naming the file:
 * - after success, never again (the attachment's sys_id is kept on the health row);
 * - a failed fetch counts an attempt and is tried on a later run, at most MAX_REPORT_ATTEMPTS times, so
 *   a report Microsoft never serves stops costing calls;
 * - throttling or an unavailable Microsoft ends the pass: the rest wait for the next run.
 * Microsoft publishes the report after the issue is resolved, when the app has usually stopped
 * following the incident (auto-resolve or a manual close): the report is the one thing still added.
 * Only in the sync's path (scheduled job, "Sync now"), never in a business rule.
 */
import { GlideRecord } from '@servicenow/glide'
import { readHealthSettings, type HealthSettings } from '../config/settings'
import { logInfo, logWarn, newCorrelationId } from '../diagnostics/logger'
import { userMessage } from '../messages/user-message'
import { journalText } from '../platform/journal-text'
import { saveIncidentReport } from './graph-client'
import { HEALTH_TABLE } from './health-store'

/** Graph's serviceHealthIssue status once the report exists. */
export const REPORT_PUBLISHED = 'postIncidentReviewPublished'
/** Failed fetches per issue before the app gives up on its report. */
export const MAX_REPORT_ATTEMPTS = 5
/** Reports fetched in one run at most (each is one Graph call and one attachment). */
export const MAX_REPORTS_PER_RUN = 20

/** Failures that say Microsoft (or our access to it) is the problem, not this report: stop the pass. */
const STOP_PASS = ['throttled', 'unavailable', 'setup_incomplete', 'outbound_secret']

export interface ReportCounts {
    attached: number
    failed: number
    calls: number
}

/**
 * The attachment's name. Graph does not document the report's format (a "file stream"), so the name
 * carries no extension the app would have to guess; the attachment keeps Microsoft's Content-Type.
 */
export function reportFileName(issueId: string): string {
    return issueId + '-post-incident-report'
}

function attemptsOf(row: GlideRecord): number {
    const n = parseInt(row.getValue('report_attempts') || '0', 10)
    return isNaN(n) ? 0 : n
}

/** One pass: fetch and attach the reports that are due. Safe to run any number of times. */
export function attachIncidentReports(correlationId?: string, settingsOverride?: HealthSettings): ReportCounts {
    const id = correlationId || newCorrelationId()
    const counts: ReportCounts = { attached: 0, failed: 0, calls: 0 }
    // Creation off: the app touches no incident at all.
    if (!(settingsOverride || readHealthSettings()).autoIncident) return counts
    const due = new GlideRecord(HEALTH_TABLE)
    due.addNotNullQuery('incident')
    due.addQuery('status', REPORT_PUBLISHED)
    due.addNullQuery('report_attachment')
    // Rows from before the column existed hold no count: they are due too.
    due.addNullQuery('report_attempts').addOrCondition('report_attempts', '<', MAX_REPORT_ATTEMPTS)
    due.orderBy('last_modified')
    due.setLimit(MAX_REPORTS_PER_RUN)
    due.query()
    while (due.next()) {
        const issueId = due.getValue('issue_id') || ''
        const incident = new GlideRecord('incident')
        if (!incident.get(due.getValue('incident') || '')) {
            // The incident was deleted: there is nothing to attach the report to, ever.
            due.setValue('report_attempts', String(MAX_REPORT_ATTEMPTS))
            due.update()
            continue
        }
        const fileName = reportFileName(issueId)
        const outcome = saveIncidentReport(issueId, 'incident', incident.getUniqueValue(), fileName, id)
        counts.calls += outcome.calls
        if (outcome.ok === false) {
            // Nothing was sent (Setup incomplete): nothing to count, and nothing else can be sent either.
            if (outcome.calls === 0) break
            const attempts = attemptsOf(due) + 1
            due.setValue('report_attempts', String(attempts))
            due.update()
            counts.failed++
            if (attempts >= MAX_REPORT_ATTEMPTS) logWarn('No post-incident report for ' + issueId + ' after ' + attempts + ' attempts (last: ' + outcome.kind + ', HTTP ' + outcome.status + '): the app stops asking', id)
            if (STOP_PASS.indexOf(outcome.kind) >= 0) break
            continue
        }
        due.setValue('report_attachment', outcome.attachmentId)
        due.update()
        // A work note is a journal entry: its length is not limited by a field.
        incident.setValue('work_notes', journalText(userMessage('HEALTH_REPORT_ATTACHED', [issueId, fileName])))
        if (!incident.update()) logWarn('The post-incident report of ' + issueId + ' is attached, but the instance refused its work note: ' + (incident.getLastErrorMessage() || 'no reason given'), id)
        counts.attached++
    }
    if (counts.attached || counts.failed) logInfo('Post-incident reports: ' + counts.attached + ' attached, ' + counts.failed + ' not available yet', id)
    return counts
}
