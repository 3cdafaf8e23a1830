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

export function refreshCase(row: GlideRecord, correlationId: string): { caseView: CaseView; problem: PanelProblem | null } {
    const caseId = row.getValue('case_number') || ''
    const request = getServiceRequest(caseId, correlationId)
    if (request.ok === false) {
        logError('Refreshing Microsoft case ' + caseId + ' failed (' + request.kind + ', ' + request.code + '): ' + request.detail, correlationId)
        return { caseView: toCaseView(row), problem: { messageId: request.messageId, correlationId } }
    }
    row.setValue('status', request.value.status)
    if (request.value.owner) row.setValue('owner', String(request.value.owner).substring(0, 100))
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
        const messageId = String(message.messageId).substring(0, 100)
        if (known[messageId]) continue
        known[messageId] = true
        const fresh = new GlideRecord(COMMUNICATION_TABLE)
        fresh.initialize()
        fresh.setValue('case', row.getUniqueValue())
        fresh.setValue('message_id', messageId)
        fresh.setValue('direction', message.direction === 'toMicrosoft' ? 'toMicrosoft' : 'fromMicrosoft')
        fresh.setValue('state', message.direction === 'toMicrosoft' ? 'sent' : 'received')
        fresh.setValue('author', String(message.author || '').substring(0, 200))
        fresh.setValue('body', String(message.body || ''))
        fresh.insert()
    }
    return { caseView: toCaseView(row), problem: null }
}
