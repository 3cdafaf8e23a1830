import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// Who may authenticate the connector API: a REST API access policy (docs "Create REST API access
// policy", https://www.servicenow.com/docs/r/platform-security/authentication/create-api-access-policy.html)
// for every method, resource and version of the connector API. It ships inactive: the profiles
// it needs name per-instance records (the inbound OAuth client or OIDC entity chosen in Setup), so
// Setup maps them and activates it with the admin's consent (src/server/setup/access-policy.ts).
// A policy is matched by its REST API (the sys_ws_definition); the policy rests on that id.
export const connectorAccessPolicy = Record({
    $id: Now.ID['connector_access_policy'],
    table: 'sys_api_access_policy',
    data: {
        name: 'Microsoft 365 support connector API',
        active: false,
        api: Now.ref('sys_ws_definition', 'api_connector'),
        api_path: 'x_mioms_m365_assis/connector',
        apply_global: false,
        apply_all_methods: true,
        apply_all_resources: true,
        apply_all_versions: true,
    },
})

// The Basic Auth profile the policy maps in Basic mode (Microsoft sends the integration user's
// password, or a bearer token of the inbound OAuth client: the OAuth profile Setup creates).
export const connectorBasicAuthProfile = Record({
    $id: Now.ID['connector_auth_profile_basic'],
    table: 'std_http_auth',
    data: {
        name: 'Microsoft 365 connector: basic authentication',
        type: 'basic_auth',
        active: true,
    },
})
