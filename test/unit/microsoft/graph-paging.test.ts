import { generateHealthIssues, startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { call, token } from '../../../sandbox/microsoft/testing'

let sim: RunningSimulator
let graph: string
const ISSUES = '/v1.0/admin/serviceAnnouncement/issues'

beforeAll(async () => {
    sim = await startSimulator({ strict: true, seed: 7 })
    sim.control.seedHealthIssues({ count: 23, seed: 7 })
    graph = await token(sim.url, { resource: 'https://graph.microsoft.com' })
})
afterAll(() => sim.close())

async function all(url: string, pageSize: number) {
    const pages: any[] = []
    let next: string | undefined = url
    while (next) {
        const res = await call(next, { token: graph, headers: { Prefer: `odata.maxpagesize=${pageSize}` } })
        expect(res.status).toBe(200)
        expect(res.headers.get('preference-applied')).toBe(`odata.maxpagesize=${pageSize}`)
        pages.push(res.json)
        next = res.json['@odata.nextLink']
        if (next) expect(next.startsWith(`${sim.url}${ISSUES}?`)).toBe(true)
    }
    return pages
}

describe('Graph service announcements', () => {
    it('generates the same issues from the same seed', () => {
        expect(generateHealthIssues(5, 3)).toEqual(generateHealthIssues(5, 3))
        expect(generateHealthIssues(5, 3)).not.toEqual(generateHealthIssues(5, 4))
    })

    it('pages with Prefer: odata.maxpagesize and absolute @odata.nextLink', async () => {
        const pages = await all(`${sim.url}${ISSUES}`, 5)
        expect(pages.map((p) => p.value.length)).toEqual([5, 5, 5, 5, 3])
        const ids = pages.flatMap((p) => p.value.map((i: { id: string }) => i.id))
        expect(new Set(ids).size).toBe(23)
        expect(pages[0].value[0]).toEqual(expect.objectContaining({ classification: expect.stringMatching(/^(incident|advisory)$/), posts: expect.any(Array), isResolved: expect.any(Boolean) }))
    })

    it('filters on lastModifiedDateTime ge and keeps the filter across pages; sees updates and resolutions', async () => {
        const issues = sim.control.state().healthIssues
        expect(issues).toBe(23)
        const sorted = generateHealthIssues(23, 7).map((i) => i.lastModifiedDateTime).sort()
        const since = sorted[15]
        const expected = sorted.filter((t) => t >= since).length
        const filtered = (await all(`${sim.url}${ISSUES}?$filter=lastModifiedDateTime ge ${since}`, 3)).flatMap((p) => p.value)
        expect(filtered).toHaveLength(expected)

        const watermark = new Date().toISOString()
        const target = filtered[0].id
        sim.control.updateHealthIssue(target, { status: 'restoringService', nextUpdateDateTime: '2026-12-01T00:00:00Z' })
        const changed = (await all(`${sim.url}${ISSUES}?$filter=${encodeURIComponent(`lastModifiedDateTime ge ${watermark}`)}`, 10)).flatMap((p) => p.value)
        expect(changed.map((i: { id: string }) => i.id)).toEqual([target])
        expect(changed[0].status).toBe('restoringService')

        sim.control.resolveHealthIssue(target)
        const resolved = (await call(`${sim.url}${ISSUES}/${target}`, { token: graph })).json
        expect(resolved).toMatchObject({ isResolved: true, status: 'serviceRestored' })
        expect(resolved.endDateTime).not.toBeNull()
        const open = (await all(`${sim.url}${ISSUES}?$filter=isResolved eq false and service eq 'Microsoft Teams'`, 50)).flatMap((p) => p.value)
        expect(open.every((i: { isResolved: boolean; service: string }) => !i.isResolved && i.service === 'Microsoft Teams')).toBe(true)
    })

    it('answers healthOverviews, 400 on a bad $filter, 401 without token, 403 without the role', async () => {
        const overviews = await call(`${sim.url}/v1.0/admin/serviceAnnouncement/healthOverviews`, { token: graph })
        expect(overviews.json.value).toEqual(expect.arrayContaining([expect.objectContaining({ service: 'Exchange Online', id: 'Exchange' })]))
        expect(overviews.headers.get('preference-applied')).toBeNull()
        const bad = await call(`${sim.url}${ISSUES}?$filter=${encodeURIComponent('startswith(title, 1)')}`, { token: graph })
        expect([bad.status, bad.json.error.code]).toEqual([400, 'BadRequest'])
        const anonymous = await call(`${sim.url}${ISSUES}`)
        expect([anonymous.status, anonymous.json.error.code]).toEqual([401, 'InvalidAuthenticationToken'])
        sim.control.configure({ apps: [{ clientId: 'no-roles-app', clientSecret: 's', tenant: 'contoso.onmicrosoft.com', roles: [] }] })
        const noRole = await token(sim.url, { clientId: 'no-roles-app', clientSecret: 's', resource: 'https://graph.microsoft.com' })
        expect((await call(`${sim.url}${ISSUES}`, { token: noRole })).status).toBe(403)
        const connectorToken = await token(sim.url)
        expect((await call(`${sim.url}${ISSUES}`, { token: connectorToken })).status).toBe(401)
        expect(sim.control.journal().filter((e) => e.contractErrors.length)).toEqual([])
    })
})
