import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { administrator, insightsUser } from './roles.now'

// Microsoft 365 Support in the application navigator. Every module is role-gated and opens
// something the app ships (a UI page, an app table, or a filtered platform list).
export const menu = ApplicationMenu({
    $id: Now.ID['menu_m365_support'],
    title: 'Microsoft 365 Support',
    hint: 'Microsoft 365 recommended solutions, service health and Microsoft support cases',
    description: 'Set up and run the Microsoft 365 support integration.',
    roles: [administrator, insightsUser],
    active: true,
})

export const setupModule = Record({
    $id: Now.ID['module_setup'],
    table: 'sys_app_module',
    data: {
        title: 'Setup',
        application: menu,
        link_type: 'DIRECT',
        query: 'x_mioms_m365_assis_setup.do',
        hint: 'Connect this instance to Microsoft 365',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 100,
    },
})

export const linkAccountModule = Record({
    $id: Now.ID['module_link_account'],
    table: 'sys_app_module',
    data: {
        title: 'Link Account',
        application: menu,
        link_type: 'DIRECT',
        query: 'x_mioms_m365_assis_link_account.do',
        hint: 'Link the Microsoft 365 admin account contacted when cases are created',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 200,
    },
})

export const serviceHealthModule = Record({
    $id: Now.ID['module_service_health'],
    table: 'sys_app_module',
    data: {
        title: 'Service Health',
        application: menu,
        link_type: 'LIST',
        name: 'x_mioms_m365_assis_health_issue',
        filter: 'is_resolved=false^ORDERBYDESClast_modified',
        hint: 'Current Microsoft 365 service health issues',
        roles: ['x_mioms_m365_assis.insights_user'],
        active: true,
        order: 300,
    },
})

// Service health (health capability): settings page with the current issues and Sync now.
export const serviceHealthSettingsModule = Record({
    $id: Now.ID['module_service_health_settings'],
    table: 'sys_app_module',
    data: {
        title: 'Service Health Settings',
        application: menu,
        link_type: 'DIRECT',
        query: 'x_mioms_m365_assis_service_health.do',
        hint: 'Automatic incidents from Microsoft 365 service health issues, and Sync now',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 310,
    },
})

export const casesModule = Record({
    $id: Now.ID['module_cases'],
    table: 'sys_app_module',
    data: {
        title: 'Microsoft Cases',
        application: menu,
        link_type: 'LIST',
        name: 'x_mioms_m365_assis_case',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Microsoft support cases opened from incidents',
        roles: ['x_mioms_m365_assis.insights_user'],
        active: true,
        order: 400,
    },
})

export const propertiesModule = Record({
    $id: Now.ID['module_properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: menu,
        link_type: 'FILTER',
        name: 'sys_properties',
        filter: 'nameSTARTSWITHx_mioms_m365_assis.',
        hint: 'Microsoft endpoints, timeouts, cache lifetimes and feedback opt-out',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 500,
    },
})

export const logsModule = Record({
    $id: Now.ID['module_logs'],
    table: 'sys_app_module',
    data: {
        title: 'Logs',
        application: menu,
        link_type: 'FILTER',
        name: 'syslog',
        // The app's rows (source x_mioms_m365_assit) where syslog takes them, else its scoped log (the scope name).
        filter: 'sourceINx_mioms_m365_assit,x_mioms_m365_assis^ORDERBYDESCsys_created_on',
        hint: 'System log entries written by the app (source x_mioms_m365_assit, or the scope name x_mioms_m365_assis)',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 600,
    },
})

export const outboundLogsModule = Record({
    $id: Now.ID['module_outbound_logs'],
    table: 'sys_app_module',
    data: {
        title: 'Outbound HTTP Logs',
        application: menu,
        link_type: 'FILTER',
        name: 'sys_outbound_http_log',
        filter: 'urlLIKElogin.microsoftonline.com^ORurlLIKEconnector.rave.microsoft.com^ORurlLIKEgraph.microsoft.com^ORDERBYDESCsys_created_on',
        hint: 'Calls this instance made to Microsoft',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 700,
    },
})

// --- inbound (connector API): admins change how Microsoft's case status moves the incident; outbound queue ---
export const statusMappingModule = Record({
    $id: Now.ID['module_status_mapping'],
    table: 'sys_app_module',
    data: {
        title: 'Case Status Mapping',
        application: menu,
        link_type: 'LIST',
        name: 'x_mioms_m365_assis_status_map',
        filter: 'ORDERBYmicrosoft_status',
        hint: 'Which incident state each Microsoft case status sets',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 450,
    },
})

export const communicationsModule = Record({
    $id: Now.ID['module_communications'],
    table: 'sys_app_module',
    data: {
        title: 'Case Communications',
        application: menu,
        link_type: 'LIST',
        name: 'x_mioms_m365_assis_communication',
        filter: 'ORDERBYDESCsys_created_on',
        hint: 'Messages exchanged with Microsoft support, and comments waiting to be sent',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 460,
    },
})

// --- verification: the ATF suite the app ships (docs/admin/verify.md). Opening the suite also needs an
// ATF role (atf_test_admin or atf_test_designer) or admin; running it needs test execution enabled. ---
export const verifyModule = Record({
    $id: Now.ID['module_verify'],
    table: 'sys_app_module',
    data: {
        title: 'Verify on This Instance',
        application: menu,
        link_type: 'LIST',
        name: 'sys_atf_test_suite',
        filter: 'name=Microsoft 365 support integration',
        hint: 'The automated test suite that checks the app on this instance (run it on a sub-production instance first)',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 800,
    },
})

// --- diagnostics: every check the app can make from inside, mapped to Microsoft's troubleshooting table ---
export const diagnosticsModule = Record({
    $id: Now.ID['module_diagnostics'],
    table: 'sys_app_module',
    data: {
        title: 'Diagnostics',
        application: menu,
        link_type: 'DIRECT',
        query: 'x_mioms_m365_assis_diagnostics.do',
        hint: 'Checks the configuration, the platform, Microsoft and recent traffic, with the fix for each failure',
        roles: ['x_mioms_m365_assis.administrator'],
        active: true,
        order: 750,
    },
})
