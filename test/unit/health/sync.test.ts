/**
 * Graph client and incremental sync against the simulator's Graph (own process, real HTTP):
 * paging with nextLink and Prefer: odata.maxpagesize, the lastModifiedDateTime filter, upsert
 * and post dedupe, 429 Retry-After honoured, nextLinks to another host refused.
 */
import { HEALTH_PROPERTY } from '../../../src/server/config/settings'
import { readGraphPages, readIssuePages, issuesPath, originOf } from '../../../src/server/health/graph-client'
import { highWaterMark, syncHealthIssues } from '../../../src/server/health/sync'
import { useSimulator } from '../../support/simulator-process'
import { connectHealthPlatform, countWrites } from '../../support/health-platform'

const sim = useSimulator()

beforeEach(async () => {
    await sim.control('POST', '/_sim/health/seed', { count: 0 })
})

type Journal = { method: string; path: string; query?: Record<string, string>; headers?: Record<string, string>; status: number }[]

async function graphRequests(): Promise<Journal> {
    const journal = await sim.control<Journal | { entries: Journal }>('GET', '/_sim/journal')
    const entries = Array.isArray(journal) ? journal : journal.entries
    return entries.filter((e) => /\/v1\.0\//.test(e.path))
}

function rows(platform: ReturnType<typeof connectHealthPlatform>['platform']) {
    return platform.store.query('x_mioms_m365_assis_health_issue', {})
}

function postsOf(platform: ReturnType<typeof connectHealthPlatform>['platform'], issueId: string) {
    const issue = rows(platform).find((r) => r.issue_id === issueId)!
    return platform.store.query('x_mioms_m365_assis_health_post', {}).filter((r) => r.issue === issue.sys_id)
}

describe('Graph client', () => {
    it('builds the incremental filter and compares origins', () => {
        expect(issuesPath(null)).toBe('/admin/serviceAnnouncement/issues')
        expect(decodeURIComponent(issuesPath('2026-11-01T00:00:00.000Z'))).toBe('/admin/serviceAnnouncement/issues?$filter=lastModifiedDateTime gt 2026-11-01T00:00:00.000Z')
        expect(originOf('https://Graph.microsoft.com/v1.0/x?y')).toBe('https://graph.microsoft.com')
        expect(originOf('not a url')).toBe('')
    })

    it('follows every nextLink with the page size asked in Prefer', async () => {
        await sim.control('POST', '/_sim/health/seed', { count: 23, seed: 7 })
        const { platform } = connectHealthPlatform(sim.url)
        platform.setProperty(HEALTH_PROPERTY.pageSize, '5')
        const sizes: number[] = []
        const outcome = readIssuePages(null, (page) => sizes.push(page.length))
        expect(outcome).toMatchObject({ ok: true, pages: 5, items: 23, calls: 5 })
        expect(sizes).toEqual([5, 5, 5, 5, 3])
        const requests = await graphRequests()
        expect(requests).toHaveLength(5)
        expect(requests[1].path).toMatch(/\$skiptoken=/)
        const logged = platform.store.query('sys_outbound_http_log', {}).filter((r) => /serviceAnnouncement/.test(r.url ?? ''))
        expect(logged).toHaveLength(5)
        for (const r of logged) expect(JSON.parse(r.request_headers!)).toMatchObject({ Prefer: 'odata.maxpagesize=5' })
        expect(platform.stats().tokenRequests).toBe(1)
    })

    it('honours 429 Retry-After and then reads the page', async () => {
        await sim.control('POST', '/_sim/health/seed', { count: 3, seed: 2 })
        await sim.control('POST', '/_sim/faults', { pattern: '/v1.0/**', status: 429, retryAfter: 1, times: 1 })
        connectHealthPlatform(sim.url)
        const started = Date.now()
        const outcome = readIssuePages(null, () => undefined)
        expect(outcome).toMatchObject({ ok: true, items: 3, calls: 2 })
        expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    })

    it('refuses a nextLink to another host (the token stays home)', async () => {
        await sim.control('POST', '/_sim/health/seed', { count: 6, seed: 3 })
        const { platform } = connectHealthPlatform(sim.url)
        platform.setProperty(HEALTH_PROPERTY.pageSize, '2')
        // The simulator writes nextLinks on its own URL; point the app at the same server by another name.
        platform.setProperty('x_mioms_m365_assis.microsoft.graph_base_url', sim.url.replace('127.0.0.1', 'localhost'))
        const outcome = readGraphPages('graphListIssues', '/admin/serviceAnnouncement/issues', () => undefined)
        expect(outcome).toMatchObject({ ok: false, code: 'ForeignNextLink', calls: 1 })
    })

    it('says "complete the setup steps" without a call when Setup is missing', async () => {
        const { platform } = connectHealthPlatform(sim.url)
        platform.store.query('x_mioms_m365_assis_setup', {}).forEach((r) => platform.store.delete('x_mioms_m365_assis_setup', r.sys_id!))
        const outcome = readIssuePages(null, () => undefined)
        expect(outcome).toMatchObject({ ok: false, kind: 'setup_incomplete', calls: 0 })
        expect(platform.stats().outboundCalls).toBe(0)
    })
})

describe('incremental sync', () => {
    it('stores every issue once, then an unchanged re-sync is one call and no write', async () => {
        await sim.control('POST', '/_sim/health/seed', { count: 12, seed: 5 })
        const { platform } = connectHealthPlatform(sim.url)
        platform.setProperty(HEALTH_PROPERTY.pageSize, '5')
        const first = syncHealthIssues()
        expect(first).toMatchObject({ ok: true, calls: 3, received: 12, created: 12, updated: 0, newPosts: 12 })
        expect(rows(platform)).toHaveLength(12)
        const mark = highWaterMark()
        expect(mark).toMatch(/^\d{4}-\d{2}-\d{2}T/)

        const writes = countWrites(platform)
        const again = syncHealthIssues()
        expect(again).toMatchObject({ ok: true, calls: 1, received: 0, created: 0, updated: 0 })
        expect(writes()).toBe(0)
        const requests = await graphRequests()
        expect(decodeURIComponent(requests[requests.length - 1].path)).toContain('$filter=lastModifiedDateTime gt ' + mark)
    })

    it('picks up an update, keeps each post once and moves the mark', async () => {
        const ids = (await sim.control<{ ids: string[] }>('POST', '/_sim/health/seed', { count: 4, seed: 9 })).ids
        const { platform } = connectHealthPlatform(sim.url)
        syncHealthIssues()
        const before = highWaterMark()
        await sim.control('PATCH', `/_sim/health/issues/${ids[1]}`, { status: 'restoringService', post: '<p>Fix deploying.</p><p>Next update by: 2030-01-01T10:00:00Z</p>' })
        const writes = countWrites(platform)
        const second = syncHealthIssues()
        expect(second).toMatchObject({ ok: true, calls: 1, received: 1, created: 0, updated: 1, newPosts: 1, changedIds: [ids[1]] })
        expect(writes()).toBe(3) // the issue row, the new post row and the sync-state mark
        const row = rows(platform).find((r) => r.issue_id === ids[1])!
        expect(row.status).toBe('restoringService')
        expect(row.post_count).toBe('2')
        expect(postsOf(platform, ids[1])).toHaveLength(2)
        expect(row.next_update).toBe('2030-01-01 10:00:00')
        expect(Date.parse(highWaterMark()!)).toBeGreaterThan(Date.parse(before!))
        // Asking again for everything (as after a lost mark) adds no post twice.
        platform.store.query('x_mioms_m365_assis_health_sync', {}).forEach((r) => platform.store.delete('x_mioms_m365_assis_health_sync', r.sys_id!))
        const full = syncHealthIssues()
        expect(full).toMatchObject({ ok: true, received: 4, created: 0, updated: 0, unchanged: 4, newPosts: 0 })
        expect(postsOf(platform, ids[1])).toHaveLength(2)
    })

    it('keeps the mark when a page fails half-way, so the next sync re-reads it', async () => {
        await sim.control('POST', '/_sim/health/seed', { count: 6, seed: 11 })
        const { platform } = connectHealthPlatform(sim.url)
        platform.setProperty(HEALTH_PROPERTY.pageSize, '3')
        platform.setProperty('x_mioms_m365_assis.http.max_retries', '0')
        await sim.control('POST', '/_sim/faults', { pattern: '/v1.0/**', status: 503, retryAfter: 0, times: 1 })
        const failed = syncHealthIssues()
        expect(failed).toMatchObject({ ok: false })
        expect(highWaterMark()).toBeNull()
        const ok = syncHealthIssues()
        expect(ok).toMatchObject({ ok: true, received: 6 })
        expect(rows(platform)).toHaveLength(6)
    })
})

describe.each(['strict', 'lenient'] as const)('typed health rows (%s)', (mode) => {
    it("stores Microsoft's times as glide_date_time values, post counts as integers and is_resolved as a True/False value", async () => {
        await sim.control('POST', '/_sim/health/seed', { count: 4, seed: 3 })
        const { platform } = connectHealthPlatform(sim.url)
        // The strict side stores a time in another format as empty: the sync must convert every one.
        platform.fidelity.typedDateTime = mode
        platform.fidelity.typedNumbers = mode
        expect(syncHealthIssues()).toMatchObject({ ok: true, created: 4 })
        for (const row of rows(platform)) {
            expect(row.last_modified).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
            expect(row.start_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
            expect(row.post_count).toMatch(/^\d+$/)
            expect(['true', 'false']).toContain(row.is_resolved)
        }
    })
})
