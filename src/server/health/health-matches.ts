/**
 * Glide adapter of the matcher: reads the synced health issues from the app's health table and
 * ranks them against an incident's text with `rankHealthIssues` (pure, see matching.ts).
 * Stable API for the incident panel: `findMatchingHealthIssues(text, limit)`.
 */
import { GlideRecord } from '@servicenow/glide'
import { rankHealthIssues, type MatchableHealthIssue } from './matching'
import { HEALTH_TABLE, issueFromRow } from './health-store'
import { isoFromGlide } from '../time/date-time'

export interface HealthIssueMatch {
    /** Microsoft's issue id (e.g. EX123456). */
    id: string
    /** sys_id of the row in x_mioms_m365_assis_health_issue. */
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
    score: number
    reasons: string[]
}

interface Row extends MatchableHealthIssue {
    sysId: string
    nextUpdate: string | null
}

/** Rows considered: the active issues plus those Microsoft resolved within this many days. */
export const RECENTLY_RESOLVED_DAYS = 7
/** Upper bound of rows read per call (newest first). */
export const MAX_CANDIDATES = 2000

export function readCandidateIssues(nowMs: number): Row[] {
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.orderByDesc('last_modified')
    gr.setLimit(MAX_CANDIDATES)
    gr.query()
    const cutoff = nowMs - RECENTLY_RESOLVED_DAYS * 86400000
    const rows: Row[] = []
    while (gr.next()) {
        const issue = issueFromRow(gr)
        const lastModified = issue.lastModifiedDateTime || null
        if (issue.isResolved && lastModified && Date.parse(lastModified) < cutoff) continue
        rows.push({ ...issue, sysId: gr.getUniqueValue(), lastModified, nextUpdate: isoFromGlide(gr.getValue('next_update')) })
    }
    return rows
}

/** The `limit` health issues best matching `text` (an incident's short description + description), best first. */
export function findMatchingHealthIssues(text: string, limit: number): HealthIssueMatch[] {
    const ranked = rankHealthIssues(text, readCandidateIssues(new Date().getTime()), limit)
    return ranked.map((r) => ({
        id: r.issue.id,
        sysId: r.issue.sysId,
        title: r.issue.title,
        service: r.issue.service,
        feature: r.issue.feature || null,
        status: r.issue.status || '',
        isResolved: r.issue.isResolved === true,
        impact: r.issue.impactDescription || '',
        classification: r.issue.classification || '',
        lastUpdate: r.issue.lastModified || null,
        nextUpdate: r.issue.nextUpdate,
        score: r.score,
        reasons: r.reasons,
    }))
}
