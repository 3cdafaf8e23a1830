import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { startFakeInstance } from '../../../sandbox/microsoft/fake-instance'
import { call, token } from '../../../sandbox/microsoft/testing'

let sim: RunningSimulator
beforeAll(async () => {
    sim = await startSimulator({ strict: true, agentAutoSend: false })
})
afterAll(() => sim.close())

const ctl = (path: string, body?: unknown, method?: string) => call(`${sim.url}/_sim${path}`, { body, method })

describe('control API over HTTP', () => {
    it('configures a tenant, app, admin and repository, and reads state without secrets', async () => {
        const res = await ctl('/configure', {
            tenants: [{ domain: 'fabrikam.onmicrosoft.com' }],
            apps: [{ clientId: 'fab-app', clientSecret: 'fab-secret', tenant: 'fabrikam.onmicrosoft.com' }],
            admins: [{ tenant: 'fabrikam.onmicrosoft.com', email: 'it@fabrikam.com', valid: true, canCreateTickets: true }],
            repositories: [{ tenant: 'fabrikam.onmicrosoft.com', repositoryId: 'r1', endpoint: 'http://127.0.0.1:9/api/x_mioms_m365_assis/v1/connector', authenticationType: 'oauth', clientId: 'c', clientSecret: 'repo-secret', username: 'u', password: 'repo-password' }],
        })
        expect(res.status).toBe(200)
        const fab = res.json.tenants.find((t: { domain: string }) => t.domain === 'fabrikam.onmicrosoft.com')
        expect(fab).toMatchObject({ outboundAppId: 'fab-app', repositories: [expect.objectContaining({ repositoryId: 'r1', authenticationType: 'oauth' })] })
        expect(res.text).not.toMatch(/fab-secret|repo-secret|repo-password/)
        const t = await token(sim.url, { tenant: 'fabrikam.onmicrosoft.com', clientId: 'fab-app', clientSecret: 'fab-secret' })
        expect((await call(`${sim.url}/v1/tenants/fabrikam.onmicrosoft.com/repositories/r1`, { token: t })).status).toBe(200)
        expect((await ctl('/configure', { repositories: [{ tenant: 'nowhere', repositoryId: 'x', endpoint: 'http://127.0.0.1:9', authenticationType: 'basic' }] })).status).toBe(400)
    })

    it('grants and revokes an app\'s Graph permissions: Graph answers 403 to a token issued after the revoke', async () => {
        const app = { tenant: 'contoso.onmicrosoft.com', clientId: '11111111-2222-4333-8444-555555555555', clientSecret: 'sim-outbound-secret' }
        const graph = async () => {
            const t = await token(sim.url, { ...app, resource: 'https://graph.microsoft.com' })
            return (await call(`${sim.url}/v1.0/admin/serviceAnnouncement/healthOverviews`, { token: t })).status
        }
        expect(await graph()).toBe(200)
        expect((await ctl(`/apps/${app.clientId}/roles`, { roles: [] }, 'PUT')).json).toEqual({ clientId: app.clientId, roles: [] })
        expect(await graph()).toBe(403)
        await ctl(`/apps/${app.clientId}/roles`, { roles: ['ServiceHealth.Read.All'] }, 'PUT')
        expect(await graph()).toBe(200)
        expect((await ctl('/apps/unknown-app/roles', { roles: [] }, 'PUT')).status).toBe(400)
    })

    it('revokes and grants one Graph permission, keeping the others: each feed answers 403 without its own', async () => {
        const app = { tenant: 'contoso.onmicrosoft.com', clientId: '11111111-2222-4333-8444-555555555555', clientSecret: 'sim-outbound-secret' }
        const feeds = async () => {
            const t = await token(sim.url, { ...app, resource: 'https://graph.microsoft.com' })
            const status = async (feed: string) => (await call(`${sim.url}/v1.0/admin/serviceAnnouncement/${feed}`, { token: t })).status
            return { healthOverviews: await status('healthOverviews'), messages: await status('messages') }
        }
        await ctl('/reset', {})
        expect(await feeds()).toEqual({ healthOverviews: 200, messages: 200 })
        expect((await ctl(`/apps/${app.clientId}/roles/ServiceMessage.Read.All`, undefined, 'DELETE')).json).toEqual({ clientId: app.clientId, roles: ['ServiceHealth.Read.All'] })
        expect(await feeds()).toEqual({ healthOverviews: 200, messages: 403 })
        await ctl(`/apps/${app.clientId}/roles/ServiceMessage.Read.All`, undefined, 'PUT')
        await ctl(`/apps/${app.clientId}/roles/ServiceHealth.Read.All`, undefined, 'DELETE')
        expect(await feeds()).toEqual({ healthOverviews: 403, messages: 200 })
        expect((await ctl('/apps/unknown-app/roles/ServiceHealth.Read.All', undefined, 'DELETE')).status).toBe(400)
    })

    it('seeds, updates and resolves health issues', async () => {
        const seeded = await ctl('/health/seed', { count: 4, seed: 2 })
        expect(seeded.json.ids).toHaveLength(4)
        const id = seeded.json.ids[0]
        expect((await ctl(`/health/issues/${id}`, { status: 'extendedRecovery', post: 'Still working on it' }, 'PATCH')).json).toMatchObject({ id, status: 'extendedRecovery' })
        expect((await ctl(`/health/issues/${id}/resolve`, {})).json).toMatchObject({ isResolved: true })
        expect((await ctl(`/health/issues/${id}`, { status: 'bogus' }, 'PATCH')).status).toBe(400)
    })

    it('queues agent actions and flushes them (202 now, or ?wait=true for async callers)', async () => {
        const instance = await startFakeInstance()
        try {
            await ctl('/configure', { repositories: [{ tenant: 'contoso.onmicrosoft.com', repositoryId: 'ctl-repo', endpoint: instance.endpoint, authenticationType: 'basic', username: 'u', password: 'p' }] })
            const bearer = await token(sim.url)
            const created = await call(`${sim.url}/v1/tenants/contoso.onmicrosoft.com/servicerequests`, { token: bearer, body: { repositoryId: 'ctl-repo', incidentNumber: 'INC0020001', incidentSysId: 'e'.repeat(32), title: 't', description: 'd', severity: 'C', contact: { email: 'admin@contoso.onmicrosoft.com', preferredContactMethod: 'email' }, isTestEnvironment: true } })
            expect((await ctl('/agent')).json).toMatchObject({ pending: 2 })
            expect((await ctl('/agent/actions', { caseId: created.json.id, kind: 'postCommunication', body: 'Please send logs' })).status).toBe(202)
            const flushed = await ctl('/agent/flush?wait=true', {})
            expect(flushed.json.sent.map((e: { action: string }) => e.action)).toEqual(['getTicket', 'postCommunication', 'postCommunication'])
            expect((await ctl('/callbacks')).json).toHaveLength(3)
            expect((await ctl('/agent/flush', {})).status).toBe(202)
        } finally {
            await instance.close()
        }
    })

    it('reads and clears the journal, and resets', async () => {
        expect((await ctl('/journal')).json.length).toBeGreaterThan(0)
        await ctl('/journal', undefined, 'DELETE')
        expect((await ctl('/journal')).json).toEqual([])
        const reset = await ctl('/reset', { healthIssues: 3 })
        expect(reset.json).toMatchObject({ healthIssues: 3, serviceRequests: [] })
        expect(reset.json.tenants.map((t: { domain: string }) => t.domain)).toEqual(['contoso.onmicrosoft.com'])
        expect((await ctl('/nope')).status).toBe(404)
    })
})

describe('command line', () => {
    it('runs from plain node and prints MICROSOFT_SIMULATOR_URL', async () => {
        const child = spawn(process.execPath, [join(__dirname, '../../../sandbox/microsoft/run.js'), '--port', '0', '--health-issues', '2'], { stdio: ['ignore', 'pipe', 'pipe'] })
        try {
            const url = await new Promise<string>((resolve, reject) => {
                let out = ''
                child.stdout.on('data', (d) => {
                    out += d
                    const m = /MICROSOFT_SIMULATOR_URL=(http:\/\/127\.0\.0\.1:\d+)/.exec(out)
                    if (m) resolve(m[1])
                })
                child.stderr.on('data', (d) => reject(new Error(String(d))))
                child.on('exit', (code) => reject(new Error(`exited ${code}`)))
            })
            expect((await call(`${url}/_sim/state`)).json.healthIssues).toBe(2)
        } finally {
            child.kill('SIGTERM')
        }
    })
})
