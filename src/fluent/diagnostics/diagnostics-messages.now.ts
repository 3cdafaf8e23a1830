import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MESSAGES } from '../../server/messages/catalogue'

// The diagnostics' fixes as sys_ui_message records (one per catalogue entry, like messages.now.ts).

export const msgDiagFixSetupNotStarted = Record({
    $id: Now.ID['msg_diag_fix_setup_not_started'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_SETUP_NOT_STARTED, message: MESSAGES.DIAG_FIX_SETUP_NOT_STARTED, language: 'en' },
})
export const msgDiagFixSetupNotComplete = Record({
    $id: Now.ID['msg_diag_fix_setup_not_complete'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_SETUP_NOT_COMPLETE, message: MESSAGES.DIAG_FIX_SETUP_NOT_COMPLETE, language: 'en' },
})
export const msgDiagFixOutboundProfile = Record({
    $id: Now.ID['msg_diag_fix_outbound_profile'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_OUTBOUND_PROFILE, message: MESSAGES.DIAG_FIX_OUTBOUND_PROFILE, language: 'en' },
})
export const msgDiagFixInboundProvider = Record({
    $id: Now.ID['msg_diag_fix_inbound_provider'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_INBOUND_PROVIDER, message: MESSAGES.DIAG_FIX_INBOUND_PROVIDER, language: 'en' },
})
export const msgDiagFixIntegrationUser = Record({
    $id: Now.ID['msg_diag_fix_integration_user'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_INTEGRATION_USER, message: MESSAGES.DIAG_FIX_INTEGRATION_USER, language: 'en' },
})
export const msgDiagFixProperties = Record({
    $id: Now.ID['msg_diag_fix_properties'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_PROPERTIES, message: MESSAGES.DIAG_FIX_PROPERTIES, language: 'en' },
})
export const msgDiagFixMicrosoftUrls = Record({
    $id: Now.ID['msg_diag_fix_microsoft_urls'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_MICROSOFT_URLS, message: MESSAGES.DIAG_FIX_MICROSOFT_URLS, language: 'en' },
})
export const msgDiagFixCrossScopeRead = Record({
    $id: Now.ID['msg_diag_fix_cross_scope_read'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_CROSS_SCOPE_READ, message: MESSAGES.DIAG_FIX_CROSS_SCOPE_READ, language: 'en' },
})
export const msgDiagFixFormSection = Record({
    $id: Now.ID['msg_diag_fix_form_section'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_FORM_SECTION, message: MESSAGES.DIAG_FIX_FORM_SECTION, language: 'en' },
})
export const msgDiagFixFormSectionNotInstalled = Record({
    $id: Now.ID['msg_diag_fix_form_section_not_installed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_FORM_SECTION_NOT_INSTALLED, message: MESSAGES.DIAG_FIX_FORM_SECTION_NOT_INSTALLED, language: 'en' },
})
export const msgDiagFixJobMissing = Record({
    $id: Now.ID['msg_diag_fix_job_missing'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_JOB_MISSING, message: MESSAGES.DIAG_FIX_JOB_MISSING, language: 'en' },
})
export const msgDiagFixJobInactive = Record({
    $id: Now.ID['msg_diag_fix_job_inactive'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_JOB_INACTIVE, message: MESSAGES.DIAG_FIX_JOB_INACTIVE, language: 'en' },
})
export const msgDiagFixJobNotRunning = Record({
    $id: Now.ID['msg_diag_fix_job_not_running'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_JOB_NOT_RUNNING, message: MESSAGES.DIAG_FIX_JOB_NOT_RUNNING, language: 'en' },
})
export const msgDiagFixCloseCode = Record({
    $id: Now.ID['msg_diag_fix_close_code'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_CLOSE_CODE, message: MESSAGES.DIAG_FIX_CLOSE_CODE, language: 'en' },
})
export const msgDiagFixNoCloseCodes = Record({
    $id: Now.ID['msg_diag_fix_no_close_codes'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_NO_CLOSE_CODES, message: MESSAGES.DIAG_FIX_NO_CLOSE_CODES, language: 'en' },
})
export const msgDiagFixToken = Record({
    $id: Now.ID['msg_diag_fix_token'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_TOKEN, message: MESSAGES.DIAG_FIX_TOKEN, language: 'en' },
})
export const msgDiagFixConnector = Record({
    $id: Now.ID['msg_diag_fix_connector'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_CONNECTOR, message: MESSAGES.DIAG_FIX_CONNECTOR, language: 'en' },
})
export const msgDiagFixRepository = Record({
    $id: Now.ID['msg_diag_fix_repository'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_REPOSITORY, message: MESSAGES.DIAG_FIX_REPOSITORY, language: 'en' },
})
// Shared with Setup's tests (health/graph-permissions.ts); the keys are the ones these records had before, so an upgrade updates them in place.
export const msgGraphPermissionMissing = Record({
    $id: Now.ID['msg_diag_fix_graph_permission'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.GRAPH_PERMISSION_MISSING, message: MESSAGES.GRAPH_PERMISSION_MISSING, language: 'en' },
})
export const msgGraphPermissionUnknown = Record({
    $id: Now.ID['msg_diag_fix_graph'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.GRAPH_PERMISSION_UNKNOWN, message: MESSAGES.GRAPH_PERMISSION_UNKNOWN, language: 'en' },
})
export const msgDiagFixLearn = Record({
    $id: Now.ID['msg_diag_fix_learn'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_LEARN, message: MESSAGES.DIAG_FIX_LEARN, language: 'en' },
})
export const msgDiagFixHealthSyncNever = Record({
    $id: Now.ID['msg_diag_fix_health_sync_never'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_HEALTH_SYNC_NEVER, message: MESSAGES.DIAG_FIX_HEALTH_SYNC_NEVER, language: 'en' },
})
export const msgDiagFixHealthSyncStale = Record({
    $id: Now.ID['msg_diag_fix_health_sync_stale'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_HEALTH_SYNC_STALE, message: MESSAGES.DIAG_FIX_HEALTH_SYNC_STALE, language: 'en' },
})
export const msgDiagFixRecentFailures = Record({
    $id: Now.ID['msg_diag_fix_recent_failures'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_RECENT_FAILURES, message: MESSAGES.DIAG_FIX_RECENT_FAILURES, language: 'en' },
})
export const msgDiagFixInboundRefusals = Record({
    $id: Now.ID['msg_diag_fix_inbound_refusals'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_INBOUND_REFUSALS, message: MESSAGES.DIAG_FIX_INBOUND_REFUSALS, language: 'en' },
})
export const msgDiagFixCommentQueue = Record({
    $id: Now.ID['msg_diag_fix_comment_queue'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_FIX_COMMENT_QUEUE, message: MESSAGES.DIAG_FIX_COMMENT_QUEUE, language: 'en' },
})
export const msgDiagBudgetExceeded = Record({
    $id: Now.ID['msg_diag_budget_exceeded'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.DIAG_BUDGET_EXCEEDED, message: MESSAGES.DIAG_BUDGET_EXCEEDED, language: 'en' },
})
