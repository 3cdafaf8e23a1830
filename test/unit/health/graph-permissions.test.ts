/**
 * The Graph permissions probe against the simulator's Graph (own process, real HTTP through the
 * one outbound path): both granted, each one missing (403 from exactly its feed), Graph down
 * (unknown, with the failure), and a consent change seen only once the cached token is gone.
 */
import { PROPERTY } from '../../../src/server/config/settings'
import { GRAPH_PERMISSIONS, PermissionResult, featureNames, permissionSummary, probeGraphPermissions } from '../../../src/server/health/graph-permissions'
import { useSimulator } from '../../support/simulator-process'
import { SIM_OUTBOUND_APP } from '../../support/connected-platform'
import { connectHealthPlatform } from '../../support/health-platform'

const sim = useSimulator()

const byPermission = (results: PermissionResult[]) => Object.fromEntries(results.map((r) => [r.permission, r.state]))

function dropTokens(platform: ReturnType<typeof connectHealthPlatform>['platform']): void {
    // The platform keeps the token it has until it expires; a new one carries the change of consent.
    for (const row of platform.store.hasTable('oauth_credential') ? platform.store.query('oauth_credential', {}) : []) platform.store.delete('oauth_credential', String(row.sys_id))
}

it('lists each permission with the features it enables', () => {
    expect(GRAPH_PERMISSIONS.map((p) => p.permission)).toEqual(['ServiceHealth.Read.All', 'ServiceMessage.Read.All'])
    expect(featureNames(['messageCenter'])).toBe('Message center posts')
    expect(featureNames(['healthIssues', 'automaticIncidents', 'incidentReports'])).toBe('service health issues, automatic incidents and post-incident reports')
    expect(permissionSummary()).toContain('ServiceMessage.Read.All (Message center posts)')
})

it('both granted: one $top=1 read per feed with the Graph profile', async () => {
    const { platform, graphProfileId } = connectHealthPlatform(sim.url)
    const results = probeGraphPermissions(graphProfileId, 'M365-PERM-000001')
    expect(byPermission(results)).toEqual({ 'ServiceHealth.Read.All': 'granted', 'ServiceMessage.Read.All': 'granted' })
    expect(results.map((r) => r.url)).toEqual([`${sim.url}/v1.0/admin/serviceAnnouncement/healthOverviews?$top=1`, `${sim.url}/v1.0/admin/serviceAnnouncement/messages?$top=1`])
    const logged = platform.store.query('sys_outbound_http_log', {}).map((r) => String(r.url)).filter((url) => url.includes('/serviceAnnouncement/'))
    expect(logged).toEqual([`${sim.url}/v1.0/admin/serviceAnnouncement/healthOverviews`, `${sim.url}/v1.0/admin/serviceAnnouncement/messages`])
    const journal = await sim.control<{ path: string }[] | { entries: { path: string }[] }>('GET', '/_sim/journal')
    const graph = (Array.isArray(journal) ? journal : journal.entries).filter((e) => e.path.startsWith('/v1.0/'))
    expect(graph.map((e) => decodeURIComponent(e.path))).toEqual(['/v1.0/admin/serviceAnnouncement/healthOverviews?$top=1', '/v1.0/admin/serviceAnnouncement/messages?$top=1'])
})

it.each(GRAPH_PERMISSIONS.map((p) => p.permission))('%s revoked: only it is missing, with what Graph said', async (permission) => {
    const { platform, graphProfileId } = connectHealthPlatform(sim.url)
    probeGraphPermissions(graphProfileId, 'M365-PERM-000002')
    await sim.control('DELETE', `/_sim/apps/${SIM_OUTBOUND_APP.clientId}/roles/${permission}`)
    // Until the cached token expires Graph still sees the old consent, as on an instance.
    const cached = probeGraphPermissions(graphProfileId, 'M365-PERM-000003')
    expect(cached.every((r) => r.state === 'granted')).toBe(true)
    dropTokens(platform)
    const results = probeGraphPermissions(graphProfileId, 'M365-PERM-000004')
    const missing = results.filter((r) => r.state !== 'granted')
    expect(missing.map((r) => [r.permission, r.state])).toEqual([[permission, 'missing']])
    expect(missing[0].detail).toContain('Forbidden')
    expect(missing[0].detail).toContain(permission)
    expect(missing[0].correlationId).toBe('M365-PERM-000004')
})

it('Graph down: unknown for each, with the failure, after the usual retries', async () => {
    const { platform, graphProfileId } = connectHealthPlatform(sim.url)
    await sim.control('POST', '/_sim/faults', { pattern: '/v1.0/**', status: 503, retryAfter: 0 })
    const results = probeGraphPermissions(graphProfileId, 'M365-PERM-000005')
    expect(results.map((r) => r.state)).toEqual(['unknown', 'unknown'])
    for (const r of results) expect(r.detail).toMatch(/^(ServerError|ServiceUnavailable|HTTP 503|[A-Za-z]+): /)
    const retried = platform.store.query('sys_outbound_http_log', {}).length
    expect(retried).toBeGreaterThan(2)
})

it('Graph unreachable, no retries (Diagnostics): unknown, one call per feed', () => {
    const { platform, graphProfileId } = connectHealthPlatform(sim.url)
    platform.setProperty(PROPERTY.graphBaseUrl, 'http://127.0.0.1:9')
    const results = probeGraphPermissions(graphProfileId, 'M365-PERM-000006', 0)
    expect(results.map((r) => r.state)).toEqual(['unknown', 'unknown'])
    expect(results[0].detail).toMatch(/^NoResponse: /)
    expect(results[0].url).toBe('http://127.0.0.1:9/v1.0/admin/serviceAnnouncement/healthOverviews?$top=1')
})
