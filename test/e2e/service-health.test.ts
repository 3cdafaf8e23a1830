/**
 * Service Health end to end on the sandbox (built app) in Chromium: the settings page refuses
 * automatic incidents without an assignment group and category, saves them, and "Sync now"
 * creates one incident from the simulator's Graph feed; a Microsoft update becomes one work
 * note, Microsoft's resolution resolves the incident once, and re-syncs add nothing.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Browser, Page } from 'playwright-core'
import { SqliteStore } from '../glide/store/SqliteStore'
import { DEMO_APPS, DEMO_TENANT, DEMO_USERS } from '../sandbox/demo'
import { ARTIFACTS, RunningSandbox, launchChromium, startSandbox } from './harness'

let sandbox: RunningSandbox
let browser: Browser
const ISSUE = { id: 'EX950001', title: 'Users may be unable to send email from Outlook', service: 'Exchange Online', classification: 'incident', status: 'serviceDegradation', impactDescription: 'Users may be unable to send email.' }

const sysId = () => randomBytes(16).toString('hex')

function withStore<T>(fn: (store: SqliteStore) => T): T {
    const store = new SqliteStore(sandbox.dbPath)
    try {
        return fn(store)
    } finally {
        store.close()
    }
}

async function sim(method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(sandbox.microsoftUrl + path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.json()
}

/** What Setup leaves behind: an outbound OAuth profile for Graph (v2 endpoint, .default scope) and a Setup row. */
function prepareSetup(): string {
    return withStore((store) => {
        const entity = sysId()
        const profile = sysId()
        const scope = sysId()
        const group = sysId()
        store.insert('oauth_entity', { sys_id: entity, name: 'Microsoft Graph (Contoso)', type: 'oauth2', client_id: DEMO_APPS.outbound.clientId, client_secret: DEMO_APPS.outbound.clientSecret, default_grant_type: 'client_credentials', token_url: `${sandbox.microsoftUrl}/${DEMO_TENANT}/oauth2/v2.0/token`, active: 'true' })
        store.insert('oauth_entity_profile', { sys_id: profile, name: 'Microsoft Graph (Contoso) default_profile', oauth_entity: entity, grant_type: 'client_credentials', is_default: 'true' })
        store.insert('oauth_entity_scope', { sys_id: scope, name: 'Microsoft Graph', oauth_entity: entity, oauth_entity_scope: 'https://graph.microsoft.com/.default' })
        store.insert('oauth_entity_profile_scope', { sys_id: sysId(), oauth_entity_profile: profile, oauth_entity_scope: scope })
        store.insert('x_mioms_m365_assis_setup', { sys_id: sysId(), step: 'done', consent: 'true', mode: 'basic', test_environment: 'true', tenant_domain: DEMO_TENANT, outbound_profile: profile, graph_profile: profile, completed: 'true', sys_updated_on: '2026-01-01 00:00:00' })
        store.insert('sys_user_group', { sys_id: group, name: 'Microsoft 365 service desk', active: 'true' })
        return group
    })
}

function incidents() {
    return withStore((store) => (store.hasTable('incident') ? store.query('incident', {}) : [])).filter((r) => String(r.description ?? '').includes(ISSUE.id))
}
function workNotes(incidentId: string): string[] {
    return withStore((store) => store.query('sys_journal_field', {}).filter((r) => r.element_id === incidentId && r.element === 'work_notes').map((r) => String(r.value)))
}

async function syncNow(page: Page): Promise<string> {
    await page.click('button:has-text("Sync now")')
    const status = page.locator('[data-testid="health-message"]')
    await status.filter({ hasText: /Sync done|contact/ }).waitFor({ timeout: 20_000 })
    const text = (await status.textContent()) ?? ''
    await page.waitForFunction(() => !document.querySelector('button[type="submit"]')?.hasAttribute('disabled'))
    return text
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
    await sim('POST', '/_sim/health/seed', { count: 0 })
    await sim('POST', '/_sim/health/issues', ISSUE)
    const group = prepareSetup()

    const page = await browser.newPage()
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
    await page.click('button:has-text("Save")')
    await page.locator('[role="status"]', { hasText: 'Settings saved.' }).waitFor()

    // Sync now: the issue arrives and gets one incident.
    expect(await syncNow(page)).toContain('Incidents: 1 created')
    await page.locator(`tr[data-issue="${ISSUE.id}"] a`).waitFor()
    const [incident] = incidents()
    expect(incidents()).toHaveLength(1)
    expect(incident).toMatchObject({ short_description: ISSUE.title, impact: '2', urgency: '2', assignment_group: group, category: 'software' })
    const notesAtStart = workNotes(String(incident.sys_id)).length
    await page.screenshot({ path: join(ARTIFACTS, 'service-health-incident-created.png'), fullPage: true })

    // Microsoft posts an update: exactly one work note, even after another sync.
    await sim('PATCH', `/_sim/health/issues/${ISSUE.id}`, { post: '<p>We identified a configuration change and are reverting it.</p>' })
    expect(await syncNow(page)).toContain('1 work note(s)')
    await syncNow(page)
    const notes = workNotes(String(incident.sys_id))
    expect(notes).toHaveLength(notesAtStart + 1)
    expect(notes.filter((n) => n.includes('reverting it'))).toHaveLength(1)

    // Microsoft resolves it: the incident is resolved once, with the code and when.
    const resolved = await sim('POST', `/_sim/health/issues/${ISSUE.id}/resolve`, {})
    expect(await syncNow(page)).toContain('1 resolved')
    const done = incidents()[0]
    expect(done).toMatchObject({ state: '6', close_code: 'Closed/Resolved by Caller' })
    expect(String(done.close_notes)).toContain(String(resolved.endDateTime).slice(0, 19).replace('T', ' '))

    // Nothing new: nothing changes.
    const notesAfter = workNotes(String(incident.sys_id)).length
    expect(await syncNow(page)).toContain('0 issue(s) received')
    expect(incidents()).toHaveLength(1)
    expect(workNotes(String(incident.sys_id))).toHaveLength(notesAfter)
    await page.screenshot({ path: join(ARTIFACTS, 'service-health-resolved.png'), fullPage: true })
    expect(errors).toEqual([])
})
