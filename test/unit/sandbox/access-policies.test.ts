/**
 * The sandbox's REST API access policies (sandbox/instance/access-policies.ts): which policy
 * governs a route (docs' prioritization), which profiles let a caller through, the refusal, and
 * both sides of the undocumented accessPolicyTokenEntity switch.
 */
import { createTestPlatform, Platform } from '../../../sandbox/glide'
import { checkAccessPolicies, governingPolicy } from '../../../sandbox/instance/access-policies'

let platform: Platform
const API = 'a'.repeat(32)
const operation = { sys_id: 'b'.repeat(32), web_service_definition: API, web_service_version: 'c'.repeat(32), http_method: 'GET' }

function policy(values: Record<string, string>, profiles: Record<string, string>[]): string {
    const id = platform.insertRow('sys_api_access_policy', { name: 'p', active: 'true', ...values })
    for (const profile of profiles) platform.insertRow('sys_auth_profile_mapping', { api_access_policy: id, inbound_auth_profile: platform.insertRow('std_http_auth', { active: 'true', ...profile }) })
    return id
}

beforeEach(() => {
    platform = createTestPlatform()
})

test('no active policy for the API: every authenticated caller passes', () => {
    policy({ api: API, apply_all_methods: 'true', apply_all_resources: 'true', apply_all_versions: 'true', active: 'false' }, [{ type: 'basic_auth' }])
    policy({ api: 'd'.repeat(32), apply_all_methods: 'true', apply_all_resources: 'true', apply_all_versions: 'true' }, [{ type: 'basic_auth' }])
    expect(checkAccessPolicies(platform, operation, { via: 'oauth', entityId: 'x' })).toBeNull()
})

test('a policy for the API beats a global one; a matching profile passes, others get the platform 401', () => {
    policy({ apply_global: 'true', apply_all_methods: 'true' }, [{ type: 'basic_auth' }])
    const pinned = policy({ api: API, apply_all_methods: 'true', apply_all_resources: 'true', apply_all_versions: 'true' }, [{ type: 'oauth', oauth_entity: 'e1' }])
    expect(governingPolicy(platform, operation)?.sys_id).toBe(pinned)
    expect(checkAccessPolicies(platform, operation, { via: 'oauth', entityId: 'e1' })).toBeNull()
    expect(checkAccessPolicies(platform, operation, { via: 'basic' })).toEqual({
        status: 401,
        body: { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' },
        authenticate: 'BEARER realm="Service-now"',
    })
})

test('a policy for one method does not govern another method', () => {
    policy({ api: API, http_method: 'POST', apply_all_resources: 'true', apply_all_versions: 'true' }, [{ type: 'basic_auth' }])
    expect(governingPolicy(platform, operation)).toBeUndefined()
})

test('strict: an OAuth profile takes only tokens of its OAuth Entity, an ID Token profile only JWTs its OIDC entity validated', () => {
    policy({ api: API, apply_all_methods: 'true', apply_all_resources: 'true', apply_all_versions: 'true' }, [
        { type: 'oauth', oauth_entity: 'client1' },
        { type: 'id_token', oauth_entity: 'oidc1' },
    ])
    expect(checkAccessPolicies(platform, operation, { via: 'oauth', entityId: 'client1' })).toBeNull()
    expect(checkAccessPolicies(platform, operation, { via: 'aad', entityId: 'oidc1' })).toBeNull()
    expect(checkAccessPolicies(platform, operation, { via: 'oauth', entityId: 'client2' })?.status).toBe(401)
    expect(checkAccessPolicies(platform, operation, { via: 'aad', entityId: 'oidc2' })?.status).toBe(401)
    expect(checkAccessPolicies(platform, operation, { via: 'aad', entityId: 'client1' })?.status).toBe(401)
    expect(checkAccessPolicies(platform, operation, { via: 'basic' })?.status).toBe(401)
    expect(checkAccessPolicies(platform, operation, { via: 'session' })?.status).toBe(401)
})

test('lenient: any valid bearer token matches any OAuth or ID Token profile; basic authentication still does not', () => {
    platform.fidelity.accessPolicyTokenEntity = 'lenient'
    policy({ api: API, apply_all_methods: 'true', apply_all_resources: 'true', apply_all_versions: 'true' }, [{ type: 'id_token', oauth_entity: 'oidc1' }])
    expect(checkAccessPolicies(platform, operation, { via: 'aad', entityId: 'oidc2' })).toBeNull()
    expect(checkAccessPolicies(platform, operation, { via: 'oauth', entityId: 'client2' })).toBeNull()
    expect(checkAccessPolicies(platform, operation, { via: 'basic' })?.status).toBe(401)
})

test('an inactive profile matches nothing', () => {
    policy({ api: API, apply_all_methods: 'true', apply_all_resources: 'true', apply_all_versions: 'true' }, [{ type: 'basic_auth', active: 'false' }])
    expect(checkAccessPolicies(platform, operation, { via: 'basic' })?.authenticate).toBe('BASIC realm="Service-now"')
})
