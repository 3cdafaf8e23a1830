/**
 * The Message center section of the Service Health page: synced posts, newest change first (or,
 * filtered by "action required within N days", soonest deadline first), each list bounded so its
 * cost does not grow with the table (the reads use the table's indexes on last_modified and
 * action_required_by, health-message.now.ts). A post's body is read on demand, as plain text:
 * Microsoft's HTML is never handed to the page, so nothing in it can run there.
 */
import { GlideRecord } from '@servicenow/glide'
import { booleanField } from '../platform/booleans'
import { glideFromIso, isoFromGlide } from '../time/date-time'
import type { MessageId } from '../messages/catalogue'
import { htmlToText } from './mapping'
import { splitList } from './message-mapping'
import { MESSAGE_TABLE } from './message-sync'

/** Rows a list reads at most (a tenant gets a few hundred posts a year). */
export const MAX_MESSAGES_SHOWN = 200
/** The "action required within" choices of the page, in days. */
export const ACTION_WITHIN_DAYS = [7, 30, 90]
/** Microsoft's categories (serviceUpdateCategory); an unknown later member is still accepted by the filter. */
export const MESSAGE_CATEGORIES = ['planForChange', 'preventOrFixIssue', 'stayInformed']

export interface MessageFilter {
    service: string
    category: string
    /** Only posts whose action is due between now and this many days from now; null: any. */
    actionWithinDays: number | null
}

export interface MessageListItem {
    id: string
    title: string
    services: string[]
    category: string
    severity: string
    tags: string[]
    isMajorChange: boolean
    /** ISO 8601 (UTC) or null. */
    actionRequiredBy: string | null
    lastUpdate: string | null
}

export interface MessageList {
    items: MessageListItem[]
    /** The services of the newest posts, for the service filter. */
    services: string[]
    categories: string[]
    actionWithinDays: number[]
}

/** Checks the page's filter; a bad one is refused with a catalogue message, never widened. */
export function parseMessageFilter(service: string, category: string, within: string): { ok: true; filter: MessageFilter } | { ok: false; messageId: MessageId } {
    const s = String(service || '').trim()
    const c = String(category || '').trim()
    const w = String(within || '').trim()
    if (s.length > 200 || /[,^=]/.test(s)) return { ok: false, messageId: 'HEALTH_MESSAGES_FILTER_INVALID' }
    if (!/^[A-Za-z]{0,40}$/.test(c)) return { ok: false, messageId: 'HEALTH_MESSAGES_FILTER_INVALID' }
    let days: number | null = null
    if (w && w !== 'any') {
        days = Number(w)
        if (ACTION_WITHIN_DAYS.indexOf(days) < 0) return { ok: false, messageId: 'HEALTH_MESSAGES_FILTER_INVALID' }
    }
    return { ok: true, filter: { service: s, category: c, actionWithinDays: days } }
}

function itemFromRow(gr: GlideRecord): MessageListItem {
    return {
        id: gr.getValue('message_id') || '',
        title: gr.getValue('title') || '',
        services: splitList(gr.getValue('services')),
        category: gr.getValue('category') || '',
        severity: gr.getValue('severity') || '',
        tags: splitList(gr.getValue('tags')),
        isMajorChange: booleanField(gr, 'is_major_change'),
        actionRequiredBy: isoFromGlide(gr.getValue('action_required_by')),
        lastUpdate: isoFromGlide(gr.getValue('last_modified')),
    }
}

/** The posts the filter asks for, bounded by `limit`. */
export function readMessages(filter: MessageFilter, nowMs: number, limit: number): MessageListItem[] {
    const gr = new GlideRecord(MESSAGE_TABLE)
    // CONTAINS narrows the read; the exact service is checked on each row below ("Microsoft Teams" is in "Microsoft Teams Rooms").
    if (filter.service) gr.addQuery('services', 'CONTAINS', filter.service)
    if (filter.category) gr.addQuery('category', filter.category)
    if (filter.actionWithinDays !== null) {
        gr.addQuery('action_required_by', '>=', glideFromIso(new Date(nowMs).toISOString()))
        gr.addQuery('action_required_by', '<=', glideFromIso(new Date(nowMs + filter.actionWithinDays * 86400000).toISOString()))
        gr.orderBy('action_required_by')
    } else {
        gr.orderByDesc('last_modified')
    }
    gr.setLimit(limit)
    gr.query()
    const out: MessageListItem[] = []
    while (gr.next()) {
        const item = itemFromRow(gr)
        if (filter.service && item.services.indexOf(filter.service) < 0) continue
        out.push(item)
    }
    return out
}

/** The services named by the newest posts (one bounded read), sorted. */
export function messageServices(limit: number): string[] {
    const gr = new GlideRecord(MESSAGE_TABLE)
    gr.orderByDesc('last_modified')
    gr.setLimit(limit)
    gr.query()
    const seen: { [service: string]: true } = {}
    while (gr.next()) splitList(gr.getValue('services')).forEach((s) => (seen[s] = true))
    return Object.keys(seen).sort()
}

export function listMessages(filter: MessageFilter, nowMs: number): MessageList {
    return {
        items: readMessages(filter, nowMs, MAX_MESSAGES_SHOWN),
        services: messageServices(MAX_MESSAGES_SHOWN),
        categories: MESSAGE_CATEGORIES,
        actionWithinDays: ACTION_WITHIN_DAYS,
    }
}

/** A post's body as plain text (paragraphs and line breaks kept), or null when there is no such post. */
export function messageBodyText(messageId: string): { id: string; title: string; text: string } | null {
    if (!/^[A-Za-z0-9]{1,40}$/.test(messageId)) return null
    const gr = new GlideRecord(MESSAGE_TABLE)
    gr.addQuery('message_id', messageId)
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return null
    // Script and style elements are dropped whole (their content is code, not words); the rest becomes text.
    const html = String(gr.getValue('body') || '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    return { id: messageId, title: gr.getValue('title') || '', text: htmlToText(html) }
}
