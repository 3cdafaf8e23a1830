/**
 * The connector's ticket routes (docs/connector-api.openapi.yaml, tag inbound):
 *   GET   /tickets/{repositoryId}/{caseId}                  inboundGetTicket
 *   PATCH /tickets/{repositoryId}/{caseId}                  inboundUpdateTicket
 *   POST  /tickets/{repositoryId}/{caseId}/communications   inboundPostCommunication
 *   POST  /tickets/{repositoryId}/{caseId}/close            inboundCloseTicket
 * Each runs the guard first; a refused call changes nothing.
 */
import { GlideDateTime } from '@servicenow/glide'
import { logError, logInfo, logWarn, newCorrelationId } from '../diagnostics/logger'
import { resolvedIncidentCommunication } from '../config/settings'
import { isIncidentClosed, isIncidentResolved, stateName } from '../incidents/incident-state'
import { userMessage } from '../messages/user-message'
import { journalText } from '../platform/journal-text'
import { InboundFailure, failure, isFailure } from './errors'
import { JsonObject } from './body'
import { Prepared, prepare } from './guard'
import { InboundRequest, InboundResponse, answer, refuse } from './request'
import { followStatus } from './status-map'
import { alreadyReceived, findMessage, recordInboundMessage } from './communications'
import { CaseAndIncident, isCaseClosed, ticketOf } from './ticket'
import { validateClose, validateCommunication, validateTicketUpdate } from './validate'

function closedFailure(caseId: string): InboundFailure {
    return failure(409, 'INBOUND_CONFLICT', 'TicketClosed', 'Case ' + caseId + ' is closed.')
}

function internalFailure(what: string): InboundFailure {
    const correlationId = newCorrelationId()
    logError('Connector API: ' + what + ' failed', correlationId)
    return failure(500, 'INBOUND_FAILED', 'InternalError', what + ' failed (correlation id ' + correlationId + ').')
}

/** How the log names an incident: its number and state label. */
function incidentLabel(found: CaseAndIncident): string {
    const incident = found.incident
    return 'incident ' + (incident.getValue('number') || incident.getUniqueValue()) + ' (state ' + stateName(incident.getValue('state')) + ')'
}

/** The one log line for a status Microsoft sent that the incident does not follow (Closed or Canceled is final). */
function logStatusKept(caseId: string, status: string, found: CaseAndIncident): void {
    logInfo(
        "Microsoft case " + caseId + " status '" + status + "' was recorded on the case but not applied to " + incidentLabel(found) +
            ': a closed or canceled incident keeps its state.',
        newCorrelationId(),
    )
}

/** 409 for a message the incident does not take (Closed or Canceled, or Resolved with the setting at refuse), logged once. */
function incidentRefusal(caseId: string, messageId: string, found: CaseAndIncident, reason: 'IncidentClosed' | 'IncidentResolved'): InboundFailure {
    const correlationId = newCorrelationId()
    const why = reason === 'IncidentClosed' ? 'a closed or canceled incident takes no more messages' : 'the setting resolved_incident_communication is refuse'
    logWarn('Microsoft message ' + messageId + ' on case ' + caseId + ' was refused (409 ' + reason + '): ' + incidentLabel(found) + ', ' + why + '.', correlationId)
    const message = reason === 'IncidentClosed' ? 'INBOUND_INCIDENT_CLOSED' : 'INBOUND_INCIDENT_RESOLVED'
    return failure(409, message, reason, 'The incident of case ' + caseId + ' does not take messages (correlation id ' + correlationId + ').')
}

/** prepare + the body's schema + the case must still be open (409 TicketClosed). */
function prepareChange<T>(request: InboundRequest, validate: (body: JsonObject) => T | InboundFailure): { prepared: Prepared; value: T } | InboundFailure {
    const prepared = prepare(request, true)
    if (isFailure(prepared)) return prepared
    const value = validate(prepared.body)
    if (isFailure(value)) return value
    if (isCaseClosed(prepared.found.caseRow)) return closedFailure(prepared.caseId)
    return { prepared: prepared, value: value }
}

export function inboundGetTicket(request: InboundRequest, response: InboundResponse): void {
    const prepared = prepare(request, false)
    if (isFailure(prepared)) return refuse(request, response, 'inboundGetTicket', prepared)
    answer(response, 200, ticketOf(prepared.repositoryId, prepared.found))
}

export function inboundUpdateTicket(request: InboundRequest, response: InboundResponse): void {
    const change = prepareChange(request, validateTicketUpdate)
    if (isFailure(change)) return refuse(request, response, 'inboundUpdateTicket', change)
    const prepared = change.prepared
    const update = change.value
    const caseRow = prepared.found.caseRow
    const incident = prepared.found.incident
    if (update.status === 'closed') {
        return refuse(request, response, 'inboundUpdateTicket', failure(409, 'INBOUND_CONFLICT', 'InvalidTransition', 'Close the case with POST .../close and a resolution.'))
    }
    let caseChanged = false
    const setCase = (field: string, value: string) => {
        if ((caseRow.getValue(field) || '') === value) return
        caseRow.setValue(field, value)
        caseChanged = true
    }
    const previousStatus = caseRow.getValue('status') || ''
    if (update.status !== undefined) setCase('status', update.status)
    if (update.severity !== undefined) setCase('severity', update.severity.toLowerCase())
    if (update.owner !== undefined) setCase('owner', update.owner === null ? '' : update.owner)
    let incidentChanged = false
    if (update.status !== undefined && update.status !== previousStatus) {
        const outcome = followStatus(incident, update.status)
        if (outcome === 'final') logStatusKept(prepared.caseId, update.status, prepared.found)
        incidentChanged = outcome === 'changed'
    }
    if (incidentChanged && !incident.update()) return refuse(request, response, 'inboundUpdateTicket', internalFailure('Updating the incident of case ' + prepared.caseId))
    if (caseChanged) {
        caseRow.setValue('last_update', new GlideDateTime().getValue())
        if (!caseRow.update()) return refuse(request, response, 'inboundUpdateTicket', internalFailure('Updating case ' + prepared.caseId))
    }
    if (caseChanged) logInfo('Microsoft updated case ' + prepared.caseId + ' (' + Object.keys(update).join(', ') + ')')
    answer(response, 200, ticketOf(prepared.repositoryId, prepared.found))
}

export function inboundPostCommunication(request: InboundRequest, response: InboundResponse): void {
    const prepared = prepare(request, true)
    if (isFailure(prepared)) return refuse(request, response, 'inboundPostCommunication', prepared)
    const message = validateCommunication(prepared.body)
    if (isFailure(message)) return refuse(request, response, 'inboundPostCommunication', message)
    const incidentNumber = prepared.found.incident.getValue('number') || ''
    const existing = findMessage(prepared.found.caseRow.getUniqueValue(), message.messageId)
    if (alreadyReceived(existing)) {
        return answer(response, 200, { messageId: message.messageId, duplicate: true, incidentNumber: incidentNumber })
    }
    if (isCaseClosed(prepared.found.caseRow)) return refuse(request, response, 'inboundPostCommunication', closedFailure(prepared.caseId))
    // Closed is final on the platform (only resolved incidents are reopened); a Resolved one is the admin's choice.
    if (isIncidentClosed(prepared.found.incident)) return refuse(request, response, 'inboundPostCommunication', incidentRefusal(prepared.caseId, message.messageId, prepared.found, 'IncidentClosed'))
    let reopenNote: string | undefined
    if (isIncidentResolved(prepared.found.incident)) {
        if (resolvedIncidentCommunication() === 'refuse') return refuse(request, response, 'inboundPostCommunication', incidentRefusal(prepared.caseId, message.messageId, prepared.found, 'IncidentResolved'))
        reopenNote = userMessage('INBOUND_REOPENED_NOTE', [prepared.caseId])
    }
    const outcome = recordInboundMessage(prepared.found, message, reopenNote)
    if (outcome === 'duplicate') return answer(response, 200, { messageId: message.messageId, duplicate: true, incidentNumber: incidentNumber })
    if (outcome === 'refused') return refuse(request, response, 'inboundPostCommunication', internalFailure('Adding the message of case ' + prepared.caseId + ' to the incident'))
    if (reopenNote) logInfo('Microsoft message ' + message.messageId + ' on case ' + prepared.caseId + ' reopened incident ' + incidentNumber + ' (was Resolved, now In Progress).', newCorrelationId())
    answer(response, 201, { messageId: message.messageId, duplicate: false, incidentNumber: incidentNumber })
}

export function inboundCloseTicket(request: InboundRequest, response: InboundResponse): void {
    const change = prepareChange(request, validateClose)
    if (isFailure(change)) return refuse(request, response, 'inboundCloseTicket', change)
    const prepared = change.prepared
    const close = change.value
    const caseRow = prepared.found.caseRow
    const incident = prepared.found.incident
    // The incident first: should it refuse the change, the case stays open and Microsoft may retry.
    // Microsoft's resolution goes into the resolution notes neutralised (journal-text.ts).
    const outcome = followStatus(incident, 'closed', journalText(userMessage('INBOUND_CLOSED_RESOLUTION', [prepared.caseId, close.resolution])))
    if (outcome === 'final') logStatusKept(prepared.caseId, 'closed', prepared.found)
    if (outcome === 'changed' && !incident.update()) return refuse(request, response, 'inboundCloseTicket', internalFailure('Closing the incident of case ' + prepared.caseId))
    caseRow.setValue('status', 'closed')
    caseRow.setValue('closed', 'true')
    caseRow.setValue('last_update', new GlideDateTime().getValue())
    if (!caseRow.update()) return refuse(request, response, 'inboundCloseTicket', internalFailure('Closing case ' + prepared.caseId))
    logInfo('Microsoft closed case ' + prepared.caseId)
    answer(response, 200, ticketOf(prepared.repositoryId, prepared.found))
}
