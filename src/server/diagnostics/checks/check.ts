/**
 * What every diagnostic check answers: passed, failed (with the fix from the message catalogue)
 * or not applicable, and what it looked at. Checks are plain functions that only read; none
 * writes a record (the platform's own logs of the calls they make aside), and none shows a secret.
 */
import { LABELS, MessageId, formatMessage } from '../../messages/catalogue'
import { userMessage } from '../../messages/user-message'

export type CheckGroup = 'configuration' | 'platform' | 'microsoft' | 'traffic'
export type CheckStatus = 'passed' | 'failed' | 'not_applicable'
export type CheckId = keyof typeof LABELS.diagnostics.names

/** One line under a check: a log entry, an outbound call, a queued comment. */
export interface CheckItem {
    text: string
    /** The cause it was grouped under (traffic checks). */
    cause?: string
    correlation_id?: string
    /** A path on this instance that opens the row(s), e.g. syslog_list.do?sysparm_query=... */
    link?: string
}

export interface CheckResult {
    id: CheckId
    group: CheckGroup
    status: CheckStatus
    looked_at: string
    /** The fix in the admin's words (a catalogue message), only for a failed check. */
    fix: string | null
    fix_id: MessageId | null
    items?: CheckItem[]
}

const LOOKED = LABELS.diagnostics.lookedAt
export type LookedAt = keyof typeof LOOKED

/** The catalogue's "what it looked at" text, filled in. */
export function lookedAt(id: LookedAt, args: string[] = []): string {
    const template = LOOKED[id]
    return formatMessage(template, args)
}

export function passed(id: CheckId, group: CheckGroup, looked: string, items?: CheckItem[]): CheckResult {
    return { id, group, status: 'passed', looked_at: looked, fix: null, fix_id: null, items }
}

export function failed(id: CheckId, group: CheckGroup, looked: string, fixId: MessageId, args: string[] = [], items?: CheckItem[]): CheckResult {
    return { id, group, status: 'failed', looked_at: looked, fix: userMessage(fixId, args), fix_id: fixId, items }
}

export function notApplicable(id: CheckId, group: CheckGroup, looked: string): CheckResult {
    return { id, group, status: 'not_applicable', looked_at: looked, fix: null, fix_id: null }
}
