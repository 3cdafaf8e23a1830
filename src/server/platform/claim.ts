/**
 * Claims: "only one request does this", across every node of the instance. A claim is a row of
 * x_mioms_m365_assis_claim whose key a unique index guards: of two inserts of the same key the
 * database refuses the second (GlideRecord.insert returns null), so exactly one request wins,
 * whichever node runs it. Nothing is held in memory (an instance runs many nodes) and nothing
 * waits: the loser is told at once and answers its caller.
 *
 * The winner releases its claim when it is done, or when what it claimed for failed. A claim
 * older than STALE_CLAIM_MINUTES was left by a node that stopped mid-way (no request runs that
 * long): the next request deletes that row, by its sys_id, and claims again, so two requests that
 * both find the same stale row still race on the unique index and one of them wins.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'

export const CLAIM_TABLE = 'x_mioms_m365_assis_claim'

/** A claim younger than this is someone's work in progress; an older one was abandoned. */
export const STALE_CLAIM_MINUTES = 10

export interface Claim {
    key: string
    sysId: string
}

/** The key of delivering Microsoft's message `messageId` of the case to its incident. */
export function messageClaimKey(caseSysId: string, messageId: string): string {
    return 'message:' + caseSysId + ':' + messageId
}

/** The key of opening a Microsoft case for the incident. */
export function openCaseClaimKey(incidentSysId: string): string {
    return 'open_case:' + incidentSysId
}

/** Claims `key`: the claim when this request won it, null when another request holds it. */
export function claim(key: string, correlationId?: string): Claim | null {
    const won = insertClaim(key, correlationId)
    if (won) return won
    const held = findClaim(key)
    if (held && !isStale(held)) return null
    // Abandoned (or released in between): removed by its own sys_id, then one more race on the index.
    if (held) held.deleteRecord()
    return insertClaim(key, correlationId)
}

/** Gives the claim back (idempotent: a claim already removed as stale is simply gone). */
export function release(held: Claim): void {
    const row = new GlideRecord(CLAIM_TABLE)
    if (row.get(held.sysId)) row.deleteRecord()
}

function insertClaim(key: string, correlationId?: string): Claim | null {
    const row = new GlideRecord(CLAIM_TABLE)
    row.initialize()
    // Keys are at most 8 + 32 + 1 + 128 characters (a message id is validated to 128): the field holds 200.
    row.setValue('claim_key', key)
    row.setValue('correlation_id', correlationId || '')
    const sysId = row.insert()
    return sysId ? { key, sysId } : null
}

function findClaim(key: string): GlideRecord | null {
    const row = new GlideRecord(CLAIM_TABLE)
    row.addQuery('claim_key', key)
    row.setLimit(1)
    row.query()
    return row.next() ? row : null
}

function isStale(row: GlideRecord): boolean {
    const created = row.getValue('sys_created_on')
    if (!created) return true
    const limit = new GlideDateTime()
    limit.addSeconds(-STALE_CLAIM_MINUTES * 60)
    return new GlideDateTime(created).before(limit)
}
