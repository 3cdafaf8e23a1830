/**
 * The outbound client against the simulator (own process, real HTTP over 127.0.0.1): success,
 * token reuse, retries that honour Retry-After, and each failure class with its catalogue
 * message, log entry and correlation id — and never a secret in the log.
 */
import { MESSAGES } from '../../../src/server/messages/catalogue'
import { PROPERTY } from '../../../src/server/config/settings'
import { createServiceRequest, getRepository, searchSolutions, validateAdmin } from '../../../src/server/connector/connector-client'
import { callMicrosoft } from '../../../src/server/connector/microsoft-http'
import { useSimulator } from '../../support/simulator-process'
import { SIM_ADMIN_EMAIL, SIM_OUTBOUND_APP, SIM_TENANT, connectPlatform } from '../../support/connected-platform'
import { appLogEntries } from '../../support/app-log'

const sim = useSimulator()

beforeEach(async () => {
    await sim.control('POST', '/_sim/configure', {
        repositories: [{ tenant: SIM_TENANT, repositoryId: 'contoso-servicenow', endpoint: 'http://127.0.0.1:9/api/x_mioms_m365_assis/v1/connector', authenticationType: 'basic', username: 'u', password: 'p' }],
    })
})

function appLog(platform: ReturnType<typeof connectPlatform>['platform']) {
    return appLogEntries(platform)
}

describe('connector client', () => {
    it('searches solutions with one token for many calls', () => {
        const { platform } = connectPlatform(sim.url)
        for (let i = 0; i < 5; i++) {
            const result = searchSolutions('Outlook cannot connect to Exchange Online', 3)
            expect(result.ok).toBe(true)
            if (result.ok) expect(result.value.length).toBeGreaterThan(0)
        }
        expect(platform.stats()).toEqual({ outboundCalls: 6, tokenRequests: 1 })
    })

    it('sends nothing and says "complete the setup steps" when Setup is not done', () => {
        const { platform } = connectPlatform(sim.url)
        platform.store.update('x_mioms_m365_assis_setup', platform.store.query('x_mioms_m365_assis_setup', {})[0].sys_id!, { tenant_domain: null })
        const result = searchSolutions('Teams', 3)
        expect(result).toMatchObject({ ok: false, kind: 'setup_incomplete', messageId: 'SETUP_INCOMPLETE' })
        expect(platform.stats().outboundCalls).toBe(0)
        expect(MESSAGES.SETUP_INCOMPLETE).toContain('complete the setup steps')
    })

    it('classifies a wrong client secret as a refused outbound secret (not "complete the setup steps"), logs it with the correlation id and no secret', () => {
        const { platform } = connectPlatform(sim.url, { clientSecret: 'wrong-secret-value' })
        const result = searchSolutions('Teams', 3)
        expect(result).toMatchObject({ ok: false, kind: 'outbound_secret', messageId: 'OUTBOUND_SECRET_REJECTED', code: 'AADSTS7000215' })
        if (result.ok) return
        const entries = appLog(platform)
        expect(entries.some((e) => e.message!.includes(result.correlationId) && e.level === '2')).toBe(true)
        const everything = JSON.stringify(platform.syslog()) + JSON.stringify(platform.store.query('sys_outbound_http_log', {}))
        expect(everything).not.toContain('wrong-secret-value')
        expect(everything).not.toContain(SIM_OUTBOUND_APP.clientSecret)
    })

    it('says "complete the final set up step" when the repository is not registered at Microsoft', () => {
        connectPlatform(sim.url)
        const result = getRepository('not-registered-here')
        expect(result).toMatchObject({ ok: false, kind: 'final_step_missing', messageId: 'FINAL_SETUP_STEP_MISSING', code: 'RepositoryNotRegistered' })
    })

    it('says "complete the final set up step" when the tenant has not set the outbound app', async () => {
        await sim.control('POST', '/_sim/configure', { tenants: [{ domain: SIM_TENANT, outboundAppId: null, integrationConfigured: false }] })
        connectPlatform(sim.url)
        const result = searchSolutions('Teams', 3)
        expect(result).toMatchObject({ ok: false, messageId: 'FINAL_SETUP_STEP_MISSING' })
    })

    it('reads an invalid admin as a verdict, and a case for that admin as invalid_admin', () => {
        connectPlatform(sim.url)
        const verdict = validateAdmin('nobody@contoso.onmicrosoft.com')
        expect(verdict).toMatchObject({ ok: true, value: { valid: false } })
        const created = createServiceRequest({
            repositoryId: 'contoso-servicenow',
            incidentNumber: 'INC0010001',
            incidentSysId: 'a'.repeat(32),
            title: 'Outlook down',
            description: 'Outlook cannot connect',
            severity: 'C',
            contact: { email: 'nobody@contoso.onmicrosoft.com', preferredContactMethod: 'email' },
            isTestEnvironment: true,
        })
        expect(created).toMatchObject({ ok: false, kind: 'invalid_admin', messageId: 'INVALID_ADMIN_ACCOUNT' })
        expect(validateAdmin(SIM_ADMIN_EMAIL)).toMatchObject({ ok: true, value: { valid: true, canCreateTickets: true } })
    })

    it('retries a 429 after its Retry-After and succeeds', async () => {
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/solutions/search', status: 429, retryAfter: 1, times: 1 })
        const { platform } = connectPlatform(sim.url)
        const started = Date.now()
        const result = callMicrosoft({ operation: 'searchSolutions', method: 'POST', baseUrl: sim.url, path: '/v1/solutions/search', profileId: platform.store.query('oauth_entity_profile', {})[0].sys_id!, body: { query: 'Teams', top: 2 } })
        expect(result).toMatchObject({ ok: true, attempts: 2 })
        expect(Date.now() - started).toBeGreaterThanOrEqual(950)
        expect(appLog(platform).some((e) => e.level === '1' && /answered 429; retry 1 of 2 in 1000 ms/.test(e.message!))).toBe(true)
    })

    it('gives up on a persistent 503 after the configured retries with "contact app support"', async () => {
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/solutions/search', status: 503, retryAfter: 0 })
        const { platform } = connectPlatform(sim.url)
        platform.setProperty(PROPERTY.httpMaxRetries, '1')
        const result = searchSolutions('Teams', 2)
        expect(result).toMatchObject({ ok: false, kind: 'unavailable', messageId: 'CONTACT_APP_SUPPORT', status: 503 })
        const entries = await sim.control<{ path: string; status: number }[]>('GET', '/_sim/journal')
        expect(entries.filter((e) => e.path === '/v1/solutions/search').length).toBe(2)
    })

    it('does not retry a Retry-After longer than a transaction should wait', async () => {
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/solutions/search', status: 429, retryAfter: 30 })
        connectPlatform(sim.url)
        const result = searchSolutions('Teams', 2)
        expect(result).toMatchObject({ ok: false, kind: 'throttled', messageId: 'CONTACT_APP_SUPPORT', status: 429 })
    })

    it('treats a malformed success body as unexpected', async () => {
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/solutions/search', malformed: true, times: 1 })
        connectPlatform(sim.url)
        expect(searchSolutions('Teams', 2)).toMatchObject({ ok: false, kind: 'unexpected', messageId: 'CONTACT_APP_SUPPORT' })
    })

    it('sends the correlation id to Microsoft as client-request-id', async () => {
        connectPlatform(sim.url)
        const result = searchSolutions('Teams', 2, undefined, 'M365-TESTCORRELATE')
        expect(result.ok).toBe(true)
        const entries = await sim.control<{ path: string; correlationId: string }[]>('GET', '/_sim/journal')
        expect(entries.find((e) => e.path === '/v1/solutions/search')?.correlationId).toBe('M365-TESTCORRELATE')
    })
})
