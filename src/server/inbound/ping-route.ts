/**
 * GET /api/x_mioms_m365_assis/v1/connector/ping[?repositoryId=…] (inboundPing): the connector's
 * connectivity and credentials check. Changes nothing.
 */
import { checkCaller } from './caller'
import { isFailure } from './errors'
import { checkRepository } from './repository'
import { InboundRequest, InboundResponse, answer, firstQueryValue, refuse } from './request'
import { instanceName } from '../config/settings'
import { logDebug } from '../diagnostics/logger'

export function inboundPing(request: InboundRequest, response: InboundResponse): void {
    const setup = checkCaller()
    if (isFailure(setup)) return refuse(response, setup)
    const asked = firstQueryValue(request, 'repositoryId')
    if (asked !== null) {
        const wrong = checkRepository(setup, asked)
        if (wrong) return refuse(response, wrong)
    }
    logDebug('Microsoft connector ping answered for repository ' + setup.repositoryId)
    answer(response, 200, { status: 'ok', repositoryId: setup.repositoryId, instance: instanceName(request.url) })
}
