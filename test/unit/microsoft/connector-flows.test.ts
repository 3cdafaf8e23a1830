import { Contract, startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { call, token } from '../../../sandbox/microsoft/testing'

const contract = new Contract()
const T = 'contoso.onmicrosoft.com'
let sim: RunningSimulator
let bearer: string
let base: string

/** Calls an outbound operation and checks the answer against the contract. */
async function op(operationId: string, path: string, opts: { method?: string; body?: unknown; token?: string | null } = {}) {
    const res = await call(`${sim.url}${path}`, { method: opts.method, body: opts.body, token: opts.token === null ? undefined : opts.token ?? bearer })
    const headers = Object.fromEntries(res.headers.entries())
    expect(contract.validateResponse(contract.operation(operationId), res.status, res.json, headers)).toEqual([])
    return res
}

const incident = { repositoryId: 'repo-1', incidentNumber: 'INC0010001', incidentSysId: 'b'.repeat(32), title: 'Outlook cannot send email', description: 'Since 9:00', severity: 'B', contact: { email: 'admin@contoso.onmicrosoft.com', preferredContactMethod: 'email' }, isTestEnvironment: true }

beforeAll(async () => {
    sim = await startSimulator({ strict: true, agentAutoSend: false, healthIssues: 12 })
    sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'repo-1', endpoint: 'http://127.0.0.1:9/api/x_mioms_m365_assis/v1/connector', authenticationType: 'basic', username: 'svc', password: 'pw' }] })
    bearer = await token(sim.url)
    base = `/v1/tenants/${T}`
})
afterAll(() => sim.close())

describe('connector: setup checks', () => {
    it('validates admins (valid, no ticket permission, unknown)', async () => {
        const ok = await op('validateAdmin', `${base}/admins/validate`, { body: { email: 'Admin@contoso.onmicrosoft.com' } })
        expect(ok.json).toMatchObject({ valid: true, canCreateTickets: true, reason: null })
        const helpdesk = await op('validateAdmin', `${base}/admins/validate`, { body: { email: 'helpdesk@contoso.onmicrosoft.com' } })
        expect(helpdesk.json).toMatchObject({ valid: true, canCreateTickets: false, reason: 'NoSupportPermission' })
        const unknown = await op('validateAdmin', `${base}/admins/validate`, { body: { email: 'x@contoso.onmicrosoft.com' } })
        expect(unknown.json).toMatchObject({ valid: false, reason: 'UnknownUser' })
    })

    it('reports repository registration (200 / 404 RepositoryNotRegistered)', async () => {
        const ok = await op('getRepository', `${base}/repositories/repo-1`)
        expect(ok.json).toEqual({ repositoryId: 'repo-1', endpoint: 'http://127.0.0.1:9/api/x_mioms_m365_assis/v1/connector', authenticationType: 'basic', registered: true })
        const missing = await op('getRepository', `${base}/repositories/nope`)
        expect([missing.status, missing.json.error.code]).toEqual([404, 'RepositoryNotRegistered'])
    })

    it('answers solutions and tenant health', async () => {
        const s = await op('searchSolutions', '/v1/solutions/search', { body: { query: 'Outlook cannot send email', top: 3 } })
        expect(s.json.solutions.length).toBeGreaterThan(0)
        expect(s.json.solutions.length).toBeLessThanOrEqual(3)
        const h = await op('getTenantHealth', `${base}/health?top=5&includeResolved=true`)
        expect(h.json.issues).toHaveLength(5)
    })
})

describe('connector: service requests', () => {
    let caseId: string
    it('creates a case (201), refuses a second open one (409) and an invalid admin (403)', async () => {
        const created = await op('createServiceRequest', `${base}/servicerequests`, { body: incident })
        expect(created.status).toBe(201)
        expect(created.json).toMatchObject({ status: 'open', severity: 'B' })
        caseId = created.json.id
        const again = await op('createServiceRequest', `${base}/servicerequests`, { body: incident })
        expect([again.status, again.json.error.code]).toEqual([409, 'Conflict'])
        const bad = await op('createServiceRequest', `${base}/servicerequests`, { body: { ...incident, incidentSysId: 'c'.repeat(32), contact: { email: 'helpdesk@contoso.onmicrosoft.com', preferredContactMethod: 'email' } } })
        expect([bad.status, bad.json.error.code]).toEqual([403, 'InvalidAdmin'])
        const unregistered = await op('createServiceRequest', `${base}/servicerequests`, { body: { ...incident, repositoryId: 'other', incidentSysId: 'd'.repeat(32) } })
        expect(unregistered.json.error.code).toBe('RepositoryNotRegistered')
    })

    it('reads the case and keeps communications idempotent by messageId', async () => {
        const read = await op('getServiceRequest', `${base}/servicerequests/${caseId}`)
        expect(read.json).toMatchObject({ id: caseId, incidentNumber: 'INC0010001', owner: null })
        const msg = { messageId: 'sn-1', body: 'Customer update', author: 'Beth Anglin' }
        expect((await op('postServiceRequestCommunication', `${base}/servicerequests/${caseId}/communications`, { body: msg })).status).toBe(201)
        const dup = await op('postServiceRequestCommunication', `${base}/servicerequests/${caseId}/communications`, { body: msg })
        expect(dup.status).toBe(200)
        const list = await op('listServiceRequestCommunications', `${base}/servicerequests/${caseId}/communications`)
        expect(list.json.communications).toEqual([expect.objectContaining({ messageId: 'sn-1', direction: 'toMicrosoft' })])
        expect((await op('getServiceRequest', `${base}/servicerequests/0000000000`)).status).toBe(404)
    })
})

describe('connector: rejections', () => {
    it('400 on a request outside the contract, with the validation error', async () => {
        const res = await op('searchSolutions', '/v1/solutions/search', { body: { query: '', top: 51, extra: true } })
        expect(res.status).toBe(400)
        expect(res.json.error.code).toBe('InvalidRequest')
        expect(res.json.error.message).toMatch(/top must be <= 50/)
        const notJson = await op('searchSolutions', '/v1/solutions/search', { body: '{"query":' })
        expect(notJson.json.error.message).toMatch(/not valid JSON/)
    })

    it('401 without a token or with a Graph token; 403 for another or unconfigured tenant', async () => {
        expect((await op('searchSolutions', '/v1/solutions/search', { body: { query: 'x', top: 1 }, token: null })).status).toBe(401)
        const graph = await token(sim.url, { resource: 'https://graph.microsoft.com' })
        expect((await op('searchSolutions', '/v1/solutions/search', { body: { query: 'x', top: 1 }, token: graph })).json.error.code).toBe('InvalidToken')
        const other = await op('getTenantHealth', '/v1/tenants/fabrikam.onmicrosoft.com/health')
        expect([other.status, other.json.error.code]).toEqual([403, 'TenantNotConfigured'])
        sim.control.configure({ tenants: [{ domain: T, integrationConfigured: false }] })
        try {
            expect((await op('getTenantHealth', `${base}/health`)).json.error.code).toBe('TenantNotConfigured')
        } finally {
            sim.control.configure({ tenants: [{ domain: T, integrationConfigured: true }] })
        }
    })

    it('413 above 64 KB', async () => {
        const res = await op('searchSolutions', '/v1/solutions/search', { body: { query: 'x'.repeat(70 * 1024), top: 1 } })
        expect([res.status, res.json.error.code]).toEqual([413, 'PayloadTooLarge'])
    })

    it('journals requests without secrets and with no contract violations', async () => {
        const journal = sim.control.journal()
        expect(journal.every((e) => e.contractErrors.length === 0)).toBe(true)
        const text = JSON.stringify(journal)
        expect(text).not.toContain('sim-outbound-secret')
        expect(text).not.toContain(bearer)
        expect(journal.find((e) => e.operation === 'createServiceRequest')).toMatchObject({ authKind: 'bearer', status: 201 })
    })
})
