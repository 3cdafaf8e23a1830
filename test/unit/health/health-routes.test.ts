/** Service Health page routes: role check, server-side validation (400, nothing saved), settings round trip, Sync now. */
import { createTestPlatform, invokeRoute, Platform } from '../../../sandbox/glide'
import { HEALTH_PROPERTY } from '../../../src/server/config/settings'
import { getHealthSettings, postHealthSync, putHealthSettings } from '../../../src/server/health/health-routes'
import { SimulatorProcess, startSimulatorProcess } from '../../support/simulator-process'
import { connectHealthPlatform } from '../../support/health-platform'

const put = (body: unknown) => invokeRoute(putHealthSettings as any, { method: 'PUT', path: '/api/x_mioms_m365_assis/v1/health/settings', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
const get = () => invokeRoute(getHealthSettings as any, { method: 'GET', path: '/api/x_mioms_m365_assis/v1/health/settings' })
const sync = () => invokeRoute(postHealthSync as any, { method: 'POST', path: '/api/x_mioms_m365_assis/v1/health/sync', body: '{}', headers: { 'content-type': 'application/json' } })
const json = (r: { body: unknown }) => JSON.parse(String(r.body))

const VALID = { autoIncident: true, autoResolve: true, assignmentGroup: 'GROUP', category: 'software', subcategory: 'email', assignedTo: '' }

function properties(platform: Platform) {
    return Object.values(HEALTH_PROPERTY).map((name) => platform.getProperty(name))
}

describe('Service Health settings routes', () => {
    let platform: Platform
    let group: string
    beforeEach(() => {
        platform = createTestPlatform()
        group = platform.insertRow('sys_user_group', { name: 'Messaging', active: 'true' })
    })

    it('refuses users without the administrator role', () => {
        platform.createUser('agent', { roles: ['x_mioms_m365_assis.insights_user'] })
        platform.setSessionUser('agent')
        expect(put({ ...VALID, assignmentGroup: group }).status).toBe(403)
        expect(get().status).toBe(403)
        expect(sync().status).toBe(403)
    })

    it.each([
        [{ ...VALID, assignmentGroup: '' }, 'Choose an assignment group before turning on automatic incidents. Nothing was saved.'],
        [{ ...VALID, assignmentGroup: '', category: '' }, 'Choose an assignment group and a category'],
        [{ ...VALID, category: '' }, 'Choose a category'],
        [{ ...VALID, assignmentGroup: 'f'.repeat(32) }, 'The assignment group does not exist'],
        [{ ...VALID, autoIncident: 'yes' }, 'must be a JSON object'],
        [{ ...VALID, category: 'bad;<script>' }, 'may only hold letters'],
        ['not an object', 'JSON object'],
        [{ ...VALID, assignedTo: 'e'.repeat(32) }, 'The assignee does not exist'],
    ])('answers 400 with a clear message and saves nothing: %j', (body, message) => {
        const before = properties(platform)
        const withGroup = typeof body === 'object' && body.assignmentGroup === 'GROUP' ? { ...body, assignmentGroup: group } : body
        const response = put(withGroup)
        expect(response.status).toBe(400)
        expect(json(response).result.error.message).toContain(message)
        expect(properties(platform)).toEqual(before)
    })

    it('saves valid settings and reads them back with the choices', () => {
        expect(put({ ...VALID, assignmentGroup: group }).status).toBe(200)
        expect(platform.getProperty(HEALTH_PROPERTY.autoIncident)).toBe('true')
        const answer = json(get()).result
        // No resolution code sent: '' (the app picks one the instance offers).
        expect(answer.settings).toEqual({ ...VALID, assignmentGroup: group, closeCode: '' })
        expect(answer.choices.groups).toEqual([{ value: group, label: 'Messaging' }])
        expect(answer.issues).toEqual([])
        // Creation off: nothing is required.
        expect(put({ ...VALID, autoIncident: false, assignmentGroup: '', category: '' }).status).toBe(200)
    })
})

describe('Sync now', () => {
    let sim: SimulatorProcess
    beforeAll(async () => {
        sim = await startSimulatorProcess()
        await sim.control('POST', '/_sim/health/seed', { count: 3, seed: 12 })
    })
    afterAll(async () => {
        await sim.stop()
    })

    it('syncs and lists the issues; without Setup it says "complete the setup steps"', () => {
        const { platform } = connectHealthPlatform(sim.url)
        const first = sync()
        expect(first.status).toBe(200)
        expect(json(first).result.sync).toMatchObject({ received: 3, created: 3 })
        const services = json(first).result.services as { service: string; status: string }[]
        expect(services.map((x) => x.service)).toContain('Exchange Online')
        for (const x of services) expect(typeof x.status).toBe('string')
        expect(json(get()).result.issues).toHaveLength(3)
        expect(json(sync()).result.sync).toMatchObject({ calls: 1, received: 0 })
        platform.store.query('x_mioms_m365_assis_setup', {}).forEach((r) => platform.store.delete('x_mioms_m365_assis_setup', r.sys_id!))
        const failed = sync()
        expect(failed.status).toBe(409)
        expect(json(failed).result.error.message).toContain('complete the setup steps')
    })
})
