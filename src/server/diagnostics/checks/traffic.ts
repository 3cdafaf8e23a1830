/**
 * Traffic checks: recent failures from the app's log and the outbound HTTP log grouped by cause
 * (token, connector, Graph, inbound refusals), with correlation ids and links to the rows; the
 * refusals of Microsoft's calls; the comments waiting for Microsoft with their retry state.
 * They only read; the entries they list are evidence of what already happened.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { readSettings } from '../../config/settings'
import { LABELS } from '../../messages/catalogue'
import { LOG_SOURCE } from '../logger'
import { crossScopeReadRefused } from '../../setup/setup-store'
import { CheckItem, CheckResult, failed, lookedAt, notApplicable, passed } from './check'

const GROUP = 'traffic'
const CAUSE = LABELS.diagnostics.causes
export const WINDOW_HOURS = 24
/** At most this many rows are listed per source. */
export const MAX_ITEMS = 50

function since(hours: number): string {
    const at = new GlideDateTime()
    at.addSeconds(-hours * 3600)
    return at.getValue()
}

const CORRELATION = /\[(M365-[0-9A-F]{12})\]/

/** Which cause a log line is about, from the operation names and hosts the app writes. */
export function causeOfLogLine(message: string): string {
    if (/Connector API refused/i.test(message)) return CAUSE.inbound
    if (/\btoken\b|AADSTS|oauth/i.test(message)) return CAUSE.token
    if (/graph|serviceAnnouncement|health sync/i.test(message)) return CAUSE.graph
    if (/connector|repositor|searchSolutions|getTenantHealth|validateAdmin|ServiceRequest|Communication/i.test(message)) return CAUSE.connector
    return CAUSE.other
}

/** Which cause an outbound call is about, from its host. */
export function causeOfHost(hostname: string, hosts: { token: string; connector: string; graph: string }): string {
    if (hostname === hosts.token) return CAUSE.token
    if (hostname === hosts.graph) return CAUSE.graph
    if (hostname === hosts.connector) return CAUSE.connector
    return CAUSE.other
}

function hostOf(url: string): string {
    const m = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url)
    return m ? m[1].toLowerCase() : ''
}

function logFailures(): CheckItem[] {
    const items: CheckItem[] = []
    const log = new GlideRecord('syslog')
    log.addQuery('source', 'IN', LOG_SOURCE + ',x_mioms_m365_assis')
    log.addQuery('level', '2')
    log.addQuery('sys_created_on', '>=', since(WINDOW_HOURS))
    log.orderByDesc('sys_created_on')
    log.setLimit(MAX_ITEMS)
    log.query()
    while (log.next()) {
        const message = log.getValue('message') || ''
        const id = CORRELATION.exec(message)
        items.push({
            text: (log.getValue('sys_created_on') || '') + ' ' + message.substring(0, 300),
            cause: causeOfLogLine(message),
            correlation_id: id ? id[1] : undefined,
            link: 'syslog.do?sys_id=' + log.getUniqueValue(),
        })
    }
    return items
}

function outboundFailures(): CheckItem[] {
    const s = readSettings()
    const hosts = { token: hostOf(s.tokenHost), connector: hostOf(s.connectorBaseUrl), graph: hostOf(s.graphBaseUrl) }
    const items: CheckItem[] = []
    const calls = new GlideRecord('sys_outbound_http_log')
    calls.addQuery('hostname', 'IN', [hosts.token, hosts.connector, hosts.graph].join(','))
    calls.addQuery('sys_created_on', '>=', since(WINDOW_HOURS))
    calls.orderByDesc('sys_created_on')
    calls.setLimit(MAX_ITEMS * 4)
    calls.query()
    while (calls.next() && items.length < MAX_ITEMS) {
        const status = Number(calls.getValue('response_status') || '0')
        if (status >= 200 && status < 400) continue
        const headers = calls.getValue('request_headers') || ''
        const id = /client-request-id"?\s*[:=]\s*"?(M365-[0-9A-F]{12})/i.exec(headers)
        items.push({
            text: (calls.getValue('sys_created_on') || '') + ' ' + (calls.getValue('method') || '') + ' ' + (calls.getValue('url') || '') + ' → ' + (status || 'no answer'),
            cause: causeOfHost(calls.getValue('hostname') || '', hosts),
            correlation_id: id ? id[1] : undefined,
            link: 'sys_outbound_http_log.do?sys_id=' + calls.getUniqueValue(),
        })
    }
    return items
}

export function checkRecentFailures(): CheckResult {
    for (const table of ['syslog', 'sys_outbound_http_log']) {
        if (crossScopeReadRefused(table)) return notApplicable('recent_failures', GROUP, lookedAt('readRefused', [table]))
    }
    const items = logFailures().concat(outboundFailures())
    const order: string[] = [CAUSE.token, CAUSE.connector, CAUSE.graph, CAUSE.inbound, CAUSE.other]
    items.sort((a, b) => order.indexOf(a.cause || CAUSE.other) - order.indexOf(b.cause || CAUSE.other))
    const looked = lookedAt('recentFailures', [String(WINDOW_HOURS)])
    if (items.length) return failed('recent_failures', GROUP, looked, 'DIAG_FIX_RECENT_FAILURES', [String(items.length)], items)
    return passed('recent_failures', GROUP, looked)
}

export function checkInboundRefusals(): CheckResult {
    const rows = new GlideRecord('x_mioms_m365_assis_inbound_refusal')
    rows.addQuery('sys_updated_on', '>=', since(WINDOW_HOURS))
    rows.orderByDesc('sys_updated_on')
    rows.setLimit(MAX_ITEMS)
    rows.query()
    const items: CheckItem[] = []
    let total = 0
    while (rows.next()) {
        const count = Number(rows.getValue('refusals') || '0') || 1
        total += count
        items.push({
            text: (rows.getValue('window_start') || '') + ' ' + (rows.getValue('reason') || '') + ' × ' + count + ' for caller ' + (rows.getValue('caller') || '') + ' (' + (rows.getValue('last_route') || '') + ')',
            cause: CAUSE.inbound,
            correlation_id: rows.getValue('last_correlation_id') || undefined,
            link: 'x_mioms_m365_assis_inbound_refusal.do?sys_id=' + rows.getUniqueValue(),
        })
    }
    const looked = lookedAt('inboundRefusals')
    if (total) return failed('inbound_refusals', GROUP, looked, 'DIAG_FIX_INBOUND_REFUSALS', [String(total)], items)
    return passed('inbound_refusals', GROUP, looked)
}

export function checkCommentQueue(): CheckResult {
    const rows = new GlideRecord('x_mioms_m365_assis_communication')
    rows.addQuery('direction', 'toMicrosoft')
    // A queued comment is on its way (the async rule sends it); only retries and failures need the admin.
    rows.addQuery('state', 'IN', 'retry,failed')
    rows.orderByDesc('sys_updated_on')
    rows.setLimit(MAX_ITEMS)
    rows.query()
    const items: CheckItem[] = []
    let failedCount = 0
    let waiting = 0
    while (rows.next()) {
        const state = rows.getValue('state') || ''
        if (state === 'failed') failedCount++
        else waiting++
        items.push({
            text: state + ', ' + (rows.getValue('attempts') || '0') + ' attempt(s)' + (rows.getValue('next_attempt') ? ', next ' + rows.getValue('next_attempt') : '') + (rows.getValue('last_error') ? ': ' + (rows.getValue('last_error') || '').substring(0, 200) : ''),
            correlation_id: rows.getValue('correlation_id') || undefined,
            link: 'x_mioms_m365_assis_communication.do?sys_id=' + rows.getUniqueValue(),
        })
    }
    const looked = lookedAt('commentQueue')
    if (items.length) return failed('comment_queue', GROUP, looked, 'DIAG_FIX_COMMENT_QUEUE', [String(failedCount), String(waiting)], items)
    return passed('comment_queue', GROUP, looked)
}

export function trafficChecks(): CheckResult[] {
    return [checkRecentFailures(), checkInboundRefusals(), checkCommentQueue()]
}
