import '@servicenow/sdk/global'
import { Acl, BooleanColumn, ChoiceColumn, DateTimeColumn, EmailColumn, IntegerColumn, JsonColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'

/**
 * Setup wizard state: one row, kept server-side so a reload resumes where the admin was and
 * every step is validated by the server. No secret is ever stored here: OAuth secrets stay in
 * the platform's own OAuth records, which this row only references by sys_id.
 */
export const x_mioms_m365_assis_setup = Table({
    name: 'x_mioms_m365_assis_setup',
    label: 'Microsoft 365 setup state',
    display: 'tenant_domain',
    audit: true,
    schema: {
        step: StringColumn({ label: 'Current step', maxLength: 40, default: 'consent' }),
        consent: BooleanColumn({ label: 'Consent given', default: false }),
        consented_by: ReferenceColumn({ label: 'Consent given by', referenceTable: 'sys_user' }),
        mode: ChoiceColumn({
            label: 'Setup mode',
            choices: {
                basic: 'Basic authentication',
                aad: 'Azure AD (AAD) OAuth token',
                insights: 'Insights only',
                none: 'Continue without setup',
            },
        }),
        test_environment: BooleanColumn({ label: 'Test environment', default: true }),
        tenant_domain: StringColumn({ label: 'Microsoft 365 tenant domain', maxLength: 255 }),
        outbound_profile: StringColumn({ label: 'Outbound OAuth profile (sys_id)', maxLength: 32 }),
        graph_profile: StringColumn({ label: 'Microsoft Graph OAuth profile (sys_id)', maxLength: 32 }),
        outbound_client_id: StringColumn({ label: 'Outbound App ID', maxLength: 100 }),
        use_oidc: BooleanColumn({ label: 'External OIDC authentication token', default: false }),
        inbound_entity: StringColumn({ label: 'Inbound OAuth / OIDC entity (sys_id)', maxLength: 32 }),
        inbound_client_id: StringColumn({ label: 'Inbound client ID', maxLength: 100 }),
        integration_user: ReferenceColumn({ label: 'Integration user', referenceTable: 'sys_user' }),
        rest_user_client_id: StringColumn({ label: 'REST user app client ID', maxLength: 100 }),
        repository_id: StringColumn({ label: 'Repository ID', maxLength: 100 }),
        sso_enabled: BooleanColumn({ label: 'SSO with Microsoft 365', default: false }),
        admin_email: EmailColumn({ label: 'Microsoft 365 admin email' }),
        completed: BooleanColumn({ label: 'Setup complete', default: false }),
        completed_on: DateTimeColumn({ label: 'Completed on' }),
        last_test_results: JsonColumn({ label: 'Last test results' }),
        form_section_attached: IntegerColumn({ label: 'Incident form sections attached', default: 0 }),
    },
})

export const setupRead = Acl({
    $id: Now.ID['acl_setup_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_setup',
    operation: 'read',
    roles: [administrator],
})
export const setupCreate = Acl({
    $id: Now.ID['acl_setup_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_setup',
    operation: 'create',
    roles: [administrator],
})
export const setupWrite = Acl({
    $id: Now.ID['acl_setup_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_setup',
    operation: 'write',
    roles: [administrator],
})
export const setupDelete = Acl({
    $id: Now.ID['acl_setup_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_setup',
    operation: 'delete',
    roles: [administrator],
})
