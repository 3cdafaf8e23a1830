/**
 * Uniform JSON answers for the app's scripted REST routes. Errors carry a catalogue message
 * for people and a correlation id that is also in the system log.
 */
import { MessageId } from '../messages/catalogue'
import { userMessage } from '../messages/user-message'

export interface RouteResponse {
    setStatus(status: number): void
    setBody(body: unknown): void
    setHeader(name: string, value: string): void
}

export function sendJson(response: RouteResponse, status: number, body: unknown): void {
    response.setStatus(status)
    response.setHeader('Cache-Control', 'no-store')
    response.setBody(body)
}

export function sendError(
    response: RouteResponse,
    status: number,
    message: { id: MessageId; args?: string[] } | { text: string },
    correlationId?: string,
): void {
    const text = 'id' in message ? userMessage(message.id, message.args) : message.text
    sendJson(response, status, {
        error: {
            message: text,
            code: 'id' in message ? message.id : undefined,
            correlationId: correlationId || undefined,
        },
    })
}
