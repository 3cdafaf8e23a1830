/** Messages between RESTMessageV2 (main thread) and the HTTP worker thread. */
export interface WireRequest {
    url: string
    method: string
    headers: Record<string, string>
    body: string | null
    timeoutMs: number
    /** Also hand the body back as bytes (base64): RESTMessageV2.saveResponseBodyAsAttachment keeps it byte for byte. */
    binary?: boolean
}

export interface WireResponse {
    /** HTTP status; 0 when no response arrived (connection failure or timeout). */
    status: number
    headers: [string, string][]
    body: string
    /** The body's bytes in base64, when the request asked for them (binary). */
    bodyBase64?: string
    /** Set when no response arrived. */
    error?: { code: string; message: string }
    durationMs: number
}
