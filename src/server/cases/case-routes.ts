/**
 * Contact Microsoft support routes: POST /panel/incidents/{sys_id}/case (administrators) opens
 * a Microsoft case; GET /panel/incidents/{sys_id}/case (insights users) refreshes the case's
 * status and latest communications from Microsoft (a case recorded by hand is answered as stored:
 * Microsoft is never asked about it). Without a connector, POST and PATCH
 * /panel/incidents/{sys_id}/recorded-case (administrators) record the service request opened in
 * the Microsoft 365 admin center and update it by hand (recorded-case.ts).
 */
import { logWarn, newCorrelationId } from '../diagnostics/logger'
import { RouteResponse, sendError, sendJson } from '../rest/respond'
import { RouteRequest, bodyData } from '../rest/route-request'
import { ROLE } from '../security/roles'
import { userMessage } from '../messages/user-message'
import { incidentForRoute } from '../insights/panel-routes'
import { showProblem } from '../insights/panel-view'
import { findSetup, setupModeOf } from '../setup/setup-record'
import { findCaseRecord, isRecordedByHand, toCaseView } from './case-record'
import { openCase, readCaseForm } from './open-case'
import { readRecordForm, readRecordUpdate, recordCase, recordsByHand, updateRecordedCase } from './recorded-case'
import { refreshCase } from './refresh-case'

export function postCase(request: RouteRequest, response: RouteResponse): void {
    const incident = incidentForRoute(request, response, ROLE.administrator)
    if (!incident) return
    const form = readCaseForm(bodyData(request))
    if (form.ok === false) {
        sendError(response, 400, { id: form.messageId })
        return
    }
    const result = openCase(incident, form.form, newCorrelationId())
    if (result.ok === false) {
        sendError(response, result.status, { id: result.messageId, args: result.args }, result.correlationId)
        return
    }
    sendJson(response, 201, { microsoftCase: result.caseView, message: userMessage('CASE_CREATED', [result.caseView.number]), correlationId: result.correlationId })
}

export function getCase(request: RouteRequest, response: RouteResponse): void {
    const incident = incidentForRoute(request, response, ROLE.insightsUser)
    if (!incident) return
    const row = findCaseRecord(incident.sysId)
    if (!row) {
        sendError(response, 404, { id: 'CASE_NOT_FOUND' })
        return
    }
    if (isRecordedByHand(row)) {
        sendJson(response, 200, { microsoftCase: toCaseView(row), problems: [] })
        return
    }
    const refreshed = refreshCase(row, newCorrelationId())
    sendJson(response, 200, { microsoftCase: refreshed.caseView, problems: refreshed.problem ? [showProblem(refreshed.problem)] : [] })
}

/** POST /panel/incidents/{sys_id}/recorded-case: records the service request opened in the Microsoft 365 admin center. */
export function postRecordedCase(request: RouteRequest, response: RouteResponse): void {
    const incident = incidentForRoute(request, response, ROLE.administrator)
    if (!incident) return
    const mode = setupModeOf(findSetup())
    if (!recordsByHand(mode)) {
        const correlationId = newCorrelationId()
        logWarn('Recording a service request for ' + incident.number + ' refused: ' + (mode ? 'mode ' + mode + ' has a connector' : 'Setup has not chosen a mode'), correlationId)
        sendError(response, 409, { id: mode ? 'CASE_RECORD_NOT_AVAILABLE' : 'SETUP_INCOMPLETE' }, correlationId)
        return
    }
    const form = readRecordForm(bodyData(request))
    if (form.ok === false) {
        sendError(response, 400, { id: form.messageId })
        return
    }
    const correlationId = newCorrelationId()
    const result = recordCase(incident, form.value, correlationId)
    if (result.ok === false) {
        sendError(response, result.status, { id: result.messageId, args: result.args }, correlationId)
        return
    }
    sendJson(response, 201, { microsoftCase: result.caseView, message: userMessage('CASE_RECORDED', [result.caseView.number]) })
}

/** PATCH /panel/incidents/{sys_id}/recorded-case {"status"?, "note"?}: the administrator's update, each a work note. */
export function patchRecordedCase(request: RouteRequest, response: RouteResponse): void {
    const incident = incidentForRoute(request, response, ROLE.administrator)
    if (!incident) return
    const update = readRecordUpdate(bodyData(request))
    if (update.ok === false) {
        sendError(response, 400, { id: update.messageId })
        return
    }
    const correlationId = newCorrelationId()
    const result = updateRecordedCase(incident, update.value, correlationId)
    if (result.ok === false) {
        sendError(response, result.status, { id: result.messageId, args: result.args }, correlationId)
        return
    }
    sendJson(response, 200, { microsoftCase: result.caseView, message: userMessage('CASE_RECORD_UPDATED', [result.caseView.number]) })
}
