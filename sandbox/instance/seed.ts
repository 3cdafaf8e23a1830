/**
 * Demo data for a fresh sandbox: users per role, incidents, and the platform records an admin
 * prepares for each setup mode (outbound OAuth provider + profile, inbound OAuth client, OIDC
 * provider configuration + OIDC entity), all pointing at the Microsoft simulator.
 * The platform's own records a fresh instance has (the incident.close_code choice list of a
 * current release, the close-info data policy) are not demo data: Platform.bootstrap() installs
 * them on every start (sandbox/glide/platformChoices.ts, dataPolicy.ts), before this seed runs.
 */
import { Platform } from '../glide/platform'
import { DEMO_APPS, DEMO_INCIDENTS, DEMO_TENANT, DEMO_USERS } from './demo'
import { hashPassword } from './sessions'

export interface SeedOptions {
    /** Base URL of the Microsoft simulator, e.g. http://127.0.0.1:4010 */
    microsoftUrl: string
}

/** Points every Microsoft URL property of the app at the simulator (run on every start). */
export function pointAppAtSimulator(platform: Platform, microsoftUrl: string): void {
    platform.setProperty('x_mioms_m365_assis.microsoft.token_host', microsoftUrl)
    platform.setProperty('x_mioms_m365_assis.microsoft.connector_base_url', microsoftUrl)
    platform.setProperty('x_mioms_m365_assis.microsoft.graph_base_url', microsoftUrl)
    platform.setProperty('x_mioms_m365_assis.microsoft.learn_mcp_url', `${microsoftUrl}/api/mcp`)
    const outbound = platform.findRow('oauth_entity', 'client_id', DEMO_APPS.outbound.clientId)
    if (outbound) platform.store.update('oauth_entity', outbound.sys_id as string, { token_url: `${microsoftUrl}/${DEMO_TENANT}/oauth2/token` })
    const oidc = platform.findRow('oidc_provider_configuration', 'oidc_provider', 'Contoso Azure')
    if (oidc) {
        platform.store.update('oidc_provider_configuration', oidc.sys_id as string, {
            oidc_metadata_url: `${microsoftUrl}/${DEMO_TENANT}/.well-known/openid-configuration`,
        })
    }
}

export function isSeeded(platform: Platform): boolean {
    return Boolean(platform.findRow('sys_user', 'user_name', DEMO_USERS.agent.userName))
}

export function seedDemoData(platform: Platform, options: SeedOptions): void {
    platform.store.transaction(() => {
        seedUsers(platform)
        seedIncidents(platform)
        seedOAuthRecords(platform, options.microsoftUrl)
        seedIncidentForm(platform)
        seedAssignmentGroup(platform)
    })
    pointAppAtSimulator(platform, options.microsoftUrl)
}

/** The demo assignment group (a PDI's "Service Desk"), so an admin can turn on automatic incidents from the browser. */
export const DEMO_ASSIGNMENT_GROUP = 'Service Desk'

/**
 * The assignment group with the agent and the Microsoft 365 admin as members. Idempotent (run on
 * every start): sandboxes seeded before it existed get it too. The incident categories are the
 * platform's own choice list (platformChoices.ts), not demo data.
 */
export function seedAssignmentGroup(platform: Platform): void {
    if (platform.findRow('sys_user_group', 'name', DEMO_ASSIGNMENT_GROUP)) return
    const group = platform.insertRow('sys_user_group', { name: DEMO_ASSIGNMENT_GROUP, description: 'First-line support (sandbox demo group)', active: 'true' })
    for (const user of [DEMO_USERS.agent, DEMO_USERS.m365Admin]) {
        const member = platform.findUser(user.userName)
        if (member) platform.insertRow('sys_user_grmember', { group, user: member.sys_id as string })
    }
}

function seedUsers(platform: Platform): void {
    for (const user of Object.values(DEMO_USERS)) {
        const existing = platform.findUser(user.userName)
        const fields = {
            name: user.name,
            email: `${user.userName}@contoso.example`,
            user_password: hashPassword(user.password),
            web_service_access_only: 'webServiceOnly' in user && user.webServiceOnly ? 'true' : 'false',
            active: 'true',
        }
        if (existing) platform.store.update('sys_user', existing.sys_id as string, fields)
        else platform.createUser(user.userName, { roles: [...user.roles], fields })
    }
    // AAD mode: the integration user's User ID is the REST user app's client ID.
    if (!platform.findUser(DEMO_APPS.restUser.clientId)) {
        platform.createUser(DEMO_APPS.restUser.clientId, {
            roles: ['incident_manager', 'snc_internal'],
            fields: { name: 'Microsoft 365 REST user (AAD)', web_service_access_only: 'true', active: 'true' },
        })
    }
}

/** Demo incidents take their numbers from the incident sequence (INC0010001, ...), as the first incidents of a fresh instance do. */
function seedIncidents(platform: Platform): void {
    const caller = platform.findUser(DEMO_USERS.agent.userName)?.sys_id ?? null
    DEMO_INCIDENTS.forEach((incident) => {
        platform.insertRow('incident', {
            short_description: incident.short_description,
            description: incident.description,
            state: '1',
            impact: '2',
            urgency: '2',
            priority: '3',
            caller_id: caller,
            active: 'true',
        })
    })
}

function seedOAuthRecords(platform: Platform, microsoftUrl: string): void {
    // Outbound: "Connect to a third party OAuth Provider" with client credentials.
    const outbound = platform.insertRow('oauth_entity', {
        name: 'Microsoft 365 outbound (Contoso)',
        type: 'oauth2',
        client_id: DEMO_APPS.outbound.clientId,
        client_secret: DEMO_APPS.outbound.clientSecret,
        default_grant_type: 'client_credentials',
        token_url: `${microsoftUrl}/${DEMO_TENANT}/oauth2/token`,
        redirect_url: 'https://sandbox.service-now.com/oauth_redirect.do',
        active: 'true',
    })
    platform.insertRow('oauth_entity_profile', {
        name: 'Microsoft 365 outbound (Contoso) default_profile',
        oauth_entity: outbound,
        grant_type: 'client_credentials',
        is_default: 'true',
    })
    // Basic mode: "Create an OAuth API endpoint for external clients".
    platform.insertRow('oauth_entity', {
        name: 'Microsoft 365 connector inbound',
        type: 'client',
        client_id: DEMO_APPS.inboundOAuthClient.clientId,
        client_secret: DEMO_APPS.inboundOAuthClient.clientSecret,
        refresh_token_lifespan: '864000',
        access_token_lifespan: '1800',
        active: 'true',
    })
    // AAD mode: OIDC provider configuration + "Configure an OIDC provider to verify ID tokens".
    const provider = platform.insertRow('oidc_provider_configuration', {
        oidc_provider: 'Contoso Azure',
        oidc_metadata_url: `${microsoftUrl}/${DEMO_TENANT}/.well-known/openid-configuration`,
        user_claim: 'appid',
        user_field: 'user_name',
    })
    platform.insertRow('oauth_oidc_entity', {
        name: 'contoso_application_inbound_api',
        client_id: DEMO_APPS.inboundApi.clientId,
        client_secret: DEMO_APPS.inboundApi.clientSecret,
        oidc_provider_configuration: provider,
        active: 'true',
    })
}

/**
 * An out-of-box-like classic incident form for the Default view: sys_ui_form + its
 * sys_ui_form_section list (main section, Notes, Related Records, Resolution Information), each
 * sys_ui_section with its sys_ui_element fields. The app's own Microsoft 365 section is not in
 * the list: Setup appends it at run time (src/server/incident-form/form-section.ts).
 */
export const INCIDENT_FORM_SECTIONS: ReadonlyArray<{ caption: string; elements: string[] }> = [
    { caption: '', elements: ['number', 'caller_id', 'short_description', 'description', 'state', 'impact', 'urgency', 'priority'] },
    { caption: 'Notes', elements: ['comments', 'work_notes'] },
    { caption: 'Related Records', elements: ['parent_incident', 'problem_id', 'rfc', 'caused_by'] },
    { caption: 'Resolution Information', elements: ['close_code', 'close_notes', 'resolved_by', 'resolved_at'] },
]

/**
 * The platform's own view records (sys_ui_view), as every instance has them: forms and sections
 * reference a view by its sys_id, and the Default view's sys_id is the literal 'Default view'
 * (its name is empty; the SDK's default_view record, @servicenow/sdk-core DefaultView.now.ts).
 * Other base-system views (doc "View management",
 * https://www.servicenow.com/docs/r/australia/platform-user-interface/view-management-overview.html)
 * get ids of their own, so a reference to a view by a loose name matches none of them.
 */
export const DEFAULT_VIEW_ID = 'Default view'
export const PLATFORM_VIEWS: ReadonlyArray<{ sys_id?: string; name: string; title: string }> = [
    { sys_id: DEFAULT_VIEW_ID, name: '', title: 'Default view' },
    { name: 'ess', title: 'Self Service' },
    { name: 'Advanced', title: 'Advanced' },
    { name: 'sys_popup', title: 'Popup' },
]

export function seedPlatformViews(platform: Platform): void {
    for (const view of PLATFORM_VIEWS) {
        const exists = view.sys_id ? platform.store.get('sys_ui_view', view.sys_id) : platform.store.query('sys_ui_view', {}).some((row) => row.name === view.name)
        if (!exists) platform.insertRow('sys_ui_view', { ...view })
    }
}

export function seedIncidentForm(platform: Platform): void {
    seedPlatformViews(platform)
    if (platform.findRow('sys_ui_form', 'name', 'incident')) return
    // sys_ui_form.view and sys_ui_section.view reference sys_ui_view: the Default view's sys_id.
    const form = platform.insertRow('sys_ui_form', { name: 'incident', view: DEFAULT_VIEW_ID, sys_domain: 'global' })
    INCIDENT_FORM_SECTIONS.forEach((spec, position) => {
        const section = platform.insertRow('sys_ui_section', { name: 'incident', caption: spec.caption || null, view: DEFAULT_VIEW_ID, title: String(!!spec.caption), sys_domain: 'global' })
        spec.elements.forEach((element, index) => platform.insertRow('sys_ui_element', { sys_ui_section: section, element, type: null, position: String(index) }))
        platform.insertRow('sys_ui_form_section', { sys_ui_form: form, sys_ui_section: section, position: String(position) })
    })
}
