/**
 * A sandbox instance for ATF step executors: the one the ATF runner uses (startAtfSandbox: the
 * BUILT app from dist/app, run `npm run build`, in a platform served over HTTP on a free port),
 * plus an AtfRunContext for synthetic AtfStep objects. The steps run as the runner's user, an admin.
 */
import { Platform } from '../../sandbox/glide'
import { hashPassword } from '../../sandbox/glide/passwords'
import { ModuleRuntime } from '../../sandbox/instance/module-runtime'
import { SandboxServer } from '../../sandbox/instance/server'
import { startAtfSandbox } from '../../sandbox/atf/suite'
import { sdkStepConfig } from '../../sandbox/atf/sdk-step-configs'
import type { AtfRunContext, AtfStep, AtfTest, StepExecutors, StepOutcome } from '../../sandbox/atf/types'

export interface AtfInstance {
    platform: Platform
    runtime: ModuleRuntime
    server: SandboxServer
    adminId: string
    /** The runner's user name (an admin). */
    adminUserName: string
    close(): Promise<void>
}

/** `scope`: the scope scripts run in (default the app's, as the shipped tests' steps do). */
export async function startAtfInstance(options: { scope?: string } = {}): Promise<AtfInstance> {
    const sandbox = await startAtfSandbox({ scope: options.scope })
    return { platform: sandbox.platform, runtime: sandbox.runtime, server: sandbox.server, adminId: sandbox.runner.userId, adminUserName: sandbox.runner.userName, close: () => sandbox.close() }
}

/** A user with a password (stored as sys_user.user_password's one-way hash) and roles. */
export function userWithPassword(platform: Platform, userName: string, password: string, roles: string[]): string {
    return platform.createUser(userName, { roles, fields: { user_password: hashPassword(password) } })
}

const TEST: AtfTest = { sysId: 'a'.repeat(32), name: 'synthetic', description: '', active: true, failOnServerError: true, scope: 'x_mioms_m365_assis', steps: [] }

export function atfContext(instance: AtfInstance): AtfRunContext {
    return {
        test: TEST,
        platform: instance.platform,
        runtime: instance.runtime,
        server: instance.server,
        userId: instance.adminId,
        runnerUserId: instance.adminId,
        lastResponse: null,
        previousStep: null,
        form: null,
        outputs: new Map(),
    }
}

let order = 0

/** A synthetic step of the SDK's `category`.`method` with stored-string inputs. */
export function atfStep(category: string, method: string, inputs: Record<string, string> = {}): AtfStep {
    const config = sdkStepConfig(category, method)
    order += 1
    return { sysId: `step${String(order).padStart(28, '0')}`, order, stepConfigId: config.stepConfigId, configName: config.name, category, method, table: inputs.table ?? '', timeoutSeconds: 0, inputs }
}

/** Runs steps in order as the runner does (previousStep, stop at the first failure); returns every outcome. */
export async function runSteps(executors: StepExecutors, context: AtfRunContext, steps: AtfStep[]): Promise<StepOutcome[]> {
    const outcomes: StepOutcome[] = []
    for (const step of steps) {
        const executor = executors[step.stepConfigId]
        if (!executor) throw new Error(`no executor for ${step.configName}`)
        const outcome = await executor(step, context)
        outcomes.push(outcome)
        if (outcome.outputs) context.outputs.set(step.sysId, outcome.outputs)
        context.previousStep = step
        if (outcome.status === 'failure') break
    }
    return outcomes
}
