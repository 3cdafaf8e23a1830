import '@servicenow/sdk/global'
import { Acl, BooleanColumn, DateTimeColumn, EmailColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'

/** The single linked Microsoft 365 admin account (Link Account), contacted when cases are created. */
export const x_mioms_m365_assis_admin_account = Table({
    name: 'x_mioms_m365_assis_admin_account',
    label: 'Linked Microsoft 365 admin account',
    display: 'email',
    audit: true,
    schema: {
        email: EmailColumn({ label: 'Microsoft 365 admin email', mandatory: true }),
        valid: BooleanColumn({ label: 'Validated by Microsoft', default: false }),
        can_create_tickets: BooleanColumn({ label: 'Can open service requests', default: false }),
        validated_on: DateTimeColumn({ label: 'Validated on' }),
        validation_message: StringColumn({ label: 'Validation message', maxLength: 500 }),
        linked_by: ReferenceColumn({ label: 'Linked by', referenceTable: 'sys_user' }),
    },
})

export const adminAccountRead = Acl({
    $id: Now.ID['acl_admin_account_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_admin_account',
    operation: 'read',
    roles: [administrator],
})
export const adminAccountCreate = Acl({
    $id: Now.ID['acl_admin_account_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_admin_account',
    operation: 'create',
    roles: [administrator],
})
export const adminAccountWrite = Acl({
    $id: Now.ID['acl_admin_account_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_admin_account',
    operation: 'write',
    roles: [administrator],
})
export const adminAccountDelete = Acl({
    $id: Now.ID['acl_admin_account_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_admin_account',
    operation: 'delete',
    roles: [administrator],
})
