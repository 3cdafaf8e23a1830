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
