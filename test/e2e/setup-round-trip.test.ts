/**
 * Setup's round trip on the sandbox running the built app (no browser): when Microsoft signs in
 * as a user other than Setup's integration user — here the REST user an earlier AAD setup left
 * behind, the state an instance had before Setup cleared the previous mode's values — the test
 * names both users instead of blaming the credentials in the Microsoft 365 admin center. The
 * instance's own refusal (NotIntegrationUser, its trace with the caller) is what it reads.
 */
import { DEMO_APPS, DEMO_USERS } from '../../sandbox/instance/demo'
import { MESSAGES, formatMessage } from '../../src/server/messages/catalogue'
import { RunningSandbox, basicAuth, startSandbox } from './harness'
import { call, configureSetup, findUserId, registerRepository, withStore } from './inbound-support'

let sandbox: RunningSandbox
const ADMIN = basicAuth(DEMO_USERS.m365Admin.userName, DEMO_USERS.m365Admin.password)
const TESTS = '/api/x_mioms_m365_assis/v1/setup/tests'

beforeAll(async () => {
    sandbox = await startSandbox()
})
afterAll(() => sandbox?.stop())

async function settledRun(): Promise<any> {
    for (let i = 0; i < 200; i++) {
        const answer = await call(sandbox, 'GET', TESTS, { authorization: ADMIN })
        expect(answer.status).toBe(200)
        const run = answer.json.result.run
        if (run && !run.results.some((r: any) => r.status === 'pending')) return run
        await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error('round trip stayed pending')
}

test("basic mode with the AAD REST user as integration user: the round trip names who Microsoft signed in as and Setup's user", async () => {
    configureSetup(sandbox, 'basic')
    withStore(sandbox, (store) => {
        const setup = store.query('x_mioms_m365_assis_setup')[0]
        store.update('x_mioms_m365_assis_setup', String(setup.sys_id), { integration_user: findUserId(store, DEMO_APPS.restUser.clientId) })
    })
    await registerRepository(sandbox, 'basic')
    const started = await call(sandbox, 'POST', TESTS, { authorization: ADMIN, body: {} })
    expect(started.status).toBe(200)
    const run = await settledRun()
    expect(run.results.map((r: any) => [r.id, r.status])).toEqual([['token', 'passed'], ['connector', 'passed'], ['repository', 'passed'], ['roundTrip', 'failed']])
    expect(run.results[3]).toMatchObject({
        code: 'NotIntegrationUser',
        message: formatMessage(MESSAGES.SETUP_TEST_INBOUND_WRONG_USER, [DEMO_USERS.integration.userName, DEMO_APPS.restUser.clientId, 'Basic authentication']),
    })

    // With Setup's integration user right, the same registration passes.
    configureSetup(sandbox, 'basic')
    await call(sandbox, 'POST', TESTS, { authorization: ADMIN, body: {} })
    expect((await settledRun()).passed).toBe(true)
})
