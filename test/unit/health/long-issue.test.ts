/**
 * A realistic long-running issue (sandbox/microsoft/fixtures/ten-post-issue.ts: ten posts of
 * 1,400–1,900 characters of HTML, about 19,000 together) survives the sync and reaches the
 * automatic incident as one work note per post, never twice, on both sides of the field-length
 * emulation: `longTextCut` strict cuts every string-family value at max_length on save, lenient
 * only VARCHAR columns; `writtenValueUncut` strict leaves the writing GlideRecord uncut, lenient
 * cuts it too (sandbox/glide/fieldLength.ts).
 */
import { HEALTH_PROPERTY } from '../../../src/server/config/settings'
import { runHealthSync } from '../../../src/server/health/run-sync'
import { htmlToText } from '../../../src/server/health/mapping'
import { tenPostIssue, tenPostIssueSoFar, TEN_POST_ISSUE_ID } from '../../../sandbox/microsoft/fixtures/ten-post-issue'
import { useSimulator } from '../../support/simulator-process'
import { connectHealthPlatform, countWrites } from '../../support/health-platform'

const sim = useSimulator()

beforeEach(async () => {
    await sim.control('POST', '/_sim/health/seed', { count: 0 })
})

const SIDES = [
    ['strict', 'strict'],
    ['lenient', 'strict'],
    ['strict', 'lenient'],
] as const

describe.each(SIDES)('a ten-post service health issue (longTextCut %s, writtenValueUncut %s)', (longTextCut, writtenValueUncut) => {
    function setup() {
        const connected = connectHealthPlatform(sim.url)
        const { platform } = connected
        platform.fidelity.longTextCut = longTextCut
        platform.fidelity.writtenValueUncut = writtenValueUncut
        const group = platform.insertRow('sys_user_group', { name: 'Messaging' })
        platform.setProperty(HEALTH_PROPERTY.autoIncident, 'true')
        platform.setProperty(HEALTH_PROPERTY.assignmentGroup, group)
        platform.setProperty(HEALTH_PROPERTY.category, 'network')
        return platform
    }

    function workNotes(platform: ReturnType<typeof setup>, incidentId: string): string[] {
        return platform.store
            .query('sys_journal_field', {})
            .filter((r) => r.element_id === incidentId && r.element === 'work_notes')
            .map((r) => r.value!)
    }

    it('syncs every post and writes one work note per post, each once', async () => {
        const full = tenPostIssue()
        expect(full.posts).toHaveLength(10)
        for (const post of full.posts) expect(post.description.content.length).toBeGreaterThanOrEqual(1000)
        // Microsoft has posted nine updates when the instance first sees the issue.
        await sim.control('POST', '/_sim/health/issues', tenPostIssueSoFar(9))
        const platform = setup()

        const first = runHealthSync()
        expect(first.sync).toMatchObject({ ok: true, created: 1, newPosts: 9 })
        expect(first.incidents).toMatchObject({ created: 1, notes: 9 })
        const [incident] = platform.store.query('incident', {})
        expect(workNotes(platform, incident.sys_id!)).toHaveLength(9)

        // The tenth (final) update arrives: one more note, and nothing twice.
        await sim.control('PATCH', `/_sim/health/issues/${TEN_POST_ISSUE_ID}`, { post: full.posts[9].description.content })
        const second = runHealthSync()
        expect(second.sync).toMatchObject({ ok: true, updated: 1, newPosts: 1 })
        expect(second.incidents).toMatchObject({ notes: 1 })

        // Every post is stored whole, one row each.
        const issueRow = platform.store.query('x_mioms_m365_assis_health_issue', {})[0]
        const stored = platform.store.query('x_mioms_m365_assis_health_post', {}).filter((r) => r.issue === issueRow.sys_id)
        expect(stored.map((r) => r.body).sort()).toEqual(full.posts.map((p) => p.description.content).sort())
        expect(issueRow.post_count).toBe('10')

        const notes = workNotes(platform, incident.sys_id!)
        expect(notes).toHaveLength(10)
        // Each post's whole text is in exactly one note (the final status included).
        for (const post of full.posts) {
            const text = htmlToText(post.description.content)
            expect(notes.filter((n) => n.endsWith(text))).toHaveLength(1)
        }

        // Nothing new: a re-sync writes nothing and adds no note.
        const writes = countWrites(platform)
        const third = runHealthSync()
        expect(third.sync).toMatchObject({ ok: true, created: 0, updated: 0, newPosts: 0 })
        expect(third.incidents).toMatchObject({ created: 0, notes: 0 })
        expect(writes()).toBe(0)
        expect(workNotes(platform, incident.sys_id!)).toHaveLength(10)
    })
})

describe('text from Microsoft longer than its field (one real caller of platform/field-length.ts)', () => {
    it('cuts an over-long title once, logs it once, and an unchanged re-sync writes nothing', async () => {
        const title = 'Some users may be unable to access their mailboxes using Outlook on the web; '.repeat(8) // 616 characters
        await sim.control('POST', '/_sim/health/issues', { ...tenPostIssueSoFar(2), title })
        const { platform } = connectHealthPlatform(sim.url)
        expect(runHealthSync().sync).toMatchObject({ ok: true, created: 1, newPosts: 2 })
        const row = platform.store.query('x_mioms_m365_assis_health_issue', {})[0]
        expect(row.title).toBe(title.substring(0, 500))
        const warnings = () => platform.syslog().filter((r) => r.level === '1' && /health_issue\.title has 616 characters/.test(r.message!))
        expect(warnings()).toHaveLength(1)
        // Graph sends the same long title again (a full read): compared as stored, nothing is written.
        platform.store.query('x_mioms_m365_assis_health_sync', {}).forEach((r) => platform.store.delete('x_mioms_m365_assis_health_sync', r.sys_id!))
        const writes = countWrites(platform)
        expect(runHealthSync().sync).toMatchObject({ ok: true, received: 1, updated: 0, unchanged: 1 })
        expect(writes()).toBe(1) // the sync-state mark only
        expect(warnings()).toHaveLength(1)
    })
})
