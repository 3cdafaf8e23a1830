/**
 * The sandbox enforces route ACLs as the instance does, on the app that was built: a caller
 * without the route's role gets 403 and nothing changes; an unauthenticated caller gets 401;
 * an administrator's valid call changes exactly what it should.
 */
import { SqliteStore } from '../glide/store/SqliteStore'
import { DEMO_USERS } from '../sandbox/demo'
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
