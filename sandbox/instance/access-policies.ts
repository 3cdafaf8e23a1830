/**
 * REST API access policies, checked as the instance does when it authenticates a REST call,
 * before the route's ACLs and script (plugin com.glide.rest.policy):
 * - docs "REST API access policies" (https://www.servicenow.com/docs/r/platform-security/authentication/inbound-authentication-profile.html):
 *   a policy restricts an API "based on the authentication type"; "Authentication requests of
 *   other authentication types ... are denied".
 * - docs "Create REST API access policy" (.../create-api-access-policy.html): REST API, HTTP
 *   Method, Version, Resource or the Apply to all boxes, or Global; its inbound authentication
 *   profiles (sys_auth_profile_mapping → std_http_auth: Type Basic Auth / ID Token / OAuth, OAuth Entity).
 * - docs "API access policy prioritization" (.../api-access-policy-prioritization.html): a
 *   non-global policy always overrides a global one; method + resource + version first, ..., global last.
 * - The refusal: 401 {"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}
 *   (public evidence: ServiceNow Community "OAuth Authentication error 'User Not Authenticated'",
 *   https://www.servicenow.com/community/platform-privacy-security-forum/oauth-authentication-error-quot-user-not-authenticated-quot/m-p/3466451,
 *   and KB1963039 "API accounts getting 401 unauthorized error": deactivate the API access policy);
 *   WWW-Authenticate names the most recently mapped profile's scheme (docs "Create an authentication profile").
 * Undocumented, strict (fidelity accessPolicyTokenEntity): a token profile matches only the
 * tokens of its own OAuth Entity. Certificate and API key profiles are not emulated: they match nothing.
 */
import { Platform } from '../glide/platform'
import { storedFalse, storedTrue } from '../glide/fieldTypes'
import { term } from '../glide/store/semantics'
import { Row } from '../glide/store/types'

/** How the platform authenticated the caller, and which OAuth entity issued or validated its token. */
export interface AuthenticatedVia {
    via: 'session' | 'basic' | 'oauth' | 'aad'
    /** oauth: the oauth_entity sys_id of the token's client; aad: the oauth_oidc_entity that validated the JWT. */
    entityId?: string
}

export interface PolicyRefusal {
    status: 401
    body: { error: { message: string; detail: string }; status: 'failure' }
    authenticate: string
}

const REFUSAL_BODY = { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' as const }

/** The docs' priority of a policy for this operation (1 best … 9), or 0 when it does not apply. */
function priority(policy: Row, operation: Row): number {
    if (storedTrue(policy.apply_global)) return storedTrue(policy.apply_all_methods) ? 9 : 8
    if (String(policy.api ?? '') !== String(operation.web_service_definition ?? '')) return 0
    const method = storedTrue(policy.apply_all_methods) || storedTrue(policy.apply_all) || String(policy.http_method ?? '').toUpperCase() === String(operation.http_method ?? '').toUpperCase()
    const resource = storedTrue(policy.apply_all_resources) || storedTrue(policy.apply_all) || String(policy.api_resource ?? '') === String(operation.sys_id)
    const version = storedTrue(policy.apply_all_versions) || storedTrue(policy.apply_all) || String(policy.version ?? '') === String(operation.web_service_version ?? '')
    if (!method || !resource || !version) return 0
    const specific = { method: !storedTrue(policy.apply_all_methods), resource: !storedTrue(policy.apply_all_resources), version: !storedTrue(policy.apply_all_versions) }
    if (specific.method && specific.resource && specific.version) return 1
    if (specific.method && specific.resource) return 2
    if (specific.resource && specific.version) return 3
    if (specific.resource) return 4
    if (specific.method && specific.version) return 5
    if (specific.method) return 6
    return 7
}

/** The active policy that governs the operation, if any. */
export function governingPolicy(platform: Platform, operation: Row): Row | undefined {
    if (!platform.store.hasTable('sys_api_access_policy')) return undefined
    let best: { row: Row; rank: number } | undefined
    for (const policy of platform.store.query('sys_api_access_policy', {})) {
        if (storedFalse(policy.active)) continue
        const rank = priority(policy, operation)
        if (rank && (!best || rank < best.rank)) best = { row: policy, rank }
    }
    return best?.row
}

function profileMatches(platform: Platform, profile: Row, caller: AuthenticatedVia): boolean {
    const type = String(profile.type ?? '')
    if (type === 'basic_auth') return caller.via === 'basic'
    const pinned = String(profile.oauth_entity ?? '')
    const strict = platform.fidelity.accessPolicyTokenEntity === 'strict'
    if (!strict) return (type === 'oauth' || type === 'id_token') && (caller.via === 'oauth' || caller.via === 'aad')
    if (type === 'oauth') return caller.via === 'oauth' && (!pinned || pinned === caller.entityId)
    if (type === 'id_token') return caller.via === 'aad' && (!pinned || pinned === caller.entityId)
    return false
}

/** null when the policies let the caller through; else the platform's 401. */
export function checkAccessPolicies(platform: Platform, operation: Row, caller: AuthenticatedVia): PolicyRefusal | null {
    const policy = governingPolicy(platform, operation)
    if (!policy) return null
    const profiles = platform.store
        .query('sys_auth_profile_mapping', { where: term('api_access_policy', '=', String(policy.sys_id)) })
        .sort((a, b) => String(a.sys_created_on ?? '').localeCompare(String(b.sys_created_on ?? '')))
        .map((mapping) => platform.store.get('std_http_auth', String(mapping.inbound_auth_profile ?? '')))
        .filter((profile): profile is Row => !!profile && !storedFalse(profile.active))
    if (profiles.some((profile) => profileMatches(platform, profile, caller))) return null
    const latest = profiles[profiles.length - 1]
    const scheme = latest && String(latest.type) !== 'basic_auth' ? 'BEARER' : 'BASIC'
    return { status: 401, body: REFUSAL_BODY, authenticate: `${scheme} realm="Service-now"` }
}
