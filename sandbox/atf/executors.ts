/**
 * Every step executor the runner knows, by step configuration sys_id: the server category
 * (server-steps.ts) plus the REST and form categories (rest-steps.ts, form-steps.ts). Each of
 * those modules exports one StepExecutors object; a module not written yet contributes nothing,
 * so its steps fail loudly as unknown configurations rather than the whole runner failing to load.
 */
import { serverStepExecutors } from './server-steps'
import type { StepExecutors } from './types'

const CONFIG_ID = /^[0-9a-f]{32}$/

/** The StepExecutors objects a module exports (any export name), merged. */
function exportedExecutors(module: Record<string, unknown>): StepExecutors {
    const merged: StepExecutors = {}
    for (const value of Object.values(module)) {
        if (!value || typeof value !== 'object') continue
        const entries = Object.entries(value)
        if (entries.length > 0 && entries.every(([key, fn]) => CONFIG_ID.test(key) && typeof fn === 'function')) Object.assign(merged, value)
    }
    return merged
}

/** A sibling module's executors, or none when the module does not exist (yet). */
function optionalExecutors(name: string): StepExecutors {
    try {
        return exportedExecutors(require(`./${name}`) as Record<string, unknown>)
    } catch (error) {
        const missing = (error as NodeJS.ErrnoException)?.code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(`./${name}`)
        if (missing) return {}
        throw error
    }
}

export function allStepExecutors(): StepExecutors {
    return { ...serverStepExecutors, ...optionalExecutors('rest-steps'), ...optionalExecutors('form-steps') }
}
