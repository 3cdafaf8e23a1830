/**
 * Message center end to end on the sandbox (built app) in Chromium: after "Sync now" the
 * simulator's Message center posts appear on the Service Health page, the service, category and
 * "action required within" filters narrow the list, a post's body opens on demand as text (a
 * script in Microsoft's HTML never runs), the page passes axe-core, and an incident whose text fits
 * a post shows it in the panel as a Message center post with its action date. Without
 * ServiceMessage.Read.All the sync still syncs issues and says which permission is missing.
 */
import { mkdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { Browser, Page } from 'playwright-core'
import { DEMO_APPS, DEMO_USERS } from '../../sandbox/instance/demo'
import { formatGlideDateTime } from '../../sandbox/glide/time'
import { HEALTH_ISSUE, prepareHealthSetup, simulator, storeOf } from './health-setup'
import { ARTIFACTS, RunningSandbox, launchChromium, startSandbox } from './harness'
import { docScreenshot, expectAccessible } from './support/page-checks'

let sandbox: RunningSandbox
let browser: Browser
let page: Page

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchChromium()
    mkdirSync(ARTIFACTS, { recursive: true })
    const sim = simulator(sandbox)
    await sim('POST', '/_sim/health/seed', { count: 0 })
    await sim('POST', '/_sim/health/issues', HEALTH_ISSUE)
    await sim('POST', '/_sim/messages/seed', {})
    // A post whose HTML carries script: the page must show its words and run nothing.
    await sim('POST', '/_sim/messages', {
        id: 'MC800777',
        title: 'Microsoft Forms: new theme gallery',
        services: ['Microsoft Forms'],
        category: 'stayInformed',
        body: { contentType: 'html', content: '<p>Forms gets a new theme gallery.</p><script>window.__posted = 1</script><img src="x" onerror="window.__posted = 2"><p>No action is needed.</p>' },
    })
    prepareHealthSetup(sandbox)
    page = await browser.newPage({ viewport: { width: 1300, height: 900 } })
    await page.goto(`${sandbox.url}/x_mioms_m365_assis_service_health.do`)
    await page.fill('#user_name', DEMO_USERS.m365Admin.userName)
    await page.fill('#user_password', DEMO_USERS.m365Admin.password)
    await page.click('#sysverb_login')
    await page.waitForURL(/x_mioms_m365_assis_service_health\.do/)
    await page.locator('form[aria-label="Automatic incidents"]').waitFor({ timeout: 15_000 })
})
afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

async function syncNow(): Promise<string> {
    const synced = page.waitForResponse((r) => r.url().includes('/health/sync'), { timeout: 30_000 })
    await page.click('button:has-text("Sync now")')
    await synced
    await page.waitForFunction(() => !document.querySelector('button[type="submit"]')?.hasAttribute('disabled'))
    return (await page.locator('[data-testid="health-message"]').textContent()) ?? ''
}

const chosen = { service: '', category: '', within: 'any' }

/** Chooses filters and returns the ids listed once the list for exactly these filters is shown. */
async function listed(change: Partial<typeof chosen> = {}): Promise<string[]> {
    if (change.service !== undefined) await page.selectOption('select[name="messageService"]', change.service)
    if (change.category !== undefined) await page.selectOption('select[name="messageCategory"]', change.category)
    if (change.within !== undefined) await page.selectOption('select[name="messageWithin"]', change.within)
    Object.assign(chosen, change)
    await page.locator(`section[data-loaded-for="${new URLSearchParams(chosen).toString()}"]`).waitFor()
    return page.locator('[data-testid="health-messages"] tbody tr[data-message]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-message') || ''))
}

test('posts appear after Sync now, the filters narrow them, a body opens as text', async () => {
    await page.locator('[data-testid="messages-empty"]', { hasText: 'No Message center posts synced yet.' }).waitFor()
    const summary = await syncNow()
    expect(summary).toContain('Message center: 10 post(s) received, 10 new, 0 updated.')
    await page.locator('[data-testid="health-messages"] tr[data-message="MC900101"]').waitFor()
    expect((await listed()).sort()).toEqual(['MC800777', 'MC900101', 'MC900102', 'MC900103', 'MC900104', 'MC900105', 'MC900106', 'MC900107', 'MC900109', 'MC900110'])
    const smtp = page.locator('tr[data-message="MC900101"]')
    const cells = await smtp.locator('td').allTextContents()
    expect(cells[1]).toBe('Exchange Online: Basic authentication for SMTP AUTH client submission retires')
    expect(cells.slice(2, 5)).toEqual(['Exchange Online', 'Plan for change', 'High']) // words, not Graph's enum values
    expect(cells[5]).not.toBe('') // action required by
    expect(cells[7]).toBe('Yes')

    expect(await listed({ service: 'Microsoft Teams' })).toEqual(['MC900110', 'MC900102'])
    expect(await listed({ category: 'planForChange' })).toEqual(['MC900110', 'MC900102'])
    expect(await listed({ service: '' })).toEqual(['MC900110', 'MC900106', 'MC900105', 'MC900103', 'MC900101', 'MC900102'])
    // Action due within the next 7 days, soonest first: the Authenticator change (5 days) only; the
    // Exchange rate limit (2 days) is "prevent or fix issue", not a planned change.
    expect(await listed({ within: '7' })).toEqual(['MC900105'])
    expect(await listed({ category: '' })).toEqual(['MC900109', 'MC900105'])
    expect(await listed({ service: 'Microsoft Forms' })).toEqual([])
    await page.locator('[data-testid="messages-empty"]', { hasText: 'No Message center post matches these filters.' }).waitFor()
    expect(await listed({ within: 'any' })).toEqual(['MC800777'])

    await page.click('tr[data-message="MC800777"] button')
    const body = page.locator('[data-testid="message-body"]')
    await body.waitFor()
    expect(await body.textContent()).toBe('Forms gets a new theme gallery.\nNo action is needed.')
    expect(await page.evaluate(() => (window as unknown as { __posted?: number }).__posted)).toBeUndefined()
    expect(await page.locator('[data-testid="message-body"] script, [data-testid="message-body"] img').count()).toBe(0)
    await listed({ service: '' })
    await expectAccessible(page, 'Service Health with Message center')
    await docScreenshot(page, 'service-health-message-center')
})

test('an incident whose text fits a post shows it in the panel as a Message center post with its action date', async () => {
    const incident = storeOf(sandbox)((store) => {
        const sysId = randomBytes(16).toString('hex')
        const now = formatGlideDateTime(Date.now())
        store.insert('incident', {
            sys_id: sysId, number: 'INC0099101', short_description: 'Scanner can no longer send email: SMTP AUTH basic authentication rejected', description: '',
            active: 'true', state: '1', impact: '3', urgency: '3', priority: '5', sys_created_on: now, sys_updated_on: now, sys_created_by: 'e2e', sys_updated_by: 'e2e', sys_mod_count: '0',
        })
        return sysId
    })
    const panel = await browser.newPage()
    await panel.context().addCookies(await page.context().cookies())
    await panel.goto(`${sandbox.url}/x_mioms_m365_assis_panel.do?sysparm_incident=${incident}`)
    const post = panel.locator('#m365-health [data-issue="MC900101"]')
    await post.waitFor({ timeout: 15_000 })
    expect(await post.getAttribute('data-kind')).toBe('message')
    expect(await post.locator('.m365-health-kind').textContent()).toBe('Message center post (planned change): Plan for change')
    expect(await post.locator('.m365-health-action').textContent()).not.toBe('')
    expect(await post.textContent()).toContain('Action required by')
    await panel.close()
})

test('without ServiceMessage.Read.All, Sync now still syncs issues and says which permission is missing', async () => {
    const sim = simulator(sandbox)
    await sim('PUT', `/_sim/apps/${DEMO_APPS.outbound.clientId}/roles`, { roles: ['ServiceHealth.Read.All'] })
    // Graph reads the roles from the token: the app's cached token must go, as it does when it expires.
    storeOf(sandbox)((store) => {
        for (const row of store.hasTable('oauth_credential') ? store.query('oauth_credential', {}) : []) store.delete('oauth_credential', row.sys_id as string)
    })
    await sim('PATCH', `/_sim/health/issues/${HEALTH_ISSUE.id}`, { status: 'restoringService', post: '<p>A fix is deploying.</p>' })
    const summary = await syncNow()
    expect(summary).toContain('Sync done: 1 issue(s) received, 0 new, 1 updated')
    expect(summary).toContain('Without the Microsoft Graph application permission ServiceMessage.Read.All, Message center posts will not work: Graph refused the read (HTTP 403')
    // What was synced before stays listed.
    await page.locator('[data-testid="health-messages"] tr[data-message="MC900101"]').waitFor()
})
