/**
 * Pure mapping of a Microsoft Graph serviceUpdateMessage (a Message center post,
 * https://learn.microsoft.com/en-us/graph/api/resources/serviceupdatemessage) to the fields of
 * its row in x_mioms_m365_assis_health_message, and back. Graph enums are evolvable (category,
 * severity may gain members): they are stored as Microsoft sends them.
 */
import type { GraphServiceUpdateMessage } from './matching'
import { glideFromIso } from '../time/date-time'

export interface GraphMessage extends GraphServiceUpdateMessage {
    severity?: string | null
    tags?: string[] | null
    isMajorChange?: boolean | null
    actionRequiredByDateTime?: string | null
    startDateTime?: string | null
    endDateTime?: string | null
}

/** How a list of Microsoft's names (services, tags) is kept in one text field; their names hold no comma. */
export const LIST_SEPARATOR = ', '

export function joinList(items: string[] | null | undefined): string {
    return (items || []).filter((s) => typeof s === 'string' && s.trim() !== '').join(LIST_SEPARATOR)
}

export function splitList(text: string | null | undefined): string[] {
    return String(text || '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
}

/** The text fields of a post's row, as Microsoft sent them (field-length.ts fits them on save). */
export function messageText(message: GraphMessage): { [field: string]: string } {
    return {
        message_id: message.id,
        title: String(message.title || ''),
        services: joinList(message.services),
        category: String(message.category || ''),
        severity: String(message.severity || ''),
        tags: joinList(message.tags),
        content_type: String((message.body && message.body.contentType) || 'html'),
    }
}

/** The dated fields of a post's row ('YYYY-MM-DD HH:mm:ss' UTC, '' for none). */
export function messageDates(message: GraphMessage): { [field: string]: string } {
    return {
        action_required_by: glideFromIso(message.actionRequiredByDateTime),
        start_time: glideFromIso(message.startDateTime),
        end_time: glideFromIso(message.endDateTime),
        last_modified: glideFromIso(message.lastModifiedDateTime),
    }
}

/** Microsoft's body (HTML) of the post. */
export function messageBody(message: GraphMessage): string {
    return String((message.body && message.body.content) || '')
}

/** Stored instead of a body too long for the field (never reached by a real post; the warning is logged). */
export function messageNotStoredHtml(characters: number, limit: number): string {
    return '<p>This Message center post has ' + characters + ' characters, more than the app stores (' + limit + '). Read it in the Microsoft 365 admin center under Health > Message center.</p>'
}
