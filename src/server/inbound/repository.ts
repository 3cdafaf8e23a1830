/** The repository id in the URL must be this instance's (Setup); anything else is 404 UnknownRepository. */
import { InboundSetup } from './caller'
import { InboundFailure, failure } from './errors'

export const REPOSITORY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

export function checkRepository(setup: InboundSetup, repositoryId: string | null | undefined): InboundFailure | null {
    const value = repositoryId === null || repositoryId === undefined ? '' : String(repositoryId)
    if (value.length < 1 || value.length > 100 || !REPOSITORY_ID_PATTERN.test(value)) {
        return failure(400, 'INBOUND_INVALID_REQUEST', 'InvalidPayload', 'repositoryId must be 1-100 letters, digits, dots, underscores or hyphens.')
    }
    if (value !== setup.repositoryId) {
        return failure(404, 'INBOUND_NOT_FOUND', 'UnknownRepository', 'Repository ' + value + ' is not registered on this instance.')
    }
    return null
}
