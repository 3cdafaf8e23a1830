/**
 * The pure halves of the Learn client (locale-free links, JSON-RPC answers in JSON or SSE
 * bodies) and the simulated Learn MCP server's protocol rules, spoken to directly over HTTP.
 */
import { startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { withoutLocale } from '../../../src/server/solutions/learn-links'
import { jsonRpcAnswer, sseEvents } from '../../../src/server/solutions/sse'

describe('Learn links', () => {
    it.each([
        ['https://learn.microsoft.com/en-us/troubleshoot/exchange/x?view=1#a', 'https://learn.microsoft.com/troubleshoot/exchange/x?view=1#a'],
        ['https://learn.microsoft.com/zh-cn/training/support/mcp', 'https://learn.microsoft.com/training/support/mcp'],
        ['https://learn.microsoft.com/sr-latn-rs/azure/', 'https://learn.microsoft.com/azure/'],
        ['https://learn.microsoft.com/azure/storage', 'https://learn.microsoft.com/azure/storage'],
        ['https://learn.microsoft.com/ef/core', 'https://learn.microsoft.com/ef/core'],
        ['https://learn.microsoft.com/en-us', 'https://learn.microsoft.com/'],
    ])('%s → %s', (from, to) => expect(withoutLocale(from)).toBe(to))
})

describe('JSON-RPC answers', () => {
    const answer = { jsonrpc: '2.0', id: 'req-1', result: { ok: 1 } }
    it('reads a JSON body', () => expect(jsonRpcAnswer(JSON.stringify(answer), 'application/json; charset=utf-8', 'req-1')).toEqual(answer))
    it('reads the last message with the id from an SSE body, skipping notifications and other ids', () => {
        const body =
            'event: message\r\ndata: {"jsonrpc":"2.0","method":"notifications/message","params":{}}\r\n\r\n' +
            ': a comment\nid: 7\ndata: {"jsonrpc":"2.0","id":"other","result":{}}\n\n' +
            'data: {"jsonrpc":"2.0","id":"req-1",\ndata: "result":{"first":true}}\n\n' +
            `data:${JSON.stringify(answer)}\n\n`
        expect(sseEvents(body)).toHaveLength(4)
        expect(jsonRpcAnswer(body, 'text/event-stream', 'req-1')).toEqual(answer)
    })
    it('finds nothing when no message has the id', () => expect(jsonRpcAnswer('data: {"jsonrpc":"2.0","id":"x","result":{}}\n\n', 'text/event-stream', 'req-1')).toBeNull())
})

describe('simulated Learn MCP server', () => {
    let sim: RunningSimulator
    beforeAll(async () => {
        sim = await startSimulator()
    })
    afterAll(() => sim.close())
    const BOTH = 'application/json, text/event-stream'
    const post = (body: unknown, headers: Record<string, string> = {}) =>
        fetch(sim.url + '/api/mcp', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: BOTH, ...headers }, body: JSON.stringify(body) })
    const init = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } }

    it('refuses a client that does not accept both body forms (406)', async () => {
        expect((await post(init, { Accept: 'application/json' })).status).toBe(406)
    })
    it('answers initialize with a session id; 400 without one, 404 for an unknown one, 202 for a notification', async () => {
        const opened = await post(init)
        const session = opened.headers.get('mcp-session-id')!
        expect(session).toMatch(/^[0-9a-f-]{36}$/)
        expect((await opened.json()).result.protocolVersion).toBe('2025-06-18')
        expect((await post({ jsonrpc: '2.0', id: 2, method: 'tools/list' })).status).toBe(400)
        expect((await post({ jsonrpc: '2.0', id: 2, method: 'tools/list' }, { 'Mcp-Session-Id': 'gone' })).status).toBe(404)
        expect((await post({ jsonrpc: '2.0', method: 'notifications/initialized' }, { 'Mcp-Session-Id': session })).status).toBe(202)
        const tools = await (await post({ jsonrpc: '2.0', id: 3, method: 'tools/list' }, { 'Mcp-Session-Id': session })).json()
        expect(tools.result.tools.map((t: { name: string }) => t.name)).toContain('microsoft_docs_search')
    })
    it('answers as an event stream when the client lists text/event-stream first, or when switched to SSE', async () => {
        const stream = await post(init, { Accept: 'text/event-stream, application/json' })
        expect(stream.headers.get('content-type')).toBe('text/event-stream')
        expect(jsonRpcAnswer(await stream.text(), 'text/event-stream', 1 as unknown as string)).toMatchObject({ id: 1 })
        sim.control.learnSettings({ bodyForm: 'sse' })
        const session = (await post(init)).headers.get('mcp-session-id')!
        const search = await post({ jsonrpc: '2.0', id: 'q', method: 'tools/call', params: { name: 'microsoft_docs_search', arguments: { query: 'OneDrive sync' } } }, { 'Mcp-Session-Id': session })
        expect(search.headers.get('content-type')).toBe('text/event-stream')
        const answer = jsonRpcAnswer(await search.text(), 'text/event-stream', 'q') as { result: { content: { text: string }[] } }
        const results = JSON.parse(answer.result.content[0].text).results
        expect(results[0]).toMatchObject({ title: 'OneDrive sync problems', contentUrl: expect.stringContaining('/en-us/') })
    })
})
