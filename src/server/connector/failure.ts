/**
 * Error classification for calls to Microsoft: pure functions from what came back to what the
 * user is told. The three things Microsoft's troubleshooting page has (PRODUCT.md): finish
 * Setup, finish Setup's final step (the Microsoft 365 admin center side), or contact app
 * support; and, found by asking Azure AD (secret-check.ts), a refused outbound client secret,
 * which points at the real fix rather than at Setup. The admin-account message is the caller's
 * to show when Microsoft refuses the contact email.
 */
import { MessageId } from '../messages/catalogue'

/** What the caller can act on. */
export type FailureKind =
    | 'setup_incomplete' // nothing configured, or the OAuth provider cannot get a token
    | 'outbound_secret' // Azure AD refused the outbound provider's client secret (wrong or expired)
    | 'final_step_missing' // Microsoft does not know this tenant's app or repository yet
    | 'invalid_admin' // Microsoft refused the contact email as an admin
    | 'throttled' // 429 after the retries the budget allowed
    | 'unavailable' // 5xx or no answer after retries
    | 'rejected' // 4xx Microsoft said was our fault (bad input, conflict, too large)
    | 'not_found' // the case or resource does not exist
    | 'unexpected' // anything else: unreadable answer, unknown code

export interface MicrosoftFailure {
    kind: FailureKind
    messageId: MessageId
    /** HTTP status, 0 when there was no answer or no call. */
    status: number
    /** Microsoft's ErrorCode when the body had one. */
    code: string
    /** Microsoft's (or the platform's) explanation, for the log and the admin; never a secret. */
    detail: string
    correlationId: string
}

const MESSAGE_FOR: Record<FailureKind, MessageId> = {
    setup_incomplete: 'SETUP_INCOMPLETE',
    outbound_secret: 'OUTBOUND_SECRET_REJECTED',
    final_step_missing: 'FINAL_SETUP_STEP_MISSING',
    invalid_admin: 'INVALID_ADMIN_ACCOUNT',
    throttled: 'CONTACT_APP_SUPPORT',
    unavailable: 'CONTACT_APP_SUPPORT',
    rejected: 'CONTACT_APP_SUPPORT',
    not_found: 'CONTACT_APP_SUPPORT',
    unexpected: 'CONTACT_APP_SUPPORT',
}

export function failure(kind: FailureKind, status: number, code: string, detail: string, correlationId: string): MicrosoftFailure {
    return { kind, messageId: MESSAGE_FOR[kind], status, code, detail, correlationId }
}

/** Reads Microsoft's error body (`{error:{code,message}}`, Graph and AAD shapes too). */
export function readErrorBody(body: string): { code: string; message: string } {
    try {
        const parsed = JSON.parse(body) as { error?: unknown; error_description?: unknown }
        const error = parsed && parsed.error
        if (error && typeof error === 'object') {
            const e = error as { code?: unknown; message?: unknown }
            return { code: typeof e.code === 'string' ? e.code : '', message: typeof e.message === 'string' ? e.message : '' }
        }
        if (typeof error === 'string') {
            return { code: error, message: typeof parsed.error_description === 'string' ? parsed.error_description : '' }
        }
    } catch {
        // Not JSON: the status alone decides.
    }
    return { code: '', message: '' }
}

/**
 * Classifies a finished exchange that did not succeed.
 * `tokenFailed` is the platform saying it could not get an OAuth token (no request was sent).
 */
export function classify(status: number, body: string, tokenFailed: boolean, platformError: string, correlationId: string): MicrosoftFailure {
    if (tokenFailed) {
        return failure('setup_incomplete', status, 'TokenUnavailable', platformError || 'The OAuth provider could not obtain a token', correlationId)
    }
    if (status === 0) return failure('unavailable', 0, 'NoResponse', platformError || 'No response from Microsoft', correlationId)
    const { code, message } = readErrorBody(body)
    const detail = message || platformError || 'HTTP ' + status
    if (code === 'InvalidAdmin') return failure('invalid_admin', status, code, detail, correlationId)
    if (code === 'TenantNotConfigured' || code === 'RepositoryNotRegistered') return failure('final_step_missing', status, code, detail, correlationId)
    if (status === 401 || code === 'InvalidToken') return failure('setup_incomplete', status, code || 'InvalidToken', detail, correlationId)
    if (status === 429) return failure('throttled', status, code || 'Throttled', detail, correlationId)
    if (status >= 500) return failure('unavailable', status, code || 'ServerError', detail, correlationId)
    if (status === 404) return failure('not_found', status, code || 'NotFound', detail, correlationId)
    if (status >= 400) return failure('rejected', status, code || 'Rejected', detail, correlationId)
    return failure('unexpected', status, code || 'Unexpected', detail, correlationId)
}

/** True when another attempt may succeed: throttling, server trouble, no answer. Never a 4xx mistake. */
export function isRetryable(status: number, tokenFailed: boolean): boolean {
    if (tokenFailed) return false
    return status === 0 || status === 429 || status === 502 || status === 503 || status === 504
}

/**
 * Seconds to wait before the next attempt: Retry-After (seconds or an HTTP date) when given,
 * else exponential backoff from half a second. `nowMs` makes the HTTP-date form testable.
 */
export function retryDelayMs(retryAfter: string, attempt: number, nowMs: number): number {
    const text = (retryAfter || '').trim()
    if (/^\d+$/.test(text)) return Number(text) * 1000
    if (text) {
        const at = Date.parse(text)
        if (!isNaN(at)) return Math.max(0, at - nowMs)
    }
    return 500 * Math.pow(2, attempt)
}
