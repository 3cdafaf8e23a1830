/**
 * The sandbox enforces route ACLs as the instance does, on the app that was built: a caller
 * without the route's role gets 403 and nothing changes; an unauthenticated caller gets 401;
 * an administrator's valid call changes exactly what it should.
 */
import { SqliteStore } from '../../sandbox/glide/store/SqliteStore'
import { DEMO_APPS, DEMO_USERS } from '../../sandbox/instance/demo'
import { RunningSandbox, basicAuth, startSandbox } from './harness'

let sandbox: RunningSandbox
const CONSENT = '/api/x_mioms_m365_assis/v1/setup/consent'

beforeAll(async () => {
    sandbox = await startSandbox()
})
afterAll(async () => {
    await sandbox?.stop()
})

function countSetupRows(): number {
    const store = new SqliteStore(sandbox.dbPath)
    try {
        return store.hasTable('x_mioms_m365_assis_setup') ? store.count('x_mioms_m365_assis_setup') : 0
    } finally {
        store.close()
    }
}

async function post(path: string, body: unknown, authorization?: string): Promise<{ status: number; json: any }> {
    const response = await fetch(sandbox.url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
        body: JSON.stringify(body),
    })
    return { status: response.status, json: await response.json() }
}

test('an agent (insights_user) gets 403 from an administrator route and nothing changes', async () => {
    const before = countSetupRows()
    const { status, json } = await post(CONSENT, { agree: true }, basicAuth(DEMO_USERS.agent.userName, DEMO_USERS.agent.password))
    expect(status).toBe(403)
    expect(json.error.message).toBe('User Not Authorized')
    expect(countSetupRows()).toBe(before)
})

test('no credentials: 401 and nothing changes', async () => {
    const before = countSetupRows()
    const { status } = await post(CONSENT, { agree: true })
    expect(status).toBe(401)
    expect(countSetupRows()).toBe(before)
})

test('a wrong password: 401', async () => {
    const { status } = await post(CONSENT, { agree: true }, basicAuth(DEMO_USERS.m365Admin.userName, 'wrong'))
    expect(status).toBe(401)
})

test('an administrator who does not agree gets 400 and nothing changes', async () => {
    const before = countSetupRows()
    const { status, json } = await post(CONSENT, { agree: 'yes' }, basicAuth(DEMO_USERS.m365Admin.userName, DEMO_USERS.m365Admin.password))
    expect(status).toBe(400)
    expect(json.result.error.message).toMatch(/Agree/)
    expect(countSetupRows()).toBe(before)
})

test('an administrator who agrees records consent once', async () => {
    const auth = basicAuth(DEMO_USERS.m365Admin.userName, DEMO_USERS.m365Admin.password)
    const first = await post(CONSENT, { agree: true }, auth)
    expect(first.status).toBe(200)
    expect(first.json.result).toMatchObject({ consent: true, step: 'environment' })
    const again = await post(CONSENT, { agree: true }, auth)
    expect(again.status).toBe(200)
    expect(countSetupRows()).toBe(1)
})

describe('inbound authentication as the instance does it', () => {
    const CONTEXT = '/api/x_mioms_m365_assis/v1/app/context'

    async function get(path: string, authorization: string): Promise<number> {
        const response = await fetch(sandbox.url + path, { headers: { Authorization: authorization } })
        return response.status
    }

    test('OAuth bearer from /oauth_token.do (password grant for the inbound OAuth client) authenticates the user', async () => {
        const form = new URLSearchParams({
            grant_type: 'password',
            client_id: DEMO_APPS.inboundOAuthClient.clientId,
            client_secret: DEMO_APPS.inboundOAuthClient.clientSecret,
            username: DEMO_USERS.integration.userName,
            password: DEMO_USERS.integration.password,
        })
        const tokenResponse = await fetch(`${sandbox.url}/oauth_token.do`, { method: 'POST', body: form })
        expect(tokenResponse.status).toBe(200)
        const tokens = await tokenResponse.json()
        expect(tokens.refresh_token).toBeTruthy()
        // Authenticated (not 401), but the integration user holds no app role: the route ACL refuses.
        expect(await get(CONTEXT, `Bearer ${tokens.access_token}`)).toBe(403)
        expect(await get(CONTEXT, 'Bearer not-a-token')).toBe(401)

        const refreshed = await fetch(`${sandbox.url}/oauth_token.do`, {
            method: 'POST',
            body: new URLSearchParams({
                grant_type: 'refresh_token',
                client_id: DEMO_APPS.inboundOAuthClient.clientId,
                client_secret: DEMO_APPS.inboundOAuthClient.clientSecret,
                refresh_token: tokens.refresh_token,
            }),
        })
        expect(refreshed.status).toBe(200)
    })

    test('a wrong client secret gets no token', async () => {
        const form = new URLSearchParams({
            grant_type: 'password',
            client_id: DEMO_APPS.inboundOAuthClient.clientId,
            client_secret: 'wrong',
            username: DEMO_USERS.integration.userName,
            password: DEMO_USERS.integration.password,
        })
        expect((await fetch(`${sandbox.url}/oauth_token.do`, { method: 'POST', body: form })).status).toBe(401)
    })

    test('an AAD JWT is validated against the OIDC keys and its appid claim maps to sys_user.user_name', async () => {
        const issued = await fetch(`${sandbox.microsoftUrl}/_sim/tokens/app`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ appId: DEMO_APPS.restUser.clientId, audience: DEMO_APPS.inboundApi.clientId }),
        })
        expect(issued.status).toBeLessThan(300)
        const body = await issued.json()
        const token = body.access_token ?? body.token ?? body.result?.access_token
        expect(typeof token).toBe('string')
        expect(await get(CONTEXT, `Bearer ${token}`)).toBe(403)
        // A tampered token fails the signature check.
        const [h, c, s] = String(token).split('.')
        const claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'))
        const forged = Buffer.from(JSON.stringify({ ...claims, appid: DEMO_USERS.m365Admin.userName })).toString('base64url')
        expect(await get(CONTEXT, `Bearer ${h}.${forged}.${s}`)).toBe(401)
    })
})
