// Small HTTP helpers for tests that talk to the simulator (async fetch; 127.0.0.1 only).
import { DEFAULT_OUTBOUND_APP_ID, DEFAULT_OUTBOUND_APP_SECRET, DEFAULT_TENANT_DOMAIN } from './store'

export interface HttpResult {
    status: number
    headers: Headers
    text: string
    json: any
}

export async function call(url: string, opts: { method?: string; token?: string; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<HttpResult> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers }
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`
    let body: string | undefined
    if (opts.body !== undefined) {
        body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
        headers['Content-Type'] ??= 'application/json'
    }
    const res = await fetch(url, { method: opts.method ?? (body ? 'POST' : 'GET'), headers, body, signal: opts.signal })
    const text = await res.text()
    let json: unknown
    try {
        json = text ? JSON.parse(text) : undefined
    } catch {
        json = undefined
    }
    return { status: res.status, headers: res.headers, text, json }
}

export interface TokenRequest {
    tenant?: string
    clientId?: string
    clientSecret?: string
    resource?: string
    version?: 1 | 2
}

export async function requestToken(simUrl: string, r: TokenRequest = {}): Promise<HttpResult> {
    const version = r.version ?? 1
    const resource = r.resource ?? 'https://connector.rave.microsoft.com'
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: r.clientId ?? DEFAULT_OUTBOUND_APP_ID, client_secret: r.clientSecret ?? DEFAULT_OUTBOUND_APP_SECRET })
    if (version === 1) form.set('resource', resource)
    else form.set('scope', `${resource}/.default`)
    const path = version === 1 ? 'oauth2/token' : 'oauth2/v2.0/token'
    return call(`${simUrl}/${r.tenant ?? DEFAULT_TENANT_DOMAIN}/${path}`, { method: 'POST', body: form.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
}

export async function token(simUrl: string, r: TokenRequest = {}): Promise<string> {
    const res = await requestToken(simUrl, r)
    if (res.status !== 200) throw new Error(`token: ${res.status} ${res.text}`)
    return res.json.access_token as string
}
