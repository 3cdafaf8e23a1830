/**
 * Cases recorded by hand (issue 15): without a connector an administrator records the service
 * request opened in the Microsoft 365 admin center, updates it by hand, and agents see it
 * read-only. Validation, modes and roles, one open case per incident under the incident's claim,
 * work notes, and that nothing of it ever calls Microsoft. The connector's side (its inbound API
 * and the comment queue must not touch such a case) is in test/unit/inbound/recorded-case-refusal.test.ts.
 */
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import { getCase, patchRecordedCase, postCase, postRecordedCase } from '../../../src/server/cases/case-routes'
import { countOpenCases } from '../../../src/server/cases/case-record'
import { ADMIN_CENTER_SUPPORT_URL, isAdminCenterLink, readRecordForm, readRecordUpdate } from '../../../src/server/cases/recorded-case'
import { getIncidentPanel } from '../../../src/server/insights/panel-routes'
import { CLAIM_TABLE, openCaseClaimKey } from '../../../src/server/platform/claim'
import { PROPERTY } from '../../../src/server/config/settings'
import { wordFor } from '../../../src/client/shared/words'
import { Platform } from '../../../sandbox/glide'
import { addIncident, callRoute, panelPlatform } from '../../support/panel-platform'

/** Nothing listens here: any Microsoft call would fail and be counted. */
const NO_MICROSOFT = 'http://127.0.0.1:9'

const FORM = {
    number: '2611300040001234',
    link: 'https://admin.microsoft.com/AdminPortal/Home#/support/requests/2611300040001234',
    title: 'Outlook cannot connect',
    severity: 'B',
    contactName: 'Megan Bowen',
    contactEmail: 'megan@contoso.example',
    phone: '+1 425 555 0100',
    preferredContact: 'phone',
}

function insightsPlatform(mode: 'insights' | 'none' = 'insights') {
    const made = panelPlatform(NO_MICROSOFT, { mode })
    // The panel's own solutions are not what these tests look at.
    made.platform.setProperty(PROPERTY.solutionsSource, 'off')
    made.platform.resetStats()
    return made
}

const record = (platform: Platform, user: string, sysId: string, body: unknown = FORM) => callRoute(platform, user, postRecordedCase, { method: 'POST', sysId, body })
const update = (platform: Platform, user: string, sysId: string, body: unknown) => callRoute(platform, user, patchRecordedCase, { method: 'PATCH', sysId, body })
const caseRows = (platform: Platform) => (platform.store.hasTable('x_mioms_m365_assis_case') ? platform.store.query('x_mioms_m365_assis_case', {}) : [])
const workNotes = (platform: Platform, incident: string) =>
    platform.store
        .query('sys_journal_field', { where: { kind: 'term', field: 'element_id', operator: '=', value: incident } })
        .filter((row) => row.element === 'work_notes')
        .map((row) => String(row.value))

describe('what an administrator types', () => {
    test.each([
        ['https://admin.microsoft.com', true],
        ['https://admin.microsoft.com/AdminPortal/Home#/support', true],
        ['HTTPS://Admin.Microsoft.com/?ref=1', true],
        ['http://admin.microsoft.com/AdminPortal', false],
        ['javascript:alert(1)//https://admin.microsoft.com/', false],
        ['data:text/html,https://admin.microsoft.com', false],
        ['https://admin.microsoft.com.example.net/', false],
        ['https://admin.microsoft.com@example.net/', false],
        ['https://example.net/?admin.microsoft.com', false],
        ['https://admin.microsoft.com:8443/', false],
        ['https://admin.microsoft.com/a b', false],
        ['https://admin.microsoft.com/"onmouseover="x', false],
        ['//admin.microsoft.com/', false],
        ['https://admin.microsoft.com/' + 'x'.repeat(1024), false],
    ])('link %s → %s', (link, ok) => {
        expect(isAdminCenterLink(link)).toBe(ok)
    })

    test.each([
        ['no number', { ...FORM, number: '' }, 'CASE_RECORD_NUMBER_INVALID'],
        ['a number with letters', { ...FORM, number: 'SR-ABC123' }, 'CASE_RECORD_NUMBER_INVALID'],
        ['a too short number', { ...FORM, number: '12345' }, 'CASE_RECORD_NUMBER_INVALID'],
        ['a javascript: link', { ...FORM, link: 'javascript:alert(1)' }, 'CASE_RECORD_LINK_INVALID'],
        ['a link to another host', { ...FORM, link: 'https://evil.example/admin.microsoft.com' }, 'CASE_RECORD_LINK_INVALID'],
        ['no title', { ...FORM, title: '  ' }, 'CASE_TITLE_INVALID'],
        ['severity D', { ...FORM, severity: 'D' }, 'CASE_SEVERITY_INVALID'],
        ['a long contact name', { ...FORM, contactName: 'x'.repeat(101) }, 'CASE_RECORD_NAME_INVALID'],
        ['no contact email', { ...FORM, contactEmail: '' }, 'CASE_RECORD_EMAIL_INVALID'],
        ['phone preferred without a phone', { ...FORM, phone: '' }, 'CASE_PHONE_INVALID'],
        ['an unknown contact method', { ...FORM, preferredContact: 'fax' }, 'CASE_PHONE_INVALID'],
    ])('%s is refused with its message', (_label, body, messageId) => {
        expect(readRecordForm(body)).toEqual({ ok: false, messageId })
    })

    test('a number as people copy it ("#2611 3000 4000 1234") is the same number; the link may stay empty', () => {
        const read = readRecordForm({ ...FORM, number: '#2611 3000-4000 1234', link: '' })
        expect(read).toEqual({ ok: true, value: expect.objectContaining({ number: '2611300040001234', link: '', severity: 'B' }) })
    })

    test.each([
        [{ status: 'pending' }, 'CASE_RECORD_STATUS_INVALID'],
        [{ status: 3 }, 'CASE_RECORD_STATUS_INVALID'],
        [{ note: 42 }, 'CASE_RECORD_NOTE_INVALID'],
        [{ note: 'x'.repeat(4001) }, 'CASE_RECORD_NOTE_INVALID'],
    ])('update %j is refused', (body, messageId) => {
        expect(readRecordUpdate(body)).toEqual({ ok: false, messageId })
    })
})

describe('recording a service request', () => {
    test('Insights only: the administrator records it; kept like a connector case, a work note on the incident, no Microsoft call', () => {
        const { platform, incidentId } = insightsPlatform()
        const answer = record(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(201)
        expect(answer.json.message).toBe(formatMessage(MESSAGES.CASE_RECORDED, [FORM.number]))
        expect(answer.json.microsoftCase).toMatchObject({
            kind: 'manual',
            number: FORM.number,
            link: FORM.link,
            status: 'open',
            severity: 'B',
            title: FORM.title,
            contactName: FORM.contactName,
            contactEmail: FORM.contactEmail,
            contactPhone: FORM.phone,
            closed: false,
        })
        const rows = caseRows(platform)
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ kind: 'manual', incident: incidentId, case_number: FORM.number, admin_center_url: FORM.link, severity: 'b', preferred_contact: 'phone', closed: 'false' })
        const notes = workNotes(platform, incidentId)
        expect(notes).toHaveLength(1)
        expect(notes[0]).toContain(FORM.number)
        expect(notes[0]).toContain('recorded on this incident by hand')
        expect(notes[0]).toContain(FORM.link)
        expect(platform.stats().outboundCalls).toBe(0)
        expect(platform.store.query(CLAIM_TABLE, {})).toEqual([]) // released

        // The panel shows it to the agent with its kind, read from the table.
        const panel = callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: incidentId }).json
        expect(panel.microsoftCase).toMatchObject({ kind: 'manual', number: FORM.number })
        expect(wordFor('caseKind', panel.microsoftCase.kind)).toBe('Recorded by hand from the Microsoft 365 admin center')
        expect(wordFor('caseKind', 'connector')).toBe('Opened through the Microsoft support connector')
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('"Continue without setup" records too; without a link the work note points to the admin center', () => {
        const { platform, incidentId } = insightsPlatform('none')
        expect(record(platform, 'm365.admin', incidentId, { ...FORM, link: '' }).status).toBe(201)
        expect(workNotes(platform, incidentId)[0]).toContain(ADMIN_CENTER_SUPPORT_URL)
    })

    test('with a connector (basic mode) recording is refused: the connector opens cases', () => {
        const { platform, incidentId } = panelPlatform(NO_MICROSOFT)
        const answer = record(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(409)
        expect(answer.json.error.message).toBe(MESSAGES.CASE_RECORD_NOT_AVAILABLE)
        expect(caseRows(platform)).toHaveLength(0)
    })

    test('before Setup chose a mode: the exact "complete the setup steps" message', () => {
        const { platform, incidentId, setupId } = insightsPlatform()
        platform.store.delete('x_mioms_m365_assis_setup', setupId)
        const answer = record(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(409)
        expect(answer.json.error.message).toBe(MESSAGES.SETUP_INCOMPLETE)
        expect(caseRows(platform)).toHaveLength(0)
    })

    test("the connector's route still refuses in Insights only: Contact Microsoft support never pretends to open a case", () => {
        const { platform, incidentId } = insightsPlatform()
        const answer = callRoute(platform, 'm365.admin', postCase, { method: 'POST', sysId: incidentId, body: { title: 't', description: 'd', severity: 'C' } })
        expect(answer.status).toBe(409)
        expect(caseRows(platform)).toHaveLength(0)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('an agent (insights_user) and a user without an app role are refused by the code itself; nothing saved', () => {
        const { platform, incidentId } = insightsPlatform()
        expect(record(platform, 'agent', incidentId).status).toBe(403)
        expect(record(platform, 'itil.only', incidentId).status).toBe(403)
        expect(caseRows(platform)).toHaveLength(0)
        expect(workNotes(platform, incidentId)).toEqual([])
    })

    test('bad input: 400 with the catalogue message, nothing saved, no work note', () => {
        const { platform, incidentId } = insightsPlatform()
        const answer = record(platform, 'm365.admin', incidentId, { ...FORM, link: 'javascript:alert(document.cookie)' })
        expect(answer.status).toBe(400)
        expect(answer.json.error.message).toBe(MESSAGES.CASE_RECORD_LINK_INVALID)
        expect(caseRows(platform)).toHaveLength(0)
        expect(workNotes(platform, incidentId)).toEqual([])
    })

    test('one open case per incident, and a number already recorded on another incident is named', () => {
        const { platform, incidentId } = insightsPlatform()
        expect(record(platform, 'm365.admin', incidentId).status).toBe(201)
        const again = record(platform, 'm365.admin', incidentId, { ...FORM, number: '2611300040009999' })
        expect(again.status).toBe(409)
        expect(again.json.error.message).toBe(formatMessage(MESSAGES.CASE_ALREADY_OPEN, [FORM.number]))
        const other = addIncident(platform, 'INC0010002', 'Teams calls drop', 'Calls drop after a minute.')
        const taken = record(platform, 'm365.admin', other)
        expect(taken.status).toBe(409)
        expect(taken.json.error.message).toBe(formatMessage(MESSAGES.CASE_RECORD_NUMBER_TAKEN, [FORM.number, 'INC0010001']))
        expect(caseRows(platform)).toHaveLength(1)
    })

    test('two administrators at once: the one holding the incident claim wins, the other is told and saves nothing', () => {
        const { platform, incidentId } = insightsPlatform()
        // The first administrator's request, on any node, holds the incident (platform/claim.ts), the same claim a connector case takes.
        platform.insertRow(CLAIM_TABLE, { claim_key: openCaseClaimKey(incidentId) })
        const loser = record(platform, 'm365.admin', incidentId)
        expect(loser.status).toBe(409)
        expect(loser.json.error.message).toBe(MESSAGES.CASE_OPENING)
        expect(caseRows(platform)).toHaveLength(0)
        expect(platform.store.query(CLAIM_TABLE, {})).toHaveLength(1) // not the loser's to release
    })

    test('the race decided inside the claim: a case saved by the other request while this one waited is named', () => {
        const { platform, incidentId } = insightsPlatform()
        // The other admin's request saves its case between this request's first check and its claim.
        let other = false
        platform.addBusinessRule({
            name: 'test: the other admin saves first',
            table: CLAIM_TABLE,
            when: 'before',
            actions: ['insert'],
            fn: () => {
                if (other) return
                other = true
                platform.insertRow('x_mioms_m365_assis_case', { kind: 'manual', case_number: '2611300040005555', incident: incidentId, status: 'open', closed: 'false' })
            },
        })
        const answer = record(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(409)
        expect(answer.json.error.message).toBe(formatMessage(MESSAGES.CASE_ALREADY_OPEN, ['2611300040005555']))
        expect(caseRows(platform)).toHaveLength(1)
        expect(platform.store.query(CLAIM_TABLE, {})).toEqual([])
    })
})

describe('updating it by hand', () => {
    function recorded() {
        const made = insightsPlatform()
        expect(record(made.platform, 'm365.admin', made.incidentId).status).toBe(201)
        return made
    }

    test('the administrator sets the status and adds a note: saved, shown in the latest updates, each a work note; no Microsoft call', () => {
        const { platform, incidentId } = recorded()
        const answer = update(platform, 'm365.admin', incidentId, { status: 'waitingForCustomer', note: 'Microsoft asked for a Fiddler trace.' })
        expect(answer.status).toBe(200)
        expect(answer.json.message).toBe(formatMessage(MESSAGES.CASE_RECORD_UPDATED, [FORM.number]))
        expect(answer.json.microsoftCase).toMatchObject({ status: 'waitingForCustomer', closed: false })
        expect(answer.json.microsoftCase.updates).toEqual([expect.objectContaining({ direction: 'byHand', body: expect.stringContaining('Microsoft asked for a Fiddler trace.') })])
        const notes = workNotes(platform, incidentId)
        expect(notes).toHaveLength(2)
        expect(notes.some((n) => n.includes('status set by hand to Waiting for customer (was Open)') && n.includes('Fiddler trace'))).toBe(true)
        expect(update(platform, 'm365.admin', incidentId, { note: 'Trace sent.' }).status).toBe(200)
        expect(workNotes(platform, incidentId)).toHaveLength(3)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test("Refresh (GET .../case) answers a recorded case as stored and never asks Microsoft", () => {
        const { platform, incidentId } = recorded()
        const answer = callRoute(platform, 'agent', getCase, { method: 'GET', sysId: incidentId })
        expect(answer.status).toBe(200)
        expect(answer.json).toEqual({ microsoftCase: expect.objectContaining({ kind: 'manual', number: FORM.number }), problems: [] })
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('agents see it read-only: their update is refused and nothing changes', () => {
        const { platform, incidentId } = recorded()
        const before = caseRows(platform)[0]
        const answer = update(platform, 'agent', incidentId, { status: 'resolved' })
        expect(answer.status).toBe(403)
        expect(caseRows(platform)[0]).toEqual(before)
        expect(workNotes(platform, incidentId)).toHaveLength(1)
    })

    test.each([
        ['an unknown status', { status: 'pending' }, 400, MESSAGES.CASE_RECORD_STATUS_INVALID],
        ['nothing to change', { status: 'open', note: ' ' }, 400, MESSAGES.CASE_RECORD_UPDATE_EMPTY],
    ])('%s: the catalogue message and nothing changed', (_label, body, status, message) => {
        const { platform, incidentId } = recorded()
        const before = caseRows(platform)[0]
        const answer = update(platform, 'm365.admin', incidentId, body)
        expect(answer.status).toBe(status)
        expect(answer.json.error.message).toBe(message)
        expect(caseRows(platform)[0]).toEqual(before)
        expect(workNotes(platform, incidentId)).toHaveLength(1)
    })

    test('closing it closes the case row: no more updates, and a new request may be recorded', () => {
        const { platform, incidentId } = recorded()
        expect(countOpenCases()).toBe(0) // a recorded case never counts as an open connector case
        expect(update(platform, 'm365.admin', incidentId, { status: 'closed', note: 'Solved by Microsoft.' }).json.microsoftCase).toMatchObject({ status: 'closed', closed: true })
        expect(caseRows(platform)[0]).toMatchObject({ status: 'closed', closed: 'true' })
        const late = update(platform, 'm365.admin', incidentId, { note: 'one more' })
        expect(late.status).toBe(409)
        expect(late.json.error.message).toBe(MESSAGES.CASE_RECORD_NONE)
        expect(record(platform, 'm365.admin', incidentId, { ...FORM, number: '2611300040007777' }).status).toBe(201)
        expect(caseRows(platform)).toHaveLength(2)
    })

    test('a connector case is not updated by hand', () => {
        const { platform, incidentId } = panelPlatform(NO_MICROSOFT)
        platform.insertRow('x_mioms_m365_assis_case', { case_number: '900001', incident: incidentId, repository_id: 'contoso-servicenow', status: 'open', closed: 'false' })
        const answer = update(platform, 'm365.admin', incidentId, { status: 'resolved' })
        expect(answer.status).toBe(409)
        expect(answer.json.error.message).toBe(MESSAGES.CASE_RECORD_NONE)
        expect(caseRows(platform)[0]).toMatchObject({ status: 'open', closed: 'false' })
    })
})
