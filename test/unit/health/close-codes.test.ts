/**
 * Finding 7 (issue 10), service health side: auto-resolve writes a resolution code that is an
 * active incident.close_code choice of this instance (current and older releases), honours the
 * admin's configured code only when it is one, and the settings route validates it and lists the
 * valid choices.
 */
import { invokeRoute } from '../../../sandbox/glide'
import { isActiveChoice, LEGACY_INCIDENT_CLOSE_CODES, useChoiceList } from '../../../sandbox/glide/platformChoices'
import { HEALTH_PROPERTY } from '../../../src/server/config/settings'
import { getHealthSettings, putHealthSettings } from '../../../src/server/health/health-routes'
import { runHealthSync } from '../../../src/server/health/run-sync'
import { useSimulator } from '../../support/simulator-process'
import { connectHealthPlatform } from '../../support/health-platform'

const sim = useSimulator()

const ISSUE = { id: 'EX900101', title: 'Users may be unable to send email', service: 'Exchange Online', classification: 'incident', status: 'serviceDegradation' }

beforeEach(async () => {
    await sim.control('POST', '/_sim/health/seed', { count: 0 })
    await sim.control('POST', '/_sim/health/issues', ISSUE)
})

function setup() {
    const connected = connectHealthPlatform(sim.url)
    const { platform } = connected
    const group = platform.insertRow('sys_user_group', { name: 'Messaging' })
    platform.setProperty(HEALTH_PROPERTY.autoIncident, 'true')
    platform.setProperty(HEALTH_PROPERTY.autoResolve, 'true')
    platform.setProperty(HEALTH_PROPERTY.assignmentGroup, group)
    platform.setProperty(HEALTH_PROPERTY.category, 'network')
    return { ...connected, group }
}

type P = ReturnType<typeof setup>['platform']

/** Syncs once (incident created), resolves the issue at Microsoft, syncs again; the incident row. */
async function resolveThroughSync(platform: P) {
    runHealthSync()
    await sim.control('POST', `/_sim/health/issues/${ISSUE.id}/resolve`, {})
    runHealthSync()
    return platform.store.query('incident', {})[0]
}

describe.each(['strict', 'lenient'] as const)('auto-resolve resolution code (close-info data policy %s)', (side) => {
    test('a current release: the code written is one of its choices', async () => {
        const { platform } = setup()
        platform.fidelity.closeInfoDataPolicy = side
        const inc = await resolveThroughSync(platform)
        expect(inc.state).toBe('6')
        expect(isActiveChoice(platform.store, 'incident', 'close_code', inc.close_code)).toBe(true)
    })

    test('an older release: the code written is one of that release’s choices', async () => {
        const { platform } = setup()
        platform.fidelity.closeInfoDataPolicy = side
        useChoiceList(platform, 'incident', 'close_code', LEGACY_INCIDENT_CLOSE_CODES)
        const inc = await resolveThroughSync(platform)
        expect(inc.state).toBe('6')
        expect(isActiveChoice(platform.store, 'incident', 'close_code', inc.close_code)).toBe(true)
    })

    test('a configured code that is a valid choice is used; one that is not falls back with a warning', async () => {
        const { platform } = setup()
        platform.fidelity.closeInfoDataPolicy = side
        platform.setProperty(HEALTH_PROPERTY.closeCode, 'Workaround provided')
        expect((await resolveThroughSync(platform)).close_code).toBe('Workaround provided')
    })

    test('a configured code the instance does not offer is never written', async () => {
        const { platform } = setup()
        platform.fidelity.closeInfoDataPolicy = side
        platform.setProperty(HEALTH_PROPERTY.closeCode, 'Closed/Resolved by Caller')
        const inc = await resolveThroughSync(platform)
        expect(inc.state).toBe('6')
        expect(inc.close_code).not.toBe('Closed/Resolved by Caller')
        expect(isActiveChoice(platform.store, 'incident', 'close_code', inc.close_code)).toBe(true)
        const warning = platform.syslog().find((r) => r.level === '1' && String(r.message).includes("'Closed/Resolved by Caller'"))
        expect(String(warning?.message)).toMatch(/^\[M365-[0-9A-F]{12}\]/)
    })
})

describe('settings route', () => {
    function call(platform: P, handler: typeof getHealthSettings, body?: unknown) {
        const result = platform.runAs('admin', () => invokeRoute(handler, { method: body ? 'PUT' : 'GET', path: '/api/x_mioms_m365_assis/v1/health/settings', body: body ? JSON.stringify(body) : undefined, headers: { 'content-type': 'application/json' } }))
        return { status: result.status, json: JSON.parse(result.body) }
    }
    const base = { autoIncident: false, autoResolve: true, assignmentGroup: '', category: '', subcategory: '', assignedTo: '' }

    test('GET lists the instance’s resolution codes and the configured one', () => {
        const { platform } = setup()
        useChoiceList(platform, 'incident', 'close_code', LEGACY_INCIDENT_CLOSE_CODES)
        const { json } = call(platform, getHealthSettings)
        expect(json.result.choices.closeCodes.map((c: { value: string }) => c.value)).toEqual(LEGACY_INCIDENT_CLOSE_CODES.map((c) => c.value))
        expect(json.result.settings.closeCode).toBe('')
    })

    test('PUT refuses a code the instance does not offer and saves one it does', () => {
        const { platform } = setup()
        const refused = call(platform, putHealthSettings, { ...base, closeCode: 'Closed/Resolved by Caller' })
        expect(refused.status).toBe(400)
        expect(refused.json.result.error).toMatchObject({ code: 'HEALTH_CLOSE_CODE_INVALID', message: expect.stringContaining('Closed/Resolved by Caller') })
        expect(platform.getProperty(HEALTH_PROPERTY.closeCode) ?? '').toBe('')
        expect(call(platform, putHealthSettings, { ...base, closeCode: 'Solution provided' }).status).toBe(200)
        expect(platform.getProperty(HEALTH_PROPERTY.closeCode)).toBe('Solution provided')
    })
})
