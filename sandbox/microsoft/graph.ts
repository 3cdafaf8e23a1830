// Microsoft Graph service communications: /v1.0/admin/serviceAnnouncement/{issues,healthOverviews}.
import type { HealthIssue } from './store'
import { GRAPH_APP_ID, GRAPH_RESOURCE, type Handler, type Reply, type RequestContext, type Sim } from './types'
import { verifyJwt } from './jwt'

export const ACTIVE_STATUSES = ['investigating', 'restoringService', 'verifyingService', 'serviceDegradation', 'serviceInterruption', 'extendedRecovery', 'confirmed', 'reported', 'mitigated']
export const RESOLVED_STATUSES = ['serviceRestored', 'postIncidentReviewPublished', 'falsePositive', 'resolved', 'resolvedExternal', 'mitigatedExternal', 'investigationSuspended']
export const HEALTH_STATUSES = ['serviceOperational', ...ACTIVE_STATUSES, ...RESOLVED_STATUSES]

const SERVICES: { id: string; service: string; prefix: string; features: [group: string, feature: string][]; problems: string[] }[] = [
    { id: 'Exchange', service: 'Exchange Online', prefix: 'EX', features: [['E-Mail and calendar access', 'Outlook on the web'], ['E-Mail timely delivery', 'Mail flow']], problems: ['send or receive email', 'access their mailbox using Outlook on the web', 'see calendar updates', 'search their mailbox'] },
    { id: 'microsoftteams', service: 'Microsoft Teams', prefix: 'TM', features: [['Teams Components', 'Chat'], ['Teams Components', 'Meetings']], problems: ['join Teams meetings', 'send chat messages in Teams', 'load Teams channels', 'share their screen in Teams meetings'] },
    { id: 'SharePoint', service: 'SharePoint Online', prefix: 'SP', features: [['SharePoint Features', 'Sites'], ['SharePoint Features', 'Search']], problems: ['open SharePoint sites', 'upload documents to SharePoint', 'search SharePoint content'] },
    { id: 'OneDriveForBusiness', service: 'OneDrive for Business', prefix: 'OD', features: [['OneDrive for Business', 'Sync']], problems: ['sync files with OneDrive', 'open files in OneDrive'] },
    { id: 'OSDPPlatform', service: 'Microsoft 365 suite', prefix: 'MO', features: [['Portal', 'Microsoft 365 admin center'], ['Administration', 'Sign-in']], problems: ['sign in to Microsoft 365', 'access the Microsoft 365 admin center', 'reset passwords'] },
    { id: 'Intune', service: 'Microsoft Intune', prefix: 'IT', features: [['Device management', 'Enrollment']], problems: ['enroll devices in Intune', 'receive Intune policy updates'] },
]

/** mulberry32: small, deterministic PRNG. */
function prng(seed: number) {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

export const DEFAULT_HEALTH_BASE_TIME = '2026-11-01T00:00:00.000Z'

export function postContent(title: string, impact: string, status: string, nextUpdate: string | null): string {
    return `<p>Title: ${title}</p><p>User impact: ${impact}</p><p>Current status: ${status}.</p>${nextUpdate ? `<p>Next update by: ${nextUpdate}</p>` : ''}`
}

/** Deterministic Graph serviceHealthIssues: same (count, seed, baseTime) → same issues. */
export function generateHealthIssues(count: number, seed = 1, baseTime = DEFAULT_HEALTH_BASE_TIME): HealthIssue[] {
    const rand = prng(seed)
    const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]
    const base = Date.parse(baseTime)
    const issues: HealthIssue[] = []
    const used = new Set<string>()
    for (let i = 0; i < count; i++) {
        const svc = pick(SERVICES)
        const [featureGroup, feature] = pick(svc.features)
        const problem = pick(svc.problems)
        const classification = rand() < 0.6 ? 'incident' : 'advisory'
        const resolved = rand() < 0.3
        const status = resolved ? pick(['serviceRestored', 'resolved', 'postIncidentReviewPublished']) : pick(['investigating', 'serviceDegradation', 'restoringService', 'extendedRecovery'])
        let id: string
        do id = `${svc.prefix}${100000 + Math.floor(rand() * 900000)}`
        while (used.has(id))
        used.add(id)
        const start = base + i * 37 * 60_000 + Math.floor(rand() * 30) * 60_000
        const modified = start + (1 + Math.floor(rand() * 360)) * 60_000
        const title = `Users may be unable to ${problem}`
        const impact = `Users may be unable to ${problem}.`
        const nextUpdate = resolved ? null : new Date(modified + 4 * 3600_000).toISOString()
        issues.push({
            id,
            title,
            service: svc.service,
            feature,
            featureGroup,
            classification,
            status,
            origin: 'microsoft',
            startDateTime: new Date(start).toISOString(),
            endDateTime: resolved ? new Date(modified).toISOString() : null,
            lastModifiedDateTime: new Date(modified).toISOString(),
            isResolved: resolved,
            highImpact: null,
            impactDescription: impact,
            details: [],
            posts: [{ createdDateTime: new Date(modified).toISOString(), postType: 'regular', description: { contentType: 'html', content: postContent(title, impact, status, nextUpdate) } }],
        })
    }
    return issues
}

/** Next expected update, read from the latest post ("Next update by: <ISO>"). */
export function nextUpdateOf(issue: HealthIssue): string | null {
    const last = issue.posts[issue.posts.length - 1]
    const m = last && /Next update by: ([0-9T:.Z-]+)/.exec(last.description.content)
    return !issue.isResolved && m ? m[1] : null
}

// ---------- $filter: `field op value [and ...]`, op in eq ne gt ge lt le ----------
type Clause = { field: string; op: string; value: string | number | boolean | null }

export function parseFilter(filter: string): Clause[] {
    return filter.split(/\s+and\s+/i).map((part) => {
        const m = /^\s*(\w+)\s+(eq|ne|gt|ge|lt|le)\s+(.+?)\s*$/i.exec(part)
        if (!m) throw new Error(`Invalid filter clause: ${part}`)
        const raw = m[3]
        let value: Clause['value']
        if (/^'.*'$/.test(raw)) value = raw.slice(1, -1).replace(/''/g, "'")
        else if (raw === 'true' || raw === 'false') value = raw === 'true'
        else if (raw === 'null') value = null
        else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(raw)) value = Date.parse(raw)
        else throw new Error(`Invalid filter value: ${raw}`)
        return { field: m[1], op: m[2].toLowerCase(), value }
    })
}

function matches(item: Record<string, unknown>, clauses: Clause[]): boolean {
    return clauses.every(({ field, op, value }) => {
        let left = item[field] as string | number | boolean | null | undefined
        if (left === undefined) throw new Error(`Could not find a property named '${field}' on type 'microsoft.graph.serviceHealthIssue'.`)
        if (typeof value === 'number' && typeof left === 'string') left = Date.parse(left)
        switch (op) {
            case 'eq': return left === value
            case 'ne': return left !== value
            case 'gt': return left !== null && value !== null && left > value
            case 'ge': return left !== null && value !== null && left >= value
            case 'lt': return left !== null && value !== null && left < value
            default: return left !== null && value !== null && left <= value
        }
    })
}

// ---------- errors, auth, paging ----------
export function graphError(status: number, code: string, message: string, sim: Sim, ctx?: RequestContext): Reply {
    return { status, body: { error: { code, message, innerError: { date: sim.now().toISOString().replace(/\.\d+Z$/, ''), 'request-id': ctx?.correlationId ?? '', 'client-request-id': String(ctx?.headers['client-request-id'] ?? ctx?.correlationId ?? '') } } } }
}

/**
 * Each feed needs its own application permission, and Graph answers 403 without it: ServiceHealth.Read.All for
 * healthOverviews and issues (https://learn.microsoft.com/en-us/graph/api/serviceannouncement-list-healthoverviews),
 * ServiceMessage.Read.All for messages (https://learn.microsoft.com/en-us/graph/api/serviceannouncement-list-messages).
 */
export type GraphRole = 'ServiceHealth.Read.All' | 'ServiceMessage.Read.All'

export function authorize(ctx: RequestContext, sim: Sim, role: GraphRole = 'ServiceHealth.Read.All'): Reply | undefined {
    const m = /^Bearer (.+)$/i.exec(String(ctx.headers.authorization ?? ''))
    if (!m) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', sim, ctx)
    const v = verifyJwt(m[1], [sim.key.jwk], Math.floor(sim.now().getTime() / 1000))
    if (!v.ok) return graphError(401, 'InvalidAuthenticationToken', v.reason === 'Token expired' ? 'Lifetime validation failed, the token is expired.' : 'Access token validation failure. Invalid audience or signature.', sim, ctx)
    ctx.note.appId = typeof v.claims.appid === 'string' ? v.claims.appid : null
    if (v.claims.aud !== GRAPH_RESOURCE && v.claims.aud !== GRAPH_APP_ID) return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.', sim, ctx)
    const roles = Array.isArray(v.claims.roles) ? v.claims.roles : []
    if (!roles.includes(role)) return graphError(403, 'Forbidden', `Missing role permissions on the request. API requires one of ${role}.`, sim, ctx)
    return undefined
}

interface PageState { o: number; f?: string; e?: string }

export function page(ctx: RequestContext, sim: Sim, entity: string, all: (expand: boolean) => Record<string, unknown>[], role: GraphRole = 'ServiceHealth.Read.All'): Reply {
    const denied = authorize(ctx, sim, role)
    if (denied) return denied
    const q = ctx.url.searchParams
    let state: PageState = { o: 0, f: q.get('$filter') ?? undefined, e: q.get('$expand') ?? undefined }
    const skip = q.get('$skiptoken')
    if (skip) {
        try {
            state = JSON.parse(Buffer.from(skip, 'base64url').toString('utf8'))
            if (typeof state.o !== 'number') throw new Error()
        } catch {
            return graphError(400, 'BadRequest', 'Invalid $skiptoken.', sim, ctx)
        }
    }
    const prefer = /odata\.maxpagesize=(\d+)/i.exec(String(ctx.headers.prefer ?? ''))
    const pageSize = prefer ? Math.max(1, Math.min(Number(prefer[1]), 1000)) : sim.options.graphDefaultPageSize
    let items = all(state.e === 'issues')
    if (state.f) {
        try {
            const clauses = parseFilter(state.f)
            items = items.filter((i) => matches(i, clauses))
        } catch (e) {
            return graphError(400, 'BadRequest', (e as Error).message, sim, ctx)
        }
    }
    const value = items.slice(state.o, state.o + pageSize)
    const body: Record<string, unknown> = { '@odata.context': `${sim.url()}/v1.0/$metadata#admin/serviceAnnouncement/${entity}`, value }
    if (state.o + pageSize < items.length) {
        const token = Buffer.from(JSON.stringify({ ...state, o: state.o + pageSize })).toString('base64url')
        body['@odata.nextLink'] = `${sim.url()}/v1.0/admin/serviceAnnouncement/${entity}?$skiptoken=${token}`
    }
    const headers: Record<string, string> = { 'request-id': ctx.correlationId, 'OData-Version': '4.0' }
    if (prefer) headers['Preference-Applied'] = `odata.maxpagesize=${pageSize}`
    return { status: 200, body, headers }
}

export const listIssues: Handler = (ctx, sim) => {
    ctx.note.operation = 'graphListIssues'
    return page(ctx, sim, 'issues', () => sim.store.issues as unknown as Record<string, unknown>[])
}

export const getIssue: Handler = (ctx, sim) => {
    ctx.note.operation = 'graphGetIssue'
    const denied = authorize(ctx, sim)
    if (denied) return denied
    const issue = sim.store.issues.find((i) => i.id === ctx.params.id)
    return issue ? { status: 200, body: { '@odata.context': `${sim.url()}/v1.0/$metadata#admin/serviceAnnouncement/issues/$entity`, ...issue } } : graphError(404, 'NotFound', `Issue ${ctx.params.id} not found.`, sim, ctx)
}

/**
 * The post-incident review (PIR) document of an issue as a small binary byte stream. Graph documents
 * only "a file stream" of type Edm.Stream (https://learn.microsoft.com/graph/api/servicehealthissue-incidentreport),
 * not its format or Content-Type, so the simulator sends bytes that are not valid UTF-8 (a NUL, every
 * byte value, a PDF-like header) as application/octet-stream: a client that reads it as text breaks.
 */
export function incidentReportBytes(issueId: string): Buffer {
    const all = Buffer.alloc(256)
    for (let i = 0; i < 256; i++) all[i] = i
    return Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]), Buffer.from(`Post-incident review ${issueId}\n`, 'latin1'), all, Buffer.from('\n%%EOF\n')])
}

/**
 * GET /admin/serviceAnnouncement/issues/{id}/incidentReport (ServiceHealth.Read.All): the report for an
 * issue whose status is postIncidentReviewPublished; "the operation returns an error if the specified
 * issue doesn't exist for the tenant or if PIR document doesn't exist for the issue" (same page; the
 * PowerShell Invoke-MgReportServiceAnnouncementIssueIncident page says the same). The error's status and
 * code are not documented: the simulator answers Graph's error shape with 404 itemNotFound for both.
 */
export const getIncidentReport: Handler = (ctx, sim) => {
    ctx.note.operation = 'graphIncidentReport'
    const denied = authorize(ctx, sim)
    if (denied) return denied
    const issue = sim.store.issues.find((i) => i.id === ctx.params.id)
    if (!issue) return graphError(404, 'itemNotFound', `Issue ${ctx.params.id} not found.`, sim, ctx)
    if (issue.status !== 'postIncidentReviewPublished') return graphError(404, 'itemNotFound', `No post-incident review document exists for issue ${issue.id}.`, sim, ctx)
    return { status: 200, bytes: incidentReportBytes(issue.id), headers: { 'Content-Type': 'application/octet-stream' } }
}

export const listHealthOverviews: Handler = (ctx, sim) => {
    ctx.note.operation = 'graphListHealthOverviews'
    return page(ctx, sim, 'healthOverviews', (expand) =>
        SERVICES.map((svc) => {
            const open = sim.store.issues.filter((i) => i.service === svc.service && !i.isResolved)
            const overview: Record<string, unknown> = { service: svc.service, status: open.length ? open[open.length - 1].status : 'serviceOperational', id: svc.id }
            if (expand) overview.issues = sim.store.issues.filter((i) => i.service === svc.service)
            return overview
        }),
    )
}

/**
 * Message center posts: only the permission check and an empty list so far (the Message center feed
 * itself, its posts and filters, is the messages sync's to add).
 */
/** JSON schemas of the Graph answers, used in strict mode. */
export const graphSchemas = {
    issue: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'service', 'feature', 'featureGroup', 'classification', 'status', 'origin', 'startDateTime', 'endDateTime', 'lastModifiedDateTime', 'isResolved', 'highImpact', 'impactDescription', 'details', 'posts'],
        properties: {
            '@odata.context': { type: 'string' },
            id: { type: 'string' },
            title: { type: 'string' },
            service: { type: 'string' },
            feature: { type: ['string', 'null'] },
            featureGroup: { type: ['string', 'null'] },
            classification: { enum: ['incident', 'advisory', 'unknownFutureValue'] },
            status: { enum: HEALTH_STATUSES },
            origin: { enum: ['microsoft', 'thirdParty', 'customer', 'unknownFutureValue'] },
            startDateTime: { type: 'string', format: 'date-time' },
            endDateTime: { type: ['string', 'null'], format: 'date-time' },
            lastModifiedDateTime: { type: 'string', format: 'date-time' },
            isResolved: { type: 'boolean' },
            highImpact: { type: ['boolean', 'null'] },
            impactDescription: { type: 'string' },
            details: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['name', 'value'], properties: { name: { type: 'string' }, value: { type: 'string' } } } },
            posts: {
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['createdDateTime', 'postType', 'description'],
                    properties: {
                        createdDateTime: { type: 'string', format: 'date-time' },
                        postType: { enum: ['regular', 'quick', 'strategic', 'unknownFutureValue'] },
                        description: { type: 'object', additionalProperties: false, required: ['contentType', 'content'], properties: { contentType: { enum: ['text', 'html'] }, content: { type: 'string' } } },
                    },
                },
            },
        },
    },
    page: {
        type: 'object',
        additionalProperties: false,
        required: ['@odata.context', 'value'],
        properties: { '@odata.context': { type: 'string' }, '@odata.nextLink': { type: 'string', format: 'uri' }, value: { type: 'array' } },
    },
    overview: {
        type: 'object',
        additionalProperties: false,
        required: ['service', 'status', 'id'],
        properties: { service: { type: 'string' }, status: { enum: HEALTH_STATUSES }, id: { type: 'string' }, issues: { type: 'array' } },
    },
}
