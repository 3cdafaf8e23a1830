/**
 * The app's health tables: their names and how a row reads back and is written, shared by the
 * sync, auto incidents and matching. Posts are rows of their own (one per Microsoft post), so no
 * issue outgrows a field.
 */
import { GlideRecord } from '@servicenow/glide'
import { booleanField } from '../platform/booleans'
import { characterCount, fieldLength, setText } from '../platform/field-length'
import { glideFromIso, isoFromGlide } from '../time/date-time'
import { type GraphIssue, type StoredPost, postNotStoredHtml } from './mapping'

export const HEALTH_TABLE = 'x_mioms_m365_assis_health_issue'
export const POST_TABLE = 'x_mioms_m365_assis_health_post'

/** A stored post with its row. */
export interface PostRow extends StoredPost {
    sysId: string
    noted: boolean
}

/** The health row as the Graph issue it came from (for the pure mapping and matching functions). */
export function issueFromRow(row: GlideRecord): GraphIssue {
    return {
        id: row.getValue('issue_id') || '',
        title: row.getValue('title') || '',
        service: row.getValue('service') || '',
        feature: row.getValue('feature'),
        featureGroup: row.getValue('feature_group'),
        classification: row.getValue('classification'),
        status: row.getValue('status'),
        origin: row.getValue('origin'),
        startDateTime: isoFromGlide(row.getValue('start_time')),
        endDateTime: isoFromGlide(row.getValue('end_time')),
        lastModifiedDateTime: isoFromGlide(row.getValue('last_modified')) || '',
        isResolved: booleanField(row, 'is_resolved'),
        impactDescription: row.getValue('impact_description'),
    }
}

function postFromRow(row: GlideRecord): PostRow {
    const key = row.getValue('post_key') || ''
    return {
        sysId: row.getUniqueValue(),
        key,
        // The key holds Microsoft's exact createdDateTime (the dated field has seconds only).
        createdDateTime: key.split('|')[0],
        postType: row.getValue('post_type') || 'regular',
        contentType: row.getValue('content_type') || 'html',
        content: row.getValue('body') || '',
        noted: booleanField(row, 'noted'),
    }
}

/** The posts of one issue row, oldest first; only those not yet noted on the incident when asked. */
export function readPosts(issueSysId: string, onlyNotNoted?: boolean): PostRow[] {
    const gr = new GlideRecord(POST_TABLE)
    gr.addQuery('issue', issueSysId)
    if (onlyNotNoted) gr.addQuery('noted', '!=', 'true')
    gr.orderBy('posted_on')
    gr.orderBy('post_key')
    gr.query()
    const out: PostRow[] = []
    while (gr.next()) out.push(postFromRow(gr))
    return out
}

/** Sets a post's body; a body longer than the field is never stored cut (a note saying so is stored instead). */
function setBody(row: GlideRecord, post: StoredPost, correlationId?: string): void {
    if (setText(row, 'body', post.content, 'refuse', correlationId)) return
    row.setValue('body', postNotStoredHtml(characterCount(post.content), fieldLength(row, 'body')))
}

/** Inserts a new post of the issue row; false when its key does not fit (logged, nothing written). */
export function insertPost(issueSysId: string, post: StoredPost, correlationId?: string): boolean {
    const row = new GlideRecord(POST_TABLE)
    row.initialize()
    if (!setText(row, 'post_key', post.key, 'refuse', correlationId)) return false
    row.setValue('issue', issueSysId)
    row.setValue('posted_on', glideFromIso(post.createdDateTime))
    setText(row, 'post_type', post.postType, 'cut', correlationId)
    setText(row, 'content_type', post.contentType, 'cut', correlationId)
    setBody(row, post, correlationId)
    row.setValue('noted', 'false')
    return !!row.insert()
}

/** Writes Microsoft's corrected text of a stored post. */
export function updatePostContent(post: PostRow, correlationId?: string): void {
    const row = new GlideRecord(POST_TABLE)
    if (!row.get(post.sysId)) return
    setText(row, 'content_type', post.contentType, 'cut', correlationId)
    setBody(row, post, correlationId)
    row.update()
}

/** Records that the post is on the incident as a work note, so it is never noted twice. */
export function markPostNoted(post: PostRow): void {
    const row = new GlideRecord(POST_TABLE)
    if (!row.get(post.sysId)) return
    row.setValue('noted', 'true')
    row.update()
}
