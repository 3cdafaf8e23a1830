import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MESSAGES } from '../server/messages/catalogue'

// One English sys_ui_message per catalogue entry, keyed by its text, so gs.getMessage finds it
// and an instance can add translations. A build test checks this list matches the catalogue.

export const msgSetupIncomplete = Record({
    $id: Now.ID['msg_setup_incomplete'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INCOMPLETE, message: MESSAGES.SETUP_INCOMPLETE, language: 'en' },
})
export const msgFinalSetupStepMissing = Record({
    $id: Now.ID['msg_final_setup_step_missing'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FINAL_SETUP_STEP_MISSING, message: MESSAGES.FINAL_SETUP_STEP_MISSING, language: 'en' },
})
export const msgInvalidAdminAccount = Record({
    $id: Now.ID['msg_invalid_admin_account'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INVALID_ADMIN_ACCOUNT, message: MESSAGES.INVALID_ADMIN_ACCOUNT, language: 'en' },
})
export const msgContactAppSupport = Record({
    $id: Now.ID['msg_contact_app_support'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CONTACT_APP_SUPPORT, message: MESSAGES.CONTACT_APP_SUPPORT, language: 'en' },
})
export const msgTicketSaveFailed = Record({
    $id: Now.ID['msg_ticket_save_failed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.TICKET_SAVE_FAILED, message: MESSAGES.TICKET_SAVE_FAILED, language: 'en' },
})
export const msgOauthEntityReadRefused = Record({
    $id: Now.ID['msg_oauth_entity_read_refused'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.OAUTH_ENTITY_READ_REFUSED, message: MESSAGES.OAUTH_ENTITY_READ_REFUSED, language: 'en' },
})
export const msgNotAuthorized = Record({
    $id: Now.ID['msg_not_authorized'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.NOT_AUTHORIZED, message: MESSAGES.NOT_AUTHORIZED, language: 'en' },
})
export const msgReferenceId = Record({
    $id: Now.ID['msg_reference_id'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.REFERENCE_ID, message: MESSAGES.REFERENCE_ID, language: 'en' },
})

// --- health (Service Health page and routes) ---
export const msgHealthNeedsGroupAndCategory = Record({
    $id: Now.ID['msg_health_needs_group_and_category'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_NEEDS_GROUP_AND_CATEGORY, message: MESSAGES.HEALTH_NEEDS_GROUP_AND_CATEGORY, language: 'en' },
})
export const msgHealthNeedsGroup = Record({
    $id: Now.ID['msg_health_needs_group'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_NEEDS_GROUP, message: MESSAGES.HEALTH_NEEDS_GROUP, language: 'en' },
})
export const msgHealthNeedsCategory = Record({
    $id: Now.ID['msg_health_needs_category'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_NEEDS_CATEGORY, message: MESSAGES.HEALTH_NEEDS_CATEGORY, language: 'en' },
})
export const msgHealthGroupNotFound = Record({
    $id: Now.ID['msg_health_group_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_GROUP_NOT_FOUND, message: MESSAGES.HEALTH_GROUP_NOT_FOUND, language: 'en' },
})
export const msgHealthAssigneeNotFound = Record({
    $id: Now.ID['msg_health_assignee_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_ASSIGNEE_NOT_FOUND, message: MESSAGES.HEALTH_ASSIGNEE_NOT_FOUND, language: 'en' },
})
export const msgHealthCategoryInvalid = Record({
    $id: Now.ID['msg_health_category_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_CATEGORY_INVALID, message: MESSAGES.HEALTH_CATEGORY_INVALID, language: 'en' },
})
export const msgHealthSettingsInvalid = Record({
    $id: Now.ID['msg_health_settings_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_SETTINGS_INVALID, message: MESSAGES.HEALTH_SETTINGS_INVALID, language: 'en' },
})
export const msgHealthSettingsSaved = Record({
    $id: Now.ID['msg_health_settings_saved'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_SETTINGS_SAVED, message: MESSAGES.HEALTH_SETTINGS_SAVED, language: 'en' },
})
export const msgHealthSyncDone = Record({
    $id: Now.ID['msg_health_sync_done'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_SYNC_DONE, message: MESSAGES.HEALTH_SYNC_DONE, language: 'en' },
})
export const msgHealthSyncIncidents = Record({
    $id: Now.ID['msg_health_sync_incidents'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_SYNC_INCIDENTS, message: MESSAGES.HEALTH_SYNC_INCIDENTS, language: 'en' },
})
export const msgHealthNoIssues = Record({
    $id: Now.ID['msg_health_no_issues'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_NO_ISSUES, message: MESSAGES.HEALTH_NO_ISSUES, language: 'en' },
})
