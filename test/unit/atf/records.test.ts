/**
 * Loading ATF records: the installer keeps a step's sys_variable_value rows and applies the
 * delete_multiple that precedes them; decoding names inputs by the SDK's parameter names, orders
 * steps, skips inactive steps and sets inactive tests of a suite aside.
 */
import { MemoryStore } from '../../../sandbox/glide/store/MemoryStore'
import { installApp } from '../../../sandbox/instance/app-installer'
import type { AppRecord, BuiltApp } from '../../../sandbox/instance/dist-records'
import { loadSuite, stepConfigs } from '../../../sandbox/atf/records'

const LOG = Object.values(stepConfigs()).find((c) => c.callName === 'server.log')!
const LOG_VARIABLE = Object.keys(LOG.variables)[0]

const rec = (table: string, fields: Record<string, string>, extra: Partial<AppRecord> = {}): AppRecord => ({ table, action: 'INSERT_OR_UPDATE', fields, displayValues: {}, file: 'x.xml', ...extra })
const app = (records: AppRecord[]): BuiltApp => ({ records, tables: [], byTable: (t) => records.filter((r) => r.table === t) })

function stepRecords(stepId: string, testId: string, order: string, log: string, active = 'true'): AppRecord[] {
    return [
        rec('sys_atf_step', { sys_id: stepId, test: testId, order, step_config: LOG.stepConfigId, active }),
        rec('sys_variable_value', {}, { action: 'delete_multiple', query: `document_key=${stepId}` }),
        rec('sys_variable_value', { sys_id: `vv${stepId}`.slice(0, 32), document: 'sys_atf_step', document_key: stepId, variable: LOG_VARIABLE, value: log }),
    ]
}

const T1 = 'a'.repeat(32)
const T2 = 'b'.repeat(32)
const SUITE = 'c'.repeat(32)

function installed(): MemoryStore {
    const store = new MemoryStore()
    installApp(store, app([
        rec('sys_atf_test_suite', { sys_id: SUITE, name: 'Suite', active: 'true' }),
        rec('sys_atf_test', { sys_id: T1, name: 'first', description: 'd', active: 'true', fail_on_server_error: 'true' }),
        rec('sys_atf_test', { sys_id: T2, name: 'off', description: 'd', active: 'false' }),
        ...stepRecords('1'.repeat(32), T1, '2', 'second'),
        ...stepRecords('2'.repeat(32), T1, '1', 'first'),
        ...stepRecords('3'.repeat(32), T1, '3', 'inactive', 'false'),
        rec('sys_atf_test_suite_test', { sys_id: 'd'.repeat(32), test_suite: SUITE, test: T2, order: '1' }),
        rec('sys_atf_test_suite_test', { sys_id: 'e'.repeat(32), test_suite: SUITE, test: T1, order: '2' }),
    ]))
    return store
}

it('decodes a suite: active tests by suite order, steps by order without inactive ones, inputs by SDK name', () => {
    const { tests, inactive } = loadSuite(installed(), 'Suite', 'x_mioms_m365_assis')
    expect(inactive.map((t) => t.name)).toEqual(['off'])
    expect(tests).toHaveLength(1)
    expect(tests[0]).toMatchObject({ name: 'first', failOnServerError: true, scope: 'global' })
    expect(tests[0].steps.map((s) => [s.order, s.configName, s.category, s.method, s.inputs.log])).toEqual([
        [1, 'Log', 'server', 'log', 'first'],
        [2, 'Log', 'server', 'log', 'second'],
    ])
})

it("a reinstall replaces a step's variable values (delete_multiple), leaving no stale input", () => {
    const store = installed()
    // A value of an input the step no longer has, left by an earlier build.
    store.insert('sys_variable_value', { sys_id: 'f'.repeat(32), document: 'sys_atf_step', document_key: '1'.repeat(32), variable: 'stale', value: 'old' })
    installApp(store, app(stepRecords('1'.repeat(32), T1, '2', 'second again')))
    const values = store.query('sys_variable_value').filter((v) => v.document_key === '1'.repeat(32))
    expect(values.map((v) => v.value)).toEqual(['second again'])
})

it('names a suite that is not installed', () => {
    expect(() => loadSuite(installed(), 'Nope', 'x')).toThrow("No sys_atf_test_suite named 'Nope' is installed")
})
