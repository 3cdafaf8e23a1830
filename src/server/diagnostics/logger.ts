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

/** Set once a syslog insert was refused in this module's lifetime: the notice is given once, and later entries go straight to gs. */
let syslogRefused = false

function write(level: Level, message: string, correlationId?: string): void {
    const text = redact(correlationId ? `[${correlationId}] ${message}` : message)
    if (!syslogRefused) {
        const entry = new GlideRecord('syslog')
        entry.initialize()
        entry.setValue('level', LEVEL[level])
        entry.setValue('source', LOG_SOURCE)
        entry.setValue('message', text)
        if (entry.insert()) return
        syslogRefused = true
        gs.warn(
            'The system log refused entries with source ' + LOG_SOURCE + ' from this application (cross-scope access policy of syslog); ' +
                'the app logs under its scope, source ' + gs.getCurrentScopeName() + ', instead.',
        )
    }
    scopedLog(level, text)
}

/** The scoped GlideSystem log calls. Debug goes to gs.info: the app's own debug property already chose to log it. */
function scopedLog(level: Level, text: string): void {
    if (level === 'error') gs.error(text)
    else if (level === 'warn') gs.warn(text)
    else gs.info(text)
}
