/**
 * Recommended solutions from the Microsoft Learn MCP server (https://learn.microsoft.com/api/mcp;
 * https://learn.microsoft.com/en-us/training/support/mcp): JSON-RPC 2.0 over MCP's Streamable
 * HTTP transport, no authentication, each message one POST through the app's one outbound path.
 * - `initialize` + `notifications/initialized` + `tools/list` once per session; the session id,
 *   protocol version and tools are kept in a table row (learn-session.ts), not in memory.
 * - 404 means Learn forgot the session: start a new one and ask again (MCP transport, "Session
 *   Management"); 400 means the request no longer fits: list the tools again and ask again
 *   (Microsoft asks custom clients to refresh tools, mcp-developer-reference). Each once per search.
 * - 429 and 5xx are retried by callMicrosoft (Retry-After honoured), as for every Microsoft call.
 * What is sent: the search text only (the incident's short description and description, or what
 * the agent typed). Synchronous (Rhino): call it from a route or async work, never a synchronous rule.
 */
import { readSettings } from '../config/settings'
import { Outcome } from '../connector/connector-client'
import { failure } from '../connector/failure'
import { callMicrosoft } from '../connector/microsoft-http'
import { Solution } from '../connector/types'
import { newCorrelationId } from '../diagnostics/logger'
import { LearnSession, clearLearnSession, readLearnSession, saveLearnSession } from './learn-session'
import { withoutLocale } from './learn-links'
import { jsonRpcAnswer } from './sse'

export const SEARCH_TOOL = 'microsoft_docs_search'
/** The MCP revision this client speaks (sent in `initialize`; the server may answer another it supports). */
export const MCP_PROTOCOL_VERSION = '2025-06-18'
/** Learn's search returns chunks of articles; the panel shows a short summary. */
export const SUMMARY_LENGTH = 400

type Rpc = Outcome<unknown> & { sessionId?: string }

/** Searches Microsoft Learn; at most `top` solutions, links without their locale. */
export function searchLearn(query: string, top: number, correlationId?: string): Outcome<Solution[]> {
    const id = correlationId || newCorrelationId()
    const endpoint = readSettings().learnMcpUrl
    let session = readLearnSession(endpoint)
    let renewed = false
    let refreshed = false
    for (;;) {
        if (!session) {
            const opened = openSession(endpoint, id)
            if (opened.ok === false) return opened
            session = opened.value
            renewed = true
        }
        if (session.tools.indexOf(SEARCH_TOOL) < 0) {
            return { ok: false, ...failure('unexpected', 200, 'ToolMissing', 'Microsoft Learn does not list ' + SEARCH_TOOL + ' (tools: ' + session.tools.join(', ') + ')', id) }
        }
        const call = rpc(endpoint, session, 'tools/call', { name: SEARCH_TOOL, arguments: { query: query.substring(0, 1000) } }, id, [400, 404])
        if (call.ok === false && call.status === 404 && !renewed) {
            clearLearnSession(endpoint)
            session = null
            continue
        }
        if (call.ok === false && call.status === 400 && !refreshed) {
            refreshed = true
            const tools = listTools(endpoint, session, id)
            if (tools.ok === false) return tools
            session = { ...session, tools: tools.value }
            saveLearnSession(endpoint, session)
            continue
        }
        if (call.ok === false) return call
        return readResults(call.value, top, call.status, id)
    }
}

/**
 * Diagnostics' probe: the tools Learn lists now, by one tools/list exchange in the kept session,
 * or in a new session when none is kept or Learn no longer knows it. Reads only: a new session is
 * not kept (a check writes nothing), and no call is retried (no check blocks longer than one timeout).
 */
export function listLearnTools(correlationId: string): Outcome<string[]> {
    const endpoint = readSettings().learnMcpUrl
    const kept = readLearnSession(endpoint)
    if (kept) {
        const tools = listTools(endpoint, kept, correlationId, [404], 0)
        if (tools.ok === true || tools.status !== 404) return tools
    }
    const opened = openSession(endpoint, correlationId, false, 0)
    if (opened.ok === false) return opened
    return { ok: true, value: opened.value.tools, status: opened.status, correlationId }
}

/** initialize → notifications/initialized → tools/list, then (unless `keep` is false) keeps the session in its row. */
function openSession(endpoint: string, correlationId: string, keep = true, maxRetries?: number): Outcome<LearnSession> {
    const init = rpc(endpoint, null, 'initialize', {
        protocolVersion: MCP_PROTOCOL_VERSION,
        capabilities: {},
        clientInfo: { name: 'x_mioms_m365_assis', version: '1.0.0' },
    }, correlationId, [], maxRetries)
    if (init.ok === false) return init
    const result = init.value as { protocolVersion?: unknown } | null
    const session: LearnSession = {
        sessionId: init.sessionId || '',
        protocolVersion: result && typeof result.protocolVersion === 'string' ? result.protocolVersion : MCP_PROTOCOL_VERSION,
        tools: [],
    }
    const initialized = notify(endpoint, session, 'notifications/initialized', correlationId, maxRetries)
    if (initialized.ok === false) return initialized
    const tools = listTools(endpoint, session, correlationId, [], maxRetries)
    if (tools.ok === false) return tools
    session.tools = tools.value
    if (keep) saveLearnSession(endpoint, session)
    return { ok: true, value: session, status: 200, correlationId }
}

function listTools(endpoint: string, session: LearnSession, correlationId: string, recoverable: number[] = [], maxRetries?: number): Outcome<string[]> {
    const answer = rpc(endpoint, session, 'tools/list', {}, correlationId, recoverable, maxRetries)
    if (answer.ok === false) return answer
    const tools = answer.value && typeof answer.value === 'object' ? (answer.value as { tools?: unknown }).tools : undefined
    if (!Array.isArray(tools)) return { ok: false, ...failure('unexpected', answer.status, 'ContractViolation', 'tools/list: no tools array', correlationId) }
    const names = tools.map((tool) => (tool && typeof tool === 'object' ? String((tool as { name?: unknown }).name || '') : '')).filter((name) => name !== '')
    return { ok: true, value: names, status: answer.status, correlationId }
}

function headersFor(session: LearnSession | null): Record<string, string> {
    if (!session) return {}
    const headers: Record<string, string> = { 'MCP-Protocol-Version': session.protocolVersion }
    if (session.sessionId) headers['Mcp-Session-Id'] = session.sessionId
    return headers
}

function post(endpoint: string, session: LearnSession | null, operation: string, body: unknown, correlationId: string, recoverable: number[], maxRetries?: number) {
    return callMicrosoft({
        operation: 'learn ' + operation,
        method: 'POST',
        baseUrl: endpoint,
        path: '',
        profileId: '',
        accept: 'application/json, text/event-stream',
        rawBody: true,
        recoverable,
        headers: headersFor(session),
        body,
        correlationId,
        maxRetries,
    })
}

/** One JSON-RPC request; the result of the answer with its id (JSON or SSE body). */
function rpc(endpoint: string, session: LearnSession | null, method: string, params: unknown, correlationId: string, recoverable: number[], maxRetries?: number): Rpc {
    const id = newCorrelationId()
    const sent = post(endpoint, session, method, { jsonrpc: '2.0', id, method, params }, correlationId, recoverable, maxRetries)
    if (sent.ok === false) return { ok: false, kind: sent.kind, messageId: sent.messageId, status: sent.status, code: sent.code, detail: sent.detail, correlationId: sent.correlationId }
    const answer = jsonRpcAnswer(String(sent.body || ''), sent.headers.get('Content-Type'), id)
    if (!answer) return { ok: false, ...failure('unexpected', sent.status, 'NoJsonRpcAnswer', method + ': no JSON-RPC answer with the request id', correlationId) }
    if (answer.error) {
        const detail = method + ': JSON-RPC error ' + String(answer.error.code) + ' ' + String(answer.error.message || '')
        return { ok: false, ...failure('rejected', sent.status, 'JsonRpc' + String(answer.error.code), detail, correlationId) }
    }
    return { ok: true, value: answer.result, status: sent.status, correlationId, sessionId: sent.headers.get('Mcp-Session-Id') }
}

/** A notification: no id, the server answers 202 with no body. */
function notify(endpoint: string, session: LearnSession, method: string, correlationId: string, maxRetries?: number): Outcome<null> {
    const sent = post(endpoint, session, method, { jsonrpc: '2.0', method }, correlationId, [], maxRetries)
    if (sent.ok === false) return { ok: false, kind: sent.kind, messageId: sent.messageId, status: sent.status, code: sent.code, detail: sent.detail, correlationId: sent.correlationId }
    return { ok: true, value: null, status: sent.status, correlationId }
}

interface LearnResult {
    title?: unknown
    content?: unknown
    contentUrl?: unknown
}

/** tools/call result: text content holding `{"results":[{title, content, contentUrl}]}`. */
function readResults(result: unknown, top: number, status: number, correlationId: string): Outcome<Solution[]> {
    const r = result && typeof result === 'object' ? (result as { content?: unknown; isError?: unknown }) : {}
    const texts = Array.isArray(r.content) ? r.content.filter((c) => c && c.type === 'text' && typeof c.text === 'string').map((c) => c.text as string) : []
    if (r.isError === true) return { ok: false, ...failure('unexpected', status, 'ToolError', SEARCH_TOOL + ' failed: ' + texts.join(' ').substring(0, 300), correlationId) }
    let results: unknown = undefined
    try {
        results = texts.length ? (JSON.parse(texts[0]) as { results?: unknown }).results : undefined
    } catch {
        results = undefined
    }
    if (!Array.isArray(results)) return { ok: false, ...failure('unexpected', status, 'ContractViolation', SEARCH_TOOL + ': no results array in the answer', correlationId) }
    const solutions: Solution[] = []
    for (const item of results as LearnResult[]) {
        if (solutions.length >= top) break
        if (!item || typeof item.contentUrl !== 'string' || typeof item.title !== 'string') continue
        const url = withoutLocale(item.contentUrl)
        solutions.push({ id: url, title: item.title, summary: summaryOf(item.content), url, source: 'microsoftLearn', score: 0 })
    }
    return { ok: true, value: solutions, status, correlationId }
}

function summaryOf(content: unknown): string {
    const text = typeof content === 'string' ? content.replace(/\s+/g, ' ').trim() : ''
    if (text.length <= SUMMARY_LENGTH) return text
    const cut = text.substring(0, SUMMARY_LENGTH)
    const space = cut.lastIndexOf(' ')
    return (space > SUMMARY_LENGTH / 2 ? cut.substring(0, space) : cut) + '…'
}
