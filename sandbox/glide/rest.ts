/**
 * invokeRoute(): runs a scripted REST resource function the way the instance does and renders
 * the HTTP response:
 *  - setBody(obj) (or a returned non-error value) → JSON `{"result": obj}` — the instance wraps
 *    serialised bodies in `result` (community-documented; getStreamWriter avoids it);
 *  - stream writes → the text as written;
 *  - setError(err), a returned or thrown sn_ws_err error → status err.status and
 *    `{"error": {"message", "detail"}, "status": "failure"}` — docs: "Scripted REST API error objects"
 *    ("Error response format"); any other thrown error → the same shape with status 500, and a syslog error;
 *  - default status 200, Content-Type application/json unless set.
 * Run it inside platform.runAs(user, …) to give the request a session user.
 */
import { currentPlatform } from './current'
import { ServiceError } from './ns/sn_ws_err'
import { IncomingRequest, RESTAPIRequest, RESTAPIResponse } from './ns/sn_ws_int'

export interface RouteRequest {
    method?: string
    path?: string
    pathParams?: Record<string, string>
    query?: Record<string, string | string[]> | string
    headers?: Record<string, string>
    body?: string | object | null
    /** Full request URL (request.url); default http://localhost + path + query. */
    url?: string
}

export interface RouteResponse {
    status: number
    headers: Record<string, string>
    body: string
}

/**
 * A resource function. Parameters are `any` because app code types them with the official
 * `@servicenow/glide/sn_ws_int` declarations, which this emulation implements at run time.
 */
export type RouteHandler = (request: any, response: any) => unknown

function queryParamsOf(query: RouteRequest['query']): { params: Record<string, string[]>; text: string } {
    const search = new URLSearchParams()
    if (typeof query === 'string') {
        new URLSearchParams(query).forEach((v, k) => search.append(k, v))
    } else if (query) {
        for (const [k, v] of Object.entries(query)) for (const item of Array.isArray(v) ? v : [v]) search.append(k, item)
    }
    const params: Record<string, string[]> = {}
    search.forEach((v, k) => (params[k] ??= []).push(v))
    return { params, text: search.toString() }
}

export function buildIncomingRequest(req: RouteRequest): IncomingRequest {
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v
    let body: string | null = null
    if (typeof req.body === 'string') body = req.body
    else if (req.body !== null && req.body !== undefined) {
        body = JSON.stringify(req.body)
        headers['content-type'] ??= 'application/json'
    }
    const { params, text } = queryParamsOf(req.query)
    const uri = req.path ?? '/'
    return {
        method: (req.method ?? 'GET').toUpperCase(),
        uri,
        url: req.url ?? `http://localhost${uri}${text ? `?${text}` : ''}`,
        queryString: text,
        pathParams: { ...req.pathParams },
        queryParams: params,
        headers,
        body,
    }
}

function errorBody(error: ServiceError): string {
    return JSON.stringify({ error: { message: error.message, detail: error.detail }, status: 'failure' })
}

export function renderResponse(response: RESTAPIResponse): RouteResponse {
    const { state } = response
    const headers: Record<string, string> = { ...state.headers }
    const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')
    if (state.error) {
        if (!hasType) headers['Content-Type'] = 'application/json'
        return { status: state.error.status, headers, body: errorBody(state.error) }
    }
    if (!hasType) headers['Content-Type'] = 'application/json'
    let body = ''
    if (state.streamed !== undefined) body = state.streamed
    else if (state.body.set) body = JSON.stringify({ result: state.body.value })
    return { status: state.status ?? 200, headers, body }
}

export function invokeRoute(handler: RouteHandler, req: RouteRequest = {}): RouteResponse {
    const request = new RESTAPIRequest(buildIncomingRequest(req))
    const response = new RESTAPIResponse()
    try {
        const returned = handler(request, response)
        if (returned instanceof ServiceError) response.setError(returned)
        else if (returned !== undefined && !response.state.body.set && response.state.streamed === undefined) response.setBody(returned)
    } catch (error) {
        if (error instanceof ServiceError) {
            response.setError(error)
        } else {
            const message = error instanceof Error ? error.message : String(error)
            currentPlatform().log('error', `Scripted REST ${req.method ?? 'GET'} ${req.path ?? ''}: ${message}`, 'ScriptedRESTAPI')
            response.setError(new ServiceError(message).setStatus(500))
        }
    }
    return renderResponse(response)
}
