/** Each Setup test failure gets its own message: the pure mappings from what came back. */
import { createTestPlatform } from '../../../sandbox/glide'
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import { roundTripResult, tokenFailure } from '../../../src/server/setup/setup-tests'

beforeEach(() => {
    const platform = createTestPlatform()
    platform.setProperty('glide.servlet.uri', 'https://dev1.service-now.com/')
})

const endpoint = 'https://dev1.service-now.com/api/x_mioms_m365_assis/v1/connector'
const problem = (error: string, code: string, text: string) =>
    `OAuth access token could not be obtained for profile P: token endpoint returned HTTP 400 (OAuthProblemException error='${error}', description='AADSTS${code}: ${text}')`

describe('token acquisition failures', () => {
    test.each([
        [problem('invalid_client', '7000215', 'Invalid client secret provided.'), MESSAGES.SETUP_TEST_TOKEN_WRONG_SECRET],
        [problem('invalid_request', '90002', "Tenant 'fabrikam.com' not found."), formatMessage(MESSAGES.SETUP_TEST_TOKEN_WRONG_TENANT, ['contoso.onmicrosoft.com', 'AADSTS90002'])],
        [problem('unauthorized_client', '700016', 'Application was not found in the directory.'), formatMessage(MESSAGES.SETUP_TEST_TOKEN_WRONG_TENANT, ['contoso.onmicrosoft.com', 'AADSTS700016'])],
        [problem('invalid_request', '900144', "The request body must contain the following parameter: 'resource'."), MESSAGES.SETUP_TEST_TOKEN_NEEDS_RESOURCE],
        ['OAuth profile 1234 not found', formatMessage(MESSAGES.SETUP_TEST_TOKEN_FAILED, ['OAuth profile 1234 not found'])],
    ])('%s', (detail, message) => {
        expect(tokenFailure(detail, 'contoso.onmicrosoft.com')).toMatchObject({ id: 'token', status: 'failed', message })
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
