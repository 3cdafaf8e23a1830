/**
 * The one way client pages talk to the instance: the app's scripted REST API, authenticated
 * by the session's `g_ck` token (never GlideAjax). Errors come back as the catalogue message
 * the server chose, with its correlation id.
 */
declare global {
    interface Window {
        g_ck?: string
    }
}

export const API_BASE = '/api/x_mioms_m365_assis/v1'

export interface ApiError {
    status: number
    message: string
    correlationId?: string
}

interface ErrorBody {
    message?: string
    detail?: string
    correlationId?: string
}

export class ApiRequestError extends Error {
    readonly status: number
    readonly correlationId?: string
    constructor(error: ApiError) {
        super(error.message)
        this.status = error.status
        this.correlationId = error.correlationId
    }
}

export async function callApi<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (window.g_ck) headers['X-UserToken'] = window.g_ck
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(API_BASE + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
    })
    return readApiResponse<T>(response)
}

/** The result of an answer from the app's API, or an ApiRequestError with the server's message. */
export async function readApiResponse<T>(response: Response): Promise<T> {
    const text = await response.text()
    const parsed = text ? safeJson(text) : undefined
    if (!response.ok) {
        // App errors arrive as { result: { error } } (scripted REST wraps setBody), platform
        // errors (401/403 before the route runs) as { error: { message, detail }, status }.
        const envelope = parsed as { result?: { error?: ErrorBody }; error?: ErrorBody } | undefined
        const error = envelope?.result?.error ?? envelope?.error
        throw new ApiRequestError({
            status: response.status,
            message: error?.message || response.statusText,
            correlationId: error?.correlationId,
        })
    }
    // Scripted REST wraps bodies in { result: ... }.
    const result = (parsed as { result?: T } | undefined)?.result
    return (result === undefined ? parsed : result) as T
}

function safeJson(text: string): unknown {
    try {
        return JSON.parse(text)
    } catch {
        return undefined
    }
}
