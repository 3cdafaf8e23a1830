/**
 * The sandbox's ATF runner: runs the app's shipped Automated Test Framework tests (the
 * sys_atf_test / sys_atf_step / sys_variable_value records of dist/app) against the local
 * instance, as an instance's test runner would. This file is the contract between the runner
 * (runner.ts: loading, ordering, template resolution, impersonation, rollback, results) and the
 * executors of each step configuration (server-steps.ts, rest-steps.ts, form-steps.ts).
 *
 * Step configurations are identified by the platform's own sys_ids (the SDK's table in
 * @servicenow/sdk-build-plugins/dist/atf/step-configs.js, which is how the build writes them);
 * a step whose configuration no executor knows fails the test, naming the configuration.
 */
import type { Platform } from '../glide/platform'
import type { ModuleRuntime } from '../instance/module-runtime'
import type { SandboxServer } from '../instance/server'

/** One step of a shipped test, decoded from its sys_atf_step row and sys_variable_value inputs. */
export interface AtfStep {
    sysId: string
    order: number
    /** sys_atf_step.step_config: the platform's step configuration sys_id. */
    stepConfigId: string
    /** The configuration's name, e.g. 'Send REST Request - Inbound'. */
    configName: string
    /** The SDK's category and method for the configuration, e.g. 'rest' / 'sendRestRequest'. */
    category: string
    method: string
    /** sys_atf_step.table ('' when the step has none). */
    table: string
    /** Step timeout in seconds (sys_atf_step.timeout), 0 when none. */
    timeoutSeconds: number
    /**
     * Input values keyed by the SDK's parameter name (e.g. `path`, `body`, `auth`, `fieldValues`),
     * as stored (strings), with `{{step['<sys_id>'].<output>}}` references already resolved by the
     * runner against earlier steps' outputs.
     */
    inputs: Record<string, string>
}

export interface AtfTest {
    sysId: string
    name: string
    description: string
    active: boolean
    failOnServerError: boolean
    /** The scope the test and its steps run in (sys_scope name), e.g. 'x_mioms_m365_assis'. */
    scope: string
    steps: AtfStep[]
}

export interface RestResponse {
    status: number
    statusText: string
    headers: Record<string, string>
    body: string
    /** Milliseconds the request took (for Assert Response Time only). */
    elapsedMs: number
}

/** The form a form step opened (standard_ui as the sandbox renders /<table>.do). */
export interface OpenForm {
    table: string
    /** sys_id of the record, or '' for a new form. */
    sysId: string
    /** The rendered page as the impersonated user received it. */
    html: string
    /** Field values the form holds (set by Set Field Values, read by Field Values Validation). */
    values: Record<string, string>
}

export interface StepOutcome {
    /** 'skipped': not run because an earlier step failed (the instance stops a test at its first failing step). */
    status: 'success' | 'failure' | 'skipped'
    /** What the step did or why it failed, as the instance's step result says it. */
    message: string
    /** The step's output variables (e.g. record_id, table, user, first_record). */
    outputs?: Record<string, string>
}

/** What an executor may use. Mutable state lives here so executors stay stateless functions. */
export interface AtfRunContext {
    readonly test: AtfTest
    readonly platform: Platform
    readonly runtime: ModuleRuntime
    /** The running sandbox server (REST and form steps talk to it over HTTP). */
    readonly server: SandboxServer
    /** The user the test currently runs as (Impersonate / Create a User), or the runner's own user. */
    userId: string
    /**
     * The user who runs the test (the runner's own user, e.g. admin), whatever the test
     * impersonates: a Send REST Request step without a basic auth profile sends as this user
     * (doc "REST test steps": "the credentials of the user who scheduled the test"). Executors
     * that need it fail when it is not given. The runner sets it (runner.ts).
     */
    readonly runnerUserId?: string
    /** The response of the last Send REST Request step (REST assertions read it). */
    lastResponse: RestResponse | null
    /** The step that ran just before this one (REST asserts must directly follow a request). */
    previousStep: AtfStep | null
    /** The form opened by the last form step of this test, if any. */
    form: OpenForm | null
    /** Outputs of the steps run so far, by step sys_id. */
    readonly outputs: Map<string, Record<string, string>>
}

export type StepExecutor = (step: AtfStep, context: AtfRunContext) => StepOutcome | Promise<StepOutcome>

/**
 * Executors by step configuration sys_id. server-steps.ts, rest-steps.ts and form-steps.ts each
 * export one such object (any exported name); executors.ts merges them.
 */
export type StepExecutors = Record<string, StepExecutor>

export interface StepResult {
    step: AtfStep
    outcome: StepOutcome
}

export interface TestResult {
    test: AtfTest
    status: 'success' | 'failure'
    steps: StepResult[]
    /** Server errors logged while the test ran (fail the test when failOnServerError is set). */
    serverErrors: string[]
    /** Why the test failed beyond its steps (e.g. server errors with Fail on server error set). */
    failureReason?: string
}

/** A passed step, with its output variables if any. */
export const passed = (message: string, outputs?: Record<string, string>): StepOutcome => ({ status: 'success', message, outputs })

/** A failed step: the message says what the step expected and what it found. */
export const failed = (message: string, outputs?: Record<string, string>): StepOutcome => ({ status: 'failure', message, outputs })
