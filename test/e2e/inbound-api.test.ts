/**
 * The connector API (docs/connector-api.openapi.yaml, tag inbound) on the sandbox running the
 * built app: who may call it, what it refuses, and that a refused call changes nothing.
 */
import { DEMO_REPOSITORY_ID, DEMO_USERS } from '../sandbox/demo'
import { RunningSandbox, basicAuth, startSandbox } from './harness'
import { CONNECTOR, INTEGRATION_BASIC, call, configureSetup, expectInboundError, snapshot } from './inbound-support'

let sandbox: RunningSandbox

beforeAll(async () => {
    sandbox = await startSandbox()
    configureSetup(sandbox, 'basic')
})
afterAll(async () => {
    await sandbox?.stop()
})

describe('ping', () => {
    test('the integration user gets ok with the repository and instance', async () => {
        const { status, json } = await call(sandbox, 'GET', `${CONNECTOR}/ping?repositoryId=${DEMO_REPOSITORY_ID}`, { authorization: INTEGRATION_BASIC })
        expect(status).toBe(200)
        expect(json).toEqual({ result: { status: 'ok', repositoryId: DEMO_REPOSITORY_ID, instance: expect.any(String) } })
    })

    test('no auth 401, another user 403, another repository 404; nothing changes', async () => {
        const before = snapshot(sandbox)
        const none = await call(sandbox, 'GET', `${CONNECTOR}/ping`)
        expect(none.status).toBe(401)
        expectInboundError(none.json)
        const agent = await call(sandbox, 'GET', `${CONNECTOR}/ping`, { authorization: basicAuth(DEMO_USERS.agent.userName, DEMO_USERS.agent.password) })
        expect(agent.status).toBe(403)
        expectInboundError(agent.json)
        const admin = await call(sandbox, 'GET', `${CONNECTOR}/ping`, { authorization: basicAuth(DEMO_USERS.admin.userName, DEMO_USERS.admin.password) })
        expect(admin.status).toBe(403)
        expectInboundError(admin.json, 'NotIntegrationUser')
        const other = await call(sandbox, 'GET', `${CONNECTOR}/ping?repositoryId=someone-else`, { authorization: INTEGRATION_BASIC })
        expect(other.status).toBe(404)
        expectInboundError(other.json, 'UnknownRepository')
        expect(snapshot(sandbox)).toBe(before)
    })
})
