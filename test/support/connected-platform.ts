/**
 * A test platform wired to the Microsoft simulator the way an admin wires an instance: an
 * outbound OAuth provider (oauth_entity + profile) for the simulator's default app, the app's
 * Microsoft URL properties pointing at the simulator, and a Setup row. Unit tests of server
 * modules that call Microsoft start from here, then break one piece to test a failure.
 */
import { Platform, createTestPlatform } from '../../sandbox/glide'
import { PROPERTY } from '../../src/server/config/settings'

/** The simulator's defaults (sandbox/microsoft/README.md). */
export const SIM_TENANT = 'contoso.onmicrosoft.com'
export const SIM_OUTBOUND_APP = { clientId: '11111111-2222-4333-8444-555555555555', clientSecret: 'sim-outbound-secret' }
export const SIM_ADMIN_EMAIL = 'admin@contoso.onmicrosoft.com'

export interface ConnectedPlatform {
    platform: Platform
    entityId: string
    profileId: string
    setupId: string
}

export interface ConnectOptions {
    mode?: 'basic' | 'aad' | 'insights' | 'none'
    repositoryId?: string
    clientSecret?: string
    /** 'v2' uses the v2.0 endpoint with a `.default` scope on the profile (no OAuth API script needed). */
    tokenEndpoint?: 'v2'
    completed?: boolean
    platform?: Platform
    /** Recommended solutions source; 'connector' here, the platform Setup connected (the shipped default is 'learn'). */
    solutionsSource?: 'learn' | 'connector' | 'off'
}

/** An oauth_entity_profile on the entity, with one oauth_entity_scope linked to it. */
export function addScopedProfile(platform: Platform, entityId: string, name: string, scopeName: string, scope: string, isDefault = false): string {
    const profileId = platform.insertRow('oauth_entity_profile', {
        name,
        oauth_entity: entityId,
        grant_type: 'client_credentials',
        is_default: String(isDefault),
    })
    const scopeId = platform.insertRow('oauth_entity_scope', { name: scopeName, oauth_entity: entityId, oauth_entity_scope: scope })
    platform.insertRow('oauth_entity_profile_scope', { oauth_entity_profile: profileId, oauth_entity_scope: scopeId })
    return profileId
}

export function connectPlatform(simUrl: string, options: ConnectOptions = {}): ConnectedPlatform {
    const platform = options.platform ?? createTestPlatform()
    platform.setProperty(PROPERTY.connectorBaseUrl, simUrl)
    platform.setProperty(PROPERTY.graphBaseUrl, simUrl)
    platform.setProperty(PROPERTY.learnMcpUrl, simUrl + '/api/mcp')
    platform.setProperty(PROPERTY.solutionsSource, options.solutionsSource ?? 'connector')
    platform.setProperty(PROPERTY.tokenHost, simUrl)
    const entityId = platform.insertRow('oauth_entity', {
        name: 'Microsoft 365 outbound (test)',
        type: 'oauth2',
        client_id: SIM_OUTBOUND_APP.clientId,
        client_secret: options.clientSecret ?? SIM_OUTBOUND_APP.clientSecret,
        default_grant_type: 'client_credentials',
        token_url: `${simUrl}/${SIM_TENANT}/oauth2/v2.0/token`,
        active: 'true',
    })
    const profileId = addScopedProfile(platform, entityId, 'Microsoft 365 outbound (test) default_profile', 'Microsoft support connector', 'https://connector.rave.microsoft.com/.default', true)
    const setupId = platform.insertRow('x_mioms_m365_assis_setup', {
        step: options.completed === false ? 'settings' : 'done',
        consent: 'true',
        mode: options.mode ?? 'basic',
        test_environment: 'true',
        tenant_domain: SIM_TENANT,
        outbound_profile: profileId,
        outbound_client_id: SIM_OUTBOUND_APP.clientId,
        repository_id: options.repositoryId ?? 'contoso-servicenow',
        admin_email: SIM_ADMIN_EMAIL,
        completed: options.completed === false ? 'false' : 'true',
    })
    return { platform, entityId, profileId, setupId }
}
