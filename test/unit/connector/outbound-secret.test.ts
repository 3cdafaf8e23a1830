/**
 * A wrong or expired outbound client secret found during normal use says so, the same way on
 * recommended solutions, search and Contact Microsoft support: agents are told to ask their admin
 * to renew the secret (not "complete the setup steps"), and the app's log names the provider, its
 * client ID and the fix, never the secret. Both sides of the undocumented token-failure behaviours.
 */
import { MESSAGES } from '../../../src/server/messages/catalogue'
import { getIncidentPanel, postSearch } from '../../../src/server/insights/panel-routes'
import { postCase } from '../../../src/server/cases/case-routes'
import { useSimulator } from '../../support/simulator-process'
import { SIM_OUTBOUND_APP, SIM_TENANT } from '../../support/connected-platform'
import { callRoute, panelPlatform } from '../../support/panel-platform'
import { isAppLogEntry } from '../../support/app-log'

const sim = useSimulator()

const FORM = { title: 'Outlook cannot connect', description: 'Several users see "Trying to connect..." since 9am.', severity: 'B', phone: '+1 425 555 0100', preferredContact: 'phone' }

describe.each(['strict', 'lenient'] as const)('a refused outbound secret during normal use (%s)', (side) => {
    function instance(clientSecret?: string) {
        const made = panelPlatform(sim.url, { clientSecret })
        made.platform.fidelity.restOAuthFailureText = side
        made.platform.fidelity.oauthClientErrorParameters = side
        return made
    }

    /** What solutions, search and Contact Microsoft support each tell the user. */
    function messagesShown(platform: any, incidentId: string) {
        const view = callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: incidentId }).json.problems.map((p: any) => p.message)
        const search = callRoute(platform, 'agent', postSearch, { method: 'POST', body: { query: 'Teams meetings drop' } }).json.error.message
        const contact = callRoute(platform, 'm365.admin', postCase, { method: 'POST', sysId: incidentId, body: FORM }).json.error.message
        return { view, search, contact }
    }

    const adminLog = (platform: any): string[] => platform.syslog().filter((e: any) => isAppLogEntry(e) && /Azure AD refused the client secret/.test(e.message)).map((e: any) => e.message as string)

    test('a wrong secret: every feature asks the admin to renew it; the log names the provider and client ID', () => {
        const { platform, incidentId } = instance('an-outdated-secret-value')
        expect(messagesShown(platform, incidentId)).toEqual({ view: [MESSAGES.OUTBOUND_SECRET_REJECTED], search: MESSAGES.OUTBOUND_SECRET_REJECTED, contact: MESSAGES.OUTBOUND_SECRET_REJECTED })
        const logged = adminLog(platform)
        expect(logged.length).toBeGreaterThanOrEqual(3)
        for (const line of logged) {
            expect(line).toContain(`outbound OAuth provider "Microsoft 365 outbound (test)" (client ID ${SIM_OUTBOUND_APP.clientId}`)
            expect(line).toContain('the secret is wrong (AADSTS7000215)')
        }
        expect(JSON.stringify(platform.syslog())).not.toContain('an-outdated-secret-value')
    })

    test('an expired secret: the same message for agents; the log says it expired', async () => {
        await sim.control('POST', '/_sim/configure', { apps: [{ ...SIM_OUTBOUND_APP, tenant: SIM_TENANT, secretExpiresDateTime: '2020-01-01T00:00:00Z' }] })
        const { platform, incidentId } = instance()
        expect(messagesShown(platform, incidentId)).toEqual({ view: [MESSAGES.OUTBOUND_SECRET_REJECTED], search: MESSAGES.OUTBOUND_SECRET_REJECTED, contact: MESSAGES.OUTBOUND_SECRET_REJECTED })
        expect(adminLog(platform).every((line) => line.includes('the secret has expired (AADSTS7000222)'))).toBe(true)
    })

    test('a 401 from Microsoft while the secret is fine stays "complete the setup steps"', async () => {
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/solutions/search', status: 401 })
        const { platform } = instance()
        expect(callRoute(platform, 'agent', postSearch, { method: 'POST', body: { query: 'Teams meetings drop' } }).json.error.message).toBe(MESSAGES.SETUP_INCOMPLETE)
        expect(adminLog(platform)).toEqual([])
    })
})
