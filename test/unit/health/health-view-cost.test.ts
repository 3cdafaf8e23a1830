/**
 * A panel view's cost does not grow with the health table (issue 13): the rows a view reads from
 * x_mioms_m365_assis_health_issue are the same at 1,000 and at 10,000 issues, both candidate
 * queries use the table's (is_resolved, last_modified) index instead of sorting the table, and the
 * bounded read still finds the labelled issues (npm run bench prints the same at 50,000).
 */
import { SqliteStore } from '../../../sandbox/glide/store/SqliteStore'
import { allOf, term } from '../../../sandbox/glide/store/semantics'
import { findMatchingHealthIssues, MAX_ACTIVE_CANDIDATES, readCandidateIssues, RECENTLY_RESOLVED_DAYS } from '../../../src/server/health/health-matches'
import { HEALTH_TABLE } from '../../../src/server/health/health-store'
import { healthTablePlatform, seedHealthTable, seedLabelledIssues } from '../../support/health-table'
import fixture from '../../fixtures/health-matching.json'

jest.setTimeout(60_000)

const TEXT = 'Users cannot join Teams meetings since this morning'

function rowsReadPerView(count: number): number {
    const { platform, counter, close } = healthTablePlatform()
    try {
        seedHealthTable(platform, count, Date.now())
        counter.reset()
        findMatchingHealthIssues(TEXT, 3)
        return counter.rowsRead()[HEALTH_TABLE] ?? 0
    } finally {
        close()
    }
}

test('rows read per view do not depend on the size of the health table', () => {
    const small = rowsReadPerView(1000)
    const large = rowsReadPerView(10000)
    expect(small).toBeGreaterThan(MAX_ACTIVE_CANDIDATES) // bounded active issues plus the recently resolved ones
    expect(large).toBe(small)
})

test('both candidate queries walk the (is_resolved, last_modified) index the table declares', () => {
    const { platform, close } = healthTablePlatform()
    try {
        seedHealthTable(platform, 200, Date.now())
        const sqlite = (platform.store as unknown as { explain?: unknown }).explain ? (platform.store as unknown as SqliteStore) : undefined
        expect(sqlite).toBeDefined()
        const newestFirst = [{ field: 'last_modified', descending: true }]
        const active = sqlite!.explain(HEALTH_TABLE, term('is_resolved', '=', 'false'), newestFirst)
        const recent = sqlite!.explain(HEALTH_TABLE, allOf([term('is_resolved', '=', 'true'), term('last_modified', '>=', '2026-01-01 00:00:00')]), newestFirst)
        expect(active).toMatch(/USING INDEX ix_x_mioms_m365_assis_health_issue__is_resolved__last_modified/)
        expect(recent).toMatch(/USING INDEX ix_x_mioms_m365_assis_health_issue__is_resolved__last_modified \(is_resolved=\? AND last_modified>\?\)/)
        // The index serves the order too: no sort of all the matching rows (which grow with the table); at most
        // SQLite orders each group of same-time rows by insertion ("TEMP B-TREE FOR LAST TERM OF ORDER BY").
        expect(active + recent).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    } finally {
        close()
    }
})

test('the bounded read keeps the newest active and recently resolved issues, and no issue resolved over 7 days ago', () => {
    const { platform, close } = healthTablePlatform()
    try {
        const now = Date.now()
        seedLabelledIssues(platform, fixture.issues, now) // the newest changes
        seedHealthTable(platform, 10000, now - 86400000, new Set(fixture.issues.map((issue) => issue.id)))
        const candidates = readCandidateIssues(now)
        const ids = new Set(candidates.map((c) => c.id))
        expect(fixture.issues.filter((issue) => !ids.has(issue.id)).map((issue) => issue.id)).toEqual([])
        const cutoff = now - RECENTLY_RESOLVED_DAYS * 86400000
        expect(candidates.filter((c) => c.isResolved && Date.parse(c.lastModified ?? '') < cutoff)).toEqual([])
        expect(candidates.filter((c) => !c.isResolved)).toHaveLength(MAX_ACTIVE_CANDIDATES)
    } finally {
        close()
    }
})
