/** Pure classification rules: what each Microsoft answer means for the user and for retries. */
import { classify, isRetryable, readErrorBody, retryDelayMs } from '../../../src/server/connector/failure'

const body = (code: string, message = 'why') => JSON.stringify({ error: { code, message, correlationId: 'x' } })

describe('classify', () => {
    it.each([
        [401, body('InvalidToken'), 'setup_incomplete', 'SETUP_INCOMPLETE'],
        [403, body('TenantNotConfigured'), 'final_step_missing', 'FINAL_SETUP_STEP_MISSING'],
        [404, body('RepositoryNotRegistered'), 'final_step_missing', 'FINAL_SETUP_STEP_MISSING'],
        [403, body('InvalidAdmin'), 'invalid_admin', 'INVALID_ADMIN_ACCOUNT'],
        [403, body('Forbidden'), 'rejected', 'CONTACT_APP_SUPPORT'],
        [404, body('NotFound'), 'not_found', 'CONTACT_APP_SUPPORT'],
        [409, body('Conflict'), 'rejected', 'CONTACT_APP_SUPPORT'],
        [429, body('Throttled'), 'throttled', 'CONTACT_APP_SUPPORT'],
        [500, 'not json at all', 'unavailable', 'CONTACT_APP_SUPPORT'],
        [503, '', 'unavailable', 'CONTACT_APP_SUPPORT'],
        [302, '', 'unexpected', 'CONTACT_APP_SUPPORT'],
    ])('HTTP %i %s → %s', (status, text, kind, messageId) => {
        expect(classify(status, text, false, '', 'C1')).toMatchObject({ kind, messageId, status, correlationId: 'C1' })
    })

    it('a token the platform could not obtain means Setup must be finished, whatever the status', () => {
        expect(classify(401, '', true, 'OAuth access token could not be obtained', 'C2')).toMatchObject({
            kind: 'setup_incomplete',
            code: 'TokenUnavailable',
            detail: 'OAuth access token could not be obtained',
        })
    })

    it('no answer at all is "unavailable" with the platform error as detail', () => {
        expect(classify(0, '', false, 'connect ECONNREFUSED', 'C3')).toMatchObject({ kind: 'unavailable', code: 'NoResponse', detail: 'connect ECONNREFUSED' })
    })
})

describe('readErrorBody', () => {
    it('reads the connector, Graph and AAD error shapes', () => {
        expect(readErrorBody(body('Throttled', 'slow down'))).toEqual({ code: 'Throttled', message: 'slow down' })
        expect(readErrorBody(JSON.stringify({ error: { code: 'UnknownError', message: '' } }))).toEqual({ code: 'UnknownError', message: '' })
        expect(readErrorBody(JSON.stringify({ error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret' }))).toEqual({
            code: 'invalid_client',
            message: 'AADSTS7000215: Invalid client secret',
        })
        expect(readErrorBody('<html>')).toEqual({ code: '', message: '' })
    })
})

describe('retries', () => {
    it('retries throttling, gateway trouble and silence, never a 4xx mistake or a missing token', () => {
        expect([0, 429, 502, 503, 504].map((s) => isRetryable(s, false))).toEqual([true, true, true, true, true])
        expect([400, 401, 403, 404, 409, 413, 500].map((s) => isRetryable(s, false))).toEqual([false, false, false, false, false, false, false])
        expect(isRetryable(0, true)).toBe(false)
    })

    it('waits Retry-After seconds, or until its HTTP date, else backs off exponentially', () => {
        expect(retryDelayMs('3', 0, 0)).toBe(3000)
        const now = Date.parse('2026-11-23T10:00:00Z')
        expect(retryDelayMs('Mon, 23 Nov 2026 10:00:02 GMT', 0, now)).toBe(2000)
        expect(retryDelayMs('Mon, 23 Nov 2026 09:00:00 GMT', 0, now)).toBe(0)
        expect([0, 1, 2].map((a) => retryDelayMs('', a, now))).toEqual([500, 1000, 2000])
    })
})
