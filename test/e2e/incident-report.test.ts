/**
 * Post-incident reports end to end on the sandbox (built app) in Chromium: an automatic incident's
 * issue is resolved and later moves to postIncidentReviewPublished in the simulator; the next sync
 * attaches Microsoft's report to the incident (byte for byte, with a work note naming it), the
 * Service Health page links it, the admin downloads it from there and an agent who can read the
 * incident downloads it too; another sync asks Microsoft for nothing more.
 */
import { readFileSync } from 'node:fs'
import { Browser, BrowserContext, Page } from 'playwright-core'
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { incidentReportBytes } from '../../sandbox/microsoft/graph'
import { HEALTH_ISSUE as ISSUE, incidentsOf, prepareHealthSetup, simulator, storeOf, workNotes } from './health-setup'
import { RunningSandbox, launchChromium, startSandbox } from './harness'

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

async function login(context: BrowserContext, user: { userName: string; password: string }, target: string): Promise<Page> {
    const page = await context.newPage()
    await page.goto(`${sandbox.url}${target}`)
    await page.fill('#user_name', user.userName)
    await page.fill('#user_password', user.password)
    await page.click('#sysverb_login')
    return page
}

async function syncNow(page: Page): Promise<void> {
    const synced = page.waitForResponse((r) => r.url().includes('/health/sync'), { timeout: 30_000 })
    await page.click('button:has-text("Sync now")')
    expect((await synced).status()).toBe(200)
    await page.waitForFunction(() => !document.querySelector('button[type="submit"]')?.hasAttribute('disabled'))
}

test('the post-incident report is attached to the automatic incident and downloaded by the admin and an agent', async () => {
    const sim = simulator(sandbox)
    const withStore = storeOf(sandbox)
    await sim('POST', '/_sim/health/seed', { count: 0 })
    await sim('POST', '/_sim/health/issues', ISSUE)
    const group = prepareHealthSetup(sandbox)
    withStore((s) => {
        const set = (name: string, value: string) => {
            const row = s.query('sys_properties', {}).find((r) => r.name === name)
            if (row) s.update('sys_properties', row.sys_id!, { value })
        }
        set('x_mioms_m365_assis.health.auto_incident', 'true')
        set('x_mioms_m365_assis.health.auto_resolve', 'true')
        set('x_mioms_m365_assis.health.assignment_group', group)
        set('x_mioms_m365_assis.health.category', 'software')
    })

    const adminContext = await browser.newContext({ acceptDownloads: true })
    const page = await login(adminContext, DEMO_USERS.m365Admin, '/x_mioms_m365_assis_service_health.do')
    await page.locator('form[aria-label="Automatic incidents"]').waitFor({ timeout: 15_000 })
    await syncNow(page)
    const [incident] = incidentsOf(sandbox, ISSUE.id)
    expect(incident).toBeDefined()

    // Resolved, but no review yet: no report is asked for.
    await sim('POST', `/_sim/health/issues/${ISSUE.id}/resolve`, { status: 'serviceRestored' })
    await syncNow(page)
    const reportPath = `/v1.0/admin/serviceAnnouncement/issues/${ISSUE.id}/incidentReport`
    const reportCalls = async () => ((await sim('GET', '/_sim/journal')) as { path: string }[]).filter((e) => e.path === reportPath).length
    expect(await reportCalls()).toBe(0)
    expect(await page.locator('[data-testid="health-report"]').count()).toBe(0)

    // Microsoft publishes the review: the next sync attaches it and the page links it.
    await sim('PATCH', `/_sim/health/issues/${ISSUE.id}`, { status: 'postIncidentReviewPublished' })
    await syncNow(page)
    const link = page.locator(`tr[data-issue="${ISSUE.id}"] [data-testid="health-report"]`)
    await link.waitFor()
    expect(await link.textContent()).toBe('Post-incident report')
    const attachments = withStore((s) => s.query('sys_attachment', {}))
    expect(attachments).toHaveLength(1)
    expect(attachments[0]).toMatchObject({ table_name: 'incident', table_sys_id: incident.sys_id, file_name: `${ISSUE.id}-post-incident-report` })
    expect(workNotes(sandbox, String(incident.sys_id)).filter((n) => n.includes(`${ISSUE.id}-post-incident-report`))).toHaveLength(1)

    // The admin downloads it from the page: Microsoft's bytes, unchanged.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(`${ISSUE.id}-post-incident-report`)
    expect(readFileSync((await download.path())!).equals(incidentReportBytes(ISSUE.id))).toBe(true)

    // An agent (who can read the incident) downloads the same file; without a session the instance asks to log in.
    const href = String(await link.getAttribute('href'))
    const agentContext = await browser.newContext()
    const agentPage = await login(agentContext, DEMO_USERS.agent, '/incident_list.do')
    await agentPage.waitForURL(/incident_list\.do/)
    const asAgent = await agentContext.request.get(`${sandbox.url}${href}`)
    expect(asAgent.status()).toBe(200)
    expect((await asAgent.body()).equals(incidentReportBytes(ISSUE.id))).toBe(true)
    const anonymous = await (await browser.newContext()).request.get(`${sandbox.url}${href}`, { maxRedirects: 0 })
    expect([anonymous.status(), anonymous.headers().location]).toEqual([302, expect.stringContaining('/login.do')])

    // Once attached, never asked for again.
    await syncNow(page)
    expect(await reportCalls()).toBe(1)
    expect(withStore((s) => s.query('sys_attachment', {}))).toHaveLength(1)
    await adminContext.close()
    await agentContext.close()
})
