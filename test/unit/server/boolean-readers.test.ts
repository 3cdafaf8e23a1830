/**
 * Every boolean the app reads goes through src/server/platform/booleans.ts. On an instance
 * getValue() of a True/False field gives '1'/'0' (the emulation does the same: fieldTypes.ts), so
 * each reader here would answer wrongly if it compared with 'true' / 'false'.
 */
import { createTestPlatform, GlideRecord, Platform } from '../../../sandbox/glide'
import { readAppContext } from '../../../src/server/app/context-route'
import { readPanelAbilities } from '../../../src/server/insights/panel-mode'
import { isCaseClosed } from '../../../src/server/inbound/ticket'
import { findSetup, isTestEnvironment } from '../../../src/server/setup/setup-record'
import { snapshot } from '../../../src/server/setup/setup-routes'
import { crossScopeReadRefused } from '../../../src/server/setup/setup-store'
import { booleanField, isTrue } from '../../../src/server/platform/booleans'

const SETUP = 'x_mioms_m365_assis_setup'

describe('boolean readers of the app', () => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
        platform.ensureRole('x_mioms_m365_assis.administrator', ['x_mioms_m365_assis.insights_user'])
    })

    function saveSetup(values: Record<string, string | boolean | null>): void {
        platform.insertRow(SETUP, { step: 'done', mode: 'insights', ...values })
    }

    it("the stored Setup row reads as '1'/'0' through getValue, as on an instance", () => {
        saveSetup({ completed: true, test_environment: false })
        const setup = findSetup()!
        expect([setup.getValue('completed'), setup.getValue('test_environment')]).toEqual(['1', '0'])
    })

    it('isTrue and booleanField read every spelling; empty is false unless said otherwise', () => {
        expect(['1', 'true', ' TRUE ', true].map(isTrue)).toEqual([true, true, true, true])
        expect(['0', 'false', '', null, undefined, false, 'yes'].map(isTrue)).toEqual([false, false, false, false, false, false, false])
        saveSetup({ completed: null })
        const setup = findSetup()!
        expect([booleanField(setup, 'completed'), booleanField(setup, 'completed', true)]).toEqual([false, true])
    })

    it('app context and panel mode: Setup completed and the test-environment flag', () => {
        saveSetup({ completed: true, test_environment: false })
        expect(readAppContext().setup).toMatchObject({ completed: true, testEnvironment: false })
        expect(readPanelAbilities()).toMatchObject({ mode: 'insights', setupCompleted: true, testEnvironment: false })
    })

    it('the test-environment flag: switched on, switched off, empty (a test environment) and no Setup at all', () => {
        expect(isTestEnvironment(null)).toBe(true)
        saveSetup({ test_environment: null })
        expect(isTestEnvironment(findSetup())).toBe(true)
        const row = platform.store.query(SETUP)[0]
        platform.store.update(SETUP, row.sys_id!, { test_environment: 'false' })
        expect(isTestEnvironment(findSetup())).toBe(false)
        platform.store.update(SETUP, row.sys_id!, { test_environment: 'true' })
        expect(isTestEnvironment(findSetup())).toBe(true)
    })

    it("Setup's page gets its True/False values as 'true'/'false', and consent/completed as booleans", () => {
        saveSetup({ consent: true, completed: false, test_environment: false, use_oidc: true, sso_enabled: null })
        const state = snapshot(findSetup())
        expect(state).toMatchObject({ consent: true, completed: false })
        expect(state.values).toMatchObject({ test_environment: 'false', use_oidc: 'true', sso_enabled: '' })
    })

    it('an inbound ticket on a closed case is closed', () => {
        platform.insertRow('x_mioms_m365_assis_case', { case_number: 'c1', closed: true, status: 'open' })
        platform.insertRow('x_mioms_m365_assis_case', { case_number: 'c2', closed: false, status: 'open' })
        const read = (number: string) => {
            const gr = new GlideRecord('x_mioms_m365_assis_case')
            gr.get('case_number', number)
            // The emulated GlideRecord stands in for the platform's type, as everywhere the app runs in jest.
            return isCaseClosed(gr as unknown as Parameters<typeof isCaseClosed>[0])
        }
        expect([read('c1'), read('c2')]).toEqual([true, false])
    })

    it("the cross-scope refusal check reads sys_db_object.read_access (a True/False field)", () => {
        expect(crossScopeReadRefused('oauth_entity')).toBe(false)
        const row = platform.findRow('sys_db_object', 'name', 'oauth_entity')!
        platform.store.update('sys_db_object', row.sys_id!, { read_access: 'false' })
        expect(crossScopeReadRefused('oauth_entity')).toBe(true)
        platform.store.update('sys_db_object', row.sys_id!, { read_access: null })
        expect(crossScopeReadRefused('oauth_entity')).toBe(false)
    })
})
