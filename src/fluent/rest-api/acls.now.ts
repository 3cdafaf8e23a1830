import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'

// Route ACLs. Each route names one in enforceAcl (the API-level ACL does not reach routes), and
// the route's code checks the role again.

/** Routes every app user calls: the incident panel, the page context. */
export const insightsApiAcl = Acl({
    $id: Now.ID['acl_api_insights'],
    type: 'rest_endpoint',
    name: 'x_mioms_m365_assis.insights_api',
    operation: 'execute',
    roles: [insightsUser],
    description: 'Microsoft 365 support integration: routes for insights users (incident panel, page context).',
})

/** Setup, Link Account, cases and settings. */
export const administratorApiAcl = Acl({
    $id: Now.ID['acl_api_administrator'],
    type: 'rest_endpoint',
    name: 'x_mioms_m365_assis.administrator_api',
    operation: 'execute',
    roles: [administrator],
    description: 'Microsoft 365 support integration: routes for administrators (Setup, Link Account, cases).',
})
