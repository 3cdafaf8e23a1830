/**
 * Runs one ATF test as an instance's test runner does:
 * - steps in order, each in the test's application scope, as the impersonated user (the runner's
 *   own user until an Impersonate / Create a User step; "The impersonation automatically ends
 *   when the test is over", docs "Server category");
 * - `{{step['<sys_id>'].<output>}}` in any input replaced by that earlier step's output (docs
 *   "Pass values from one automated test step to another"); a reference to a step that has not
 *   run or an output it did not give fails the step, naming the reference;
 * - the first failing step stops the test; the steps after it are reported as not run;
 * - a step whose configuration no executor knows fails loudly, naming the configuration;
 * - everything the test wrote is rolled back afterwards (rollback.ts);
 * - Fail on server error: error-level syslog entries written while the test ran fail it.
 * The sandbox is synchronous: a step's writes are complete when it returns.
 */
import { setCurrentPlatform } from '../glide/current'
import type { Platform } from '../glide/platform'
import { LOG_LEVEL } from '../glide/platform'
import type { ModuleRuntime } from '../instance/module-runtime'
import type { SandboxServer } from '../instance/server'
import type { RollbackStore } from './rollback'
import type { AtfRunContext, AtfStep, AtfTest, StepExecutors, StepOutcome, StepResult, TestResult } from './types'

/**
 * The user who runs the test (the admin who clicks Run on an instance): impersonation starts and
 * ends with them, and a REST step without a basic auth profile sends as them.
 */
export interface RunnerUser {
    userId: string
    userName: string
    password: string
}

export interface RunOptions {
    platform: Platform
    /** The platform's store: the runner opens a savepoint on it for each test. */
    store: RollbackStore
    runtime: ModuleRuntime
    server: SandboxServer
    runner: RunnerUser
    executors: StepExecutors
}

const REFERENCE = /\{\{\s*step\['([^']*)'\]\.([A-Za-z0-9_]+)\s*\}\}/g

/** Replaces every output reference in a stored input (also inside comma-separated lists and templates). */
export function resolveReferences(value: string, outputs: ReadonlyMap<string, Record<string, string>>): string {
    return value.replace(REFERENCE, (whole, stepId: string, output: string) => {
        const values = outputs.get(stepId)
        if (!values) throw new Error(`Unknown reference ${whole}: no earlier step of this test has sys_id ${stepId}`)
        if (!(output in values)) {
            const given = Object.keys(values)
            throw new Error(`Unknown reference ${whole}: step ${stepId} gave no output '${output}' (it gave ${given.length ? given.join(', ') : 'none'})`)
        }
        return values[output]
    })
}

function resolveStep(step: AtfStep, outputs: ReadonlyMap<string, Record<string, string>>): AtfStep {
    const inputs: Record<string, string> = {}
    for (const [name, value] of Object.entries(step.inputs)) inputs[name] = resolveReferences(value, outputs)
    return { ...step, inputs }
}

function describeConfig(step: AtfStep): string {
    const call = step.category ? ` (${step.category}.${step.method})` : ''
    return `'${step.configName || 'unknown'}'${call}, step configuration ${step.stepConfigId}`
}

async function runStep(step: AtfStep, context: AtfRunContext, options: RunOptions): Promise<StepOutcome> {
    const executor = options.executors[step.stepConfigId]
    if (!executor) {
        return { status: 'failure', message: `The sandbox's ATF runner has no executor for ${describeConfig(step)}: this step cannot run here` }
    }
    try {
        const resolved = resolveStep(step, context.outputs)
        // Each step runs as the impersonated user; an HTTP request the sandbox served may have changed the session user.
        options.platform.setSessionUser(context.userId)
        return await executor(resolved, context)
    } catch (error) {
        return { status: 'failure', message: (error as Error)?.message ?? String(error) }
    }
}

/** Lets callbacks the sandbox server queued while answering (setImmediate: async business rules) run inside the test. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export async function runTest(test: AtfTest, options: RunOptions): Promise<TestResult> {
    const { platform, store } = options
    setCurrentPlatform(platform)
    const savedUser = platform.session.userId
    const context: AtfRunContext = {
        test,
        runnerUserId: options.runner.userId,
        platform,
        runtime: options.runtime,
        server: options.server,
        userId: options.runner.userId,
        lastResponse: null,
        previousStep: null,
        form: null,
        outputs: new Map(),
    }
    const steps: StepResult[] = []
    const serverErrors: { step: AtfStep; message: string }[] = []
    store.begin()
    try {
        let failed: AtfStep | null = null
        for (const step of test.steps) {
            if (failed) {
                steps.push({ step, outcome: { status: 'skipped', message: `Not run: step ${failed.order} failed` } })
                continue
            }
            const errorsBefore = errorLogs(store).length
            let outcome: StepOutcome
            if (test.scope !== platform.scope) {
                // The emulation has one application scope (the app's); a step of another scope would run with the wrong privileges.
                outcome = { status: 'failure', message: `The test runs in scope '${test.scope}'; the sandbox runs steps in '${platform.scope}' only` }
            } else {
                outcome = await runStep(step, context, options)
                await settle()
            }
            for (const row of errorLogs(store).slice(errorsBefore)) serverErrors.push({ step, message: row.message ?? '' })
            steps.push({ step, outcome })
            context.outputs.set(step.sysId, outcome.outputs ?? {})
            context.previousStep = step
            if (outcome.status !== 'success') failed = step
        }
    } finally {
        store.rollback()
        platform.session.userId = savedUser
    }
    // Strict: every error-level entry counts; lenient: only those written during form (UI) steps (fidelity.ts atfServerErrors).
    const counted = serverErrors.filter(({ step }) => platform.fidelity.atfServerErrors === 'strict' || step.category.startsWith('form'))
    const stepFailed = steps.some((s) => s.outcome.status === 'failure')
    const failureReason =
        test.failOnServerError && counted.length > 0
            ? `Fail on server error: ${counted.length} error(s) were logged while the test ran: ${counted.map((e) => `[step ${e.step.order}] ${e.message}`).join(' | ')}`
            : undefined
    return {
        test,
        status: stepFailed || failureReason ? 'failure' : 'success',
        steps,
        serverErrors: serverErrors.map((e) => e.message),
        failureReason,
    }
}

/** Error-level syslog rows written since the savepoint opened (syslog is not rolled back, so they can be read after). */
function errorLogs(store: RollbackStore) {
    return store.insertedSince('syslog').filter((row) => row.level === LOG_LEVEL.error)
}

/** A readable account of a result: one line per step (jest prints it when a test fails). */
export function formatResult(result: TestResult): string {
    const lines = [`ATF test '${result.test.name}': ${result.status}`]
    for (const { step, outcome } of result.steps) {
        lines.push(`  ${String(step.order).padStart(2)}. ${step.configName || step.stepConfigId} — ${outcome.status}: ${outcome.message}`)
    }
    if (result.failureReason) lines.push(`  ${result.failureReason}`)
    else if (result.serverErrors.length) lines.push(`  Server errors logged (not failing: Fail on server error is off): ${result.serverErrors.join(' | ')}`)
    return lines.join('\n')
}
