/** The sandbox's demo incidents come from the incident number sequence, like any incident. */
import { createTestPlatform, GlideRecord } from '../../../sandbox/glide'
import { DEMO_INCIDENTS } from '../../../sandbox/instance/demo'
import { DEMO_ASSIGNMENT_GROUP, seedAssignmentGroup, seedDemoData } from '../../../sandbox/instance/seed'
import { isActiveChoice } from '../../../sandbox/glide/platformChoices'
import { CATEGORY_CHOICES } from '../../../src/server/health/health-routes'

describe('sandbox demo data', () => {
    it('seeded demo incidents keep their numbers (INC0010001, ...), and the next incident follows them', () => {
        const platform = createTestPlatform()
        seedDemoData(platform, { microsoftUrl: 'http://127.0.0.1:9' })
        const seeded = platform.store.query('incident', { orderBy: [{ field: 'number', descending: false }] })
        expect(seeded.map((r) => r.number)).toEqual(DEMO_INCIDENTS.map((_, i) => `INC00100${String(i + 1).padStart(2, '0')}`))
        expect(seeded.map((r) => r.short_description)).toEqual(DEMO_INCIDENTS.map((i) => i.short_description))
        expect(seeded[0]).toMatchObject({ state: '1', active: 'true', impact: '2', urgency: '2', priority: '3' })

        const next = new GlideRecord('incident')
        next.initialize()
        next.setValue('short_description', 'After the demo data')
        next.insert()
        expect(next.getValue('number')).toBe(`INC00100${String(DEMO_INCIDENTS.length + 1).padStart(2, '0')}`)
    })

    it('seeds an assignment group with the agent and the Microsoft 365 admin, once; incident categories are the base system\'s', () => {
        const platform = createTestPlatform()
        seedDemoData(platform, { microsoftUrl: 'http://127.0.0.1:9' })
        seedAssignmentGroup(platform) // every start runs it again
        const groups = platform.store.query('sys_user_group', {}).filter((g) => g.name === DEMO_ASSIGNMENT_GROUP)
        expect(groups).toHaveLength(1)
        const members = platform.store.query('sys_user_grmember', {}).filter((m) => m.group === groups[0].sys_id).map((m) => platform.store.get('sys_user', String(m.user))?.user_name)
        expect(members.sort()).toEqual(['agent', 'm365.admin'])
        // The categories the Service Health page offers are choices of incident.category on the instance.
        for (const category of CATEGORY_CHOICES) expect(isActiveChoice(platform.store, 'incident', 'category', category)).toBe(true)
    })
})
