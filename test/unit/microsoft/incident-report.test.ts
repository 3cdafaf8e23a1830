/**
 * Graph's post-incident report route in the simulator: GET /admin/serviceAnnouncement/issues/{id}/incidentReport
 * answers a binary file stream only for an issue whose status is postIncidentReviewPublished, Graph's
 * error shape otherwise, checks ServiceHealth.Read.All, and takes injected faults (429).
 */
import { incidentReportBytes, startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { DEFAULT_OUTBOUND_APP_ID } from '../../../sandbox/microsoft/store'
import { token } from '../../../sandbox/microsoft/testing'

let sim: RunningSimulator
let graph: string
const report = (id: string) => `${sim.url}/v1.0/admin/serviceAnnouncement/issues/${id}/incidentReport`

beforeAll(async () => {
    sim = await startSimulator({ strict: true })
})
afterAll(() => sim.close())
beforeEach(async () => {
    sim.control.reset({ healthIssues: 0 })
    sim.control.addHealthIssue({ id: 'EX700001', title: 'Mail delays', service: 'Exchange Online' })
    graph = await token(sim.url, { resource: 'https://graph.microsoft.com' })
})

async function get(url: string, bearer = graph) {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${bearer}`, Accept: '*/*' } })
    return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()), retryAfter: res.headers.get('retry-after') }
}

describe('Graph incidentReport (simulator)', () => {
    it('answers 404 itemNotFound while the issue has no published review, and for an unknown issue', async () => {
        sim.control.resolveHealthIssue('EX700001', { status: 'serviceRestored' })
        for (const id of ['EX700001', 'EX000000']) {
            const res = await get(report(id))
            expect(res.status).toBe(404)
            expect(JSON.parse(res.bytes.toString('utf8')).error.code).toBe('itemNotFound')
        }
    })

    it('answers the report as bytes that are not text once the status is postIncidentReviewPublished', async () => {
        sim.control.updateHealthIssue('EX700001', { status: 'postIncidentReviewPublished' })
        const res = await get(report('EX700001'))
        expect(res.status).toBe(200)
        expect(res.type).toBe('application/octet-stream')
        expect(res.bytes.equals(incidentReportBytes('EX700001'))).toBe(true)
        // Not UTF-8: decoding it as text loses bytes.
        expect(Buffer.from(res.bytes.toString('utf8'), 'utf8').equals(res.bytes)).toBe(false)
        expect(sim.control.journal().at(-1)).toMatchObject({ operation: 'graphIncidentReport', status: 200 })
    })

    it('refuses a token without ServiceHealth.Read.All (403) and takes an injected 429 with Retry-After', async () => {
        sim.control.updateHealthIssue('EX700001', { status: 'postIncidentReviewPublished' })
        sim.control.setAppRoles(DEFAULT_OUTBOUND_APP_ID, [])
        const without = await get(report('EX700001'), await token(sim.url, { resource: 'https://graph.microsoft.com' }))
        expect(without.status).toBe(403)
        sim.control.addFault({ pattern: '/v1.0/admin/serviceAnnouncement/issues/*/incidentReport', status: 429, retryAfter: 2, times: 1 })
        const throttled = await get(report('EX700001'))
        expect([throttled.status, throttled.retryAfter]).toEqual([429, '2'])
    })
})
