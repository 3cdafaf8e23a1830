import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MESSAGES } from '../../server/messages/catalogue'

// Who may authenticate the connector API (Setup's access policy step and the connector's credential
// check): their catalogue entries as English sys_ui_message records (see messages.now.ts).

export const msgSetupAccessPolicyApplied = Record({
    $id: Now.ID['msg_setup_access_policy_applied'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_ACCESS_POLICY_APPLIED, message: MESSAGES.SETUP_ACCESS_POLICY_APPLIED, language: 'en' },
})
export const msgSetupAccessPolicyRefused = Record({
    $id: Now.ID['msg_setup_access_policy_refused'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_ACCESS_POLICY_REFUSED, message: MESSAGES.SETUP_ACCESS_POLICY_REFUSED, language: 'en' },
})
export const msgSetupAccessPolicySuspended = Record({
    $id: Now.ID['msg_setup_access_policy_suspended'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_ACCESS_POLICY_SUSPENDED, message: MESSAGES.SETUP_ACCESS_POLICY_SUSPENDED, language: 'en' },
})
export const msgSetupEnforcedBasic = Record({
    $id: Now.ID['msg_setup_enforced_basic'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_ENFORCED_BASIC, message: MESSAGES.SETUP_ENFORCED_BASIC, language: 'en' },
})
export const msgSetupEnforcedAad = Record({
    $id: Now.ID['msg_setup_enforced_aad'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_ENFORCED_AAD, message: MESSAGES.SETUP_ENFORCED_AAD, language: 'en' },
})
export const msgSetupNotEnforcedBasic = Record({
    $id: Now.ID['msg_setup_not_enforced_basic'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_NOT_ENFORCED_BASIC, message: MESSAGES.SETUP_NOT_ENFORCED_BASIC, language: 'en' },
})
export const msgSetupNotEnforcedAad = Record({
    $id: Now.ID['msg_setup_not_enforced_aad'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.SETUP_NOT_ENFORCED_AAD, message: MESSAGES.SETUP_NOT_ENFORCED_AAD, language: 'en' },
})
export const msgInboundCredentialNotAllowed = Record({
    $id: Now.ID['msg_inbound_credential_not_allowed'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.INBOUND_CREDENTIAL_NOT_ALLOWED, message: MESSAGES.INBOUND_CREDENTIAL_NOT_ALLOWED, language: 'en' },
})
