/**
 * Reads a JSON-RPC answer that came as JSON or as a server-sent-events body. MCP's Streamable HTTP
 * transport lets the server answer a POST either way, and an SSE stream may carry other messages
 * (notifications, requests) before the response
 * (https://modelcontextprotocol.io/specification/2025-06-18/basic/transports#sending-messages-to-the-server).
 * The event-stream format: events end at a blank line, `data:` lines are joined with "\n"
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 */

/** The data of each event in an event-stream body. */
export function sseEvents(body: string): string[] {
    const events: string[] = []
    let data: string[] = []
    const lines = body.split(/\r\n|\r|\n/)
    for (const line of lines) {
        if (line === '') {
            if (data.length) events.push(data.join('\n'))
            data = []
        } else if (line.indexOf('data:') === 0) {
            data.push(line.charAt(5) === ' ' ? line.substring(6) : line.substring(5))
        }
    }
    if (data.length) events.push(data.join('\n'))
    return events
}

export interface JsonRpcMessage {
    jsonrpc?: string
    id?: string | number | null
    method?: string
    result?: unknown
    error?: { code?: number; message?: string }
}

/** The last message answering `id` in a JSON or event-stream body; null when there is none. */
export function jsonRpcAnswer(body: string, contentType: string, id: string): JsonRpcMessage | null {
    const texts = /text\/event-stream/i.test(contentType) ? sseEvents(body) : [body]
    let found: JsonRpcMessage | null = null
    for (const text of texts) {
        let parsed: unknown
        try {
            parsed = JSON.parse(text)
        } catch {
            continue
        }
        const messages = Array.isArray(parsed) ? parsed : [parsed]
        for (const message of messages) {
            if (message && typeof message === 'object' && (message as JsonRpcMessage).id === id && !(message as JsonRpcMessage).method) found = message as JsonRpcMessage
        }
    }
    return found
}
