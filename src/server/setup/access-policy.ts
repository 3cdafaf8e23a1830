/**
 * Who may authenticate the connector API, as the platform enforces it: the REST API access policy
 * the app ships for the connector API (inactive; src/fluent/rest-api/connector-access-policy.now.ts)
 * and its inbound authentication profiles (docs "Create REST API access policy",
 * https://www.servicenow.com/docs/r/platform-security/authentication/create-api-access-policy.html;
 * "Create an authentication profile", .../create-authentication-profile.html). With the admin's
 * consent, Setup maps one set of profiles per mode and activates the policy:
 * - Basic: the shipped Basic Auth profile + an OAuth profile whose OAuth Entity is the inbound
 *   OAuth API endpoint chosen in Setup (bearer tokens of other OAuth clients do not match it);
 * - AAD: only an ID Token profile whose OAuth Entity is the OIDC entity chosen in Setup (basic
 *   authentication and tokens validated by other OIDC entities do not match it).
 * A request that matches none is refused by the platform (401) before the route runs. A mode
 * change replaces the mapped set. The policy tables are global: an instance whose application
 * access refuses this scope's writes leaves the policy as it was, and Setup says so.
 */
import { GlideRecord } from '@servicenow/glide'
import { logInfo, logWarn } from '../diagnostics/logger'
import { booleanField } from '../platform/booleans'

const POLICY_TABLE = 'sys_api_access_policy'
const PROFILE_TABLE = 'std_http_auth'
const MAPPING_TABLE = 'sys_auth_profile_mapping'

export const CONNECTOR_POLICY_NAME = 'Microsoft 365 support connector API'
export const BASIC_PROFILE_NAME = 'Microsoft 365 connector: basic authentication'
export const OAUTH_PROFILE_NAME = 'Microsoft 365 connector: inbound OAuth client'
export const AAD_PROFILE_NAME = 'Microsoft 365 connector: Azure AD token'

/** What the platform enforces for the connector API right now. */
export interface AccessPolicyState {
    /** The policy is active and maps at least one profile. */
    active: boolean
    /** The mapped active profiles: their type and OAuth Entity (sys_id, '' for basic_auth). */
    profiles: { name: string; type: string; entityId: string }[]
}

export interface AccessPolicyOutcome {
    /** The policy now enforces the mode's credentials. */
    enforced: boolean
    /** Why it does not ('' when it does): which record the instance refused or is missing. */
    problem: string
}

function findByName(table: string, name: string): GlideRecord | null {
    const record = new GlideRecord(table)
    record.addQuery('name', name)
    record.setLimit(1)
    record.query()
    return record.next() ? record : null
}

/** The token profile of a mode, created or re-pointed at the chosen entity; its sys_id or ''. */
function tokenProfile(name: string, type: string, entityId: string): string {
    const found = findByName(PROFILE_TABLE, name)
    if (found) {
        if (found.getValue('oauth_entity') === entityId && found.getValue('type') === type && booleanField(found, 'active')) return found.getUniqueValue()
        found.setValue('type', type)
        found.setValue('oauth_entity', entityId)
        found.setValue('active', 'true')
        return found.update() ? found.getUniqueValue() : ''
    }
    const profile = new GlideRecord(PROFILE_TABLE)
    profile.initialize()
    profile.setValue('name', name)
    profile.setValue('type', type)
    profile.setValue('oauth_entity', entityId)
    profile.setValue('active', 'true')
    return profile.insert() || ''
}

/** The profiles a mode maps: sys_ids, or the name of the one that could not be found or written. */
function wantedProfiles(mode: 'basic' | 'aad', entityId: string): { ids: string[]; missing: string } {
    if (mode === 'aad') {
        const aad = tokenProfile(AAD_PROFILE_NAME, 'id_token', entityId)
        return aad ? { ids: [aad], missing: '' } : { ids: [], missing: AAD_PROFILE_NAME }
    }
    const basic = findByName(PROFILE_TABLE, BASIC_PROFILE_NAME)
    if (!basic) return { ids: [], missing: BASIC_PROFILE_NAME }
    const ids = [basic.getUniqueValue()]
    if (entityId) {
        const oauth = tokenProfile(OAUTH_PROFILE_NAME, 'oauth', entityId)
        if (!oauth) return { ids: [], missing: OAUTH_PROFILE_NAME }
        ids.push(oauth)
    }
    return { ids, missing: '' }
}

/** Maps exactly `profileIds` to the policy; false when the instance refused a change. */
function mapExactly(policyId: string, profileIds: string[]): boolean {
    const present: { [id: string]: boolean } = {}
    const mappings = new GlideRecord(MAPPING_TABLE)
    mappings.addQuery('api_access_policy', policyId)
    mappings.query()
    let ok = true
    while (mappings.next()) {
        const profileId = mappings.getValue('inbound_auth_profile') || ''
        if (profileIds.indexOf(profileId) >= 0 && !present[profileId]) {
            present[profileId] = true
            continue
        }
        // Another mode's profile (or a duplicate): it would let that mode's credential in.
        const stale = new GlideRecord(MAPPING_TABLE)
        if (stale.get(mappings.getUniqueValue()) && !stale.deleteRecord()) ok = false
    }
    for (const profileId of profileIds) {
        if (present[profileId]) continue
        const mapping = new GlideRecord(MAPPING_TABLE)
        mapping.initialize()
        mapping.setValue('api_access_policy', policyId)
        mapping.setValue('inbound_auth_profile', profileId)
        if (!mapping.insert()) ok = false
    }
    return ok
}

/**
 * With the admin's consent (Setup's inbound step): pins the connector API to the mode's
 * credentials. `entityId`: basic → the inbound OAuth client (oauth_entity; '' for basic
 * authentication only), aad → the OIDC entity (oauth_oidc_entity).
 */
export function applyAccessPolicy(mode: 'basic' | 'aad', entityId: string): AccessPolicyOutcome {
    const policy = findByName(POLICY_TABLE, CONNECTOR_POLICY_NAME)
    if (!policy) return refusedWith('the REST API access policy "' + CONNECTOR_POLICY_NAME + '" is missing or cannot be read')
    const wanted = wantedProfiles(mode, entityId)
    if (wanted.missing) return refusedWith('the authentication profile "' + wanted.missing + '" is missing or could not be written')
    // Profiles first, activation last: a refused write never leaves an active policy with a half-made set.
    if (!mapExactly(policy.getUniqueValue(), wanted.ids)) return refusedWith('the profiles of "' + CONNECTOR_POLICY_NAME + '" could not be changed')
    if (!booleanField(policy, 'active')) {
        policy.setValue('active', 'true')
        if (!policy.update()) return refusedWith('the REST API access policy "' + CONNECTOR_POLICY_NAME + '" could not be activated')
    }
    logInfo('Setup pinned the connector API to the ' + mode + ' credentials: REST API access policy "' + CONNECTOR_POLICY_NAME + '" with ' + wanted.ids.length + ' profile(s)')
    return { enforced: true, problem: '' }
}

function refusedWith(problem: string): AccessPolicyOutcome {
    logWarn('Setup could not restrict the connector API: ' + problem + ' (the tables sys_api_access_policy, std_http_auth and sys_auth_profile_mapping must let this scope read and write them)')
    return { enforced: false, problem }
}

/** What the platform enforces now (read back from the records, not from what Setup meant to do). */
export function readAccessPolicy(): AccessPolicyState {
    const policy = findByName(POLICY_TABLE, CONNECTOR_POLICY_NAME)
    const state: AccessPolicyState = { active: false, profiles: [] }
    if (!policy) return state
    const mappings = new GlideRecord(MAPPING_TABLE)
    mappings.addQuery('api_access_policy', policy.getUniqueValue())
    mappings.query()
    while (mappings.next()) {
        const profile = new GlideRecord(PROFILE_TABLE)
        if (!profile.get(mappings.getValue('inbound_auth_profile') || '') || !booleanField(profile, 'active')) continue
        state.profiles.push({ name: profile.getValue('name') || '', type: profile.getValue('type') || '', entityId: profile.getValue('oauth_entity') || '' })
    }
    state.active = booleanField(policy, 'active') && state.profiles.length > 0
    return state
}

/**
 * Does the active policy pin the connector API to exactly the mode's credentials? Basic: basic
 * authentication + the inbound client's tokens (or basic only); AAD: only the OIDC entity's tokens.
 */
export function policyMatchesMode(state: AccessPolicyState, mode: string, entityId: string): boolean {
    if (!state.active) return false
    const kinds = state.profiles.map((p) => p.type + ':' + (p.type === 'basic_auth' ? '' : p.entityId)).sort()
    if (mode === 'aad') return kinds.length === 1 && kinds[0] === 'id_token:' + entityId
    if (mode === 'basic') return kinds.join(',') === (entityId ? ['basic_auth:', 'oauth:' + entityId].sort().join(',') : 'basic_auth:')
    return false
}

/** Deactivates the policy (the setup type changed); true when it was active and now is not. */
export function suspendAccessPolicy(): boolean {
    const policy = findByName(POLICY_TABLE, CONNECTOR_POLICY_NAME)
    if (!policy || !booleanField(policy, 'active')) return false
    policy.setValue('active', 'false')
    if (policy.update()) return true
    logWarn('Setup could not deactivate the REST API access policy "' + CONNECTOR_POLICY_NAME + '" after the setup type changed: the previous type\'s credentials stay pinned until the Inbound step is run with the restriction')
    return false
}
