/**
 * Reads the installed ATF records (sys_atf_test, sys_atf_step, sys_variable_value,
 * sys_atf_test_suite, sys_atf_test_suite_test) from a platform's store and decodes them into
 * AtfTest / AtfStep with the SDK's own step table: the build writes step_config = the platform's
 * step configuration sys_id and one sys_variable_value per input (variable = the configuration's
 * input variable sys_id), so the table that wrote them is the one that reads them back.
 */
import { storedFalse, storedTrue } from '../glide/fieldTypes'
import { allOf, term } from '../glide/store/semantics'
import { Row, Store } from '../glide/store/types'
import { sdkStepConfigsById } from './sdk-step-configs'
import type { AtfStep, AtfTest } from './types'

/** The SDK's step table by configuration sys_id (sdk-step-configs.ts). */
export const stepConfigs = sdkStepConfigsById

/** How the build stores a default it did not get (serializeValueToRecord: booleans as '1'/'0'). */
function storedDefault(value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined
    if (typeof value === 'boolean') return value ? '1' : '0'
    return String(value)
}

/** One step from its sys_atf_step row and its sys_variable_value rows; inputs keyed by the SDK's parameter names. */
export function decodeStep(store: Store, row: Row): AtfStep {
    const stepConfigId = row.step_config ?? ''
    const config = stepConfigs()[stepConfigId]
    const [category, method] = (config?.callName ?? '.').split('.')
    const inputs: Record<string, string> = {}
    // A variable without a stored value takes the configuration's default (the build writes every variable, so this is rare).
    for (const variable of Object.values(config?.variables ?? {})) {
        const fallback = storedDefault(variable.default)
        if (fallback !== undefined) inputs[variable.name] = fallback
    }
    const values = store.query('sys_variable_value', { where: allOf([term('document', '=', 'sys_atf_step'), term('document_key', '=', row.sys_id!)]) })
    for (const value of values) {
        const variable = config?.variables[value.variable ?? '']
        // A value for a variable the SDK does not know keeps its variable sys_id as name (the executor sees it).
        inputs[variable?.name ?? value.variable ?? ''] = value.value ?? ''
    }
    return {
        sysId: row.sys_id!,
        order: Number(row.order ?? 0),
        stepConfigId,
        configName: config?.name ?? row.display_name ?? '',
        category: category ?? '',
        method: method ?? '',
        table: row.table ?? '',
        timeoutSeconds: timeoutSeconds(row.timeout),
        inputs,
    }
}

/** sys_atf_step.timeout is a glide_duration stored as a date after the epoch ('1970-01-01 00:00:05' = 5 s). */
function timeoutSeconds(value: string | null | undefined): number {
    const match = /^1970-01-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(value ?? '')
    if (!match) return 0
    const [days, hours, minutes, seconds] = match.slice(1).map(Number)
    return (days - 1) * 86400 + hours * 3600 + minutes * 60 + seconds
}

/**
 * A test with its active steps ordered by `order` (docs "Server category": "Execution order ...
 * the order in which the test executes this step"; "Active: Option to activate this test step for use").
 * `scope`: the sys_scope row's name, else `appScope` for the app's own scope id (the sandbox installs one app).
 */
export function decodeTest(store: Store, row: Row, appScope: string): AtfTest {
    const steps = store
        .query('sys_atf_step', { where: term('test', '=', row.sys_id!) })
        .filter((step) => !storedFalse(step.active))
        .map((step) => decodeStep(store, step))
        .sort((a, b) => a.order - b.order)
    return {
        sysId: row.sys_id!,
        name: row.name ?? '',
        description: row.description ?? '',
        active: !storedFalse(row.active),
        failOnServerError: storedTrue(row.fail_on_server_error),
        scope: scopeName(store, row.sys_scope ?? null, appScope),
        steps,
    }
}

function scopeName(store: Store, scopeId: string | null, appScope: string): string {
    if (!scopeId || scopeId === 'global') return 'global'
    const scope = store.get('sys_scope', scopeId) ?? store.get('sys_app', scopeId)
    return scope?.scope ?? appScope
}

export function loadTest(store: Store, sysId: string, appScope: string): AtfTest {
    const row = store.get('sys_atf_test', sysId)
    if (!row) throw new Error(`No sys_atf_test ${sysId}`)
    return decodeTest(store, row, appScope)
}

export interface SuiteTests {
    suite: Row
    /** The suite's active tests, by the suite's order (sys_atf_test_suite_test.order). */
    tests: AtfTest[]
    /** Tests linked to the suite but inactive: the instance skips them. */
    inactive: AtfTest[]
}

/** The tests of the suite with this name (docs "Test suite": a suite runs its tests in order). */
export function loadSuite(store: Store, name: string, appScope: string): SuiteTests {
    const suite = store.query('sys_atf_test_suite', { where: term('name', '=', name) })[0]
    if (!suite) throw new Error(`No sys_atf_test_suite named '${name}' is installed`)
    const links = store
        .query('sys_atf_test_suite_test', { where: term('test_suite', '=', suite.sys_id!) })
        .sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0))
    const tests: AtfTest[] = []
    const inactive: AtfTest[] = []
    for (const link of links) {
        const row = link.test ? store.get('sys_atf_test', link.test) : undefined
        if (!row) throw new Error(`Suite '${name}' lists test ${link.test ?? '(empty)'}, which is not installed`)
        const test = decodeTest(store, row, appScope)
        ;(test.active ? tests : inactive).push(test)
    }
    return { suite, tests, inactive }
}
