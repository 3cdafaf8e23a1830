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
 * - Posts: one x_mioms_m365_assis_health_post row per Microsoft post, keyed by its creation time
 *   and type (Graph posts have no id), unique per issue; a corrected post's row gets the new text.
 *   `post_count` on the issue is their number. (They were one JSON document in a 4,000-character
 *   field, which a long-running issue outgrows: cut on save, it no longer parsed.)
 * - Text from Microsoft goes through platform/field-length.ts: a title or impact longer than its
 *   field is cut here and logged; an issue id or post key that does not fit is refused.
 */
import { GlideRecord } from '@servicenow/glide'
import { logInfo, logWarn, newCorrelationId } from '../diagnostics/logger'
import type { MicrosoftFailure } from '../connector/failure'
import { readIssuePages } from './graph-client'
import { HEALTH_TABLE, insertPost, readPosts, updatePostContent } from './health-store'
import { booleanField } from '../platform/booleans'
import { fitText, setText, type Overflow } from '../platform/field-length'
import { glideFromIso } from '../time/date-time'
import { type GraphIssue, mergePosts, nextUpdateFrom } from './mapping'

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

/** The sync-state row of a Graph feed (`issues`, or `messages` for Message center: message-sync.ts). */
function syncState(feed: string = ISSUES_FEED): GlideRecord | null {
    const gr = new GlideRecord(SYNC_TABLE)
    gr.addQuery('feed', feed)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr : null
}

function tableEmpty(table: string): boolean {
    const gr = new GlideRecord(table)
    gr.setLimit(1)
    gr.query()
    return !gr.hasNext()
}

/** A feed's high-water mark (ISO) of its last complete sync, or null for a full read (also when `table`, where the feed is stored, is empty). */
export function feedHighWaterMark(feed: string, table: string): string | null {
    const state = syncState(feed)
    const mark = state ? state.getValue('high_water') : null
    if (!mark || isNaN(Date.parse(mark))) return null
    return tableEmpty(table) ? null : mark
}

/** The high-water mark (ISO) of the last complete issues sync, or null for a full read. */
export function highWaterMark(): string | null {
    return feedHighWaterMark(ISSUES_FEED, HEALTH_TABLE)
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

/** Stores a feed's new mark when it moved forward; writes nothing otherwise. */
export function saveFeedHighWaterMark(feed: string, mark: string | null, calls: number): boolean {
    if (!mark) return false
    const state = syncState(feed)
    const current = state ? state.getValue('high_water') : null
    if (current && !isNaN(Date.parse(current)) && Date.parse(current) >= Date.parse(mark)) return false
    const row = state || new GlideRecord(SYNC_TABLE)
    if (!state) {
        row.initialize()
        row.setValue('feed', feed)
    }
    row.setValue('high_water', mark)
    row.setValue('last_calls', String(calls))
    if (state) row.update()
    else row.insert()
    return true
}

/** Which of these issue ids are already stored: one query for a whole page. */
export function storedIssueIds(ids: string[]): { [id: string]: boolean } {
    return storedIds(HEALTH_TABLE, 'issue_id', ids)
}

/** Which of these Microsoft ids are stored in `table`.`column`: one query for a whole page. */
function storedIds(table: string, column: string, ids: string[]): { [id: string]: boolean } {
    const found: { [id: string]: boolean } = {}
    if (ids.length === 0) return found
    const gr = new GlideRecord(table)
    gr.addQuery(column, 'IN', ids.join(','))
    gr.query()
    while (gr.next()) found[gr.getValue(column) || ''] = true
    return found
}

/** What a feed's item must have to be stored: Microsoft's id and last modification time. */
export interface FeedItem {
    id?: string | null
    lastModifiedDateTime?: string | null
}

/**
 * One page of a Graph feed, ready to store: the items with an id and a lastModifiedDateTime (the
 * others are logged and skipped), whether each may be stored already (one query for the page; an
 * id with a comma cannot go in an IN query, so it is looked up on its own), and the newest
 * modification time on the page (the next high-water mark), in milliseconds (0: none).
 */
export function pageToStore<T extends FeedItem>(page: T[], table: string, idColumn: string, feedName: string, correlationId: string): { items: { item: T & { id: string; lastModifiedDateTime: string }; known: boolean }[]; newest: number } {
    const ids: string[] = []
    for (let i = 0; i < page.length; i++) {
        const pageId = page[i] ? page[i].id : null
        if (typeof pageId === 'string' && pageId.indexOf(',') < 0) ids.push(pageId)
    }
    const stored = storedIds(table, idColumn, ids)
    const items: { item: T & { id: string; lastModifiedDateTime: string }; known: boolean }[] = []
    let newest = 0
    for (let i = 0; i < page.length; i++) {
        const item = page[i]
        const itemId = item ? item.id : null
        const modifiedAt = item ? item.lastModifiedDateTime : null
        if (!item || typeof itemId !== 'string' || !itemId || typeof modifiedAt !== 'string') {
            logWarn(feedName + ' sync skipped an item without id or lastModifiedDateTime', correlationId)
            continue
        }
        const modified = Date.parse(modifiedAt)
        if (!isNaN(modified) && modified > newest) newest = modified
        items.push({ item: item as T & { id: string; lastModifiedDateTime: string }, known: stored[itemId] === true || itemId.indexOf(',') >= 0 })
    }
    return { items, newest }
}

/** How each text field from Microsoft is stored when it is longer than the field (platform/field-length.ts). */
const TEXT_FIELDS: { [field: string]: Overflow } = {
    issue_id: 'refuse',
    title: 'cut',
    service: 'cut',
    feature: 'cut',
    feature_group: 'cut',
    classification: 'cut',
    status: 'cut',
    impact_description: 'cut',
    origin: 'cut',
}

/** The row of a Microsoft id in `table`, to write into: the stored one, else a new one (`known` false: the caller knows it is new, no lookup). */
export function rowToWrite(table: string, idColumn: string, id: string, known?: boolean): { row: GlideRecord; exists: boolean } {
    if (known !== false) {
        const stored = new GlideRecord(table)
        stored.addQuery(idColumn, id)
        stored.setLimit(1)
        stored.query()
        if (stored.next()) return { row: stored, exists: true }
    }
    const row = new GlideRecord(table)
    row.initialize()
    return { row, exists: false }
}

/**
 * Sets on `row` the text and date fields that differ from what it holds (all of them on a new row).
 * Text is compared as it would be stored (platform/field-length.ts), so a title longer than its field
 * is not rewritten on every sync. 'refused': the id column's value does not fit (nothing to write).
 */
export function setChangedFields(
    row: GlideRecord,
    exists: boolean,
    idColumn: string,
    text: { [field: string]: string },
    overflow: { [field: string]: Overflow },
    dates: { [field: string]: string },
    correlationId?: string,
): 'changed' | 'unchanged' | 'refused' {
    let changed = !exists
    for (const field in text) {
        const fitted = fitText(row, field, text[field], overflow[field]).value
        if (exists && (fitted === null || (row.getValue(field) || '') === fitted)) continue
        if (!setText(row, field, text[field], overflow[field], correlationId) && field === idColumn) return 'refused'
        changed = true
    }
    for (const field in dates) {
        if (!exists || (row.getValue(field) || '') !== dates[field]) {
            row.setValue(field, dates[field])
            changed = true
        }
    }
    return changed ? 'changed' : 'unchanged'
}

/**
 * Upserts one Graph issue and its posts; returns what happened. `known` is false when the caller
 * already knows the issue is new (a page's ids were looked up at once), which saves the lookup.
 */
export function upsertIssue(issue: GraphIssue, known?: boolean, correlationId?: string): { action: 'created' | 'updated' | 'unchanged'; newPosts: number } {
    const { row: target, exists } = rowToWrite(HEALTH_TABLE, 'issue_id', issue.id, known)
    const gr = target

    const merged = mergePosts(exists ? readPosts(gr.getUniqueValue()) : [], issue.posts)
    const resolved = issue.isResolved === true
    const text: { [field: string]: string } = {
        issue_id: issue.id,
        title: String(issue.title || ''),
        service: String(issue.service || ''),
        feature: String(issue.feature || ''),
        feature_group: String(issue.featureGroup || ''),
        classification: String(issue.classification || ''),
        status: String(issue.status || ''),
        impact_description: String(issue.impactDescription || ''),
        origin: String(issue.origin || ''),
    }
    const dates: { [field: string]: string } = {
        start_time: glideFromIso(issue.startDateTime),
        end_time: glideFromIso(issue.endDateTime),
        last_modified: glideFromIso(issue.lastModifiedDateTime),
        next_update: glideFromIso(nextUpdateFrom(merged.posts, resolved)),
        post_count: String(merged.posts.length),
    }
    const fields = setChangedFields(target, exists, 'issue_id', text, TEXT_FIELDS, dates, correlationId)
    if (fields === 'refused') return { action: 'unchanged', newPosts: 0 }
    let changed = fields === 'changed'
    if (!exists || booleanField(gr, 'is_resolved') !== resolved) {
        target.setValue('is_resolved', resolved ? 'true' : 'false')
        changed = true
    }
    if (!changed && !merged.changed) return { action: 'unchanged', newPosts: 0 }
    const sysId = changed ? (exists ? target.update() : target.insert()) : gr.getUniqueValue()
    if (!sysId) return { action: 'unchanged', newPosts: 0 }
    let added = 0
    for (let i = 0; i < merged.fresh.length; i++) if (insertPost(sysId, merged.fresh[i], correlationId)) added++
    for (let i = 0; i < merged.corrected.length; i++) updatePostContent(merged.corrected[i], correlationId)
    return { action: exists ? 'updated' : 'created', newPosts: added }
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
            const ready = pageToStore(page, HEALTH_TABLE, 'issue_id', 'Service health', id)
            if (ready.newest > newest) newest = ready.newest
            for (const { item: issue, known } of ready.items) {
                counts.received++
                const r = upsertIssue(issue, known, id)
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
    saveFeedHighWaterMark(ISSUES_FEED, newest > 0 ? new Date(newest).toISOString() : null, counts.calls)
    logInfo(
        'Service health sync since ' + (since || 'the beginning') + ': ' + counts.calls + ' call(s), ' + counts.received + ' received, ' +
            counts.created + ' created, ' + counts.updated + ' updated, ' + counts.unchanged + ' unchanged, ' + counts.newPosts + ' new post(s)',
        id,
    )
    return { ok: true, ...counts, since, correlationId: id }
}
