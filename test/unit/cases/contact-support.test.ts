/**
 * Contact Microsoft support against the simulator: the linked admin is validated, the case is
 * created with Setup's test-environment flag and saved linked to the incident; an invalid admin
 * gets the exact troubleshooting message with the address; a failed save leaves no row and logs
 * Microsoft's case id with the correlation id; one open case per incident; role and mode checks.
 */
import { postCommunication } from '../../../src/server/connector/connector-client'
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import { getCase, postCase } from '../../../src/server/cases/case-routes'
import { getIncidentPanel } from '../../../src/server/insights/panel-routes'
import { useSimulator } from '../../support/simulator-process'
import { SIM_ADMIN_EMAIL } from '../../support/connected-platform'
import { callRoute, panelPlatform } from '../../support/panel-platform'
import { isAppLogEntry } from '../../support/app-log'
import { CLAIM_TABLE, openCaseClaimKey } from '../../../src/server/platform/claim'

const sim = useSimulator()

beforeEach(async () => {
    await sim.control('POST', '/_sim/configure', {
        repositories: [{ tenant: 'contoso.onmicrosoft.com', repositoryId: 'contoso-servicenow', endpoint: 'http://127.0.0.1:9/api/x_mioms_m365_assis/v1/connector', authenticationType: 'basic', username: 'u', password: 'p' }],
    })
})

const FORM = { title: 'Outlook cannot connect', description: 'Several users see "Trying to connect..." since 9am.', severity: 'B', phone: '+1 425 555 0100', preferredContact: 'phone' }
const open = (platform: any, user: string, sysId: string, body: unknown = FORM) => callRoute(platform, user, postCase, { method: 'POST', sysId, body })
const caseRows = (platform: any) => (platform.store.hasTable('x_mioms_m365_assis_case') ? platform.store.query('x_mioms_m365_assis_case', {}) : [])
const simCases = async () => sim.control<any[]>('GET', '/_sim/servicerequests')

describe('opening a Microsoft case', () => {
    test('an administrator opens a case: validated admin, test-environment flag, saved on the incident, shown on the panel', async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const answer = open(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(201)
        const created = answer.json.microsoftCase
        expect(answer.json.message).toBe(formatMessage(MESSAGES.CASE_CREATED, [created.number]))
        expect(created).toMatchObject({ title: FORM.title, severity: 'B', contactEmail: SIM_ADMIN_EMAIL, testEnvironment: true, closed: false })
        const rows = caseRows(platform)
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ incident: incidentId, case_number: created.number, test_environment: 'true', contact_phone: FORM.phone, preferred_contact: 'phone', severity: 'b', correlation_id: answer.json.correlationId })
        const atMicrosoft = (await simCases()).find((c) => c.id === created.number)
        expect(atMicrosoft).toMatchObject({ incidentSysId: incidentId, incidentNumber: 'INC0010001', isTestEnvironment: true, contact: { email: SIM_ADMIN_EMAIL, phone: FORM.phone, preferredContactMethod: 'phone' } })
        const journal = await sim.control<any[]>('GET', '/_sim/journal')
        const ops = journal.map((e) => e.operation).filter((o) => o && o !== 'token')
        expect(ops.indexOf('validateAdmin')).toBeGreaterThanOrEqual(0)
        expect(ops.indexOf('validateAdmin')).toBeLessThan(ops.indexOf('createServiceRequest'))

        // Reopening the incident shows the case again (from the table, no Microsoft call for it).
        platform.store.update('incident', incidentId, { state: '6' })
        platform.store.update('incident', incidentId, { state: '2' })
        const panel = callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: incidentId }).json
        expect(panel.microsoftCase).toMatchObject({ number: created.number, status: created.status })
    })

    test('a switched-off test environment is sent as such', async () => {
        const { platform, incidentId, setupId } = panelPlatform(sim.url)
        platform.store.update('x_mioms_m365_assis_setup', setupId, { test_environment: 'false' })
        const answer = open(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(201)
        expect((await simCases()).find((c) => c.id === answer.json.microsoftCase.number).isTestEnvironment).toBe(false)
        expect(caseRows(platform)[0].test_environment).toBe('false')
    })

    test('one open case per incident', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const first = open(platform, 'm365.admin', incidentId).json.microsoftCase
        const again = open(platform, 'm365.admin', incidentId)
        expect(again.status).toBe(409)
        expect(again.json.error.message).toBe(formatMessage(MESSAGES.CASE_ALREADY_OPEN, [first.number]))
        expect(caseRows(platform)).toHaveLength(1)
    })

    test('a second open while another request holds the incident (two admins at once, a double submit) is 409 CASE_OPENING and calls Microsoft for nothing', async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        // The other request, on any node, has claimed the incident and is talking to Microsoft (platform/claim.ts).
        platform.insertRow(CLAIM_TABLE, { claim_key: openCaseClaimKey(incidentId) })
        await sim.control('DELETE', '/_sim/journal')
        const answer = open(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(409)
        expect(answer.json.error.message).toBe(MESSAGES.CASE_OPENING)
        expect(answer.json.error.correlationId).toMatch(/^M365-/)
        expect(caseRows(platform)).toHaveLength(0)
        expect(await simCases()).toHaveLength(0)
        const journal = await sim.control<any[]>('GET', '/_sim/journal')
        expect(journal.filter((e) => e.operation && e.operation !== 'token')).toEqual([])
        // The holder's claim is not the loser's to release.
        expect(platform.store.query(CLAIM_TABLE, {})).toHaveLength(1)
    })

    test('the claim is released after a case is opened and after Microsoft refused: the next open is decided by the case table again', async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/tenants/*/servicerequests', method: 'POST', status: 500 })
        const failed = open(platform, 'm365.admin', incidentId)
        expect(failed.status).toBe(502)
        expect(platform.store.query(CLAIM_TABLE, {})).toEqual([])
        await sim.control('DELETE', '/_sim/faults')
        const opened = open(platform, 'm365.admin', incidentId)
        expect(opened.status).toBe(201)
        expect(platform.store.query(CLAIM_TABLE, {})).toEqual([])
        expect(await simCases()).toHaveLength(1)
    })

    test('a claim left by a node that stopped mid-way is taken over once it is stale', async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.insertRow(CLAIM_TABLE, { claim_key: openCaseClaimKey(incidentId), sys_created_on: '2020-01-01 00:00:00' })
        expect(open(platform, 'm365.admin', incidentId).status).toBe(201)
        expect(platform.store.query(CLAIM_TABLE, {})).toEqual([])
        expect(await simCases()).toHaveLength(1)
    })

    test('the linked admin account (Link Account) is the contact, and an invalid one gets the exact message with the address', async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.insertRow('x_mioms_m365_assis_admin_account', { email: 'nobody@contoso.onmicrosoft.com', valid: 'true' })
        const answer = open(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(400)
        expect(answer.json.error.message).toBe(
            'nobody@contoso.onmicrosoft.com is not a valid Microsoft 365 admin account. You need Microsoft 365 admin privileges to open a service request. In the app, link the admin account.',
        )
        expect(answer.json.error.correlationId).toMatch(/^M365-/)
        expect(caseRows(platform)).toHaveLength(0)
        expect(await simCases()).toHaveLength(0)
        expect(platform.syslog().some((e) => isAppLogEntry(e) && e.message!.includes(answer.json.error.correlationId) && e.message!.includes('nobody@contoso.onmicrosoft.com'))).toBe(true)
    })

    test("the panel's contact prefill says whether the address is a linked account or only Setup's admin email", () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const contact = () => callRoute(platform, 'm365.admin', getIncidentPanel, { method: 'GET', sysId: incidentId }).json.contact
        expect(contact()).toEqual({ email: SIM_ADMIN_EMAIL, linked: false })
        platform.insertRow('x_mioms_m365_assis_admin_account', { email: 'ops.admin@contoso.onmicrosoft.com', valid: 'true' })
        expect(contact()).toEqual({ email: 'ops.admin@contoso.onmicrosoft.com', linked: true })
        expect(callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: incidentId }).json.contact).toBeNull()
    })

    test('a failed save: "Unable to save ticket details", no row left, Microsoft\'s case id logged with the correlation id', async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.addBusinessRule({
            name: 'test: refuse case inserts',
            table: 'x_mioms_m365_assis_case',
            when: 'before',
            actions: ['insert'],
            fn: (current) => (current as any).setAbortAction(true),
        })
        const answer = open(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(500)
        expect(answer.json.error.message).toBe(MESSAGES.TICKET_SAVE_FAILED)
        expect(caseRows(platform)).toHaveLength(0)
        const [atMicrosoft] = await simCases()
        expect(atMicrosoft).toBeDefined()
        const entry = platform.syslog().find((e) => isAppLogEntry(e) && e.level === '2' && e.message!.includes(answer.json.error.correlationId))
        expect(entry?.message).toContain(atMicrosoft.id)
        expect(entry?.message).toContain('reconcile')
        const panel = callRoute(platform, 'm365.admin', getIncidentPanel, { method: 'GET', sysId: incidentId }).json
        expect(panel.microsoftCase).toBeNull()
    })

    test.each([
        ['no title', { ...FORM, title: '' }, MESSAGES.CASE_TITLE_INVALID],
        ['a long title', { ...FORM, title: 'x'.repeat(161) }, MESSAGES.CASE_TITLE_INVALID],
        ['no description', { ...FORM, description: ' ' }, MESSAGES.CASE_DESCRIPTION_INVALID],
        ['severity D', { ...FORM, severity: 'D' }, MESSAGES.CASE_SEVERITY_INVALID],
        ['phone preferred without a phone', { ...FORM, phone: '' }, MESSAGES.CASE_PHONE_INVALID],
        ['a phone with letters', { ...FORM, phone: 'call me' }, MESSAGES.CASE_PHONE_INVALID],
        ['an unknown contact method', { ...FORM, preferredContact: 'fax' }, MESSAGES.CASE_PHONE_INVALID],
    ])('%s: 400, nothing sent, nothing saved', async (_label, body, message) => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const answer = open(platform, 'm365.admin', incidentId, body)
        expect(answer.status).toBe(400)
        expect(answer.json.error.message).toBe(message)
        expect(platform.stats().outboundCalls).toBe(0)
        expect(caseRows(platform)).toHaveLength(0)
    })

    test('an agent (insights_user) is refused by the code itself', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const answer = open(platform, 'agent', incidentId)
        expect(answer.status).toBe(403)
        expect(platform.stats().outboundCalls).toBe(0)
        expect(caseRows(platform)).toHaveLength(0)
    })

    test('Insights only: not available, nothing sent', () => {
        const { platform, incidentId } = panelPlatform(sim.url, { mode: 'insights' })
        const answer = open(platform, 'm365.admin', incidentId)
        expect(answer.status).toBe(409)
        expect(answer.json.error.message).toBe(MESSAGES.CASE_NOT_AVAILABLE)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test("Setup's final step not passed: the exact final-step message", () => {
        const { platform, incidentId } = panelPlatform(sim.url, { completed: false })
        const answer = open(platform, 'm365.admin', incidentId)
        expect(answer.json.error.message).toBe(MESSAGES.FINAL_SETUP_STEP_MISSING)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('Setup not started: the exact setup-steps message', () => {
        const { platform, incidentId, setupId } = panelPlatform(sim.url)
        platform.store.delete('x_mioms_m365_assis_setup', setupId)
        expect(open(platform, 'm365.admin', incidentId).json.error.message).toBe(MESSAGES.SETUP_INCOMPLETE)
    })

    test('Microsoft down while creating: "Please contact app support." and no row', async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/tenants/*/servicerequests', method: 'POST', status: 500 })
        const answer = open(platform, 'm365.admin', incidentId)
        expect(answer.json.error.message).toBe(MESSAGES.CONTACT_APP_SUPPORT)
        expect(caseRows(platform)).toHaveLength(0)
    })
})

describe('the case on the panel', () => {
    test('refresh reads status and the latest communications from Microsoft and stores them once', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const number = open(platform, 'm365.admin', incidentId).json.microsoftCase.number
        const posted = postCommunication(number, { messageId: 'sn-msg-1', body: 'Users restarted Outlook, no change.', author: 'Avery Agent' })
        expect(posted.ok).toBe(true)
        const first = callRoute(platform, 'agent', getCase, { method: 'GET', sysId: incidentId })
        expect(first.status).toBe(200)
        expect(first.json.problems).toEqual([])
        expect(first.json.microsoftCase.updates).toEqual([expect.objectContaining({ body: 'Users restarted Outlook, no change.', author: 'Avery Agent', direction: 'toMicrosoft' })])
        callRoute(platform, 'agent', getCase, { method: 'GET', sysId: incidentId })
        expect(platform.store.query('x_mioms_m365_assis_communication', {})).toHaveLength(1)
        const panel = callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: incidentId }).json
        expect(panel.microsoftCase.updates).toHaveLength(1)
    })

    test("the panel's own route gives the stored case (?part=case) with Microsoft's later updates and never calls Microsoft, even when the stored solutions are stale", () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const opened = open(platform, 'm365.admin', incidentId).json.microsoftCase
        // An update Microsoft posted to the instance (inbound/communications.ts stores it so), after the panel was shown.
        platform.insertRow('x_mioms_m365_assis_communication', { case: opened.sysId, direction: 'fromMicrosoft', author: 'Alex Wilber', body: 'Please send the Outlook logs.' })
        // The incident's text changed: a full panel view would ask Microsoft for solutions again.
        platform.store.update('incident', incidentId, { short_description: 'Outlook asks for a password again and again' })
        platform.resetStats()
        const answer = callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: incidentId, query: { part: 'case' } })
        expect(answer.status).toBe(200)
        expect(Object.keys(answer.json)).toEqual(['microsoftCase'])
        expect(answer.json.microsoftCase).toMatchObject({ sysId: opened.sysId, number: opened.number })
        expect(answer.json.microsoftCase.updates).toEqual([expect.objectContaining({ body: 'Please send the Outlook logs.', author: 'Alex Wilber', direction: 'fromMicrosoft' })])
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('?part=case on an incident without a case: null, and still the role and incident checks', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        expect(callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: incidentId, query: { part: 'case' } }).json).toEqual({ microsoftCase: null })
        expect(callRoute(platform, 'itil.only', getIncidentPanel, { method: 'GET', sysId: incidentId, query: { part: 'case' } }).status).toBe(403)
        expect(callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: 'not-an-id', query: { part: 'case' } }).status).toBe(400)
    })

    test('no case: 404 with the catalogue message', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const answer = callRoute(platform, 'agent', getCase, { method: 'GET', sysId: incidentId })
        expect(answer.status).toBe(404)
        expect(answer.json.error.message).toBe(MESSAGES.CASE_NOT_FOUND)
    })
})
