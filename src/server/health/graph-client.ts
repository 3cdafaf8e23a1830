/**
 * Microsoft Graph service communications (v1.0): /admin/serviceAnnouncement/issues and
 * /healthOverviews, read with the Graph OAuth profile from Setup (scope
 * https://graph.microsoft.com/.default; the app registration needs ServiceHealth.Read.All, and
 * ServiceMessage.Read.All for Message center posts, /admin/serviceAnnouncement/messages).
 * Every call goes through `callMicrosoft` (timeouts, retries honouring Retry-After on 429/503,
 * classified failures, logging). Pages follow @odata.nextLink, only on the configured Graph
 * host: a nextLink anywhere else is refused so the token never leaves for another host.
 */
import { readHealthSettings, readSettings } from '../config/settings'
import { logWarn, newCorrelationId } from '../diagnostics/logger'
import { readConnection } from '../connector/connection'
import { MicrosoftFailure, failure } from '../connector/failure'
import { callMicrosoft } from '../connector/microsoft-http'
import type { GraphIssue } from './mapping'
import type { GraphMessage } from './message-mapping'

/** Safety net against a server that keeps sending nextLinks. */
export const MAX_PAGES = 1000

export type PagesOutcome = { ok: true; calls: number; pages: number; items: number; correlationId: string } | ({ ok: false; calls: number } & MicrosoftFailure)

export interface HealthOverview {
    id: string
    service: string
    status: string
}

/** '' for an unusable URL, else scheme://host[:port] in lower case. */
export function originOf(url: string): string {
    const m = /^(https?):\/\/([^/?#\s]+)/i.exec(url)
    return m ? (m[1] + '://' + m[2]).toLowerCase() : ''
}

/** The $filter for issues Microsoft changed after `since` (ISO 8601); '' for a full read. */
export function issuesPath(since: string | null): string {
    if (!since) return '/admin/serviceAnnouncement/issues'
    return '/admin/serviceAnnouncement/issues?$filter=' + encodeURIComponent('lastModifiedDateTime gt ' + since)
}

/**
 * Reads every page of `path` (relative to {graph}/v1.0), handing each page's items to `onPage`
 * as it arrives, so memory holds one page at a time.
 */
export function readGraphPages<T>(operation: string, path: string, onPage: (items: T[]) => void, correlationId?: string): PagesOutcome {
    const id = correlationId || newCorrelationId()
    const lookup = readConnection()
    if (lookup.ok === false) {
        logWarn(operation + ' not sent: Setup is incomplete (' + lookup.missing + ')', id)
        return { ok: false, calls: 0, ...failure('setup_incomplete', 0, 'SetupIncomplete', lookup.missing, id) }
    }
    const baseUrl = readSettings().graphBaseUrl + '/v1.0'
    const host = originOf(baseUrl)
    const pageSize = readHealthSettings().pageSize
    let next = path
    let calls = 0
    let pages = 0
    let items = 0
    const seen: { [url: string]: true } = {}
    while (next) {
        if (pages >= MAX_PAGES) {
            return { ok: false, calls, ...failure('unexpected', 0, 'TooManyPages', operation + ': more than ' + MAX_PAGES + ' pages', id) }
        }
        const result = callMicrosoft({
            operation,
            method: 'GET',
            baseUrl,
            path: next,
            profileId: lookup.connection.graphProfileId,
            headers: { Prefer: 'odata.maxpagesize=' + pageSize },
            correlationId: id,
        })
        calls += result.attempts
        if (result.ok === false) {
            return { ok: false, calls, kind: result.kind, messageId: result.messageId, status: result.status, code: result.code, detail: result.detail, correlationId: result.correlationId }
        }
        const body = result.body as { value?: unknown; '@odata.nextLink'?: unknown } | null
        if (!body || !Array.isArray(body.value)) {
            return { ok: false, calls, ...failure('unexpected', result.status, 'ContractViolation', operation + ': the answer has no value array', id) }
        }
        pages++
        items += body.value.length
        onPage(body.value as T[])
        const link = typeof body['@odata.nextLink'] === 'string' ? (body['@odata.nextLink'] as string) : ''
        if (!link) break
        if (originOf(link) !== host) {
            // Never send the Graph token to another host.
            return { ok: false, calls, ...failure('unexpected', result.status, 'ForeignNextLink', operation + ': nextLink points outside the configured Graph host', id) }
        }
        if (seen[link]) {
            return { ok: false, calls, ...failure('unexpected', result.status, 'RepeatedNextLink', operation + ': nextLink repeats', id) }
        }
        seen[link] = true
        next = link
    }
    return { ok: true, calls, pages, items, correlationId: id }
}

/** Issues changed after `since` (all issues when null), page by page. */
export function readIssuePages(since: string | null, onPage: (issues: GraphIssue[]) => void, correlationId?: string): PagesOutcome {
    return readGraphPages<GraphIssue>('graphListIssues', issuesPath(since), onPage, correlationId)
}

/** The $filter for Message center posts Microsoft changed after `since` (ISO 8601); no filter for a full read. */
export function messagesPath(since: string | null): string {
    if (!since) return '/admin/serviceAnnouncement/messages'
    return '/admin/serviceAnnouncement/messages?$filter=' + encodeURIComponent('lastModifiedDateTime gt ' + since)
}

/** Message center posts changed after `since` (all posts when null), page by page (needs ServiceMessage.Read.All). */
export function readMessagePages(since: string | null, onPage: (messages: GraphMessage[]) => void, correlationId?: string): PagesOutcome {
    return readGraphPages<GraphMessage>('graphListMessages', messagesPath(since), onPage, correlationId)
}

/** Current status per service (healthOverviews). */
export function readHealthOverviews(correlationId?: string): { ok: true; overviews: HealthOverview[]; calls: number } | ({ ok: false; calls: number } & MicrosoftFailure) {
    const overviews: HealthOverview[] = []
    const outcome = readGraphPages<HealthOverview>(
        'graphListHealthOverviews',
        '/admin/serviceAnnouncement/healthOverviews',
        (page) => {
            for (let i = 0; i < page.length; i++) overviews.push({ id: String(page[i].id || ''), service: String(page[i].service || ''), status: String(page[i].status || '') })
        },
        correlationId,
    )
    if (outcome.ok === false) return outcome
    return { ok: true, overviews, calls: outcome.calls }
}

/**
 * Saves Microsoft's post-incident review report of `issueId` as an attachment of the record
 * (`table`, `sysId`) named `fileName`: GET /admin/serviceAnnouncement/issues/{id}/incidentReport
 * (ServiceHealth.Read.All) answers "a file stream" whose format Graph does not document, so the body
 * is never read as text: the platform keeps it byte for byte (saveResponseBodyAsAttachment).
 */
export function saveIncidentReport(issueId: string, table: string, sysId: string, fileName: string, correlationId?: string): { ok: true; attachmentId: string; calls: number } | ({ ok: false; calls: number } & MicrosoftFailure) {
    const id = correlationId || newCorrelationId()
    const lookup = readConnection()
    if (lookup.ok === false) {
        logWarn('graphIncidentReport not sent: Setup is incomplete (' + lookup.missing + ')', id)
        return { ok: false, calls: 0, ...failure('setup_incomplete', 0, 'SetupIncomplete', lookup.missing, id) }
    }
    const result = callMicrosoft({
        operation: 'graphIncidentReport',
        method: 'GET',
        baseUrl: readSettings().graphBaseUrl + '/v1.0',
        path: '/admin/serviceAnnouncement/issues/' + encodeURIComponent(issueId) + '/incidentReport',
        profileId: lookup.connection.graphProfileId,
        // A file stream of an undocumented type: accept whatever Microsoft sends.
        accept: '*/*',
        saveAs: { table, sysId, fileName },
        correlationId: id,
    })
    if (result.ok === false) return { ok: false, calls: result.attempts, kind: result.kind, messageId: result.messageId, status: result.status, code: result.code, detail: result.detail, correlationId: result.correlationId }
    return { ok: true, attachmentId: result.attachmentId || '', calls: result.attempts }
}
