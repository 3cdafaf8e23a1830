/**
 * The one path for every call to Microsoft (the support connector, Microsoft Graph, the Microsoft Learn MCP server):
 * `sn_ws.RESTMessageV2` with the outbound OAuth profile chosen in Setup (the platform obtains,
 * caches and refreshes the token), base URL from properties, the timeout property, bounded
 * retries honouring Retry-After on 429/503, and a classified failure that carries a
 * correlation id. Every failure is logged (source x_mioms_m365_assit) with that id; the
 * platform writes the Outbound HTTP log itself. Tokens never pass through this code.
 */
import { GlideDateTime, GlideSysAttachment } from '@servicenow/glide'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { readSettings } from '../config/settings'
import { logDebug, logError, logWarn, newCorrelationId } from '../diagnostics/logger'
import { MicrosoftFailure, classify, failure, isRetryable, retryDelayMs } from './failure'
import { diagnoseOutboundSecret } from './secret-check'
import { pause } from './pause'

/** No single wait longer than this inside a transaction; a longer Retry-After ends the retries. */
export const MAX_WAIT_MS = 5000

export interface MicrosoftCall {
    /** For the log: e.g. "searchSolutions". */
    operation: string
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
    /** Base URL (from settings) and a path with its query string, or an absolute URL (Graph's nextLink). */
    baseUrl: string
    path: string
    /** oauth_entity_profile sys_id; '' for a service that takes no authentication (Microsoft Learn). */
    profileId: string
    body?: unknown
    headers?: Record<string, string>
    /** Accept header; JSON unless the service answers in other forms too (MCP: JSON or an SSE body). */
    accept?: string
    /** Hand the body back as text, unparsed (the caller reads an SSE body itself). */
    rawBody?: boolean
    /** Statuses the caller recovers from (MCP: 404 new session, 400 refresh tools): logged as a warning, not an error. */
    recoverable?: number[]
    /** Correlation id to reuse (a caller grouping several calls); a new one otherwise. */
    correlationId?: string
    /** Fewer retries than http.max_retries (0 for Diagnostics: no check may block longer than one timeout). */
    maxRetries?: number
    /**
     * Keep a 2xx body as an attachment of this record instead of reading it (a file such as Graph's
     * post-incident report: binary, so never read as text): RESTMessageV2.saveResponseBodyAsAttachment.
     */
    saveAs?: { table: string; sysId: string; fileName: string }
}

export interface MicrosoftSuccess {
    ok: true
    status: number
    body: unknown
    headers: { get(name: string): string }
    correlationId: string
    attempts: number
    /** With saveAs: the sys_id of the attachment the platform saved. */
    attachmentId?: string
}

export type MicrosoftResult = MicrosoftSuccess | ({ ok: false; attempts: number } & MicrosoftFailure)

interface Exchange {
    status: number
    body: string
    retryAfter: string
    tokenFailed: boolean
    platformError: string
    response: { getAllHeaders(): { name: string; value: string }[] }
    /** With saveAs: the attachment saved from a 2xx answer ('' when the platform saved none). */
    attachmentId: string
}

type RestMessage = {
    setEndpoint(url: string): void
    setHttpMethod(method: string): void
    setRequestHeader(name: string, value: string): void
    setRequestBody(body: string): void
    setHttpTimeout(ms: number): void
    setAuthenticationProfile(type: string, profileId: string): void
    execute(): {
        getStatusCode(): number
        getBody(): string
        getHeader(name: string): string
        getAllHeaders(): { name: string; value: string }[]
        haveError(): boolean
        getErrorMessage(): string
        getResponseAttachmentSysid(): string | null
    }
    saveResponseBodyAsAttachment(tableName: string, recordSysId: string, fileName: string): void
}

export function callMicrosoft(call: MicrosoftCall): MicrosoftResult {
    const settings = readSettings()
    const correlationId = call.correlationId || newCorrelationId()
    const url = /^https?:\/\//i.test(call.path) ? call.path : call.baseUrl + call.path
    let attempt = 0
    for (;;) {
        const exchange = send(call, url, correlationId, settings.httpTimeoutMs)
        attempt++
        if (exchange.status >= 200 && exchange.status < 300 && !exchange.tokenFailed && call.saveAs) {
            if (!exchange.attachmentId) return report(call, url, exchange, correlationId, attempt, 'the platform saved no attachment from a ' + exchange.status + ' answer: ' + (exchange.platformError || 'no reason given'))
            logDebug(call.operation + ' ' + call.method + ' ' + stripQuery(url) + ' -> ' + exchange.status + ', saved as attachment ' + exchange.attachmentId, correlationId)
            return { ok: true, status: exchange.status, body: null, headers: { get: (name: string) => headerValue(exchange.response, name) }, correlationId, attempts: attempt, attachmentId: exchange.attachmentId }
        }
        if (exchange.status >= 200 && exchange.status < 300 && !exchange.tokenFailed) {
            const parsed = call.rawBody ? { ok: true as const, value: exchange.body } : parseBody(exchange.body)
            if (parsed.ok) {
                logDebug(call.operation + ' ' + call.method + ' ' + stripQuery(url) + ' -> ' + exchange.status, correlationId)
                return {
                    ok: true,
                    status: exchange.status,
                    body: parsed.value,
                    headers: { get: (name: string) => headerValue(exchange.response, name) },
                    correlationId,
                    attempts: attempt,
                }
            }
            return report(call, url, { ...exchange, status: exchange.status }, correlationId, attempt, 'unreadable JSON in a ' + exchange.status + ' answer')
        }
        const retryable = isRetryable(exchange.status, exchange.tokenFailed)
        const maxRetries = call.maxRetries === undefined ? settings.httpMaxRetries : Math.min(call.maxRetries, settings.httpMaxRetries)
        if (retryable && attempt <= maxRetries) {
            const wait = retryDelayMs(exchange.retryAfter, attempt - 1, new GlideDateTime().getNumericValue())
            if (wait <= MAX_WAIT_MS) {
                logWarn(
                    call.operation + ' ' + call.method + ' ' + stripQuery(url) + ' answered ' + exchange.status +
                        '; retry ' + attempt + ' of ' + settings.httpMaxRetries + ' in ' + wait + ' ms',
                    correlationId,
                )
                pause(wait)
                continue
            }
        }
        return report(call, url, exchange, correlationId, attempt, '')
    }
}

function send(call: MicrosoftCall, url: string, correlationId: string, timeoutMs: number): Exchange {
    // The 27.0.5 type declarations give RESTMessageV2 a constructor that requires arguments.
    const message = new (RESTMessageV2 as unknown as new () => RestMessage)()
    message.setEndpoint(url)
    message.setHttpMethod(call.method.toLowerCase())
    message.setHttpTimeout(timeoutMs)
    if (call.profileId) message.setAuthenticationProfile('oauth2', call.profileId)
    message.setRequestHeader('Accept', call.accept || 'application/json')
    message.setRequestHeader('client-request-id', correlationId)
    const extra = call.headers || {}
    for (const name in extra) message.setRequestHeader(name, extra[name])
    if (call.body !== undefined) {
        message.setRequestHeader('Content-Type', 'application/json')
        message.setRequestBody(JSON.stringify(call.body))
    }
    if (call.saveAs) message.saveResponseBodyAsAttachment(call.saveAs.table, call.saveAs.sysId, call.saveAs.fileName)
    const response = message.execute()
    const status = response.getStatusCode()
    const platformError = response.haveError() ? response.getErrorMessage() || '' : ''
    let body = ''
    let attachmentId = ''
    if (call.saveAs) {
        // getBody() "will cause an error" once the body is saved as an attachment; a failed call's body is
        // getErrorMessage() (RESTResponseV2 docs). Whether the platform also saved an error answer is
        // undocumented: remove any attachment it made from one, so only a report stays on the record.
        attachmentId = String(response.getResponseAttachmentSysid() || '')
        if (status < 200 || status >= 300) {
            if (status >= 400) body = platformError
            if (attachmentId) new GlideSysAttachment().deleteAttachment(attachmentId)
            attachmentId = ''
        }
    } else {
        body = response.getBody() || ''
    }
    return {
        status,
        body,
        attachmentId,
        retryAfter: headerValue(response, 'Retry-After'),
        // A guess, kept only as a fallback for normal calls: the platform sends nothing when it cannot
        // get a token, and its error text for that is undocumented (it may not mention the token at all;
        // then a 401 is classified as setup_incomplete anyway). Setup's token test asks GlideOAuthClient instead.
        tokenFailed: (status === 401 || status === 0) && /token/i.test(platformError) && !body,
        platformError,
        response,
    }
}

/**
 * A response header by name, compared without case (HTTP names are case-insensitive, RFC 9110
 * section 5.1, and HTTP/2 servers send them in lower case); whether RESTResponseV2.getHeader()
 * ignores case is undocumented, so the app reads getAllHeaders() itself, walking it with for-in as
 * the documented example does (it is a Java List of GlideHTTPHeader: "RESTResponseV2 - Scoped, Global").
 */
function headerValue(response: { getAllHeaders(): { name: string; value: string }[] }, name: string): string {
    const wanted = name.toLowerCase()
    const headers = response.getAllHeaders() || []
    for (const i in headers) {
        if (String(headers[i].name).toLowerCase() === wanted) return String(headers[i].value)
    }
    return ''
}

function report(call: MicrosoftCall, url: string, exchange: Exchange, correlationId: string, attempts: number, note: string): MicrosoftResult {
    let classified = classify(exchange.status, exchange.body, exchange.tokenFailed, exchange.platformError, correlationId)
    if (classified.kind === 'setup_incomplete' && !note) {
        // No usable token, or Microsoft refused ours: ask Azure AD whether the outbound secret is the reason (one token request, only on this failure).
        const secret = diagnoseOutboundSecret(call.profileId)
        if (secret) classified = failure('outbound_secret', exchange.status, secret.code, secret.adminDetail, correlationId)
    }
    const outcome = note ? { ...classified, kind: 'unexpected' as const, messageId: 'CONTACT_APP_SUPPORT' as const, detail: note } : classified
    const log = (call.recoverable || []).indexOf(outcome.status) >= 0 ? logWarn : logError
    log(
        call.operation + ' ' + call.method + ' ' + stripQuery(url) + ' failed: ' + outcome.kind +
            ' (HTTP ' + outcome.status + (outcome.code ? ', ' + outcome.code : '') + ') after ' + attempts +
            ' attempt(s): ' + outcome.detail,
        correlationId,
    )
    return { ok: false, attempts, ...outcome }
}

function parseBody(body: string): { ok: true; value: unknown } | { ok: false } {
    if (!body) return { ok: true, value: null }
    try {
        return { ok: true, value: JSON.parse(body) }
    } catch {
        return { ok: false }
    }
}

/** Query strings can hold a user's search text: keep them out of the log. */
function stripQuery(url: string): string {
    const at = url.indexOf('?')
    return at < 0 ? url : url.substring(0, at)
}
