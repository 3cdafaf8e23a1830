/**
 * The Microsoft Learn MCP server (https://learn.microsoft.com/api/mcp), as documented:
 * - Learn: a remote MCP server over Streamable HTTP, no authentication, tools microsoft_docs_search
 *   and microsoft_docs_fetch; clients call tools/list after each initialize
 *   (https://learn.microsoft.com/en-us/training/support/mcp, .../mcp-developer-reference).
 * - MCP transport (https://modelcontextprotocol.io/specification/2025-06-18/basic/transports#streamable-http):
 *   one endpoint, JSON-RPC 2.0 messages POSTed with `Accept: application/json, text/event-stream`;
 *   the server answers a request as `application/json` or as a `text/event-stream` body whose
 *   events carry JSON-RPC messages; a notification gets 202 with no body; `initialize` may return
 *   an `Mcp-Session-Id` the client sends on every later request; a request without it gets 400,
 *   one with an unknown (expired) session gets 404 and the client must initialize again.
 * - Search result text: `{"results":[{"title","content","contentUrl"}]}` in one text content item
 *   (github.com/MicrosoftDocs/mcp README); links are en-us.
 * Which body form an answer takes is the server's choice: `learnBodyForm` decides (auto: SSE when
 * the client lists text/event-stream first, JSON otherwise).
 */
import { randomUUID } from 'node:crypto'
import { LEARN_ARTICLES } from './fixtures/learn-articles'
import type { Reply, RequestContext } from './types'

export const LEARN_MCP_PATH = '/api/mcp'
export const LEARN_PROTOCOL_VERSION = '2025-06-18'
export type LearnBodyForm = 'auto' | 'json' | 'sse'

export interface LearnState {
    sessions: Set<string>
    bodyForm: LearnBodyForm
}

export function newLearnState(): LearnState {
    return { sessions: new Set(), bodyForm: 'auto' }
}

const TOOLS = [
    {
        name: 'microsoft_docs_search',
        description: 'Search official Microsoft/Azure documentation to find the most relevant content for a query.',
        inputSchema: { type: 'object', properties: { query: { type: 'string', description: 'A query or topic about Microsoft/Azure products' } }, required: ['query'] },
    },
    {
        name: 'microsoft_docs_fetch',
        description: 'Fetch and convert a Microsoft documentation page into markdown.',
        inputSchema: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
    },
]

type JsonRpcId = string | number | null

function rpcError(status: number, id: JsonRpcId, code: number, message: string, headers: Record<string, string> = {}): Reply {
    return { status, headers, body: { jsonrpc: '2.0', id, error: { code, message } } }
}

/** One JSON-RPC answer in the chosen body form. */
function answer(state: LearnState, ctx: RequestContext, message: object, headers: Record<string, string> = {}): Reply {
    const accept = String(ctx.headers.accept ?? '').toLowerCase()
    const sse = state.bodyForm === 'sse' || (state.bodyForm === 'auto' && accept.indexOf('text/event-stream') < accept.indexOf('application/json'))
    if (!sse) return { status: 200, headers, body: message }
    // A server may send other messages on the stream before the response (spec: "The SSE stream
    // SHOULD eventually include a JSON-RPC response"): a log notification comes first here.
    const notice = { jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'searching' } }
    const raw = `event: message\ndata: ${JSON.stringify(notice)}\n\nevent: message\ndata: ${JSON.stringify(message)}\n\n`
    return { status: 200, headers: { ...headers, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' }, raw }
}

/** The fixture articles sharing the most words with the query (the real service ranks semantically). */
export function searchArticles(query: string, top = 10) {
    const words = new Set(query.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2))
    return LEARN_ARTICLES.map((article) => {
        const text = (article.title + ' ' + article.content).toLowerCase().split(/[^a-z0-9]+/)
        return { article, score: text.filter((w) => words.has(w)).length }
    })
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, top)
        .map((s) => s.article)
}

export function handleLearnMcp(state: LearnState, ctx: RequestContext): Reply {
    if (ctx.method !== 'POST') return { status: 405, headers: { Allow: 'POST' }, body: { error: 'Method Not Allowed' } }
    const accept = String(ctx.headers.accept ?? '').toLowerCase()
    if (!accept.includes('application/json') || !accept.includes('text/event-stream')) {
        ctx.note.requestErrors.push('Accept must list application/json and text/event-stream')
        return rpcError(406, null, -32000, 'Not Acceptable: Client must accept both application/json and text/event-stream')
    }
    let message: { jsonrpc?: unknown; id?: JsonRpcId; method?: unknown; params?: any }
    try {
        message = JSON.parse(ctx.rawBody.toString('utf8'))
    } catch {
        return rpcError(400, null, -32700, 'Parse error')
    }
    if (!message || message.jsonrpc !== '2.0' || typeof message.method !== 'string') return rpcError(400, message?.id ?? null, -32600, 'Invalid Request')
    const method = message.method
    ctx.note.operation = 'learn:' + method
    const id = message.id === undefined ? undefined : message.id
    if (method === 'initialize') {
        const sessionId = randomUUID()
        state.sessions.add(sessionId)
        const result = { protocolVersion: LEARN_PROTOCOL_VERSION, capabilities: { tools: { listChanged: true } }, serverInfo: { name: 'Microsoft Learn MCP Server (simulated)', version: '1.0.0' } }
        return answer(state, ctx, { jsonrpc: '2.0', id: id ?? null, result }, { 'Mcp-Session-Id': sessionId })
    }
    const sessionId = String(ctx.headers['mcp-session-id'] ?? '')
    if (!sessionId) return rpcError(400, id ?? null, -32000, 'Bad Request: No valid session ID provided')
    if (!state.sessions.has(sessionId)) return rpcError(404, id ?? null, -32001, 'Session not found')
    if (id === undefined) return { status: 202, raw: '' }
    if (method === 'tools/list') return answer(state, ctx, { jsonrpc: '2.0', id, result: { tools: TOOLS } })
    if (method === 'tools/call') {
        const name = message.params?.name
        const query = message.params?.arguments?.query
        if (name !== 'microsoft_docs_search') return answer(state, ctx, { jsonrpc: '2.0', id, error: { code: -32602, message: `Unknown tool: ${String(name)}` } })
        if (typeof query !== 'string' || !query.trim()) return answer(state, ctx, { jsonrpc: '2.0', id, error: { code: -32602, message: 'query is required' } })
        const text = JSON.stringify({ results: searchArticles(query) })
        return answer(state, ctx, { jsonrpc: '2.0', id, result: { content: [{ type: 'text', text }], isError: false } })
    }
    return answer(state, ctx, { jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } })
}

/** An injected fault on the Learn endpoint: a JSON-RPC error body with the status. */
export function learnFault(status: number, retryAfter: number | undefined): Reply {
    const headers: Record<string, string> = status === 429 || status === 503 ? { 'Retry-After': String(retryAfter ?? 1) } : {}
    const message = status === 404 ? 'Session not found' : status === 400 ? 'Bad Request' : status === 429 ? 'Too Many Requests' : `Injected fault ${status}`
    return rpcError(status, null, -32000, message, headers)
}
