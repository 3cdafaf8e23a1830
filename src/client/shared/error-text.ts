/** What a page shows for a failed API call: the server's catalogue message and its reference (correlation id). */
import { ApiRequestError } from './api'
import { MESSAGES, formatMessage } from '../../server/messages/catalogue'

export function errorText(e: unknown): string {
    if (e instanceof ApiRequestError) return e.message + (e.correlationId ? ' ' + formatMessage(MESSAGES.REFERENCE_ID, [e.correlationId]) : '')
    return e instanceof Error ? e.message : String(e)
}
