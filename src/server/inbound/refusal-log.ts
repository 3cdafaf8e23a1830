/**
 * A trace of every refused connector API call that reaches the app (the platform's own 401s and
 * ACL 403s never run app code): one warn line in the app's log (source x_mioms_m365_assit) with
 * the route, reason, status, caller user name and a correlation id — never a header, body, token
 * or password.
 *
 * Repeated refusals are summarised: per caller and reason, only the first refusal of each
 * 10-minute window (UTC, by the clock) writes a line, and that line also counts the refusals of
 * the caller and reason in the earlier windows that wrote nothing. The counts live in the app's
 * table x_mioms_m365_assis_inbound_refusal (no timers, nothing in memory between transactions);
 * its unique index (caller, reason, window_start) lets exactly one request be the first of a
 * window, so a burst from one caller writes one line, however many requests run at once. The
 * other requests of a window add one to its count (a lost update under a race only undercounts).
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { logWarn, newCorrelationId } from '../diagnostics/logger'
import { InboundFailure } from './errors'

export const REFUSAL_TABLE = 'x_mioms_m365_assis_inbound_refusal'

/** Minutes per window: the first digit of the minutes is kept, so windows are 10 minutes. */
export const REFUSAL_WINDOW_MINUTES = 10

/** 'YYYY-MM-DD HH:M0' of a GlideDateTime value 'YYYY-MM-DD HH:MM:SS' (UTC). */
export function windowStartOf(glideValue: string): string {
    return glideValue.substring(0, 15) + '0'
}

/** The log line for the first refusal of a window; `earlier` counts the refusals not logged before it. */
export function refusalLine(route: string, found: InboundFailure, caller: string, earlier: { count: number; from: string; to: string }): string {
    let line = 'Connector API refused ' + route + ': ' + found.reason + ' (' + found.status + ') for caller ' + caller + '.'
    if (earlier.count > 0) {
        line +=
            ' Summary: ' + earlier.count + ' more refusal(s) of this caller for ' + found.reason + ' were counted, not logged, in the ' + REFUSAL_WINDOW_MINUTES +
            '-minute window(s) starting ' + earlier.from + (earlier.to !== earlier.from ? ' through ' + earlier.to : '') + ' UTC.'
    } else {
        line += ' Further refusals of this caller for ' + found.reason + ' are counted, not logged, until ' + REFUSAL_WINDOW_MINUTES + ' minutes have passed.'
    }
    return line
}

/** Traces one refusal; returns its correlation id (also given to the caller in the error's detail). */
export function traceRefusal(route: string, found: InboundFailure): string {
    const correlationId = newCorrelationId()
    const caller = gs.getUserName() || '(no user)'
    const windowStart = windowStartOf(new GlideDateTime().getValue())
    // Counted when the window has its row already: a refused insert makes the platform log a
    // "Unique Key violation" error, so the insert is tried only for the window's first refusal.
    if (countInWindow(caller, found.reason, windowStart, route, correlationId)) return correlationId
    const row = new GlideRecord(REFUSAL_TABLE)
    row.initialize()
    row.setValue('caller', caller)
    row.setValue('reason', found.reason)
    row.setValue('window_start', windowStart)
    row.setValue('refusals', '1')
    row.setValue('last_route', route)
    row.setValue('last_correlation_id', correlationId)
    if (row.insert()) {
        logWarn(refusalLine(route, found, caller, collectEarlier(caller, found.reason, windowStart)), correlationId)
        return correlationId
    }
    // The unique index refused the row: a request running at the same moment logged this window first.
    if (countInWindow(caller, found.reason, windowStart, route, correlationId)) return correlationId
    // Not a lost race (the table refused the row for another reason): the refusal is logged rather than lost.
    logWarn(refusalLine(route, found, caller, { count: 0, from: '', to: '' }), correlationId)
    return correlationId
}

/** Adds one to the window's count when its row exists (a lost update under a race only undercounts). */
function countInWindow(caller: string, reason: string, windowStart: string, route: string, correlationId: string): boolean {
    const existing = new GlideRecord(REFUSAL_TABLE)
    existing.addQuery('caller', caller)
    existing.addQuery('reason', reason)
    existing.addQuery('window_start', windowStart)
    existing.setLimit(1)
    existing.query()
    if (!existing.next()) return false
    existing.setValue('refusals', String(parseInt(existing.getValue('refusals') || '0', 10) + 1))
    existing.setValue('last_route', route)
    existing.setValue('last_correlation_id', correlationId)
    existing.update()
    return true
}

/** Sums the unlogged refusals of the caller's earlier windows for this reason, and removes those rows. */
function collectEarlier(caller: string, reason: string, windowStart: string): { count: number; from: string; to: string } {
    const earlier = new GlideRecord(REFUSAL_TABLE)
    earlier.addQuery('caller', caller)
    earlier.addQuery('reason', reason)
    earlier.addQuery('window_start', '<', windowStart)
    earlier.orderBy('window_start')
    earlier.query()
    const summary = { count: 0, from: '', to: '' }
    while (earlier.next()) {
        // The first refusal of each window was logged; the rest were only counted.
        summary.count += Math.max(parseInt(earlier.getValue('refusals') || '0', 10) - 1, 0)
        const start = earlier.getValue('window_start') || ''
        if (!summary.from) summary.from = start
        summary.to = start
        earlier.deleteRecord()
    }
    return summary
}
