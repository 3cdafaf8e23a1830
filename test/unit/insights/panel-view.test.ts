/**
 * The incident panel's read side against the Microsoft simulator (own process, real HTTP):
 * recommended solutions kept per incident with a cache lifetime, service health matches from the
 * synced table, the setup modes, errors with catalogue messages and correlation ids, search,
 * feedback, and the routes' own role and incident checks.
 */
import { PROPERTY } from '../../../src/server/config/settings'
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import { getIncidentPanel, postFeedback, postSearch } from '../../../src/server/insights/panel-routes'
import { useSimulator } from '../../support/simulator-process'
import { SIM_TENANT } from '../../support/connected-platform'
import { callRoute, panelPlatform } from '../../support/panel-platform'
import { isAppLogEntry } from '../../support/app-log'

const sim = useSimulator()


const view = (platform: any, user: string, sysId: string) => callRoute(platform, user, getIncidentPanel, { method: 'GET', sysId })
const solutionRows = (platform: any, incidentId: string) => platform.store.query('x_mioms_m365_assis_solution', {}).filter((r: any) => r.incident === incidentId)

function addHealthIssue(platform: any, values: Record<string, string>) {
    platform.insertRow('x_mioms_m365_assis_health_issue', {
        classification: 'incident',
        is_resolved: 'false',
        status: 'serviceDegradation',
        last_modified: platform.nowValue(),
        ...values,
    })
}

describe('recommended solutions on the incident', () => {
    test('a cold view asks Microsoft once and stores the solutions; a warm view makes no call', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const cold = view(platform, 'agent', incidentId)
        expect(cold.status).toBe(200)
        expect(cold.json.problems).toEqual([])
        expect(cold.json.solutions.items.length).toBeGreaterThan(0)
        expect(cold.json.solutions.fromCache).toBe(false)
        expect(platform.stats()).toEqual({ outboundCalls: 2, tokenRequests: 1 })
        const stored = solutionRows(platform, incidentId)
        expect(stored.length).toBe(cold.json.solutions.items.length)
        expect(stored[0].query).toContain('Outlook cannot connect to Exchange Online')

        platform.resetStats()
        const warm = view(platform, 'agent', incidentId)
        expect(warm.json.solutions.fromCache).toBe(true)
        expect(warm.json.solutions.items.map((s: any) => s.title)).toEqual(cold.json.solutions.items.map((s: any) => s.title))
        expect(platform.stats()).toEqual({ outboundCalls: 0, tokenRequests: 0 })
    })

    test('a reopened incident (state changed) still shows its solutions without calling Microsoft', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const first = view(platform, 'agent', incidentId).json.solutions.items
        platform.store.update('incident', incidentId, { state: '6', active: 'false' })
        platform.store.update('incident', incidentId, { state: '2', active: 'true' })
        platform.resetStats()
        const reopened = view(platform, 'agent', incidentId)
        expect(reopened.json.incident.state).toBe('2')
        expect(reopened.json.solutions.items).toEqual(first)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('after the cache lifetime the solutions are refreshed in one go', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.setProperty(PROPERTY.solutionsCacheMinutes, '30')
        let now = Date.parse('2026-11-23T08:00:00Z')
        platform.setClock(() => now)
        view(platform, 'agent', incidentId)
        const before = solutionRows(platform, incidentId).map((r: any) => r.sys_id)
        now += 29 * 60000
        platform.resetStats()
        expect(view(platform, 'agent', incidentId).json.solutions.fromCache).toBe(true)
        expect(platform.stats().outboundCalls).toBe(0)
        now += 2 * 60000
        const refreshed = view(platform, 'agent', incidentId)
        expect(refreshed.json.solutions.fromCache).toBe(false)
        expect(platform.stats().outboundCalls).toBeGreaterThanOrEqual(1)
        const after = solutionRows(platform, incidentId)
        expect(after.length).toBe(before.length)
        expect(after.some((r: any) => before.includes(r.sys_id))).toBe(false)
    })

    test('an answer with no solutions is kept too: the next view makes no call', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.store.update('incident', incidentId, { short_description: 'zzqx qqzx', description: null })
        const first = view(platform, 'agent', incidentId)
        expect(first.json.solutions.items).toEqual([])
        expect(first.json.solutions.notice).toBe(MESSAGES.PANEL_NO_SOLUTIONS)
        platform.resetStats()
        const second = view(platform, 'agent', incidentId)
        expect(second.json.solutions).toMatchObject({ items: [], fromCache: true, notice: MESSAGES.PANEL_NO_SOLUTIONS })
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('a changed short description is searched again', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        view(platform, 'agent', incidentId)
        platform.store.update('incident', incidentId, { short_description: 'Teams meetings drop after a few minutes', description: null })
        platform.resetStats()
        view(platform, 'agent', incidentId)
        expect(platform.stats().outboundCalls).toBe(1)
        expect(solutionRows(platform, incidentId)[0].query).toBe('Teams meetings drop after a few minutes')
    })

    test("Microsoft's failure is shown at the top with its catalogue message and reference, logged, and stored solutions stay", async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.setProperty(PROPERTY.solutionsCacheMinutes, '0')
        const first = view(platform, 'agent', incidentId).json.solutions.items
        await sim.control('POST', '/_sim/configure', { tenants: [{ domain: SIM_TENANT, outboundAppId: null, integrationConfigured: false }] })
        const failed = view(platform, 'agent', incidentId)
        expect(failed.status).toBe(200)
        expect(failed.json.problems).toHaveLength(1)
        const problem = failed.json.problems[0]
        expect(problem).toMatchObject({ code: 'FINAL_SETUP_STEP_MISSING', message: MESSAGES.FINAL_SETUP_STEP_MISSING })
        expect(problem.correlationId).toMatch(/^M365-/)
        expect(failed.json.solutions.items).toEqual(first)
        const log = platform.syslog().filter((e) => isAppLogEntry(e) && e.level === '2')
        expect(log.some((e) => e.message!.includes(problem.correlationId) && /Recommended solutions for INC0010001 failed/.test(e.message!))).toBe(true)
    })

    test('"Please contact app support." when Microsoft keeps failing', async () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.setProperty(PROPERTY.httpMaxRetries, '0')
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/solutions/search', status: 500 })
        const answer = view(platform, 'agent', incidentId)
        expect(answer.json.problems[0]).toMatchObject({ code: 'CONTACT_APP_SUPPORT', message: MESSAGES.CONTACT_APP_SUPPORT })
        expect(solutionRows(platform, incidentId)).toHaveLength(0)
    })
})

describe('service health matches', () => {
    test('shows the synced issues that match the incident, with status, impact and next update, and calls nobody for them', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        addHealthIssue(platform, {
            issue_id: 'EX900001',
            title: 'Users cannot connect to Exchange Online from Outlook',
            service: 'Exchange Online',
            impact_description: 'Users may be unable to connect to their mailbox from Outlook desktop.',
            next_update: '2026-11-23 12:00:00',
        })
        addHealthIssue(platform, { issue_id: 'PB900002', title: 'Power BI reports are slow to render', service: 'Power BI', impact_description: 'Reports load slowly.' })
        view(platform, 'agent', incidentId) // warms the solutions
        platform.resetStats()
        const answer = view(platform, 'agent', incidentId)
        expect(platform.stats().outboundCalls).toBe(0)
        const ids = answer.json.health.items.map((h: any) => h.id)
        expect(ids).toEqual(['EX900001'])
        expect(answer.json.health.items[0]).toMatchObject({ status: 'serviceDegradation', impact: expect.stringContaining('mailbox'), nextUpdate: '2026-11-23T12:00:00Z' })
        expect(answer.json.health.items[0].reasons.length).toBeGreaterThan(0)
        expect(answer.json.health.notice).toBe('')
    })

    test('says so when nothing matches', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        expect(view(platform, 'agent', incidentId).json.health).toEqual({ items: [], notice: MESSAGES.PANEL_NO_HEALTH })
    })
})

describe('setup modes', () => {
    test('"continue without setup": search links from the incident text, said so, no Microsoft call, no health, no case', () => {
        const { platform, incidentId } = panelPlatform(sim.url, { mode: 'none' })
        const answer = view(platform, 'm365.admin', incidentId)
        expect(platform.stats().outboundCalls).toBe(0)
        expect(answer.json.solutions.basic).toBe(true)
        expect(answer.json.solutions.notice).toBe(MESSAGES.PANEL_BASIC_SOLUTIONS)
        expect(answer.json.solutions.items.map((s: any) => s.url)).toEqual([
            expect.stringMatching(/^https:\/\/learn\.microsoft\.com\/.*Outlook%20cannot%20connect/),
            expect.stringMatching(/^https:\/\/support\.microsoft\.com\/.*Outlook%20cannot%20connect/),
        ])
        expect(answer.json.health.items).toEqual([])
        expect(answer.json.abilities).toMatchObject({ mode: 'basic', canContactSupport: false, feedbackEnabled: false })
        expect(solutionRows(platform, incidentId)).toHaveLength(0)
    })

    test('Insights only: solutions and health, never a connector case; the administrator records one by hand (issue 15), an agent does not', () => {
        const { platform, incidentId } = panelPlatform(sim.url, { mode: 'insights' })
        const answer = view(platform, 'm365.admin', incidentId)
        expect(answer.json.solutions.items.length).toBeGreaterThan(0)
        expect(answer.json.abilities).toMatchObject({ mode: 'insights', canContactSupport: false, canRecordCase: true })
        expect(answer.json.contact).toEqual({ email: 'admin@contoso.onmicrosoft.com', linked: false })
        expect(answer.json.adminCenterUrl).toMatch(/^https:\/\/admin\.microsoft\.com\//)
        const agent = view(platform, 'agent', incidentId).json
        expect(agent.abilities).toMatchObject({ canContactSupport: false, canRecordCase: false })
        expect(agent.contact).toBeNull()
    })

    test('an administrator in basic mode may contact support; an agent may not', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        expect(view(platform, 'm365.admin', incidentId).json.abilities.canContactSupport).toBe(true)
        expect(view(platform, 'm365.admin', incidentId).json.contact).toEqual({ email: 'admin@contoso.onmicrosoft.com', linked: false }) // Setup's admin email: no account is linked
        expect(view(platform, 'agent', incidentId).json.abilities.canContactSupport).toBe(false)
        expect(view(platform, 'agent', incidentId).json.contact).toBeNull()
    })

    test('Setup not started: the exact "complete the setup steps" message with its reference, logged, no call', () => {
        const { platform, incidentId, setupId } = panelPlatform(sim.url)
        platform.store.delete('x_mioms_m365_assis_setup', setupId)
        const answer = view(platform, 'agent', incidentId)
        expect(answer.status).toBe(200)
        expect(answer.json.problems).toEqual([{ code: 'SETUP_INCOMPLETE', message: MESSAGES.SETUP_INCOMPLETE, correlationId: expect.stringMatching(/^M365-/) }])
        expect(platform.stats().outboundCalls).toBe(0)
        expect(platform.syslog().some((e) => isAppLogEntry(e) && e.message!.includes(answer.json.problems[0].correlationId))).toBe(true)
        expect(callRoute(platform, 'agent', postSearch, { method: 'POST', body: { query: 'Teams' } }).json.error.message).toBe(MESSAGES.SETUP_INCOMPLETE)
    })

    test('a mode chosen but no tenant yet: "complete the setup steps" from the connector', () => {
        const { platform, incidentId, setupId } = panelPlatform(sim.url)
        platform.store.update('x_mioms_m365_assis_setup', setupId, { tenant_domain: null })
        expect(view(platform, 'agent', incidentId).json.problems[0]).toMatchObject({ code: 'SETUP_INCOMPLETE', message: MESSAGES.SETUP_INCOMPLETE })
    })
})

describe('search', () => {
    test('returns Microsoft recommended solutions for typed text and stores nothing', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const answer = callRoute(platform, 'agent', postSearch, { method: 'POST', body: { query: 'Teams meetings drop' } })
        expect(answer.status).toBe(200)
        expect(answer.json.items.length).toBeGreaterThan(0)
        expect(answer.json.items.every((s: any) => s.sysId === '' && /^https?:\/\//.test(s.url))).toBe(true)
        expect(solutionRows(platform, incidentId)).toHaveLength(0)
        expect(platform.store.hasTable('x_mioms_m365_assis_solution') ? platform.store.count('x_mioms_m365_assis_solution') : 0).toBe(0)
    })

    test.each([
        ['no query', {}],
        ['empty', { query: '' }],
        ['blank', { query: '   ' }],
        ['a number', { query: 42 }],
        ['1001 characters', { query: 'x'.repeat(1001) }],
    ])('%s is refused with 400 and no call', (_label, body) => {
        const { platform } = panelPlatform(sim.url)
        const answer = callRoute(platform, 'agent', postSearch, { method: 'POST', body })
        expect(answer.status).toBe(400)
        expect(answer.json.error.message).toBe(MESSAGES.PANEL_SEARCH_REQUIRED)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('a user without the app role gets 403 from the code itself', () => {
        const { platform } = panelPlatform(sim.url)
        expect(callRoute(platform, 'itil.only', postSearch, { method: 'POST', body: { query: 'Teams' } }).status).toBe(403)
        expect(platform.stats().outboundCalls).toBe(0)
    })
})

describe('feedback', () => {
    test('"Was this helpful?" is recorded on the stored solution, without calling Microsoft', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const solution = view(platform, 'agent', incidentId).json.solutions.items[0]
        platform.resetStats()
        const answer = callRoute(platform, 'agent', postFeedback, { method: 'POST', sysId: incidentId, body: { solution: solution.sysId, helpful: true } })
        expect(answer.status).toBe(200)
        expect(answer.json.message).toBe(MESSAGES.PANEL_FEEDBACK_THANKS)
        const row = platform.store.get('x_mioms_m365_assis_solution', solution.sysId)!
        expect(row.feedback).toBe('helpful')
        expect(row.feedback_by).toBe(platform.findUser('agent')!.sys_id)
        expect(platform.stats().outboundCalls).toBe(0)
        expect(view(platform, 'agent', incidentId).json.solutions.items[0].feedback).toBe('helpful')
    })

    test('the opt-out property hides the prompt and refuses feedback', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.setProperty(PROPERTY.feedbackOptOut, 'true')
        const answer = view(platform, 'agent', incidentId)
        expect(answer.json.abilities.feedbackEnabled).toBe(false)
        const solution = answer.json.solutions.items[0]
        const refused = callRoute(platform, 'agent', postFeedback, { method: 'POST', sysId: incidentId, body: { solution: solution.sysId, helpful: false } })
        expect(refused.status).toBe(409)
        expect(refused.json.error.message).toBe(MESSAGES.PANEL_FEEDBACK_OFF)
        expect(platform.store.get('x_mioms_m365_assis_solution', solution.sysId)!.feedback ?? null).toBeNull()
    })

    test('feedback on another incident\'s solution or with a bad body is refused', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const solution = view(platform, 'agent', incidentId).json.solutions.items[0]
        const other = platform.insertRow('incident', { number: 'INC0010002', short_description: 'Other' })
        expect(callRoute(platform, 'agent', postFeedback, { method: 'POST', sysId: other, body: { solution: solution.sysId, helpful: true } }).status).toBe(404)
        expect(callRoute(platform, 'agent', postFeedback, { method: 'POST', sysId: incidentId, body: { solution: solution.sysId, helpful: 'yes' } }).status).toBe(400)
        expect(platform.store.get('x_mioms_m365_assis_solution', solution.sysId)!.feedback ?? null).toBeNull()
    })
})

describe('route checks', () => {
    test('a malformed incident id is 400, an unknown one 404, with the catalogue message', () => {
        const { platform } = panelPlatform(sim.url)
        const bad = view(platform, 'agent', 'not-a-sys-id')
        expect(bad.status).toBe(400)
        expect(bad.json.error.message).toBe(MESSAGES.PANEL_INCIDENT_NOT_FOUND)
        expect(view(platform, 'agent', 'f'.repeat(32)).status).toBe(404)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('an incident the caller may not read is 404 (GlideRecordSecure)', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        platform.addAcl({ name: 'incident', operation: 'read', type: 'record', roles: ['itil'] })
        const answer = view(platform, 'agent', incidentId)
        expect(answer.status).toBe(404)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('a user without an app role gets 403 even if the route ACL were missing', () => {
        const { platform, incidentId } = panelPlatform(sim.url)
        const answer = view(platform, 'itil.only', incidentId)
        expect(answer.status).toBe(403)
        expect(answer.json.error.message).toBe(formatMessage(MESSAGES.NOT_AUTHORIZED))
    })
})
