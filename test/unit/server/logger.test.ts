import { createTestPlatform } from '../../../sandbox/glide'
import { LOG_SOURCE, logError, logInfo, logDebug, newCorrelationId, redact } from '../../../src/server/diagnostics/logger'

describe('logger', () => {
    test('writes syslog entries with the source the troubleshooting guide names, and the correlation id', () => {
        const platform = createTestPlatform()
        const id = newCorrelationId()
        logError('Token request failed', id)
        logInfo('Setup saved')
        const entries = platform.store.query('syslog', { where: { kind: 'term', field: 'source', operator: '=', value: LOG_SOURCE } })
        expect(LOG_SOURCE).toBe('x_mioms_m365_assit')
        expect(entries.map((entry) => [entry.level, entry.message])).toEqual([
            ['2', `[${id}] Token request failed`],
            ['0', 'Setup saved'],
        ])
        expect(id).toMatch(/^M365-[0-9A-F]{12}$/)
    })

    test('debug entries only when the debug property is on', () => {
        const platform = createTestPlatform()
        logDebug('quiet')
        platform.setProperty('x_mioms_m365_assis.log.debug', 'true')
        logDebug('loud')
        const messages = platform.store.query('syslog').map((entry) => entry.message)
        expect(messages).toContain('loud')
        expect(messages).not.toContain('quiet')
    })

    test.each([
        ['Authorization: Bearer eyJhbGciOi.abc.def', 'eyJhbGciOi'],
        ['client_secret=s3cr3t&grant_type=client_credentials', 's3cr3t'],
        ['{"password":"hunter2"}', 'hunter2'],
        ['token eyJhbGciOiJSUzI1NiJ9.eyJhcHBpZCI6IjEyMyJ9.c2lnbmF0dXJl here', 'eyJhcHBpZCI6IjEyMyJ9'],
        ['Authorization: Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz'],
    ])('redacts secrets from %p', (text, secret) => {
        expect(redact(text)).not.toContain(secret)
    })

    test('a redacted secret never reaches the log table', () => {
        const platform = createTestPlatform()
        logError('call failed: client_secret=abc123 access_token=xyz789')
        const stored = JSON.stringify(platform.store.query('syslog'))
        expect(stored).not.toContain('abc123')
        expect(stored).not.toContain('xyz789')
    })
})
