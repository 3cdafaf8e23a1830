/**
 * Contact Microsoft support routes: POST /panel/incidents/{sys_id}/case (administrators) opens
 * a Microsoft case; GET /panel/incidents/{sys_id}/case (insights users) refreshes the case's
 * status and latest communications from Microsoft.
 */
import { newCorrelationId } from '../diagnostics/logger'
import { RouteResponse, sendError, sendJson } from '../rest/respond'
import { RouteRequest, bodyData } from '../rest/route-request'
import { ROLE } from '../security/roles'
import { userMessage } from '../messages/user-message'
import { incidentForRoute } from '../insights/panel-routes'
import { showProblem } from '../insights/panel-view'
import { findCaseRecord } from './case-record'
import { openCase, readCaseForm } from './open-case'
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
    const refreshed = refreshCase(row, newCorrelationId())
    sendJson(response, 200, { microsoftCase: refreshed.caseView, problems: refreshed.problem ? [showProblem(refreshed.problem)] : [] })
}
