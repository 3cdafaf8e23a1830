/**
 * The app's UI pages are refused by their ui_page ACLs to users without the role (before any
 * REST call), and served to those with it: the panel to insights users, Setup, Link Account and
 * Service Health to administrators.
 */
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { logIn, usePlatform } from './support/browser'

const platform = usePlatform()

const PAGES = {
    panel: '/x_mioms_m365_assis_panel.do',
    setup: '/x_mioms_m365_assis_setup.do',
    linkAccount: '/x_mioms_m365_assis_link_account.do',
    serviceHealth: '/x_mioms_m365_assis_service_health.do',
}

async function statusOf(user: { userName: string; password: string }, path: string): Promise<number> {
    const page = await logIn(platform.browser, platform.sandbox, user)
    const response = await page.goto(platform.sandbox.url + path)
    const status = response ? response.status() : 0
    await page.context().close()
    return status
}

test.each([
    ['itil.only', PAGES.panel, 403, DEMO_USERS.noRole],
    ['agent', PAGES.panel, 200, DEMO_USERS.agent],
    ['m365.admin', PAGES.panel, 200, DEMO_USERS.m365Admin],
    ['agent', PAGES.setup, 403, DEMO_USERS.agent],
    ['agent', PAGES.linkAccount, 403, DEMO_USERS.agent],
    ['agent', PAGES.serviceHealth, 403, DEMO_USERS.agent],
    ['m365.admin', PAGES.setup, 200, DEMO_USERS.m365Admin],
    ['m365.admin', PAGES.linkAccount, 200, DEMO_USERS.m365Admin],
    ['m365.admin', PAGES.serviceHealth, 200, DEMO_USERS.m365Admin],
])('%s opening %s gets %i', async (_name, path, expected, user) => {
    expect(await statusOf(user, path)).toBe(expected)
})
