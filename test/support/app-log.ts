/**
 * The app's log entries wherever the instance let them go (src/server/diagnostics/logger.ts):
 * syslog rows with the troubleshooting guide's source, or, when syslog refuses the app's insert
 * (fidelity switch crossScopeSyslogWrite, strict by default), the scoped gs log under the scope name.
 */
import { APP_SCOPE, Platform, Row } from '../../sandbox/glide'
import { LOG_SOURCE } from '../../src/server/diagnostics/logger'

export function isAppLogEntry(row: Row): boolean {
    return row.source === LOG_SOURCE || row.source === APP_SCOPE
}

export function appLogEntries(platform: Platform): Row[] {
    return platform.syslog().filter(isAppLogEntry)
}
