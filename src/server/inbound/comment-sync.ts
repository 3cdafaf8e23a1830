/**
 * Agent comments → Microsoft, never inside the agent's transaction:
 * 1. queueAgentComment (after business rule on incident, comments changed): when the incident has
 *    an open case and the comment was not written by the connector (the integration user — that is
 *    how Microsoft's own messages are marked, so they are never echoed back), a communication row
 *    is queued (toMicrosoft, message id = the comment's journal entry sys_id).
 * 2. deliverQueued (async business rule on the communication insert) sends it with
 *    postCommunication; retryDue (scheduled job) sends what is due again with backoff until it is
 *    sent or has failed for good. Microsoft keys communications by message id, so a repeat is harmless.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { postCommunication } from '../connector/connector-client'
import { FailureKind } from '../connector/failure'
import { logInfo, logWarn, newCorrelationId } from '../diagnostics/logger'
import { isIntegrationUser, readInboundSetup } from './caller'
import { CASE_TABLE, COMMUNICATION_TABLE } from '../cases/case-record'
import { DIRECTION, findCommentEntry, findMessage } from './communications'
import { setText } from '../platform/field-length'

/** Minutes to wait after the n-th failed attempt; after the last one the row has failed for good. */
export const BACKOFF_MINUTES = [1, 5, 15, 60, 240]
export const MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1
/** The contract's limits for CommunicationCreate. */
const MAX_BODY = 60000
const MAX_AUTHOR = 200
/** Rows the scheduled job sends per run. */
export const RETRY_BATCH = 50

const FINAL_FAILURES: ReadonlyArray<FailureKind> = ['rejected', 'not_found', 'invalid_admin']

interface CommentSource {
    getUniqueValue(): string
    getValue(field: string): string | null
}

/** After rule on incident (insert/update) when comments changed. */
export function queueAgentComment(current: CommentSource): void {
    const setup = readInboundSetup()
    if (setup && isIntegrationUser(setup, gs.getUserID(), gs.getUserName())) return
    const incidentSysId = current.getUniqueValue()
    const openCase = new GlideRecord(CASE_TABLE)
    openCase.addQuery('incident', incidentSysId)
    openCase.addQuery('closed', '!=', 'true')
    openCase.orderByDesc('sys_created_on')
    openCase.setLimit(1)
    openCase.query()
    if (!openCase.next() || openCase.getValue('status') === 'closed' || !openCase.getValue('case_number')) return
    // The text just entered; should the platform not expose it on `current`, the user's newest entry.
    const entry = findCommentEntry(incidentSysId, current.getValue('comments') || '', gs.getUserName())
    if (!entry || !entry.value) return
    if (findMessage(openCase.getUniqueValue(), entry.sysId)) return
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.initialize()
    row.setValue('case', openCase.getUniqueValue())
    row.setValue('incident', incidentSysId)
    row.setValue('direction', DIRECTION.toMicrosoft)
    row.setValue('message_id', entry.sysId)
    row.setValue('journal_entry', entry.sysId)
    row.setValue('author', clip(gs.getUserDisplayName() || gs.getUserName() || 'ServiceNow', MAX_AUTHOR))
    row.setValue('body', entry.value)
    row.setValue('state', 'queued')
    row.setValue('attempts', '0')
    row.setValue('next_attempt', new GlideDateTime().getValue())
    row.insert()
}

/** Async rule on the communication table (insert, toMicrosoft, queued). */
export function deliverQueued(current: GlideRecord): void {
    const row = new GlideRecord(COMMUNICATION_TABLE)
    if (!row.get(current.getUniqueValue())) return
    if (row.getValue('direction') !== DIRECTION.toMicrosoft || row.getValue('state') !== 'queued') return
    deliver(row)
}

/** Scheduled job: sends the rows whose next attempt is due (queued or waiting to retry). */
export function retryDue(): number {
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.addQuery('state', 'IN', 'queued,retry')
    row.addQuery('next_attempt', '<=', new GlideDateTime().getValue())
    row.orderBy('next_attempt')
    row.setLimit(RETRY_BATCH)
    row.query()
    let sent = 0
    while (row.next()) {
        if (row.getValue('direction') !== DIRECTION.toMicrosoft) continue
        if (deliver(row)) sent++
    }
    return sent
}

/** One attempt for one row; true when Microsoft has it. */
export function deliver(row: GlideRecord): boolean {
    const correlationId = newCorrelationId()
    const attempts = Number(row.getValue('attempts') || '0') + 1
    row.setValue('attempts', String(attempts))
    row.setValue('correlation_id', correlationId)
    const caseRow = new GlideRecord(CASE_TABLE)
    if (!caseRow.get(row.getValue('case') || '') || !caseRow.getValue('case_number')) {
        return settle(row, 'failed', 'The case of this message no longer exists.', correlationId)
    }
    const outcome = postCommunication(
        caseRow.getValue('case_number') || '',
        {
            messageId: row.getValue('message_id') || '',
            body: clip(row.getValue('body') || '', MAX_BODY) || '-',
            author: clip(row.getValue('author') || 'ServiceNow', MAX_AUTHOR),
        },
        correlationId,
    )
    if (outcome.ok === false) {
        const error = outcome.kind + ' ' + outcome.status + ' ' + outcome.code + ': ' + outcome.detail + ' (correlation id ' + outcome.correlationId + ')'
        const final = FINAL_FAILURES.indexOf(outcome.kind) >= 0 || attempts >= MAX_ATTEMPTS
        if (!final) {
            const next = new GlideDateTime()
            next.addSeconds(BACKOFF_MINUTES[Math.min(attempts - 1, BACKOFF_MINUTES.length - 1)] * 60)
            row.setValue('next_attempt', next.getValue())
        }
        logWarn('Comment ' + row.getValue('message_id') + ' to Microsoft case ' + caseRow.getValue('case_number') + (final ? ' failed for good: ' : ' will be retried: ') + error, correlationId)
        return settle(row, final ? 'failed' : 'retry', error, correlationId)
    }
    row.setValue('sent_on', new GlideDateTime().getValue())
    row.setValue('last_error', '')
    settle(row, 'sent', '', correlationId)
    logInfo('Comment ' + row.getValue('message_id') + ' sent to Microsoft case ' + caseRow.getValue('case_number'), correlationId)
    return true
}

function settle(row: GlideRecord, state: string, error: string, correlationId: string): boolean {
    row.setValue('state', state)
    if (error) setText(row, 'last_error', error, 'cut', correlationId)
    row.setValue('correlation_id', correlationId)
    row.update()
    return state === 'sent'
}

function clip(text: string, max: number): string {
    return text.length > max ? text.substring(0, max) : text
}
