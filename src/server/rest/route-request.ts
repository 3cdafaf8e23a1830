/** What the app's scripted REST routes read from a request (the platform's RESTAPIRequest, narrowed). */
export interface RouteRequest {
    pathParams?: { [name: string]: string }
    queryParams?: { [name: string]: string[] | string }
    body?: { data?: unknown }
}

export function pathParam(request: RouteRequest, name: string): string {
    const value = request.pathParams ? request.pathParams[name] : undefined
    return typeof value === 'string' ? value : ''
}

/** The parsed JSON body, or undefined when there is none or it is not JSON. */
export function bodyData(request: RouteRequest): unknown {
    try {
        return request.body ? request.body.data : undefined
    } catch {
        return undefined
    }
}

/** A query parameter's first value ('' when absent); RESTAPIRequest.queryParams holds each as an array of strings. */
export function queryParam(request: RouteRequest, name: string): string {
    const raw = request.queryParams ? request.queryParams[name] : undefined
    const value = Array.isArray(raw) ? raw[0] : raw
    return typeof value === 'string' ? value : ''
}
