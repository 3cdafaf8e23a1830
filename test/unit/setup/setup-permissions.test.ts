/**
 * Setup's tests list each Microsoft Graph permission with what it enables (health/graph-permissions.ts,
 * against the simulator in its own process): a missing one is a warning naming the features that will
 * not work, never a failed test, so Setup still completes; no permissions are probed without a token.
 */
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import { runSetupTests } from '../../../src/server/setup/setup-tests'
import { useSimulator } from '../../support/simulator-process'
import { SIM_OUTBOUND_APP } from '../../support/connected-platform'
import { connectHealthPlatform } from '../../support/health-platform'
import { DIAG_REPOSITORY, registerAtSimulator } from '../../support/diagnostics-platform'

const sim = useSimulator()

async function insightsSetup() {
    const connected = connectHealthPlatform(sim.url, { mode: 'insights', repositoryId: DIAG_REPOSITORY, completed: false })
    connected.platform.store.update('x_mioms_m365_assis_setup', connected.setupId, { step: 'complete' })
    await registerAtSimulator(sim.control)
    return connected
}

it('every permission granted: both listed with what they enable, Setup complete', async () => {
    await insightsSetup()
    const run = runSetupTests()!
    expect(run.passed).toBe(true)
    expect(run.permissions).toEqual([
        { permission: 'ServiceHealth.Read.All', enables: 'service health issues, service health overviews, automatic incidents and post-incident reports', state: 'granted', message: '' },
        { permission: 'ServiceMessage.Read.All', enables: 'Message center posts', state: 'granted', message: '' },
    ])
})

it.each(['ServiceMessage.Read.All', 'ServiceHealth.Read.All'])('%s missing: a warning naming the features that will not work; Setup still completes', async (permission) => {
    await insightsSetup()
    await sim.control('DELETE', `/_sim/apps/${SIM_OUTBOUND_APP.clientId}/roles/${permission}`)
    const run = runSetupTests()!
    expect(run.passed).toBe(true)
    const lacking = run.permissions!.filter((p) => p.state !== 'granted')
    expect(lacking.map((p) => [p.permission, p.state])).toEqual([[permission, 'missing']])
    // The catalogue text up to what Graph answered.
    expect(lacking[0].message.startsWith(formatMessage(MESSAGES.GRAPH_PERMISSION_MISSING, [permission, lacking[0].enables]).split('{2}')[0])).toBe(true)
    if (permission === 'ServiceMessage.Read.All') expect(lacking[0].message).toContain('Message center posts will not work')
    expect(lacking[0].message).toContain('Grant admin consent')
    expect(lacking[0].message).toContain('cached token expires')
})

it('no token: no permission is probed (the token test says what to fix)', async () => {
    const { platform, entityId } = await insightsSetup()
    platform.store.update('oauth_entity', entityId, { client_secret: 'wrong' })
    const run = runSetupTests()!
    expect(run.passed).toBe(false)
    expect(run.permissions).toBeUndefined()
    expect(platform.store.query('sys_outbound_http_log', {}).filter((r) => String(r.url).includes('/v1.0/'))).toEqual([])
})
