/**
 * Automatic incidents from Microsoft 365 service health issues (Service Health settings):
 * - creation on: every active (unresolved) issue without an incident gets exactly one, with
 *   title → short description, classification → impact, status → urgency, the rest → description,
 *   plus the assignment group and category (required) and subcategory and assignee (optional);
 * - each Microsoft post is written to the incident once, as a work note (its post row is then
 *   marked noted, right after the note, so no note is ever written twice);
 * - auto-resolve on: when Microsoft resolves the issue, the incident is resolved with a resolution
 *   code the instance offers (the configured one when valid, else "Solution provided" or its
 *   release's equivalent: see ../incidents/close-codes.ts) and a note saying when Microsoft
 *   resolved it; with no readable code, or when the instance refuses the write, it stays open and
 *   is tried again next run;
 * - after a manual close (the incident is resolved, closed or cancelled by someone) or an
 *   auto-resolve, the issue's incident_updates_stopped is set and the incident is never touched again.
 * Creation off: the app touches no incident at all. Every write is compared first: a pass with
 * nothing new writes nothing.
 */
import { GlideRecord } from '@servicenow/glide'
import { readHealthSettings, type HealthSettings } from '../config/settings'
import { logInfo, logWarn, newCorrelationId } from '../diagnostics/logger'
import { HEALTH_TABLE, issueFromRow, markPostNoted, readPosts } from './health-store'
import { booleanField } from '../platform/booleans'
import { resolutionCodeFor } from '../incidents/close-codes'
import { setText } from '../platform/field-length'
import { INCIDENT_DONE_STATES, INCIDENT_RESOLVED } from '../incidents/incident-state'
import {
    type GraphIssue,
    descriptionFor,
    impactFor,
    resolutionNoteFor,
    shortDescriptionFor,
    urgencyFor,
    workNoteFor,
} from './mapping'

export interface AutoIncidentCounts {
    created: number
    notes: number
    resolved: number
    stopped: number
    /** Why nothing ran, when nothing could. */
    skipped: string
}

/** Settings problems that block automatic creation; [] when it may run. */
export function autoIncidentProblems(settings: Pick<HealthSettings, 'assignmentGroup' | 'category'>): string[] {
    const problems: string[] = []
    if (!settings.assignmentGroup) problems.push('assignment group')
    if (!settings.category) problems.push('category')
    return problems
}


function createIncident(issue: GraphIssue, settings: HealthSettings, correlationId: string): string {
    const inc = new GlideRecord('incident')
    inc.initialize()
    // Microsoft's title and impact: the incident's fields keep what fits (cut here, and logged).
    setText(inc, 'short_description', shortDescriptionFor(issue), 'cut', correlationId)
    setText(inc, 'description', descriptionFor(issue), 'cut', correlationId)
    inc.setValue('impact', impactFor(issue.classification, issue.highImpact))
    inc.setValue('urgency', urgencyFor(issue.status))
    inc.setValue('assignment_group', settings.assignmentGroup)
    inc.setValue('category', settings.category)
    if (settings.subcategory) inc.setValue('subcategory', settings.subcategory)
    if (settings.assignedTo) inc.setValue('assigned_to', settings.assignedTo)
    return inc.insert() || ''
}

/** Brings one linked health row's incident up to date. Returns what it did. */
export function updateLinkedIncident(row: GlideRecord, settings: HealthSettings, correlationId?: string): { notes: number; resolved: boolean; stopped: boolean } {
    const done = { notes: 0, resolved: false, stopped: false }
    const issue = issueFromRow(row)
    const inc = new GlideRecord('incident')
    if (!inc.get(row.getValue('incident') || '')) {
        // The incident was deleted: nothing to update, ever.
        row.setValue('incident_updates_stopped', 'true')
        row.update()
        done.stopped = true
        return done
    }
    if (INCIDENT_DONE_STATES.indexOf(inc.getValue('state') || '') >= 0) {
        // Closed by someone else (the app stops as soon as it resolves one itself).
        row.setValue('incident_updates_stopped', 'true')
        row.update()
        done.stopped = true
        return done
    }
    const fresh = readPosts(row.getUniqueValue(), true)
    for (let i = 0; i < fresh.length; i++) {
        // A work note is a journal entry: its length is not limited by a field.
        inc.setValue('work_notes', workNoteFor(issue.id, fresh[i]))
        if (!inc.update()) break
        markPostNoted(fresh[i])
        done.notes++
    }
    if (issue.isResolved && settings.autoResolve) {
        const code = resolutionCodeFor(settings.closeCode, 'Service health auto-resolve of ' + issue.id, correlationId)
        if (code) {
            inc.setValue('state', INCIDENT_RESOLVED)
            inc.setValue('close_code', code)
            inc.setValue('close_notes', resolutionNoteFor(issue))
            // A refused write (e.g. a data policy of the instance) resolves nothing: say so, try again next run.
            if (inc.update()) done.resolved = true
            else logWarn('Service health auto-resolve of ' + issue.id + ' was refused by the instance: ' + (inc.getLastErrorMessage() || 'no reason given'), correlationId)
        }
    }
    if (done.resolved) {
        row.setValue('incident_updates_stopped', 'true')
        row.update()
    }
    return done
}

/** One pass over the health table. Safe to run any number of times. */
export function processAutoIncidents(correlationId?: string, settingsOverride?: HealthSettings): AutoIncidentCounts {
    const id = correlationId || newCorrelationId()
    const settings = settingsOverride || readHealthSettings()
    const counts: AutoIncidentCounts = { created: 0, notes: 0, resolved: 0, stopped: 0, skipped: '' }
    if (!settings.autoIncident) {
        counts.skipped = 'automatic incidents are off'
        return counts
    }
    const problems = autoIncidentProblems(settings)
    if (problems.length > 0) {
        counts.skipped = 'missing ' + problems.join(' and ')
        logWarn('Automatic incidents are on but the ' + problems.join(' and ') + ' is not set: no incident created', id)
        return counts
    }

    // 1. One incident per active issue that has none yet.
    const open = new GlideRecord(HEALTH_TABLE)
    open.addNullQuery('incident')
    open.addQuery('is_resolved', '!=', 'true')
    open.addQuery('incident_updates_stopped', '!=', 'true')
    open.orderBy('start_time')
    open.query()
    while (open.next()) {
        if (booleanField(open, 'is_resolved')) continue
        // Re-read the row just before creating: a "Sync now" and the scheduled job may overlap.
        const fresh = new GlideRecord(HEALTH_TABLE)
        if (!fresh.get(open.getUniqueValue()) || fresh.getValue('incident')) continue
        const incidentId = createIncident(issueFromRow(open), settings, id)
        if (!incidentId) {
            logWarn('Could not create the incident for service health issue ' + open.getValue('issue_id'), id)
            continue
        }
        open.setValue('incident', incidentId)
        open.update()
        counts.created++
    }

    // 2. Updates and resolution for every linked incident still followed.
    const linked = new GlideRecord(HEALTH_TABLE)
    linked.addNotNullQuery('incident')
    linked.addQuery('incident_updates_stopped', '!=', 'true')
    linked.orderBy('start_time')
    linked.query()
    while (linked.next()) {
        const r = updateLinkedIncident(linked, settings, id)
        counts.notes += r.notes
        if (r.resolved) counts.resolved++
        else if (r.stopped) counts.stopped++
    }
    if (counts.created || counts.notes || counts.resolved || counts.stopped) {
        logInfo(
            'Service health incidents: ' + counts.created + ' created, ' + counts.notes + ' work note(s), ' + counts.resolved + ' resolved, ' +
                counts.stopped + ' no longer followed',
            id,
        )
    }
    return counts
}
