import { startSimulator, verifyJwt, type RunningSimulator } from '../../../sandbox/microsoft'
import { startFakeInstance, type FakeInstance } from '../../../sandbox/microsoft/fake-instance'
import { call, token } from '../../../sandbox/microsoft/testing'

const T = 'contoso.onmicrosoft.com'
let sim: RunningSimulator
let bearer: string
let n = 0

beforeAll(async () => {
    sim = await startSimulator({ strict: true, agentAutoSend: false })
    bearer = await token(sim.url)
})
afterAll(() => sim.close())

async function openCase(repositoryId: string) {
    const sysId = (++n).toString(16).padStart(32, '0')
    const res = await call(`${sim.url}/v1/tenants/${T}/servicerequests`, {
        token: bearer,
        body: { repositoryId, incidentNumber: `INC00${10000 + n}`, incidentSysId: sysId, title: 'Teams meetings fail', description: 'Cannot join', severity: 'A', contact: { email: 'admin@contoso.onmicrosoft.com', phone: '+1 425 555 0100', preferredContactMethod: 'phone' }, isTestEnvironment: false },
    })
    expect(res.status).toBe(201)
    return res.json.id as string
}

describe('support agent callbacks', () => {
    let instance: FakeInstance
    afterEach(() => instance?.close())

    it('basic: answers first, then reads the ticket and says hello with Basic credentials', async () => {
        instance = await startFakeInstance()
        sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'basic-repo', endpoint: instance.endpoint, authenticationType: 'basic', username: 'm365.integration', password: 'p@ss:word' }] })
        const caseId = await openCase('basic-repo')
        expect(instance.received).toHaveLength(0) // nothing during the request
        const sent = await sim.control.flushAgent()
        expect(sent.map((e) => [e.action, e.status, e.ok])).toEqual([['getTicket', 200, true], ['postCommunication', 201, true]])
        expect(sent.every((e) => e.contractErrors.length === 0)).toBe(true)
        expect(instance.received.map((r) => `${r.method} ${r.path}`)).toEqual([
            `GET /api/x_mioms_m365_assis/v1/connector/tickets/basic-repo/${caseId}`,
            `POST /api/x_mioms_m365_assis/v1/connector/tickets/basic-repo/${caseId}/communications`,
        ])
        for (const r of instance.received) expect(r.authorization).toBe(`Basic ${Buffer.from('m365.integration:p@ss:word').toString('base64')}`)
        expect(instance.received[1].body.body).toMatch(/^Hello, this is Microsoft support/)
        const comms = (await call(`${sim.url}/v1/tenants/${T}/servicerequests/${caseId}/communications`, { token: bearer })).json.communications
        expect(comms).toEqual([expect.objectContaining({ direction: 'fromMicrosoft' })])
        expect(JSON.stringify(sim.control.callbacks())).not.toContain('p@ss:word')
    })

    it('oauth: password grant on oauth_token.do, Bearer calls, refresh after a 401', async () => {
        const oauth = { clientId: 'sn-client', clientSecret: 'sn-secret', username: 'm365.integration', password: 'pw' }
        instance = await startFakeInstance({ oauth })
        sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'oauth-repo', endpoint: instance.endpoint, authenticationType: 'oauth', ...oauth }] })
        const caseId = await openCase('oauth-repo')
        await sim.control.flushAgent()
        expect(instance.tokenRequests[0]).toEqual({ grant_type: 'password', username: 'm365.integration', password: 'pw', client_id: 'sn-client', client_secret: 'sn-secret' })
        expect(instance.received.map((r) => r.authorization)).toEqual(['Bearer at-1', 'Bearer at-1'])

        instance.expireTokens(1)
        sim.control.agentAction(caseId, { kind: 'updateTicket', status: 'inProgress', owner: 'Alex Wilber' })
        const sent = await sim.control.flushAgent()
        expect(sent.map((e) => [e.action, e.status])).toEqual([['updateTicket', 401], ['oauthRefresh', 200], ['updateTicket', 200]])
        expect(instance.tokenRequests[1]).toMatchObject({ grant_type: 'refresh_token', refresh_token: 'rt-1' })
        expect(instance.received.at(-1)).toMatchObject({ method: 'PATCH', authorization: 'Bearer at-2', body: { status: 'inProgress', owner: 'Alex Wilber' } })
        const sr = (await call(`${sim.url}/v1/tenants/${T}/servicerequests/${caseId}`, { token: bearer })).json
        expect(sr).toMatchObject({ status: 'inProgress', owner: 'Alex Wilber' })
    })

    it('aad: a JWT from issueAppToken (appid = REST user app, aud = inbound API app) that verifies against the JWKS', async () => {
        instance = await startFakeInstance()
        sim.control.configure({
            apps: [
                { clientId: 'inbound-api-app', clientSecret: 'x', tenant: T },
                { clientId: 'rest-user-app', clientSecret: 'y', tenant: T },
            ],
            repositories: [{ tenant: T, repositoryId: 'aad-repo', endpoint: instance.endpoint, authenticationType: 'aad', clientId: 'inbound-api-app', clientSecret: 'x', username: 'rest-user-app', password: 'y' }],
        })
        const caseId = await openCase('aad-repo')
        sim.control.agentAction(caseId, { kind: 'closeTicket', resolution: 'Fixed by Microsoft' })
        await sim.control.flushAgent()
        expect(instance.received.map((r) => r.method)).toEqual(['GET', 'POST', 'POST'])
        const jwks = (await call(`${sim.url}/common/discovery/keys`)).json.keys
        const tid = sim.control.state().tenants.find((t) => t.domain === T)?.tenantId
        for (const r of instance.received) {
            const v = verifyJwt(String(r.authorization).replace(/^Bearer /, ''), jwks)
            expect(v.ok && v.claims).toMatchObject({ appid: 'rest-user-app', aud: 'inbound-api-app', iss: `https://sts.windows.net/${tid}/`, tid })
        }
        expect(sim.control.serviceRequests().find((s) => s.id === caseId)?.status).toBe('closed')
    })

    it('flags an instance answer that breaks the inbound contract', async () => {
        instance = await startFakeInstance({ bare: true })
        sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'bare-repo', endpoint: instance.endpoint, authenticationType: 'basic', username: 'u', password: 'p' }] })
        await openCase('bare-repo')
        const [getTicket] = await sim.control.flushAgent()
        expect(getTicket).toMatchObject({ action: 'getTicket', status: 200, ok: false })
        expect(getTicket.contractErrors.join()).toMatch(/must have required property 'result'/)
    })

    it('sends by itself shortly after answering, and records failed callbacks', async () => {
        instance = await startFakeInstance({ accept: () => false })
        sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'auto-repo', endpoint: instance.endpoint, authenticationType: 'basic', username: 'u', password: 'wrong' }] })
        sim.control.agentSettings({ autoSend: true, delayMs: 10 })
        try {
            const before = sim.control.callbacks().at(-1)?.seq ?? 0
            const caseId = await openCase('auto-repo')
            for (let i = 0; i < 100 && sim.control.callbacks(before).length < 2; i++) await new Promise((r) => setTimeout(r, 20))
            const made = sim.control.callbacks(before)
            expect(made.map((e) => [e.caseId, e.action, e.status, e.ok])).toEqual([[caseId, 'getTicket', 401, false], [caseId, 'postCommunication', 401, false]])
            expect(made[0].contractErrors).toEqual([])
        } finally {
            sim.control.agentSettings({ autoSend: false })
        }
    })
})
