import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'

// UI page ACLs (type ui_page, the page's fully scoped name): the platform refuses the page itself
// to users without the role, before any of its REST calls (which check again) are made.

export const panelPageAcl = Acl({
    $id: Now.ID['acl_page_panel'],
    type: 'ui_page',
    name: 'x_mioms_m365_assis_panel',
    operation: 'read',
    roles: [insightsUser],
    description: 'Microsoft 365 support integration: the incident Microsoft 365 panel, for insights users and administrators.',
})

export const setupPageAcl = Acl({
    $id: Now.ID['acl_page_setup'],
    type: 'ui_page',
    name: 'x_mioms_m365_assis_setup',
    operation: 'read',
    roles: [administrator],
    description: 'Microsoft 365 support integration: the Setup wizard, for administrators.',
})

export const linkAccountPageAcl = Acl({
    $id: Now.ID['acl_page_link_account'],
    type: 'ui_page',
    name: 'x_mioms_m365_assis_link_account',
    operation: 'read',
    roles: [administrator],
    description: 'Microsoft 365 support integration: Link Account, for administrators.',
})

export const serviceHealthPageAcl = Acl({
    $id: Now.ID['acl_page_service_health'],
    type: 'ui_page',
    name: 'x_mioms_m365_assis_service_health',
    operation: 'read',
    roles: [administrator],
    description: 'Microsoft 365 support integration: Service Health settings, for administrators.',
})

export const diagnosticsPageAcl = Acl({
    $id: Now.ID['acl_page_diagnostics'],
    type: 'ui_page',
    name: 'x_mioms_m365_assis_diagnostics',
    operation: 'read',
    roles: [administrator],
    description: 'Microsoft 365 support integration: Diagnostics, for administrators.',
})
