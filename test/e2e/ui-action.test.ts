/**
 * uiaction: the "Microsoft 365" UI action on the classic (UI16) incident form, in Chromium on the
 * sandbox running the BUILT app. The sandbox renders the installed sys_ui_action form buttons
 * for the user (roles from sys_ui_action_role, the server-side condition run against the
 * incident; sandbox/instance/classic-ui.ts) and includes the action's own client script with a
 * minimal g_form/GlideModal shim, so the click runs the shipped script unchanged: it must open a
 * dialog titled "Microsoft 365" framing the app's panel page for this incident, and the page
 * must load this incident (heading "Microsoft 365 Insights INC0010001"). The sandbox has no Setup,
 * as on the day the app is installed: the agent still gets Microsoft Learn solutions for the
 * incident through the button (test/e2e/panel.test.ts covers the panel's content).
 *
 * Not covered here: the Workspace variant (client_script_v2 with g_modal.showFrame) needs the
 * Next Experience, which the sandbox does not have; test/build/panel.test.ts checks its record.
 */
import { join } from 'node:path'
import { Page } from 'playwright-core'
import { SqliteStore } from '../../sandbox/glide/store/SqliteStore'
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { ARTIFACTS } from './harness'
import { Credentials, logIn, usePlatform } from './support/browser'

const platform = usePlatform()
let incidentId = ''

beforeAll(() => {
    const store = new SqliteStore(platform.sandbox.dbPath)
    try {
        incidentId = store.query('incident', {}).find((row) => row.number === 'INC0010001')!.sys_id as string
    } finally {
        store.close()
    }
    expect(incidentId).toMatch(/^[0-9a-f]{32}$/)
})

async function openIncident(user: Credentials): Promise<{ page: Page; errors: string[] }> {
    const page = await logIn(platform.browser, platform.sandbox, user)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.click('text=INC0010001')
    await page.waitForURL(/incident\.do\?sys_id=/)
    await page.getByRole('heading', { name: 'Incident INC0010001' }).waitFor()
    return { page, errors }
}

test('an insights user opens the incident panel from the Microsoft 365 form button in a modal', async () => {
    const { page, errors } = await openIncident(DEMO_USERS.agent)
    try {
        const button = page.getByRole('button', { name: 'Microsoft 365', exact: true })
        await expect(button.count()).resolves.toBe(1)
        await expect(page.getByRole('dialog').count()).resolves.toBe(0)
        await button.click()

        const dialog = page.getByRole('dialog', { name: 'Microsoft 365' })
        await dialog.waitFor()
        await expect(dialog.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Microsoft 365')
        const iframe = dialog.locator('iframe')
        const src = await iframe.getAttribute('src')
        expect(src).toBe(`/x_mioms_m365_assis_panel.do?sysparm_incident=${incidentId}`)

        const frame = page.frameLocator('[role="dialog"] iframe')
        // Loaded, not just the loading state: the panel fetched this incident through the app's REST API.
        await frame.getByRole('heading', { name: /Microsoft 365 Insights\s*INC0010001/ }).waitFor({ timeout: 15_000 })
        await expect(frame.locator(`main[data-incident="${incidentId}"]`).count()).resolves.toBe(1)
        // No Setup: Microsoft Learn (the default solutions source) answered for this incident.
        const learnLinks = frame.locator('#m365-solutions a[href^="https://learn.microsoft.com/"]')
        await learnLinks.first().waitFor({ timeout: 30_000 })
        expect(await learnLinks.count()).toBeGreaterThan(0)
        // The frame really is the panel page for this incident, served to this user's session.
        const framed = page.frames().find((f) => f.url().includes('/x_mioms_m365_assis_panel.do'))
        expect(framed?.url()).toBe(`${platform.sandbox.url}/x_mioms_m365_assis_panel.do?sysparm_incident=${incidentId}`)
        await page.screenshot({ path: join(ARTIFACTS, 'ui-action-modal.png') })

        await dialog.getByRole('button', { name: 'Close' }).click()
        await expect(page.getByRole('dialog').count()).resolves.toBe(0)
        expect(errors).toEqual([])
    } finally {
        await page.context().close()
    }
}, 60_000)

test('a user without the app role (itil only) sees no Microsoft 365 button and gets none of its script', async () => {
    const { page } = await openIncident(DEMO_USERS.noRole)
    try {
        await expect(page.getByRole('button', { name: 'Microsoft 365', exact: true }).count()).resolves.toBe(0)
        expect(await page.content()).not.toContain('openMicrosoft365Panel')
        // The form itself is there (State form), so the absence is not an empty page.
        await expect(page.locator('#incident-state').count()).resolves.toBe(1)
    } finally {
        await page.context().close()
    }
}, 60_000)
