/** The panel's adapter: reads the health table and ranks active and recently resolved issues with reasons. */
import { createTestPlatform } from '../../../sandbox/glide'
import { findMatchingHealthIssues } from '../../../src/server/health/health-matches'

describe('findMatchingHealthIssues', () => {
    it('ranks stored issues, skips those resolved long ago, and returns the panel fields', () => {
        const platform = createTestPlatform()
        const now = new Date()
        const glide = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
        platform.insertRow('x_mioms_m365_assis_health_issue', {
            issue_id: 'EX1', title: 'Users may be unable to send or receive email', service: 'Exchange Online', feature: 'Mail flow', classification: 'incident',
            status: 'investigating', is_resolved: 'false', impact_description: 'Mail is delayed.', last_modified: glide(now.getTime() - 3600000), next_update: glide(now.getTime() + 3600000),
        })
        platform.insertRow('x_mioms_m365_assis_health_issue', {
            issue_id: 'EX2', title: 'Email delivery delays', service: 'Exchange Online', classification: 'incident', status: 'serviceRestored', is_resolved: 'true',
            last_modified: glide(now.getTime() - 30 * 86400000),
        })
        platform.insertRow('x_mioms_m365_assis_health_issue', {
            issue_id: 'TM1', title: 'Users may be unable to join Teams meetings', service: 'Microsoft Teams', classification: 'advisory', status: 'serviceRestored', is_resolved: 'true',
            last_modified: glide(now.getTime() - 86400000),
        })
        const matches = findMatchingHealthIssues('Outlook cannot send email', 3)
        expect(matches.map((m) => m.id)).toEqual(['EX1'])
        expect(matches[0]).toMatchObject({ title: 'Users may be unable to send or receive email', service: 'Exchange Online', status: 'investigating', isResolved: false, impact: 'Mail is delayed.', classification: 'incident' })
        expect(matches[0].lastUpdate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
        expect(matches[0].nextUpdate).toMatch(/Z$/)
        expect(matches[0].reasons[0]).toBe('Mentions "outlook" (Exchange Online)')
        expect(matches[0].sysId).toMatch(/^[0-9a-f]{32}$/)
        expect(findMatchingHealthIssues('Teams meeting join fails', 3).map((m) => m.id)).toEqual(['TM1'])
    })
})
