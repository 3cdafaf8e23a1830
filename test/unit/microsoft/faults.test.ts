import { startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { call, requestToken, token } from '../../../sandbox/microsoft/testing'

let sim: RunningSimulator
let bearer: string
const search = () => call(`${sim.url}/v1/solutions/search`, { token: bearer, body: { query: 'outlook', top: 1 } })

beforeAll(async () => {
    sim = await startSimulator({ strict: true })
    bearer = await token(sim.url)
})
afterEach(() => sim.control.clearFaults())
afterAll(() => sim.close())

describe('fault switches', () => {
    it('429 with Retry-After for the given number of requests, then normal answers', async () => {
        sim.control.addFault({ pattern: '/v1/solutions/*', status: 429, retryAfter: 7, times: 2 })
        for (let i = 0; i < 2; i++) {
            const res = await search()
            expect(res.status).toBe(429)
            expect(res.headers.get('retry-after')).toBe('7')
            expect(res.json.error.code).toBe('Throttled')
        }
        expect((await search()).status).toBe(200)
        const journal = sim.control.journal().filter((e) => e.operation === 'fault:429')
        expect(journal).toHaveLength(2)
    })

    it('401, 500 and 503 in the route family shape (connector, AAD, Graph)', async () => {
        sim.control.setFaults([
            { pattern: '/v1/**', status: 503, method: 'POST' },
            { pattern: '/*/oauth2/token', status: 500 },
            { pattern: '/v1.0/**', status: 401 },
        ])
        const res = await search()
        expect([res.status, res.json.error.code, res.headers.get('retry-after')]).toEqual([503, 'ServiceUnavailable', '1'])
        const aad = await requestToken(sim.url)
        expect([aad.status, aad.json.error]).toEqual([500, 'temporarily_unavailable'])
        const graph = await call(`${sim.url}/v1.0/admin/serviceAnnouncement/issues`)
        expect([graph.status, graph.json.error.code]).toEqual([401, 'InvalidAuthenticationToken'])
    })

    it('adds latency and serves malformed JSON', async () => {
        sim.control.addFault({ pattern: '/v1/solutions/search', latencyMs: 150, times: 1 })
        const t0 = Date.now()
        expect((await search()).status).toBe(200)
        expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
        sim.control.addFault({ pattern: '/v1/solutions/search', malformed: true, times: 1 })
        const bad = await search()
        expect(bad.status).toBe(200)
        expect(bad.headers.get('content-type')).toMatch(/application\/json/)
        expect(() => JSON.parse(bad.text)).toThrow()
    })

    it('times out: never answers until the client gives up', async () => {
        sim.control.addFault({ pattern: '/v1/**', timeout: true, times: 1 })
        const t0 = Date.now()
        await expect(call(`${sim.url}/v1/solutions/search`, { token: bearer, body: { query: 'x', top: 1 }, signal: AbortSignal.timeout(300) })).rejects.toThrow()
        expect(Date.now() - t0).toBeLessThan(5000)
        expect((await search()).status).toBe(200)
    })

    it('is set through the HTTP control API too', async () => {
        const added = await call(`${sim.url}/_sim/faults`, { body: { pattern: '/v1/solutions/search', status: 429, retryAfter: 2 } })
        expect(added.status).toBe(201)
        expect((await search()).status).toBe(429)
        expect((await call(`${sim.url}/_sim/faults/${added.json.id}`, { method: 'DELETE' })).status).toBe(200)
        expect((await search()).status).toBe(200)
        expect((await call(`${sim.url}/_sim/faults`, { body: { pattern: 'no-slash', status: 500 } })).status).toBe(400)
    })
})
