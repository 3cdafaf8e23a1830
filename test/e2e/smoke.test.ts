/**
 * Browser smoke test on the sandbox: an agent logs in, opens an incident, and the
 * Microsoft 365 tab's frame loads the app's panel page (built React code served from the
 * installed sys_ux_lib_asset records). Several users open several incidents on one sandbox, so
 * a macro that put the incident or the role check in Jelly's cached phase one would frame the
 * first incident everywhere.
 */
import { MESSAGES } from '../../src/server/messages/catalogue'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Browser, Page } from 'playwright-core'
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { ARTIFACTS, RunningSandbox, basicAuth, launchChromium, logIn, startSandbox } from './harness'

let sandbox: RunningSandbox
let browser: Browser

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchChromium()
    mkdirSync(ARTIFACTS, { recursive: true })
    // The Microsoft 365 tab appears once an administrator lets Setup attach the app's section.
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
    const page = await logIn(browser, sandbox.url, DEMO_USERS.agent)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
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
    const page = await logIn(browser, sandbox.url, DEMO_USERS.noRole)
    await page.click('text=INC0010001')
    await page.waitForURL(/incident\.do\?sys_id=/)
    expect(await page.locator('role=tab[name="Microsoft 365"]').count()).toBe(0)
})

/** Logs `user` in (a session of its own) and opens incident `number`; returns the page and the incident's sys_id. */
async function openIncident(user: { userName: string; password: string }, number: string): Promise<{ page: Page; sysId: string }> {
    const page = await logIn(browser, sandbox.url, user)
    await page.click(`text=${number}`)
    await page.waitForURL(/incident\.do\?sys_id=/)
    return { page, sysId: new URL(page.url()).searchParams.get('sys_id') ?? '' }
}

/** The incident the Microsoft 365 tab's frame shows (its sysparm_incident), or null without a frame. */
async function framedIncident(page: Page): Promise<string | null> {
    const frames = page.locator('#x_mioms_m365_assis_panel_frame')
    if ((await frames.count()) === 0) return null
    const src = (await frames.getAttribute('src')) ?? ''
    return new URL(src, sandbox.url).searchParams.get('sysparm_incident')
}

test('users with and without the role on different incidents: each tab frames its own incident', async () => {
    const first = await openIncident(DEMO_USERS.agent, 'INC0010001')
    expect(await first.page.locator('role=tab[name="Microsoft 365"]').count()).toBe(1)
    expect(await framedIncident(first.page)).toBe(first.sysId)

    const withoutRole = await openIncident(DEMO_USERS.noRole, 'INC0010002')
    expect(await withoutRole.page.locator('role=tab[name="Microsoft 365"]').count()).toBe(0)
    expect(await framedIncident(withoutRole.page)).toBeNull()

    const second = await openIncident(DEMO_USERS.agent, 'INC0010002')
    expect(second.sysId).not.toBe(first.sysId)
    expect(await framedIncident(second.page)).toBe(second.sysId)

    const third = await openIncident(DEMO_USERS.m365Admin, 'INC0010003')
    expect(await framedIncident(third.page)).toBe(third.sysId)
    // The frame is the panel page for that incident, and no macro error stands where the tab is.
    expect(await third.page.locator('.jelly-error').count()).toBe(0)
})
