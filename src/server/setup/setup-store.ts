/**
 * Setup's Glide I/O: the platform records the admin prepared (OAuth providers, OIDC entities,
 * users) as choices, the one change Setup makes to an OAuth provider (with consent), and the
 * saved Setup row. Cross-scope reads go through here so a refused read is detected in one place.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { logWarn } from '../diagnostics/logger'
import { SYS_ID } from './wizard-steps'
import { readSettings } from '../config/settings'
import { booleanField } from '../platform/booleans'

export interface OutboundChoice {
    profileId: string
    profileName: string
    entityId: string
    entityName: string
    clientId: string
    tokenUrl: string
    hasApiScript: boolean
}

export interface Listing<T> {
    /** The table's cross-scope access policy refused the read (All application scopes > Can read cleared). */
    refused: boolean
    items: T[]
}

/**
 * A refused cross-scope read is silent for the script (an empty result, no exception; the
 * platform writes "Security restricted: Read operation against ... refused" to the log), so an
 * empty answer is checked against the table's application access (sys_db_object.read_access).
 */
export function crossScopeReadRefused(table: string): boolean {
    const definition = new GlideRecord('sys_db_object')
    definition.addQuery('name', table)
    definition.setLimit(1)
    definition.query()
    // read_access is a True/False field ('0' from getValue when cleared); empty keeps the platform default, true.
    return definition.next() && !booleanField(definition, 'read_access', true)
}

export function listOutboundProviders(): Listing<OutboundChoice> {
    const items: OutboundChoice[] = []
    const entities = new GlideRecord('oauth_entity')
    // Third-party providers ("Connect to a third party OAuth Provider"): not the inbound kind
    // ("client"), whatever the instance calls the third-party type; the grant decides.
    entities.addQuery('type', '!=', 'client')
    entities.addQuery('default_grant_type', 'client_credentials')
    entities.addQuery('active', 'true')
    entities.orderBy('name')
    entities.setLimit(200)
    entities.query()
    let seen = 0
    const graphOnly = graphScope()
    while (entities.next()) {
        seen++
        const entityId = entities.getUniqueValue()
        const profiles = new GlideRecord('oauth_entity_profile')
        profiles.addQuery('oauth_entity', entityId)
        profiles.addQuery('grant_type', 'client_credentials')
        profiles.orderBy('name')
        profiles.query()
        while (profiles.next()) {
            // The Graph profile Setup adds is for service health, not for the connector.
            if (hasScope(profiles.getUniqueValue(), graphOnly)) continue
            items.push({
                profileId: profiles.getUniqueValue(),
                profileName: profiles.getValue('name') || '',
                entityId,
                entityName: entities.getValue('name') || '',
                clientId: entities.getValue('client_id') || '',
                tokenUrl: entities.getValue('token_url') || '',
                hasApiScript: !!entities.getValue('oauth_api_script'),
            })
        }
    }
    const refused = seen === 0 && crossScopeReadRefused('oauth_entity')
    if (refused) logWarn('Setup could not list OAuth providers: the cross-scope access policy of oauth_entity refuses reads from this scope')
    return { refused, items }
}

/** The chosen profile with its provider, or null when it is not a listed client-credentials provider. */
export function findOutboundChoice(profileId: string): Listing<OutboundChoice> {
    const listing = listOutboundProviders()
    return { refused: listing.refused, items: listing.items.filter((c) => c.profileId === profileId) }
}

/** A provider of the wrong grant type, for a specific refusal (null when no such profile). */
export function findProviderName(profileId: string): { name: string; grant: string } | null {
    const profile = new GlideRecord('oauth_entity_profile')
    if (!profile.get(profileId)) return null
    const entity = new GlideRecord('oauth_entity')
    if (!entity.get(profile.getValue('oauth_entity') || '')) return null
    return { name: entity.getValue('name') || '', grant: entity.getValue('default_grant_type') || '' }
}

export const OAUTH_SCRIPT_API_NAME = 'x_mioms_m365_assis.OAuthM365Util'
/** Client-credentials scopes: the token audiences from settings (not the base URLs) + /.default. */
export function graphScope(): string {
    return readSettings().graphResource + '/.default'
}
export function connectorScope(): string {
    return readSettings().connectorResource + '/.default'
}

function addScope(entityId: string, profileId: string, name: string, value: string): boolean {
    const scope = new GlideRecord('oauth_entity_scope')
    scope.initialize()
    scope.setValue('name', name)
    scope.setValue('oauth_entity', entityId)
    scope.setValue('oauth_entity_scope', value)
    const scopeId = scope.insert()
    if (!scopeId) return false
    const link = new GlideRecord('oauth_entity_profile_scope')
    link.initialize()
    link.setValue('oauth_entity_profile', profileId)
    link.setValue('oauth_entity_scope', scopeId)
    return !!link.insert()
}

/** The scope texts of an OAuth profile (oauth_entity_profile_scope → oauth_entity_scope). */
function profileScopes(profileId: string): string[] {
    const scopes: string[] = []
    const links = new GlideRecord('oauth_entity_profile_scope')
    links.addQuery('oauth_entity_profile', profileId)
    links.query()
    while (links.next()) {
        const scope = new GlideRecord('oauth_entity_scope')
        if (scope.get(links.getValue('oauth_entity_scope') || '') && scope.getValue('oauth_entity_scope')) scopes.push(scope.getValue('oauth_entity_scope') as string)
    }
    return scopes
}

function hasScope(profileId: string, value: string): boolean {
    return profileScopes(profileId).indexOf(value) >= 0
}

function hasScopes(profileId: string): boolean {
    const links = new GlideRecord('oauth_entity_profile_scope')
    links.addQuery('oauth_entity_profile', profileId)
    links.setLimit(1)
    links.query()
    return links.next()
}

/**
 * With the admin's consent: AAD v1 token URLs need a `resource`, which the app's OAuth API script
 * adds, and Microsoft Graph needs its own profile (a `.default` scope for Graph). Returns what
 * was changed, and the Graph profile's sys_id.
 */
export function configureProvider(choice: OutboundChoice, v1: boolean): { changes: string[]; graphProfileId: string } {
    const changes: string[] = []
    if (v1 && !choice.hasApiScript) {
        const script = new GlideRecord('sys_script_include')
        script.addQuery('api_name', OAUTH_SCRIPT_API_NAME)
        script.setLimit(1)
        script.query()
        if (script.next()) {
            const entity = new GlideRecord('oauth_entity')
            if (entity.get(choice.entityId)) {
                entity.setValue('oauth_api_script', script.getUniqueValue())
                if (entity.update()) changes.push('OAuth API script set to OAuthM365Util')
            }
        }
    }
    let graphProfileId = ''
    const existing = new GlideRecord('oauth_entity_profile_scope')
    existing.addQuery('oauth_entity_profile', 'IN', profilesOf(choice.entityId).join(','))
    existing.query()
    while (existing.next() && !graphProfileId) {
        const scope = new GlideRecord('oauth_entity_scope')
        if (scope.get(existing.getValue('oauth_entity_scope') || '') && scope.getValue('oauth_entity_scope') === graphScope()) {
            graphProfileId = existing.getValue('oauth_entity_profile') || ''
        }
    }
    if (!graphProfileId) {
        const profile = new GlideRecord('oauth_entity_profile')
        profile.initialize()
        profile.setValue('name', choice.entityName + ' Microsoft Graph')
        profile.setValue('oauth_entity', choice.entityId)
        profile.setValue('grant_type', 'client_credentials')
        profile.setValue('is_default', 'false')
        graphProfileId = profile.insert() || ''
        if (graphProfileId && addScope(choice.entityId, graphProfileId, 'Microsoft Graph', graphScope())) {
            changes.push('Microsoft Graph profile added (scope ' + graphScope() + ')')
        }
    }
    // The connector profile asks for the connector's audience explicitly, so the token is right
    // whichever base URL (a successor service, the simulator) the connector is reached at.
    if (!hasScopes(choice.profileId) && addScope(choice.entityId, choice.profileId, 'Microsoft support connector', connectorScope())) {
        changes.push('scope ' + connectorScope() + ' added to profile ' + choice.profileName)
    }
    return { changes, graphProfileId }
}

function profilesOf(entityId: string): string[] {
    const ids: string[] = []
    const profile = new GlideRecord('oauth_entity_profile')
    profile.addQuery('oauth_entity', entityId)
    profile.query()
    while (profile.next()) ids.push(profile.getUniqueValue())
    return ids
}

/** What Setup's token test asks GlideOAuthClient for: the provider (by name, as the API wants it) behind the chosen profile. */
export interface TokenTarget {
    providerName: string
    /** How many active providers carry that name (GlideOAuthClient finds the provider by name). */
    sameName: number
    tokenUrl: string
    /** The provider's client ID (the outbound Azure AD app), for messages and the log. */
    clientId: string
    /** The profile's scopes, space separated (the connector's .default scope when it has none). */
    scope: string
}

export function outboundTokenTarget(profileId: string): TokenTarget | null {
    const profile = new GlideRecord('oauth_entity_profile')
    if (!profile.get(profileId)) return null
    const entity = new GlideRecord('oauth_entity')
    if (!entity.get(profile.getValue('oauth_entity') || '')) return null
    const providerName = entity.getValue('name') || ''
    const same = new GlideRecord('oauth_entity')
    same.addQuery('name', providerName)
    same.addQuery('active', '!=', 'false')
    same.query()
    let sameName = 0
    while (same.next()) sameName++
    const scopes = profileScopes(profileId)
    return { providerName, sameName, tokenUrl: entity.getValue('token_url') || '', clientId: entity.getValue('client_id') || '', scope: scopes.length ? scopes.join(' ') : connectorScope() }
}

export interface InboundChoice {
    entityId: string
    name: string
    clientId: string
    kind: 'oauth_client' | 'oidc'
}

export function listInbound(useOidc: boolean): Listing<InboundChoice> {
    const table = useOidc ? 'oauth_oidc_entity' : 'oauth_entity'
    const entities = new GlideRecord(table)
    if (!useOidc) entities.addQuery('type', 'client')
    entities.addQuery('active', 'true')
    entities.orderBy('name')
    entities.setLimit(200)
    entities.query()
    const items: InboundChoice[] = []
    while (entities.next()) {
        items.push({ entityId: entities.getUniqueValue(), name: entities.getValue('name') || '', clientId: entities.getValue('client_id') || '', kind: useOidc ? 'oidc' : 'oauth_client' })
    }
    return { refused: items.length === 0 && crossScopeReadRefused(table), items }
}

export interface UserChoice {
    userId: string
    userName: string
    name: string
    webServiceOnly: boolean
    incidentManager: boolean
    /** Holds admin, directly or otherwise: Setup refuses such an integration user. */
    admin: boolean
}

function userChoice(user: GlideRecord): UserChoice {
    const userId = user.getUniqueValue()
    return {
        userId,
        userName: user.getValue('user_name') || '',
        name: user.getValue('name') || '',
        webServiceOnly: booleanField(user, 'web_service_access_only'),
        incidentManager: hasRoleDirectly(userId, 'incident_manager'),
        admin: holdsRole(userId, 'admin'),
    }
}

/** How deep role containment is followed: far more than any instance nests roles, and a cycle cannot loop. */
const MAX_ROLE_DEPTH = 20

/**
 * Whether the user holds `roleName` in any way: every role row of the user (granted directly, by a
 * group, or inherited: sys_user_has_role keeps them all), then the roles those contain
 * (sys_user_role_contains), followed here too so the answer does not depend on the inherited
 * rows being present. For a user other than the session's, which gs.hasRole cannot answer.
 */
export function holdsRole(userId: string, roleName: string): boolean {
    const seen: { [roleId: string]: boolean } = {}
    let level: string[] = []
    const grants = new GlideRecord('sys_user_has_role')
    grants.addQuery('user', userId)
    grants.query()
    while (grants.next()) level.push(grants.getValue('role') || '')
    for (let depth = 0; depth < MAX_ROLE_DEPTH && level.length > 0; depth++) {
        const fresh = level.filter((id) => id && !seen[id])
        if (fresh.length === 0) break
        for (const id of fresh) seen[id] = true
        const roles = new GlideRecord('sys_user_role')
        roles.addQuery('sys_id', 'IN', fresh.join(','))
        roles.addQuery('name', roleName)
        roles.setLimit(1)
        roles.query()
        if (roles.next()) return true
        const contained = new GlideRecord('sys_user_role_contains')
        contained.addQuery('role', 'IN', fresh.join(','))
        contained.query()
        level = []
        while (contained.next()) level.push(contained.getValue('contains') || '')
    }
    return false
}

function hasRoleDirectly(userId: string, roleName: string): boolean {
    const role = new GlideRecord('sys_user_role')
    if (!role.get('name', roleName)) return false
    const grant = new GlideRecord('sys_user_has_role')
    grant.addQuery('user', userId)
    grant.addQuery('role', role.getUniqueValue())
    grant.setLimit(1)
    grant.query()
    return grant.next()
}

/** Candidate integration users: web-service-only users first, then the rest (active only). */
export function listUsers(): UserChoice[] {
    const users = new GlideRecord('sys_user')
    users.addQuery('active', 'true')
    users.orderByDesc('web_service_access_only')
    users.orderBy('user_name')
    users.setLimit(200)
    users.query()
    const items: UserChoice[] = []
    while (users.next()) items.push(userChoice(users))
    return items
}

export function findUser(field: 'sys_id' | 'user_name', value: string): UserChoice | null {
    const user = new GlideRecord('sys_user')
    user.addQuery(field, value)
    user.addQuery('active', 'true')
    user.setLimit(1)
    user.query()
    return user.next() ? userChoice(user) : null
}

export function readRecordField(table: string, sysId: string, field: string): string {
    if (!SYS_ID.test(sysId || '')) return ''
    const record = new GlideRecord(table)
    return record.get(sysId) ? record.getValue(field) || '' : ''
}

/** This instance's inbound base URL for the connector (glide.servlet.uri + the app's API path). */
export function inboundEndpoint(): string {
    const base = String(gs.getProperty('glide.servlet.uri', '') || '')
    const withSlash = base.replace(/\/*$/, '/')
    return withSlash + 'api/x_mioms_m365_assis/v1/connector'
}
