/**
 * Microsoft Graph Message center: GET /v1.0/admin/serviceAnnouncement/messages[/{id}]
 * (https://learn.microsoft.com/en-us/graph/api/serviceannouncement-list-messages,
 * https://learn.microsoft.com/en-us/graph/api/serviceupdatemessage-get). Both need the application
 * permission ServiceMessage.Read.All (403 without it, as the issues answer without
 * ServiceHealth.Read.All); paging ($skiptoken nextLinks, Prefer: odata.maxpagesize, 100 a page by
 * default) and `$filter=lastModifiedDateTime gt <iso>` are the issues' (graph.ts).
 */
import { authorize, graphError, page } from './graph'
import type { ServiceUpdateMessage } from './store'
import type { Handler } from './types'

export const MESSAGE_ROLE = 'ServiceMessage.Read.All'
export const MESSAGE_CATEGORIES = ['preventOrFixIssue', 'planForChange', 'stayInformed'] as const
export const MESSAGE_SEVERITIES = ['normal', 'high', 'critical'] as const

export const listMessages: Handler = (ctx, sim) => {
    ctx.note.operation = 'graphListMessages'
    return page(ctx, sim, 'messages', () => sim.store.messages as unknown as Record<string, unknown>[], MESSAGE_ROLE)
}

export const getMessage: Handler = (ctx, sim) => {
    ctx.note.operation = 'graphGetMessage'
    const denied = authorize(ctx, sim, MESSAGE_ROLE)
    if (denied) return denied
    const message = sim.store.messages.find((m) => m.id === ctx.params.id)
    return message ? { status: 200, body: { '@odata.context': `${sim.url()}/v1.0/$metadata#admin/serviceAnnouncement/messages/$entity`, ...message } } : graphError(404, 'NotFound', `Message ${ctx.params.id} not found.`, sim, ctx)
}

/** What a test may set on a post; lastModifiedDateTime moves on every change. */
export type MessageUpdate = Partial<Omit<ServiceUpdateMessage, 'id' | 'lastModifiedDateTime' | 'body' | 'viewPoint'>> & { content?: string }

/** A whole post from a partial one (id and title required), dated `now`. */
export function completeMessage(message: Partial<ServiceUpdateMessage> & { id: string; title: string }, now: string): ServiceUpdateMessage {
    const full: ServiceUpdateMessage = {
        services: [],
        category: 'stayInformed',
        severity: 'normal',
        tags: [],
        isMajorChange: false,
        actionRequiredByDateTime: null,
        startDateTime: now,
        endDateTime: null,
        lastModifiedDateTime: now,
        body: { contentType: 'html', content: `<p>${message.title}</p>` },
        details: [],
        hasAttachments: false,
        viewPoint: null,
        ...message,
    }
    checkMessage(full)
    return full
}

/** Refuses what Graph would never send (the schema below, checked before the post is stored). */
export function checkMessage(m: ServiceUpdateMessage): void {
    if (!/^MC\d+$/.test(m.id)) throw new Error(`Message center ids look like MC123456, not ${m.id}`)
    if (!(MESSAGE_CATEGORIES as readonly string[]).includes(m.category)) throw new Error(`Unknown category ${m.category}`)
    if (!(MESSAGE_SEVERITIES as readonly string[]).includes(m.severity)) throw new Error(`Unknown severity ${m.severity}`)
    for (const t of [m.startDateTime, m.lastModifiedDateTime, m.actionRequiredByDateTime, m.endDateTime]) if (t !== null && isNaN(Date.parse(t))) throw new Error(`Not a date-time: ${t}`)
}

/** JSON schema of a serviceUpdateMessage (strict mode checks every answer against it). */
export const messageSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'services', 'category', 'severity', 'tags', 'isMajorChange', 'actionRequiredByDateTime', 'startDateTime', 'endDateTime', 'lastModifiedDateTime', 'body', 'details', 'hasAttachments', 'viewPoint'],
    properties: {
        '@odata.context': { type: 'string' },
        id: { type: 'string' },
        title: { type: 'string' },
        services: { type: 'array', items: { type: 'string' } },
        category: { enum: [...MESSAGE_CATEGORIES, 'unknownFutureValue'] },
        severity: { enum: [...MESSAGE_SEVERITIES, 'unknownFutureValue'] },
        tags: { type: 'array', items: { type: 'string' } },
        isMajorChange: { type: ['boolean', 'null'] },
        actionRequiredByDateTime: { type: ['string', 'null'], format: 'date-time' },
        startDateTime: { type: 'string', format: 'date-time' },
        endDateTime: { type: ['string', 'null'], format: 'date-time' },
        lastModifiedDateTime: { type: 'string', format: 'date-time' },
        body: { type: 'object', additionalProperties: false, required: ['contentType', 'content'], properties: { contentType: { enum: ['text', 'html'] }, content: { type: 'string' } } },
        details: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['name', 'value'], properties: { name: { type: 'string' }, value: { type: 'string' } } } },
        hasAttachments: { type: 'boolean' },
        viewPoint: { type: 'null' },
    },
}
