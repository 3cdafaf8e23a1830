/** The single Setup row: the one place that finds it (the newest, should an instance hold several). */
import { GlideRecord } from '@servicenow/glide'
import { booleanField } from '../platform/booleans'

export function findSetup(): GlideRecord | null {
    const setup = new GlideRecord('x_mioms_m365_assis_setup')
    setup.orderByDesc('sys_updated_on')
    setup.setLimit(1)
    setup.query()
    return setup.next() ? setup : null
}

export function findOrCreateSetup(): GlideRecord {
    const found = findSetup()
    if (found) return found
    const fresh = new GlideRecord('x_mioms_m365_assis_setup')
    fresh.initialize()
    // A new setup starts as a test environment (the guides: switch it off once tests pass).
    fresh.setValue('test_environment', 'true')
    fresh.setValue('step', 'consent')
    return fresh
}

export type SetupMode = 'basic' | 'aad' | 'insights' | 'none'
export const MODES: ReadonlyArray<SetupMode> = ['basic', 'aad', 'insights', 'none']

/** The mode chosen in Setup, or null before one is chosen (or for a value this version does not know). */
export function setupModeOf(setup: GlideRecord | null): SetupMode | null {
    const raw = setup ? setup.getValue('mode') || '' : ''
    return MODES.indexOf(raw as SetupMode) >= 0 ? (raw as SetupMode) : null
}

/** Test environment unless the admin switched it off: no Setup, or an empty flag, counts as one (a new Setup starts as one). */
export function isTestEnvironment(setup: GlideRecord | null): boolean {
    return setup ? booleanField(setup, 'test_environment', true) : true
}
