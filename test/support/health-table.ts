/**
 * A health table of a given size for the panel-view cost (test/unit/health/health-view-cost.test.ts,
 * npm run bench): `count` issues from the simulator's generator (about 70 % active, one every 37
 * minutes), written straight into the store in one transaction as the sync would leave them, and a
 * platform whose store counts the rows each view reads. The generator's first issue is the newest
 * (a day old) and each next one older, so tables of different sizes share the same recent history
 * and differ only in how far back they go, as a tenant's table grows over the years.
 */
// The built app's tables and their indexes, as an instance that installed it has them (jest loads it
// as a setup file; the bench, a plain node process, through this import).
import './app-dictionary'
import { createTestPlatform, type Platform } from '../../sandbox/glide'
import { countStoreCalls, type CountingStore } from '../../sandbox/glide/store/countingStore'
import { SqliteStore } from '../../sandbox/glide/store/SqliteStore'
import { generateHealthIssues } from '../../sandbox/microsoft/graph'
import { HEALTH_TABLE } from '../../src/server/health/health-store'
import { glideFromIso } from '../../src/server/time/date-time'
import type { MatchableHealthIssue } from '../../src/server/health/matching'

export interface HealthTablePlatform {
    platform: Platform
    counter: CountingStore
    close(): void
}

/** A platform on a SQLite store (`path`, default in memory) with the app's indexes, its store counted. */
export function healthTablePlatform(path = ':memory:'): HealthTablePlatform {
    const sqlite = new SqliteStore(path)
    const counter = countStoreCalls(sqlite)
    const platform = createTestPlatform({ store: counter.store })
    return { platform, counter, close: () => sqlite.close() }
}

/** Writes `count` generated issues, the newest changed a day before `nowMs` (ids in `skip` are left out). */
export function seedHealthTable(platform: Platform, count: number, nowMs: number, skip: ReadonlySet<string> = new Set()): void {
    const base = Date.parse('2000-01-01T00:00:00Z')
    const newest = nowMs - 86400000
    // Mirrored in time: the generator's offset from its base becomes the age before the newest change.
    const mirror = (iso: string | null) => (iso ? glideFromIso(new Date(newest - (Date.parse(iso) - base)).toISOString()) : null)
    const issues = generateHealthIssues(count, 1, new Date(base).toISOString())
    platform.store.transaction(() => {
        for (const issue of issues) {
            if (skip.has(issue.id)) continue
            platform.insertRow(HEALTH_TABLE, {
                issue_id: issue.id,
                title: issue.title,
                service: issue.service,
                feature: issue.feature,
                feature_group: issue.featureGroup,
                classification: issue.classification,
                status: issue.status,
                origin: issue.origin,
                impact_description: issue.impactDescription,
                is_resolved: issue.isResolved ? 'true' : 'false',
                start_time: mirror(issue.endDateTime ?? issue.lastModifiedDateTime),
                end_time: issue.isResolved ? mirror(issue.startDateTime) : null,
                last_modified: mirror(issue.startDateTime),
            })
        }
    })
}

/** Writes labelled issues (test/fixtures/health-matching.json) as the newest changes, an hour apart before `nowMs`. */
export function seedLabelledIssues(platform: Platform, issues: MatchableHealthIssue[], nowMs: number): void {
    issues.forEach((issue, i) => {
        platform.insertRow(HEALTH_TABLE, {
            issue_id: issue.id,
            title: issue.title,
            service: issue.service,
            feature: issue.feature ?? null,
            feature_group: issue.featureGroup ?? null,
            classification: issue.classification ?? null,
            status: issue.status ?? null,
            impact_description: issue.impactDescription ?? null,
            is_resolved: issue.isResolved ? 'true' : 'false',
            last_modified: glideFromIso(new Date(nowMs - (i + 1) * 3600000).toISOString()),
        })
    })
}
