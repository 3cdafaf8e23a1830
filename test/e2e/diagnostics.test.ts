/**
 * Microsoft 365 Support > Diagnostics in Chromium on the sandbox (built app, scheduler on): on a
 * healthy basic setup every check passes; then each thing an admin could break is broken in turn
 * (and restored): exactly the check that explains it turns red, with its fix. The traffic group
 * is left out of "exactly": it reports the failures the breakage itself caused (the sync job keeps
 * calling Microsoft), which is its job. Screenshots go to docs/admin/images/ for troubleshooting.md.
 */
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Browser, Page } from 'playwright-core'
import { SqliteStore } from '../../sandbox/glide/store/SqliteStore'
import { Row } from '../../sandbox/glide/store/types'
import { DEMO_APPS, DEMO_REPOSITORY_ID, DEMO_TENANT, DEMO_USERS } from '../../sandbox/instance/demo'
import { MESSAGES } from '../../src/server/messages/catalogue'
import { PROPERTY } from '../../src/server/config/settings'
import { APP_JOBS } from '../../src/server/diagnostics/checks/platform'
import { ARTIFACTS, RunningSandbox, basicAuth, launchChromium, startSandbox } from './harness'
import { DOC_IMAGES, docScreenshot, expectAccessible } from './support/page-checks'
import { call, configureSetup, findUserId, insertRow, registerRepository, sim, withStore } from './inbound-support'

const term = (field: string, value: string) => ({ kind: 'term' as const, field, operator: '=' as const, value })

let sandbox: RunningSandbox
let browser: Browser
let page: Page

function first(store: SqliteStore, table: string, field: string, value: string): Row {
    const row = store.query(table, { where: term(field, value), limit: 1 })[0]
    if (!row) throw new Error(`no ${table} with ${field}=${value}`)
    return row
}

/** What Setup leaves besides the Setup row: the inbound OAuth client chosen, a Graph profile, the tab on the form. */
function completeSetup(store: SqliteStore): void {
    const setup = store.query('x_mioms_m365_assis_setup', {})[0]
    const inbound = first(store, 'oauth_entity', 'client_id', DEMO_APPS.inboundOAuthClient.clientId)
    const outbound = first(store, 'oauth_entity', 'client_id', DEMO_APPS.outbound.clientId)
    const profile = insertRow(store, 'oauth_entity_profile', { name: 'Microsoft Graph', oauth_entity: String(outbound.sys_id), grant_type: 'client_credentials', is_default: 'false' })
    const scope = insertRow(store, 'oauth_entity_scope', { name: 'Microsoft Graph', oauth_entity: String(outbound.sys_id), oauth_entity_scope: 'https://graph.microsoft.com/.default' })
    insertRow(store, 'oauth_entity_profile_scope', { oauth_entity_profile: profile, oauth_entity_scope: scope })
    store.update('x_mioms_m365_assis_setup', String(setup.sys_id), { inbound_entity: String(inbound.sys_id), graph_profile: profile })
    const section = store.query('sys_ui_section', {}).find((s) => s.name === 'incident' && s.caption === 'Microsoft 365')!
    const form = store.query('sys_ui_form', {}).find((f) => f.name === 'incident' && f.view === 'Default view')!
    insertRow(store, 'sys_ui_form_section', { sys_ui_form: String(form.sys_id), sys_ui_section: String(section.sys_id), position: '99' })
}

async function openDiagnostics(): Promise<void> {
    await page.goto(`${sandbox.url}/x_mioms_m365_assis_diagnostics.do`)
    await page.locator('[data-testid="summary"]').waitFor({ timeout: 30_000 })
}

/** The failed checks outside the traffic group, with their fixes. */
async function redChecks(): Promise<{ id: string; fix: string }[]> {
    await openDiagnostics()
    return page.$$eval('section:not([aria-labelledby="group-traffic"]) tr[data-check][data-status="failed"]', (rows) =>
        rows.map((r) => ({ id: r.getAttribute('data-check') || '', fix: r.querySelector('[data-testid="fix"]')?.textContent || '' })),
    )
}

async function expectOnlyRed(id: string, fixStart: string, screenshot: string): Promise<void> {
    const red = await redChecks()
    expect(red.map((r) => r.id)).toEqual([id])
    expect(red[0].fix.startsWith(fixStart)).toBe(true)
    // The failed row alone: test-results/ always, docs/admin/images/ with UPDATE_DOC_SCREENSHOTS=1 (as docScreenshot).
    mkdirSync(ARTIFACTS, { recursive: true })
    await page.locator(`tr[data-check="${id}"]`).screenshot({ path: join(ARTIFACTS, screenshot) })
    if (process.env.UPDATE_DOC_SCREENSHOTS === '1') copyFileSync(join(ARTIFACTS, screenshot), join(DOC_IMAGES, screenshot))
}

/** The fixed part of a catalogue message: its text up to the first placeholder. */
const lead = (text: string) => text.split('{')[0]

beforeAll(async () => {
    sandbox = await startSandbox({ env: { SANDBOX_SCHEDULER: '1', SANDBOX_SCHEDULER_MS: '3000' } })
    configureSetup(sandbox, 'basic')
    withStore(sandbox, completeSetup)
    await registerRepository(sandbox, 'basic')
    browser = await launchChromium()
    page = await browser.newPage()
    await page.goto(`${sandbox.url}/x_mioms_m365_assis_diagnostics.do`)
    await page.fill('#user_name', DEMO_USERS.m365Admin.userName)
    await page.fill('#user_password', DEMO_USERS.m365Admin.password)
    await page.click('#sysverb_login')
    await page.waitForURL(/x_mioms_m365_assis_diagnostics\.do/)
    // The scheduler has given each job its schedule item and the health sync has run once.
    for (let i = 0; i < 100; i++) {
        const ready = withStore(sandbox, (s) => s.hasTable('x_mioms_m365_assis_health_sync') && s.count('x_mioms_m365_assis_health_sync') > 0 && s.hasTable('sys_trigger') && s.count('sys_trigger') >= 2)
        if (ready) break
        await new Promise((r) => setTimeout(r, 300))
    }
}, 120_000)

afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

test('a healthy basic setup: every check passes, the 16 rows are mapped, the ATF suite is linked', async () => {
    expect(await redChecks()).toEqual([])
    expect(await page.locator('tr[data-check]').count()).toBe(21)
    expect(await page.locator('tr[data-row]').count()).toBe(16)
    expect(await page.locator('a', { hasText: 'Verify on This Instance' }).getAttribute('href')).toContain('sys_atf_test_suite_list.do')
    // No secret of the demo apps or users is on the page.
    const html = await page.content()
    for (const secret of [DEMO_APPS.outbound.clientSecret, DEMO_APPS.inboundOAuthClient.clientSecret, DEMO_USERS.integration.password]) expect(html).not.toContain(secret)
    await docScreenshot(page, 'diagnostics-healthy')
    await expectAccessible(page, 'Diagnostics, every check passed')
    await page.emulateMedia({ colorScheme: 'dark' })
    try {
        // now.css animates colour changes: check the dark colours once they have settled.
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
        await expectAccessible(page, 'Diagnostics, every check passed (dark)')
    } finally {
        await page.emulateMedia({ colorScheme: 'light' })
    }
}, 60_000)

test('deleting the outbound OAuth profile turns outbound_profile red', async () => {
    const setup = withStore(sandbox, (s) => s.query('x_mioms_m365_assis_setup', {})[0])
    const profile = withStore(sandbox, (s) => first(s, 'oauth_entity_profile', 'sys_id', String(setup.outbound_profile)))
    withStore(sandbox, (s) => s.delete('oauth_entity_profile', String(profile.sys_id)))
    try {
        await expectOnlyRed('outbound_profile', lead(MESSAGES.DIAG_FIX_OUTBOUND_PROFILE), 'diagnostics-outbound-profile.png')
        await docScreenshot(page, 'diagnostics-failed')
        await expectAccessible(page, 'Diagnostics with a failed check')
    } finally {
        withStore(sandbox, (s) => s.insert('oauth_entity_profile', profile))
    }
}, 60_000)

test('removing snc_internal from the integration user turns integration_user red', async () => {
    const grant = withStore(sandbox, (s) => {
        const user = findUserId(s, DEMO_USERS.integration.userName)
        const role = first(s, 'sys_user_role', 'name', 'snc_internal')
        return s.query('sys_user_has_role', {}).find((r) => r.user === user && r.role === role.sys_id)!
    })
    withStore(sandbox, (s) => s.delete('sys_user_has_role', String(grant.sys_id)))
    try {
        await expectOnlyRed('integration_user', lead(MESSAGES.DIAG_FIX_INTEGRATION_USER), 'diagnostics-integration-user.png')
        expect((await redChecks())[0].fix).toContain('no snc_internal role')
    } finally {
        withStore(sandbox, (s) => s.insert('sys_user_has_role', grant))
    }
}, 60_000)

test("refusing the cross-scope read of oauth_entity turns cross_scope_reads red with the guide's message", async () => {
    const table = withStore(sandbox, (s) => first(s, 'sys_db_object', 'name', 'oauth_entity'))
    withStore(sandbox, (s) => s.update('sys_db_object', String(table.sys_id), { read_access: 'false' }))
    try {
        await expectOnlyRed('cross_scope_reads', "Read operation against 'oauth_entity' from scope 'x_mioms_m365_assis' has been refused", 'diagnostics-cross-scope.png')
    } finally {
        withStore(sandbox, (s) => s.update('sys_db_object', String(table.sys_id), { read_access: table.read_access ?? 'true' }))
    }
}, 60_000)

test('a connector that does not answer turns connector red', async () => {
    const before = withStore(sandbox, (s) => s.query('sys_properties', { where: term('name', PROPERTY.connectorBaseUrl), limit: 1 })[0])
    withStore(sandbox, (s) => s.update('sys_properties', String(before.sys_id), { value: 'http://127.0.0.1:9' }))
    try {
        await expectOnlyRed('connector', lead(MESSAGES.DIAG_FIX_CONNECTOR), 'diagnostics-connector.png')
    } finally {
        withStore(sandbox, (s) => s.update('sys_properties', String(before.sys_id), { value: before.value }))
    }
}, 60_000)

test('Microsoft out of reach (the simulator stopped, as the instance sees it: no Microsoft host answers) turns token red and the checks behind it not applicable', async () => {
    // The instance reaches Microsoft through the outbound provider's token URL and two URL properties; a stopped
    // simulator leaves all three without an answer. (Stopping its process would also stop the sandbox's own node.)
    const outbound = withStore(sandbox, (s) => first(s, 'oauth_entity', 'client_id', DEMO_APPS.outbound.clientId))
    const props = withStore(sandbox, (s) => [PROPERTY.connectorBaseUrl, PROPERTY.graphBaseUrl].map((name) => s.query('sys_properties', { where: term('name', name), limit: 1 })[0]))
    withStore(sandbox, (s) => {
        s.update('oauth_entity', String(outbound.sys_id), { token_url: 'http://127.0.0.1:9/oauth2/v2.0/token' })
        for (const p of props) s.update('sys_properties', String(p.sys_id), { value: 'http://127.0.0.1:9' })
    })
    try {
        await expectOnlyRed('token', lead(MESSAGES.DIAG_FIX_TOKEN), 'diagnostics-microsoft-unreachable.png')
        const behind = await page.$$eval(
            'tr[data-check="connector"], tr[data-check="repository"], tr[data-check="graph_service_health"], tr[data-check="graph_service_message"]',
            (rows) => rows.map((r) => r.getAttribute('data-status')),
        )
        expect(behind).toHaveLength(4)
        expect(new Set(behind)).toEqual(new Set(['not_applicable']))
    } finally {
        withStore(sandbox, (s) => {
            s.update('oauth_entity', String(outbound.sys_id), { token_url: outbound.token_url })
            for (const p of props) s.update('sys_properties', String(p.sys_id), { value: p.value })
        })
    }
}, 60_000)

test('unregistering the repository turns repository red', async () => {
    await sim(sandbox, 'POST', '/_sim/configure', { unregisterRepositories: [{ tenant: DEMO_TENANT, repositoryId: DEMO_REPOSITORY_ID }] })
    try {
        await expectOnlyRed('repository', lead(MESSAGES.DIAG_FIX_REPOSITORY), 'diagnostics-repository.png')
    } finally {
        await registerRepository(sandbox, 'basic')
    }
}, 60_000)

/** The instance keeps its Graph token until it expires (up to an hour); the tests let it expire now. */
const dropTokens = () => withStore(sandbox, (s) => (s.hasTable('oauth_credential') ? s.query('oauth_credential', {}) : []).forEach((r) => s.delete('oauth_credential', String(r.sys_id))))

test('revoking ServiceHealth.Read.All turns graph_service_health red once the cached token is gone', async () => {
    await sim(sandbox, 'DELETE', `/_sim/apps/${DEMO_APPS.outbound.clientId}/roles/ServiceHealth.Read.All`)
    dropTokens()
    try {
        await expectOnlyRed('graph_service_health', lead(MESSAGES.GRAPH_PERMISSION_MISSING), 'diagnostics-graph-permission.png')
        expect((await redChecks())[0].fix).toContain('ServiceHealth.Read.All, service health issues, service health overviews, automatic incidents and post-incident reports will not work')
    } finally {
        await sim(sandbox, 'PUT', `/_sim/apps/${DEMO_APPS.outbound.clientId}/roles/ServiceHealth.Read.All`)
        dropTokens()
    }
}, 60_000)

test('revoking ServiceMessage.Read.All turns exactly graph_service_message red, and Setup warns that Message center posts will not sync', async () => {
    await sim(sandbox, 'DELETE', `/_sim/apps/${DEMO_APPS.outbound.clientId}/roles/ServiceMessage.Read.All`)
    dropTokens()
    try {
        await expectOnlyRed('graph_service_message', lead(MESSAGES.GRAPH_PERMISSION_MISSING), 'diagnostics-graph-service-message.png')
        const fix = (await redChecks())[0].fix
        expect(fix).toContain('ServiceMessage.Read.All, Message center posts will not work')
        expect(fix).toContain('Grant admin consent')

        // Setup's tests: both permissions listed with what they enable; the missing one a warning, Setup still complete.
        await page.goto(`${sandbox.url}/x_mioms_m365_assis_setup.do`)
        await page.click('#setup-run-tests')
        await page.locator('#tests-summary.now-alert--positive').waitFor({ timeout: 30_000 })
        const rows = await page.$$eval('#graph-permissions tr[data-permission]', (trs) => trs.map((tr) => [tr.getAttribute('data-permission'), tr.getAttribute('data-state')]))
        expect(rows).toEqual([['ServiceHealth.Read.All', 'granted'], ['ServiceMessage.Read.All', 'missing']])
        const warning = await page.locator('#permission-warnings li').allTextContents()
        expect(warning).toHaveLength(1)
        expect(warning[0]).toContain('Without the Microsoft Graph application permission ServiceMessage.Read.All, Message center posts will not work')
        mkdirSync(ARTIFACTS, { recursive: true })
        await page.locator('#graph-permissions').screenshot({ path: join(ARTIFACTS, 'setup-graph-permissions.png') })
        if (process.env.UPDATE_DOC_SCREENSHOTS === '1') copyFileSync(join(ARTIFACTS, 'setup-graph-permissions.png'), join(DOC_IMAGES, 'setup-graph-permissions.png'))
        await expectAccessible(page, 'Setup tests with a missing Graph permission')
    } finally {
        await sim(sandbox, 'PUT', `/_sim/apps/${DEMO_APPS.outbound.clientId}/roles/ServiceMessage.Read.All`)
        dropTokens()
    }
    // Granted again (and a new token): the check is green.
    expect(await redChecks()).toEqual([])
}, 90_000)

test('Microsoft Learn not answering turns the learn check red with its fix', async () => {
    const fault = await sim(sandbox, 'POST', '/_sim/faults', { pattern: '/api/mcp', status: 503, retryAfter: 0 })
    try {
        await expectOnlyRed('learn', lead(MESSAGES.DIAG_FIX_LEARN), 'diagnostics-learn.png')
        expect((await redChecks())[0].fix).toContain('learn.microsoft.com')
    } finally {
        await sim(sandbox, 'DELETE', `/_sim/faults/${fault.id}`)
    }
}, 60_000)

test('removing the section from the incident form turns form_section red', async () => {
    const row = withStore(sandbox, (s) => {
        const section = s.query('sys_ui_section', {}).find((x) => x.name === 'incident' && x.caption === 'Microsoft 365')!
        return first(s, 'sys_ui_form_section', 'sys_ui_section', String(section.sys_id))
    })
    withStore(sandbox, (s) => s.delete('sys_ui_form_section', String(row.sys_id)))
    try {
        await expectOnlyRed('form_section', lead(MESSAGES.DIAG_FIX_FORM_SECTION), 'diagnostics-form-section.png')
    } finally {
        withStore(sandbox, (s) => s.insert('sys_ui_form_section', row))
    }
}, 60_000)

test('deactivating the health sync job turns job_health_sync red', async () => {
    const job = withStore(sandbox, (s) => first(s, 'sysauto_script', 'name', APP_JOBS.healthSync))
    withStore(sandbox, (s) => s.update('sysauto_script', String(job.sys_id), { active: 'false' }))
    try {
        await expectOnlyRed('job_health_sync', lead(MESSAGES.DIAG_FIX_JOB_INACTIVE), 'diagnostics-sync-job.png')
    } finally {
        withStore(sandbox, (s) => s.update('sysauto_script', String(job.sys_id), { active: 'true' }))
    }
}, 60_000)

test('the page and its route are for administrators only', async () => {
    const other = await browser.newPage()
    try {
        await other.goto(`${sandbox.url}/x_mioms_m365_assis_diagnostics.do`)
        await other.fill('#user_name', DEMO_USERS.agent.userName)
        await other.fill('#user_password', DEMO_USERS.agent.password)
        await other.click('#sysverb_login')
        await other.waitForLoadState('networkidle')
        expect(await other.locator('[data-testid="summary"]').count()).toBe(0)
    } finally {
        await other.close()
    }
    const answer = await call(sandbox, 'GET', '/api/x_mioms_m365_assis/v1/diagnostics/checks', { authorization: basicAuth(DEMO_USERS.agent.userName, DEMO_USERS.agent.password) })
    expect(answer.status).toBe(403)
}, 60_000)
