/**
 * The communication table (x_mioms_m365_assis_communication) as both directions use it:
 * Microsoft's messages are recorded (direction fromMicrosoft, message id unique per case) and
 * added to the incident as an additional comment; agents' comments are queued toMicrosoft.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { userMessage } from '../messages/user-message'
import { CaseAndIncident, commentJournal } from './ticket'
import { glideFromIso } from '../time/date-time'
import { COMMUNICATION_TABLE } from '../cases/case-record'
import { InboundCommunication } from './validate'
import { setText } from '../platform/field-length'
import { journalText } from '../platform/journal-text'
import { INCIDENT_STATE } from '../incidents/incident-state'
import { claim, messageClaimKey, release } from '../platform/claim'

export const DIRECTION = { fromMicrosoft: 'fromMicrosoft', toMicrosoft: 'toMicrosoft' } as const

export function findMessage(caseSysId: string, messageId: string): GlideRecord | null {
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.addQuery('case', caseSysId)
    row.addQuery('message_id', messageId)
    row.setLimit(1)
    row.query()
    return row.next() ? row : null
}

/** The comment text Microsoft's message becomes on the incident (its author and body neutralised: journal-text.ts). */
export function commentText(message: InboundCommunication, caseId: string): string {
    return journalText(userMessage('INBOUND_COMMENT_HEADER', [message.author, caseId]) + '\n' + message.body)
}

/**
 * Whether Microsoft's message is already on the incident: a row for its id that the connector
 * wrote (it has a journal entry) or one of ours going the other way. A row the panel's Refresh
 * stored from Microsoft's list without adding it to the incident does not count.
 */
export function alreadyReceived(existing: GlideRecord | null): boolean {
    if (!existing) return false
    if (existing.getValue('journal_entry')) return true
    const direction = existing.getValue('direction') || ''
    return direction === DIRECTION.toMicrosoft || direction === 'outbound'
}

/** What recording a message did: written as a comment, lost a race to the same message, or refused. */
export type RecordOutcome = 'recorded' | 'duplicate' | 'refused'

/**
 * Records Microsoft's message (or completes the row Refresh stored), then writes it as an
 * additional comment on the incident (as the integration user, which the outbound rule
 * recognises and never sends back). Exactly one request delivers a message, on whichever node:
 * it first claims the message (platform/claim.ts); a request that finds the claim held answers
 * 'duplicate', as the holder writes the comment (or fails, answers 500, and Microsoft retries).
 * 'refused' when the incident refused the comment (a new row is then removed so a retry is not a
 * duplicate). `reopenNote`: the incident is Resolved and the admin lets Microsoft reopen it
 * (ticket-routes.ts decides).
 */
export function recordInboundMessage(found: CaseAndIncident, message: InboundCommunication, reopenNote?: string): RecordOutcome {
    const held = claim(messageClaimKey(found.caseRow.getUniqueValue(), message.messageId))
    if (!held) return 'duplicate'
    try {
        return deliver(found, message, reopenNote)
    } finally {
        // Once delivered the row's journal entry says so (alreadyReceived): the claim is not needed any more.
        release(held)
    }
}

function deliver(found: CaseAndIncident, message: InboundCommunication, reopenNote?: string): RecordOutcome {
    const caseRow = found.caseRow
    const incident = found.incident
    // Read again under the claim: the request that held it before may have delivered the message since.
    let row = findMessage(caseRow.getUniqueValue(), message.messageId)
    if (alreadyReceived(row)) return 'duplicate'
    let inserted = false
    if (!row) {
        const fresh = new GlideRecord(COMMUNICATION_TABLE)
        fresh.initialize()
        fillMessage(fresh, found, message)
        if (fresh.insert()) {
            row = fresh
            inserted = true
        } else {
            // The unique index (case, message_id) refused it: the panel's Refresh stored the message in between; complete that row.
            row = findMessage(caseRow.getUniqueValue(), message.messageId)
            if (!row) return 'refused'
            if (alreadyReceived(row)) return 'duplicate'
        }
    }
    if (!inserted) fillMessage(row, found, message)
    const text = commentText(message, caseRow.getValue('case_number') || '')
    incident.setValue('comments', text)
    if (reopenNote) {
        // Back to In Progress in the same update as the comment, with a work note saying why: never a silent reopen.
        incident.setValue('state', INCIDENT_STATE.inProgress)
        incident.setValue('work_notes', reopenNote)
    }
    if (!incident.update()) {
        if (inserted) row.deleteRecord()
        return 'refused'
    }
    const entry = findCommentEntry(incident.getUniqueValue(), text)
    if (entry) row.setValue('journal_entry', entry.sysId)
    row.update()
    caseRow.setValue('last_update', new GlideDateTime().getValue())
    caseRow.update()
    return 'recorded'
}

/** Microsoft's message on its communication row (a new one, or the one Refresh stored). */
function fillMessage(row: GlideRecord, found: CaseAndIncident, message: InboundCommunication): void {
    row.setValue('case', found.caseRow.getUniqueValue())
    row.setValue('incident', found.incident.getUniqueValue())
    row.setValue('direction', DIRECTION.fromMicrosoft)
    row.setValue('message_id', message.messageId)
    // Validated against the contract's lengths (validate.ts), which the fields hold; checked again here, as the dictionary decides.
    setText(row, 'author', message.author, 'cut')
    setText(row, 'body', message.body, 'cut')
    row.setValue('state', 'received')
    row.setValue('sent_on', glideFromIso(message.createdDateTime))
}

export interface JournalEntry {
    sysId: string
    value: string
}

/** A journal entry with who wrote it and when (sys_journal_field.sys_created_by / sys_created_on). */
export interface AuthoredEntry extends JournalEntry {
    createdBy: string
    createdOn: string
}

/** The incident's newest additional comments written at or after `since` (a GlideDateTime value), newest first, at most `limit`. */
export function recentCommentEntries(incidentSysId: string, since: string, limit: number): AuthoredEntry[] {
    const journal = commentJournal(incidentSysId)
    if (since) journal.addQuery('sys_created_on', '>=', since)
    journal.orderByDesc('sys_created_on')
    journal.setLimit(limit)
    journal.query()
    const entries: AuthoredEntry[] = []
    while (journal.next()) {
        entries.push({
            sysId: journal.getUniqueValue(),
            value: journal.getValue('value') || '',
            createdBy: journal.getValue('sys_created_by') || '',
            createdOn: journal.getValue('sys_created_on') || '',
        })
    }
    return entries
}

/** Which of these journal entries a communication row of the case already records (either direction). */
export function recordedEntries(caseSysId: string, entrySysIds: string[]): { [sysId: string]: boolean } {
    const recorded: { [sysId: string]: boolean } = {}
    if (entrySysIds.length === 0) return recorded
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.addQuery('case', caseSysId)
    // Outbound rows carry the entry as message id and journal entry; Microsoft's rows as journal entry.
    row.addQuery('journal_entry', 'IN', entrySysIds.join(',')).addOrCondition('message_id', 'IN', entrySysIds.join(','))
    row.query()
    while (row.next()) {
        recorded[row.getValue('journal_entry') || ''] = true
        recorded[row.getValue('message_id') || ''] = true
    }
    return recorded
}

/**
 * The incident's newest additional comment (its sys_journal_field row): the one with this text
 * when the text is known, else the newest one written by `createdBy`.
 */
export function findCommentEntry(incidentSysId: string, text: string, createdBy?: string): JournalEntry | null {
    const journal = commentJournal(incidentSysId)
    if (text) journal.addQuery('value', text)
    else if (createdBy) journal.addQuery('sys_created_by', createdBy)
    else return null
    journal.orderByDesc('sys_created_on')
    journal.setLimit(1)
    journal.query()
    return journal.next() ? { sysId: journal.getUniqueValue(), value: journal.getValue('value') || '' } : null
}
