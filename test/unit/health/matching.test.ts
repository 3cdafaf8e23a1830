/** The pure matcher and mapping: deterministic order, reasons, limits, the quality figures on the labelled set, field map. */
import { rankHealthIssues, mentionedServices, tokenize, matchableFromMessage } from '../../../src/server/health/matching'
import { candidatesOf, measureMatchQuality, qualityOf, type LabelledCase, type RankedAnswer } from '../../../src/server/health/match-quality'
import { descriptionFor, htmlToText, impactFor, mergePosts, nextUpdateFrom, postKey, shortDescriptionFor, urgencyFor, workNoteFor } from '../../../src/server/health/mapping'
import fixture from '../../fixtures/health-matching.json'
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import type { MatchReason } from '../../../src/server/health/matching'

/** A reason as the panel shows it (the catalogue's English text). */
const reasonText = (reason: MatchReason) => formatMessage(MESSAGES[reason.id], reason.args)

const candidates = candidatesOf(fixture.issues, fixture.messages)
const cases = fixture.cases as LabelledCase[]
const half = (split: string) => cases.filter((c) => c.split === split)

describe('rankHealthIssues', () => {
    it('explains why an issue matched', () => {
        const [top] = rankHealthIssues('Outlook not receiving emails since this morning', candidates, 3)
        expect(top.issue.id).toBe('EX100001')
        expect(top.reasons.map(reasonText)).toEqual(['Mentions "outlook" (Exchange Online)', 'Shares the words: emails, receiving', 'Microsoft has not resolved it yet'])
        expect(top.score).toBeGreaterThan(40)
    })

    it('gives the same answer whatever the order of the candidates', () => {
        const text = 'Teams meeting screen sharing broken'
        const a = rankHealthIssues(text, candidates, 5)
        const b = rankHealthIssues(text, candidates.slice().reverse(), 5)
        expect(b.map((r) => [r.issue.id, r.score])).toEqual(a.map((r) => [r.issue.id, r.score]))
        expect(a[0].issue.id).toBe('TM200003')
    })

    it('respects the limit and finds nothing in unrelated text', () => {
        const text = 'Emails are delayed and bounce with an NDR'
        expect(rankHealthIssues(text, candidates, 2)).toHaveLength(2)
        expect(rankHealthIssues(text, candidates, 0)).toEqual([])
        expect(rankHealthIssues('Printer on 3rd floor is jammed, error 13', candidates, 3)).toEqual([])
        expect(rankHealthIssues('', candidates, 3)).toEqual([])
    })

    it('never matches on a product word alone', () => {
        for (const text of ['Outlook', 'Exchange Online', 'Outlook is not working', 'Teams broken', 'Problem with SharePoint and OneDrive']) {
            expect(rankHealthIssues(text, candidates, 3)).toEqual([])
        }
    })

    it('matches nothing for a question or a request, even one that shares product and feature words', () => {
        expect(rankHealthIssues('Outlook signature formatting question. The logo in my Outlook signature looks stretched when I send emails', candidates, 3)).toEqual([])
        expect(rankHealthIssues('Please create a shared mailbox and give the team access', candidates, 3)).toEqual([])
        // Asking to change something is a request; saying that something changed is a report.
        expect(rankHealthIssues('How do I change the default sharing link in OneDrive?', candidates, 3)).toEqual([])
        expect(rankHealthIssues('The default sharing link in OneDrive changed', candidates, 1)[0].issue.id).toBe('MC900104')
        // The same words reported as broken do match.
        expect(rankHealthIssues('Cannot open the shared mailbox, access was granted yesterday', candidates, 1)[0].issue.id).toBe('EX100007')
    })

    it('lets the problem outweigh the product word', () => {
        // Both name Outlook; the crash is Microsoft 365 apps' issue, the lost connection Exchange Online's.
        expect(rankHealthIssues('Outlook crashes at startup since the update', candidates, 1)[0].issue.id).toBe('OF700004')
        expect(rankHealthIssues('Outlook shows Disconnected, trying to connect', candidates, 1)[0].issue.id).toBe('EX100006')
    })

    it('ranks Message center posts as candidates', () => {
        const post = matchableFromMessage({
            id: 'MC1',
            title: 'Default sharing link changes',
            services: ['SharePoint Online', 'OneDrive for Business'],
            category: 'stayInformed',
            lastModifiedDateTime: '2026-11-17T00:00:00Z',
            body: { contentType: 'html', content: '<p>The default link type changes to <b>Specific people</b>.</p>' },
        })
        expect(post).toMatchObject({ id: 'MC1', service: 'SharePoint Online', services: ['SharePoint Online', 'OneDrive for Business'], impactDescription: 'The default link type changes to Specific people .', kind: 'message' })
        const [top] = rankHealthIssues('OneDrive sharing link default changed to specific people', [post], 3)
        expect(top.issue.id).toBe('MC1')
        expect(top.reasons.map(reasonText)).toContain('Mentions "onedrive" (OneDrive for Business)')
        expect(top.reasons.map(reasonText)).toContain('A Message center post')
        expect(rankHealthIssues('Scanner cannot send email anymore, SMTP basic authentication failed', candidates, 1)[0].issue.id).toBe('MC900101')
    })

    it('finds services by product words and tokenizes with light stemming, synonyms and without product words', () => {
        expect(mentionedServices('My OWA is slow and OneDrive too', ['Exchange Online', 'OneDrive for Business', 'Microsoft Teams'])).toEqual({ 'Exchange Online': 'owa', 'OneDrive for Business': 'onedrive' })
        expect(tokenize('Meetings receiving uploaded')).toEqual(['meet', 'receiv', 'upload'])
        expect(tokenize('Outlook mails arriving late, cannot log in')).toEqual(['email', 'receiv', 'delay', 'signin'])
    })
})

describe('match quality figures', () => {
    // k = 3. Hand-computed: three cases should match, two should match nothing.
    const answers: RankedAnswer[] = [
        { id: '1', text: '', expected: ['A'], ranked: ['B', 'A', 'C', 'D'] }, // hit at rank 2
        { id: '2', text: '', expected: ['A', 'B'], ranked: ['A', 'C', 'D', 'B'] }, // one of two in the top 3 (B at rank 4)
        { id: '3', text: '', expected: ['A'], ranked: [] }, // nothing matched
        { id: '4', text: '', expected: [], ranked: [] }, // rightly nothing
        { id: '5', text: '', expected: [], ranked: ['C'] }, // a false match
    ]
    const q = qualityOf(answers, 3)

    it('counts the cases of each kind', () => {
        expect(q).toMatchObject({ k: 3, cases: 5, shouldMatch: 3, shouldMatchNothing: 2 })
    })
    it('recall@3: the share of relevant candidates in the top 3', () => {
        expect(q.recallAtK).toBeCloseTo((1 + 1 / 2 + 0) / 3, 10)
    })
    it('precision@3: relevant places out of 3, with the ceiling the labels allow', () => {
        expect(q.precisionAtK).toBeCloseTo((1 / 3 + 1 / 3 + 0) / 3, 10)
        expect(q.precisionAtKCeiling).toBeCloseTo((1 / 3 + 2 / 3 + 1 / 3) / 3, 10)
    })
    it('precision@1: the first answer is relevant', () => {
        expect(q.precisionAt1).toBeCloseTo(1 / 3, 10)
    })
    it('MRR: the reciprocal rank of the first relevant candidate in the whole ranking', () => {
        expect(q.mrr).toBeCloseTo((1 / 2 + 1 + 0) / 3, 10)
    })
    it('false-match rate: should-match-nothing cases that got any match', () => {
        expect(q.falseMatchRate).toBe(1 / 2)
        expect(q.misses.map((m) => m.id)).toEqual(['1', '2', '3', '5'])
    })
    it('gives 0, not NaN, over no cases', () => {
        expect(qualityOf([], 3)).toMatchObject({ recallAtK: 0, precisionAtK: 0, precisionAt1: 0, mrr: 0, falseMatchRate: 0 })
    })
})

describe('the labelled set', () => {
    it('is large enough, spans the services and Message center, and splits into halves', () => {
        expect(cases.length).toBeGreaterThanOrEqual(150)
        expect(fixture.issues.length + fixture.messages.length).toBeGreaterThanOrEqual(60)
        expect(new Set(fixture.issues.map((i) => i.service)).size).toBeGreaterThanOrEqual(15)
        expect(fixture.messages.every((m) => /^MC\d+$/.test(m.id))).toBe(true)
        expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(30)
        expect(half('tuning').length + half('validation').length + half('holdout').length).toBe(cases.length)
        expect(Math.abs(half('tuning').length - half('validation').length)).toBeLessThanOrEqual(1)
        const ids = new Set(candidates.map((c) => c.id))
        for (const c of cases) for (const id of c.expected) expect(ids.has(id)).toBe(true)
    })

    it.each(['tuning', 'validation'])('meets the goals on the %s half (recall@3 ≥ 0.95, precision@1 ≥ 0.9, ≥ 95%% of should-match-nothing get nothing)', (split) => {
        const q = measureMatchQuality(candidates, half(split), 3)
        expect(q.recallAtK).toBeGreaterThanOrEqual(0.95)
        expect(q.precisionAt1).toBeGreaterThanOrEqual(0.9)
        expect(q.falseMatchRate).toBeLessThanOrEqual(0.05)
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
