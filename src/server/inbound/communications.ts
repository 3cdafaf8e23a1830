/**
 * The communication table (x_mioms_m365_assis_communication) as both directions use it:
 * Microsoft's messages are recorded (direction fromMicrosoft, message id unique per case) and
 * added to the incident as an additional comment; agents' comments are queued toMicrosoft.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { userMessage } from '../messages/user-message'
import { CaseAndIncident, glideDateTime } from './ticket'
import { InboundCommunication } from './validate'

export const COMMUNICATION_TABLE = 'x_mioms_m365_assis_communication'
export const DIRECTION = { fromMicrosoft: 'fromMicrosoft', toMicrosoft: 'toMicrosoft' } as const

export function findMessage(caseSysId: string, messageId: string): GlideRecord | null {
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.addQuery('case', caseSysId)
    row.addQuery('message_id', messageId)
    row.setLimit(1)
    row.query()
    return row.next() ? row : null
}

/** The comment text Microsoft's message becomes on the incident. */
export function commentText(message: InboundCommunication, caseId: string): string {
    return userMessage('INBOUND_COMMENT_HEADER', [message.author, caseId]) + '\n' + message.body
}

/**
 * Records Microsoft's message, then writes it as an additional comment on the incident (as the
 * integration user, which the outbound rule recognises and never sends back). False when the
 * incident refused the comment; the record is then removed so a retry is not a duplicate.
 */
export function recordInboundMessage(found: CaseAndIncident, message: InboundCommunication): boolean {
    const caseRow = found.caseRow
    const incident = found.incident
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.initialize()
    row.setValue('case', caseRow.getUniqueValue())
    row.setValue('incident', incident.getUniqueValue())
    row.setValue('direction', DIRECTION.fromMicrosoft)
    row.setValue('message_id', message.messageId)
    row.setValue('author', message.author)
    row.setValue('body', message.body)
    row.setValue('state', 'received')
    row.setValue('sent_on', glideDateTime(message.createdDateTime))
    const sysId = row.insert()
    if (!sysId) return false
    incident.setValue('comments', commentText(message, caseRow.getValue('case_number') || ''))
    if (!incident.update()) {
        row.deleteRecord()
        return false
    }
    const entry = findCommentEntry(incident.getUniqueValue(), commentText(message, caseRow.getValue('case_number') || ''))
    if (entry) {
        row.setValue('journal_entry', entry.sysId)
        row.update()
    }
    caseRow.setValue('last_update', new GlideDateTime().getValue())
    caseRow.update()
    return true
}

export interface JournalEntry {
    sysId: string
    value: string
}

/**
 * The incident's newest additional comment (its sys_journal_field row): the one with this text
 * when the text is known, else the newest one written by `createdBy`.
 */
export function findCommentEntry(incidentSysId: string, text: string, createdBy?: string): JournalEntry | null {
    const journal = new GlideRecord('sys_journal_field')
    journal.addQuery('element_id', incidentSysId)
    journal.addQuery('name', 'incident')
    journal.addQuery('element', 'comments')
    if (text) journal.addQuery('value', text)
    else if (createdBy) journal.addQuery('sys_created_by', createdBy)
    else return null
    journal.orderByDesc('sys_created_on')
    journal.setLimit(1)
    journal.query()
    return journal.next() ? { sysId: journal.getUniqueValue(), value: journal.getValue('value') || '' } : null
}
