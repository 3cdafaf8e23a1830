/**
 * Recommended solutions on the day the app is installed: in a sandbox with no Setup at all, an
 * agent's panel route answers Microsoft Learn solutions (the simulated Learn MCP server), links
 * without their locale, feedback kept on the instance; once Setup is done in basic mode and the
 * solutions source is set to `connector`, the same route answers the connector's solutions.
 */
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { RunningSandbox, basicAuth, launchChromium, logIn, startSandbox } from './harness'
import { call, configureSetup, registerRepository, sim, withStore } from './inbound-support'

let sandbox: RunningSandbox
const AGENT = () => basicAuth(DEMO_USERS.agent.userName, DEMO_USERS.agent.password)
const panelPath = (sysId: string) => `/api/x_mioms_m365_assis/v1/panel/incidents/${sysId}`

beforeAll(async () => {
    sandbox = await startSandbox()
}, 120_000)
afterAll(async () => {
    await sandbox?.stop()
})

function incidentWith(shortDescription: string): string {
    return withStore(sandbox, (store) => {
        const row = store.query('incident', {}).find((r) => String(r.short_description).includes(shortDescription))
        if (row) return String(row.sys_id)
        throw new Error('no demo incident about ' + shortDescription)
    })
}

function setSolutionsSource(value: string): void {
    withStore(sandbox, (store) => {
        const row = store.query('sys_properties', {}).find((r) => r.name === 'x_mioms_m365_assis.solutions.source')
        if (!row) throw new Error('the app did not install its solutions.source property')
        store.update('sys_properties', String(row.sys_id), { value })
    })
}

test('no Setup: the panel answers Microsoft Learn solutions, and feedback on them stays on the instance', async () => {
    const hasSetup = withStore(sandbox, (store) => (store.hasTable('x_mioms_m365_assis_setup') ? store.count('x_mioms_m365_assis_setup') : 0))
    expect(hasSetup).toBe(0)
    const incident = incidentWith('Outlook')
    const { status, json } = await call(sandbox, 'GET', panelPath(incident), { authorization: AGENT() })
    expect(status).toBe(200)
    const view = json.result
    expect(view.abilities.mode).toBe('unconfigured')
    expect(view.solutions.basic).toBe(false)
    expect(view.solutions.items.length).toBeGreaterThan(0)
    for (const item of view.solutions.items) {
        expect(item.source).toBe('microsoftLearn')
        expect(item.url).toMatch(/^https:\/\/learn\.microsoft\.com\/(?!en-us\/)/)
    }
    const journal: { path: string; operation: string; authKind: string }[] = await sim(sandbox, 'GET', '/_sim/journal')
    const learn = journal.filter((e) => e.path === '/api/mcp')
    expect(learn.map((e) => e.operation)).toEqual(['learn:initialize', 'learn:notifications/initialized', 'learn:tools/list', 'learn:tools/call'])
    expect(learn.every((e) => e.authKind === 'none')).toBe(true)
    expect(journal.some((e) => e.path === '/v1/solutions/search')).toBe(false)

    expect(view.abilities.feedbackEnabled).toBe(true)
    const feedback = await call(sandbox, 'POST', panelPath(incident) + '/feedback', { authorization: AGENT(), body: { solution: view.solutions.items[0].sysId, helpful: true } })
    expect(feedback.status).toBe(200)
    const rows = withStore(sandbox, (store) => store.query('x_mioms_m365_assis_solution', {}).filter((r) => r.feedback === 'helpful'))
    expect(rows).toHaveLength(1)
    expect((await sim(sandbox, 'GET', '/_sim/journal')).length).toBe(journal.length)
})

test('no Setup: the agent sees the Microsoft Learn solutions in the panel page', async () => {
    const incident = incidentWith('Outlook')
    const browser = await launchChromium()
    try {
        const page = await logIn(browser, sandbox.url, DEMO_USERS.agent)
        await page.goto(`${sandbox.url}/x_mioms_m365_assis_panel.do?sysparm_incident=${incident}`)
        const links = page.locator('#m365-solutions a[href^="https://learn.microsoft.com/"]')
        await links.first().waitFor({ timeout: 30_000 })
        expect(await links.count()).toBeGreaterThan(0)
    } finally {
        await browser.close()
    }
}, 90_000)

test('Setup in basic mode with the source set to connector: the panel answers the connector solutions', async () => {
    await registerRepository(sandbox, 'basic')
    configureSetup(sandbox, 'basic')
    setSolutionsSource('connector')
    await sim(sandbox, 'DELETE', '/_sim/journal')
    const incident = incidentWith('Teams')
    const { status, json } = await call(sandbox, 'GET', panelPath(incident), { authorization: AGENT() })
    expect(status).toBe(200)
    expect(json.result.abilities.mode).toBe('full')
    expect(json.result.solutions.items.length).toBeGreaterThan(0)
    const journal: { path: string }[] = await sim(sandbox, 'GET', '/_sim/journal')
    expect(journal.filter((e) => e.path === '/v1/solutions/search')).toHaveLength(1)
    expect(journal.some((e) => e.path === '/api/mcp')).toBe(false)
})
