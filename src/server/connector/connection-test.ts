/**
 * Setup's inbound round trip (docs/connector-api.openapi.yaml, `startConnectionTest` and
 * `getConnectionTest`): Microsoft answers 202 at once and calls the repository endpoint's /ping
 * afterwards with the registration's credentials; the outcome is polled.
 */
import { Outcome, connectorCall, tenantPath, withConnection } from './connector-client'

export interface ConnectionTest {
    testId: string
    status: 'pending' | 'succeeded' | 'failed'
    httpStatus?: number
    detail?: string
    /** AAD Auth: the registered value Azure AD refused when Microsoft signed in (no ping was sent). */
    refusedCredential?: 'clientId' | 'clientSecret' | 'username' | 'password'
    completedDateTime?: string
}

function readTest(body: unknown): ConnectionTest | null {
    if (!body || typeof body !== 'object') return null
    const test = body as ConnectionTest
    if (typeof test.testId !== 'string' || ['pending', 'succeeded', 'failed'].indexOf(test.status) < 0) return null
    return test
}

const testsPath = (tenant: string, repositoryId: string) => tenant + '/repositories/' + encodeURIComponent(repositoryId) + '/connectionTests'

export function startConnectionTest(repositoryId: string, correlationId?: string): Outcome<ConnectionTest> {
    return withConnection(
        'startConnectionTest',
        (connection) => connectorCall(connection, { operation: 'startConnectionTest', method: 'POST', path: testsPath(tenantPath(connection), repositoryId), correlationId }, readTest),
        correlationId,
    )
}

export function getConnectionTest(repositoryId: string, testId: string, correlationId?: string): Outcome<ConnectionTest> {
    return withConnection(
        'getConnectionTest',
        (connection) =>
            connectorCall(
                connection,
                { operation: 'getConnectionTest', method: 'GET', path: testsPath(tenantPath(connection), repositoryId) + '/' + encodeURIComponent(testId), correlationId },
                readTest,
            ),
        correlationId,
    )
}
