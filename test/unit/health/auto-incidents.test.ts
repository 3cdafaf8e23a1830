/**
 * Automatic incidents from the simulator's Graph feed: one incident per active issue with the
 * field map, each Microsoft post once as a work note, auto-resolve with a resolution code the instance offers and
 * a note saying when, and no more updates after an auto-resolve or a manual close.
 */
import { HEALTH_PROPERTY } from '../../../src/server/config/settings'
import { processAutoIncidents, autoIncidentProblems } from '../../../src/server/health/auto-incidents'
import { runHealthSync, syncDue } from '../../../src/server/health/run-sync'
import { useSimulator } from '../../support/simulator-process'
import { connectHealthPlatform, countWrites } from '../../support/health-platform'

const sim = useSimulator()

beforeEach(async () => {
    await sim.control('POST', '/_sim/health/seed', { count: 0 })
})

const ACTIVE = { id: 'EX900001', title: 'Users may be unable to send email', service: 'Exchange Online', classification: 'incident', status: 'serviceDegradation', impactDescription: 'Users may be unable to send email.' }

function setup() {
    const connected = connectHealthPlatform(sim.url)
    const { platform } = connected
    const group = platform.insertRow('sys_user_group', { name: 'Messaging' })
    platform.setProperty(HEALTH_PROPERTY.autoIncident, 'true')
    platform.setProperty(HEALTH_PROPERTY.assignmentGroup, group)
    platform.setProperty(HEALTH_PROPERTY.category, 'network')
    return { ...connected, group }
}

function incidents(platform: ReturnType<typeof setup>['platform']) {
    return platform.store.query('incident', {})
}
function notes(platform: ReturnType<typeof setup>['platform'], incidentId: string) {
    return platform.store.query('sys_journal_field', {}).filter((r) => r.element_id === incidentId && r.element === 'work_notes').map((r) => r.value!)
}
function healthRow(platform: ReturnType<typeof setup>['platform'], id: string) {
    return platform.store.query('x_mioms_m365_assis_health_issue', {}).find((r) => r.issue_id === id)!
}

describe('automatic incidents', () => {
    it('needs the assignment group and category', () => {
        expect(autoIncidentProblems({ assignmentGroup: '', category: '' })).toEqual(['assignment group', 'category'])
        expect(autoIncidentProblems({ assignmentGroup: 'x', category: 'y' })).toEqual([])
    })

    it('creates nothing while creation is off, or while a required setting is missing', async () => {
        await sim.control('POST', '/_sim/health/issues', ACTIVE)
        const { platform } = setup()
        platform.setProperty(HEALTH_PROPERTY.autoIncident, 'false')
        expect(runHealthSync().incidents).toMatchObject({ created: 0, skipped: 'automatic incidents are off' })
        platform.setProperty(HEALTH_PROPERTY.autoIncident, 'true')
        platform.setProperty(HEALTH_PROPERTY.category, '')
        expect(processAutoIncidents()).toMatchObject({ created: 0, skipped: 'missing category' })
        expect(incidents(platform)).toHaveLength(0)
    })

    it("writes Microsoft's posts and resolution neutralised: no [code] tag or bidi control reaches the work note or the resolution notes", async () => {
        const hostile = '<p>Fixed &lt;img src=x onerror=alert(1)&gt; in [code]&lt;b&gt;bold&lt;/b&gt;[/CODE] build\u202Eexe.txt\u2067</p>'
        await sim.control('POST', '/_sim/health/issues', { ...ACTIVE, posts: [{ createdDateTime: '2026-11-20T10:00:00Z', postType: 'regular', description: { contentType: 'html', content: hostile } }] })
        const { platform } = setup()
        platform.setProperty(HEALTH_PROPERTY.autoResolve, 'true')
        runHealthSync()
        const [inc] = incidents(platform)
        const written = notes(platform, inc.sys_id!)
        expect(written).toEqual(['Microsoft 365 service health update for EX900001 (2026-11-20T10:00:00Z):\nFixed <img src=x onerror=alert(1)> in (code)<b>bold</b>(/code) buildexe.txt'])
        await sim.control('POST', `/_sim/health/issues/${ACTIVE.id}/resolve`, { message: 'Done [code]<i>x</i>[/code]\u202E', status: 'serviceRestored' })
        runHealthSync()
        const resolved = platform.store.get('incident', inc.sys_id!)!
        expect(resolved.state).toBe('6')
        for (const text of [...notes(platform, inc.sys_id!), String(resolved.close_notes)]) {
            expect(text).not.toMatch(/\[\s*\/?\s*code\s*\]/i)
            expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
        }
    })

    it('creates one incident per active issue, posts each update once, resolves once, then stops', async () => {
        await sim.control('POST', '/_sim/health/issues', ACTIVE)
        await sim.control('POST', '/_sim/health/issues', { ...ACTIVE, id: 'TM900002', title: 'Old Teams issue', service: 'Microsoft Teams', isResolved: true, status: 'serviceRestored' })
        const { platform, group } = setup()
        platform.setProperty(HEALTH_PROPERTY.subcategory, 'email')
        platform.setProperty(HEALTH_PROPERTY.autoResolve, 'true')

        const first = runHealthSync()
        expect(first.sync).toMatchObject({ ok: true, created: 2 })
        expect(first.incidents).toMatchObject({ created: 1 })
        const [inc] = incidents(platform)
        expect(incidents(platform)).toHaveLength(1)
        expect(inc).toMatchObject({ short_description: ACTIVE.title, impact: '2', urgency: '2', assignment_group: group, category: 'network', subcategory: 'email' })
        expect(inc.assigned_to ?? null).toBeNull()
        // The platform's defaults, as on an instance: a number from the incident sequence, New, active, priority from impact x urgency.
        expect(inc).toMatchObject({ number: 'INC0010001', state: '1', incident_state: '1', active: 'true', priority: '3', opened_by: platform.session.userId ?? platform.findUser('admin')!.sys_id })
        expect(inc.opened_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
        expect(inc.description).toContain('Service: Exchange Online')
        expect(inc.description).toContain('User impact: Users may be unable to send email.')
        expect(healthRow(platform, ACTIVE.id).incident).toBe(inc.sys_id)
        const initialNotes = notes(platform, inc.sys_id!)

        // Nothing new: nothing written.
        const writes = countWrites(platform)
        expect(runHealthSync().incidents).toMatchObject({ created: 0, notes: 0, resolved: 0 })
        expect(writes()).toBe(0)

        // A Microsoft update: one work note, once.
        await sim.control('PATCH', `/_sim/health/issues/${ACTIVE.id}`, { post: '<p>We are rolling out a fix.</p>' })
        expect(runHealthSync().incidents).toMatchObject({ notes: 1 })
        expect(runHealthSync().incidents).toMatchObject({ notes: 0 })
        const afterUpdate = notes(platform, inc.sys_id!)
        expect(afterUpdate).toHaveLength(initialNotes.length + 1)
        expect(afterUpdate.filter((n) => n.includes('We are rolling out a fix.'))).toHaveLength(1)

        // Microsoft resolves it: the incident is resolved once, with the code and when.
        const resolved = await sim.control<{ endDateTime: string }>('POST', `/_sim/health/issues/${ACTIVE.id}/resolve`, {})
        expect(runHealthSync().incidents).toMatchObject({ resolved: 1 })
        const done = platform.store.get('incident', inc.sys_id!)!
        // No code configured: the current release's 'Solution provided' (close-codes.test.ts covers the rest).
        expect(done).toMatchObject({ state: '6', close_code: 'Solution provided' })
        expect(done.close_notes).toContain(resolved.endDateTime.slice(0, 19).replace('T', ' ') + ' UTC')
        expect(healthRow(platform, ACTIVE.id).incident_updates_stopped).toBe('true')

        // After the auto-resolve nothing more reaches the incident.
        const noteCount = notes(platform, inc.sys_id!).length
        await sim.control('PATCH', `/_sim/health/issues/${ACTIVE.id}`, { post: '<p>Post-incident report published.</p>' })
        expect(runHealthSync().incidents).toMatchObject({ created: 0, notes: 0, resolved: 0 })
        expect(notes(platform, inc.sys_id!)).toHaveLength(noteCount)
        expect(incidents(platform)).toHaveLength(1)
    })

    it('stops after a manual close and leaves resolution to people when auto-resolve is off', async () => {
        await sim.control('POST', '/_sim/health/issues', ACTIVE)
        await sim.control('POST', '/_sim/health/issues', { ...ACTIVE, id: 'SP900003', service: 'SharePoint Online', status: 'serviceInterruption' })
        const { platform } = setup()
        runHealthSync()
        expect(incidents(platform)).toHaveLength(2)
        const sp = healthRow(platform, 'SP900003')
        expect(platform.store.get('incident', sp.incident!)!.urgency).toBe('1')
        // Someone closes the Exchange incident by hand.
        const ex = healthRow(platform, ACTIVE.id)
        platform.store.update('incident', ex.incident!, { state: '7' })
        const exNotes = notes(platform, ex.incident!).length
        await sim.control('PATCH', `/_sim/health/issues/${ACTIVE.id}`, { post: '<p>More news.</p>' })
        expect(runHealthSync().incidents).toMatchObject({ notes: 0, stopped: 1 })
        expect(notes(platform, ex.incident!)).toHaveLength(exNotes)
        // Auto-resolve off: Microsoft's resolution is noted, the incident stays open.
        await sim.control('POST', '/_sim/health/issues/SP900003/resolve', {})
        expect(runHealthSync().incidents).toMatchObject({ notes: 1, resolved: 0 })
        expect(platform.store.get('incident', sp.incident!)!.state ?? null).not.toBe('6')
        expect(incidents(platform)).toHaveLength(2)
    })

    it('syncs once the interval has passed since the last attempt (scheduled-sync.test.ts runs the job)', () => {
        const last = Date.UTC(2026, 0, 1, 10, 0)
        expect(syncDue(Date.UTC(2026, 0, 1, 10, 16), 15, last)).toBe(true)
        expect(syncDue(Date.UTC(2026, 0, 1, 10, 14), 15, last)).toBe(false)
        expect(syncDue(Date.UTC(2026, 0, 1, 10, 1), 1, last)).toBe(true)
        expect(syncDue(Date.UTC(2026, 0, 1, 10, 1), 15, null)).toBe(true)
        expect(syncDue(Date.UTC(2026, 0, 1, 9, 0), 15, last)).toBe(true)
    })
})
