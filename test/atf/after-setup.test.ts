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
