/**
 * Reads the JSON body of an inbound call: larger than the limit (setting
 * inbound.max_body_bytes, 64 KB) → 413 PayloadTooLarge; empty, not JSON or not an object →
 * 400 InvalidPayload. Counted in UTF-8 bytes, as the connector counts them.
 */
import { readSettings } from '../config/settings'
import { InboundFailure, failure } from './errors'

export type JsonObject = { [key: string]: unknown }

export function utf8Length(text: string): number {
    let bytes = 0
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code < 0x80) bytes += 1
        else if (code < 0x800) bytes += 2
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
            bytes += 4
            i++
        } else bytes += 3
    }
    return bytes
}

export function readJsonBody(dataString: string | null | undefined): JsonObject | InboundFailure {
    const text = dataString === null || dataString === undefined ? '' : String(dataString)
    const limit = readSettings().inboundMaxBodyBytes
    if (text.length > limit || utf8Length(text) > limit) {
        return failure(413, 'INBOUND_TOO_LARGE', 'PayloadTooLarge', 'The body is larger than ' + limit + ' bytes.')
    }
    if (text.trim() === '') return failure(400, 'INBOUND_INVALID_REQUEST', 'InvalidPayload', 'A JSON body is required.')
    let parsed: unknown
    try {
        parsed = JSON.parse(text)
    } catch {
        return failure(400, 'INBOUND_INVALID_REQUEST', 'InvalidPayload', 'The body is not valid JSON.')
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return failure(400, 'INBOUND_INVALID_REQUEST', 'InvalidPayload', 'The body must be a JSON object.')
    }
    return parsed as JsonObject
}
