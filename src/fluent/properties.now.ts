import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { administrator } from './roles.now'

// Every Microsoft URL is a setting: Microsoft retired its own service in 2025, national clouds
// use other hosts, and the local simulator stands in for all of them. Admins only may change them.

export const tokenHost = Property({
    $id: Now.ID['prop_token_host'],
    name: 'x_mioms_m365_assis.microsoft.token_host',
    type: 'string',
    value: 'https://login.microsoftonline.com',
    description: 'Microsoft identity platform host that issues tokens (token URL is {host}/{tenant}/oauth2/token).',
    roles: { read: [administrator], write: [administrator] },
})
export const connectorBaseUrl = Property({
    $id: Now.ID['prop_connector_base_url'],
    name: 'x_mioms_m365_assis.microsoft.connector_base_url',
    type: 'string',
    value: 'https://connector.rave.microsoft.com',
    description: 'Base URL of the Microsoft support connector (recommended solutions, service requests).',
    roles: { read: [administrator], write: [administrator] },
})
export const graphBaseUrl = Property({
    $id: Now.ID['prop_graph_base_url'],
    name: 'x_mioms_m365_assis.microsoft.graph_base_url',
    type: 'string',
    value: 'https://graph.microsoft.com',
    description: 'Microsoft Graph base URL for service health (use the national cloud host where needed).',
    roles: { read: [administrator], write: [administrator] },
})
export const learnMcpUrl = Property({
    $id: Now.ID['prop_learn_mcp_url'],
    name: 'x_mioms_m365_assis.microsoft.learn_mcp_url',
    type: 'string',
    value: 'https://learn.microsoft.com/api/mcp',
    description: 'Endpoint of the Microsoft Learn MCP server (recommended solutions; public, no account, no authentication).',
    roles: { read: [administrator], write: [administrator] },
})
// What leaves the instance with "learn": the incident's short description and description, or the typed search.
export const solutionsSource = Property({
    $id: Now.ID['prop_solutions_source'],
    name: 'x_mioms_m365_assis.solutions.source',
    type: 'choicelist',
    value: 'learn',
    choices: ['learn', 'connector', 'off'],
    description: 'Where recommended solutions come from: learn (Microsoft Learn, every mode, sends the incident text), connector (the Microsoft support connector Setup configured), off (nothing is sent; search links only).',
    roles: { read: [administrator], write: [administrator] },
})
// The token audiences (App ID URIs), which are not the base URLs: a proxy, a national cloud or
// the local simulator serves the API at another address than the resource tokens are issued for.
export const connectorResource = Property({
    $id: Now.ID['prop_connector_resource'],
    name: 'x_mioms_m365_assis.microsoft.connector_resource',
    type: 'string',
    value: 'https://connector.rave.microsoft.com',
    description: 'Token audience of the Microsoft support connector (AAD v1 resource; v2 scope is this + /.default).',
    roles: { read: [administrator], write: [administrator] },
})
export const graphResource = Property({
    $id: Now.ID['prop_graph_resource'],
    name: 'x_mioms_m365_assis.microsoft.graph_resource',
    type: 'string',
    value: 'https://graph.microsoft.com',
    description: 'Token audience of Microsoft Graph (e.g. https://graph.microsoft.us in a US Government cloud).',
    roles: { read: [administrator], write: [administrator] },
})
export const httpTimeoutMs = Property({
    $id: Now.ID['prop_http_timeout_ms'],
    name: 'x_mioms_m365_assis.http.timeout_ms',
    type: 'integer',
    value: 20000,
    description: 'Timeout in milliseconds for each call to Microsoft.',
    roles: { read: [administrator], write: [administrator] },
})
export const httpMaxRetries = Property({
    $id: Now.ID['prop_http_max_retries'],
    name: 'x_mioms_m365_assis.http.max_retries',
    type: 'integer',
    value: 2,
    description: 'Retries after a throttled (429) or unavailable (503) answer from Microsoft, honouring Retry-After.',
    roles: { read: [administrator], write: [administrator] },
})
export const solutionsCacheMinutes = Property({
    $id: Now.ID['prop_cache_solutions_minutes'],
    name: 'x_mioms_m365_assis.cache.solutions_minutes',
    type: 'integer',
    value: 1440,
    description: 'Minutes an incident keeps its recommended solutions before they are fetched again.',
    roles: { read: [administrator], write: [administrator] },
})
export const healthCacheMinutes = Property({
    $id: Now.ID['prop_cache_health_minutes'],
    name: 'x_mioms_m365_assis.cache.health_minutes',
    type: 'integer',
    value: 15,
    description: 'Minutes between service health syncs from Microsoft Graph.',
    roles: { read: [administrator], write: [administrator] },
})
export const feedbackOptOut = Property({
    $id: Now.ID['prop_feedback_opt_out'],
    name: 'x_mioms_m365_assis.feedback.opt_out',
    type: 'boolean',
    value: false,
    description: 'Set to true to never ask users for feedback on recommended solutions.',
    roles: { read: [administrator], write: [administrator] },
})
export const inboundMaxBodyBytes = Property({
    $id: Now.ID['prop_inbound_max_body_bytes'],
    name: 'x_mioms_m365_assis.inbound.max_body_bytes',
    type: 'integer',
    value: 65536,
    description: 'Largest request body, in bytes, the connector may send to the app (larger ones get 413).',
    roles: { read: [administrator], write: [administrator] },
})
// What a message from Microsoft does to a Resolved incident (Closed and Canceled ones always refuse it):
// reopen, as the platform reopens resolved incidents, or refuse so agents decide. docs/admin/inbound.md.
export const inboundResolvedIncidentCommunication = Property({
    $id: Now.ID['prop_inbound_resolved_incident_communication'],
    name: 'x_mioms_m365_assis.inbound.resolved_incident_communication',
    type: 'choicelist',
    choices: ['reopen', 'refuse'],
    value: 'reopen',
    description:
        'A message from Microsoft on a case whose incident is Resolved: reopen (add the comment and set the incident to In Progress with a work note) or refuse (the connector gets 409 IncidentResolved and nothing is written).',
    roles: { read: [administrator], write: [administrator] },
})
export const healthAutoIncident = Property({
    $id: Now.ID['prop_health_auto_incident'],
    name: 'x_mioms_m365_assis.health.auto_incident',
    type: 'boolean',
    value: false,
    description: 'Create one incident per Microsoft 365 service health issue.',
    roles: { read: [administrator], write: [administrator] },
})
export const healthAutoResolve = Property({
    $id: Now.ID['prop_health_auto_resolve'],
    name: 'x_mioms_m365_assis.health.auto_resolve',
    type: 'boolean',
    value: false,
    description: 'Resolve the incident when Microsoft resolves the service health issue.',
    roles: { read: [administrator], write: [administrator] },
})
export const healthAssignmentGroup = Property({
    $id: Now.ID['prop_health_assignment_group'],
    name: 'x_mioms_m365_assis.health.assignment_group',
    type: 'string',
    value: '',
    description: 'Assignment group (sys_id) of incidents created from service health issues. Required to turn creation on.',
    roles: { read: [administrator], write: [administrator] },
})
export const healthCategory = Property({
    $id: Now.ID['prop_health_category'],
    name: 'x_mioms_m365_assis.health.category',
    type: 'string',
    value: '',
    description: 'Category of incidents created from service health issues. Required to turn creation on.',
    roles: { read: [administrator], write: [administrator] },
})
export const healthSubcategory = Property({
    $id: Now.ID['prop_health_subcategory'],
    name: 'x_mioms_m365_assis.health.subcategory',
    type: 'string',
    value: '',
    description: 'Optional subcategory of incidents created from service health issues.',
    roles: { read: [administrator], write: [administrator] },
})
export const healthAssignedTo = Property({
    $id: Now.ID['prop_health_assigned_to'],
    name: 'x_mioms_m365_assis.health.assigned_to',
    type: 'string',
    value: '',
    description: 'Optional assignee (sys_user sys_id) of incidents created from service health issues.',
    roles: { read: [administrator], write: [administrator] },
})
export const healthCloseCode = Property({
    $id: Now.ID['prop_health_close_code'],
    name: 'x_mioms_m365_assis.health.close_code',
    type: 'string',
    value: '',
    description:
        "Resolution code (incident close_code value) of incidents resolved automatically; must be one of this instance's choices. Empty: the app picks 'Solution provided' or the release's equivalent.",
    roles: { read: [administrator], write: [administrator] },
})
// Service health (health capability): Graph page size asked with Prefer: odata.maxpagesize.
export const healthPageSize = Property({
    $id: Now.ID['prop_health_page_size'],
    name: 'x_mioms_m365_assis.health.page_size',
    type: 'integer',
    value: 100,
    description: 'Service health issues asked per Microsoft Graph page (Prefer: odata.maxpagesize), 1 to 1000.',
    roles: { read: [administrator], write: [administrator] },
})
export const debugLogging = Property({
    $id: Now.ID['prop_log_debug'],
    name: 'x_mioms_m365_assis.log.debug',
    type: 'boolean',
    value: false,
    description: 'Write debug entries (never secrets) to the system log with source x_mioms_m365_assit.',
    roles: { read: [administrator], write: [administrator] },
})
