import { createTestPlatform, invokeRoute } from '../../../sandbox/glide'
import { postConsent } from '../../../src/server/setup/consent-route'
import { getAppContext } from '../../../src/server/app/context-route'

function setup() {
    const platform = createTestPlatform()
    platform.createUser('m365.admin', { roles: ['x_mioms_m365_assis.administrator'] })
    platform.ensureRole('x_mioms_m365_assis.administrator', ['x_mioms_m365_assis.insights_user'])
    platform.createUser('agent', { roles: ['x_mioms_m365_assis.insights_user'] })
    return platform
}

const call = (body: unknown) => invokeRoute(postConsent as any, { method: 'POST', path: '/api/x_mioms_m365_assis/v1/setup/consent', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })

describe('setup consent route', () => {
    test('an administrator who agrees is recorded, and the wizard moves on', () => {
        const platform = setup()
        platform.setSessionUser('m365.admin')
        const result = call({ agree: true })
        expect(result.status).toBe(200)
        const rows = platform.store.query('x_mioms_m365_assis_setup')
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ consent: 'true', step: 'environment', consented_by: platform.findUser('m365.admin')?.sys_id })
    })

    test.each([{ agree: false }, { agree: 'true' }, {}, null, 'yes'])('%p is refused with 400 and changes nothing', (body) => {
        const platform = setup()
        platform.setSessionUser('m365.admin')
        const result = call(body)
        expect(result.status).toBe(400)
        expect(platform.store.hasTable('x_mioms_m365_assis_setup') ? platform.store.count('x_mioms_m365_assis_setup') : 0).toBe(0)
    })

    test('the code checks the role too: an insights user gets 403 even if the ACL were missing', () => {
        const platform = setup()
        platform.setSessionUser('agent')
        expect(call({ agree: true }).status).toBe(403)
        expect(platform.store.hasTable('x_mioms_m365_assis_setup') ? platform.store.count('x_mioms_m365_assis_setup') : 0).toBe(0)
    })

    test('app context reports the roles from containment and the setup state', () => {
        const platform = setup()
        platform.setSessionUser('m365.admin')
        call({ agree: true })
        const context = JSON.parse(String(invokeRoute(getAppContext as any, { method: 'GET' }).body)).result
        expect(context.roles).toEqual({ insightsUser: true, administrator: true })
        expect(context.setup).toEqual({ mode: '', completed: false, testEnvironment: true })
        platform.setSessionUser('agent')
        expect(JSON.parse(String(invokeRoute(getAppContext as any, { method: 'GET' }).body)).result.roles).toEqual({ insightsUser: true, administrator: false })
    })
})
