/**
 * Every Setup route (state, steps, tests, incident form section, Link Account) is for
 * administrators only: on the sandbox running the built app, an agent (insights_user) and a user
 * without an app role get 403 from the route ACL, and the Setup row never changes.
 */
import { SqliteStore } from '../../sandbox/glide/store/SqliteStore'
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { RunningSandbox, basicAuth, startSandbox } from './harness'

let sandbox: RunningSandbox
beforeAll(async () => {
    sandbox = await startSandbox()
})
afterAll(async () => {
    await sandbox?.stop()
})

const BASE = '/api/x_mioms_m365_assis/v1/setup'
const ROUTES: [string, string, unknown?][] = [
    ['GET', '/state'],
    ['POST', '/step/environment', { mode: 'basic', testEnvironment: true }],
    ['POST', '/tests', {}],
    ['GET', '/tests'],
    ['GET', '/form-section'],
    ['POST', '/form-section', { agree: true }],
    ['DELETE', '/form-section'],
    ['GET', '/linkaccount'],
    ['POST', '/linkaccount', { email: 'm365.admin@contoso.example' }],
]

function snapshot(): string {
    const store = new SqliteStore(sandbox.dbPath)
    try {
        const tables = ['x_mioms_m365_assis_setup', 'x_mioms_m365_assis_admin_account', 'sys_ui_form_section']
        return JSON.stringify(tables.map((t) => (store.hasTable(t) ? store.query(t, {}) : [])))
    } finally {
        store.close()
    }
}

test.each([DEMO_USERS.agent, DEMO_USERS.noRole])('$userName gets 403 from every Setup route, and nothing changes', async (user) => {
    const before = snapshot()
    for (const [method, path, body] of ROUTES) {
        const response = await fetch(sandbox.url + BASE + path, {
            method,
            headers: { Authorization: basicAuth(user.userName, user.password), ...(body ? { 'Content-Type': 'application/json' } : {}) },
            body: body ? JSON.stringify(body) : undefined,
        })
        expect([method, path, response.status]).toEqual([method, path, 403])
    }
    expect(snapshot()).toBe(before)
})

test('the administrator reaches them', async () => {
    const response = await fetch(sandbox.url + BASE + '/state', { headers: { Authorization: basicAuth(DEMO_USERS.m365Admin.userName, DEMO_USERS.m365Admin.password) } })
    expect(response.status).toBe(200)
})
