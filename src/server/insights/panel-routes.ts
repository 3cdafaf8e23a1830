/**
 * The incident panel's REST routes (/api/x_mioms_m365_assis/v1/panel/...), for insights users.
 * Each checks the role in code besides its route ACL, validates the incident sys_id and reads
 * the incident with the caller's own access (GlideRecordSecure).
 */
import { newCorrelationId, logError } from '../diagnostics/logger'
import { findSolutions, solutionsPlan } from '../solutions/source'
import { readSettings } from '../config/settings'
import { RouteResponse, sendError, sendJson } from '../rest/respond'
import { RouteRequest, bodyData, pathParam, queryParam } from '../rest/route-request'
import { ROLE, refuseWithoutRole } from '../security/roles'
import { userMessage } from '../messages/user-message'
import { IncidentFacts, isSysId, readIncident } from './incident'
import { buildPanelView, storedCaseView } from './panel-view'
import { readPanelAbilities } from './panel-mode'
import { SOLUTIONS_PER_INCIDENT, basicSolutionLinks, recordFeedback, toSearchViews } from './solutions'

/** Role check and incident lookup shared by the panel's routes; null when it already answered. */
export function incidentForRoute(request: RouteRequest, response: RouteResponse, role: typeof ROLE.insightsUser | typeof ROLE.administrator): IncidentFacts | null {
    if (refuseWithoutRole(response, role)) return null
    const sysId = pathParam(request, 'sys_id')
    if (!isSysId(sysId)) {
        sendError(response, 400, { id: 'PANEL_INCIDENT_NOT_FOUND' })
        return null
    }
    const incident = readIncident(sysId)
    if (!incident) {
        sendError(response, 404, { id: 'PANEL_INCIDENT_NOT_FOUND' })
        return null
    }
    return incident
}

/**
 * GET /panel/incidents/{sys_id}: the whole panel. With `?part=case`: only the incident's case as
 * stored (the panel polls it while a case is open, so Microsoft's updates appear without a
 * reload); it never calls Microsoft, whatever the state of the stored solutions.
 */
export function getIncidentPanel(request: RouteRequest, response: RouteResponse): void {
    const incident = incidentForRoute(request, response, ROLE.insightsUser)
    if (!incident) return
    if (queryParam(request, 'part') === 'case') {
        sendJson(response, 200, { microsoftCase: storedCaseView(incident.sysId) })
        return
    }
    sendJson(response, 200, buildPanelView(incident))
}

/** POST /panel/search {"query": "..."}: recommended solutions for a typed problem, from the configured source (never stored). */
export function postSearch(request: RouteRequest, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.insightsUser)) return
    const data = bodyData(request)
    const raw = data && typeof data === 'object' ? (data as { query?: unknown }).query : undefined
    const query = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : ''
    if (query === '' || query.length > 1000) {
        sendError(response, 400, { id: 'PANEL_SEARCH_REQUIRED' })
        return
    }
    const plan = solutionsPlan(readPanelAbilities().mode)
    const correlationId = newCorrelationId()
    if (plan === 'none') {
        logError('Search refused: Setup is incomplete', correlationId)
        sendError(response, 409, { id: 'SETUP_INCOMPLETE' }, correlationId)
        return
    }
    if (plan === 'links') {
        sendJson(response, 200, { items: basicSolutionLinks(query), basic: true, notice: userMessage('PANEL_BASIC_SOLUTIONS') })
        return
    }
    const answer = findSolutions(query, SOLUTIONS_PER_INCIDENT, undefined, correlationId)
    if (answer.ok === false) {
        logError('Search for recommended solutions failed (' + answer.kind + ', ' + answer.code + '): ' + answer.detail, answer.correlationId)
        sendError(response, 502, { id: answer.messageId }, answer.correlationId)
        return
    }
    const items = toSearchViews(answer.value)
    sendJson(response, 200, { items, basic: false, notice: items.length === 0 ? userMessage('PANEL_NO_SOLUTIONS') : '' })
}

/** POST /panel/incidents/{sys_id}/feedback {"solution": sys_id, "helpful": bool}: "Was this helpful?". */
export function postFeedback(request: RouteRequest, response: RouteResponse): void {
    const incident = incidentForRoute(request, response, ROLE.insightsUser)
    if (!incident) return
    if (readSettings().feedbackOptOut) {
        sendError(response, 409, { id: 'PANEL_FEEDBACK_OFF' })
        return
    }
    const data = bodyData(request)
    const d = data && typeof data === 'object' ? (data as { solution?: unknown; helpful?: unknown }) : {}
    if (!isSysId(d.solution) || typeof d.helpful !== 'boolean') {
        sendError(response, 400, { id: 'PANEL_FEEDBACK_INVALID' })
        return
    }
    if (!recordFeedback(incident.sysId, d.solution, d.helpful)) {
        sendError(response, 404, { id: 'PANEL_FEEDBACK_INVALID' })
        return
    }
    sendJson(response, 200, { feedback: d.helpful ? 'helpful' : 'not_helpful', message: userMessage('PANEL_FEEDBACK_THANKS') })
}
