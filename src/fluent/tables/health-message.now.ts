import '@servicenow/sdk/global'
import { Acl, BooleanColumn, DateTimeColumn, MultiLineTextColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'

/**
 * Microsoft 365 Message center posts synced from Microsoft Graph (serviceUpdateMessage,
 * /admin/serviceAnnouncement/messages), one row per Microsoft message id (MC123456): planned
 * changes, retirements and fixes Microsoft announces, shown on the Service Health page and matched
 * to incidents on the panel.
 */
export const x_mioms_m365_assis_health_message = Table({
    name: 'x_mioms_m365_assis_health_message',
    label: 'Microsoft 365 Message center post',
    display: 'title',
    schema: {
        message_id: StringColumn({ label: 'Message ID', maxLength: 40, mandatory: true }),
        title: StringColumn({ label: 'Title', maxLength: 500 }),
        // Microsoft's service names, joined with ", " (a post can concern several services).
        services: StringColumn({ label: 'Services', maxLength: 1000 }),
        category: StringColumn({ label: 'Category', maxLength: 40 }),
        severity: StringColumn({ label: 'Severity', maxLength: 40 }),
        tags: StringColumn({ label: 'Tags', maxLength: 1000 }),
        is_major_change: BooleanColumn({ label: 'Major change', default: false }),
        action_required_by: DateTimeColumn({ label: 'Action required by' }),
        start_time: DateTimeColumn({ label: 'Start time' }),
        end_time: DateTimeColumn({ label: 'End time' }),
        last_modified: DateTimeColumn({ label: 'Last modified by Microsoft' }),
        content_type: StringColumn({ label: 'Content type', maxLength: 40 }),
        // Microsoft's HTML; posts are a few hundred to a few thousand characters.
        body: MultiLineTextColumn({ label: 'Body', maxLength: 65000 }),
    },
    index: [
        { name: 'health_message_id', element: 'message_id', unique: true },
        // The page's and the panel's newest-first bounded reads (health/message-view.ts, health-matches.ts).
        { name: 'health_message_modified', element: 'last_modified', unique: false },
        // The page's "action required within N days" filter: action_required_by in a range, soonest first.
        { name: 'health_message_action', element: 'action_required_by', unique: false },
    ],
})

export const healthMessageRead = Acl({
    $id: Now.ID['acl_health_message_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_message',
    operation: 'read',
    roles: [insightsUser],
})
// Written by the sync job; administrators may correct or remove a row.
export const healthMessageCreate = Acl({
    $id: Now.ID['acl_health_message_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_message',
    operation: 'create',
    roles: [administrator],
})
export const healthMessageWrite = Acl({
    $id: Now.ID['acl_health_message_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_message',
    operation: 'write',
    roles: [administrator],
})
export const healthMessageDelete = Acl({
    $id: Now.ID['acl_health_message_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_message',
    operation: 'delete',
    roles: [administrator],
})
