/** Each Setup test failure gets its own message: the pure mappings from what came back. */
import { createTestPlatform } from '../../../sandbox/glide'
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import { readTokenRefusal, roundTripResult, tokenFailure } from '../../../src/server/setup/setup-tests'

beforeEach(() => {
    const platform = createTestPlatform()
    platform.setProperty('glide.servlet.uri', 'https://dev1.service-now.com/')
})

const endpoint = 'https://dev1.service-now.com/api/x_mioms_m365_assis/v1/connector'
/** AAD's error body as the token endpoint sends it (error, error_description with the AADSTS code first, error_codes). */
const aadBody = (error: string, code: number, text: string) =>
    JSON.stringify({ error, error_description: `AADSTS${code}: ${text}\r\nTrace ID: 1\r\nCorrelation ID: 2`, error_codes: [code] })

describe('token acquisition failures, from the token endpoint\'s answer', () => {
    test.each([
        [401, aadBody('invalid_client', 7000215, 'Invalid client secret provided.'), MESSAGES.SETUP_TEST_TOKEN_WRONG_SECRET],
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
        expect(roundTripResult({ testId: 't1', status: 'pending' })).toMatchObject({ status: 'pending', testId: 't1', message: MESSAGES.SETUP_TEST_INBOUND_PENDING })
        expect(roundTripResult({ testId: 't1', status: 'succeeded', httpStatus: 200 })).toMatchObject({ status: 'passed' })
    })

    test.each([
        [0, 'connect ECONNREFUSED', formatMessage(MESSAGES.SETUP_TEST_INBOUND_UNREACHABLE, [endpoint, 'connect ECONNREFUSED'])],
        [401, 'User Not Authenticated', formatMessage(MESSAGES.SETUP_TEST_INBOUND_UNAUTHORIZED, [endpoint, 'HTTP 401 User Not Authenticated'])],
        [403, 'User Not Authorized', formatMessage(MESSAGES.SETUP_TEST_INBOUND_UNAUTHORIZED, [endpoint, 'HTTP 403 User Not Authorized'])],
        [404, 'UnknownRepository: x', formatMessage(MESSAGES.SETUP_TEST_INBOUND_FAILED, [endpoint, 'HTTP 404 UnknownRepository: x'])],
        [500, '', formatMessage(MESSAGES.SETUP_TEST_INBOUND_FAILED, [endpoint, 'HTTP 500'])],
    ])('HTTP %s → its own message', (httpStatus, detail, message) => {
        expect(roundTripResult({ testId: 't', status: 'failed', httpStatus, detail })).toMatchObject({ id: 'roundTrip', status: 'failed', message })
    })
})
