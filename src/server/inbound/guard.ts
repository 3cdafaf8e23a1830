/**
 * The checks every ticket route makes, in order, before it touches anything: the caller is the
 * integration user (403), the repository is this instance's (404), the case id is well formed
 * (400), the body fits and is a JSON object (413/400), and the case exists (404).
 */
import { checkCaller, InboundSetup } from './caller'
import { JsonObject, readJsonBody } from './body'
import { InboundFailure, isFailure } from './errors'
import { checkRepository } from './repository'
import { InboundRequest } from './request'
import { CaseAndIncident, findCase } from './ticket'
import { checkCaseId } from './validate'

export interface Prepared {
    setup: InboundSetup
    repositoryId: string
    caseId: string
    body: JsonObject
    found: CaseAndIncident
}

export function prepare(request: InboundRequest, withBody: boolean): Prepared | InboundFailure {
    const setup = checkCaller(request)
    if (isFailure(setup)) return setup
    const params = request.pathParams || {}
    const repositoryId = String(params.repositoryId || '')
    const wrongRepository = checkRepository(setup, repositoryId)
    if (wrongRepository) return wrongRepository
    const caseId = String(params.caseId || '')
    const badCase = checkCaseId(caseId)
    if (badCase) return badCase
    let body: JsonObject = {}
    if (withBody) {
        const read = readJsonBody(request.body ? request.body.dataString : '')
        if (isFailure(read)) return read
        body = read
    }
    const found = findCase(repositoryId, caseId)
    if (isFailure(found)) return found
    return { setup: setup, repositoryId: repositoryId, caseId: caseId, body: body, found: found }
}
