/**
 * The app's system log. Microsoft's troubleshooting guide tells admins to open
 * System Logs > All filtered on source `x_mioms_m365_assit`; a scoped `gs.info` would log
 * under the scope name instead, so entries are written to `syslog` with that source.
 * syslog belongs to another scope: the instance may refuse the insert (the table's cross-scope
 * access policy; the platform then writes nothing, insert() returns null, nothing is thrown). The
 * entry then goes through the scoped `gs.info/warn/error` calls (documented for scoped apps;
 * logged under the scope name `x_mioms_m365_assis`), and the first fallback says so once.
 * Never pass a token, secret or password here: `redact` masks the usual shapes anyway.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { debugLoggingEnabled } from '../config/settings'
import { isTrue } from '../platform/booleans'

export const LOG_SOURCE = 'x_mioms_m365_assit'

/** syslog.level values as the platform writes them. */
const LEVEL = { info: '0', warn: '1', error: '2', debug: '-1' } as const
type Level = keyof typeof LEVEL

export function logInfo(message: string, correlationId?: string): void {
    write('info', message, correlationId)
}

export function logWarn(message: string, correlationId?: string): void {
    write('warn', message, correlationId)
}

export function logError(message: string, correlationId?: string): void {
    write('error', message, correlationId)
}

export function logDebug(message: string, correlationId?: string): void {
    if (!debugLoggingEnabled()) return
    write('debug', message, correlationId)
}

/** A short id shown to the user and written in the log, so an admin can find the entry. */
export function newCorrelationId(): string {
    return 'M365-' + gs.generateGUID().substring(0, 12).toUpperCase()
}

const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
    [/(authorization\s*[:=]\s*)(bearer|basic)\s+[^\s,;"']+/gi, '$1$2 [redacted]'],
    [/\b(bearer)\s+[A-Za-z0-9\-._~+/]+=*/gi, '$1 [redacted]'],
    [/("?(?:client_secret|password|access_token|refresh_token|secret|token)"?\s*[:=]\s*"?)[^"&\s,}]+/gi, '$1[redacted]'],
    [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'],
]

export function redact(text: string): string {
    let result = text
    for (const [pattern, replacement] of SECRET_PATTERNS) result = result.replace(pattern, replacement)
    return result
}

/**
 * Whether this app writes syslog rows itself, decided once per module lifetime. syslog belongs to
 * the global scope, and a refused insert makes the platform log a "Security restricted" error of
 * its own (KB0727180) — an error line per transaction on an instance that refuses, and a failed
 * ATF test wherever "Fail on server error" is set. So the app inserts only when syslog's
 * Application Access says other scopes may create (sys_db_object.create_access checked, docs:
 * Application access settings); otherwise, or if an insert is refused all the same, it logs
 * through the scoped gs calls under the scope name and says so once.
 */
let syslogMode: 'rows' | 'scoped' | null = null

function syslogAcceptsRows(): boolean {
    const table = new GlideRecord('sys_db_object')
    table.addQuery('name', 'syslog')
    table.setLimit(1)
    table.query()
    return table.next() && isTrue(table.getValue('read_access') ?? 'true') && isTrue(table.getValue('create_access'))
}

function useScopedLog(): void {
    syslogMode = 'scoped'
    gs.warn(
        'The system log does not take entries with source ' + LOG_SOURCE + ' from this application (syslog Application Access: Can create is not set); ' +
            'the app logs under its scope, source ' + gs.getCurrentScopeName() + ', instead.',
    )
}

function write(level: Level, message: string, correlationId?: string): void {
    const text = redact(correlationId ? `[${correlationId}] ${message}` : message)
    if (syslogMode === null) {
        if (syslogAcceptsRows()) syslogMode = 'rows'
        else useScopedLog()
    }
    if (syslogMode === 'rows') {
        const entry = new GlideRecord('syslog')
        entry.initialize()
        entry.setValue('level', LEVEL[level])
        entry.setValue('source', LOG_SOURCE)
        entry.setValue('message', text)
        if (entry.insert()) return
        useScopedLog()
    }
    scopedLog(level, text)
}

/** The scoped GlideSystem log calls. Debug goes to gs.info: the app's own debug property already chose to log it. */
function scopedLog(level: Level, text: string): void {
    if (level === 'error') gs.error(text)
    else if (level === 'warn') gs.warn(text)
    else gs.info(text)
}
