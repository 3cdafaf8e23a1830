/** The single Setup row: the one place that finds it (the newest, should an instance hold several). */
import { GlideRecord } from '@servicenow/glide'

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
