/**
 * The Microsoft Learn client against the simulated Learn MCP server (own process, real HTTP on
 * 127.0.0.1): both body forms, one initialize + tools/list per session kept in a table row,
 * a new session on 404, tools refreshed on 400, 429 honoured and finally reported.
 */
import { PROPERTY } from '../../../src/server/config/settings'
import { searchLearn } from '../../../src/server/solutions/learn-client'
import { LEARN_SESSION_TABLE } from '../../../src/server/solutions/learn-session'
import { useSimulator } from '../../support/simulator-process'
import { connectPlatform } from '../../support/connected-platform'

const sim = useSimulator()

interface Entry {
    operation: string | null
    status: number
    path: string
    authKind: string
}
const learnCalls = async () => (await sim.control<Entry[]>('GET', '/_sim/journal')).filter((e) => e.path === '/api/mcp').map((e) => `${e.operation} ${e.status}`)

function learnPlatform() {
    const { platform } = connectPlatform(sim.url, { solutionsSource: 'learn' })
    return platform
}

const QUERY = 'Outlook cannot connect to Exchange Online'

describe('Microsoft Learn client', () => {
    it.each(['json', 'sse'] as const)('reads a %s answer, strips the locale from links, and sends no credentials', async (bodyForm) => {
        await sim.control('PUT', '/_sim/learn', { bodyForm })
        learnPlatform()
        const result = searchLearn(QUERY, 3)
        expect(result.ok).toBe(true)
        if (!result.ok) return
        expect(result.value.length).toBeGreaterThan(0)
        expect(result.value.length).toBeLessThanOrEqual(3)
        expect(result.value[0].title).toContain('Outlook')
        for (const s of result.value) {
            expect(s.url).toMatch(/^https:\/\/learn\.microsoft\.com\//)
            expect(s.url).not.toMatch(/\/en-us\//)
            expect(s.source).toBe('microsoftLearn')
        }
        expect(await learnCalls()).toEqual(['learn:initialize 200', 'learn:notifications/initialized 202', 'learn:tools/list 200', 'learn:tools/call 200'])
        const journal = await sim.control<Entry[]>('GET', '/_sim/journal')
        expect(journal.every((e) => e.authKind === 'none')).toBe(true)
    })

    it('initializes once: the session and tools live in a table row and the next search reuses them', async () => {
        const platform = learnPlatform()
        expect(searchLearn(QUERY, 3).ok).toBe(true)
        expect(searchLearn('Teams sign in problems', 3).ok).toBe(true)
        expect(await learnCalls()).toEqual(['learn:initialize 200', 'learn:notifications/initialized 202', 'learn:tools/list 200', 'learn:tools/call 200', 'learn:tools/call 200'])
        const rows = platform.store.query(LEARN_SESSION_TABLE, {})
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ endpoint: sim.url + '/api/mcp', tools: 'microsoft_docs_search,microsoft_docs_fetch' })
        expect(String(rows[0].session_id)).toMatch(/^[0-9a-f-]{36}$/)
    })

    it('starts a new session when Learn no longer knows it (404)', async () => {
        const platform = learnPlatform()
        expect(searchLearn(QUERY, 3).ok).toBe(true)
        const first = platform.store.query(LEARN_SESSION_TABLE, {})[0].session_id
        await sim.control('PUT', '/_sim/learn', { expireSessions: true })
        await sim.control('DELETE', '/_sim/journal')
        const result = searchLearn(QUERY, 3)
        expect(result.ok).toBe(true)
        expect(await learnCalls()).toEqual(['learn:tools/call 404', 'learn:initialize 200', 'learn:notifications/initialized 202', 'learn:tools/list 200', 'learn:tools/call 200'])
        expect(platform.store.query(LEARN_SESSION_TABLE, {})[0].session_id).not.toBe(first)
    })

    it('lists the tools again after a 400 and asks again', async () => {
        learnPlatform()
        expect(searchLearn(QUERY, 3).ok).toBe(true)
        await sim.control('POST', '/_sim/faults', { pattern: '/api/mcp', status: 400, times: 1 })
        await sim.control('DELETE', '/_sim/journal')
        expect(searchLearn(QUERY, 3).ok).toBe(true)
        expect(await learnCalls()).toEqual(['fault:400 400', 'learn:tools/list 200', 'learn:tools/call 200'])
    })

    it('reports a second 400 instead of looping', async () => {
        learnPlatform()
        expect(searchLearn(QUERY, 3).ok).toBe(true)
        await sim.control('POST', '/_sim/faults', { pattern: '/api/mcp', status: 400 })
        const result = searchLearn(QUERY, 3)
        expect(result).toMatchObject({ ok: false, kind: 'rejected', status: 400, messageId: 'CONTACT_APP_SUPPORT' })
    })

    it('honours 429 with Retry-After like every Microsoft call, and reports throttling when it persists', async () => {
        const platform = learnPlatform()
        platform.setProperty(PROPERTY.httpMaxRetries, '2')
        await sim.control('POST', '/_sim/faults', { pattern: '/api/mcp', status: 429, retryAfter: 0, times: 1 })
        expect(searchLearn(QUERY, 3).ok).toBe(true)
        expect(await learnCalls()).toEqual(['fault:429 429', 'learn:initialize 200', 'learn:notifications/initialized 202', 'learn:tools/list 200', 'learn:tools/call 200'])
        await sim.control('POST', '/_sim/faults', { pattern: '/api/mcp', status: 429, retryAfter: 0 })
        await sim.control('DELETE', '/_sim/journal')
        const result = searchLearn(QUERY, 3)
        expect(result).toMatchObject({ ok: false, kind: 'throttled', status: 429, messageId: 'CONTACT_APP_SUPPORT' })
        // the first attempt and the two retries the property allows, then the failure
        expect(await learnCalls()).toEqual(['fault:429 429', 'fault:429 429', 'fault:429 429'])
    })

    it('returns an empty list when Learn finds nothing', () => {
        learnPlatform()
        const result = searchLearn('zzzz qqqq', 3)
        expect(result).toMatchObject({ ok: true, value: [] })
    })
})
