/**
 * Setup's REST API access policy (src/server/setup/access-policy.ts) on the emulated platform:
 * one set of profiles per mode, replaced when the mode changes, activation last; and the strict
 * side of crossScopeApiPolicyWrite, where the instance refuses the app's writes and nothing changes.
 */
import { createTestPlatform, Platform } from '../../../sandbox/glide'
import {
    AAD_PROFILE_NAME,
    BASIC_PROFILE_NAME,
    CONNECTOR_POLICY_NAME,
    OAUTH_PROFILE_NAME,
    applyAccessPolicy,
    policyMatchesMode,
    readAccessPolicy,
    suspendAccessPolicy,
} from '../../../src/server/setup/access-policy'

let platform: Platform
let policyId: string
const CLIENT = '1'.repeat(32)
const OIDC = '2'.repeat(32)

/** What the app installs (src/fluent/rest-api/connector-access-policy.now.ts): the policy, inactive, and the Basic Auth profile. */
function install(): void {
    policyId = platform.insertRow('sys_api_access_policy', { name: CONNECTOR_POLICY_NAME, active: 'false', api: 'e453db0db3b14d2bb6f20ce8bb54006a', apply_all_methods: 'true', apply_all_resources: 'true', apply_all_versions: 'true' })
    platform.insertRow('std_http_auth', { name: BASIC_PROFILE_NAME, type: 'basic_auth', active: 'true' })
}

function mapped(): string[] {
    return readAccessPolicy().profiles.map((p) => p.name).sort()
}

beforeEach(() => {
    platform = createTestPlatform()
    install()
})

test('Basic mode maps basic authentication and the inbound client, and activates the policy', () => {
    platform.fidelity.crossScopeApiPolicyWrite = 'lenient'
    expect(applyAccessPolicy('basic', CLIENT)).toEqual({ enforced: true, problem: '' })
    expect(mapped()).toEqual([BASIC_PROFILE_NAME, OAUTH_PROFILE_NAME].sort())
    expect(policyMatchesMode(readAccessPolicy(), 'basic', CLIENT)).toBe(true)
    expect(policyMatchesMode(readAccessPolicy(), 'basic', OIDC)).toBe(false)
    expect(policyMatchesMode(readAccessPolicy(), 'aad', CLIENT)).toBe(false)
    // Applying again changes nothing (no duplicate mapping or profile).
    applyAccessPolicy('basic', CLIENT)
    expect(platform.store.query('sys_auth_profile_mapping', {}).length).toBe(2)
    expect(platform.store.query('std_http_auth', {}).length).toBe(2)
})

test("a mode change replaces the set: AAD maps only the OIDC entity's profile", () => {
    platform.fidelity.crossScopeApiPolicyWrite = 'lenient'
    applyAccessPolicy('basic', CLIENT)
    expect(suspendAccessPolicy()).toBe(true)
    expect(readAccessPolicy().active).toBe(false)
    expect(applyAccessPolicy('aad', OIDC).enforced).toBe(true)
    expect(mapped()).toEqual([AAD_PROFILE_NAME])
    expect(readAccessPolicy().profiles[0]).toEqual({ name: AAD_PROFILE_NAME, type: 'id_token', entityId: OIDC })
    expect(policyMatchesMode(readAccessPolicy(), 'aad', OIDC)).toBe(true)
    // Back to Basic with another client: the OAuth profile is re-pointed, the AAD one unmapped.
    applyAccessPolicy('basic', '3'.repeat(32))
    expect(mapped()).toEqual([BASIC_PROFILE_NAME, OAUTH_PROFILE_NAME].sort())
    expect(policyMatchesMode(readAccessPolicy(), 'basic', '3'.repeat(32))).toBe(true)
})

test('strict application access: the instance refuses the writes, Setup reports why, and the policy stays inactive and unmapped', () => {
    const before = JSON.stringify(['sys_api_access_policy', 'std_http_auth', 'sys_auth_profile_mapping'].map((t) => platform.store.query(t, {})))
    const outcome = applyAccessPolicy('aad', OIDC)
    expect(outcome.enforced).toBe(false)
    expect(outcome.problem).toContain(AAD_PROFILE_NAME)
    expect(JSON.stringify(['sys_api_access_policy', 'std_http_auth', 'sys_auth_profile_mapping'].map((t) => platform.store.query(t, {})))).toBe(before)
    expect(readAccessPolicy()).toEqual({ active: false, profiles: [] })
    expect(platform.store.query('sys_api_access_policy', {})[0].sys_id).toBe(policyId)
})

test('no shipped policy: nothing is enforced and Setup says the policy is missing', () => {
    platform.fidelity.crossScopeApiPolicyWrite = 'lenient'
    platform.store.delete('sys_api_access_policy', policyId)
    expect(applyAccessPolicy('basic', CLIENT)).toEqual({ enforced: false, problem: expect.stringContaining('is missing') })
})
