import '@servicenow/sdk/global'
import {
    Acl,
    BooleanColumn,
    ChoiceColumn,
    DateTimeColumn,
    EmailColumn,
    MultiLineTextColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'

/**
 * A Microsoft support case (service request) on an incident: opened through the Microsoft support
 * connector, or opened by an administrator in the Microsoft 365 admin center and recorded here by
 * hand when no connector is set up (no public API creates Microsoft 365 service requests).
 */
export const x_mioms_m365_assis_case = Table({
    name: 'x_mioms_m365_assis_case',
    label: 'Microsoft case',
    display: 'case_number',
    audit: true,
    schema: {
        case_number: StringColumn({ label: 'Case number', maxLength: 64 }),
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident', mandatory: true }),
        repository_id: StringColumn({ label: 'Repository ID', maxLength: 100 }),
        title: StringColumn({ label: 'Title', maxLength: 160 }),
        description: MultiLineTextColumn({ label: 'Description', maxLength: 4000 }),
        status: StringColumn({ label: 'Microsoft status', maxLength: 40 }),
        severity: ChoiceColumn({
            label: 'Severity',
            choices: { a: 'A - Critical', b: 'B - High', c: 'C - Moderate' },
            default: 'c',
        }),
        // The connector contract allows an owner of up to 200 characters.
        owner: StringColumn({ label: 'Microsoft owner', maxLength: 200 }),
        contact_email: EmailColumn({ label: 'Contact email' }),
        contact_phone: StringColumn({ label: 'Contact phone', maxLength: 40 }),
        preferred_contact: ChoiceColumn({
            label: 'Preferred contact method',
            choices: { email: 'Email', phone: 'Phone' },
            default: 'email',
        }),
        test_environment: BooleanColumn({ label: 'Test environment', default: false }),
        opened_by: ReferenceColumn({ label: 'Opened by', referenceTable: 'sys_user' }),
        last_update: DateTimeColumn({ label: 'Last update from Microsoft' }),
        closed: BooleanColumn({ label: 'Closed', default: false }),
        // panel: the correlation id of the request that opened the case (System Logs > All)
        correlation_id: StringColumn({ label: 'Correlation ID', maxLength: 40 }),
        // How the case came to be: the connector never reads, changes or polls a case recorded by hand.
        kind: ChoiceColumn({
            label: 'Kind',
            choices: { connector: 'Opened through the Microsoft support connector', manual: 'Recorded by hand from the Microsoft 365 admin center' },
            default: 'connector',
        }),
        // Recorded by hand: the request's page in the Microsoft 365 admin center (https, admin.microsoft.com only).
        admin_center_url: StringColumn({ label: 'Microsoft 365 admin center link', maxLength: 1024 }),
        contact_name: StringColumn({ label: 'Contact name', maxLength: 100 }),
    },
    index: [
        { name: 'case_incident', element: 'incident', unique: false },
        { name: 'case_number', element: 'case_number', unique: true },
    ],
})

// Agents see the case on the incident's Microsoft 365 tab; only administrators open or change it.
export const caseRead = Acl({
    $id: Now.ID['acl_case_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    operation: 'read',
    roles: [insightsUser],
})
export const caseCreate = Acl({
    $id: Now.ID['acl_case_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    operation: 'create',
    roles: [administrator],
})
export const caseWrite = Acl({
    $id: Now.ID['acl_case_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    operation: 'write',
    roles: [administrator],
})
// The kind decides whether the connector may touch the case: only administrators set it (field ACL,
// besides the table's write ACL, so a later change to the table ACL does not open it).
export const caseKindWrite = Acl({
    $id: Now.ID['acl_case_kind_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    field: 'kind',
    operation: 'write',
    roles: [administrator],
})
export const caseDelete = Acl({
    $id: Now.ID['acl_case_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_case',
    operation: 'delete',
    roles: [administrator],
})
