/**
 * Incremental sync of Microsoft 365 Message center posts (Graph /admin/serviceAnnouncement/messages,
 * permission ServiceMessage.Read.All) into x_mioms_m365_assis_health_message, one row per
 * Microsoft message id. It works as the issues sync (sync.ts) does:
 *
 * - High-water mark: the newest `lastModifiedDateTime` of the last sync that read every page, in
 *   the sync-state table under feed `messages`; it moves only after a complete sync (Graph
 *   promises no order), and the next sync asks only for `lastModifiedDateTime gt <mark>`. With an
 *   empty message table the mark is ignored (full read).
 * - Every field is compared before writing, so an unchanged re-sync writes nothing.
 * - Text from Microsoft goes through platform/field-length.ts: a title, services or tags longer
 *   than their field are cut and logged; a message id that does not fit is refused; a body too
 *   long for its field is not stored cut (a note saying so is stored instead).
 * - Paging and 429/503 with Retry-After are the one outbound path's (graph-client.ts, connector/).
 */
import { GlideRecord } from '@servicenow/glide'
import { logInfo, newCorrelationId } from '../diagnostics/logger'
import type { MicrosoftFailure } from '../connector/failure'
import { booleanField } from '../platform/booleans'
import { characterCount, fieldLength, fitText, setText, type Overflow } from '../platform/field-length'
import { readMessagePages } from './graph-client'
import { type GraphMessage, messageBody, messageDates, messageNotStoredHtml, messageText } from './message-mapping'
import { feedHighWaterMark, pageToStore, rowToWrite, saveFeedHighWaterMark, setChangedFields } from './sync'

export const MESSAGE_TABLE = 'x_mioms_m365_assis_health_message'
export const MESSAGES_FEED = 'messages'

export interface MessageSyncCounts {
    calls: number
    pages: number
    received: number
    created: number
    updated: number
    unchanged: number
}

export type MessageSyncResult = ({ ok: true } & MessageSyncCounts & { since: string | null }) | ({ ok: false } & MessageSyncCounts & { failure: MicrosoftFailure })

/** How each text field from Microsoft is stored when it is longer than the field. */
const TEXT_FIELDS: { [field: string]: Overflow } = {
    message_id: 'refuse',
    title: 'cut',
    services: 'cut',
    category: 'cut',
    severity: 'cut',
    tags: 'cut',
    content_type: 'cut',
}

/** The Message center high-water mark (ISO), or null for a full read. */
export function messageHighWaterMark(): string | null {
    return feedHighWaterMark(MESSAGES_FEED, MESSAGE_TABLE)
}

/** The body as it would be stored: Microsoft's HTML, or a note when it is longer than the field. */
function storedBody(row: GlideRecord, html: string): string {
    const fitted = fitText(row, 'body', html, 'refuse')
    return fitted.value !== null ? fitted.value : messageNotStoredHtml(characterCount(html), fieldLength(row, 'body'))
}

/** Upserts one post; `known` false when the caller knows it is new (saves the lookup). */
export function upsertMessage(message: GraphMessage, known?: boolean, correlationId?: string): 'created' | 'updated' | 'unchanged' {
    const { row: target, exists } = rowToWrite(MESSAGE_TABLE, 'message_id', message.id, known)
    const gr = target
    const fields = setChangedFields(target, exists, 'message_id', messageText(message), TEXT_FIELDS, messageDates(message), correlationId)
    if (fields === 'refused') return 'unchanged'
    let changed = fields === 'changed'
    const major = message.isMajorChange === true
    if (!exists || booleanField(gr, 'is_major_change') !== major) {
        target.setValue('is_major_change', major ? 'true' : 'false')
        changed = true
    }
    const html = messageBody(message)
    const body = storedBody(target, html)
    if (!exists || (gr.getValue('body') || '') !== body) {
        // setText logs the body that does not fit; the note is stored in its place.
        if (!setText(target, 'body', html, 'refuse', correlationId)) target.setValue('body', body)
        changed = true
    }
    if (!changed) return 'unchanged'
    const sysId = exists ? target.update() : target.insert()
    if (!sysId) return 'unchanged'
    return exists ? 'updated' : 'created'
}

/** One incremental Message center sync. Stops at the first failed page; what was stored before it stays. */
export function syncMessages(correlationId?: string): MessageSyncResult {
    const id = correlationId || newCorrelationId()
    const since = messageHighWaterMark()
    const counts: MessageSyncCounts = { calls: 0, pages: 0, received: 0, created: 0, updated: 0, unchanged: 0 }
    let newest = since ? Date.parse(since) : 0
    const outcome = readMessagePages(
        since,
        (page) => {
            const ready = pageToStore(page, MESSAGE_TABLE, 'message_id', 'Message center', id)
            if (ready.newest > newest) newest = ready.newest
            for (const { item: message, known } of ready.items) {
                counts.received++
                const action = upsertMessage(message, known, id)
                if (action === 'created') counts.created++
                else if (action === 'updated') counts.updated++
                else counts.unchanged++
            }
        },
        id,
    )
    counts.calls = outcome.calls
    if (outcome.ok === false) return { ok: false, ...counts, failure: outcome }
    counts.pages = outcome.pages
    saveFeedHighWaterMark(MESSAGES_FEED, newest > 0 ? new Date(newest).toISOString() : null, counts.calls)
    logInfo(
        'Message center sync since ' + (since || 'the beginning') + ': ' + counts.calls + ' call(s), ' + counts.received + ' received, ' + counts.created + ' created, ' +
            counts.updated + ' updated, ' + counts.unchanged + ' unchanged',
        id,
    )
    return { ok: true, ...counts, since }
}
