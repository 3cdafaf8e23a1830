/**
 * "Refresh" on the panel's case: asks Microsoft for the case's status and communications,
 * updates the case row and stores communications not yet known (by message id), then answers
 * with the case as saved. Two Microsoft calls, only when the user asks.
 */
import { GlideRecord } from '@servicenow/glide'
import { getServiceRequest, listCommunications } from '../connector/connector-client'
import { logError } from '../diagnostics/logger'
import { PanelProblem } from '../insights/solutions'
import { COMMUNICATION_TABLE, CaseView, toCaseView } from './case-record'
import { glideFromIso } from '../time/date-time'
import { setText } from '../platform/field-length'

export function refreshCase(row: GlideRecord, correlationId: string): { caseView: CaseView; problem: PanelProblem | null } {
    const caseId = row.getValue('case_number') || ''
    const request = getServiceRequest(caseId, correlationId)
    if (request.ok === false) {
        logError('Refreshing Microsoft case ' + caseId + ' failed (' + request.kind + ', ' + request.code + '): ' + request.detail, correlationId)
        return { caseView: toCaseView(row), problem: { messageId: request.messageId, correlationId } }
    }
    // Microsoft's text: what is longer than its field is cut here and logged (platform/field-length.ts).
    setText(row, 'status', String(request.value.status || ''), 'cut', correlationId)
    if (request.value.owner) setText(row, 'owner', String(request.value.owner), 'cut', correlationId)
    const modified = glideFromIso(request.value.lastModifiedDateTime)
    if (modified) row.setValue('last_update', modified)
    if (request.value.status === 'closed') row.setValue('closed', 'true')
    row.update()

    const communications = listCommunications(caseId, correlationId)
    if (communications.ok === false) {
        logError('Reading communications of Microsoft case ' + caseId + ' failed (' + communications.kind + ', ' + communications.code + '): ' + communications.detail, correlationId)
        return { caseView: toCaseView(row), problem: { messageId: communications.messageId, correlationId } }
    }
    // One query for the ids already stored, not one per message.
    const known: Record<string, boolean> = {}
    const stored = new GlideRecord(COMMUNICATION_TABLE)
    stored.addQuery('case', row.getUniqueValue())
    stored.query()
    while (stored.next()) known[stored.getValue('message_id') || ''] = true
    for (const message of communications.value) {
        if (!message || !message.messageId) continue
        const messageId = String(message.messageId)
        if (known[messageId]) continue
        known[messageId] = true
        const fresh = new GlideRecord(COMMUNICATION_TABLE)
        fresh.initialize()
        // The id is the idempotency key the connector posts again: never stored cut (logged and skipped).
        if (!setText(fresh, 'message_id', messageId, 'refuse', correlationId)) continue
        fresh.setValue('case', row.getUniqueValue())
        fresh.setValue('direction', message.direction === 'toMicrosoft' ? 'toMicrosoft' : 'fromMicrosoft')
        fresh.setValue('state', message.direction === 'toMicrosoft' ? 'sent' : 'received')
        setText(fresh, 'author', String(message.author || ''), 'cut', correlationId)
        setText(fresh, 'body', String(message.body || ''), 'cut', correlationId)
        fresh.insert()
    }
    return { caseView: toCaseView(row), problem: null }
}
