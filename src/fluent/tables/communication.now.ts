import '@servicenow/sdk/global'
import { Acl, ChoiceColumn, DateTimeColumn, IntegerColumn, MultiLineTextColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'

/**
 * Messages exchanged on a Microsoft case, both directions. Inbound rows make Microsoft's posts
 * idempotent by message id; outbound rows are the queue that sends agent comments to Microsoft
 * outside the user's transaction, with retry.
 */
export const x_mioms_m365_assis_communication = Table({
    name: 'x_mioms_m365_assis_communication',
    label: 'Microsoft case communication',
    display: 'message_id',
    schema: {
        case: ReferenceColumn({ label: 'Microsoft case', referenceTable: 'x_mioms_m365_assis_case', mandatory: true }),
        direction: ChoiceColumn({ label: 'Direction', choices: { fromMicrosoft: 'From Microsoft', toMicrosoft: 'To Microsoft', byHand: 'Recorded by hand' } }),
        // The connector contract's MessageId is up to 128 characters: a shorter field would cut the idempotency key.
        message_id: StringColumn({ label: 'Message ID', maxLength: 128, mandatory: true }),
        author: StringColumn({ label: 'Author', maxLength: 200 }),
        body: MultiLineTextColumn({ label: 'Body', maxLength: 65536 }),
        state: ChoiceColumn({
            label: 'State',
            // received: from Microsoft, on the incident; queued → (retry)* → sent | failed: to Microsoft
            choices: { received: 'Received', queued: 'Queued', retry: 'Waiting to retry', sent: 'Sent', failed: 'Failed' },
        }),
        attempts: IntegerColumn({ label: 'Attempts', default: 0 }),
        next_attempt: DateTimeColumn({ label: 'Next attempt' }),
        last_error: StringColumn({ label: 'Last error', maxLength: 1000 }),
        // inbound: the incident and the comment's journal entry (sys_journal_field) of this message
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident' }),
        journal_entry: StringColumn({ label: 'Journal entry (sys_id)', maxLength: 32 }),
        correlation_id: StringColumn({ label: 'Correlation ID', maxLength: 40 }),
        sent_on: DateTimeColumn({ label: 'Sent on' }),
    },
    index: [
        { name: 'communication_message', element: ['case', 'message_id'], unique: true },
        { name: 'communication_state', element: ['state', 'next_attempt'], unique: false },
    ],
})

export const communicationRead = Acl({
    $id: Now.ID['acl_communication_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_communication',
    operation: 'read',
    roles: [insightsUser],
})
export const communicationCreate = Acl({
    $id: Now.ID['acl_communication_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_communication',
    operation: 'create',
    roles: [administrator],
})
export const communicationWrite = Acl({
    $id: Now.ID['acl_communication_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_communication',
    operation: 'write',
    roles: [administrator],
})
export const communicationDelete = Acl({
    $id: Now.ID['acl_communication_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_communication',
    operation: 'delete',
    roles: [administrator],
})
