/**
 * Message center sync against the simulator's Graph (own process, real HTTP): every page read
 * (Prefer: odata.maxpagesize, nextLinks), the high-water mark under feed "messages", an unchanged
 * re-sync is one call and no write, a changed post is updated, 429 Retry-After honoured, text cut
 * to its field; and from runHealthSync: a 403 (no ServiceMessage.Read.All) or an unavailable
 * Message center neither fails nor blocks the issues sync and the automatic incidents, and is
 * logged once with the catalogue message naming the permission.
 */
import { HEALTH_PROPERTY } from '../../../src/server/config/settings'
import { messagesPath } from '../../../src/server/health/graph-client'
import { messageHighWaterMark, syncMessages } from '../../../src/server/health/message-sync'
import { runHealthSync } from '../../../src/server/health/run-sync'
import { MESSAGES } from '../../../src/server/messages/catalogue'
import { DEFAULT_OUTBOUND_APP_ID } from '../../../sandbox/microsoft/store'
import { useSimulator } from '../../support/simulator-process'
import { connectHealthPlatform, countWrites } from '../../support/health-platform'
import { appLogEntries } from '../../support/app-log'

const sim = useSimulator()
const BASE = '2026-11-20T00:00:00.000Z'

beforeEach(async () => {
    await sim.control('POST', '/_sim/health/seed', { count: 0 })
    await sim.control('POST', '/_sim/messages/seed', { baseTime: BASE })
    await sim.control('PUT', `/_sim/apps/${DEFAULT_OUTBOUND_APP_ID}/roles`, { roles: ['ServiceHealth.Read.All', 'ServiceMessage.Read.All'] })
})

type Journal = { path: string; status: number }[]

async function messageRequests(): Promise<Journal> {
    const journal = await sim.control<Journal>('GET', '/_sim/journal')
    return journal.filter((e) => /serviceAnnouncement\/messages/.test(e.path))
}

function rows(platform: ReturnType<typeof connectHealthPlatform>['platform']) {
    return platform.store.query('x_mioms_m365_assis_health_message', {})
}

describe('Message center sync', () => {
    it('asks Graph for the posts changed after the mark', () => {
        expect(messagesPath(null)).toBe('/admin/serviceAnnouncement/messages')
        expect(decodeURIComponent(messagesPath('2026-11-01T00:00:00.000Z'))).toBe('/admin/serviceAnnouncement/messages?$filter=lastModifiedDateTime gt 2026-11-01T00:00:00.000Z')
    })

    it('reads every page, stores each post once, then an unchanged re-sync is one call and no write', async () => {
        const { platform } = connectHealthPlatform(sim.url)
        platform.setProperty(HEALTH_PROPERTY.pageSize, '4')
        const first = syncMessages()
        expect(first).toMatchObject({ ok: true, calls: 3, pages: 3, received: 9, created: 9, updated: 0 })
        const stored = rows(platform)
        expect(stored).toHaveLength(9)
        const smtp = stored.find((r) => r.message_id === 'MC900101')!
        expect(smtp).toMatchObject({ services: 'Exchange Online', category: 'planForChange', severity: 'high', is_major_change: 'true', action_required_by: '2026-12-02 00:00:00', content_type: 'html' })
        expect(smtp.body).toContain('SMTP AUTH')
        expect(stored.find((r) => r.message_id === 'MC900104')!.services).toBe('SharePoint Online, OneDrive for Business')
        const mark = messageHighWaterMark()
        expect(mark).toBe('2026-11-19T00:00:00.000Z')
        const state = platform.store.query('x_mioms_m365_assis_health_sync', {})
        expect(state.map((r) => r.feed)).toEqual(['messages'])

        const writes = countWrites(platform)
        const again = syncMessages()
        expect(again).toMatchObject({ ok: true, calls: 1, received: 0, created: 0, updated: 0 })
        expect(writes()).toBe(0)
        const requests = await messageRequests()
        expect(decodeURIComponent(requests[requests.length - 1].path)).toContain('$filter=lastModifiedDateTime gt ' + mark)
    })

    it('updates a changed post and moves the mark; a full re-read (mark lost) writes nothing new', async () => {
        const { platform } = connectHealthPlatform(sim.url)
        syncMessages()
        const before = messageHighWaterMark()!
        await sim.control('PATCH', '/_sim/messages/MC900106', { actionRequiredByDateTime: '2027-01-31T00:00:00Z', content: '<p>The date moved to January.</p>' })
        const writes = countWrites(platform)
        expect(syncMessages()).toMatchObject({ ok: true, calls: 1, received: 1, created: 0, updated: 1 })
        expect(writes()).toBe(2) // the post's row and the feed's mark
        const row = rows(platform).find((r) => r.message_id === 'MC900106')!
        expect(row.action_required_by).toBe('2027-01-31 00:00:00')
        expect(row.body).toBe('<p>The date moved to January.</p>')
        expect(Date.parse(messageHighWaterMark()!)).toBeGreaterThan(Date.parse(before))
        platform.store.query('x_mioms_m365_assis_health_sync', {}).forEach((r) => platform.store.delete('x_mioms_m365_assis_health_sync', r.sys_id!))
        const writesFull = countWrites(platform)
        expect(syncMessages()).toMatchObject({ ok: true, received: 9, created: 0, updated: 0, unchanged: 9 })
        expect(writesFull()).toBe(1) // only the mark, written again
    })

    it('cuts a title longer than its field (logged) and stores it the same way on every sync', async () => {
        const { platform } = connectHealthPlatform(sim.url)
        await sim.control('POST', '/_sim/messages', { id: 'MC800900', title: 'Long '.repeat(150), services: ['Microsoft Teams'], category: 'stayInformed' })
        syncMessages()
        const row = rows(platform).find((r) => r.message_id === 'MC800900')!
        expect(row.title).toHaveLength(500)
        expect(appLogEntries(platform).some((e) => /x_mioms_m365_assis_health_message\.title has 750 characters/.test(String(e.message)))).toBe(true)
        platform.store.query('x_mioms_m365_assis_health_sync', {}).forEach((r) => platform.store.delete('x_mioms_m365_assis_health_sync', r.sys_id!))
        const writes = countWrites(platform)
        expect(syncMessages()).toMatchObject({ ok: true, unchanged: 10 })
        expect(writes()).toBe(1)
    })

    it('honours 429 Retry-After and then reads the page', async () => {
        const { platform } = connectHealthPlatform(sim.url)
        await sim.control('POST', '/_sim/faults', { pattern: '/v1.0/admin/serviceAnnouncement/messages', status: 429, retryAfter: 1, times: 1 })
        const outcome = syncMessages()
        expect(outcome).toMatchObject({ ok: true, calls: 2, received: 9 })
        expect(rows(platform)).toHaveLength(9)
        expect((await messageRequests()).map((r) => r.status)).toEqual([429, 200])
    })
})

describe('Message center in the health run', () => {
    async function seedIssue() {
        await sim.control('POST', '/_sim/health/issues', { id: 'EX950001', title: 'Users may be unable to send email', service: 'Exchange Online' })
    }

    it('syncs issues and posts in one run', async () => {
        await seedIssue()
        const { platform } = connectHealthPlatform(sim.url)
        const run = runHealthSync()
        expect(run.sync).toMatchObject({ ok: true, created: 1 })
        expect(run.messages).toMatchObject({ ok: true, created: 9 })
        expect(rows(platform)).toHaveLength(9)
    })

    it('without ServiceMessage.Read.All (403): issues and incidents go on, the log says once which permission is missing, no post is written', async () => {
        await seedIssue()
        await sim.control('PUT', `/_sim/apps/${DEFAULT_OUTBOUND_APP_ID}/roles`, { roles: ['ServiceHealth.Read.All'] })
        const { platform } = connectHealthPlatform(sim.url)
        const run = runHealthSync()
        expect(run.sync).toMatchObject({ ok: true, created: 1 })
        expect(run.incidents).not.toBeNull()
        expect(run.messages).toMatchObject({ ok: false, calls: 1, failure: { status: 403 } })
        expect(rows(platform)).toHaveLength(0)
        expect(messageHighWaterMark()).toBeNull()
        const permission = 'Without the Microsoft Graph application permission ServiceMessage.Read.All, Message center posts will not work'
        const logged = appLogEntries(platform).filter((e) => String(e.message).includes(permission))
        expect(logged).toHaveLength(1)
        expect(String(logged[0].message)).toContain('ServiceMessage.Read.All')
        expect(String(logged[0].message)).toContain('HTTP 403')
        // The issues' feed state is untouched by the failed messages feed.
        expect(platform.store.query('x_mioms_m365_assis_health_sync', {}).map((r) => r.feed)).toEqual(['issues'])
    })

    it('Message center down (503 after the retries): issues still sync, the failure is the catalogue message', async () => {
        await seedIssue()
        const { platform } = connectHealthPlatform(sim.url)
        platform.setProperty('x_mioms_m365_assis.http.max_retries', '0')
        await sim.control('POST', '/_sim/faults', { pattern: '/v1.0/admin/serviceAnnouncement/messages', status: 503, retryAfter: 0 })
        const run = runHealthSync()
        expect(run.sync).toMatchObject({ ok: true, created: 1 })
        expect(run.messages).toMatchObject({ ok: false, failure: { status: 503 } })
        const failed = MESSAGES.HEALTH_MESSAGES_FAILED.split('{0}')[0]
        expect(appLogEntries(platform).filter((e) => String(e.message).includes(failed))).toHaveLength(1)
        await sim.control('DELETE', '/_sim/faults')
    })
})
