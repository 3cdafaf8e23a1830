/**
 * The case row behind a connector call and the Ticket the contract returns: the incident's
 * short description, description, state, priority, caller and its additional comments
 * (oldest first), plus the case's Microsoft status, severity and owner.
 */
import { GlideRecord } from '@servicenow/glide'
import { InboundFailure, failure } from './errors'
import { CASE_STATUSES, CaseStatus, Severity } from './validate'
import { isoFromGlide } from '../time/date-time'
import { CASE_TABLE } from '../cases/case-record'
import { booleanField } from '../platform/booleans'

/** The contract requires a date-time; a journal row without one (never expected) reads as the epoch. */
const EPOCH = '1970-01-01T00:00:00Z'

/** The newest comments a ticket carries (the contract lists them oldest first). */
export const TICKET_COMMENTS = 200

export interface TicketComment {
    id: string
    author: string
    body: string
    createdDateTime: string
}

export interface Ticket {
    repositoryId: string
    caseId: string
    incidentNumber: string
    incidentSysId: string
    shortDescription: string
    description: string
    state: string
    priority: string
    caller: { name: string; email: string | null }
    status: CaseStatus
    severity: Severity
    owner: string | null
    comments: TicketComment[]
}

export interface CaseAndIncident {
    caseRow: GlideRecord
    incident: GlideRecord
}

/** The case with this number on this repository and its incident, or 404 UnknownCase. */
export function findCase(repositoryId: string, caseId: string): CaseAndIncident | InboundFailure {
    const caseRow = new GlideRecord(CASE_TABLE)
    caseRow.addQuery('case_number', caseId)
    caseRow.setLimit(1)
    caseRow.query()
    const unknown = failure(404, 'INBOUND_NOT_FOUND', 'UnknownCase', 'Case ' + caseId + ' is not linked to an incident on repository ' + repositoryId + '.')
    if (!caseRow.next()) return unknown
    const caseRepository = caseRow.getValue('repository_id') || ''
    if (caseRepository && caseRepository !== repositoryId) return unknown
    const incident = new GlideRecord('incident')
    if (!incident.get(caseRow.getValue('incident') || '')) return unknown
    return { caseRow: caseRow, incident: incident }
}

export function isCaseClosed(caseRow: GlideRecord): boolean {
    return booleanField(caseRow, 'closed') || caseRow.getValue('status') === 'closed'
}

export function caseStatusOf(caseRow: GlideRecord): CaseStatus {
    const status = caseRow.getValue('status') || ''
    return (CASE_STATUSES as ReadonlyArray<string>).indexOf(status) >= 0 ? (status as CaseStatus) : 'open'
}

export function caseSeverityOf(caseRow: GlideRecord): Severity {
    const severity = (caseRow.getValue('severity') || 'c').toUpperCase()
    return severity === 'A' || severity === 'B' ? severity : 'C'
}

export function ticketOf(repositoryId: string, found: CaseAndIncident): Ticket {
    const incident = found.incident
    const caseRow = found.caseRow
    const owner = caseRow.getValue('owner')
    return {
        repositoryId: repositoryId,
        caseId: caseRow.getValue('case_number') || '',
        incidentNumber: incident.getValue('number') || '',
        incidentSysId: incident.getUniqueValue(),
        shortDescription: incident.getValue('short_description') || '',
        description: incident.getValue('description') || '',
        state: incident.getDisplayValue('state') || '',
        priority: incident.getDisplayValue('priority') || '',
        caller: callerOf(incident.getValue('caller_id') || ''),
        status: caseStatusOf(caseRow),
        severity: caseSeverityOf(caseRow),
        owner: owner ? owner : null,
        comments: commentsOf(incident.getUniqueValue()),
    }
}

function callerOf(userSysId: string): { name: string; email: string | null } {
    const user = new GlideRecord('sys_user')
    if (!userSysId || !user.get(userSysId)) return { name: '', email: null }
    return { name: user.getValue('name') || user.getValue('user_name') || '', email: user.getValue('email') || null }
}

/** A query on the incident's additional comments (sys_journal_field, indexed by element_id), to be completed and run. */
export function commentJournal(incidentSysId: string): GlideRecord {
    const journal = new GlideRecord('sys_journal_field')
    journal.addQuery('element_id', incidentSysId)
    journal.addQuery('name', 'incident')
    journal.addQuery('element', 'comments')
    return journal
}

function commentsOf(incidentSysId: string): TicketComment[] {
    const journal = commentJournal(incidentSysId)
    journal.orderByDesc('sys_created_on')
    journal.setLimit(TICKET_COMMENTS)
    journal.query()
    const names: { [userName: string]: string } = {}
    const comments: TicketComment[] = []
    while (journal.next()) {
        const userName = journal.getValue('sys_created_by') || ''
        if (!(userName in names)) names[userName] = displayNameOf(userName)
        comments.push({
            id: journal.getUniqueValue(),
            author: names[userName],
            body: journal.getValue('value') || '',
            createdDateTime: isoFromGlide(journal.getValue('sys_created_on')) || EPOCH,
        })
    }
    // Oldest first. Journal times have whole seconds and the platform returns same-second entries in
    // no documented order, so those are ordered by their sys_id: the order of two comments written in
    // one second is unknown, but every read of the ticket gives the same one.
    return comments.sort((a, b) => compareText(a.createdDateTime, b.createdDateTime) || compareText(a.id, b.id))
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0
}

/** The name of the user with this user name (what journal entries keep as their author), else the user name. */
export function displayNameOf(userName: string): string {
    if (!userName) return ''
    const user = new GlideRecord('sys_user')
    user.addQuery('user_name', userName)
    user.setLimit(1)
    user.query()
    return user.next() ? user.getValue('name') || userName : userName
}
