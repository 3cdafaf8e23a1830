/**
 * The Microsoft support connector's operations (docs/connector-api.openapi.yaml, tag
 * `outbound`), each one call through `callMicrosoft`. Callers get `{ ok: true, value }` or a
 * classified failure; none of them ever sees a token or builds a URL. Without a usable Setup
 * nothing is sent and the answer is "complete the setup steps".
 */
import { readSettings } from '../config/settings'
import { logWarn, newCorrelationId } from '../diagnostics/logger'
import { Connection, readConnection } from './connection'
import { MicrosoftFailure, failure } from './failure'
import { MicrosoftCall, callMicrosoft } from './microsoft-http'
import {
    AdminValidation,
    Communication,
    CommunicationCreate,
    HealthIssue,
    Repository,
    ServiceRequest,
    ServiceRequestCreate,
    ServiceRequestCreated,
    Solution,
} from './types'

export type Outcome<T> = { ok: true; value: T; status: number; correlationId: string } | ({ ok: false } & MicrosoftFailure)

/** Runs `fn` with the configured connection, or answers "complete the setup steps" without a call. */
export function withConnection<T>(operation: string, fn: (connection: Connection) => Outcome<T>, correlationId?: string): Outcome<T> {
    const lookup = readConnection()
    if (lookup.ok === false) {
        const id = correlationId || newCorrelationId()
        logWarn(operation + ' not sent: Setup is incomplete (' + lookup.missing + ')', id)
        return { ok: false, ...failure('setup_incomplete', 0, 'SetupIncomplete', lookup.missing, id) }
    }
    return fn(lookup.connection)
}

export function connectorCall<T>(connection: Connection, call: Omit<MicrosoftCall, 'baseUrl' | 'profileId'>, read: (body: unknown) => T | null): Outcome<T> {
    const result = callMicrosoft({ ...call, baseUrl: readSettings().connectorBaseUrl, profileId: connection.outboundProfileId })
    if (result.ok === false) {
        return { ok: false, kind: result.kind, messageId: result.messageId, status: result.status, code: result.code, detail: result.detail, correlationId: result.correlationId }
    }
    const value = read(result.body)
    if (value === null) {
        return { ok: false, ...failure('unexpected', result.status, 'ContractViolation', call.operation + ': the answer does not match the contract', result.correlationId) }
    }
    return { ok: true, value, status: result.status, correlationId: result.correlationId }
}

export const tenantPath = (connection: Connection) => '/v1/tenants/' + encodeURIComponent(connection.tenantDomain)

export function searchSolutions(query: string, top: number, incidentSysId?: string, correlationId?: string): Outcome<Solution[]> {
    return withConnection(
        'searchSolutions',
        (connection) => {
            const body: Record<string, unknown> = { query: query.substring(0, 1000), top }
            if (incidentSysId && /^[0-9a-f]{32}$/.test(incidentSysId)) body.incidentId = incidentSysId
            return connectorCall(connection, { operation: 'searchSolutions', method: 'POST', path: '/v1/solutions/search', body, correlationId }, (b) =>
                listOf<Solution>(b, 'solutions'),
            )
        },
        correlationId,
    )
}

export function getTenantHealth(query: string, top: number, correlationId?: string): Outcome<HealthIssue[]> {
    return withConnection(
        'getTenantHealth',
        (connection) => {
            const q = query ? '?query=' + encodeURIComponent(query.substring(0, 1000)) + '&top=' + top : '?top=' + top
            return connectorCall(connection, { operation: 'getTenantHealth', method: 'GET', path: tenantPath(connection) + '/health' + q, correlationId }, (b) =>
                listOf<HealthIssue>(b, 'issues'),
            )
        },
        correlationId,
    )
}

export function validateAdmin(email: string, correlationId?: string): Outcome<AdminValidation> {
    return withConnection(
        'validateAdmin',
        (connection) =>
            connectorCall(connection, { operation: 'validateAdmin', method: 'POST', path: tenantPath(connection) + '/admins/validate', body: { email }, correlationId }, (b) =>
                objectWith<AdminValidation>(b, 'valid'),
            ),
        correlationId,
    )
}

/** `maxRetries`: fewer retries than the property allows (Diagnostics: 0). */
export function getRepository(repositoryId: string, correlationId?: string, maxRetries?: number): Outcome<Repository> {
    return withConnection(
        'getRepository',
        (connection) =>
            connectorCall(
                connection,
                { operation: 'getRepository', method: 'GET', path: tenantPath(connection) + '/repositories/' + encodeURIComponent(repositoryId), correlationId, maxRetries },
                (b) => objectWith<Repository>(b, 'repositoryId'),
            ),
        correlationId,
    )
}

export function createServiceRequest(request: ServiceRequestCreate, correlationId?: string): Outcome<ServiceRequestCreated> {
    return withConnection(
        'createServiceRequest',
        (connection) =>
            connectorCall(connection, { operation: 'createServiceRequest', method: 'POST', path: tenantPath(connection) + '/servicerequests', body: request, correlationId }, (b) =>
                objectWith<ServiceRequestCreated>(b, 'id'),
            ),
        correlationId,
    )
}

export function getServiceRequest(caseId: string, correlationId?: string): Outcome<ServiceRequest> {
    return withConnection(
        'getServiceRequest',
        (connection) =>
            connectorCall(
                connection,
                { operation: 'getServiceRequest', method: 'GET', path: tenantPath(connection) + '/servicerequests/' + encodeURIComponent(caseId), correlationId },
                (b) => objectWith<ServiceRequest>(b, 'id'),
            ),
        correlationId,
    )
}

export function postCommunication(caseId: string, communication: CommunicationCreate, correlationId?: string): Outcome<Communication> {
    return withConnection(
        'postServiceRequestCommunication',
        (connection) =>
            connectorCall(
                connection,
                {
                    operation: 'postServiceRequestCommunication',
                    method: 'POST',
                    path: tenantPath(connection) + '/servicerequests/' + encodeURIComponent(caseId) + '/communications',
                    body: communication,
                    correlationId,
                },
                (b) => objectWith<Communication>(b, 'messageId'),
            ),
        correlationId,
    )
}

export function listCommunications(caseId: string, correlationId?: string): Outcome<Communication[]> {
    return withConnection(
        'listServiceRequestCommunications',
        (connection) =>
            connectorCall(
                connection,
                {
                    operation: 'listServiceRequestCommunications',
                    method: 'GET',
                    path: tenantPath(connection) + '/servicerequests/' + encodeURIComponent(caseId) + '/communications',
                    correlationId,
                },
                (b) => listOf<Communication>(b, 'communications'),
            ),
        correlationId,
    )
}

function listOf<T>(body: unknown, key: string): T[] | null {
    if (!body || typeof body !== 'object') return null
    const list = (body as Record<string, unknown>)[key]
    return Array.isArray(list) ? (list as T[]) : null
}

function objectWith<T>(body: unknown, key: string): T | null {
    if (!body || typeof body !== 'object' || !(key in (body as object))) return null
    return body as T
}
