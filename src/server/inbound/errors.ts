/**
 * The inbound contract's error answer: `{"error":{"message","detail"},"status":"failure"}`,
 * produced by a sn_ws_err.ServiceError so the platform renders it exactly as its own errors.
 * `detail` starts with a reason code the connector acts on (docs/connector-api.md).
 */
import { ServiceError } from '@servicenow/glide/sn_ws_err'
import { MessageId } from '../messages/catalogue'
import { userMessage } from '../messages/user-message'

export type ReasonCode =
    | 'InvalidPayload'
    | 'UnknownRepository'
    | 'UnknownCase'
    | 'TicketClosed'
    | 'IncidentClosed'
    | 'IncidentResolved'
    | 'InvalidTransition'
    | 'PayloadTooLarge'
    | 'NotIntegrationUser'
    | 'NotAadToken'
    | 'WrongAudience'
    | 'MissingRole'
    | 'NotConfigured'
    | 'InternalError'

export interface InboundFailure {
    status: number
    message: MessageId
    reason: ReasonCode
    detail: string
}

export function failure(status: number, message: MessageId, reason: ReasonCode, detail: string): InboundFailure {
    return { status, message, reason, detail }
}

export function isFailure(value: unknown): value is InboundFailure {
    return typeof value === 'object' && value !== null && 'reason' in value && 'status' in value && 'message' in value
}

/** The ServiceError a route hands to response.setError. */
export function toServiceError(found: InboundFailure): ServiceError {
    const error = new ServiceError()
    error.setStatus(found.status)
    error.setMessage(userMessage(found.message))
    error.setDetail(found.reason + ': ' + found.detail)
    return error
}
