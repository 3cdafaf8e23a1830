/** The pure matcher and mapping: deterministic order, reasons, limits, precision on the labelled set, field map. */
import { rankHealthIssues, mentionedServices, tokenize } from '../../../src/server/health/matching'
import { precisionAtK } from '../../../src/server/health/precision'
import { descriptionFor, htmlToText, impactFor, mergePosts, nextUpdateFrom, postKey, shortDescriptionFor, urgencyFor, workNoteFor } from '../../../src/server/health/mapping'
import fixture from '../../fixtures/health-matching.json'

const issues = fixture.issues

describe('rankHealthIssues', () => {
    it('explains why an issue matched', () => {
        const [top] = rankHealthIssues('Outlook not receiving emails since this morning', issues, 3)
        expect(top.issue.id).toBe('EX100001')
        expect(top.reasons).toEqual(['Mentions "outlook" (Exchange Online)', expect.stringMatching(/^Shares the words: .*emails/), 'Microsoft has not resolved it yet (serviceDegradation)'])
        expect(top.score).toBeGreaterThan(40)
    })

    it('gives the same answer whatever the order of the issues', () => {
        const text = 'Teams meeting screen sharing broken'
        const a = rankHealthIssues(text, issues, 5)
        const b = rankHealthIssues(text, issues.slice().reverse(), 5)
        expect(b.map((r) => [r.issue.id, r.score])).toEqual(a.map((r) => [r.issue.id, r.score]))
        expect(a[0].issue.id).toBe('TM200003')
    })

    it('respects the limit and finds nothing in unrelated text', () => {
        expect(rankHealthIssues('Exchange Online', issues, 2)).toHaveLength(2)
        expect(rankHealthIssues('Exchange Online', issues, 0)).toEqual([])
        expect(rankHealthIssues('Printer on 3rd floor is jammed', issues, 3)).toEqual([])
        expect(rankHealthIssues('', issues, 3)).toEqual([])
    })

    it('finds services by product words and tokenizes with light stemming', () => {
        expect(mentionedServices('My OWA is slow and OneDrive too', ['Exchange Online', 'OneDrive for Business', 'Microsoft Teams'])).toEqual({ 'Exchange Online': 'owa', 'OneDrive for Business': 'onedrive' })
        expect(tokenize('Meetings receiving uploaded')).toEqual(['meet', 'receiv', 'upload'])
    })

    it('reaches precision@3 of at least 0.85 on the labelled fixture set', () => {
        const report = precisionAtK(issues, fixture.cases, 3)
        expect(report.cases).toBeGreaterThanOrEqual(30)
        expect(report.precision).toBeGreaterThanOrEqual(0.85)
    })
})

describe('mapping', () => {
    const issue = { id: 'EX1', title: 'Mail delayed', service: 'Exchange Online', feature: 'Mail flow', featureGroup: 'E-Mail timely delivery', classification: 'incident', status: 'serviceDegradation', startDateTime: '2026-11-01T10:00:00Z', lastModifiedDateTime: '2026-11-01T11:00:00Z', impactDescription: 'Users may see delays.' }

    it('maps classification to impact and status to urgency', () => {
        expect(impactFor('incident')).toBe('2')
        expect(impactFor('incident', true)).toBe('1')
        expect(impactFor('advisory')).toBe('3')
        expect(urgencyFor('serviceInterruption')).toBe('1')
        expect(urgencyFor('investigating')).toBe('2')
        expect(urgencyFor('serviceRestored')).toBe('3')
    })

    it('puts the title in the short description and everything else in the description', () => {
        expect(shortDescriptionFor(issue)).toBe('Mail delayed')
        expect(shortDescriptionFor({ ...issue, title: 'x'.repeat(200) })).toHaveLength(160)
        const d = descriptionFor(issue)
        for (const part of ['EX1', 'Service: Exchange Online', 'Feature: E-Mail timely delivery / Mail flow', 'Classification: incident', 'Status: serviceDegradation', 'Started: 2026-11-01T10:00:00Z', 'User impact: Users may see delays.']) expect(d).toContain(part)
    })

    it('keeps each post once by creation time and type, and reads the next update', () => {
        const p1 = { createdDateTime: '2026-11-01T10:00:00Z', postType: 'regular', description: { contentType: 'html', content: '<p>One</p>' } }
        const p2 = { createdDateTime: '2026-11-01T11:00:00Z', postType: 'regular', description: { contentType: 'html', content: '<p>Two</p><p>Next update by: 2026-11-01T15:00:00Z</p>' } }
        const first = mergePosts([], [p2, p1])
        expect(first).toMatchObject({ added: 2, changed: true })
        expect(first.posts.map((p) => p.key)).toEqual([postKey(p1), postKey(p2)])
        const again = mergePosts(first.posts, [p1, p2])
        expect(again).toMatchObject({ added: 0, changed: false, fresh: [], corrected: [] })
        // Microsoft corrects a post: the stored post gets the new text, nothing is added.
        const fixed = mergePosts(first.posts.map((p) => ({ ...p })), [{ ...p1, description: { contentType: 'html', content: '<p>One (corrected)</p>' } }])
        expect(fixed).toMatchObject({ added: 0, changed: true, fresh: [] })
        expect(fixed.corrected.map((p) => [p.key, p.content])).toEqual([[postKey(p1), '<p>One (corrected)</p>']])
        expect(nextUpdateFrom(again.posts, false)).toBe('2026-11-01T15:00:00.000Z')
        expect(nextUpdateFrom(again.posts, true)).toBeNull()
        expect(workNoteFor('EX1', again.posts[1])).toBe('Microsoft 365 service health update for EX1 (2026-11-01T11:00:00Z):\nTwo\nNext update by: 2026-11-01T15:00:00Z')
        expect(htmlToText('<p>A &amp; B</p><br/>C')).toBe('A & B\n\nC')
    })
})
