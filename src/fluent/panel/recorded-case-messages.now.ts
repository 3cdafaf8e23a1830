import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MESSAGES } from '../../server/messages/catalogue'

// The sys_ui_message records of cases recorded by hand (src/server/cases/recorded-case.ts), one per
// catalogue entry as in messages.now.ts; the build test "message catalogue" checks them all.

export const msgCaseRecordInstructions = Record({
    $id: Now.ID['msg_case_record_instructions'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_INSTRUCTIONS, message: MESSAGES.CASE_RECORD_INSTRUCTIONS, language: 'en' },
})
export const msgCaseRecordNotAvailable = Record({
    $id: Now.ID['msg_case_record_not_available'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_NOT_AVAILABLE, message: MESSAGES.CASE_RECORD_NOT_AVAILABLE, language: 'en' },
})
export const msgCaseRecordNumberInvalid = Record({
    $id: Now.ID['msg_case_record_number_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_NUMBER_INVALID, message: MESSAGES.CASE_RECORD_NUMBER_INVALID, language: 'en' },
})
export const msgCaseRecordLinkInvalid = Record({
    $id: Now.ID['msg_case_record_link_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_LINK_INVALID, message: MESSAGES.CASE_RECORD_LINK_INVALID, language: 'en' },
})
export const msgCaseRecordNameInvalid = Record({
    $id: Now.ID['msg_case_record_name_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_NAME_INVALID, message: MESSAGES.CASE_RECORD_NAME_INVALID, language: 'en' },
})
export const msgCaseRecordEmailInvalid = Record({
    $id: Now.ID['msg_case_record_email_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_EMAIL_INVALID, message: MESSAGES.CASE_RECORD_EMAIL_INVALID, language: 'en' },
})
export const msgCaseRecordNumberTaken = Record({
    $id: Now.ID['msg_case_record_number_taken'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_NUMBER_TAKEN, message: MESSAGES.CASE_RECORD_NUMBER_TAKEN, language: 'en' },
})
export const msgCaseRecorded = Record({
    $id: Now.ID['msg_case_recorded'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORDED, message: MESSAGES.CASE_RECORDED, language: 'en' },
})
export const msgCaseRecordStatusInvalid = Record({
    $id: Now.ID['msg_case_record_status_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_STATUS_INVALID, message: MESSAGES.CASE_RECORD_STATUS_INVALID, language: 'en' },
})
export const msgCaseRecordNoteInvalid = Record({
    $id: Now.ID['msg_case_record_note_invalid'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_NOTE_INVALID, message: MESSAGES.CASE_RECORD_NOTE_INVALID, language: 'en' },
})
export const msgCaseRecordUpdateEmpty = Record({
    $id: Now.ID['msg_case_record_update_empty'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_UPDATE_EMPTY, message: MESSAGES.CASE_RECORD_UPDATE_EMPTY, language: 'en' },
})
export const msgCaseRecordNone = Record({
    $id: Now.ID['msg_case_record_none'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_NONE, message: MESSAGES.CASE_RECORD_NONE, language: 'en' },
})
export const msgCaseRecordUpdated = Record({
    $id: Now.ID['msg_case_record_updated'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORD_UPDATED, message: MESSAGES.CASE_RECORD_UPDATED, language: 'en' },
})
export const msgCaseRecordedNote = Record({
    $id: Now.ID['msg_case_recorded_note'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_RECORDED_NOTE, message: MESSAGES.CASE_RECORDED_NOTE, language: 'en' },
})
export const msgCaseStatusNote = Record({
    $id: Now.ID['msg_case_status_note'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_STATUS_NOTE, message: MESSAGES.CASE_STATUS_NOTE, language: 'en' },
})
export const msgCaseNoteNote = Record({
    $id: Now.ID['msg_case_note_note'],
    table: 'sys_ui_message',
    data: { key: MESSAGES.CASE_NOTE_NOTE, message: MESSAGES.CASE_NOTE_NOTE, language: 'en' },
})
