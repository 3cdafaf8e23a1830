/**
 * The app's log: syslog rows with the source the troubleshooting guide names while the instance
 * lets the app's scope insert into syslog; the scoped gs log calls (under the scope name) when it
 * refuses (syslog's application access from other scopes is undocumented: fidelity switch
 * crossScopeSyslogWrite, strict = refused).
 */
import { Platform, createTestPlatform } from '../../../sandbox/glide'
import { LOG_SOURCE, logError, logInfo, logDebug, newCorrelationId, redact } from '../../../src/server/diagnostics/logger'
import * as loggerModule from '../../../src/server/diagnostics/logger'

type Side = 'strict' | 'lenient'
function syslogAccess(platform: Platform, createAccess: string | null) {
    const row = platform.findRow('sys_db_object', 'name', 'syslog')
    if (row) platform.store.update('sys_db_object', row.sys_id!, { create_access: createAccess })
    else platform.insertRow('sys_db_object', { name: 'syslog', create_access: createAccess })
}
/** syslog's Can create checked: the app writes its own rows (on both sides of the switch). */
function allowSyslog(platform: Platform, side: Side) {
    platform.fidelity.crossScopeSyslogWrite = side
    syslogAccess(platform, 'true')
}
/**
 * syslog's Can create not checked: strict, the flag unset (the platform would refuse); lenient,
 * the flag cleared. Either way the app does not try an insert the platform may refuse.
 */
function refuseSyslog(platform: Platform, side: Side) {
    platform.fidelity.crossScopeSyslogWrite = side
    if (side === 'lenient') syslogAccess(platform, 'false')
}
const BOTH: Side[] = ['strict', 'lenient']
const SCOPE = 'x_mioms_m365_assis'

/** A fresh logger module (its "said so once" state) and platform, isolated from the other tests. */
function freshLogger(): { platform: Platform; logger: typeof loggerModule } {
    let fresh: { platform: Platform; logger: typeof loggerModule } | undefined
    jest.isolateModules(() => {
        const glide = require('../../../sandbox/glide') as typeof import('../../../sandbox/glide')
        const logger = require('../../../src/server/diagnostics/logger') as typeof loggerModule
        fresh = { platform: glide.createTestPlatform(), logger }
    })
    return fresh!
}

describe.each(BOTH)('logger, syslog insert refused (%s)', (side) => {
    test('falls back to the scoped gs log calls under the scope name, says so once, keeps the correlation id; no row claims the app source', () => {
        const { platform, logger } = freshLogger()
        refuseSyslog(platform, side)
        const id = logger.newCorrelationId()
        logger.logError('Token request failed', id)
        logger.logInfo('Setup saved')
        logger.logWarn('client_secret=abc123 was refused')
        const own = platform.syslog().filter((r) => r.source === SCOPE)
        expect(own.map((r) => [r.level, r.message])).toEqual([
            ['1', expect.stringContaining(`source ${LOG_SOURCE}`)],
            ['2', `[${id}] Token request failed`],
            ['0', 'Setup saved'],
            ['1', 'client_secret=[redacted] was refused'],
        ])
        expect(own[0].message).toContain(`source ${SCOPE}`)
        expect(platform.syslog().filter((r) => r.source === LOG_SOURCE)).toEqual([])
        // No refused insert: the platform's own "Security restricted" error (which fails ATF tests
        // with Fail on server error, and would be written once per transaction) never appears.
        expect(platform.syslog().filter((r) => String(r.message).includes('Security restricted'))).toEqual([])
        expect(JSON.stringify(platform.syslog())).not.toContain('abc123')
    })

    test('debug entries fall back too when the debug property is on', () => {
        const { platform, logger } = freshLogger()
        refuseSyslog(platform, side)
        logger.logDebug('quiet')
        platform.setProperty('x_mioms_m365_assis.log.debug', 'true')
        logger.logDebug('loud')
        const messages = platform.syslog().filter((r) => r.source === SCOPE).map((r) => r.message)
        expect(messages).toContain('loud')
        expect(messages).not.toContain('quiet')
    })
})

describe.each(BOTH)('logger, syslog insert allowed (%s)', (side) => {
    test('writes syslog entries with the source the troubleshooting guide names, and the correlation id', () => {
        const platform = createTestPlatform()
        allowSyslog(platform, side)
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
        allowSyslog(platform, side)
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
        allowSyslog(platform, side)
        logError('call failed: client_secret=abc123 access_token=xyz789')
        const stored = JSON.stringify(platform.store.query('syslog'))
        expect(stored).not.toContain('abc123')
        expect(stored).not.toContain('xyz789')
    })
})
