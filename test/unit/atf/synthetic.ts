/**
 * Small ATF tests written as the records the SDK build writes (sys_atf_test, sys_atf_step,
 * sys_variable_value with the configuration's input variable sys_ids), so the runner is tested
 * through the same loading path as the shipped suite, independent of the app's own tests.
 */
import { newSysId } from '../../../sandbox/glide/sysId'
import { stepConfigs } from '../../../sandbox/atf/records'
import type { AtfSandbox } from '../../../sandbox/atf/suite'
import type { AtfTest } from '../../../sandbox/atf/types'

export interface SyntheticStep {
    /** SDK call name ('server.createUser') or a raw step configuration sys_id. */
    call: string
    /** Inputs by SDK parameter name, as the build stores them. */
    inputs?: Record<string, string>
    sysId?: string
    active?: boolean
}

export function stepId(): string {
    return newSysId()
}

export function addTest(sandbox: AtfSandbox, test: { name?: string; failOnServerError?: boolean; steps: SyntheticStep[] }): AtfTest {
    const { store } = sandbox
    const testId = newSysId()
    // The app's scope id, as the build writes sys_scope (decoded back to the scope name by records.ts).
    store.insert('sys_atf_test', { sys_id: testId, name: test.name ?? 'synthetic', description: 'synthetic', active: 'true', fail_on_server_error: test.failOnServerError ? 'true' : 'false', sys_scope: 'app-scope-id' })
    test.steps.forEach((step, index) => {
        const config = Object.values(stepConfigs()).find((c) => c.callName === step.call)
        const id = step.sysId ?? newSysId()
        store.insert('sys_atf_step', { sys_id: id, test: testId, order: String(index + 1), step_config: config?.stepConfigId ?? step.call, active: step.active === false ? 'false' : 'true' })
        for (const [name, value] of Object.entries(step.inputs ?? {})) {
            const variable = Object.entries(config?.variables ?? {}).find(([, v]) => v.name === name)?.[0]
            if (!variable) throw new Error(`${step.call} has no input ${name}`)
            store.insert('sys_variable_value', { sys_id: newSysId(), document: 'sys_atf_step', document_key: id, variable, value })
        }
    })
    return sandbox.loadTest(testId)
}

/** A Run Server Side Script body wrapped as the SDK's template wraps it. */
export function script(body: string): SyntheticStep {
    return {
        call: 'server.runServerSideScript',
        inputs: { script: `(function(outputs, steps, params, stepResult, assertEqual) {\n${body}\n})(outputs, steps, params, stepResult, assertEqual);` },
    }
}
