import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Each record is one platform table the app touches outside its scope, with the reason.

// Setup lists the admin's outbound OAuth providers and reads their token URL and client ID.
export const readOauthEntity = CrossScopePrivilege({
    $id: Now.ID['xs_read_oauth_entity'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Setup lists the OAuth profiles (client credentials) that outbound calls authenticate with.
export const readOauthEntityProfile = CrossScopePrivilege({
    $id: Now.ID['xs_read_oauth_entity_profile'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity_profile',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// AAD mode: Setup lists the OIDC entities ("{tenant}_application_inbound_api") and checks their metadata URL.
export const readOauthOidcEntity = CrossScopePrivilege({
    $id: Now.ID['xs_read_oauth_oidc_entity'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_oidc_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Setup finds the integration user, and inbound calls check the caller is that user.
export const readSysUser = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_user'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Setup warns when the integration user lacks incident_manager.
export const readSysUserHasRole = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_user_has_role'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_has_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Setup refuses an integration user holding admin, also through a role that contains it (role names: readSysUserRole below).
export const readSysUserRoleContains = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_user_role_contains'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_role_contains',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The Microsoft 365 tab reads the incident's short description and description.
export const readIncident = CrossScopePrivilege({
    $id: Now.ID['xs_read_incident'],
    operation: 'read',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Microsoft's replies become incident comments; case status moves the incident state.
export const writeIncident = CrossScopePrivilege({
    $id: Now.ID['xs_write_incident'],
    operation: 'write',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Service health can open one incident per Microsoft service health issue.
export const createIncident = CrossScopePrivilege({
    $id: Now.ID['xs_create_incident'],
    operation: 'create',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Agent comments reach Microsoft: the app reads the incident's journal entries.
export const readJournal = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_journal_field'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_journal_field',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Setup attaches the Microsoft 365 section to the incident form (and can remove it again).
export const readUiForm = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_ui_form'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_ui_form',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
export const createUiFormSection = CrossScopePrivilege({
    $id: Now.ID['xs_create_sys_ui_form_section'],
    operation: 'create',
    status: 'allowed',
    targetName: 'sys_ui_form_section',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
export const readUiFormSection = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_ui_form_section'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_ui_form_section',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
export const deleteUiFormSection = CrossScopePrivilege({
    $id: Now.ID['xs_delete_sys_ui_form_section'],
    operation: 'delete',
    status: 'allowed',
    targetName: 'sys_ui_form_section',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The app's log entries go to syslog under source x_mioms_m365_assit, the source Microsoft's
// troubleshooting guide tells admins to filter on (a scoped gs.info would use the scope name).
export const createSyslog = CrossScopePrivilege({
    $id: Now.ID['xs_create_syslog'],
    operation: 'create',
    status: 'allowed',
    targetName: 'syslog',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Service health (health capability): the Service Health page lists assignment groups for automatic incidents.
export const readSysUserGroup = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_user_group'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_group',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// --- setup capability: what the Setup wizard reads and, with the admin's consent, changes ---

// Setup tells a refused cross-scope read (silently empty) apart from "no records" by the table's application access.
export const readSysDbObject = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_db_object'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_db_object',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// With consent, Setup sets the outbound provider's OAuth API script (AAD v1 needs a resource).
export const writeOauthEntity = CrossScopePrivilege({
    $id: Now.ID['xs_write_oauth_entity'],
    operation: 'write',
    status: 'allowed',
    targetName: 'oauth_entity',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// With consent, Setup adds a Microsoft Graph profile (and the connector scope) to the outbound provider.
export const createOauthEntityProfile = CrossScopePrivilege({
    $id: Now.ID['xs_create_oauth_entity_profile'],
    operation: 'create',
    status: 'allowed',
    targetName: 'oauth_entity_profile',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
export const readOauthEntityScope = CrossScopePrivilege({
    $id: Now.ID['xs_read_oauth_entity_scope'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity_scope',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
export const createOauthEntityScope = CrossScopePrivilege({
    $id: Now.ID['xs_create_oauth_entity_scope'],
    operation: 'create',
    status: 'allowed',
    targetName: 'oauth_entity_scope',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
export const readOauthEntityProfileScope = CrossScopePrivilege({
    $id: Now.ID['xs_read_oauth_entity_profile_scope'],
    operation: 'read',
    status: 'allowed',
    targetName: 'oauth_entity_profile_scope',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
export const createOauthEntityProfileScope = CrossScopePrivilege({
    $id: Now.ID['xs_create_oauth_entity_profile_scope'],
    operation: 'create',
    status: 'allowed',
    targetName: 'oauth_entity_profile_scope',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Setup finds the app's own OAuth API script include (OAuthM365Util) to reference it.
export const readSysScriptInclude = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_script_include'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_script_include',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Setup checks the integration user holds incident_manager and not admin (roles by name).
export const readSysUserRole = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_user_role'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Setup finds the app's incident section (sys_ui_section is a global table) to attach it.
export const readUiSection = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_ui_section'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_ui_section',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Resolution codes differ between releases: the app reads incident.close_code's choices to write
// (and let admins pick) only codes this instance offers (src/server/incidents/close-codes.ts).
export const readSysChoice = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_choice'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_choice',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// --- diagnostics: Microsoft 365 Support > Diagnostics only reads these ---

// Recent failures: the app's own error entries (the logger writes them; reading needs its own privilege).
export const readSyslog = CrossScopePrivilege({
    $id: Now.ID['xs_read_syslog'],
    operation: 'read',
    status: 'allowed',
    targetName: 'syslog',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Recent failures: the calls to Microsoft the platform logged (status, host, time; never bodies or tokens).
export const readOutboundHttpLog = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_outbound_http_log'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_outbound_http_log',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The app's scheduled jobs: active or not.
export const readSysautoScript = CrossScopePrivilege({
    $id: Now.ID['xs_read_sysauto_script'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sysauto_script',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// The jobs' schedule items: whether each ran when it should have (next_action).
export const readSysTrigger = CrossScopePrivilege({
    $id: Now.ID['xs_read_sys_trigger'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_trigger',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
