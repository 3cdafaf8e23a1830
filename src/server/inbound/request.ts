/** The parts of the scripted REST request/response objects the connector routes use. */
import { ServiceError } from '@servicenow/glide/sn_ws_err'
import { InboundFailure, toServiceError } from './errors'

export interface InboundRequest {
    pathParams: { [name: string]: string }
    queryParams: { [name: string]: string[] }
    body: { dataString: string }
    url?: string
    uri?: string
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

export function refuse(response: InboundResponse, found: InboundFailure): void {
    response.setHeader('Cache-Control', 'no-store')
    response.setError(toServiceError(found))
}

export function firstQueryValue(request: InboundRequest, name: string): string | null {
    const values = request.queryParams ? request.queryParams[name] : undefined
    if (!values || values.length === 0) return null
    return String(values[0])
}
