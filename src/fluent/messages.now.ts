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
export const msgHealthReportAttached = Record({
    $id: Now.ID['msg_health_report_attached'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_REPORT_ATTACHED, message: MESSAGES.HEALTH_REPORT_ATTACHED, language: 'en' },
})
export const msgHealthMessagesFailed = Record({
    $id: Now.ID['msg_health_messages_failed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_MESSAGES_FAILED, message: MESSAGES.HEALTH_MESSAGES_FAILED, language: 'en' },
})
export const msgHealthSyncMessages = Record({
    $id: Now.ID['msg_health_sync_messages'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_SYNC_MESSAGES, message: MESSAGES.HEALTH_SYNC_MESSAGES, language: 'en' },
})
export const msgHealthNoMessages = Record({
    $id: Now.ID['msg_health_no_messages'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_NO_MESSAGES, message: MESSAGES.HEALTH_NO_MESSAGES, language: 'en' },
})
export const msgHealthNoMessagesFiltered = Record({
    $id: Now.ID['msg_health_no_messages_filtered'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_NO_MESSAGES_FILTERED, message: MESSAGES.HEALTH_NO_MESSAGES_FILTERED, language: 'en' },
})
export const msgHealthMessagesFilterInvalid = Record({
    $id: Now.ID['msg_health_messages_filter_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_MESSAGES_FILTER_INVALID, message: MESSAGES.HEALTH_MESSAGES_FILTER_INVALID, language: 'en' },
})
export const msgHealthMessageNotFound = Record({
    $id: Now.ID['msg_health_message_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_MESSAGE_NOT_FOUND, message: MESSAGES.HEALTH_MESSAGE_NOT_FOUND, language: 'en' },
})
export const msgMatchService = Record({
    $id: Now.ID['msg_match_service'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_SERVICE, message: MESSAGES.MATCH_SERVICE, language: 'en' },
})
export const msgMatchServiceByName = Record({
    $id: Now.ID['msg_match_service_by_name'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_SERVICE_BY_NAME, message: MESSAGES.MATCH_SERVICE_BY_NAME, language: 'en' },
})
export const msgMatchProductWords = Record({
    $id: Now.ID['msg_match_product_words'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_PRODUCT_WORDS, message: MESSAGES.MATCH_PRODUCT_WORDS, language: 'en' },
})
export const msgMatchFeature = Record({
    $id: Now.ID['msg_match_feature'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_FEATURE, message: MESSAGES.MATCH_FEATURE, language: 'en' },
})
export const msgMatchFeatureGroup = Record({
    $id: Now.ID['msg_match_feature_group'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_FEATURE_GROUP, message: MESSAGES.MATCH_FEATURE_GROUP, language: 'en' },
})
export const msgMatchSharedWords = Record({
    $id: Now.ID['msg_match_shared_words'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_SHARED_WORDS, message: MESSAGES.MATCH_SHARED_WORDS, language: 'en' },
})
export const msgMatchActive = Record({
    $id: Now.ID['msg_match_active'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_ACTIVE, message: MESSAGES.MATCH_ACTIVE, language: 'en' },
})
export const msgMatchResolved = Record({
    $id: Now.ID['msg_match_resolved'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_RESOLVED, message: MESSAGES.MATCH_RESOLVED, language: 'en' },
})
export const msgMatchMessageCenter = Record({
    $id: Now.ID['msg_match_message_center'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.MATCH_MESSAGE_CENTER, message: MESSAGES.MATCH_MESSAGE_CENTER, language: 'en' },
})
// --- panel (incident Microsoft 365 panel, Contact Microsoft support) ---
export const msgPanelIncidentNotFound = Record({
    $id: Now.ID['msg_panel_incident_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.PANEL_INCIDENT_NOT_FOUND, message: MESSAGES.PANEL_INCIDENT_NOT_FOUND, language: 'en' },
})
export const msgPanelBasicSolutions = Record({
    $id: Now.ID['msg_panel_basic_solutions'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.PANEL_BASIC_SOLUTIONS, message: MESSAGES.PANEL_BASIC_SOLUTIONS, language: 'en' },
})
export const msgPanelNoSolutions = Record({
    $id: Now.ID['msg_panel_no_solutions'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.PANEL_NO_SOLUTIONS, message: MESSAGES.PANEL_NO_SOLUTIONS, language: 'en' },
})
export const msgPanelNoHealth = Record({
    $id: Now.ID['msg_panel_no_health'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.PANEL_NO_HEALTH, message: MESSAGES.PANEL_NO_HEALTH, language: 'en' },
})
export const msgPanelSearchRequired = Record({
    $id: Now.ID['msg_panel_search_required'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.PANEL_SEARCH_REQUIRED, message: MESSAGES.PANEL_SEARCH_REQUIRED, language: 'en' },
})
export const msgPanelFeedbackOff = Record({
    $id: Now.ID['msg_panel_feedback_off'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.PANEL_FEEDBACK_OFF, message: MESSAGES.PANEL_FEEDBACK_OFF, language: 'en' },
})
export const msgPanelFeedbackInvalid = Record({
    $id: Now.ID['msg_panel_feedback_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.PANEL_FEEDBACK_INVALID, message: MESSAGES.PANEL_FEEDBACK_INVALID, language: 'en' },
})
export const msgPanelFeedbackThanks = Record({
    $id: Now.ID['msg_panel_feedback_thanks'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.PANEL_FEEDBACK_THANKS, message: MESSAGES.PANEL_FEEDBACK_THANKS, language: 'en' },
})
export const msgCaseNotAvailable = Record({
    $id: Now.ID['msg_case_not_available'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_NOT_AVAILABLE, message: MESSAGES.CASE_NOT_AVAILABLE, language: 'en' },
})
export const msgCaseAlreadyOpen = Record({
    $id: Now.ID['msg_case_already_open'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_ALREADY_OPEN, message: MESSAGES.CASE_ALREADY_OPEN, language: 'en' },
})
export const msgCaseOpening = Record({
    $id: Now.ID['msg_case_opening'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_OPENING, message: MESSAGES.CASE_OPENING, language: 'en' },
})
export const msgCaseNotFound = Record({
    $id: Now.ID['msg_case_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_NOT_FOUND, message: MESSAGES.CASE_NOT_FOUND, language: 'en' },
})
export const msgCaseTitleInvalid = Record({
    $id: Now.ID['msg_case_title_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_TITLE_INVALID, message: MESSAGES.CASE_TITLE_INVALID, language: 'en' },
})
export const msgCaseDescriptionInvalid = Record({
    $id: Now.ID['msg_case_description_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_DESCRIPTION_INVALID, message: MESSAGES.CASE_DESCRIPTION_INVALID, language: 'en' },
})
export const msgCaseSeverityInvalid = Record({
    $id: Now.ID['msg_case_severity_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_SEVERITY_INVALID, message: MESSAGES.CASE_SEVERITY_INVALID, language: 'en' },
})
export const msgCasePhoneInvalid = Record({
    $id: Now.ID['msg_case_phone_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_PHONE_INVALID, message: MESSAGES.CASE_PHONE_INVALID, language: 'en' },
})
export const msgCaseNoAdminLinked = Record({
    $id: Now.ID['msg_case_no_admin_linked'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_NO_ADMIN_LINKED, message: MESSAGES.CASE_NO_ADMIN_LINKED, language: 'en' },
})
export const msgCaseCreated = Record({
    $id: Now.ID['msg_case_created'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_CREATED, message: MESSAGES.CASE_CREATED, language: 'en' },
})
// --- end panel ---
// --- inbound (connector API) ---
export const msgInboundNotConfigured = Record({
    $id: Now.ID['msg_inbound_not_configured'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_NOT_CONFIGURED, message: MESSAGES.INBOUND_NOT_CONFIGURED, language: 'en' },
})
export const msgInboundNotIntegrationUser = Record({
    $id: Now.ID['msg_inbound_not_integration_user'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_NOT_INTEGRATION_USER, message: MESSAGES.INBOUND_NOT_INTEGRATION_USER, language: 'en' },
})
export const msgInboundInvalidRequest = Record({
    $id: Now.ID['msg_inbound_invalid_request'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_INVALID_REQUEST, message: MESSAGES.INBOUND_INVALID_REQUEST, language: 'en' },
})
export const msgInboundNotFound = Record({
    $id: Now.ID['msg_inbound_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_NOT_FOUND, message: MESSAGES.INBOUND_NOT_FOUND, language: 'en' },
})
export const msgInboundConflict = Record({
    $id: Now.ID['msg_inbound_conflict'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_CONFLICT, message: MESSAGES.INBOUND_CONFLICT, language: 'en' },
})
export const msgInboundTooLarge = Record({
    $id: Now.ID['msg_inbound_too_large'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_TOO_LARGE, message: MESSAGES.INBOUND_TOO_LARGE, language: 'en' },
})
export const msgInboundFailed = Record({
    $id: Now.ID['msg_inbound_failed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_FAILED, message: MESSAGES.INBOUND_FAILED, language: 'en' },
})
export const msgInboundCommentHeader = Record({
    $id: Now.ID['msg_inbound_comment_header'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_COMMENT_HEADER, message: MESSAGES.INBOUND_COMMENT_HEADER, language: 'en' },
})
export const msgInboundResolvedNote = Record({
    $id: Now.ID['msg_inbound_resolved_note'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_RESOLVED_NOTE, message: MESSAGES.INBOUND_RESOLVED_NOTE, language: 'en' },
})
export const msgInboundClosedNote = Record({
    $id: Now.ID['msg_inbound_closed_note'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_CLOSED_NOTE, message: MESSAGES.INBOUND_CLOSED_NOTE, language: 'en' },
})
export const msgInboundClosedResolution = Record({
    $id: Now.ID['msg_inbound_closed_resolution'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_CLOSED_RESOLUTION, message: MESSAGES.INBOUND_CLOSED_RESOLUTION, language: 'en' },
})
export const msgInboundIncidentClosed = Record({
    $id: Now.ID['msg_inbound_incident_closed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_INCIDENT_CLOSED, message: MESSAGES.INBOUND_INCIDENT_CLOSED, language: 'en' },
})
export const msgInboundIncidentResolved = Record({
    $id: Now.ID['msg_inbound_incident_resolved'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_INCIDENT_RESOLVED, message: MESSAGES.INBOUND_INCIDENT_RESOLVED, language: 'en' },
})
export const msgInboundReopenedNote = Record({
    $id: Now.ID['msg_inbound_reopened_note'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_REOPENED_NOTE, message: MESSAGES.INBOUND_REOPENED_NOTE, language: 'en' },
})
export const msgHealthCloseCodeInvalid = Record({
    $id: Now.ID['msg_health_close_code_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.HEALTH_CLOSE_CODE_INVALID, message: MESSAGES.HEALTH_CLOSE_CODE_INVALID, language: 'en' },
})
export const msgStatusMapCloseCodeInvalid = Record({
    $id: Now.ID['msg_status_map_close_code_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.STATUS_MAP_CLOSE_CODE_INVALID, message: MESSAGES.STATUS_MAP_CLOSE_CODE_INVALID, language: 'en' },
})
export const msgSetupTestInboundPasswordRefused = Record({
    $id: Now.ID['msg_setup_test_inbound_password_refused'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_PASSWORD_REFUSED, message: MESSAGES.SETUP_TEST_INBOUND_PASSWORD_REFUSED, language: 'en' },
})
export const msgSetupTestInboundClientSecretRefused = Record({
    $id: Now.ID['msg_setup_test_inbound_client_secret_refused'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_CLIENT_SECRET_REFUSED, message: MESSAGES.SETUP_TEST_INBOUND_CLIENT_SECRET_REFUSED, language: 'en' },
})
export const msgSetupTestInboundUsernameRefused = Record({
    $id: Now.ID['msg_setup_test_inbound_username_refused'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_USERNAME_REFUSED, message: MESSAGES.SETUP_TEST_INBOUND_USERNAME_REFUSED, language: 'en' },
})
export const msgSetupTestInboundClientIdRefused = Record({
    $id: Now.ID['msg_setup_test_inbound_client_id_refused'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_CLIENT_ID_REFUSED, message: MESSAGES.SETUP_TEST_INBOUND_CLIENT_ID_REFUSED, language: 'en' },
})
export const msgSetupTestInboundWrongUser = Record({
    $id: Now.ID['msg_setup_test_inbound_wrong_user'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_WRONG_USER, message: MESSAGES.SETUP_TEST_INBOUND_WRONG_USER, language: 'en' },
})
export const msgSetupTestInboundNotIntegrationUser = Record({
    $id: Now.ID['msg_setup_test_inbound_not_integration_user'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_NOT_INTEGRATION_USER, message: MESSAGES.SETUP_TEST_INBOUND_NOT_INTEGRATION_USER, language: 'en' },
})
export const msgSetupTestRepositoryAuthTypeMismatch = Record({
    $id: Now.ID['msg_setup_test_repository_auth_type_mismatch'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_REPOSITORY_AUTH_TYPE_MISMATCH, message: MESSAGES.SETUP_TEST_REPOSITORY_AUTH_TYPE_MISMATCH, language: 'en' },
})
export const msgSetupModeChangedCleared = Record({
    $id: Now.ID['msg_setup_mode_changed_cleared'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_MODE_CHANGED_CLEARED, message: MESSAGES.SETUP_MODE_CHANGED_CLEARED, language: 'en' },
})
export const msgOutboundSecretRejected = Record({
    $id: Now.ID['msg_outbound_secret_rejected'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.OUTBOUND_SECRET_REJECTED, message: MESSAGES.OUTBOUND_SECRET_REJECTED, language: 'en' },
})
export const msgSetupTestTokenSecretExpired = Record({
    $id: Now.ID['msg_setup_test_token_secret_expired'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_TOKEN_SECRET_EXPIRED, message: MESSAGES.SETUP_TEST_TOKEN_SECRET_EXPIRED, language: 'en' },
})
export const msgSetupInsightsOpenCases = Record({
    $id: Now.ID['msg_setup_insights_open_cases'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INSIGHTS_OPEN_CASES, message: MESSAGES.SETUP_INSIGHTS_OPEN_CASES, language: 'en' },
})
