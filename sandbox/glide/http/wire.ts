/** Messages between RESTMessageV2 (main thread) and the HTTP worker thread. */
export interface WireRequest {
    url: string
    method: string
    headers: Record<string, string>
    body: string | null
    timeoutMs: number
}

export interface WireResponse {
    /** HTTP status; 0 when no response arrived (connection failure or timeout). */
    status: number
    headers: [string, string][]
    body: string
    /** Set when no response arrived. */
    error?: { code: string; message: string }
    durationMs: number
}
