/**
 * Contact Microsoft support: opens a Microsoft case (service request) for an incident and saves
 * it on the app's case table. Order: checks that cost nothing (mode, Setup's final step, one
 * open case per incident, the form), then the request claims the incident (open-case-claim.ts:
 * of two admins clicking at once, or a double submit, on any nodes, one wins; the other is told
 * the case is being opened, or which case is open), then Microsoft validates the linked admin,
 * then the case is created with Setup's test-environment flag, then saved, then the claim is
 * released (also when anything failed: the admin can try again). If the save fails the user is
 * told TICKET_SAVE_FAILED, no row remains, and the log names Microsoft's case id with the
 * correlation id so an admin can reconcile it.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { Connection, readConnection } from '../connector/connection'
import { createServiceRequest, validateAdmin } from '../connector/connector-client'
import { Severity } from '../connector/types'
import { logError, logInfo, logWarn } from '../diagnostics/logger'
import { MessageId } from '../messages/catalogue'
import { IncidentFacts } from '../insights/incident'
import { CASE_TABLE, CaseView, toCaseView } from './case-record'
import { withOpenCaseClaim } from './open-case-claim'
import { readLinkedAdminEmail } from './linked-admin'
import { glideFromIso } from '../time/date-time'
import { setText } from '../platform/field-length'

export interface CaseForm {
    title: string
    description: string
    severity: Severity
    phone: string
    preferredContact: 'email' | 'phone'
}

export type OpenCaseResult =
    | { ok: true; caseView: CaseView; correlationId: string }
    | { ok: false; status: number; messageId: MessageId; args?: string[]; correlationId: string }

/** A phone number as the contact forms take it (connector and recorded by hand). */
export const PHONE = /^[0-9+\-() .]{3,40}$/

/** Reads the posted form; a message id for the first problem, or the clean form. */
export function readCaseForm(data: unknown): { ok: true; form: CaseForm } | { ok: false; messageId: MessageId } {
    const d = data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
    const title = typeof d.title === 'string' ? d.title.trim() : ''
    if (title === '' || title.length > 160) return { ok: false, messageId: 'CASE_TITLE_INVALID' }
    const description = typeof d.description === 'string' ? d.description.trim() : ''
    if (description === '' || description.length > 4000) return { ok: false, messageId: 'CASE_DESCRIPTION_INVALID' }
    const severity = typeof d.severity === 'string' ? d.severity.toUpperCase() : ''
    if (severity !== 'A' && severity !== 'B' && severity !== 'C') return { ok: false, messageId: 'CASE_SEVERITY_INVALID' }
    const phone = typeof d.phone === 'string' ? d.phone.trim() : ''
    const preferred = d.preferredContact === 'phone' ? 'phone' : d.preferredContact === 'email' || d.preferredContact === undefined ? 'email' : ''
    if (preferred === '') return { ok: false, messageId: 'CASE_PHONE_INVALID' }
    if ((phone !== '' || preferred === 'phone') && !PHONE.test(phone)) return { ok: false, messageId: 'CASE_PHONE_INVALID' }
    return { ok: true, form: { title, description, severity, phone, preferredContact: preferred } }
}

export function openCase(incident: IncidentFacts, form: CaseForm, correlationId: string): OpenCaseResult {
    const refuse = (status: number, messageId: MessageId, args?: string[]): OpenCaseResult => ({ ok: false, status, messageId, args, correlationId })
    const lookup = readConnection()
    if (lookup.ok === false) {
        logWarn('Contact Microsoft support for ' + incident.number + ' refused: Setup is incomplete (' + lookup.missing + ')', correlationId)
        return refuse(409, 'SETUP_INCOMPLETE')
    }
    const connection = lookup.connection
    if (connection.mode !== 'basic' && connection.mode !== 'aad') {
        logWarn('Contact Microsoft support for ' + incident.number + ' refused: mode ' + connection.mode + ' has no service requests', correlationId)
        return refuse(409, 'CASE_NOT_AVAILABLE')
    }
    if (!connection.completed || !connection.repositoryId) {
        logWarn('Contact Microsoft support for ' + incident.number + ' refused: Setup\'s final step has not passed', correlationId)
        return refuse(409, 'FINAL_SETUP_STEP_MISSING')
    }
    return withOpenCaseClaim(incident, 'Contact Microsoft support', correlationId, () => openClaimed(incident, form, connection, correlationId))
}

/** The Microsoft calls and the save, by the request that holds the incident's claim. */
function openClaimed(incident: IncidentFacts, form: CaseForm, connection: Connection, correlationId: string): OpenCaseResult {
    const refuse = (status: number, messageId: MessageId, args?: string[]): OpenCaseResult => ({ ok: false, status, messageId, args, correlationId })
    const email = readLinkedAdminEmail()
    if (!email) {
        logWarn('Contact Microsoft support for ' + incident.number + ' refused: no Microsoft 365 admin account is linked', correlationId)
        return refuse(409, 'CASE_NO_ADMIN_LINKED')
    }
    const verdict = validateAdmin(email, correlationId)
    if (verdict.ok === false) {
        logError('Validating the linked admin for ' + incident.number + ' failed (' + verdict.kind + ', ' + verdict.code + '): ' + verdict.detail, correlationId)
        return verdict.kind === 'invalid_admin' ? refuse(400, 'INVALID_ADMIN_ACCOUNT', [email]) : refuse(502, verdict.messageId)
    }
    if (!verdict.value.valid || !verdict.value.canCreateTickets) {
        logWarn('Microsoft refused ' + email + ' as a Microsoft 365 admin (' + (verdict.value.reason || 'cannot create tickets') + ')', correlationId)
        return refuse(400, 'INVALID_ADMIN_ACCOUNT', [email])
    }

    const created = createServiceRequest(
        {
            repositoryId: connection.repositoryId,
            incidentNumber: incident.number,
            incidentSysId: incident.sysId,
            title: form.title,
            description: form.description,
            severity: form.severity,
            contact: form.phone ? { email, phone: form.phone, preferredContactMethod: form.preferredContact } : { email, preferredContactMethod: form.preferredContact },
            isTestEnvironment: connection.testEnvironment,
        },
        correlationId,
    )
    if (created.ok === false) {
        logError('Creating the Microsoft case for ' + incident.number + ' failed (' + created.kind + ', ' + created.code + '): ' + created.detail, correlationId)
        return created.kind === 'invalid_admin' ? refuse(400, 'INVALID_ADMIN_ACCOUNT', [email]) : refuse(502, created.messageId)
    }

    const row = new GlideRecord(CASE_TABLE)
    row.initialize()
    // Microsoft's case id is the key every later call uses: never stored cut (the save fails instead, and says why).
    const idFits = setText(row, 'case_number', String(created.value.id), 'refuse', correlationId)
    row.setValue('incident', incident.sysId)
    row.setValue('repository_id', connection.repositoryId)
    row.setValue('title', form.title)
    row.setValue('description', form.description)
    setText(row, 'status', String(created.value.status || 'open'), 'cut', correlationId)
    row.setValue('severity', form.severity.toLowerCase())
    row.setValue('contact_email', email)
    row.setValue('contact_phone', form.phone)
    row.setValue('preferred_contact', form.preferredContact)
    row.setValue('test_environment', connection.testEnvironment ? 'true' : 'false')
    row.setValue('opened_by', gs.getUserID())
    row.setValue('last_update', created.value.createdDateTime ? glideFromIso(created.value.createdDateTime) : '')
    row.setValue('closed', 'false')
    row.setValue('correlation_id', correlationId)
    let savedId: string | null = null
    let reason = ''
    try {
        if (idFits) savedId = row.insert()
        else reason = 'the case id is longer than ' + CASE_TABLE + '.case_number'
    } catch (e) {
        reason = String(e)
    }
    if (!savedId) {
        removeHalfSaved(String(created.value.id))
        logError(
            'Microsoft case ' + created.value.id + ' was created for ' + incident.number + ' but could not be saved on ' + CASE_TABLE + (reason ? ' (' + reason + ')' : ' (insert refused)') +
                '; reconcile it with Microsoft using this correlation id',
            correlationId,
        )
        return refuse(500, 'TICKET_SAVE_FAILED')
    }
    logInfo('Microsoft case ' + created.value.id + ' opened for ' + incident.number + ' (test environment: ' + connection.testEnvironment + ')', correlationId)
    const saved = new GlideRecord(CASE_TABLE)
    saved.get(savedId)
    return { ok: true, caseView: toCaseView(saved), correlationId }
}

/** Deletes any row a failed save may have left for this Microsoft case. */
function removeHalfSaved(caseNumber: string): void {
    const leftover = new GlideRecord(CASE_TABLE)
    leftover.addQuery('case_number', caseNumber)
    leftover.deleteMultiple()
}
