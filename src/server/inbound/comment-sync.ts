/**
 * Agent comments → Microsoft, never inside the agent's transaction:
 * 1. queueAgentComment (after update business rule on incident): when the incident has an open
 *    case, the additional comments written since the case opened that no communication row
 *    records yet are queued (toMicrosoft, message id = the comment's journal entry sys_id), oldest
 *    first. Comments written by the connector (the integration user — that is how Microsoft's own
 *    messages are marked) are never queued, so they are never echoed back.
 * 2. deliverQueued (async business rule on the communication insert) sends it with
 *    postCommunication; retryDue (scheduled job) sends what is due again with backoff until it is
 *    sent or has failed for good. Microsoft keys communications by message id, so a repeat is harmless.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { postCommunication } from '../connector/connector-client'
import { FailureKind } from '../connector/failure'
import { logInfo, logWarn, newCorrelationId } from '../diagnostics/logger'
import { integrationUserName, isIntegrationUser, readInboundSetup } from './caller'
import { CASE_TABLE, COMMUNICATION_TABLE, isRecordedByHand } from '../cases/case-record'
import { AuthoredEntry, DIRECTION, recentCommentEntries, recordedEntries } from './communications'
import { displayNameOf } from './ticket'
import { setText } from '../platform/field-length'

/** Minutes to wait after the n-th failed attempt; after the last one the row has failed for good. */
export const BACKOFF_MINUTES = [1, 5, 15, 60, 240]
export const MAX_ATTEMPTS = BACKOFF_MINUTES.length + 1
/** The contract's limits for CommunicationCreate. */
const MAX_BODY = 60000
const MAX_AUTHOR = 200
/** Rows the scheduled job sends per run. */
export const RETRY_BATCH = 50
/** Newest comments one incident update looks at: enough for several entries written in the same second. */
export const RECENT_COMMENTS = 20

const FINAL_FAILURES: ReadonlyArray<FailureKind> = ['rejected', 'not_found', 'invalid_admin']

interface CommentSource {
    getUniqueValue(): string
}

/**
 * After update rule on incident, with no condition: GlideElement.changes() is documented as not
 * available for journal fields ("except Journal fields"), so the rule cannot ask whether a comment
 * was added. It reads the journal instead, cheapest check first: the incident's open case (one
 * query on the case table's incident index; most incidents have none), then the comments written
 * since the case opened, each queued once (deduplicated on its journal entry sys_id).
 */
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
    // A service request recorded by hand has no connector to send comments to.
    if (isRecordedByHand(openCase)) return
    const connector = setup ? integrationUserName(setup) : ''
    // Comments from before the case are not part of its conversation; Microsoft's own are never sent back.
    const entries = recentCommentEntries(incidentSysId, openCase.getValue('sys_created_on') || '', RECENT_COMMENTS).filter(
        (entry) => entry.value !== '' && (!connector || entry.createdBy !== connector),
    )
    const recorded = recordedEntries(
        openCase.getUniqueValue(),
        entries.map((entry) => entry.sysId),
    )
    for (let i = entries.length - 1; i >= 0; i--) {
        if (!recorded[entries[i].sysId]) queueEntry(openCase.getUniqueValue(), incidentSysId, entries[i])
    }
}

function queueEntry(caseSysId: string, incidentSysId: string, entry: AuthoredEntry): void {
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.initialize()
    row.setValue('case', caseSysId)
    row.setValue('incident', incidentSysId)
    row.setValue('direction', DIRECTION.toMicrosoft)
    row.setValue('message_id', entry.sysId)
    row.setValue('journal_entry', entry.sysId)
    setText(row, 'author', authorName(entry.createdBy), 'cut') // the contract's limit applies when it is sent
    setText(row, 'body', entry.value, 'cut')
    row.setValue('state', 'queued')
    row.setValue('attempts', '0')
    row.setValue('next_attempt', new GlideDateTime().getValue())
    row.insert()
}

/** The display name of the comment's author (sys_journal_field keeps the user name). */
function authorName(userName: string): string {
    if (userName && userName === gs.getUserName()) return gs.getUserDisplayName() || userName
    return displayNameOf(userName) || 'ServiceNow'
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
    if (isRecordedByHand(caseRow)) return settle(row, 'failed', 'The case was recorded by hand from the Microsoft 365 admin center: no connector takes its messages.', correlationId)
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
