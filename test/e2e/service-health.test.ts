/**
 * Service Health end to end on the sandbox (built app) in Chromium: the settings page refuses
 * automatic incidents without an assignment group and category, saves them, and "Sync now"
 * creates one incident from the simulator's Graph feed; a Microsoft update becomes one work
 * note, Microsoft's resolution resolves the incident once, and re-syncs add nothing. The page
 * shows Microsoft's values as words and dates in the admin's own format and zone, passes an
 * axe-core check (light and dark), and is photographed for the admin docs.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Browser, Page } from 'playwright-core'
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { CURRENT_INCIDENT_CLOSE_CODES } from '../../sandbox/glide/platformChoices'
import { HEALTH_ISSUE as ISSUE, incidentsOf, prepareHealthSetup, simulator, storeOf, workNotes } from './health-setup'
import { ARTIFACTS, RunningSandbox, launchChromium, startSandbox } from './harness'
import { docScreenshot, expectAccessible, inDarkScheme } from './support/page-checks'

let sandbox: RunningSandbox
let browser: Browser

/** Clicks Sync now and returns the page's summary once the sync answered and the page reloaded its data. */
async function syncNow(page: Page): Promise<string> {
    const synced = page.waitForResponse((r) => r.url().includes('/health/sync'), { timeout: 30_000 })
    await page.click('button:has-text("Sync now")')
    await synced
    await page.waitForFunction(() => !document.querySelector('button[type="submit"]')?.hasAttribute('disabled'))
    return (await page.locator('[data-testid="health-message"]').textContent()) ?? ''
}

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchChromium()
    mkdirSync(ARTIFACTS, { recursive: true })
})
afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

test('automatic incidents from the Graph feed: created, updated and resolved exactly once', async () => {
    const sim = simulator(sandbox)
    const withStore = storeOf(sandbox)
    const incidents = () => incidentsOf(sandbox, ISSUE.id)
    await sim('POST', '/_sim/health/seed', { count: 0 })
    await sim('POST', '/_sim/health/issues', ISSUE)
    const group = prepareHealthSetup(sandbox)
    // The admin chose their own date format and zone in their profile (sys_user).
    withStore((s) => {
        const admin = s.query('sys_user', {}).find((u) => u.user_name === DEMO_USERS.m365Admin.userName)!
        s.update('sys_user', admin.sys_id!, { date_format: 'dd.MM.yyyy', time_format: 'HH:mm', time_zone: 'Europe/Berlin' })
    })

    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${sandbox.url}/x_mioms_m365_assis_service_health.do`)
    await page.fill('#user_name', DEMO_USERS.m365Admin.userName)
    await page.fill('#user_password', DEMO_USERS.m365Admin.password)
    await page.click('#sysverb_login')
    await page.waitForURL(/x_mioms_m365_assis_service_health\.do/)
    await page.locator('h1', { hasText: 'Microsoft 365 Service Health' }).waitFor()
    await page.locator('form[aria-label="Automatic incidents"]').waitFor({ timeout: 15_000 })

    // Turning creation on without group and category is refused and nothing is saved.
    await page.check('input[name="autoIncident"]')
    await page.click('button:has-text("Save")')
    await page.locator('[role="alert"]', { hasText: 'Choose an assignment group and a category before turning on automatic incidents' }).waitFor()
    expect(withStore((s) => s.query('sys_properties', {}).find((r) => r.name === 'x_mioms_m365_assis.health.auto_incident')?.value)).not.toBe('true')

    await page.selectOption('select[name="assignmentGroup"]', group)
    await page.selectOption('select[name="category"]', 'software')
    await page.check('input[name="autoResolve"]')
    // The resolution codes offered are this instance's incident.close_code choices (current release).
    const codes = await page.locator('select[name="closeCode"] option').allTextContents()
    expect(codes).toEqual(['Automatic (Solution provided)', ...CURRENT_INCIDENT_CLOSE_CODES.map((c) => c.label)])
    await page.selectOption('select[name="closeCode"]', 'Workaround provided')
    await page.click('button:has-text("Save")')
    await page.locator('[role="status"]', { hasText: 'Service Health settings saved.' }).waitFor()

    // Sync now: the issue arrives and gets one incident.
    expect(await syncNow(page)).toContain('Incidents: 1 created')
    await page.locator(`tr[data-issue="${ISSUE.id}"] a`).waitFor()
    const [incident] = incidents()
    expect(incidents()).toHaveLength(1)
    expect(incident).toMatchObject({ short_description: ISSUE.title, impact: '2', urgency: '2', assignment_group: group, category: 'software' })
    const notesAtStart = workNotes(sandbox, String(incident.sys_id)).length
    await page.screenshot({ path: join(ARTIFACTS, 'service-health-incident-created.png'), fullPage: true })
    // Words, not enum values; the last update in the admin's format and zone (no UTC marker).
    const row = page.locator(`tr[data-issue="${ISSUE.id}"]`)
    const cells = await row.locator('td').allTextContents()
    expect(cells.slice(3, 5)).toEqual(['Incident', 'Service degradation'])
    const lastModified = withStore((s) => s.query('x_mioms_m365_assis_health_issue', {}).find((r) => r.issue_id === ISSUE.id)?.last_modified)
    const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    expect(cells[5]).toBe(berlin.format(new Date(String(lastModified).replace(' ', 'T') + 'Z')).replace(/\//g, '.').replace(',', ''))
    expect(await page.textContent('main')).not.toContain('serviceDegradation')
    await expectAccessible(page, 'service-health')
    await docScreenshot(page, 'service-health')
    await inDarkScheme(page, 'service-health-dark', 'service-health')

    // Microsoft posts an update: exactly one work note, even after another sync.
    await sim('PATCH', `/_sim/health/issues/${ISSUE.id}`, { post: '<p>We identified a configuration change and are reverting it.</p>' })
    expect(await syncNow(page)).toContain('1 work note(s)')
    await syncNow(page)
    const notes = workNotes(sandbox, String(incident.sys_id))
    expect(notes).toHaveLength(notesAtStart + 1)
    expect(notes.filter((n) => n.includes('reverting it'))).toHaveLength(1)

    // Microsoft resolves it: the incident is resolved once, with the chosen code and when.
    const resolved = await sim('POST', `/_sim/health/issues/${ISSUE.id}/resolve`, {})
    expect(await syncNow(page)).toContain('1 resolved')
    const done = incidents()[0]
    expect(done).toMatchObject({ state: '6', close_code: 'Workaround provided' })
    expect(String(done.close_notes)).toContain(String(resolved.endDateTime).slice(0, 19).replace('T', ' '))

    // Nothing new: nothing changes.
    const notesAfter = workNotes(sandbox, String(incident.sys_id)).length
    expect(await syncNow(page)).toContain('0 issue(s) received')
    expect(incidents()).toHaveLength(1)
    expect(workNotes(sandbox, String(incident.sys_id))).toHaveLength(notesAfter)
    await page.screenshot({ path: join(ARTIFACTS, 'service-health-resolved.png'), fullPage: true })
    expect(errors).toEqual([])
})
