/**
 * GET /api/x_mioms_m365_assis/v1/connector/ping[?repositoryId=…] (inboundPing): the connector's
 * connectivity and credentials check. Changes nothing.
 */
import { checkCaller } from './caller'
import { failure, isFailure } from './errors'
import { InboundRequest, InboundResponse, answer, firstQueryValue, refuse } from './request'
import { instanceName } from '../config/settings'
import { logDebug } from '../diagnostics/logger'

export function inboundPing(request: InboundRequest, response: InboundResponse): void {
    const setup = checkCaller(request)
    if (isFailure(setup)) return refuse(request, response, 'inboundPing', setup)
    const asked = firstQueryValue(request, 'repositoryId')
    // The contract gives ping no 400: any repository id but ours, well formed or not, is 404.
    if (asked !== null && asked !== setup.repositoryId) {
        return refuse(request, response, 'inboundPing', failure(404, 'INBOUND_NOT_FOUND', 'UnknownRepository', 'This instance is not the repository asked for.'))
    }
    logDebug('Microsoft connector ping answered for repository ' + setup.repositoryId)
    answer(response, 200, { status: 'ok', repositoryId: setup.repositoryId, instance: instanceName(request.url) })
}
