import '@servicenow/sdk/global'
import { Acl, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'

/**
 * Refused connector API calls, counted per caller, reason and 10-minute window
 * (src/server/inbound/refusal-log.ts). The first refusal of a window writes one log line (with
 * the counts of the earlier windows, whose rows it then removes); the rest of the window only
 * counts here. The unique index makes exactly one request the first of its window, also when
 * many arrive at once: no timer, nothing kept in memory between transactions.
 */
export const x_mioms_m365_assis_inbound_refusal = Table({
    name: 'x_mioms_m365_assis_inbound_refusal',
    label: 'Microsoft connector refusal count',
    display: 'caller',
    schema: {
        caller: StringColumn({ label: 'Caller (user name)', maxLength: 100, mandatory: true }),
        reason: StringColumn({ label: 'Reason', maxLength: 40, mandatory: true }),
        // 'YYYY-MM-DD HH:M0' in UTC: the start of the 10-minute window.
        window_start: StringColumn({ label: 'Window start (UTC)', maxLength: 16, mandatory: true }),
        refusals: IntegerColumn({ label: 'Refusals in the window', default: 0 }),
        last_route: StringColumn({ label: 'Last route refused', maxLength: 300 }),
        last_correlation_id: StringColumn({ label: 'Last correlation ID', maxLength: 40 }),
    },
    index: [{ name: 'inbound_refusal_window', element: ['caller', 'reason', 'window_start'], unique: true }],
})

export const inboundRefusalRead = Acl({
    $id: Now.ID['acl_inbound_refusal_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_inbound_refusal',
    operation: 'read',
    roles: [administrator],
})
export const inboundRefusalCreate = Acl({
    $id: Now.ID['acl_inbound_refusal_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_inbound_refusal',
    operation: 'create',
    roles: [administrator],
})
export const inboundRefusalWrite = Acl({
    $id: Now.ID['acl_inbound_refusal_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_inbound_refusal',
    operation: 'write',
    roles: [administrator],
})
export const inboundRefusalDelete = Acl({
    $id: Now.ID['acl_inbound_refusal_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_inbound_refusal',
    operation: 'delete',
    roles: [administrator],
})
