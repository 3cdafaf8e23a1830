import '@servicenow/sdk/global'
import { Acl, BooleanColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'

/**
 * How a Microsoft case status moves the incident's state; admins can change the mapping
 * (Microsoft 365 Support > Case Status Mapping). Defaults: src/fluent/inbound/status-map-defaults.now.ts.
 */
export const x_mioms_m365_assis_status_map = Table({
    name: 'x_mioms_m365_assis_status_map',
    label: 'Microsoft case status mapping',
    display: 'microsoft_status',
    schema: {
        microsoft_status: StringColumn({ label: 'Microsoft status', maxLength: 40, mandatory: true }),
        incident_state: IntegerColumn({ label: 'Incident state', mandatory: true }),
        // inbound: the incident's hold reason (On Hold) and resolution fields (Resolved/Closed)
        hold_reason: IntegerColumn({ label: 'On hold reason' }),
        close_code: StringColumn({ label: 'Resolution code', maxLength: 100 }),
        close_notes: StringColumn({ label: 'Resolution notes', maxLength: 1000 }),
        active: BooleanColumn({ label: 'Active', default: true }),
    },
    index: [{ name: 'status_map_status', element: 'microsoft_status', unique: true }],
})

export const statusMapRead = Acl({
    $id: Now.ID['acl_status_map_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_status_map',
    operation: 'read',
    roles: [administrator],
})
export const statusMapCreate = Acl({
    $id: Now.ID['acl_status_map_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_status_map',
    operation: 'create',
    roles: [administrator],
})
export const statusMapWrite = Acl({
    $id: Now.ID['acl_status_map_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_status_map',
    operation: 'write',
    roles: [administrator],
})
export const statusMapDelete = Acl({
    $id: Now.ID['acl_status_map_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_status_map',
    operation: 'delete',
    roles: [administrator],
})
