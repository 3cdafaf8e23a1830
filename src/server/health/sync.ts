/**
 * Incremental sync of Microsoft 365 service health issues from Microsoft Graph into the app's
 * health table (x_mioms_m365_assis_health_issue), one row per Microsoft issue id.
 *
 * - High-water mark: the newest `lastModifiedDateTime` (ISO, milliseconds) of the last sync that
 *   read every page, kept in the sync-state table x_mioms_m365_assis_health_sync (not in a
 *   property an admin could edit by mistake). It moves only after a complete sync, because
 *   Graph does not promise an order: a sync that failed half-way must not skip the issues of
 *   the pages it never read. The next sync asks Graph only for `lastModifiedDateTime gt <mark>`.
 *   With an empty health table the mark is ignored (full read).
 * - Every field is compared before writing: an unchanged issue writes nothing, so a re-sync with
 *   nothing new is one Graph call and zero writes.
 * - Posts: the `posts` JSON column keeps each Microsoft post once, keyed by its creation time and
 *   type (Graph posts have no id); `post_count` is their number.
 */
import { GlideRecord } from '@servicenow/glide'
import { logInfo, logWarn, newCorrelationId } from '../diagnostics/logger'
import type { MicrosoftFailure } from '../connector/failure'
import { readIssuePages } from './graph-client'
import { HEALTH_TABLE } from './health-store'
import { booleanField } from '../platform/booleans'
import { glideFromIso } from '../time/date-time'
import { type GraphIssue, type StoredPost, mergePosts, nextUpdateFrom } from './mapping'

export interface SyncCounts {
    calls: number
    pages: number
    received: number
    created: number
    updated: number
    unchanged: number
    newPosts: number
    /** Issue ids created or changed by this sync (the auto-incident pass looks at these first). */
    changedIds: string[]
}

export type SyncResult = ({ ok: true } & SyncCounts & { since: string | null; correlationId: string }) | ({ ok: false } & SyncCounts & { failure: MicrosoftFailure })

export const SYNC_TABLE = 'x_mioms_m365_assis_health_sync'
export const ISSUES_FEED = 'issues'

function syncState(): GlideRecord | null {
    const gr = new GlideRecord(SYNC_TABLE)
    gr.addQuery('feed', ISSUES_FEED)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr : null
}

function healthTableEmpty(): boolean {
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.setLimit(1)
    gr.query()
    return !gr.hasNext()
}

/** The high-water mark (ISO) of the last complete sync, or null for a full read. */
export function highWaterMark(): string | null {
    const state = syncState()
    const mark = state ? state.getValue('high_water') : null
    if (!mark || isNaN(Date.parse(mark))) return null
    return healthTableEmpty() ? null : mark
}

/** When the scheduled job last started a sync ('YYYY-MM-DD HH:mm:ss' UTC), or null. */
export function lastSyncAttempt(): string | null {
    const state = syncState()
    return state ? state.getValue('last_attempt') : null
}

/** Records that the scheduled job starts a sync now (creates the feed's state row on the first run). */
export function recordSyncAttempt(when: string): void {
    const state = syncState()
    const row = state || new GlideRecord(SYNC_TABLE)
    if (!state) {
        row.initialize()
        row.setValue('feed', ISSUES_FEED)
    }
    row.setValue('last_attempt', when)
    if (state) row.update()
    else row.insert()
}

/** Stores the new mark when it moved forward; writes nothing otherwise. */
function saveHighWaterMark(mark: string | null, calls: number): boolean {
    if (!mark) return false
    const state = syncState()
    const current = state ? state.getValue('high_water') : null
    if (current && !isNaN(Date.parse(current)) && Date.parse(current) >= Date.parse(mark)) return false
    const row = state || new GlideRecord(SYNC_TABLE)
    if (!state) {
        row.initialize()
        row.setValue('feed', ISSUES_FEED)
    }
    row.setValue('high_water', mark)
    row.setValue('last_calls', String(calls))
    if (state) row.update()
    else row.insert()
    return true
}

export function readStoredPosts(raw: string | null): StoredPost[] {
    if (!raw) return []
    try {
        const parsed = JSON.parse(raw)
        return Array.isArray(parsed) ? (parsed as StoredPost[]) : []
    } catch {
        return []
    }
}


/** Which of these issue ids are already stored: one query for a whole page. */
export function storedIssueIds(ids: string[]): { [id: string]: boolean } {
    const found: { [id: string]: boolean } = {}
    if (ids.length === 0) return found
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.addQuery('issue_id', 'IN', ids.join(','))
    gr.query()
    while (gr.next()) found[gr.getValue('issue_id') || ''] = true
    return found
}

/**
 * Upserts one Graph issue; returns what happened. `known` is false when the caller already
 * knows the issue is new (a page's ids were looked up at once), which saves the lookup.
 */
export function upsertIssue(issue: GraphIssue, known?: boolean): { action: 'created' | 'updated' | 'unchanged'; newPosts: number } {
    const gr = new GlideRecord(HEALTH_TABLE)
    let exists = false
    if (known !== false) {
        gr.addQuery('issue_id', issue.id)
        gr.setLimit(1)
        gr.query()
        exists = gr.next()
    }
    const target = exists ? gr : new GlideRecord(HEALTH_TABLE)
    if (!exists) target.initialize()

    const merged = mergePosts(exists ? readStoredPosts(gr.getValue('posts')) : [], issue.posts)
    const resolved = issue.isResolved === true
    const values: { [field: string]: string } = {
        issue_id: issue.id,
        title: String(issue.title || '').substring(0, 500),
        service: String(issue.service || ''),
        feature: String(issue.feature || ''),
        feature_group: String(issue.featureGroup || ''),
        classification: String(issue.classification || ''),
        status: String(issue.status || ''),
        impact_description: String(issue.impactDescription || '').substring(0, 4000),
        origin: String(issue.origin || ''),
        start_time: glideFromIso(issue.startDateTime),
        end_time: glideFromIso(issue.endDateTime),
        last_modified: glideFromIso(issue.lastModifiedDateTime),
        next_update: glideFromIso(nextUpdateFrom(merged.posts, resolved)),
    }
    let changed = !exists || merged.changed
    for (const field in values) {
        if (!exists || (gr.getValue(field) || '') !== values[field]) {
            target.setValue(field, values[field])
            changed = true
        }
    }
    if (!exists || booleanField(gr, 'is_resolved') !== resolved) {
        target.setValue('is_resolved', resolved ? 'true' : 'false')
        changed = true
    }
    if (!changed) return { action: 'unchanged', newPosts: 0 }
    if (!exists || merged.changed) {
        target.setValue('posts', JSON.stringify(merged.posts))
        target.setValue('post_count', String(merged.posts.length))
    }
    if (exists) {
        target.update()
        return { action: 'updated', newPosts: merged.added }
    }
    target.insert()
    return { action: 'created', newPosts: merged.added }
}

/** One incremental sync. Stops at the first failed page; what was stored before it stays. */
export function syncHealthIssues(correlationId?: string): SyncResult {
    const id = correlationId || newCorrelationId()
    const since = highWaterMark()
    const counts: SyncCounts = { calls: 0, pages: 0, received: 0, created: 0, updated: 0, unchanged: 0, newPosts: 0, changedIds: [] }
    let newest = since ? Date.parse(since) : 0
    const outcome = readIssuePages(
        since,
        (page) => {
            const ids: string[] = []
            for (let i = 0; i < page.length; i++) if (page[i] && typeof page[i].id === 'string' && page[i].id.indexOf(',') < 0) ids.push(page[i].id)
            const stored = storedIssueIds(ids)
            for (let i = 0; i < page.length; i++) {
                const issue = page[i]
                if (!issue || typeof issue.id !== 'string' || !issue.id || typeof issue.lastModifiedDateTime !== 'string') {
                    logWarn('Service health sync skipped an issue without id or lastModifiedDateTime', id)
                    continue
                }
                counts.received++
                const modified = Date.parse(issue.lastModifiedDateTime)
                if (!isNaN(modified) && modified > newest) newest = modified
                const r = upsertIssue(issue, stored[issue.id] === true || issue.id.indexOf(',') >= 0)
                counts.newPosts += r.newPosts
                if (r.action === 'created') counts.created++
                else if (r.action === 'updated') counts.updated++
                else counts.unchanged++
                if (r.action !== 'unchanged') counts.changedIds.push(issue.id)
            }
        },
        id,
    )
    counts.calls = outcome.calls
    if (outcome.ok === false) {
        return { ok: false, ...counts, failure: outcome }
    }
    counts.pages = outcome.pages
    saveHighWaterMark(newest > 0 ? new Date(newest).toISOString() : null, counts.calls)
    logInfo(
        'Service health sync since ' + (since || 'the beginning') + ': ' + counts.calls + ' call(s), ' + counts.received + ' received, ' +
            counts.created + ' created, ' + counts.updated + ' updated, ' + counts.unchanged + ' unchanged, ' + counts.newPosts + ' new post(s)',
        id,
    )
    return { ok: true, ...counts, since, correlationId: id }
}
