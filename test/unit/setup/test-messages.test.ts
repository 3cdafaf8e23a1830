/** Each Setup test failure gets its own message: the pure mappings from what came back. */
import { Platform, createTestPlatform } from '../../../sandbox/glide'
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import { roundTripResult, tokenFailure } from '../../../src/server/setup/setup-tests'
import { readTokenRefusal } from '../../../src/server/connector/outbound-token'
import { SetupSnapshot } from '../../../src/server/setup/setup-routes'
import { SetupMode } from '../../../src/server/setup/setup-record'
import { REFUSAL_TABLE } from '../../../src/server/inbound/refusal-log'

let platform: Platform
beforeEach(() => {
    platform = createTestPlatform()
    platform.setProperty('glide.servlet.uri', 'https://dev1.service-now.com/')
})

/** A saved Setup as snapshot() reads it. */
function setupState(mode: SetupMode, values: Record<string, string> = {}): SetupSnapshot {
    return { step: 'done', mode, consent: true, completed: false, values: { repository_id: 'contoso-servicenow', ...values } }
}
const basic = setupState('basic')

const endpoint = 'https://dev1.service-now.com/api/x_mioms_m365_assis/v1/connector'
/** AAD's error body as the token endpoint sends it (error, error_description with the AADSTS code first, error_codes). */
const aadBody = (error: string, code: number, text: string) =>
    JSON.stringify({ error, error_description: `AADSTS${code}: ${text}\r\nTrace ID: 1\r\nCorrelation ID: 2`, error_codes: [code] })

describe('token acquisition failures, from the token endpoint\'s answer', () => {
    test.each([
        [401, aadBody('invalid_client', 7000215, 'Invalid client secret provided.'), MESSAGES.SETUP_TEST_TOKEN_WRONG_SECRET],
        [401, aadBody('invalid_client', 7000222, "The provided client secret keys for app 'x' are expired."), MESSAGES.SETUP_TEST_TOKEN_SECRET_EXPIRED],
        [400, aadBody('invalid_request', 90002, "Tenant 'fabrikam.com' not found."), formatMessage(MESSAGES.SETUP_TEST_TOKEN_WRONG_TENANT, ['contoso.onmicrosoft.com', 'AADSTS90002'])],
        [400, aadBody('unauthorized_client', 700016, 'Application was not found in the directory.'), formatMessage(MESSAGES.SETUP_TEST_TOKEN_WRONG_TENANT, ['contoso.onmicrosoft.com', 'AADSTS700016'])],
        [400, aadBody('invalid_request', 900144, "The request body must contain the following parameter: 'resource'."), MESSAGES.SETUP_TEST_TOKEN_NEEDS_RESOURCE],
        [500, 'Server Error', formatMessage(MESSAGES.SETUP_TEST_TOKEN_FAILED, ['HTTP 500'])],
    ])('HTTP %i %s', (status, body, message) => {
        expect(tokenFailure(readTokenRefusal(status, {}, body), 'contoso.onmicrosoft.com')).toMatchObject({ id: 'token', status: 'failed', message })
    })

    test('the response parameters win over the body when the platform fills them (a Java map or a plain object)', () => {
        const map = { get: (k: string) => ({ error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' })[k] ?? null }
        expect(readTokenRefusal(401, map, '')).toEqual({ status: 401, error: 'invalid_client', codes: ['7000215'], description: 'AADSTS7000215: Invalid client secret provided.' })
        expect(readTokenRefusal(400, { error: 'invalid_request', error_description: 'AADSTS90002: x' }, '').codes).toEqual(['90002'])
    })
})

describe('inbound round trip outcomes', () => {
    test('pending keeps the test id; succeeded passes', () => {
        expect(roundTripResult({ testId: 't1', status: 'pending' }, basic)).toMatchObject({ status: 'pending', testId: 't1', message: MESSAGES.SETUP_TEST_INBOUND_PENDING })
        expect(roundTripResult({ testId: 't1', status: 'succeeded', httpStatus: 200 }, basic)).toMatchObject({ status: 'passed' })
    })

    test.each([
        [0, 'connect ECONNREFUSED', formatMessage(MESSAGES.SETUP_TEST_INBOUND_UNREACHABLE, [endpoint, 'connect ECONNREFUSED'])],
        [401, 'User Not Authenticated', formatMessage(MESSAGES.SETUP_TEST_INBOUND_UNAUTHORIZED, [endpoint, 'HTTP 401 User Not Authenticated'])],
        [403, 'User Not Authorized', formatMessage(MESSAGES.SETUP_TEST_INBOUND_UNAUTHORIZED, [endpoint, 'HTTP 403 User Not Authorized'])],
        [404, 'UnknownRepository: x', formatMessage(MESSAGES.SETUP_TEST_INBOUND_FAILED, [endpoint, 'HTTP 404 UnknownRepository: x'])],
        [500, '', formatMessage(MESSAGES.SETUP_TEST_INBOUND_FAILED, [endpoint, 'HTTP 500'])],
    ])('HTTP %s → its own message', (httpStatus, detail, message) => {
        expect(roundTripResult({ testId: 't', status: 'failed', httpStatus, detail }, basic)).toMatchObject({ id: 'roundTrip', status: 'failed', message })
    })
})

describe('a round trip whose cause is known names it', () => {
    const restUser = '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e03'
    const inboundApi = '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e02'
    const aad = setupState('aad', { rest_user_client_id: restUser, inbound_client_id: inboundApi })

    test.each([
        ['password', 'AADSTS7000215', MESSAGES.SETUP_TEST_INBOUND_PASSWORD_REFUSED, ['contoso-servicenow', 'AADSTS7000215', '']],
        ['password', 'AADSTS7000222', MESSAGES.SETUP_TEST_INBOUND_PASSWORD_REFUSED, ['contoso-servicenow', 'AADSTS7000222', '']],
        ['clientSecret', 'AADSTS7000215', MESSAGES.SETUP_TEST_INBOUND_CLIENT_SECRET_REFUSED, ['contoso-servicenow', 'AADSTS7000215', '']],
        ['username', 'AADSTS700016', MESSAGES.SETUP_TEST_INBOUND_USERNAME_REFUSED, ['contoso-servicenow', 'AADSTS700016', restUser]],
        ['clientId', 'AADSTS700016', MESSAGES.SETUP_TEST_INBOUND_CLIENT_ID_REFUSED, ['contoso-servicenow', 'AADSTS700016', inboundApi]],
    ] as const)('AAD Auth: Azure AD refused the registered %s (%s)', (field, code, text, args) => {
        const test = { testId: 't', status: 'failed' as const, refusedCredential: field, detail: `Azure AD refused the app registered for the repository: ${code}: x` }
        expect(roundTripResult(test, aad)).toMatchObject({ id: 'roundTrip', status: 'failed', code: field + 'Refused', message: formatMessage(text, [...args]) })
    })

    test('the instance refused the ping as not the integration user: the message names who signed in and who Setup has', () => {
        const carried = platform.createUser(restUser, { roles: ['incident_manager', 'snc_internal'] })
        const state = setupState('basic', { integration_user: carried })
        platform.insertRow(REFUSAL_TABLE, { caller: 'm365.integration', reason: 'NotIntegrationUser', window_start: '2026-11-30 10:00', refusals: '1', last_route: 'inboundPing', last_correlation_id: 'M365-0A1B2C3D4E5F' })
        const detail = 'Only the integration user configured for Microsoft 365 support can call this API.: NotIntegrationUser: The caller is not the integration user configured in Setup. (correlation id M365-0A1B2C3D4E5F)'
        expect(roundTripResult({ testId: 't', status: 'failed', httpStatus: 403, detail }, state)).toMatchObject({
            status: 'failed',
            code: 'NotIntegrationUser',
            message: formatMessage(MESSAGES.SETUP_TEST_INBOUND_WRONG_USER, ['m365.integration', restUser, 'Basic authentication']),
        })
        // No trace to read (another correlation id): the message still names Setup's integration user, not the admin center alone.
        expect(roundTripResult({ testId: 't', status: 'failed', httpStatus: 403, detail: detail.replace('0A1B', '9999') }, state).message).toBe(
            formatMessage(MESSAGES.SETUP_TEST_INBOUND_NOT_INTEGRATION_USER, [restUser, 'Basic authentication']),
        )
    })
})
