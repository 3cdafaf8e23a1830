/**
 * Runs one scripted REST operation the way the instance does: the route's generated glue
 * (`operation_script`) is evaluated with the platform's request/response objects, and the
 * response they collect becomes the HTTP answer.
 */
import { IncomingHttpHeaders } from 'node:http'
import { invokeRoute } from '../glide/rest'
import { Platform } from '../glide/platform'
import { Row } from '../glide/store/types'
import { ModuleRuntime } from './module-runtime'

export interface RouteCall {
    method: string
    url: string
    path: string
    pathParams: Record<string, string>
    query: URLSearchParams
    headers: IncomingHttpHeaders
    body: string
}

export interface RouteResult {
    status: number
    headers: Record<string, string>
    body: string
}

export function runRoute(platform: Platform, runtime: ModuleRuntime, operation: Row, call: RouteCall): RouteResult {
    const query: Record<string, string[]> = {}
    for (const [name, value] of call.query) (query[name] ??= []).push(value)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(call.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
    }
    const glue = String(operation.operation_script ?? '')
    const result = invokeRoute((request: unknown, response: unknown) => runtime.runScript(glue, { request, response }), {
        method: call.method,
        url: call.url,
        path: call.path,
        pathParams: call.pathParams,
        query,
        headers,
        body: call.body,
    })
    const body = typeof result.body === 'string' ? result.body : result.body === undefined ? '' : JSON.stringify(result.body)
    return { status: result.status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...result.headers }, body }
}
