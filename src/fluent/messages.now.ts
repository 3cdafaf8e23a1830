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
