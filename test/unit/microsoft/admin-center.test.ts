/**
 * The simulated "Microsoft 365 admin center > Organization profiles" page (/_sim/admin-center/):
 * server-rendered HTML and form POSTs that change the simulator through the same configure call as
 * the control API. Checked over real HTTP: rendering, the Basic information tab, registering,
 * replacing and removing a repository (and the connector seeing each change), validation with
 * nothing changed, and no secret ever rendered back.
 */
import { startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { startFakeInstance } from '../../../sandbox/microsoft/fake-instance'
import { DEFAULT_OUTBOUND_APP_ID } from '../../../sandbox/microsoft/store'
import { call, token } from '../../../sandbox/microsoft/testing'

const T = 'contoso.onmicrosoft.com'
const PAGE = '/_sim/admin-center/'
const CLIENT_SECRET = 'oauth-client-secret-9f1'
const PASSWORD = 'rest-user-password-7c2'
const OTHER_APP = '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e99'

let sim: RunningSimulator
beforeAll(async () => {
    sim = await startSimulator({ strict: true, agentDelayMs: 10 })
})
afterAll(() => sim.close())
beforeEach(() => sim.control.reset())

async function get(query = ''): Promise<{ status: number; html: string; type: string }> {
    const res = await fetch(`${sim.url}${PAGE}${query}`, { redirect: 'manual' })
    return { status: res.status, html: await res.text(), type: res.headers.get('content-type') ?? '' }
}

async function post(path: string, fields: Record<string, string>): Promise<{ status: number; html: string; location: string | null }> {
    const res = await fetch(`${sim.url}/_sim/admin-center/${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
    })
    return { status: res.status, html: await res.text(), location: res.headers.get('location') }
}

const repositoryForm = (overrides: Record<string, string> = {}) => ({
    tenant: T,
    repositoryId: 'contoso-servicenow',
    endpoint: 'http://127.0.0.1:9/api/x_mioms_m365_assis/v1/connector',
    authenticationType: 'oauth',
    clientId: 'a7c1f0e2b3d44c5d8e9f0a1b2c3d4e5f',
    clientSecret: CLIENT_SECRET,
    refreshTokenExpiration: '864000',
    username: 'm365.integration',
    password: PASSWORD,
    instanceUrl: '',
    ...overrides,
})

const tenantState = () => sim.control.state().tenants.find((t) => t.domain === T)!
/** The text of the #errors box, tags stripped and entities decoded. */
const errorsOf = (html: string) =>
    (/<div id="errors"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')

describe('admin center page: rendering', () => {
    it('renders Organization profiles as an HTML page labelled as the sandbox stand-in, with the tenant picker and Basic information', async () => {
        sim.control.configure({ tenants: [{ domain: 'fabrikam.onmicrosoft.com' }] })
        const page = await get()
        expect(page.status).toBe(200)
        expect(page.type).toMatch(/^text\/html/)
        expect(page.html).toContain('Sandbox stand-in for Microsoft 365 admin center')
        expect(page.html).toContain('Settings › Org settings › Organization profiles')
        expect(page.html).toMatch(/<option value="contoso\.onmicrosoft\.com" selected>/)
        expect(page.html).toMatch(/<option value="fabrikam\.onmicrosoft\.com">/)
        expect(page.html).toContain('Internal support tool')
        expect(page.html).toMatch(/<option value="ServiceNow" selected>ServiceNow<\/option>/)
        expect(page.html).toContain('Application ID to issue Auth Token')
        expect(page.html).toContain(`id="outbound-app-id" name="outboundAppId" value="${DEFAULT_OUTBOUND_APP_ID}"`)
        // The tab for another tenant shows that tenant.
        const fab = await get('?tenant=fabrikam.onmicrosoft.com&tab=repositories')
        expect(fab.html).toMatch(/<option value="fabrikam\.onmicrosoft\.com" selected>/)
        expect(fab.html).toContain('No repositories registered for fabrikam.onmicrosoft.com.')
        expect(fab.html).toContain('id="refresh-token-expiration" name="refreshTokenExpiration" value="864000"')
        for (const label of ['Basic authentication (ServiceNow OAuth API endpoint', 'Basic authentication (Rest user name and password only)', 'AAD Auth']) expect(fab.html).toContain(label)
    })

    it('says so for an unknown tenant and an unknown page, and /_sim/admin-center is never faulted', async () => {
        expect((await get('?tenant=nowhere.example')).status).toBe(404)
        expect(errorsOf((await get('?tenant=nowhere.example')).html)).toContain('Unknown tenant nowhere.example.')
        expect((await fetch(`${sim.url}/_sim/admin-center/elsewhere`)).status).toBe(404)
        sim.control.addFault({ pattern: '/**', status: 503 })
        try {
            expect((await get()).status).toBe(200)
            expect((await post('repositories', repositoryForm())).status).toBe(303)
        } finally {
            sim.control.clearFaults()
        }
    })
})

describe('admin center page: Basic information tab', () => {
    it('sets the application ID to issue auth tokens and the internal support tool, which the connector then enforces', async () => {
        const bearer = await token(sim.url)
        const repo = `${sim.url}/v1/tenants/${T}/repositories/none`
        expect((await call(repo, { token: bearer })).status).toBe(404) // configured for the default app: repository unknown

        const saved = await post('basic-information', { tenant: T, internalSupportTool: 'ServiceNow', outboundAppId: OTHER_APP.toUpperCase() })
        expect(saved.status).toBe(303)
        expect(saved.location).toBe(`/_sim/admin-center/?tenant=${encodeURIComponent(T)}&tab=basic&notice=basic-saved`)
        expect(tenantState()).toMatchObject({ integrationConfigured: true, outboundAppId: OTHER_APP })
        const refused = await call(repo, { token: bearer })
        expect(refused.status).toBe(403)
        expect(refused.json.error.code).toBe('TenantNotConfigured')
        const after = await get('?tab=basic&notice=basic-saved')
        expect(after.html).toContain('<div id="notice" role="status">Basic information saved.</div>')
        expect(after.html).toContain(`No Azure AD app ${OTHER_APP} is registered in ${T}`)

        expect((await post('basic-information', { tenant: T, internalSupportTool: '', outboundAppId: DEFAULT_OUTBOUND_APP_ID })).status).toBe(303)
        expect(tenantState()).toMatchObject({ integrationConfigured: false, outboundAppId: DEFAULT_OUTBOUND_APP_ID })
        expect((await call(repo, { token: bearer })).json.error.code).toBe('TenantNotConfigured')
        expect((await post('basic-information', { tenant: T, internalSupportTool: 'ServiceNow', outboundAppId: DEFAULT_OUTBOUND_APP_ID })).status).toBe(303)
        expect((await call(repo, { token: bearer })).status).toBe(404)
        expect((await get()).html).not.toContain('class="warning"')
    })

    it('refuses a missing or malformed application ID and an unknown tool, changing nothing', async () => {
        const before = JSON.stringify(tenantState())
        const missing = await post('basic-information', { tenant: T, internalSupportTool: 'ServiceNow', outboundAppId: ' ' })
        expect(missing.status).toBe(400)
        expect(errorsOf(missing.html)).toContain('Application ID to issue Auth Token is required when the internal support tool is ServiceNow')
        const malformed = await post('basic-information', { tenant: T, internalSupportTool: 'ServiceNow', outboundAppId: 'outbound-app' })
        expect(errorsOf(malformed.html)).toContain('Application ID to issue Auth Token must be an Azure AD application (client) ID such as 0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e01, not "outbound-app".')
        expect(malformed.html).toContain('value="outbound-app" autocomplete="off" spellcheck="false" aria-invalid="true"')
        const tool = await post('basic-information', { tenant: T, internalSupportTool: 'Zendesk', outboundAppId: DEFAULT_OUTBOUND_APP_ID })
        expect(errorsOf(tool.html)).toContain('Internal support tool must be ServiceNow or None, not "Zendesk".')
        const tenant = await post('basic-information', { tenant: 'nowhere.example', internalSupportTool: 'ServiceNow', outboundAppId: DEFAULT_OUTBOUND_APP_ID })
        expect(tenant.status).toBe(400)
        expect(errorsOf(tenant.html)).toContain('Unknown tenant nowhere.example.')
        const json = await fetch(`${sim.url}/_sim/admin-center/basic-information`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ tenant: T }) })
        expect(json.status).toBe(415)
        expect(JSON.stringify(tenantState())).toBe(before)
    })
})

describe('admin center page: Repositories tab', () => {
    it('registers a repository that the connector and the agent then use with the secrets entered, and never shows them', async () => {
        const instance = await startFakeInstance({ oauth: { clientId: 'a7c1f0e2b3d44c5d8e9f0a1b2c3d4e5f', clientSecret: CLIENT_SECRET, username: 'm365.integration', password: PASSWORD } })
        try {
            const saved = await post('repositories', repositoryForm({ endpoint: `${instance.endpoint}/` }))
            expect(saved.status).toBe(303)
            expect(saved.location).toBe(`/_sim/admin-center/?tenant=${encodeURIComponent(T)}&tab=repositories&notice=repository-added&repository=contoso-servicenow`)
            expect(tenantState().repositories).toEqual([{ repositoryId: 'contoso-servicenow', endpoint: instance.endpoint, authenticationType: 'oauth', clientId: 'a7c1f0e2b3d44c5d8e9f0a1b2c3d4e5f', username: 'm365.integration' }])

            const list = await get('?tab=repositories&notice=repository-added&repository=contoso-servicenow')
            expect(list.html).toContain('Repository contoso-servicenow added.')
            expect(list.html).toMatch(new RegExp(`<tr data-repository="contoso-servicenow"><td>contoso-servicenow</td><td class="wrap">${instance.endpoint.replace(/[.]/g, '\\.')}</td><td data-auth="oauth">Basic authentication \\(OAuth API endpoint\\)</td>`))
            expect(list.html).not.toContain(CLIENT_SECRET)
            expect(list.html).not.toContain(PASSWORD)

            // Microsoft uses the registration: the connection test pings the instance with the OAuth credentials entered.
            const bearer = await token(sim.url)
            const base = `${sim.url}/v1/tenants/${T}/repositories/contoso-servicenow`
            expect((await call(base, { token: bearer })).json).toEqual({ repositoryId: 'contoso-servicenow', endpoint: instance.endpoint, authenticationType: 'oauth', registered: true })
            const started = await call(`${base}/connectionTests`, { method: 'POST', token: bearer })
            expect(started.status).toBe(202)
            let outcome: any
            for (let i = 0; i < 100 && (!outcome || outcome.status === 'pending'); i++) {
                await new Promise((r) => setTimeout(r, 20))
                outcome = (await call(`${base}/connectionTests/${started.json.testId}`, { token: bearer })).json
            }
            expect(outcome).toMatchObject({ status: 'succeeded', httpStatus: 200 })
            expect(instance.tokenRequests[0]).toMatchObject({ grant_type: 'password', client_id: 'a7c1f0e2b3d44c5d8e9f0a1b2c3d4e5f', client_secret: CLIENT_SECRET, username: 'm365.integration', password: PASSWORD })
        } finally {
            await instance.close()
        }
    })

    it('replaces a repository saved again under the same ID; Edit fills in everything but the secrets', async () => {
        expect((await post('repositories', repositoryForm())).status).toBe(303)
        const replaced = await post('repositories', repositoryForm({ endpoint: 'https://dev2.service-now.com/api/x_mioms_m365_assis/v1/connector', authenticationType: 'aad', clientId: '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e02', username: '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e03' }))
        expect(replaced.location).toContain('notice=repository-replaced&repository=contoso-servicenow')
        expect(tenantState().repositories).toEqual([{ repositoryId: 'contoso-servicenow', endpoint: 'https://dev2.service-now.com/api/x_mioms_m365_assis/v1/connector', authenticationType: 'aad', clientId: '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e02', username: '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e03' }])
        expect((await get('?tab=repositories&notice=repository-replaced&repository=contoso-servicenow')).html).toContain('Repository contoso-servicenow replaced')

        const edit = await get('?tab=repositories&edit=contoso-servicenow')
        expect(edit.html).toContain('Edit repository contoso-servicenow')
        expect(edit.html).toContain('id="endpoint" name="endpoint" value="https://dev2.service-now.com/api/x_mioms_m365_assis/v1/connector"')
        expect(edit.html).toContain('<option value="aad" selected>AAD Auth</option>')
        expect(edit.html).toContain('id="client-secret" name="clientSecret" value=""')
        expect(edit.html).toContain('id="rest-password" name="password" value=""')
        expect(edit.html).not.toContain(CLIENT_SECRET)
        expect(edit.html).not.toContain(PASSWORD)
        expect(errorsOf((await get('?tab=repositories&edit=missing')).html)).toContain('Repository missing is not registered for contoso.onmicrosoft.com.')
    })

    it('removes a repository, after which the connector no longer knows it', async () => {
        await post('repositories', repositoryForm())
        await post('repositories', repositoryForm({ repositoryId: 'second.repo_1' }))
        const removed = await post('repositories/remove', { tenant: T, repositoryId: 'contoso-servicenow' })
        expect(removed.status).toBe(303)
        expect(removed.location).toContain('notice=repository-removed&repository=contoso-servicenow')
        expect(tenantState().repositories.map((r) => r.repositoryId)).toEqual(['second.repo_1'])
        const bearer = await token(sim.url)
        expect((await call(`${sim.url}/v1/tenants/${T}/repositories/contoso-servicenow`, { token: bearer })).json.error.code).toBe('RepositoryNotRegistered')
        const again = await post('repositories/remove', { tenant: T, repositoryId: 'contoso-servicenow' })
        expect(again.status).toBe(404)
        expect(errorsOf(again.html)).toContain('Repository contoso-servicenow is not registered for contoso.onmicrosoft.com.')
        const page = await get('?tab=repositories&notice=repository-removed&repository=contoso-servicenow')
        expect(page.html).toContain('Repository contoso-servicenow removed.')
        expect(page.html).toContain('data-remove="second.repo_1"')
    })

    it('refuses bad input with one message per problem, keeps the typed values but not the secrets, and changes nothing', async () => {
        const bad = await post('repositories', repositoryForm({ repositoryId: '-bad<script>', endpoint: 'ftp://files.example/x', refreshTokenExpiration: 'ten days', instanceUrl: 'not a url' }))
        expect(bad.status).toBe(400)
        const errors = errorsOf(bad.html)
        expect(errors).toContain('Repository "-bad<script>" is not a valid repository ID: 1–100 characters, letters, digits, ".", "-" and "_", starting with a letter or digit (pattern ^[A-Za-z0-9][A-Za-z0-9._-]*$).')
        expect(errors).toContain('Endpoint must be an http(s) URL such as https://dev1.service-now.com/api/x_mioms_m365_assis/v1/connector, not "ftp://files.example/x".')
        expect(errors).toContain('Refresh token expiration must be a whole number of seconds (ServiceNow Setup uses 864000), not "ten days".')
        expect(errors).toContain('Instance URL must be an http(s) URL (or empty to use the endpoint\'s origin), not "not a url".')
        expect(bad.html).not.toContain('<script>')
        expect(bad.html).toContain('value="-bad&lt;script&gt;"')
        expect(bad.html).not.toContain(CLIENT_SECRET)
        expect(bad.html).not.toContain(PASSWORD)

        const noSecrets = await post('repositories', repositoryForm({ clientSecret: '', password: '' }))
        expect(errorsOf(noSecrets.html)).toContain('Client secret is required for Basic authentication (ServiceNow OAuth API endpoint: Client ID and secret, Rest user).')
        expect(errorsOf(noSecrets.html)).toContain('Rest user password is required for Basic authentication (ServiceNow OAuth API endpoint: Client ID and secret, Rest user).')
        const aad = await post('repositories', repositoryForm({ authenticationType: 'aad', clientId: '', clientSecret: '' }))
        expect(errorsOf(aad.html)).toContain('Client ID is required for AAD Auth.')
        expect(errorsOf(aad.html)).toContain('Client secret is required for AAD Auth.')
        expect(aad.html).not.toContain(PASSWORD)
        const type = await post('repositories', repositoryForm({ authenticationType: 'kerberos' }))
        expect(errorsOf(type.html)).toContain('Authentication type must be one of: Basic authentication (ServiceNow OAuth API endpoint')
        const empty = await post('repositories', { tenant: T })
        expect(errorsOf(empty.html)).toContain('Repository is required')
        expect(errorsOf(empty.html)).toContain('Endpoint is required')
        const long = await post('repositories', repositoryForm({ repositoryId: 'r'.repeat(101) }))
        expect(errorsOf(long.html)).toContain('is not a valid repository ID')
        expect(tenantState().repositories).toEqual([])

        // Basic (user name and password only) needs no client secret.
        expect((await post('repositories', repositoryForm({ authenticationType: 'basic', clientId: '', clientSecret: '' }))).status).toBe(303)
        expect(tenantState().repositories).toEqual([expect.objectContaining({ authenticationType: 'basic', clientId: null, username: 'm365.integration' })])
    })
})
