/**
 * How the sandbox serves the app's UI page bundles (/uxasset/externals/<scope>/<page>/main.jsdbx),
 * on both sides of fidelity switch uxAssetCaching: strict (the default) lets the browser keep no
 * copy; lenient sends the platform's documented static-content headers (Cache-Control private,
 * Expires 369 days). Either way the page names each bundle with the `uxpcb` cache buster the SDK
 * puts there, which the sandbox fills with its flush timestamp (its start).
 */
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { RunningSandbox, startSandbox } from './harness'

const sandboxes: Record<'strict' | 'lenient', RunningSandbox | undefined> = { strict: undefined, lenient: undefined }

beforeAll(async () => {
    sandboxes.strict = await startSandbox()
    sandboxes.lenient = await startSandbox({ env: { SANDBOX_LENIENT: 'uxAssetCaching' } })
}, 120_000)
afterAll(async () => {
    await sandboxes.strict?.stop()
    await sandboxes.lenient?.stop()
})

/** Logs the agent in (the login form) and returns the panel page's HTML and the bundle URL it names. */
async function panelPage(sandbox: RunningSandbox): Promise<{ cookie: string; html: string; bundle: string }> {
    const form = new URLSearchParams({ user_name: DEMO_USERS.agent.userName, user_password: DEMO_USERS.agent.password, next: '/incident_list.do' })
    const login = await fetch(`${sandbox.url}/login.do`, { method: 'POST', body: form, redirect: 'manual' })
    const cookie = String(login.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^JSESSIONID=/)
    const page = await fetch(`${sandbox.url}/x_mioms_m365_assis_panel.do?sysparm_incident=${'0'.repeat(32)}`, { headers: { Cookie: cookie } })
    expect(page.status).toBe(200)
    const html = await page.text()
    const bundle = /<script[^>]*src="(\/uxasset\/externals\/x_mioms_m365_assis\/panel\/main\.jsdbx[^"]*)"/.exec(html)?.[1] ?? ''
    return { cookie, html, bundle }
}

test.each(['strict', 'lenient'] as const)('%s: the page names its bundle with a filled uxpcb cache buster', async (side) => {
    const { bundle } = await panelPage(sandboxes[side]!)
    expect(bundle).toMatch(/\?uxpcb=\d{10,}$/)
})

test('strict: the bundle is sent with Cache-Control no-store and no Expires', async () => {
    const sandbox = sandboxes.strict!
    const { bundle, cookie } = await panelPage(sandbox)
    const asset = await fetch(sandbox.url + bundle, { headers: { Cookie: cookie } })
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('no-store')
    expect(asset.headers.get('expires')).toBeNull()
})

test('lenient: the bundle is sent as static content, Cache-Control private and Expires in 369 days', async () => {
    const sandbox = sandboxes.lenient!
    const { bundle, cookie } = await panelPage(sandbox)
    const asset = await fetch(sandbox.url + bundle, { headers: { Cookie: cookie } })
    expect(asset.status).toBe(200)
    expect(asset.headers.get('cache-control')).toBe('private')
    const days = (Date.parse(String(asset.headers.get('expires'))) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(368)
    expect(days).toBeLessThanOrEqual(369)
})
