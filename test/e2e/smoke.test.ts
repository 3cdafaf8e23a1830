/**
 * Browser smoke test on the sandbox: an agent logs in, opens an incident, and the
 * Microsoft 365 tab's frame loads the app's panel page (built React code served from the
 * installed sys_ux_lib_asset records).
 */
import { MESSAGES } from '../../src/server/messages/catalogue'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Browser } from 'playwright-core'
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { ARTIFACTS, RunningSandbox, basicAuth, launchChromium, startSandbox } from './harness'

let sandbox: RunningSandbox
let browser: Browser

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchChromium()
    mkdirSync(ARTIFACTS, { recursive: true })
    // The Microsoft 365 tab appears once an administrator lets Setup attach the app's section.
    // An instance whose sys_ui_form_section lets the app create form sections: the emulation's strict
    // default refuses (fidelity switch crossScopeFormSectionWrite); Setup's refusal is tested in setup-wizard.
    await fetch(`${sandbox.url}/_sandbox/cross-scope`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ table: 'sys_ui_form_section', canCreate: true, canDelete: true }) })
    const attached = await fetch(`${sandbox.url}/api/x_mioms_m365_assis/v1/setup/form-section`, {
        method: 'POST',
        headers: { Authorization: basicAuth(DEMO_USERS.m365Admin.userName, DEMO_USERS.m365Admin.password), 'Content-Type': 'application/json' },
        body: JSON.stringify({ agree: true }),
    })
    expect(attached.status).toBe(200)
})

afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

test('an agent sees the Microsoft 365 tab load the app panel on an incident', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${sandbox.url}/incident_list.do`)
    await page.fill('#user_name', DEMO_USERS.agent.userName)
    await page.fill('#user_password', DEMO_USERS.agent.password)
    await page.click('#sysverb_login')
    await page.waitForURL(/incident_list\.do/)
    await page.click('text=INC0010001')
    await page.waitForURL(/incident\.do\?sys_id=/)
    await page.click('role=tab[name="Microsoft 365"]')
    const frame = page.frameLocator('#x_mioms_m365_assis_panel_frame')
    await frame.getByRole('heading', { name: /Microsoft 365 Insights/ }).waitFor({ timeout: 15_000 })
    // Setup has only attached the tab (no mode chosen): the panel says so with the exact message.
    await frame.getByText(MESSAGES.SETUP_INCOMPLETE).waitFor({ timeout: 15_000 })
    expect(await frame.getByText(/Reference: M365-[0-9A-F]{12}/).count()).toBe(1)
    await page.screenshot({ path: join(ARTIFACTS, 'smoke-incident-m365-tab.png'), fullPage: true })
    expect(errors).toEqual([])
})

test('a user without an app role sees no Microsoft 365 tab', async () => {
    const page = await browser.newPage()
    await page.goto(`${sandbox.url}/login.do`)
    await page.fill('#user_name', DEMO_USERS.noRole.userName)
    await page.fill('#user_password', DEMO_USERS.noRole.password)
    await page.click('#sysverb_login')
    await page.click('text=INC0010001')
    await page.waitForURL(/incident\.do\?sys_id=/)
    expect(await page.locator('role=tab[name="Microsoft 365"]').count()).toBe(0)
})
