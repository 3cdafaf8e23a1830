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

describe('Message center posts among the matches', () => {
    const glide = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')

    it('ranks a synced post that explains the incident, labelled as a post with its category and action date', () => {
        const platform = createTestPlatform()
        const now = Date.now()
        platform.insertRow('x_mioms_m365_assis_health_message', {
            message_id: 'MC900101', title: 'Exchange Online: Basic authentication for SMTP AUTH client submission retires', services: 'Exchange Online', category: 'planForChange', severity: 'high',
            is_major_change: 'true', action_required_by: glide(now + 12 * 86400000), last_modified: glide(now - 86400000), content_type: 'html',
            body: '<p>Exchange Online rejects SMTP AUTH client submission that uses Basic authentication.</p><p>Multifunction printers and scanners that send email this way must move to OAuth.</p>',
        })
        platform.insertRow('x_mioms_m365_assis_health_message', {
            message_id: 'MC900104', title: "Default sharing link changes to 'Specific people'", services: 'SharePoint Online, OneDrive for Business', category: 'stayInformed', severity: 'normal',
            last_modified: glide(now - 2 * 86400000), content_type: 'html', body: '<p>The default sharing link for new files changes.</p>',
        })
        const matches = findMatchingHealthIssues('Scanner can no longer send email: SMTP AUTH basic authentication rejected', 3)
        expect(matches.map((m) => m.id)).toEqual(['MC900101'])
        expect(matches[0]).toMatchObject({ kind: 'message', service: 'Exchange Online', category: 'planForChange', classification: '', isResolved: false })
        expect(matches[0].actionRequiredBy).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
        expect(matches[0].reasons).toContain('A Message center post')
        const sharing = findMatchingHealthIssues('OneDrive sharing link changed: people outside cannot open files anymore', 3)
        expect(sharing[0]).toMatchObject({ id: 'MC900104', kind: 'message', service: 'SharePoint Online, OneDrive for Business' })
    })
})
