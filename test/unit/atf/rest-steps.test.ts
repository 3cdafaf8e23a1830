/**
 * The ATF REST category executors (sandbox/atf/rest-steps.ts) against a real sandbox instance
 * serving the BUILT app (run `npm run build` first), with synthetic steps: every assert on both
 * sides, the refusal of an assert that does not directly follow a request, the runner's own
 * credentials, a basic auth profile of a created user, and a wrong password (401).
 */
import { restSteps } from '../../../sandbox/atf/rest-steps'
import { encryptPassword2 } from '../../../sandbox/glide/passwords'
import type { AtfRunContext, AtfStep, StepOutcome } from '../../../sandbox/atf/types'
import { AtfInstance, atfContext, atfStep, runSteps, startAtfInstance, userWithPassword } from '../../support/atf-instance'

const CONTEXT_PATH = '/api/x_mioms_m365_assis/v1/app/context'
const INSIGHTS = 'x_mioms_m365_assis.insights_user'

let instance: AtfInstance
let agentProfile = ''
let wrongProfile = ''
let noRoleProfile = ''

beforeAll(async () => {
    instance = await startAtfInstance()
    const { platform } = instance
    userWithPassword(platform, 'atf.agent', 'Agent-pass-1', [INSIGHTS, 'snc_internal'])
    userWithPassword(platform, 'atf.norole', 'Norole-pass-1', ['snc_internal'])
    agentProfile = platform.insertRow('sys_auth_profile_basic', { name: 'ATF agent', username: 'atf.agent', password: encryptPassword2('Agent-pass-1') })
    wrongProfile = platform.insertRow('sys_auth_profile_basic', { name: 'ATF agent (wrong)', username: 'atf.agent', password: encryptPassword2('not-the-password') })
    noRoleProfile = platform.insertRow('sys_auth_profile_basic', { name: 'ATF no role', username: 'atf.norole', password: encryptPassword2('Norole-pass-1') })
})
afterAll(async () => {
    await instance.close()
})

const send = (inputs: Record<string, string>) => atfStep('rest', 'sendRestRequest', { method: 'get', auth: 'basic', ...inputs })
const assertStep = (method: string, inputs: Record<string, string> = {}) => atfStep('rest', method, inputs)

/** Sends `request`, then runs `assert` directly after it; returns the assert's outcome. */
async function sendThen(request: AtfStep, assert: AtfStep, context: AtfRunContext = atfContext(instance)): Promise<StepOutcome> {
    const outcomes = await runSteps(restSteps, context, [request, assert])
    expect(outcomes[0]).toMatchObject({ status: 'success' })
    return outcomes[1]
}

const statuses = (outcomes: StepOutcome[]) => outcomes.map((o) => o.status)

describe('Send REST Request - Inbound', () => {
    test('without a profile it sends as the user who runs the test (the runner, an admin), not the impersonated user', async () => {
        const context = atfContext(instance)
        context.userId = instance.platform.findUser('atf.agent')!.sys_id as string
        const outcomes = await runSteps(restSteps, context, [
            send({ path: CONTEXT_PATH }),
            assertStep('assertStatusCode', { operation: 'equals', statusCode: '200' }),
            assertStep('assertJsonResponsePayloadElement', { elementName: '/result/user/userName', operation: 'equals', elementValue: instance.adminUserName }),
        ])
        expect(outcomes.map((o) => o.message)).toEqual([expect.stringContaining('200'), expect.any(String), expect.any(String)])
        expect(statuses(outcomes)).toEqual(['success', 'success', 'success'])
    })

    test('with a basic auth profile it sends as the profile user (a created user with the role)', async () => {
        const outcomes = await runSteps(restSteps, atfContext(instance), [
            send({ path: CONTEXT_PATH, basicAuthentication: agentProfile }),
            assertStep('assertStatusCode', { operation: 'equals', statusCode: '200' }),
            assertStep('assertJsonResponsePayloadElement', { elementName: '/result/user/userName', operation: 'equals', elementValue: 'atf.agent' }),
            assertStep('assertJsonResponsePayloadElement', { elementName: '/result/roles/insightsUser', operation: 'equals', elementValue: 'true' }),
        ])
        expect(statuses(outcomes)).toEqual(['success', 'success', 'success', 'success'])
    })

    test('a profile with a wrong password is refused with 401; a user without the role gets 403', async () => {
        const wrong = await sendThen(send({ path: CONTEXT_PATH, basicAuthentication: wrongProfile }), assertStep('assertStatusCode', { statusCode: '401' }))
        expect(wrong).toMatchObject({ status: 'success' })
        const name = await sendThen(send({ path: CONTEXT_PATH, basicAuthentication: wrongProfile }), assertStep('assertStatusCodeName', { operation: 'equals', codeName: 'Unauthorized' }))
        expect(name).toMatchObject({ status: 'success' })
        const noRole = await sendThen(send({ path: CONTEXT_PATH, basicAuthentication: noRoleProfile }), assertStep('assertStatusCode', { statusCode: '200' }))
        expect(noRole).toMatchObject({ status: 'failure', message: expect.stringMatching(/actual: 40[13]/) })
    })

    test('authentication None sends no credentials; headers given by the test are sent as they are', async () => {
        const none = await sendThen(send({ path: CONTEXT_PATH, auth: '' }), assertStep('assertStatusCode', { statusCode: '401' }))
        expect(none).toMatchObject({ status: 'success' })
        const basic = `Basic ${Buffer.from('atf.agent:Agent-pass-1').toString('base64')}`
        const withHeader = await sendThen(send({ path: CONTEXT_PATH, auth: '', headers: JSON.stringify({ Authorization: basic }) }), assertStep('assertStatusCode', { statusCode: '200' }))
        expect(withHeader).toMatchObject({ status: 'success' })
    })

    test('query parameters are sent encoded', async () => {
        const outcome = await sendThen(
            send({ path: '/login.do', auth: '', queryParameters: JSON.stringify({ next: '/incident.do?sys_id=a b' }) }),
            assertStep('assertResponsePayload', { operation: 'contains', responseBody: 'value="/incident.do?sys_id=a b"' }),
        )
        expect(outcome).toMatchObject({ status: 'success' })
    })

    test('a body is sent with the method', async () => {
        // Setup's consent route answers 200 only to the body {"agree": true} (400 to anything else, or nothing).
        const consent = { path: '/api/x_mioms_m365_assis/v1/setup/consent', method: 'post', headers: JSON.stringify({ 'Content-Type': 'application/json' }) }
        const refused = await sendThen(send({ ...consent, body: '{"agree": false}' }), assertStep('assertStatusCode', { statusCode: '400' }))
        expect(refused).toMatchObject({ status: 'success' })
        const outcomes = await runSteps(restSteps, atfContext(instance), [
            send({ ...consent, body: '{"agree": true}' }),
            assertStep('assertStatusCode', { operation: 'equals', statusCode: '200' }),
            assertStep('assertJsonResponsePayloadElement', { elementName: '/result/consent', operation: 'equals', elementValue: 'true' }),
        ])
        expect(statuses(outcomes)).toEqual(['success', 'success', 'success'])
    })

    test('a path that is a URL fails: requests go only to the current instance', async () => {
        for (const path of ['https://example.service-now.com/api/now/table/incident', `${instance.server.url}${CONTEXT_PATH}`, '//example.com/x']) {
            const context = atfContext(instance)
            const [outcome] = await runSteps(restSteps, context, [send({ path })])
            expect(outcome).toMatchObject({ status: 'failure', message: expect.stringContaining('current instance') })
            expect(context.lastResponse).toBeNull()
        }
    })

    test('mutual authentication, an unknown profile and an unknown method fail loudly', async () => {
        const cases: [Record<string, string>, RegExp][] = [
            [{ auth: 'mutual', mutualAuth: 'b'.repeat(32) }, /Mutual authentication .* not emulated/],
            [{ basicAuthentication: 'c'.repeat(32) }, /does not exist/],
            [{ method: 'head' }, /unknown HTTP method/],
        ]
        for (const [inputs, message] of cases) {
            const [outcome] = await runSteps(restSteps, atfContext(instance), [send({ path: CONTEXT_PATH, ...inputs })])
            expect(outcome).toMatchObject({ status: 'failure', message: expect.stringMatching(message) })
        }
    })
})

describe('REST asserts', () => {
    const ok = () => send({ path: CONTEXT_PATH, basicAuthentication: agentProfile })

    test.each([
        ['equals', '200', 'success'],
        ['equals', '201', 'failure'],
        ['not_equals', '201', 'success'],
        ['not_equals', '200', 'failure'],
        ['less_than', '201', 'success'],
        ['less_than', '200', 'failure'],
        ['greater_than', '199', 'success'],
        ['greater_than', '200', 'failure'],
        ['less_than_equals', '200', 'success'],
        ['less_than_equals', '199', 'failure'],
        ['greater_than_equals', '200', 'success'],
        ['greater_than_equals', '201', 'failure'],
        ['between', '200', 'failure'],
    ])('Assert Status Code %s %s: %s', async (operation, statusCode, expected) => {
        expect(await sendThen(ok(), assertStep('assertStatusCode', { operation, statusCode }))).toMatchObject({ status: expected })
    })

    test.each([
        ['contains', 'O', 'success'],
        ['contains', 'Created', 'failure'],
        ['does_not_contain', 'Created', 'success'],
        ['does_not_contain', 'OK', 'failure'],
        ['equals', 'OK', 'success'],
        ['equals', 'ok', 'failure'],
        ['not_equals', 'Created', 'success'],
        ['not_equals', 'OK', 'failure'],
    ])('Assert Status Code Name %s %s: %s', async (operation, codeName, expected) => {
        expect(await sendThen(ok(), assertStep('assertStatusCodeName', { operation, codeName }))).toMatchObject({ status: expected })
    })

    test.each([
        ['Content-Type', 'exists', '', 'success'],
        ['X-No-Such-Header', 'exists', '', 'failure'],
        ['content-type', 'contains', 'application/json', 'success'],
        ['Content-Type', 'contains', 'text/html', 'failure'],
        ['Content-Type', 'does_not_contain', 'text/html', 'success'],
        ['Content-Type', 'does_not_contain', 'json', 'failure'],
        ['Cache-Control', 'equals', 'no-store', 'success'],
        ['Cache-Control', 'equals', 'no-cache', 'failure'],
        ['Cache-Control', 'not_equals', 'no-cache', 'success'],
        ['Cache-Control', 'not_equals', 'no-store', 'failure'],
        // Undocumented, strict: an absent header fails even "is not" / "does not contain".
        ['X-No-Such-Header', 'not_equals', 'x', 'failure'],
        ['X-No-Such-Header', 'does_not_contain', 'x', 'failure'],
    ])('Assert Response Header %s %s %s: %s', async (headerName, operation, headerValue, expected) => {
        expect(await sendThen(ok(), assertStep('assertResponseHeader', { headerName, operation, headerValue }))).toMatchObject({ status: expected })
    })

    test.each([
        ['contains', '"userName":"atf.agent"', 'success'],
        ['contains', '"userName":"admin"', 'failure'],
        ['does_not_contain', '"userName":"admin"', 'success'],
        ['does_not_contain', '"userName":"atf.agent"', 'failure'],
        ['equals', '{"result"', 'failure'],
        ['not_equals', '{"result"', 'success'],
        ['exists', '', 'success'],
    ])('Assert Response Payload %s %s: %s', async (operation, responseBody, expected) => {
        expect(await sendThen(ok(), assertStep('assertResponsePayload', { operation, responseBody }))).toMatchObject({ status: expected })
    })

    test('Assert Response Payload equals compares the whole payload', async () => {
        const context = atfContext(instance)
        await runSteps(restSteps, context, [ok()])
        const whole = context.lastResponse!.body
        expect(await sendThen(ok(), assertStep('assertResponsePayload', { operation: 'equals', responseBody: whole }))).toMatchObject({ status: 'success' })
    })

    test('Assert Response JSON Payload Is Valid: JSON passes, an HTML page fails', async () => {
        expect(await sendThen(ok(), assertStep('assertResponseJSONPayloadIsValid'))).toMatchObject({ status: 'success' })
        expect(await sendThen(send({ path: '/login.do', auth: '' }), assertStep('assertResponseJSONPayloadIsValid'))).toMatchObject({
            status: 'failure',
            message: expect.stringContaining('not valid JSON'),
        })
    })

    test.each([
        ['/result/user/userName', 'exists', '', 'success'],
        ['/result/user/noSuchField', 'exists', '', 'failure'],
        ['/result/user/userName', 'equals', 'atf.agent', 'success'],
        ['/result/user/userName', 'equals', 'atf', 'failure'],
        ['/result/user/userName', 'not_equals', 'admin', 'success'],
        ['/result/user/userName', 'not_equals', 'atf.agent', 'failure'],
        ['/result/user/userName', 'contains', 'agent', 'success'],
        ['/result/user/userName', 'contains', 'admin', 'failure'],
        ['/result/user/userName', 'does_not_contain', 'admin', 'success'],
        ['/result/user/userName', 'does_not_contain', 'agent', 'failure'],
        ['/result/roles/administrator', 'equals', 'false', 'success'],
        ['/result/roles', 'contains', '"insightsUser":true', 'success'],
        // Strict: an absent element fails "is not"; predicates and indexes are not SNC path syntax.
        ['/result/user/noSuchField', 'not_equals', 'x', 'failure'],
        ['/result/user[1]', 'exists', '', 'failure'],
        ['result/user/userName', 'exists', '', 'failure'],
    ])('Assert JSON Response Payload Element %s %s %s: %s', async (elementName, operation, elementValue, expected) => {
        expect(await sendThen(ok(), assertStep('assertJsonResponsePayloadElement', { elementName, operation, elementValue }))).toMatchObject({ status: expected })
    })

    test('Assert Response Time compares the elapsed milliseconds (no timing-dependent case here)', async () => {
        // The elapsed time is never negative: these outcomes cannot depend on how fast the machine is.
        expect(await sendThen(ok(), assertStep('assertResponseTime', { operation: 'greater_than', responseTime: '-1' }))).toMatchObject({ status: 'success' })
        expect(await sendThen(ok(), assertStep('assertResponseTime', { operation: 'less_than', responseTime: '0' }))).toMatchObject({ status: 'failure' })
        expect(await sendThen(ok(), assertStep('assertResponseTime', { operation: 'equals', responseTime: '5' }))).toMatchObject({ status: 'failure', message: expect.stringContaining('unknown operation') })
    })

    test('the XML asserts are not emulated and say so', async () => {
        expect(await sendThen(ok(), assertStep('assertResponseXMLPayloadIsWellFormed'))).toMatchObject({ status: 'failure', message: expect.stringContaining('not emulated') })
    })
})

describe('asserts must immediately follow a Send REST Request - Inbound step', () => {
    test('several asserts in a row after one request pass', async () => {
        const outcomes = await runSteps(restSteps, atfContext(instance), [
            send({ path: CONTEXT_PATH }),
            assertStep('assertStatusCode', { statusCode: '200' }),
            assertStep('assertResponseJSONPayloadIsValid'),
            assertStep('assertResponseHeader', { headerName: 'Content-Type' }),
        ])
        expect(statuses(outcomes)).toEqual(['success', 'success', 'success', 'success'])
    })

    test('an assert after a step of another category fails, although a response is still held', async () => {
        const context = atfContext(instance)
        await runSteps(restSteps, context, [send({ path: CONTEXT_PATH })])
        expect(context.lastResponse?.status).toBe(200)
        context.previousStep = atfStep('server', 'log', { log: 'between the request and the assert' })
        const outcome = await restSteps[assertStep('assertStatusCode').stepConfigId](assertStep('assertStatusCode', { statusCode: '200' }), context)
        expect(outcome).toMatchObject({ status: 'failure', message: expect.stringContaining('must immediately follow') })
    })

    test('an assert as the first step fails', async () => {
        const [outcome] = await runSteps(restSteps, atfContext(instance), [assertStep('assertStatusCode', { statusCode: '200' })])
        expect(outcome).toMatchObject({ status: 'failure', message: expect.stringContaining("the previous step is none") })
    })
})
