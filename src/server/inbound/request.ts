/** The parts of the scripted REST request/response objects the connector routes use. */
import { ServiceError } from '@servicenow/glide/sn_ws_err'
import { InboundFailure, toServiceError } from './errors'
import { traceRefusal } from './refusal-log'

export interface InboundRequest {
    pathParams: { [name: string]: string }
    queryParams: { [name: string]: string[] }
    body: { dataString: string }
    url?: string
    /** The request's path (RESTAPIRequest.uri). */
    uri?: string
    /** RESTAPIRequest.getHeader(name): a header's value, names case-insensitive. */
    getHeader?(name: string): string | undefined | null
}

export interface InboundResponse {
    setStatus(status: number): void
    setBody(body: unknown): void
    setHeader(name: string, value: string): void
    setError(error: ServiceError): void
}

/** Success: the platform wraps the body as {"result": …}. */
export function answer(response: InboundResponse, status: number, result: unknown): void {
    response.setStatus(status)
    response.setHeader('Cache-Control', 'no-store')
    response.setBody(result)
}

/**
 * A refusal, answered with the contract's error. A refusal of the caller or its request (4xx) is
 * traced (one log line per caller, reason and window: refusal-log.ts) and its detail ends with
 * the correlation id.
 * `operation` names the route (its operationId in docs/connector-api.openapi.yaml).
 */
export function refuse(request: InboundRequest, response: InboundResponse, operation: string, found: InboundFailure): void {
    response.setHeader('Cache-Control', 'no-store')
    // A failure of the app itself (500) is logged as an error, with its own correlation id, where it happens.
    if (found.reason === 'InternalError') return response.setError(toServiceError(found))
    const correlationId = traceRefusal(operation + ' ' + (request.uri || ''), found)
    response.setError(toServiceError({ ...found, detail: found.detail + ' (correlation id ' + correlationId + ')' }))
}

export function firstQueryValue(request: InboundRequest, name: string): string | null {
    const values = request.queryParams ? request.queryParams[name] : undefined
    if (!values || values.length === 0) return null
    return String(values[0])
}
