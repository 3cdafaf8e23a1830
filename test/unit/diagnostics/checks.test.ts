/**
 * Diagnostics: each check passes on a healthy instance and fails, with its catalogue fix, when the
 * one thing it looks at is broken; a run writes nothing and keeps to its time budget.
 */
import { MESSAGES } from '../../../src/server/messages/catalogue'
import { PROPERTY, HEALTH_PROPERTY } from '../../../src/server/config/settings'
import { CheckResult } from '../../../src/server/diagnostics/checks/check'
import { checkInboundProvider, checkIntegrationUser, checkMicrosoftUrls, checkOutboundProfile, checkProperties, checkSetupComplete } from '../../../src/server/diagnostics/checks/configuration'
import { checkCloseCodes, checkCrossScopeReads, checkFormSection, checkJob, APP_JOBS, overdue, platformChecks } from '../../../src/server/diagnostics/checks/platform'
import { checkConnector, checkGraphPermissions, checkHealthSync, checkLearn, checkRepository, checkToken, readRepository } from '../../../src/server/diagnostics/checks/microsoft'
import { readSetupFacts } from '../../../src/server/diagnostics/checks/setup-facts'
import { checkCommentQueue, checkInboundRefusals, checkRecentFailures } from '../../../src/server/diagnostics/checks/traffic'
import { BUDGET_MS, runDiagnostics } from '../../../src/server/diagnostics/run-diagnostics'
import { ROW_CHECKS } from '../../../src/server/diagnostics/troubleshooting-rows'
import { LOG_SOURCE } from '../../../src/server/diagnostics/logger'
import { useSimulator } from '../../support/simulator-process'
import { SIM_OUTBOUND_APP } from '../../support/connected-platform'
import { diagnosticsPlatform, glideTime, registerAtSimulator } from '../../support/diagnostics-platform'

const sim = useSimulator()

function healthy() {
    return diagnosticsPlatform(sim.url)
}
const facts = () => readSetupFacts()

function expectFailed(result: CheckResult, fixId: keyof typeof MESSAGES, contains?: string) {
    expect(result.status).toBe('failed')
    expect(result.fix_id).toBe(fixId)
    expect(result.fix).toBeTruthy()
    if (contains) expect(result.fix).toContain(contains)
}

describe('configuration', () => {
    it('setup_complete: passes when Setup completed, fails with the step it stopped at', () => {
        const { platform, setupId } = healthy()
        expect(checkSetupComplete(facts()).status).toBe('passed')
        platform.store.update('x_mioms_m365_assis_setup', setupId, { completed: 'false', step: 'repository' })
        expectFailed(checkSetupComplete(facts()), 'DIAG_FIX_SETUP_NOT_COMPLETE', 'repository')
        platform.store.delete('x_mioms_m365_assis_setup', setupId)
        expectFailed(checkSetupComplete(facts()), 'DIAG_FIX_SETUP_NOT_STARTED')
    })

    it('outbound_profile: passes for an active client-credentials provider, fails when the profile is deleted or the provider inactive', () => {
        const { platform, profileId, entityId } = healthy()
        expect(checkOutboundProfile(facts()).status).toBe('passed')
        platform.store.update('oauth_entity', entityId, { active: 'false' })
        expectFailed(checkOutboundProfile(facts()), 'DIAG_FIX_OUTBOUND_PROFILE', 'inactive')
        platform.store.delete('oauth_entity_profile', profileId)
        const result = checkOutboundProfile(facts())
        expectFailed(result, 'DIAG_FIX_OUTBOUND_PROFILE', 'does not exist')
        // The token check then says why it did not ask, instead of failing as well.
        expect(checkToken(facts(), result).status).toBe('not_applicable')
    })

    it('inbound_provider: passes for the active OAuth client, fails when it is gone; not applicable in Insights only', () => {
        const { platform, inboundId, setupId } = healthy()
        expect(checkInboundProvider(facts()).status).toBe('passed')
        platform.store.delete('oauth_entity', inboundId)
        expectFailed(checkInboundProvider(facts()), 'DIAG_FIX_INBOUND_PROVIDER', 'does not exist')
        platform.store.update('x_mioms_m365_assis_setup', setupId, { mode: 'insights' })
        expect(checkInboundProvider(facts()).status).toBe('not_applicable')
    })

    it('integration_user: passes with web service only, incident_manager and snc_internal; names each missing role', () => {
        const { platform, userId } = healthy()
        expect(checkIntegrationUser(facts()).status).toBe('passed')
        const grant = platform.store.query('sys_user_has_role', {}).find((r) => r.user === userId && r.role === platform.findRow('sys_user_role', 'name', 'snc_internal')!.sys_id)!
        platform.store.delete('sys_user_has_role', String(grant.sys_id))
        expectFailed(checkIntegrationUser(facts()), 'DIAG_FIX_INTEGRATION_USER', 'no snc_internal role')
        platform.store.update('sys_user', userId, { web_service_access_only: 'false' })
        expect(checkIntegrationUser(facts()).fix).toContain('Web service access only is not checked')
    })

    it('properties: passes with usable values, fails naming each unusable one', () => {
        const { platform } = healthy()
        expect(checkProperties().status).toBe('passed')
        platform.setProperty(PROPERTY.httpTimeoutMs, '5')
        platform.setProperty(PROPERTY.debugLogging, 'maybe')
        const result = checkProperties()
        expectFailed(result, 'DIAG_FIX_PROPERTIES', PROPERTY.httpTimeoutMs + ' = 5')
        expect(result.fix).toContain(PROPERTY.debugLogging + ' = maybe')
    })

    it('microsoft_urls: passes for absolute URLs, fails for a relative one', () => {
        const { platform } = healthy()
        expect(checkMicrosoftUrls(facts()).status).toBe('passed')
        platform.setProperty(PROPERTY.connectorBaseUrl, 'connector.example.com/api')
        expectFailed(checkMicrosoftUrls(facts()), 'DIAG_FIX_MICROSOFT_URLS', PROPERTY.connectorBaseUrl)
    })
})

describe('platform', () => {
    it('cross_scope_reads: passes when no table refuses, fails naming oauth_entity when its Can read is cleared', () => {
        const { platform } = healthy()
        expect(checkCrossScopeReads().status).toBe('passed')
        const table = platform.findRow('sys_db_object', 'name', 'oauth_entity')!
        platform.store.update('sys_db_object', String(table.sys_id), { read_access: 'false' })
        expectFailed(checkCrossScopeReads(), 'DIAG_FIX_CROSS_SCOPE_READ', "'oauth_entity'")
        // The checks that need the table then say why they cannot look, instead of failing too.
        expect(checkOutboundProfile(facts()).status).toBe('not_applicable')
        expect(checkToken(facts()).status).toBe('not_applicable')
    })

    it('form_section: passes when every Default-view incident form shows the tab, fails naming the domain without it', () => {
        const { platform, formSectionId } = healthy()
        expect(checkFormSection().status).toBe('passed')
        platform.store.delete('sys_ui_form_section', formSectionId)
        expectFailed(checkFormSection(), 'DIAG_FIX_FORM_SECTION', 'domain global')
    })

    it('scheduled jobs: pass when active with a current schedule item, fail when inactive or overdue', () => {
        const { platform, jobs } = healthy()
        expect(checkJob('job_health_sync', APP_JOBS.healthSync, true, 'basic').status).toBe('passed')
        platform.store.update('sysauto_script', jobs.healthSync, { active: 'false' })
        expectFailed(checkJob('job_health_sync', APP_JOBS.healthSync, true, 'basic'), 'DIAG_FIX_JOB_INACTIVE', APP_JOBS.healthSync)
        const item = platform.findRow('sys_trigger', 'document_key', jobs.commentRetry)!
        platform.store.update('sys_trigger', String(item.sys_id), { next_action: glideTime(platform.now() - 60 * 60000) })
        expectFailed(checkJob('job_comment_retry', APP_JOBS.commentRetry, true, 'basic'), 'DIAG_FIX_JOB_NOT_RUNNING', APP_JOBS.commentRetry)
        expect(overdue('2026-01-01 00:00:00', 60000, Date.parse('2026-01-01T00:05:59Z'))).toBe(false)
        expect(overdue('2026-01-01 00:00:00', 60000, Date.parse('2026-01-01T00:06:01Z'))).toBe(true)
    })

    it('close_codes: passes when the configured code is offered, fails when it is not', () => {
        const { platform } = healthy()
        expect(checkCloseCodes().status).toBe('passed')
        platform.setProperty(HEALTH_PROPERTY.closeCode, 'Closed/Resolved by Caller')
        expectFailed(checkCloseCodes(), 'DIAG_FIX_CLOSE_CODE', 'Solution provided')
    })

    it('jobs are not applicable where the mode does not need them', () => {
        const { platform, setupId } = healthy()
        platform.store.update('x_mioms_m365_assis_setup', setupId, { mode: 'insights' })
        const retry = platformChecks(facts()).find((c) => c.id === 'job_comment_retry')!
        expect(retry.status).toBe('not_applicable')
    })
})

describe('Microsoft', () => {
    it('token: passes with the right secret, fails with the token test message for a wrong one', () => {
        const { platform, entityId } = healthy()
        expect(checkToken(facts()).status).toBe('passed')
        platform.store.update('oauth_entity', entityId, { client_secret: 'not-' + SIM_OUTBOUND_APP.clientSecret })
        expectFailed(checkToken(facts()), 'DIAG_FIX_TOKEN', 'AADSTS7000215')
    })

    it('connector and repository: pass when registered; the repository fails alone when it is not; the connector fails when it does not answer', async () => {
        const { platform } = healthy()
        await registerAtSimulator(sim.control)
        const token = checkToken(facts())
        let outcome = readRepository(facts()!, 'M365-000000000001')
        let connector = checkConnector(facts(), token, outcome)
        expect(connector.status).toBe('passed')
        expect(checkRepository(facts(), connector, outcome).status).toBe('passed')

        await sim.control('POST', '/_sim/configure', { unregisterRepositories: [{ tenant: 'contoso.onmicrosoft.com', repositoryId: 'contoso-servicenow' }] })
        outcome = readRepository(facts()!, 'M365-000000000002')
        connector = checkConnector(facts(), token, outcome)
        expect(connector.status).toBe('passed')
        expectFailed(checkRepository(facts(), connector, outcome), 'DIAG_FIX_REPOSITORY', 'contoso-servicenow')

        platform.setProperty(PROPERTY.connectorBaseUrl, 'http://127.0.0.1:9')
        outcome = readRepository(facts()!, 'M365-000000000003')
        connector = checkConnector(facts(), token, outcome)
        expectFailed(connector, 'DIAG_FIX_CONNECTOR', 'http://127.0.0.1:9')
        expect(checkRepository(facts(), connector, outcome).status).toBe('not_applicable')
    })

    it('calls Microsoft once, without the retries other callers get (one check blocks at most one timeout)', async () => {
        const { platform } = healthy()
        platform.setProperty(PROPERTY.httpMaxRetries, '2')
        await sim.control('POST', '/_sim/faults', { pattern: '/v1/tenants/**', status: 503, retryAfter: 0 })
        const outcome = readRepository(facts()!, 'M365-00000000000A')
        expect(outcome.ok).toBe(false)
        const calls = platform.store.query('sys_outbound_http_log', {}).filter((r) => String(r.path).includes('/repositories/'))
        expect(calls).toHaveLength(1)
    })

    it.each([
        ['ServiceHealth.Read.All', 'graph_service_health', 'service health issues, service health overviews, automatic incidents and post-incident reports'],
        ['ServiceMessage.Read.All', 'graph_service_message', 'Message center posts'],
    ])('graph permissions: %s revoked turns exactly %s red, naming what will not work, once a token without it is used', async (permission, id, features) => {
        const { platform } = healthy()
        const token = checkToken(facts())
        const before = checkGraphPermissions(facts(), token, 'M365-000000000004')
        expect(before.map((c) => [c.id, c.status])).toEqual([['graph_service_health', 'passed'], ['graph_service_message', 'passed']])
        await sim.control('DELETE', `/_sim/apps/${SIM_OUTBOUND_APP.clientId}/roles/${permission}`)
        // The platform keeps the token it has until it expires; a new one carries the change.
        for (const row of platform.store.hasTable('oauth_credential') ? platform.store.query('oauth_credential', {}) : []) platform.store.delete('oauth_credential', String(row.sys_id))
        const after = checkGraphPermissions(facts(), token, 'M365-000000000005')
        expect(after.filter((c) => c.status !== 'passed').map((c) => c.id)).toEqual([id])
        const red = after.filter((c) => c.id === id)[0]
        expectFailed(red, 'GRAPH_PERMISSION_MISSING', 'Without the Microsoft Graph application permission ' + permission + ', ' + features + ' will not work')
        expect(red.fix).toContain('Grant admin consent')
        expect(red.items![0].correlation_id).toBe('M365-000000000005')
    })

    it('graph permissions: Graph not answering is red with the unknown fix; not applicable without a token', () => {
        const { platform } = healthy()
        const token = checkToken(facts())
        platform.setProperty(PROPERTY.graphBaseUrl, 'http://127.0.0.1:9')
        const down = checkGraphPermissions(facts(), token, 'M365-000000000006')
        for (const check of down) expectFailed(check, 'GRAPH_PERMISSION_UNKNOWN', 'http://127.0.0.1:9')
        const noToken = { ...token, status: 'failed' as const }
        expect(checkGraphPermissions(facts(), noToken, 'M365-000000000007').map((c) => c.status)).toEqual(['not_applicable', 'not_applicable'])
    })

    it('learn: passes when Learn lists microsoft_docs_search, with no Setup at all and without writing', () => {
        const { platform, setupId } = healthy()
        platform.store.delete('x_mioms_m365_assis_setup', setupId)
        const writes: string[] = []
        const store = platform.store as unknown as { insert: (table: string, row: unknown) => unknown; update: (table: string, ...rest: unknown[]) => unknown }
        const insert = store.insert.bind(store)
        store.insert = (table: string, row: unknown) => (writes.push(table), insert(table, row))
        expect(checkLearn('M365-000000000008').status).toBe('passed')
        expect(writes.filter((t) => t !== 'sys_outbound_http_log' && t !== 'syslog')).toEqual([])
    })

    it('learn: red with the Learn fix when the endpoint does not answer; not applicable when solutions come from the connector or nowhere', async () => {
        const { platform } = healthy()
        await sim.control('POST', '/_sim/faults', { pattern: '/api/mcp', status: 503, retryAfter: 0 })
        const down = checkLearn('M365-000000000009')
        expectFailed(down, 'DIAG_FIX_LEARN', 'learn.microsoft.com')
        expect(down.fix).toContain(PROPERTY.learnMcpUrl)
        expect(down.items![0].text).toMatch(/503/)
        // No retries: one call, so no check blocks longer than one timeout.
        expect(platform.store.query('sys_outbound_http_log', {}).filter((r) => String(r.url).includes('/api/mcp'))).toHaveLength(1)
        for (const source of ['connector', 'off']) {
            platform.setProperty(PROPERTY.solutionsSource, source)
            expect(checkLearn('M365-00000000000B').status).toBe('not_applicable')
        }
    })

    it('health_sync: passes after a recent sync, fails when it never ran', () => {
        const { platform } = healthy()
        expect(checkHealthSync(facts()).status).toBe('passed')
        for (const row of platform.store.query('x_mioms_m365_assis_health_sync', {})) platform.store.delete('x_mioms_m365_assis_health_sync', String(row.sys_id))
        expectFailed(checkHealthSync(facts()), 'DIAG_FIX_HEALTH_SYNC_NEVER')
    })
})

describe('traffic', () => {
    it('recent_failures: passes with no errors, lists an error entry with its reference and cause', () => {
        const { platform } = healthy()
        expect(checkRecentFailures().status).toBe('passed')
        platform.insertRow('syslog', { level: '2', source: LOG_SOURCE, message: '[M365-ABCDEF123456] getRepository GET http://x/v1/tenants/t/repositories/r failed: unavailable (HTTP 0, NoResponse)' })
        const result = checkRecentFailures()
        expectFailed(result, 'DIAG_FIX_RECENT_FAILURES')
        expect(result.items).toEqual([expect.objectContaining({ cause: 'Connector', correlation_id: 'M365-ABCDEF123456', link: expect.stringMatching(/^syslog\.do\?sys_id=/) })])
    })

    it('inbound_refusals: passes with none, fails counting them', () => {
        const { platform } = healthy()
        expect(checkInboundRefusals().status).toBe('passed')
        platform.insertRow('x_mioms_m365_assis_inbound_refusal', { caller: 'someone', reason: 'NotIntegrationUser', window_start: '2026-01-01T00:00', refusals: '3', last_correlation_id: 'M365-000000000009' })
        expectFailed(checkInboundRefusals(), 'DIAG_FIX_INBOUND_REFUSALS', '3 time(s)')
    })

    it('comment_queue: passes with nothing waiting, fails for a comment waiting to retry', () => {
        const { platform } = healthy()
        expect(checkCommentQueue().status).toBe('passed')
        platform.insertRow('x_mioms_m365_assis_communication', { case: 'a'.repeat(32), direction: 'toMicrosoft', message_id: 'm1', state: 'retry', attempts: '2', last_error: 'HTTP 503' })
        expectFailed(checkCommentQueue(), 'DIAG_FIX_COMMENT_QUEUE', '0 comment(s) could not be sent to Microsoft support and 1 are waiting')
    })
})

describe('the run', () => {
    it('runs every check, all passing on a healthy instance, and writes nothing but the platform logs of its calls', async () => {
        const { platform } = healthy()
        await registerAtSimulator(sim.control)
        const written: string[] = []
        const store = platform.store
        const spy = (name: 'insert' | 'update' | 'delete') => {
            const original = store[name].bind(store) as (...args: unknown[]) => unknown
            jest.spyOn(store, name).mockImplementation(((table: string, ...rest: unknown[]) => {
                written.push(table)
                return original(table, ...rest)
            }) as never)
        }
        spy('insert')
        spy('update')
        spy('delete')
        const run = runDiagnostics()
        jest.restoreAllMocks()
        expect(run.checks.filter((c) => c.status !== 'passed').map((c) => c.id)).toEqual([])
        expect(run.checks).toHaveLength(21)
        // The outbound HTTP log and the token cache are the platform's own; nothing of the app or the configuration changes.
        expect([...new Set(written)].filter((t) => !['sys_outbound_http_log', 'oauth_credential'].includes(t))).toEqual([])
        expect(JSON.stringify(run)).not.toContain(SIM_OUTBOUND_APP.clientSecret)
        expect(run.rows).toHaveLength(16)
    })

    it('each of the 16 troubleshooting rows names checks that exist', () => {
        const { platform } = healthy()
        void platform
        const ids = runDiagnostics().checks.map((c) => c.id)
        expect(ROW_CHECKS).toHaveLength(16)
        for (const row of ROW_CHECKS) for (const id of row) expect(ids).toContain(id)
    })

    it('starts no Microsoft call once a full outbound timeout no longer fits the budget', () => {
        healthy()
        let readings = 0
        // The run starts at 0; by the first Microsoft check the whole budget has gone (a slow instance).
        const run = runDiagnostics({ now: () => (readings++ === 0 ? 0 : BUDGET_MS) })
        const microsoft = run.checks.filter((c) => c.group === 'microsoft' && c.id !== 'health_sync')
        expect(microsoft.map((c) => c.id)).toEqual(['token', 'connector', 'repository', 'graph_service_health', 'graph_service_message', 'learn'])
        expect(microsoft.map((c) => c.status)).toEqual(microsoft.map(() => 'not_applicable'))
        for (const check of microsoft.filter((c) => c.id !== 'connector' && c.id !== 'repository')) expect(check.looked_at).toBe(MESSAGES.DIAG_BUDGET_EXCEEDED)
    })
})
