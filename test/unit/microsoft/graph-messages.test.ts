/**
 * The simulator's Message center (Graph serviceAnnouncement/messages): Graph's serviceUpdateMessage
 * shape (strict mode validates every answer), paging with Prefer: odata.maxpagesize and nextLinks,
 * the lastModifiedDateTime filter, the control API that adds and changes posts, injected 429, and
 * 403 unless the app holds ServiceMessage.Read.All.
 */
import { startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { call, token } from '../../../sandbox/microsoft/testing'

let sim: RunningSimulator
let graph: string
const MESSAGES = '/v1.0/admin/serviceAnnouncement/messages'
const BASE = '2026-11-20T00:00:00.000Z'

beforeAll(async () => {
    sim = await startSimulator({ strict: true })
    graph = await token(sim.url, { resource: 'https://graph.microsoft.com' })
})
afterAll(() => sim.close())
beforeEach(() => {
    sim.control.seedMessages({ baseTime: BASE })
    sim.control.clearFaults()
    sim.control.clearJournals()
})

async function all(url: string, pageSize?: number) {
    const pages: any[] = []
    let next: string | undefined = url
    while (next) {
        const res = await call(next, { token: graph, headers: pageSize ? { Prefer: `odata.maxpagesize=${pageSize}` } : {} })
        expect(res.status).toBe(200)
        pages.push(res.json)
        next = res.json['@odata.nextLink']
    }
    return pages
}

describe('Graph Message center', () => {
    it("answers Graph's serviceUpdateMessage shape, across services, with no contract error", async () => {
        const [pageOne] = await all(`${sim.url}${MESSAGES}`)
        expect(pageOne['@odata.context']).toBe(`${sim.url}/v1.0/$metadata#admin/serviceAnnouncement/messages`)
        const posts = pageOne.value
        expect(posts.length).toBeGreaterThanOrEqual(8)
        for (const p of posts) {
            expect(p.id).toMatch(/^MC\d+$/)
            expect(['planForChange', 'preventOrFixIssue', 'stayInformed']).toContain(p.category)
            expect(['normal', 'high', 'critical']).toContain(p.severity)
            expect(p.body.contentType).toBe('html')
        }
        expect(new Set(posts.flatMap((p: { services: string[] }) => p.services)).size).toBeGreaterThanOrEqual(6)
        expect(posts.some((p: { actionRequiredByDateTime: string | null }) => p.actionRequiredByDateTime === null)).toBe(true)
        expect(posts.some((p: { isMajorChange: boolean }) => p.isMajorChange)).toBe(true)
        const one = await call(`${sim.url}${MESSAGES}/MC900101`, { token: graph })
        expect(one.json).toMatchObject({ id: 'MC900101', services: ['Exchange Online'], actionRequiredByDateTime: '2026-12-02T00:00:00.000Z' })
        expect((await call(`${sim.url}${MESSAGES}/MC1`, { token: graph })).status).toBe(404)
        expect(sim.control.journal().filter((e) => e.contractErrors.length)).toEqual([])
    })

    it('pages with Prefer: odata.maxpagesize and keeps the filter across pages', async () => {
        for (let i = 0; i < 12; i++) sim.control.addMessage({ id: `MC7000${10 + i}`, title: `Post ${i}`, services: ['Exchange Online'], lastModifiedDateTime: new Date(Date.parse(BASE) + (i + 1) * 60_000).toISOString() })
        const pages = await all(`${sim.url}${MESSAGES}`, 5)
        expect(pages.map((p) => p.value.length)).toEqual([5, 5, 5, 5, 1])
        const since = new Date(Date.parse(BASE) + 6 * 60_000).toISOString()
        const changed = (await all(`${sim.url}${MESSAGES}?$filter=${encodeURIComponent(`lastModifiedDateTime gt ${since}`)}`, 2)).flatMap((p) => p.value)
        expect(changed.map((m: { id: string }) => m.id)).toEqual(['MC700016', 'MC700017', 'MC700018', 'MC700019', 'MC700020', 'MC700021'])
    })

    it('changes a post through the control API with a later lastModifiedDateTime, and refuses what Graph never sends', async () => {
        const before = sim.control.state().messages
        const changed = sim.control.updateMessage('MC900106', { actionRequiredByDateTime: '2027-01-31T00:00:00Z', content: '<p>The date moved.</p>' })
        expect(changed.lastModifiedDateTime > '2026-11-14T00:00:00.000Z').toBe(true)
        expect(changed.body.content).toBe('<p>The date moved.</p>')
        const res = await call(`${sim.url}/_sim/messages`, { method: 'POST', body: { id: 'EX1', title: 'Not a post' } })
        expect(res.status).toBe(400)
        expect((await call(`${sim.url}/_sim/messages`, { method: 'POST', body: { id: 'MC800001', title: 'x', category: 'someday' } })).status).toBe(400)
        expect((await call(`${sim.url}/_sim/messages`, { method: 'POST', body: { id: 'MC800001', title: 'A post', services: ['Microsoft Teams'], category: 'planForChange' } })).status).toBe(201)
        expect(sim.control.state().messages).toBe(before + 1)
    })

    it('answers an injected 429 with Retry-After', async () => {
        sim.control.addFault({ pattern: `${MESSAGES}`, status: 429, retryAfter: 2, times: 1 })
        const throttled = await call(`${sim.url}${MESSAGES}`, { token: graph })
        expect([throttled.status, throttled.headers.get('retry-after'), throttled.json.error.code]).toEqual([429, '2', 'TooManyRequests'])
        expect((await call(`${sim.url}${MESSAGES}`, { token: graph })).status).toBe(200)
    })

    it('refuses an app without ServiceMessage.Read.All (403), while its issues read still works', async () => {
        sim.control.configure({ apps: [{ clientId: 'health-only-app', clientSecret: 's', tenant: 'contoso.onmicrosoft.com', roles: ['ServiceHealth.Read.All'] }] })
        const healthOnly = await token(sim.url, { clientId: 'health-only-app', clientSecret: 's', resource: 'https://graph.microsoft.com' })
        const denied = await call(`${sim.url}${MESSAGES}`, { token: healthOnly })
        expect([denied.status, denied.json.error.code]).toEqual([403, 'Forbidden'])
        expect(denied.json.error.message).toContain('ServiceMessage.Read.All')
        expect((await call(`${sim.url}${MESSAGES}/MC900101`, { token: healthOnly })).status).toBe(403)
        expect((await call(`${sim.url}/v1.0/admin/serviceAnnouncement/issues`, { token: healthOnly })).status).toBe(200)
        // Granting it (admin consent) lets the next token read Message center.
        sim.control.setAppRoles('health-only-app', ['ServiceHealth.Read.All', 'ServiceMessage.Read.All'])
        const granted = await token(sim.url, { clientId: 'health-only-app', clientSecret: 's', resource: 'https://graph.microsoft.com' })
        expect((await call(`${sim.url}${MESSAGES}`, { token: granted })).status).toBe(200)
    })
})
