/**
 * A test platform on which every diagnostic check passes (basic mode, connected to the simulator):
 * Setup complete, inbound OAuth client, a web-service-only integration user with incident_manager and
 * snc_internal, the app's incident section on the Default-view form, both scheduled jobs active with a
 * current schedule item, a recent health sync, the repository registered at the simulator, Microsoft
 * Learn (the simulator's) as the solutions source.
 */
import { APP_JOBS } from '../../src/server/diagnostics/checks/platform'
import type { Platform } from '../../sandbox/glide'
import { connectHealthPlatform, type HealthPlatform } from './health-platform'
import { SIM_TENANT } from './connected-platform'

export const DIAG_REPOSITORY = 'contoso-servicenow'

export interface DiagnosticsPlatform extends HealthPlatform {
    inboundId: string
    userId: string
    jobs: { healthSync: string; commentRetry: string }
    formSectionId: string
}

export function glideTime(ms: number): string {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

function job(platform: Platform, name: string, period: string): string {
    const id = platform.insertRow('sysauto_script', { name, active: 'true', run_type: 'periodically', run_period: period })
    platform.insertRow('sys_trigger', { name, document: 'sysauto_script', document_key: id, trigger_type: '1', state: '0', next_action: glideTime(platform.now() + 60000) })
    return id
}

export function diagnosticsPlatform(simUrl: string): DiagnosticsPlatform {
    // Solutions from Microsoft Learn (the shipped default), so the Learn check runs too.
    const connected = connectHealthPlatform(simUrl, { repositoryId: DIAG_REPOSITORY, solutionsSource: 'learn' })
    const { platform, setupId } = connected
    const inboundId = platform.insertRow('oauth_entity', { name: 'Microsoft 365 inbound', type: 'client', client_id: 'inbound-client', active: 'true' })
    const userId = platform.createUser('m365.integration', { roles: ['incident_manager', 'snc_internal'], fields: { web_service_access_only: 'true' } })
    platform.store.update('x_mioms_m365_assis_setup', setupId, { inbound_entity: inboundId, integration_user: userId })
    const form = platform.insertRow('sys_ui_form', { name: 'incident', view: 'Default view' })
    const section = platform.insertRow('sys_ui_section', { name: 'incident', caption: 'Microsoft 365', view: 'Default view' })
    const formSectionId = platform.insertRow('sys_ui_form_section', { sys_ui_form: form, sys_ui_section: section, position: '0' })
    const jobs = { healthSync: job(platform, APP_JOBS.healthSync, '1970-01-01 00:01:00'), commentRetry: job(platform, APP_JOBS.commentRetry, '1970-01-01 00:05:00') }
    platform.insertRow('x_mioms_m365_assis_health_sync', { feed: 'issues', last_attempt: glideTime(platform.now() - 60000), high_water: '2026-01-01T00:00:00Z' })
    platform.insertRow('sys_choice', { name: 'incident', element: 'close_code', value: 'Solution provided', label: 'Solution provided', language: 'en', inactive: 'false' })
    return { ...connected, inboundId, userId, jobs, formSectionId }
}

/** Registers the repository at the simulator for the platform's tenant. */
export async function registerAtSimulator(control: (method: string, path: string, body?: unknown) => Promise<unknown>): Promise<void> {
    await control('POST', '/_sim/configure', {
        repositories: [{ tenant: SIM_TENANT, repositoryId: DIAG_REPOSITORY, endpoint: 'https://example.service-now.com/api/x_mioms_m365_assis/v1/connector', authenticationType: 'basic', username: 'm365.integration' }],
    })
}
