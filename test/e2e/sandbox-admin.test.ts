/**
 * The sandbox as an admin uses it (issue 13): every module of the app's menu opens something — a
 * UI page, or a classic list of the module's table filtered and sorted by the module's filter,
 * read with the user's ACLs — and the seeded assignment group and categories let the Microsoft 365
 * admin turn on automatic incidents from the browser. Screenshots: test-results/admin-*.png.
 */
import { join } from 'node:path'
import { Browser } from 'playwright-core'
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { readBuiltApp } from '../../sandbox/instance/dist-records'
import { DEMO_ASSIGNMENT_GROUP } from '../../sandbox/instance/seed'
import { ARTIFACTS, RunningSandbox, launchChromium, startSandbox } from './harness'
import { insertRow, withStore } from './inbound-support'
import { logIn } from './support/browser'

jest.setTimeout(120_000)

let sandbox: RunningSandbox
let browser: Browser

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchChromium()
})
afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

const MENU = 'Microsoft 365 Support'
const builtModules = () =>
    readBuiltApp()
        .byTable('sys_app_module')
        .map((record) => record.fields)

test('every module of the app menu opens a page or a filtered list as an admin', async () => {
    // Rows the filters must keep and drop: an active and a resolved health issue, a foreign property.
    withStore(sandbox, (store) => {
        insertRow(store, 'x_mioms_m365_assis_health_issue', { issue_id: 'EX1', title: 'Mail delayed', is_resolved: 'false', last_modified: '2026-11-01 10:00:00' })
        insertRow(store, 'x_mioms_m365_assis_health_issue', { issue_id: 'EX2', title: 'Old outage', is_resolved: 'true', last_modified: '2026-10-01 10:00:00' })
        insertRow(store, 'sys_properties', { name: 'glide.not.ours', value: 'x' })
    })
    const page = await logIn(browser, sandbox, DEMO_USERS.admin, '/navigator.do')
    const menu = page.locator('section', { has: page.locator('h2', { hasText: MENU }) })
    const links = await menu.locator('a').evaluateAll((anchors) => anchors.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') ?? '' })))
    expect(links.map((l) => l.title).sort()).toEqual(builtModules().map((m) => String(m.title)).sort())
    await page.screenshot({ path: join(ARTIFACTS, 'admin-navigator.png'), fullPage: true })

    for (const link of links) {
        const response = await page.goto(sandbox.url + link.href)
        expect({ module: link.title, status: response?.status() }).toEqual({ module: link.title, status: 200 })
        expect(await page.locator('body').textContent()).not.toMatch(/Not found|No such page|Security constraints/)
        const module = builtModules().find((m) => m.title === link.title)!
        if (module.link_type === 'DIRECT') continue
        // A list: of the module's table, with its filter as the breadcrumb.
        expect(await page.locator('table.list').getAttribute('data-table')).toBe(module.name)
        expect(await page.locator('.breadcrumb').getAttribute('data-query')).toBe(module.filter ?? '')
    }

    // The filters are applied: only active health issues, only the app's properties.
    await page.goto(sandbox.url + links.find((l) => l.title === 'Service Health')!.href)
    expect(await page.locator('td[data-field="issue_id"]').allTextContents()).toEqual(['EX1'])
    await page.screenshot({ path: join(ARTIFACTS, 'admin-service-health-list.png'), fullPage: true })
    await page.goto(sandbox.url + links.find((l) => l.title === 'Properties')!.href)
    const names = await page.locator('td[data-field="name"]').allTextContents()
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((name) => !name.startsWith('x_mioms_m365_assis.'))).toEqual([])
})

test('an agent sees only the modules of its role, and cannot read the system log list', async () => {
    const page = await logIn(browser, sandbox, DEMO_USERS.agent, '/navigator.do')
    const titles = await page.locator('section', { has: page.locator('h2', { hasText: MENU }) }).locator('a').allTextContents()
    const forInsightsUsers = builtModules()
        .filter((m) => String(m.roles ?? '').split(',').includes('x_mioms_m365_assis.insights_user'))
        .map((m) => String(m.title))
    expect(titles.sort()).toEqual(forInsightsUsers.sort())
    await page.goto(`${sandbox.url}/syslog_list.do?sysparm_query=${encodeURIComponent('sourceINx_mioms_m365_assit,x_mioms_m365_assis')}`)
    await page.locator('[role="alert"]', { hasText: 'Security constraints prevent access to requested page' }).waitFor()
})

test('the Microsoft 365 admin turns on automatic incidents with the seeded group and a category', async () => {
    const page = await logIn(browser, sandbox, DEMO_USERS.m365Admin, '/x_mioms_m365_assis_service_health.do')
    await page.locator('form[aria-label="Automatic incidents"]').waitFor()
    const group = page.locator('select[name="assignmentGroup"] option', { hasText: DEMO_ASSIGNMENT_GROUP })
    await page.selectOption('select[name="assignmentGroup"]', (await group.getAttribute('value')) ?? '')
    await page.selectOption('select[name="category"]', 'software')
    await page.check('input[name="autoIncident"]')
    await page.click('button:has-text("Save")')
    await page.locator('[role="status"]', { hasText: 'Service Health settings saved.' }).waitFor()
    const saved = withStore(sandbox, (store) => store.query('sys_properties', {}).find((row) => row.name === 'x_mioms_m365_assis.health.auto_incident')?.value)
    expect(saved).toBe('true')
    await page.screenshot({ path: join(ARTIFACTS, 'admin-automatic-incidents-on.png'), fullPage: true })
})
