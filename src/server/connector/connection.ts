/**
 * What the outbound client needs from Setup, read in one place. A connection exists only once
 * the admin has chosen a mode that talks to Microsoft, a tenant and an outbound OAuth profile;
 * until then every caller gets "complete the setup steps" without a call leaving the instance.
 */
import { SetupMode, findSetup, isTestEnvironment, setupModeOf } from '../setup/setup-record'
import { booleanField } from '../platform/booleans'

export type { SetupMode }

export interface Connection {
    mode: SetupMode
    tenantDomain: string
    /** sys_id of the oauth_entity_profile chosen in Setup (client credentials to AAD). */
    outboundProfileId: string
    /** Profile for Microsoft Graph; the outbound profile unless Setup made a Graph-scoped one. */
    graphProfileId: string
    repositoryId: string
    testEnvironment: boolean
    adminEmail: string
    /** Setup's last step (the tests) passed. Cases need it; solutions and health do not. */
    completed: boolean
}

export type ConnectionLookup = { ok: true; connection: Connection } | { ok: false; missing: string }

export function readConnection(): ConnectionLookup {
    const setup = findSetup()
    if (!setup) return { ok: false, missing: 'Setup has not been started' }
    const mode = setupModeOf(setup)
    if (!mode) return { ok: false, missing: 'no setup mode chosen' }
    if (mode === 'none') return { ok: false, missing: 'Setup was continued without configuring Microsoft access' }
    const tenantDomain = setup.getValue('tenant_domain') || ''
    if (!tenantDomain) return { ok: false, missing: 'no Microsoft 365 tenant domain' }
    const outboundProfileId = setup.getValue('outbound_profile') || ''
    if (!outboundProfileId) return { ok: false, missing: 'no outbound OAuth profile' }
    return {
        ok: true,
        connection: {
            mode,
            tenantDomain,
            outboundProfileId,
            graphProfileId: setup.getValue('graph_profile') || outboundProfileId,
            repositoryId: setup.getValue('repository_id') || '',
            testEnvironment: isTestEnvironment(setup),
            adminEmail: setup.getValue('admin_email') || '',
            completed: booleanField(setup, 'completed'),
        },
    }
}
