/**
 * Hand-written validators for the inbound request schemas of docs/connector-api.openapi.yaml
 * (all closed: additionalProperties false). Each returns the typed value or a 400
 * InvalidPayload failure naming the first problem.
 */
import { JsonObject } from './body'
import { InboundFailure, failure } from './errors'

export const CASE_STATUSES = ['open', 'inProgress', 'waitingForCustomer', 'resolved', 'closed'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]
export const SEVERITIES = ['A', 'B', 'C'] as const
export type Severity = (typeof SEVERITIES)[number]

export interface InboundCommunication {
    messageId: string
    body: string
    author: string
    createdDateTime: string
}

export interface TicketUpdate {
    status?: CaseStatus
    severity?: Severity
    /** undefined: unchanged; null: no owner. */
    owner?: string | null
}

export interface CloseRequest {
    resolution: string
}

const CASE_ID = /^[0-9]{6,20}$/
const MESSAGE_ID = /^[A-Za-z0-9._:-]+$/
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/

function invalid(detail: string): InboundFailure {
    return failure(400, 'INBOUND_INVALID_REQUEST', 'InvalidPayload', detail)
}

/** JSON Schema lengths count characters (code points), not UTF-16 units. */
export function codePoints(text: string): number {
    let count = 0
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++
        count++
    }
    return count
}

function unknownField(data: JsonObject, allowed: ReadonlyArray<string>): string | null {
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key) && allowed.indexOf(key) < 0) return key
    }
    return null
}

function has(data: JsonObject, key: string): boolean {
    return Object.prototype.hasOwnProperty.call(data, key)
}

function checkString(data: JsonObject, key: string, min: number, max: number): string | InboundFailure {
    const value = data[key]
    if (typeof value !== 'string') return invalid(key + ' must be a string.')
    const length = codePoints(value)
    if (length < min || length > max) return invalid(key + ' must be ' + min + ' to ' + max + ' characters long.')
    return value
}

export function checkCaseId(caseId: string | null | undefined): InboundFailure | null {
    return CASE_ID.test(String(caseId || '')) ? null : invalid('caseId must be 6 to 20 digits.')
}

export function validateCommunication(data: JsonObject): InboundCommunication | InboundFailure {
    const extra = unknownField(data, ['messageId', 'body', 'author', 'createdDateTime'])
    if (extra) return invalid('Unknown field ' + extra + '.')
    const messageId = checkString(data, 'messageId', 1, 128)
    if (typeof messageId !== 'string') return messageId
    if (!MESSAGE_ID.test(messageId)) return invalid('messageId may hold only letters, digits and . _ : -')
    const body = checkString(data, 'body', 1, 60000)
    if (typeof body !== 'string') return body
    const author = checkString(data, 'author', 1, 200)
    if (typeof author !== 'string') return author
    const created = data.createdDateTime
    if (typeof created !== 'string' || !DATE_TIME.test(created)) return invalid('createdDateTime must be an RFC 3339 date-time.')
    return { messageId: messageId, body: body, author: author, createdDateTime: created }
}

export function validateTicketUpdate(data: JsonObject): TicketUpdate | InboundFailure {
    const extra = unknownField(data, ['status', 'severity', 'owner'])
    if (extra) return invalid('Unknown field ' + extra + '.')
    const update: TicketUpdate = {}
    let fields = 0
    if (has(data, 'status')) {
        const status = data.status
        if (typeof status !== 'string' || (CASE_STATUSES as ReadonlyArray<string>).indexOf(status) < 0) {
            return invalid('status must be one of ' + CASE_STATUSES.join(', ') + '.')
        }
        update.status = status as CaseStatus
        fields++
    }
    if (has(data, 'severity')) {
        const severity = data.severity
        if (typeof severity !== 'string' || (SEVERITIES as ReadonlyArray<string>).indexOf(severity) < 0) {
            return invalid('severity must be A, B or C.')
        }
        update.severity = severity as Severity
        fields++
    }
    if (has(data, 'owner')) {
        const owner = data.owner
        if (owner === null) update.owner = null
        else {
            const checked = checkString(data, 'owner', 0, 200)
            if (typeof checked !== 'string') return invalid('owner must be a string of at most 200 characters, or null.')
            update.owner = checked
        }
        fields++
    }
    if (fields === 0) return invalid('Give at least one of status, severity, owner.')
    return update
}

export function validateClose(data: JsonObject): CloseRequest | InboundFailure {
    const extra = unknownField(data, ['resolution'])
    if (extra) return invalid('Unknown field ' + extra + '.')
    const resolution = checkString(data, 'resolution', 1, 4000)
    if (typeof resolution !== 'string') return resolution
    return { resolution: resolution }
}
