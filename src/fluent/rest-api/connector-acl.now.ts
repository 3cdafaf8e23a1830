import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'

// Route ACL of the connector API (what Microsoft's connector calls as the integration user).
//
// Role choice: the integration user is a web-service-only account holding `incident_manager`
// (+ `snc_internal`, which routes require by default), as Microsoft's guide tells admins to set
// it up; it holds neither app role, and the app's two roles are for people (agents and
// administrators), who must not be able to post as Microsoft. So the ACL requires
// `incident_manager` - the role the connector needs anyway to work incidents - and the routes
// then pin the caller in code to the one integration user named in Setup
// (src/server/inbound/caller.ts). Admins do not bypass the code check.
export const connectorApiAcl = Acl({
    $id: Now.ID['acl_api_connector'],
    type: 'rest_endpoint',
    name: 'x_mioms_m365_assis.connector_api',
    operation: 'execute',
    roles: ['incident_manager'],
    description: 'Microsoft 365 support integration: the connector API Microsoft support calls as the integration user.',
})
