/**
 * The shipped ATF tests of the business rules, the Microsoft 365 tab and Setup on an instance
 * where Setup already ran (Basic mode, complete, a usable outbound OAuth profile): each still
 * passes, no request leaves the instance while it runs (the tests disarm the outbound connection
 * before anything can be queued), and the Setup row is exactly as it was afterwards (rollback).
 * The outbound URLs point at a closed local port, so an attempt would fail fast and be logged
 * in sys_outbound_http_log, which this test watches.
 */
import { AtfSandbox, startAtfSandbox } from '../../sandbox/atf/suite'
import { formatResult } from '../../sandbox/atf/runner'
import { seedDemoData } from '../../sandbox/instance/seed'
import { DEMO_REPOSITORY_ID, DEMO_TENANT, DEMO_USERS } from '../../sandbox/instance/demo'

const MINE = /^(Business rule:|Microsoft 365 tab:|Microsoft 365 UI action:|Setup:)/

/** The row's set fields (a column the row never had and one restored as null are both empty). */
function setFields(table: string, sysId: string): Record<string, unknown> {
    const row = sandbox.store.get(table, sysId) ?? {}
    return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined && value !== ''))
}

let sandbox: AtfSandbox
let setupId = ''
const outbound: string[] = []

beforeAll(async () => {
    sandbox = await startAtfSandbox()
    const { platform } = sandbox
    seedDemoData(platform, { microsoftUrl: 'http://127.0.0.1:9' })
    const profile = platform.findRow('oauth_entity_profile', 'name', 'Microsoft 365 outbound (Contoso) default_profile')!
    const integration = platform.findUser(DEMO_USERS.integration.userName)!
    setupId = platform.insertRow('x_mioms_m365_assis_setup', {
        step: 'done',
        consent: 'true',
        consented_by: platform.findUser(DEMO_USERS.admin.userName)!.sys_id,
        mode: 'basic',
        test_environment: 'false',
        tenant_domain: DEMO_TENANT,
        outbound_profile: profile.sys_id,
        integration_user: integration.sys_id,
        repository_id: DEMO_REPOSITORY_ID,
        admin_email: 'admin@contoso.onmicrosoft.com',
        completed: 'true',
    })
    const insertRow = platform.insertRow.bind(platform)
    platform.insertRow = (table, values) => {
        if (table === 'sys_outbound_http_log') outbound.push(String(values.url ?? values.request_url ?? JSON.stringify(values)))
        return insertRow(table, values)
    }
}, 60_000)

afterAll(async () => {
    await sandbox?.close()
})

test('the Setup row is a complete Basic setup with an outbound profile (what the tests must disarm and restore)', () => {
    const row = sandbox.store.get('x_mioms_m365_assis_setup', setupId)!
    expect(row).toMatchObject({ mode: 'basic', tenant_domain: DEMO_TENANT, completed: 'true' })
    expect(row.outbound_profile).toMatch(/^[0-9a-f]{32}$/)
})

describe('after Setup ran', () => {
    const names = () =>
        sandbox
            .loadSuite()
            .tests.filter((test) => MINE.test(test.name))
            .map((test) => test.sysId)

    test('each test of the rules, the tab and Setup passes, calls nothing outside and leaves Setup as it was', async () => {
        const ids = names()
        expect(ids.length).toBeGreaterThanOrEqual(9)
        const before = setFields('x_mioms_m365_assis_setup', setupId)
        for (const sysId of ids) {
            const result = await sandbox.runTest(sandbox.loadTest(sysId))
            if (result.status !== 'success') throw new Error(formatResult(result))
            expect(setFields('x_mioms_m365_assis_setup', setupId)).toEqual(before)
            expect(sandbox.store.query('x_mioms_m365_assis_setup', {})).toHaveLength(1)
        }
        expect(outbound).toEqual([])
    }, 120_000)
})

/**
 * The connector and access tests after Setup pinned the connector API in AAD mode (the REST API
 * access policy maps only the OIDC entity's ID Token profile): the suite's Send REST Request
 * steps carry the credentials of the user running the test, which the policy refuses, so each
 * connector test turns the policy off for its duration (connector-fixtures.ts) and the ATF
 * rollback turns it back on. The side where the instance lets the app write the policy tables
 * (crossScopeApiPolicyWrite lenient): the only side where Setup can pin it.
 */
describe('after Setup pinned the connector API to AAD tokens (REST API access policy)', () => {
    let pinned: AtfSandbox
    // The rows' set fields (a column the row never had and one restored as null are both empty).
    const policyRows = () =>
        JSON.stringify(
            ['sys_api_access_policy', 'std_http_auth', 'sys_auth_profile_mapping'].map((table) =>
                pinned.store
                    .query(table, { orderBy: [{ field: 'sys_id', descending: false }] })
                    .map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined && value !== ''))),
            ),
        )

    beforeAll(async () => {
        pinned = await startAtfSandbox({ lenient: 'crossScopeApiPolicyWrite' })
        const { platform } = pinned
        seedDemoData(platform, { microsoftUrl: 'http://127.0.0.1:9' })
        const oidc = platform.findRow('oauth_oidc_entity', 'name', 'contoso_application_inbound_api')!
        platform.insertRow('x_mioms_m365_assis_setup', {
            step: 'done',
            consent: 'true',
            mode: 'aad',
            tenant_domain: DEMO_TENANT,
            use_oidc: 'true',
            inbound_entity: oidc.sys_id,
            inbound_client_id: oidc.client_id,
            rest_user_client_id: String(oidc.client_id),
            repository_id: DEMO_REPOSITORY_ID,
            completed: 'true',
        })
        const policy = platform.findRow('sys_api_access_policy', 'name', 'Microsoft 365 support connector API')!
        const profile = platform.insertRow('std_http_auth', { name: 'Microsoft 365 connector: Azure AD token', type: 'id_token', oauth_entity: oidc.sys_id, active: 'true' })
        platform.insertRow('sys_auth_profile_mapping', { api_access_policy: policy.sys_id, inbound_auth_profile: profile })
        platform.store.update('sys_api_access_policy', String(policy.sys_id), { active: 'true' })
    }, 60_000)
    afterAll(async () => {
        await pinned?.close()
    })

    test('each connector and access test passes and leaves the policy pinned to AAD tokens', async () => {
        const ids = pinned
            .loadSuite()
            .tests.filter((test) => /^(Connector API|Roles:)/.test(test.name))
            .map((test) => test.sysId)
        expect(ids.length).toBeGreaterThanOrEqual(6)
        const before = policyRows()
        for (const sysId of ids) {
            const result = await pinned.runTest(pinned.loadTest(sysId))
            if (result.status !== 'success') throw new Error(formatResult(result))
            expect(policyRows()).toBe(before)
        }
    }, 180_000)
})
