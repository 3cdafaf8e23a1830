/**
 * The Now SDK's own table of ATF step configurations (which platform sys_id a step configuration
 * has, and its inputs by SDK parameter name): `@servicenow/sdk-build-plugins` dist/atf/step-configs.js,
 * the table the build uses to write sys_atf_step / sys_variable_value. The package's `exports`
 * map does not list that file, so it is loaded by its path next to the package's main module.
 */
import { dirname, join } from 'node:path'

export interface SdkStepConfig {
    name: string
    stepConfigId: string
    variables: Record<string, { field: string; inputVariableId: string; type: string; default?: unknown; mandatory?: boolean }>
}

export type SdkStepConfigs = Record<string, Record<string, SdkStepConfig>>

/** The same table keyed by configuration sys_id, with inputs keyed by input variable sys_id (the SDK's ToShapeStepConfigs: record → Fluent). */
export interface SdkStepShape {
    name: string
    stepConfigId: string
    /** e.g. 'server.createUser' */
    callName: string
    variables: Record<string, { name: string; type: string; field: string; default?: unknown; mandatory: boolean }>
}

let loaded: { ToRecordStepConfigs: SdkStepConfigs; ToShapeStepConfigs: Record<string, SdkStepShape> } | undefined

function stepConfigModule() {
    if (!loaded) {
        const file = join(dirname(require.resolve('@servicenow/sdk-build-plugins')), 'atf', 'step-configs.js')
        loaded = require(file) as NonNullable<typeof loaded>
    }
    return loaded
}

export function sdkStepConfigs(): SdkStepConfigs {
    return stepConfigModule().ToRecordStepConfigs
}

/** Configurations by step configuration sys_id (what sys_atf_step.step_config holds). */
export function sdkStepConfigsById(): Record<string, SdkStepShape> {
    return stepConfigModule().ToShapeStepConfigs
}

/** The configuration of `category`.`method` (e.g. 'rest', 'sendRestRequest'); throws for a name the SDK does not know. */
export function sdkStepConfig(category: string, method: string): SdkStepConfig {
    const config = sdkStepConfigs()[category]?.[method]
    if (!config) throw new Error(`The Now SDK has no ATF step ${category}.${method}`)
    return config
}
