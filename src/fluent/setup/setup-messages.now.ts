import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MESSAGES } from '../../server/messages/catalogue'

// The Setup capability's catalogue entries as English sys_ui_message records (see messages.now.ts).

export const msgSetupConsentRequired = Record({
    $id: Now.ID['msg_setup_consent_required'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_CONSENT_REQUIRED, message: MESSAGES.SETUP_CONSENT_REQUIRED, language: 'en' },
})
export const msgSetupStepNotReached = Record({
    $id: Now.ID['msg_setup_step_not_reached'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_STEP_NOT_REACHED, message: MESSAGES.SETUP_STEP_NOT_REACHED, language: 'en' },
})
export const msgSetupStepNotInMode = Record({
    $id: Now.ID['msg_setup_step_not_in_mode'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_STEP_NOT_IN_MODE, message: MESSAGES.SETUP_STEP_NOT_IN_MODE, language: 'en' },
})
export const msgSetupModeInvalid = Record({
    $id: Now.ID['msg_setup_mode_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_MODE_INVALID, message: MESSAGES.SETUP_MODE_INVALID, language: 'en' },
})
export const msgSetupBooleanInvalid = Record({
    $id: Now.ID['msg_setup_boolean_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_BOOLEAN_INVALID, message: MESSAGES.SETUP_BOOLEAN_INVALID, language: 'en' },
})
export const msgSetupTenantInvalid = Record({
    $id: Now.ID['msg_setup_tenant_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TENANT_INVALID, message: MESSAGES.SETUP_TENANT_INVALID, language: 'en' },
})
export const msgSetupOutboundNotFound = Record({
    $id: Now.ID['msg_setup_outbound_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_OUTBOUND_NOT_FOUND, message: MESSAGES.SETUP_OUTBOUND_NOT_FOUND, language: 'en' },
})
export const msgSetupOutboundNotClientCredentials = Record({
    $id: Now.ID['msg_setup_outbound_not_client_credentials'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_OUTBOUND_NOT_CLIENT_CREDENTIALS, message: MESSAGES.SETUP_OUTBOUND_NOT_CLIENT_CREDENTIALS, language: 'en' },
})
export const msgSetupOutboundTokenUrlMismatch = Record({
    $id: Now.ID['msg_setup_outbound_token_url_mismatch'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_OUTBOUND_TOKEN_URL_MISMATCH, message: MESSAGES.SETUP_OUTBOUND_TOKEN_URL_MISMATCH, language: 'en' },
})
export const msgSetupOutboundNeedsConfigure = Record({
    $id: Now.ID['msg_setup_outbound_needs_configure'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_OUTBOUND_NEEDS_CONFIGURE, message: MESSAGES.SETUP_OUTBOUND_NEEDS_CONFIGURE, language: 'en' },
})
export const msgSetupOutboundConfigured = Record({
    $id: Now.ID['msg_setup_outbound_configured'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_OUTBOUND_CONFIGURED, message: MESSAGES.SETUP_OUTBOUND_CONFIGURED, language: 'en' },
})
export const msgSetupGraphPermissionNote = Record({
    $id: Now.ID['msg_setup_graph_permission_note'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_GRAPH_PERMISSION_NOTE, message: MESSAGES.SETUP_GRAPH_PERMISSION_NOTE, language: 'en' },
})
export const msgSetupInboundSkipInsightsOnly = Record({
    $id: Now.ID['msg_setup_inbound_skip_insights_only'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INBOUND_SKIP_INSIGHTS_ONLY, message: MESSAGES.SETUP_INBOUND_SKIP_INSIGHTS_ONLY, language: 'en' },
})
export const msgSetupInboundOidcRequired = Record({
    $id: Now.ID['msg_setup_inbound_oidc_required'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INBOUND_OIDC_REQUIRED, message: MESSAGES.SETUP_INBOUND_OIDC_REQUIRED, language: 'en' },
})
export const msgSetupInboundOidcNotBasic = Record({
    $id: Now.ID['msg_setup_inbound_oidc_not_basic'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INBOUND_OIDC_NOT_BASIC, message: MESSAGES.SETUP_INBOUND_OIDC_NOT_BASIC, language: 'en' },
})
export const msgSetupInboundNotFound = Record({
    $id: Now.ID['msg_setup_inbound_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INBOUND_NOT_FOUND, message: MESSAGES.SETUP_INBOUND_NOT_FOUND, language: 'en' },
})
export const msgSetupUserNotFound = Record({
    $id: Now.ID['msg_setup_user_not_found'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_USER_NOT_FOUND, message: MESSAGES.SETUP_USER_NOT_FOUND, language: 'en' },
})
export const msgSetupUserClientIdInvalid = Record({
    $id: Now.ID['msg_setup_user_client_id_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_USER_CLIENT_ID_INVALID, message: MESSAGES.SETUP_USER_CLIENT_ID_INVALID, language: 'en' },
})
export const msgSetupUserClientIdNoUser = Record({
    $id: Now.ID['msg_setup_user_client_id_no_user'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_USER_CLIENT_ID_NO_USER, message: MESSAGES.SETUP_USER_CLIENT_ID_NO_USER, language: 'en' },
})
export const msgSetupUserNotWebServiceOnly = Record({
    $id: Now.ID['msg_setup_user_not_web_service_only'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_USER_NOT_WEB_SERVICE_ONLY, message: MESSAGES.SETUP_USER_NOT_WEB_SERVICE_ONLY, language: 'en' },
})
export const msgSetupUserIsAdmin = Record({
    $id: Now.ID['msg_setup_user_is_admin'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_USER_IS_ADMIN, message: MESSAGES.SETUP_USER_IS_ADMIN, language: 'en' },
})
export const msgSetupUserNoIncidentManager = Record({
    $id: Now.ID['msg_setup_user_no_incident_manager'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_USER_NO_INCIDENT_MANAGER, message: MESSAGES.SETUP_USER_NO_INCIDENT_MANAGER, language: 'en' },
})
export const msgSetupRepositoryInvalid = Record({
    $id: Now.ID['msg_setup_repository_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_REPOSITORY_INVALID, message: MESSAGES.SETUP_REPOSITORY_INVALID, language: 'en' },
})
export const msgSetupEmailInvalid = Record({
    $id: Now.ID['msg_setup_email_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_EMAIL_INVALID, message: MESSAGES.SETUP_EMAIL_INVALID, language: 'en' },
})
export const msgSetupEmailRequired = Record({
    $id: Now.ID['msg_setup_email_required'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_EMAIL_REQUIRED, message: MESSAGES.SETUP_EMAIL_REQUIRED, language: 'en' },
})
export const msgSetupNothingToTest = Record({
    $id: Now.ID['msg_setup_nothing_to_test'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_NOTHING_TO_TEST, message: MESSAGES.SETUP_NOTHING_TO_TEST, language: 'en' },
})
export const msgSetupTestTokenWrongSecret = Record({
    $id: Now.ID['msg_setup_test_token_wrong_secret'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_TOKEN_WRONG_SECRET, message: MESSAGES.SETUP_TEST_TOKEN_WRONG_SECRET, language: 'en' },
})
export const msgSetupTestTokenWrongTenant = Record({
    $id: Now.ID['msg_setup_test_token_wrong_tenant'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_TOKEN_WRONG_TENANT, message: MESSAGES.SETUP_TEST_TOKEN_WRONG_TENANT, language: 'en' },
})
export const msgSetupTestTokenNeedsResource = Record({
    $id: Now.ID['msg_setup_test_token_needs_resource'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_TOKEN_NEEDS_RESOURCE, message: MESSAGES.SETUP_TEST_TOKEN_NEEDS_RESOURCE, language: 'en' },
})
export const msgSetupTestTokenFailed = Record({
    $id: Now.ID['msg_setup_test_token_failed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_TOKEN_FAILED, message: MESSAGES.SETUP_TEST_TOKEN_FAILED, language: 'en' },
})
export const msgSetupTestConnectorUnreachable = Record({
    $id: Now.ID['msg_setup_test_connector_unreachable'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_CONNECTOR_UNREACHABLE, message: MESSAGES.SETUP_TEST_CONNECTOR_UNREACHABLE, language: 'en' },
})
export const msgSetupTestTenantNotConfigured = Record({
    $id: Now.ID['msg_setup_test_tenant_not_configured'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_TENANT_NOT_CONFIGURED, message: MESSAGES.SETUP_TEST_TENANT_NOT_CONFIGURED, language: 'en' },
})
export const msgSetupTestTenantMismatch = Record({
    $id: Now.ID['msg_setup_test_tenant_mismatch'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_TENANT_MISMATCH, message: MESSAGES.SETUP_TEST_TENANT_MISMATCH, language: 'en' },
})
export const msgSetupTestRepositoryNotRegistered = Record({
    $id: Now.ID['msg_setup_test_repository_not_registered'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_REPOSITORY_NOT_REGISTERED, message: MESSAGES.SETUP_TEST_REPOSITORY_NOT_REGISTERED, language: 'en' },
})
export const msgSetupTestConnectorFailed = Record({
    $id: Now.ID['msg_setup_test_connector_failed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_CONNECTOR_FAILED, message: MESSAGES.SETUP_TEST_CONNECTOR_FAILED, language: 'en' },
})
export const msgSetupTestInboundUnreachable = Record({
    $id: Now.ID['msg_setup_test_inbound_unreachable'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_UNREACHABLE, message: MESSAGES.SETUP_TEST_INBOUND_UNREACHABLE, language: 'en' },
})
export const msgSetupTestInboundUnauthorized = Record({
    $id: Now.ID['msg_setup_test_inbound_unauthorized'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_UNAUTHORIZED, message: MESSAGES.SETUP_TEST_INBOUND_UNAUTHORIZED, language: 'en' },
})
export const msgSetupTestInboundFailed = Record({
    $id: Now.ID['msg_setup_test_inbound_failed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_FAILED, message: MESSAGES.SETUP_TEST_INBOUND_FAILED, language: 'en' },
})
export const msgSetupTestInboundPending = Record({
    $id: Now.ID['msg_setup_test_inbound_pending'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_INBOUND_PENDING, message: MESSAGES.SETUP_TEST_INBOUND_PENDING, language: 'en' },
})
export const msgSetupTestSkipped = Record({
    $id: Now.ID['msg_setup_test_skipped'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_SKIPPED, message: MESSAGES.SETUP_TEST_SKIPPED, language: 'en' },
})
export const msgSetupTestNotNeededInsights = Record({
    $id: Now.ID['msg_setup_test_not_needed_insights'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_NOT_NEEDED_INSIGHTS, message: MESSAGES.SETUP_TEST_NOT_NEEDED_INSIGHTS, language: 'en' },
})
export const msgSetupTestPassed = Record({
    $id: Now.ID['msg_setup_test_passed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_PASSED, message: MESSAGES.SETUP_TEST_PASSED, language: 'en' },
})
export const msgFormSectionConsentRequired = Record({
    $id: Now.ID['msg_form_section_consent_required'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_CONSENT_REQUIRED, message: MESSAGES.FORM_SECTION_CONSENT_REQUIRED, language: 'en' },
})
export const msgFormSectionNoForm = Record({
    $id: Now.ID['msg_form_section_no_form'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_NO_FORM, message: MESSAGES.FORM_SECTION_NO_FORM, language: 'en' },
})
export const msgFormSectionAttached = Record({
    $id: Now.ID['msg_form_section_attached'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_ATTACHED, message: MESSAGES.FORM_SECTION_ATTACHED, language: 'en' },
})
export const msgFormSectionAlready = Record({
    $id: Now.ID['msg_form_section_already'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_ALREADY, message: MESSAGES.FORM_SECTION_ALREADY, language: 'en' },
})
export const msgFormSectionRemoved = Record({
    $id: Now.ID['msg_form_section_removed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_REMOVED, message: MESSAGES.FORM_SECTION_REMOVED, language: 'en' },
})
export const msgFormSectionRefused = Record({
    $id: Now.ID['msg_form_section_refused'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_REFUSED, message: MESSAGES.FORM_SECTION_REFUSED, language: 'en' },
})
export const msgFormSectionManual = Record({
    $id: Now.ID['msg_form_section_manual'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_MANUAL, message: MESSAGES.FORM_SECTION_MANUAL, language: 'en' },
})
export const msgFormSectionRemoveRefused = Record({
    $id: Now.ID['msg_form_section_remove_refused'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_REMOVE_REFUSED, message: MESSAGES.FORM_SECTION_REMOVE_REFUSED, language: 'en' },
})
export const msgFormSectionRemoveManual = Record({
    $id: Now.ID['msg_form_section_remove_manual'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_REMOVE_MANUAL, message: MESSAGES.FORM_SECTION_REMOVE_MANUAL, language: 'en' },
})
export const msgSetupTestTokenUnreachable = Record({
    $id: Now.ID['msg_setup_test_token_unreachable'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_TEST_TOKEN_UNREACHABLE, message: MESSAGES.SETUP_TEST_TOKEN_UNREACHABLE, language: 'en' },
})
export const msgLinkAccountEmailInvalid = Record({
    $id: Now.ID['msg_link_account_email_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.LINK_ACCOUNT_EMAIL_INVALID, message: MESSAGES.LINK_ACCOUNT_EMAIL_INVALID, language: 'en' },
})
export const msgSetupInstructionsBasic = Record({
    $id: Now.ID['msg_setup_instructions_basic'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INSTRUCTIONS_BASIC, message: MESSAGES.SETUP_INSTRUCTIONS_BASIC, language: 'en' },
})
export const msgSetupInstructionsAad = Record({
    $id: Now.ID['msg_setup_instructions_aad'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INSTRUCTIONS_AAD, message: MESSAGES.SETUP_INSTRUCTIONS_AAD, language: 'en' },
})
export const msgSetupInstructionsInsights = Record({
    $id: Now.ID['msg_setup_instructions_insights'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_INSTRUCTIONS_INSIGHTS, message: MESSAGES.SETUP_INSTRUCTIONS_INSIGHTS, language: 'en' },
})
export const msgSetupCompleted = Record({
    $id: Now.ID['msg_setup_completed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_COMPLETED, message: MESSAGES.SETUP_COMPLETED, language: 'en' },
})
export const msgSetupCompletedInsights = Record({
    $id: Now.ID['msg_setup_completed_insights'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_COMPLETED_INSIGHTS, message: MESSAGES.SETUP_COMPLETED_INSIGHTS, language: 'en' },
})
export const msgSetupCompletedWithoutSetup = Record({
    $id: Now.ID['msg_setup_completed_without_setup'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_COMPLETED_WITHOUT_SETUP, message: MESSAGES.SETUP_COMPLETED_WITHOUT_SETUP, language: 'en' },
})
export const msgFormSectionExplain = Record({
    $id: Now.ID['msg_form_section_explain'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.FORM_SECTION_EXPLAIN, message: MESSAGES.FORM_SECTION_EXPLAIN, language: 'en' },
})
export const msgLinkAccountLinked = Record({
    $id: Now.ID['msg_link_account_linked'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.LINK_ACCOUNT_LINKED, message: MESSAGES.LINK_ACCOUNT_LINKED, language: 'en' },
})
