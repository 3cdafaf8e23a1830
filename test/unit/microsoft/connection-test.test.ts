/**
 * startConnectionTest / getConnectionTest (contract tag outbound): 202 pending at once, then
 * Microsoft calls the repository's /ping with the registration's credentials — after answering,
 * never during the request — and the test records what the instance answered.
 */
import { startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { startFakeInstance, type FakeInstance } from '../../../sandbox/microsoft/fake-instance'
import { call, token } from '../../../sandbox/microsoft/testing'

const T = 'contoso.onmicrosoft.com'
let sim: RunningSimulator
let bearer: string
let instance: FakeInstance

beforeAll(async () => {
    sim = await startSimulator({ strict: true, agentDelayMs: 20 })
    bearer = await token(sim.url)
})
afterAll(() => sim.close())
afterEach(() => instance?.close())

const base = (repo: string) => `${sim.url}/v1/tenants/${T}/repositories/${repo}/connectionTests`

async function outcome(repo: string, testId: string) {
    for (let i = 0; i < 100; i++) {
        const res = await call(`${base(repo)}/${testId}`, { token: bearer })
        expect(res.status).toBe(200)
        if (res.json.status !== 'pending') return res.json
        await new Promise((r) => setTimeout(r, 20))
    }
    throw new Error('connection test stayed pending')
}

describe('connection tests', () => {
    it('answers 202 pending first, then pings the endpoint with Basic credentials and succeeds', async () => {
        instance = await startFakeInstance({ accept: (a) => a === `Basic ${Buffer.from('m365.integration:pw').toString('base64')}` })
        sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'repo-ok', endpoint: instance.endpoint, authenticationType: 'basic', username: 'm365.integration', password: 'pw' }] })
        const started = await call(base('repo-ok'), { method: 'POST', token: bearer })
        expect(started.status).toBe(202)
        expect(started.json).toEqual({ testId: expect.any(String), status: 'pending' })
        expect(instance.received).toHaveLength(0) // nothing during the request
        const done = await outcome('repo-ok', started.json.testId)
        expect(done).toEqual({ testId: started.json.testId, status: 'succeeded', httpStatus: 200, completedDateTime: expect.any(String) })
        expect(instance.received.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/x_mioms_m365_assis/v1/connector/ping'])
    })

    it('records the instance refusing the credentials as failed with its status and message', async () => {
        instance = await startFakeInstance({ accept: () => false })
        sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'repo-401', endpoint: instance.endpoint, authenticationType: 'basic', username: 'u', password: 'wrong' }] })
        const started = await call(base('repo-401'), { method: 'POST', token: bearer })
        const done = await outcome('repo-401', started.json.testId)
        expect(done).toMatchObject({ status: 'failed', httpStatus: 401, detail: 'User Not Authenticated: Required to provide Auth information' })
    })

    it('records an unreachable endpoint as httpStatus 0', async () => {
        sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'repo-down', endpoint: 'http://127.0.0.1:9/api/x_mioms_m365_assis/v1/connector', authenticationType: 'basic', username: 'u', password: 'p' }] })
        const started = await call(base('repo-down'), { method: 'POST', token: bearer })
        const done = await outcome('repo-down', started.json.testId)
        expect(done).toMatchObject({ status: 'failed', httpStatus: 0 })
        expect(done.detail.length).toBeGreaterThan(0)
    })

    it('404 RepositoryNotRegistered for an unknown repository, 404 NotFound for an unknown test', async () => {
        const started = await call(base('nobody'), { method: 'POST', token: bearer })
        expect(started.status).toBe(404)
        expect(started.json.error.code).toBe('RepositoryNotRegistered')
        const missing = await call(`${base('repo-ok')}/0000-unknown`, { token: bearer })
        expect(missing.status).toBe(404)
        expect(missing.json.error.code).toBe('NotFound')
    })
})

describe('connection tests with ServiceNow OAuth', () => {
    it('records oauth_token.do refusing the password grant as the token endpoint status', async () => {
        instance = await startFakeInstance({ oauth: { clientId: 'cid', clientSecret: 'cs', username: 'u', password: 'right' } })
        sim.control.configure({ repositories: [{ tenant: T, repositoryId: 'repo-oauth', endpoint: instance.endpoint, authenticationType: 'oauth', clientId: 'cid', clientSecret: 'cs', username: 'u', password: 'wrong' }] })
        const started = await call(base('repo-oauth'), { method: 'POST', token: bearer })
        const done = await outcome('repo-oauth', started.json.testId)
        expect(done).toMatchObject({ status: 'failed', httpStatus: 401 })
        expect(done.detail).toContain('oauth_token.do refused the password grant')
        expect(instance.received).toHaveLength(0)
    })
})

describe('connection tests with AAD Auth: Microsoft signs in with both registered credentials', () => {
    const apps = { inbound: { clientId: 'aad-inbound-api', clientSecret: 'inbound-secret' }, rest: { clientId: 'aad-rest-user', clientSecret: 'rest-secret' } }
    const registration = (overrides: Record<string, string>) => ({
        tenant: T,
        repositoryId: 'repo-aad',
        endpoint: instance.endpoint,
        authenticationType: 'aad' as const,
        clientId: apps.inbound.clientId,
        clientSecret: apps.inbound.clientSecret,
        username: apps.rest.clientId,
        password: apps.rest.clientSecret,
        ...overrides,
    })
    beforeEach(() => {
        sim.control.configure({ apps: [{ ...apps.inbound, tenant: T }, { ...apps.rest, tenant: T }] })
    })

    it('succeeds with the right values', async () => {
        instance = await startFakeInstance()
        sim.control.configure({ repositories: [registration({})] })
        const started = await call(base('repo-aad'), { method: 'POST', token: bearer })
        expect(await outcome('repo-aad', started.json.testId)).toMatchObject({ status: 'succeeded', httpStatus: 200 })
    })

    it.each([
        ['a wrong Rest user password', { password: 'old-rest-secret' }, 'password', 'AADSTS7000215'],
        ["a wrong client secret of the inbound REST API app", { clientSecret: 'old-inbound-secret' }, 'clientSecret', 'AADSTS7000215'],
        ['a Rest username Azure AD does not know', { username: 'not-an-app' }, 'username', 'AADSTS700016'],
        ['a Client ID Azure AD does not know', { clientId: 'not-an-app' }, 'clientId', 'AADSTS700016'],
    ])('%s: no ping is sent and refusedCredential names the value', async (_name, overrides, field, code) => {
        instance = await startFakeInstance()
        sim.control.configure({ repositories: [registration(overrides)] })
        const started = await call(base('repo-aad'), { method: 'POST', token: bearer })
        const done = await outcome('repo-aad', started.json.testId)
        expect(done).toMatchObject({ status: 'failed', refusedCredential: field })
        expect(done.httpStatus).toBeUndefined()
        expect(done.detail).toContain(code)
        expect(JSON.stringify(done)).not.toContain('old-')
        expect(instance.received).toHaveLength(0)
    })

    it('an expired REST user app secret is refused with AADSTS7000222', async () => {
        instance = await startFakeInstance()
        sim.control.configure({ apps: [{ ...apps.rest, tenant: T, secretExpiresDateTime: '2020-01-01T00:00:00Z' }], repositories: [registration({})] })
        const started = await call(base('repo-aad'), { method: 'POST', token: bearer })
        const done = await outcome('repo-aad', started.json.testId)
        expect(done).toMatchObject({ status: 'failed', refusedCredential: 'password' })
        expect(done.detail).toContain('AADSTS7000222')
        expect(instance.received).toHaveLength(0)
    })
})
