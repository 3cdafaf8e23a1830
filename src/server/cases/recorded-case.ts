/**
 * Cases recorded by hand. No public API creates Microsoft 365 service requests (Microsoft Graph
 * has none; the connector behind the original app was retired on 2025-05-30), so when no
 * connector is set up an administrator opens the service request in the Microsoft 365 admin
 * center (Support > New service request; https://learn.microsoft.com/en-us/microsoft-365/admin/get-help-support)
 * and records it here: request number, link, contact, severity, title. It is kept like a
 * connector case (same table, kind = manual, one open case per incident under the same claim, a
 * work note on the incident), and the administrator updates its status by hand. The connector
 * never reads, changes or polls it (inbound/ticket.ts, inbound/comment-sync.ts, cases/case-routes.ts).
 *
 * Modes: recording is offered where no connector is configured and Setup chose so —
 * Insights only and "continue without setup". Before Setup chose a mode ("unconfigured") the
 * panel's one answer is Microsoft's "complete the setup steps" message, as Microsoft's
 * troubleshooting page has it for Contact Microsoft support; with a connector (basic, AAD) cases
 * go through the connector.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { logInfo, logWarn } from '../diagnostics/logger'
import { LABELS, MessageId } from '../messages/catalogue'
import { userMessage } from '../messages/user-message'
import { IncidentFacts } from '../insights/incident'
import { CASE_STATUSES, CaseStatus, Severity } from '../inbound/validate'
import { journalText } from '../platform/journal-text'
import { SetupMode } from '../setup/setup-record'
import { isEmail } from '../setup/wizard-steps'
import { CASE_TABLE, COMMUNICATION_TABLE, CaseView, findOpenCase, isRecordedByHand, toCaseView } from './case-record'
import { PHONE } from './open-case'
import { CaseRefusal, withOpenCaseClaim } from './open-case-claim'

export const KIND = { connector: 'connector', manual: 'manual' } as const
export type CaseKind = (typeof KIND)[keyof typeof KIND]

/**
 * Where an admin opens and views service requests: Microsoft's own support links point here
 * (public evidence: Exchange Online NDR articles, "Admins: Sign in and create a service request").
 * The address of one request's page is not documented, so any https page on this host is accepted.
 */
export const ADMIN_CENTER_SUPPORT_URL = 'https://admin.microsoft.com/AdminPortal/Home#/support'
const ADMIN_CENTER_HOST = 'admin.microsoft.com'

/** The request number as the admin center shows it; the format is undocumented, so digits only (strict). */
const REQUEST_NUMBER = /^[0-9]{6,20}$/
export const MAX_NOTE = 4000
export const MAX_LINK = 1024

/** Modes where an administrator records a service request by hand (no connector is configured). */
export function recordsByHand(mode: SetupMode | null): boolean {
    return mode === 'insights' || mode === 'none'
}

export interface RecordForm {
    number: string
    link: string
    title: string
    severity: Severity
    contactName: string
    contactEmail: string
    phone: string
    preferredContact: 'email' | 'phone'
}

export interface RecordUpdate {
    status: CaseStatus | ''
    note: string
}

type Read<T> = { ok: true; value: T } | { ok: false; messageId: MessageId }

/**
 * An https address on admin.microsoft.com and nothing else: no other scheme (javascript:, data:,
 * http:), no look-alike host (admin.microsoft.com.example.net), no user info
 * (https://admin.microsoft.com@example.net), no port, no spaces or characters that would break out
 * of an attribute. Checked with a pattern because the instance's script engine has no URL parser.
 */
export function isAdminCenterLink(value: string): boolean {
    if (value.length > MAX_LINK) return false
    const match = /^https:\/\/([^/?#]*)([/?#][^\s"'<>\\`]*)?$/i.exec(value)
    return match !== null && match[1].toLowerCase() === ADMIN_CENTER_HOST
}

const text = (d: Record<string, unknown>, name: string): string => (typeof d[name] === 'string' ? (d[name] as string).trim() : '')

/** The posted record form; the first problem as a catalogue message, or the clean form. */
export function readRecordForm(data: unknown): Read<RecordForm> {
    const d = data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
    const no = (messageId: MessageId): Read<RecordForm> => ({ ok: false, messageId })
    // "#2611300040001234" and "2611 3000 4000 1234" are the same number as people copy it.
    const number = text(d, 'number').replace(/^#/, '').replace(/[\s-]/g, '')
    if (!REQUEST_NUMBER.test(number)) return no('CASE_RECORD_NUMBER_INVALID')
    const link = text(d, 'link')
    if (link !== '' && !isAdminCenterLink(link)) return no('CASE_RECORD_LINK_INVALID')
    const title = text(d, 'title')
    if (title === '' || title.length > 160) return no('CASE_TITLE_INVALID')
    const severity = text(d, 'severity').toUpperCase()
    if (severity !== 'A' && severity !== 'B' && severity !== 'C') return no('CASE_SEVERITY_INVALID')
    const contactName = text(d, 'contactName')
    if (contactName.length > 100) return no('CASE_RECORD_NAME_INVALID')
    const contactEmail = text(d, 'contactEmail')
    if (!isEmail(contactEmail)) return no('CASE_RECORD_EMAIL_INVALID')
    const phone = text(d, 'phone')
    const preferred = d.preferredContact === 'phone' ? 'phone' : d.preferredContact === 'email' || d.preferredContact === undefined ? 'email' : ''
    if (preferred === '') return no('CASE_PHONE_INVALID')
    if ((phone !== '' || preferred === 'phone') && !PHONE.test(phone)) return no('CASE_PHONE_INVALID')
    return { ok: true, value: { number, link, title, severity, contactName, contactEmail, phone, preferredContact: preferred } }
}

/** The posted status update: a status from the list and/or a note. */
export function readRecordUpdate(data: unknown): Read<RecordUpdate> {
    const d = data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
    const status = d.status === undefined || d.status === '' ? '' : d.status
    if (status !== '' && (typeof status !== 'string' || (CASE_STATUSES as ReadonlyArray<string>).indexOf(status) < 0)) return { ok: false, messageId: 'CASE_RECORD_STATUS_INVALID' }
    if (d.note !== undefined && typeof d.note !== 'string') return { ok: false, messageId: 'CASE_RECORD_NOTE_INVALID' }
    const note = text(d, 'note')
    if (note.length > MAX_NOTE) return { ok: false, messageId: 'CASE_RECORD_NOTE_INVALID' }
    return { ok: true, value: { status: status as CaseStatus | '', note } }
}

export type RecordResult = { ok: true; caseView: CaseView } | CaseRefusal

/** Records the service request on the incident: one open case per incident, under the incident's claim. */
export function recordCase(incident: IncidentFacts, form: RecordForm, correlationId: string): RecordResult {
    return withOpenCaseClaim(incident, 'Recording a service request', correlationId, () => recordClaimed(incident, form, correlationId))
}

function recordClaimed(incident: IncidentFacts, form: RecordForm, correlationId: string): RecordResult {
    // The number is unique on the case table: name the incident that already has it.
    const taken = new GlideRecord(CASE_TABLE)
    taken.addQuery('case_number', form.number)
    taken.setLimit(1)
    taken.query()
    if (taken.next()) {
        const other = new GlideRecord('incident')
        const otherNumber = other.get(taken.getValue('incident') || '') ? other.getValue('number') || '' : ''
        logWarn('Service request ' + form.number + ' is already recorded (incident ' + otherNumber + ')', correlationId)
        return { ok: false, status: 409, messageId: 'CASE_RECORD_NUMBER_TAKEN', args: [form.number, otherNumber], correlationId }
    }
    const row = new GlideRecord(CASE_TABLE)
    row.initialize()
    row.setValue('kind', KIND.manual)
    row.setValue('case_number', form.number)
    row.setValue('incident', incident.sysId)
    row.setValue('admin_center_url', form.link)
    row.setValue('title', form.title)
    row.setValue('status', 'open')
    row.setValue('severity', form.severity.toLowerCase())
    row.setValue('contact_name', form.contactName)
    row.setValue('contact_email', form.contactEmail)
    row.setValue('contact_phone', form.phone)
    row.setValue('preferred_contact', form.preferredContact)
    row.setValue('opened_by', gs.getUserID())
    row.setValue('last_update', new GlideDateTime().getValue())
    row.setValue('closed', 'false')
    row.setValue('correlation_id', correlationId)
    const savedId = row.insert()
    if (!savedId) {
        logWarn('Service request ' + form.number + ' could not be saved on ' + CASE_TABLE + ' for ' + incident.number + ' (insert refused)', correlationId)
        return { ok: false, status: 500, messageId: 'TICKET_SAVE_FAILED', correlationId }
    }
    const contact = form.contactName ? form.contactName + ' <' + form.contactEmail + '>' : form.contactEmail
    addWorkNote(
        incident.sysId,
        userMessage('CASE_RECORDED_NOTE', [form.number, form.title, form.severity, form.phone ? contact + ', ' + form.phone : contact, form.link || ADMIN_CENTER_SUPPORT_URL]),
    )
    logInfo('Service request ' + form.number + ' recorded by hand on ' + incident.number, correlationId)
    const saved = new GlideRecord(CASE_TABLE)
    saved.get(savedId)
    return { ok: true, caseView: toCaseView(saved) }
}

/** The administrator's status change and/or note on the incident's open case recorded by hand. */
export function updateRecordedCase(incident: IncidentFacts, update: RecordUpdate, correlationId: string): RecordResult {
    const row = findOpenCase(incident.sysId)
    if (!row || !isRecordedByHand(row)) {
        logWarn('Updating a recorded service request on ' + incident.number + ' refused: it has no open case recorded by hand', correlationId)
        return { ok: false, status: 409, messageId: 'CASE_RECORD_NONE', correlationId }
    }
    const number = row.getValue('case_number') || ''
    const previous = row.getValue('status') || 'open'
    // Closed is final, as for a connector case (inbound/ticket.ts isCaseClosed).
    if (previous === 'closed') return { ok: false, status: 409, messageId: 'CASE_RECORD_NONE', correlationId }
    const statusChanged = update.status !== '' && update.status !== previous
    if (!statusChanged && update.note === '') return { ok: false, status: 400, messageId: 'CASE_RECORD_UPDATE_EMPTY', correlationId }

    const lines: string[] = []
    if (statusChanged) {
        row.setValue('status', update.status)
        // Closing it closes the case row: the incident may have a new case after this one.
        if (update.status === 'closed') row.setValue('closed', 'true')
        lines.push(userMessage('CASE_STATUS_NOTE', [number, statusWord(update.status), statusWord(previous)]))
    }
    if (update.note) lines.push(userMessage('CASE_NOTE_NOTE', [number, update.note]))
    row.setValue('last_update', new GlideDateTime().getValue())
    if (!row.update()) {
        logWarn('Service request ' + number + ' on ' + incident.number + ' could not be updated (update refused)', correlationId)
        return { ok: false, status: 500, messageId: 'TICKET_SAVE_FAILED', correlationId }
    }
    addUpdateRow(row.getUniqueValue(), incident.sysId, lines.join('\n'))
    addWorkNote(incident.sysId, lines.join('\n'))
    logInfo('Service request ' + number + ' on ' + incident.number + ' updated by hand' + (statusChanged ? ' (status ' + previous + ' -> ' + update.status + ')' : ''), correlationId)
    return { ok: true, caseView: toCaseView(row) }
}

/** The status's words as the panel shows them (the catalogue's words for the contract's statuses). */
function statusWord(status: string): string {
    const words: Readonly<Record<string, string>> = LABELS.words.caseStatus
    return Object.prototype.hasOwnProperty.call(words, status) ? words[status] : status
}

/** One row of the case's updates (the panel lists the latest), by whoever recorded it. */
function addUpdateRow(caseSysId: string, incidentSysId: string, body: string): void {
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.initialize()
    row.setValue('case', caseSysId)
    row.setValue('incident', incidentSysId)
    row.setValue('direction', 'byHand')
    // Unique per case with the case reference: a fresh id per update (never sent anywhere).
    row.setValue('message_id', 'hand:' + gs.generateGUID())
    row.setValue('author', gs.getUserDisplayName() || gs.getUserName())
    row.setValue('body', body)
    row.insert()
}

/** A work note on the incident; the admin's own text neutralised like any journal text (platform/journal-text.ts). */
function addWorkNote(incidentSysId: string, note: string): void {
    const incident = new GlideRecord('incident')
    if (!incident.get(incidentSysId)) return
    incident.setValue('work_notes', journalText(note))
    incident.update()
}
