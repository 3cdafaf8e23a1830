/**
 * Setup from the browser alone, on the sandbox (built app, Microsoft simulator): each of the four
 * mode choices to completion, a test run that fails on a wrong client secret and shows its
 * message, wrong inputs refused with their message, the cross-scope refusal on oauth_entity, and
 * Link Account refusing a non-admin with the exact message. The Microsoft 365 admin's part
 * (step 9: Organization profiles in Microsoft 365 admin center) is done in the browser too, on the
 * simulator's admin center page (/_sim/admin-center/), with the values the completion page shows;
 * the control API is used only to break the Microsoft side on purpose (a rotated app secret).
 *
 * Every screenshot is also an accessibility check (axe-core: no serious or critical violation).
 * Screenshots go to test-results/, and to docs/admin/images/ when UPDATE_DOC_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs'
import { Browser, Page } from 'playwright-core'
import { MESSAGES, formatMessage } from '../../src/server/messages/catalogue'
import { DEMO_APPS, DEMO_REPOSITORY_ID, DEMO_TENANT, DEMO_USERS } from '../../sandbox/instance/demo'
import { ARTIFACTS, RunningSandbox, launchChromium, startSandbox } from './harness'
import { docScreenshot, expectAccessible } from './support/page-checks'

jest.setTimeout(120_000)

let sandbox: RunningSandbox
let browser: Browser

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchChromium()
    mkdirSync(ARTIFACTS, { recursive: true })
})

afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

/** The page as the admin sees it now: accessible, and photographed for the docs. */
async function shot(page: Page, name: string): Promise<void> {
    await expectAccessible(page, `setup-${name}`)
    await docScreenshot(page, `setup-${name}`)
}

async function control(base: string, path: string, body: unknown): Promise<void> {
    const response = await fetch(base + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
}

async function adminPage(path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${sandbox.url}/login.do?next=${encodeURIComponent(path)}`)
    await page.fill('#user_name', DEMO_USERS.m365Admin.userName)
    await page.fill('#user_password', DEMO_USERS.m365Admin.password)
    await page.click('#sysverb_login')
    await page.waitForURL(new RegExp(path.replace(/[.?]/g, '\\$&')))
    ;(page as Page & { errors?: string[] }).errors = errors
    return page
}

async function heading(page: Page, title: string): Promise<void> {
    await page.locator('#step-heading', { hasText: title }).waitFor({ timeout: 15_000 })
}

async function next(page: Page, nextTitle: string): Promise<void> {
    await page.click('#setup-next')
    await heading(page, nextTitle)
}

/** Submits and expects the step's error message; the step stays where it was. */
async function expectRefusal(page: Page, message: string): Promise<void> {
    await page.click('#setup-next')
    await page.locator('#setup-error').filter({ hasText: message }).waitFor({ timeout: 10_000 })
}

async function startWizard(page: Page, mode: string, label: string): Promise<void> {
    await heading(page, 'Consent')
    await page.check('#consent-agree')
    await next(page, 'Environment and setup type')
    await page.check(`#mode-${mode}`)
    if (mode === 'basic') await shot(page, 'environment')
    await page.click('#setup-next')
    if (mode !== 'none') await heading(page, 'Microsoft 365 tenant')
    void label
}

async function tenantAndOutbound(page: Page, name: string): Promise<void> {
    await page.fill('#tenant-domain', 'contoso')
    await expectRefusal(page, formatMessage(MESSAGES.SETUP_TENANT_INVALID, ['contoso']))
    await page.fill('#tenant-domain', DEMO_TENANT)
    await next(page, 'Outbound OAuth provider')
    await page.selectOption('#outbound-profile', { label: 'Microsoft 365 outbound (Contoso) / Microsoft 365 outbound (Contoso) default_profile' })
    if (name === 'basic') {
        // Without letting Setup configure the v1 provider, the step says what is missing.
        await expectRefusal(page, formatMessage(MESSAGES.SETUP_OUTBOUND_NEEDS_CONFIGURE, ['Microsoft 365 outbound (Contoso)']))
    }
    await page.check('#outbound-configure')
    await shot(page, `${name}-outbound`)
}

async function repositoryAndSettings(page: Page, name: string, email: string): Promise<Record<string, string>> {
    await page.fill('#repository-id', DEMO_REPOSITORY_ID)
    await next(page, 'Application settings')
    if (email) {
        await page.fill('#settings-email', 'not-an-email')
        await expectRefusal(page, formatMessage(MESSAGES.SETUP_EMAIL_INVALID, ['not-an-email']))
        await page.fill('#settings-email', email)
    }
    await next(page, 'Complete the integration')
    await page.locator('#value-endpoint').waitFor()
    const values: Record<string, string> = {}
    for (const id of ['outbound-app-id', 'repository-id', 'endpoint', 'client-id', 'user-name']) values[id] = await page.inputValue(`#value-${id}`)
    // admincenter: the rest of what step 9 asks for (Insights only also shows the secrets to type: "ignored")
    for (const id of ['auth-type', 'client-secret', 'password', 'refresh-expiration']) if (await page.locator(`#value-${id}`).count()) values[id] = await page.inputValue(`#value-${id}`)
    await shot(page, `${name}-complete`)
    return values
}

const ADMIN_CENTER_AUTH: Record<string, 'oauth' | 'aad'> = {
    // Setup's Basic mode: the admin center's Basic authentication with the ServiceNow OAuth API endpoint's Client ID and secret.
    'Basic authentication': 'oauth',
    'AAD Auth': 'aad',
}

/**
 * The tenant's Microsoft 365 admin completes step 9 in the browser, on the simulator's Microsoft 365
 * admin center page (Organization profiles), typing the completion page's values and the secrets
 * the admin knows. Checks what the page shows afterwards, and that no secret is shown.
 */
async function registerInAdminCenter(values: Record<string, string>, secrets: { clientSecret: string; password: string }, screenshots = false): Promise<void> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${sandbox.microsoftUrl}/_sim/admin-center/`)
    await page.locator('#sandbox-banner', { hasText: 'Sandbox stand-in for Microsoft 365 admin center' }).waitFor()
    await page.selectOption('#tenant', DEMO_TENANT)
    await page.click('#tenant-switch')
    await page.waitForURL(/tenant=contoso/)

    // Basic information: internal support tool ServiceNow, Application ID to issue Auth Token = Outbound App ID.
    await page.selectOption('#internal-support-tool', 'ServiceNow')
    await page.fill('#outbound-app-id', values['outbound-app-id'])
    await page.click('#basic-save')
    await page.locator('#notice', { hasText: 'Basic information saved.' }).waitFor()
    expect(await page.textContent('#current-tool')).toBe('ServiceNow')
    expect(await page.textContent('#current-app-id')).toBe(values['outbound-app-id'])
    if (screenshots) await docScreenshot(page, 'setup-admin-center-basic')

    // Repositories: a new repository (or the same ID again, which replaces it).
    await page.click('#tab-repositories')
    await page.locator('#repository-form').waitFor()
    const authenticationType = ADMIN_CENTER_AUTH[values['auth-type'] ?? 'AAD Auth']
    await page.fill('#repository-id', values['repository-id'])
    await page.fill('#endpoint', values.endpoint)
    await page.selectOption('#authentication-type', authenticationType)
    await page.fill('#client-id', values['client-id'])
    await page.fill('#client-secret', secrets.clientSecret)
    await page.fill('#refresh-token-expiration', values['refresh-expiration'])
    await page.fill('#rest-username', values['user-name'])
    await page.fill('#rest-password', secrets.password)
    await page.click('#repository-save')
    await page.locator('#notice', { hasText: new RegExp(`^Repository ${values['repository-id']} (added|replaced)`) }).waitFor()
    const row = page.locator(`tr[data-repository="${values['repository-id']}"]`)
    await row.filter({ hasText: values.endpoint }).waitFor()
    expect(await row.locator('td[data-auth]').getAttribute('data-auth')).toBe(authenticationType)
    const html = await page.content()
    for (const secret of [secrets.clientSecret, secrets.password]) if (secret !== 'ignored') expect(html).not.toContain(secret)
    if (screenshots) await docScreenshot(page, 'setup-admin-center-repositories')
    expect(errors).toEqual([])
    await page.close()
}

/** A mistyped endpoint is refused with its message, and nothing is registered. */
async function adminCenterRefusesBadEndpoint(values: Record<string, string>): Promise<void> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    await page.goto(`${sandbox.microsoftUrl}/_sim/admin-center/?tenant=${DEMO_TENANT}&tab=repositories`)
    await page.fill('#repository-id', values['repository-id'])
    await page.fill('#endpoint', values.endpoint.replace(/^https?:\/\//, ''))
    await page.fill('#client-id', values['client-id'])
    await page.fill('#rest-username', values['user-name'])
    await page.click('#repository-save')
    await page.locator('#errors', { hasText: 'Endpoint must be an http(s) URL' }).waitFor()
    await page.locator('#errors', { hasText: 'Client secret is required' }).waitFor()
    expect(await page.inputValue('#repository-id')).toBe(values['repository-id'])
    await page.locator('#repositories-empty').waitFor()
    await docScreenshot(page, 'setup-admin-center-refused')
    await page.close()
}

/** Runs the tests and waits until none is pending (the round trip ends after Microsoft calls back). */
async function runTests(page: Page): Promise<void> {
    await page.click('#setup-run-tests')
    await page.locator('#tests-summary').waitFor({ timeout: 30_000 })
}

describe('Setup wizard in the browser', () => {
    test('Basic authentication: every step to a passing test run', async () => {
        await control(sandbox.url, '/_sandbox/setup/reset', {})
        const page = await adminPage('/x_mioms_m365_assis_setup.do')
        await shot(page, 'consent')
        await startWizard(page, 'basic', 'Basic authentication')
        await tenantAndOutbound(page, 'basic')
        await next(page, 'Inbound OAuth provider')
        await page.locator('#setup-notes', { hasText: 'ServiceHealth.Read.All' }).waitFor()
        await page.selectOption('#inbound-entity', { label: `Microsoft 365 connector inbound (${DEMO_APPS.inboundOAuthClient.clientId})` })
        await shot(page, 'basic-inbound')
        await next(page, 'Integration user')
        // A user holding admin is refused, and the step says why.
        await page.selectOption('#user-id', { label: 'admin (System Administrator) – not web service only – no incident_manager – holds admin (refused)' })
        await expectRefusal(page, formatMessage(MESSAGES.SETUP_USER_IS_ADMIN, ['admin']))
        await page.selectOption('#user-id', { label: 'agent (Avery Agent) – not web service only – no incident_manager' })
        await next(page, 'Repository ID')
        await page.locator('#setup-warnings', { hasText: 'does not have the incident_manager role' }).waitFor()
        // Back to the user step to pick the proper integration user: steps can be revisited.
        await page.click('nav >> text=Integration user')
        await heading(page, 'Integration user')
        await page.selectOption('#user-id', { label: 'm365.integration (Microsoft 365 connector)' })
        await shot(page, 'basic-user')
        await next(page, 'Repository ID')
        const values = await repositoryAndSettings(page, 'basic', 'm365.admin@contoso.example')
        expect(values).toEqual({
            'outbound-app-id': DEMO_APPS.outbound.clientId,
            'repository-id': DEMO_REPOSITORY_ID,
            endpoint: `${sandbox.url}/api/x_mioms_m365_assis/v1/connector`,
            'client-id': DEMO_APPS.inboundOAuthClient.clientId,
            'user-name': 'm365.integration',
            'auth-type': 'Basic authentication',
            'refresh-expiration': '864000',
        })

        // Before the Microsoft 365 admin registers the repository, the test says so.
        await runTests(page)
        await page.locator('[data-test="repository"][data-status="failed"]', { hasText: formatMessage(MESSAGES.SETUP_TEST_REPOSITORY_NOT_REGISTERED, [DEMO_REPOSITORY_ID, DEMO_TENANT]) }).waitFor()
        await shot(page, 'basic-tests-repository-missing')
        // In the admin center, a mistyped endpoint is refused; then the repository is registered with a wrong
        // integration user password: Microsoft's call back is refused, and the round trip says so.
        await adminCenterRefusesBadEndpoint(values)
        await registerInAdminCenter(values, { clientSecret: DEMO_APPS.inboundOAuthClient.clientSecret, password: 'wrong-password' })
        await runTests(page)
        await page.locator('[data-test="roundTrip"][data-status="failed"]', { hasText: 'the integration user\'s credentials in the repository registration are wrong' }).waitFor()
        await shot(page, 'basic-tests-round-trip-refused')
        // The admin replaces the registration with the right password (the same Repository ID replaces it).
        await registerInAdminCenter(values, { clientSecret: DEMO_APPS.inboundOAuthClient.clientSecret, password: DEMO_USERS.integration.password }, true)
        await runTests(page)
        await page.locator('#tests-summary', { hasText: MESSAGES.SETUP_COMPLETED }).waitFor()
        await page.locator('[data-test="roundTrip"][data-status="passed"]').waitFor()

        // The incident tab, with consent. An instance that refuses the app's sys_ui_form_section insert
        // (the emulation's strict default) gets the refusal and the manual Form Layout way, no success.
        await page.check('#form-section-agree')
        await page.click('#form-section-attach')
        await page.locator('[role="alert"]', { hasText: MESSAGES.FORM_SECTION_MANUAL }).waitFor()
        expect(await page.locator('#form-section-message').count()).toBe(0)
        await shot(page, 'form-section-refused')
        // Once the table lets the app create form sections, the same button attaches it; then the reload resumes at the completed setup.
        await control(sandbox.url, '/_sandbox/cross-scope', { table: 'sys_ui_form_section', canCreate: true, canDelete: true })
        await page.click('#form-section-attach')
        await page.locator('#form-section-message', { hasText: 'Added the Microsoft 365 section' }).waitFor()
        await shot(page, 'basic-tests-passed')
        await page.reload()
        await heading(page, 'Setup complete')
        expect((page as Page & { errors?: string[] }).errors).toEqual([])
        await page.close()
    })

    test('Azure AD (AAD) OAuth token: OIDC entity and the REST user by client ID', async () => {
        await control(sandbox.url, '/_sandbox/setup/reset', {})
        const page = await adminPage('/x_mioms_m365_assis_setup.do')
        await startWizard(page, 'aad', 'Azure AD (AAD) OAuth token')
        await tenantAndOutbound(page, 'aad')
        await next(page, 'Inbound OAuth provider')
        expect(await page.isChecked('#inbound-oidc')).toBe(true)
        await page.selectOption('#inbound-entity', { label: `contoso_application_inbound_api (${DEMO_APPS.inboundApi.clientId})` })
        await shot(page, 'aad-inbound')
        await next(page, 'Integration user')
        await page.fill('#user-client-id', 'rest-user')
        await expectRefusal(page, formatMessage(MESSAGES.SETUP_USER_CLIENT_ID_INVALID, ['rest-user']))
        await page.fill('#user-client-id', DEMO_APPS.restUser.clientId)
        await shot(page, 'aad-user')
        await next(page, 'Repository ID')
        const values = await repositoryAndSettings(page, 'aad', 'm365.admin@contoso.example')
        expect(values['client-id']).toBe(DEMO_APPS.inboundApi.clientId)
        expect(values['user-name']).toBe(DEMO_APPS.restUser.clientId)
        expect(values['auth-type']).toBe('AAD Auth')
        await registerInAdminCenter(values, { clientSecret: DEMO_APPS.inboundApi.clientSecret, password: DEMO_APPS.restUser.clientSecret })
        await runTests(page)
        await page.locator('[data-test="roundTrip"][data-status="passed"]').waitFor()
        await page.locator('#tests-summary', { hasText: MESSAGES.SETUP_COMPLETED }).waitFor()
        await shot(page, 'aad-tests-passed')
        await page.close()
    })

    test('Insights only: a wrong client secret fails token acquisition with its message, then passes', async () => {
        await control(sandbox.url, '/_sandbox/setup/reset', {})
        // The Azure AD app's secret was rotated: the OAuth provider in ServiceNow holds the old one.
        await control(sandbox.microsoftUrl, '/_sim/configure', { apps: [{ clientId: DEMO_APPS.outbound.clientId, clientSecret: 'rotated-secret-value', tenant: DEMO_TENANT, roles: ['ServiceHealth.Read.All'] }] })
        await control(sandbox.url, '/_sandbox/oauth/forget-tokens', {})
        const page = await adminPage('/x_mioms_m365_assis_setup.do')
        await startWizard(page, 'insights', 'Insights only')
        await tenantAndOutbound(page, 'insights')
        await next(page, 'Repository ID')
        const values = await repositoryAndSettings(page, 'insights', '')
        expect(values['client-id']).toBe('ignored')
        expect(values['user-name']).toBe('ignored')
        // Insights only: the completion page shows the authentication type and gives "ignored" for the secrets too.
        expect(values['auth-type']).toBe('AAD Auth')
        expect([values['client-secret'], values.password]).toEqual(['ignored', 'ignored'])
        await registerInAdminCenter(values, { clientSecret: values['client-secret'], password: values.password })
        await runTests(page)
        await page.locator('[data-test="token"][data-status="failed"]', { hasText: MESSAGES.SETUP_TEST_TOKEN_WRONG_SECRET }).waitFor()
        await shot(page, 'tests-wrong-secret')
        await control(sandbox.microsoftUrl, '/_sim/configure', { apps: [{ clientId: DEMO_APPS.outbound.clientId, clientSecret: DEMO_APPS.outbound.clientSecret, tenant: DEMO_TENANT, roles: ['ServiceHealth.Read.All'] }] })
        await runTests(page)
        // No Microsoft cases in Insights only: the page does not advise granting the administrator role.
        await page.locator('#tests-summary', { hasText: MESSAGES.SETUP_COMPLETED_INSIGHTS }).waitFor()
        expect(await page.textContent('#tests-summary')).not.toContain('administrator')
        await page.locator('[data-test="roundTrip"][data-status="skipped"]', { hasText: MESSAGES.SETUP_TEST_NOT_NEEDED_INSIGHTS }).waitFor()
        await shot(page, 'insights-tests-passed')
        await page.close()
    })

    test('continuing without agreeing shows the catalogue message only, and the stepper shows where the admin is', async () => {
        await control(sandbox.url, '/_sandbox/setup/reset', {})
        const page = await adminPage('/x_mioms_m365_assis_setup.do')
        await heading(page, 'Consent')
        await page.click('#setup-next')
        await page.locator('#setup-error').waitFor({ timeout: 10_000 })
        expect((await page.textContent('#setup-error'))?.trim()).toBe(MESSAGES.SETUP_CONSENT_REQUIRED)
        await shot(page, 'consent-refused')
        await page.check('#consent-agree')
        await next(page, 'Environment and setup type')
        // Consent is done, Environment is where the admin is, the rest is still to do.
        expect(await page.getAttribute('nav [aria-current="step"]', 'class')).toContain('now-button')
        expect(await page.textContent('nav [aria-current="step"]')).toBe('Environment and setup type')
        expect(await page.textContent('nav .now-stepper__item--done')).toContain('Consent')
        expect(await page.locator('nav .now-stepper__item--done').count()).toBe(1)
        await page.locator('#setup-progress', { hasText: /^Step 2 of \d+$/ }).waitFor()
        await page.close()
    })

    test('Continue without setup completes at once', async () => {
        await control(sandbox.url, '/_sandbox/setup/reset', {})
        const page = await adminPage('/x_mioms_m365_assis_setup.do')
        await startWizard(page, 'none', 'Continue without setup')
        await heading(page, 'Setup complete')
        await page.locator('#setup-done', { hasText: MESSAGES.SETUP_COMPLETED_WITHOUT_SETUP }).waitFor()
        await shot(page, 'none-done')
        await page.close()
    })

    test('a refused cross-scope read on oauth_entity is explained with the fix', async () => {
        await control(sandbox.url, '/_sandbox/setup/reset', {})
        await control(sandbox.url, '/_sandbox/cross-scope', { table: 'oauth_entity', canRead: false })
        try {
            const page = await adminPage('/x_mioms_m365_assis_setup.do')
            await startWizard(page, 'basic', 'Basic authentication')
            await page.fill('#tenant-domain', DEMO_TENANT)
            await next(page, 'Outbound OAuth provider')
            await page.locator('#outbound-refused', { hasText: MESSAGES.OAUTH_ENTITY_READ_REFUSED }).waitFor()
            await shot(page, 'cross-scope-refused')
            await page.close()
        } finally {
            await control(sandbox.url, '/_sandbox/cross-scope', { table: 'oauth_entity', canRead: true })
        }
    })
})

describe('Link Account in the browser', () => {
    test('an invalid admin gets the exact message with the address; a valid one is linked', async () => {
        // Link Account asks Microsoft: it needs a configured Setup (the Insights-only run left one).
        await control(sandbox.url, '/_sandbox/setup/reset', {})
        const setup = await adminPage('/x_mioms_m365_assis_setup.do')
        await startWizard(setup, 'insights', 'Insights only')
        await setup.fill('#tenant-domain', DEMO_TENANT)
        await next(setup, 'Outbound OAuth provider')
        await setup.selectOption('#outbound-profile', { label: 'Microsoft 365 outbound (Contoso) / Microsoft 365 outbound (Contoso) default_profile' })
        await setup.check('#outbound-configure')
        await next(setup, 'Repository ID')
        await setup.close()

        const page = await adminPage('/x_mioms_m365_assis_link_account.do')
        await page.fill('#link-email', 'agent@contoso.example')
        await page.click('#link-save')
        await page
            .locator('#link-error', {
                hasText: 'agent@contoso.example is not a valid Microsoft 365 admin account. You need Microsoft 365 admin privileges to open a service request. In the app, link the admin account.',
            })
            .waitFor({ timeout: 15_000 })
        await shot(page, 'link-account-invalid')
        await page.fill('#link-email', 'm365.admin@contoso.example')
        await page.click('#link-save')
        await page.locator('#link-message', { hasText: 'm365.admin@contoso.example is linked' }).waitFor()
        await page.locator('#linked-account', { hasText: 'Linked: m365.admin@contoso.example' }).waitFor()
        await shot(page, 'link-account-linked')
        await page.close()
    })
})
