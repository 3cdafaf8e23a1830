/**
 * Glide adapter of the matcher: reads the synced health issues and Message center posts from the
 * app's tables and ranks them together against an incident's text with `rankHealthIssues` (pure,
 * see matching.ts; posts enter through `matchableFromMessage`). A planned change often explains
 * "it changed yesterday". Stable API for the incident panel: `findMatchingHealthIssues(text, limit)`.
 */
import { GlideRecord } from '@servicenow/glide'
import { matchableFromMessage, rankHealthIssues, type MatchableHealthIssue } from './matching'
import { MESSAGE_TABLE } from './message-sync'
import { splitList } from './message-mapping'
import { HEALTH_TABLE, issueFromRow } from './health-store'
import { glideFromIso, isoFromGlide } from '../time/date-time'
import { userMessage } from '../messages/user-message'

export interface HealthIssueMatch {
    /** 'message': a Message center post (a planned change, not an outage); 'issue': a service health issue. */
    kind: 'issue' | 'message'
    /** Microsoft's issue id (e.g. EX123456) or Message center id (MC123456). */
    id: string
    /** sys_id of the row in x_mioms_m365_assis_health_issue (or _health_message). */
    sysId: string
    title: string
    service: string
    feature: string | null
    status: string
    isResolved: boolean
    /** Microsoft's user impact text. */
    impact: string
    classification: string
    /** ISO 8601 (UTC) or null. */
    lastUpdate: string | null
    /** ISO 8601 (UTC) next update Microsoft promised, or null. */
    nextUpdate: string | null
    /** A Message center post's category (planForChange, preventOrFixIssue, stayInformed); '' for an issue. */
    category: string
    /** ISO 8601 (UTC) by when Microsoft asks admins to act on a post, or null. */
    actionRequiredBy: string | null
    score: number
    reasons: string[]
}

interface Row extends MatchableHealthIssue {
    sysId: string
    nextUpdate: string | null
    actionRequiredBy?: string | null
}

/** Rows considered: the active issues plus those Microsoft resolved within this many days. */
export const RECENTLY_RESOLVED_DAYS = 7
/**
 * A view reads at most this many active issues and this many recently resolved ones, newest change
 * first, so its cost does not grow with the health table: both queries are served by the table's
 * index on (is_resolved, last_modified) (health-issue.now.ts), which the database walks from the
 * newest row and stops at the limit, instead of sorting the whole table. A tenant has a few dozen
 * active issues at a time; the bounds leave room for a large one.
 */
export const MAX_ACTIVE_CANDIDATES = 300
export const MAX_RESOLVED_CANDIDATES = 200
/** Message center posts considered: the newest changed, read through the table's index on last_modified. */
export const MAX_MESSAGE_CANDIDATES = 200

/** The newest `limit` rows with is_resolved = `resolved` (and changed since `sinceGlide`, when given). */
function readIssues(resolved: boolean, sinceGlide: string | null, limit: number): Row[] {
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.addQuery('is_resolved', resolved ? 'true' : 'false')
    if (sinceGlide) gr.addQuery('last_modified', '>=', sinceGlide)
    gr.orderByDesc('last_modified')
    gr.setLimit(limit)
    gr.query()
    const rows: Row[] = []
    while (gr.next()) {
        const issue = issueFromRow(gr)
        rows.push({ ...issue, sysId: gr.getUniqueValue(), lastModified: issue.lastModifiedDateTime || null, nextUpdate: isoFromGlide(gr.getValue('next_update')) })
    }
    return rows
}

/** The active issues and those resolved within RECENTLY_RESOLVED_DAYS, each list bounded (see above). */
export function readCandidateIssues(nowMs: number): Row[] {
    const cutoff = glideFromIso(new Date(nowMs - RECENTLY_RESOLVED_DAYS * 86400000).toISOString())
    return readIssues(false, null, MAX_ACTIVE_CANDIDATES).concat(readIssues(true, cutoff, MAX_RESOLVED_CANDIDATES))
}

/** The newest Message center posts as matching candidates (the opening of their body, as matchableFromMessage reads it). */
export function readCandidateMessages(limit: number): Row[] {
    const gr = new GlideRecord(MESSAGE_TABLE)
    gr.orderByDesc('last_modified')
    gr.setLimit(limit)
    gr.query()
    const rows: Row[] = []
    while (gr.next()) {
        const matchable = matchableFromMessage({
            id: gr.getValue('message_id') || '',
            title: gr.getValue('title') || '',
            services: splitList(gr.getValue('services')),
            category: gr.getValue('category'),
            lastModifiedDateTime: isoFromGlide(gr.getValue('last_modified')),
            body: { contentType: gr.getValue('content_type'), content: gr.getValue('body') },
        })
        rows.push({ ...matchable, sysId: gr.getUniqueValue(), nextUpdate: null, actionRequiredBy: isoFromGlide(gr.getValue('action_required_by')) })
    }
    return rows
}

/** The `limit` health issues best matching `text` (an incident's short description + description), best first. */
export function findMatchingHealthIssues(text: string, limit: number): HealthIssueMatch[] {
    const candidates = readCandidateIssues(new Date().getTime()).concat(readCandidateMessages(MAX_MESSAGE_CANDIDATES))
    const ranked = rankHealthIssues(text, candidates, limit)
    return ranked.map((r) => ({
        kind: r.issue.kind === 'message' ? ('message' as const) : ('issue' as const),
        id: r.issue.id,
        sysId: r.issue.sysId,
        title: r.issue.title,
        // A post can concern several services: all are named.
        service: r.issue.kind === 'message' && r.issue.services ? r.issue.services.join(', ') : r.issue.service,
        feature: r.issue.feature || null,
        status: r.issue.status || '',
        isResolved: r.issue.isResolved === true,
        impact: r.issue.impactDescription || '',
        classification: r.issue.kind === 'message' ? '' : r.issue.classification || '',
        lastUpdate: r.issue.lastModified || null,
        nextUpdate: r.issue.nextUpdate,
        category: r.issue.kind === 'message' ? r.issue.classification || '' : '',
        actionRequiredBy: r.issue.actionRequiredBy || null,
        score: r.score,
        reasons: r.reasons.map((reason) => userMessage(reason.id, reason.args)),
    }))
}
