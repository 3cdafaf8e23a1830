/**
 * Every outbound call goes through here: it is sent, counted (platform.stats()) and recorded in
 * sys_outbound_http_log — docs: "Outbound HTTP requests log" (sys_outbound_http_log). The emulated
 * row keeps url (scheme, host, path — no query string), hostname, path, method, response_status,
 * elapsed_time (ms), request_headers without Authorization / Proxy-Authorization, and kind
 * (rest | oauth_token). Request and response bodies are never recorded.
 */
import type { Platform } from '../platform'
import { sendSync } from './syncHttp'
import type { WireRequest, WireResponse } from './wire'

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization'])

export type OutboundKind = 'rest' | 'oauth_token'

export function sendAndLog(platform: Platform, req: WireRequest, kind: OutboundKind): WireResponse {
    const res = sendSync(req)
    const url = new URL(req.url)
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !SECRET_HEADERS.has(name.toLowerCase())))
    platform.countOutbound(kind)
    platform.insertRow('sys_outbound_http_log', {
        url: `${url.protocol}//${url.host}${url.pathname}`,
        hostname: url.hostname,
        path: url.pathname,
        method: req.method,
        response_status: res.status,
        elapsed_time: res.durationMs,
        request_headers: JSON.stringify(headers),
        kind,
    })
    return res
}
