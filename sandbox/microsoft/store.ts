// All simulator state lives here (Azurite-style: handlers are stateless, the store is the world).
import { stableGuid } from './jwt'
import { newLearnState, type LearnState } from './learn-mcp'

export type AuthenticationType = 'basic' | 'oauth' | 'aad'
export type Severity = 'A' | 'B' | 'C'
export type CaseStatus = 'open' | 'inProgress' | 'waitingForCustomer' | 'resolved' | 'closed'

export interface AppRegistration {
    clientId: string
    clientSecret: string
    tenantId: string
    /** App roles granted (Graph checks ServiceHealth.Read.All and ServiceMessage.Read.All; both by default, as the setup guide asks). */
    roles: string[]
    /** When the client secret expires (ISO date-time); from then on Azure AD answers AADSTS7000222. None: it does not expire. */
    secretExpiresDateTime?: string
}

export interface AdminAccount {
    email: string
    valid: boolean
    canCreateTickets: boolean
}

/** A repository as registered in the Microsoft 365 admin center (Organization profiles > Repositories). */
export interface RepositoryRegistration {
    repositoryId: string
    /** The app's inbound REST base, e.g. https://dev1.service-now.com/api/x_mioms_m365_assis/v1/connector */
    endpoint: string
    authenticationType: AuthenticationType
    /** basic: unused; oauth: ServiceNow OAuth client id; aad: the inbound REST API app's client id (token audience). */
    clientId?: string
    clientSecret?: string
    /** basic/oauth: integration user name; aad: the REST user app's client id (token appid claim). */
    username?: string
    password?: string
    /** Where oauth_token.do lives; defaults to the endpoint's origin. */
    instanceUrl?: string
    /** The admin center's "Refresh token expiration" (seconds; Setup says 864000). Recorded only: refresh tokens do not expire here. */
    refreshTokenExpirationSeconds?: number
}

export interface TenantConfig {
    domain: string
    tenantId: string
    /** Support integration set up in the admin center (internal support tool = ServiceNow). */
    integrationConfigured: boolean
    /** "Application ID to issue Auth Token": the outbound app allowed to call the connector. */
    outboundAppId: string | null
    admins: Map<string, AdminAccount>
    repositories: Map<string, RepositoryRegistration>
}

export interface Contact {
    email: string
    phone?: string
    preferredContactMethod: 'email' | 'phone'
}

export interface Communication {
    messageId: string
    body: string
    author: string
    createdDateTime: string
    direction: 'toMicrosoft' | 'fromMicrosoft'
}

export interface ServiceRequestRecord {
    id: string
    tenantId: string
    repositoryId: string
    incidentNumber: string
    incidentSysId: string
    title: string
    description: string
    severity: Severity
    status: CaseStatus
    owner: string | null
    contact: Contact
    isTestEnvironment: boolean
    createdDateTime: string
    lastModifiedDateTime: string
    communications: Communication[]
}

export interface HealthIssuePost {
    createdDateTime: string
    postType: 'regular' | 'quick' | 'strategic'
    description: { contentType: 'html' | 'text'; content: string }
}

/** Microsoft Graph serviceHealthIssue (v1.0). */
export interface HealthIssue {
    id: string
    title: string
    service: string
    feature: string | null
    featureGroup: string | null
    classification: 'incident' | 'advisory'
    status: string
    origin: 'microsoft' | 'thirdParty' | 'customer'
    startDateTime: string
    endDateTime: string | null
    lastModifiedDateTime: string
    isResolved: boolean
    highImpact: boolean | null
    impactDescription: string
    details: { name: string; value: string }[]
    posts: HealthIssuePost[]
}

/**
 * Microsoft Graph serviceUpdateMessage (v1.0), a Message center post
 * (https://learn.microsoft.com/en-us/graph/api/resources/serviceupdatemessage).
 */
export interface ServiceUpdateMessage {
    id: string
    title: string
    services: string[]
    category: 'preventOrFixIssue' | 'planForChange' | 'stayInformed'
    severity: 'normal' | 'high' | 'critical'
    tags: string[]
    isMajorChange: boolean | null
    actionRequiredByDateTime: string | null
    startDateTime: string
    endDateTime: string | null
    lastModifiedDateTime: string
    body: { contentType: 'html' | 'text'; content: string }
    details: { name: string; value: string }[]
    hasAttachments: boolean
    /** The signed-in user's read state; app-only reads have none. */
    viewPoint: null
}

export interface Fault {
    id: string
    /** Path glob: `*` one segment, `**` anything. */
    pattern: string
    method?: string
    latencyMs?: number
    status?: number
    retryAfter?: number
    /** Never answer (until the client gives up; bounded to 60 s). */
    timeout?: boolean
    timeoutMs?: number
    /** Answer 200 (or status) with a truncated JSON body. */
    malformed?: boolean
    /** How many more requests this fault applies to (undefined = forever). */
    times?: number
    hits: number
}

export interface JournalEntry {
    seq: number
    time: string
    method: string
    path: string
    operation: string | null
    status: number
    authKind: 'none' | 'bearer' | 'basic' | 'client_secret_post' | 'client_secret_basic' | 'other'
    appId: string | null
    correlationId: string
    durationMs: number
    fault: string | null
    requestErrors: string[]
    contractErrors: string[]
}

export interface CallbackEntry {
    seq: number
    time: string
    caseId: string
    repositoryId: string
    action: 'oauthToken' | 'oauthRefresh' | 'getTicket' | 'postCommunication' | 'updateTicket' | 'closeTicket' | 'ping'
    method: string
    url: string
    authKind: 'basic' | 'bearer' | 'aad' | 'form'
    status: number
    ok: boolean
    durationMs: number
    error: string | null
    contractErrors: string[]
    /** The instance's parsed JSON answer (never contains our credentials). */
    response: unknown
}

/** A Setup connection test: Microsoft calls the repository's /ping after answering startConnectionTest. */
export interface ConnectionTestRecord {
    testId: string
    tenantId: string
    repositoryId: string
    status: 'pending' | 'succeeded' | 'failed'
    httpStatus?: number
    detail?: string
    /** AAD Auth: the registered value Azure AD refused when Microsoft signed in (no ping was sent). */
    refusedCredential?: 'clientId' | 'clientSecret' | 'username' | 'password'
    completedDateTime?: string
}

export const DEFAULT_TENANT_DOMAIN = 'contoso.onmicrosoft.com'
export const DEFAULT_OUTBOUND_APP_ID = '11111111-2222-4333-8444-555555555555'
export const DEFAULT_OUTBOUND_APP_SECRET = 'sim-outbound-secret'
export const DEFAULT_ADMIN_EMAIL = 'admin@contoso.onmicrosoft.com'

export class Store {
    tenants = new Map<string, TenantConfig>()
    apps = new Map<string, AppRegistration>()
    serviceRequests = new Map<string, ServiceRequestRecord>()
    issues: HealthIssue[] = []
    /** Message center posts (Graph /admin/serviceAnnouncement/messages). */
    messages: ServiceUpdateMessage[] = []
    faults: Fault[] = []
    /** Microsoft Learn MCP sessions and the body form of its answers (learn-mcp.ts). */
    learn: LearnState = newLearnState()
    journal: JournalEntry[] = []
    callbacks: CallbackEntry[] = []
    connectionTests = new Map<string, ConnectionTestRecord>()
    caseCounter = 0
    seq = 0

    constructor(withDefaults = true) {
        if (withDefaults) this.loadDefaults()
    }

    loadDefaults() {
        const tenant = this.upsertTenant({ domain: DEFAULT_TENANT_DOMAIN })
        this.upsertApp({ clientId: DEFAULT_OUTBOUND_APP_ID, clientSecret: DEFAULT_OUTBOUND_APP_SECRET, tenant: tenant.domain })
        this.upsertAdmin(tenant, { email: DEFAULT_ADMIN_EMAIL, valid: true, canCreateTickets: true })
        this.upsertAdmin(tenant, { email: 'helpdesk@contoso.onmicrosoft.com', valid: true, canCreateTickets: false })
    }

    nextSeq() {
        return ++this.seq
    }

    /** By domain (case-insensitive) or tenant id. */
    findTenant(idOrDomain: string): TenantConfig | undefined {
        const key = idOrDomain.toLowerCase()
        for (const t of this.tenants.values()) if (t.tenantId === key || t.domain.toLowerCase() === key) return t
        return undefined
    }

    upsertTenant(cfg: { domain: string; tenantId?: string; integrationConfigured?: boolean; outboundAppId?: string | null }): TenantConfig {
        const existing = this.findTenant(cfg.domain) ?? (cfg.tenantId ? this.findTenant(cfg.tenantId) : undefined)
        const tenant: TenantConfig = existing ?? {
            domain: cfg.domain,
            tenantId: (cfg.tenantId ?? stableGuid(`tenant:${cfg.domain.toLowerCase()}`)).toLowerCase(),
            integrationConfigured: true,
            outboundAppId: null,
            admins: new Map(),
            repositories: new Map(),
        }
        if (cfg.integrationConfigured !== undefined) tenant.integrationConfigured = cfg.integrationConfigured
        if (cfg.outboundAppId !== undefined) tenant.outboundAppId = cfg.outboundAppId
        this.tenants.set(tenant.tenantId, tenant)
        return tenant
    }

    private requireTenant(idOrDomain: string): TenantConfig {
        const t = this.findTenant(idOrDomain)
        if (!t) throw new Error(`Unknown tenant ${idOrDomain}: configure it first`)
        return t
    }

    /** The first app registered in a tenant becomes its outbound app unless the tenant names one. */
    upsertApp(cfg: { clientId: string; clientSecret: string; tenant: string; roles?: string[]; secretExpiresDateTime?: string }): AppRegistration {
        const tenant = this.requireTenant(cfg.tenant)
        if (cfg.secretExpiresDateTime !== undefined && isNaN(Date.parse(cfg.secretExpiresDateTime))) throw new Error('secretExpiresDateTime must be an ISO date-time')
        const app: AppRegistration = { clientId: cfg.clientId, clientSecret: cfg.clientSecret, tenantId: tenant.tenantId, roles: cfg.roles ?? ['ServiceHealth.Read.All', 'ServiceMessage.Read.All'] }
        if (cfg.secretExpiresDateTime) app.secretExpiresDateTime = cfg.secretExpiresDateTime
        this.apps.set(app.clientId, app)
        if (tenant.outboundAppId === null) tenant.outboundAppId = app.clientId
        return app
    }

    upsertAdmin(tenant: TenantConfig | string, cfg: { email: string; valid?: boolean; canCreateTickets?: boolean }): AdminAccount {
        const t = typeof tenant === 'string' ? this.requireTenant(tenant) : tenant
        const admin = { email: cfg.email, valid: cfg.valid ?? true, canCreateTickets: cfg.canCreateTickets ?? cfg.valid ?? true }
        t.admins.set(cfg.email.toLowerCase(), admin)
        return admin
    }

    upsertRepository(tenant: string, cfg: RepositoryRegistration): RepositoryRegistration {
        const t = this.requireTenant(tenant)
        if (!['basic', 'oauth', 'aad'].includes(cfg.authenticationType)) throw new Error(`authenticationType must be basic, oauth or aad`)
        new URL(cfg.endpoint) // throws on a bad endpoint
        const repo = { ...cfg, endpoint: cfg.endpoint.replace(/\/+$/, '') }
        t.repositories.set(repo.repositoryId, repo)
        return repo
    }

    tenantOfRepository(repositoryId: string, tenantId: string) {
        return this.tenants.get(tenantId)?.repositories.get(repositoryId)
    }

    nextCaseId(now: Date): string {
        const yymmdd = now.toISOString().slice(2, 10).replace(/-/g, '')
        return `${yymmdd}${String(++this.caseCounter).padStart(10, '0')}`
    }

    /** State without secrets, for GET /_sim/state. */
    snapshot() {
        return {
            tenants: [...this.tenants.values()].map((t) => ({
                domain: t.domain,
                tenantId: t.tenantId,
                integrationConfigured: t.integrationConfigured,
                outboundAppId: t.outboundAppId,
                admins: [...t.admins.values()],
                repositories: [...t.repositories.values()].map((r) => ({ repositoryId: r.repositoryId, endpoint: r.endpoint, authenticationType: r.authenticationType, clientId: r.clientId ?? null, username: r.username ?? null })),
            })),
            apps: [...this.apps.values()].map((a) => ({ clientId: a.clientId, tenantId: a.tenantId, roles: a.roles, secretExpiresDateTime: a.secretExpiresDateTime ?? null })),
            serviceRequests: [...this.serviceRequests.values()],
            healthIssues: this.issues.length,
            messages: this.messages.length,
            faults: this.faults,
        }
    }
}
