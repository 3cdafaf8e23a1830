// The Microsoft support connector (tag `outbound` in the contract): one handler per operationId.
import { verifyJwt } from './jwt'
import { nextUpdateOf } from './graph'
import { randomUUID } from 'node:crypto'
import type { Communication, ConnectionTestRecord, ServiceRequestRecord, TenantConfig } from './store'
import type { Reply, RequestContext, Sim } from './types'

export type ErrorCode =
    | 'InvalidRequest' | 'InvalidToken' | 'Forbidden' | 'TenantNotConfigured' | 'RepositoryNotRegistered' | 'InvalidAdmin'
    | 'NotFound' | 'Conflict' | 'PayloadTooLarge' | 'Throttled' | 'InternalError' | 'ServiceUnavailable'

export const MAX_CONNECTOR_BODY = 64 * 1024

export function connectorError(status: number, code: ErrorCode, message: string, ctx: RequestContext, headers?: Record<string, string>): Reply {
    return { status, body: { error: { code, message, correlationId: ctx.correlationId } }, headers }
}

export const CODE_BY_STATUS: Record<number, ErrorCode> = { 400: 'InvalidRequest', 401: 'InvalidToken', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 413: 'PayloadTooLarge', 429: 'Throttled', 500: 'InternalError', 503: 'ServiceUnavailable' }

export interface Caller {
    tenant: TenantConfig
    appId: string
}

/** Bearer token from this simulator's AAD, connector audience, registered outbound app of a configured tenant. */
export function authenticate(ctx: RequestContext, sim: Sim): Caller | Reply {
    const m = /^Bearer (.+)$/i.exec(String(ctx.headers.authorization ?? ''))
    if (!m) return connectorError(401, 'InvalidToken', 'A bearer token is required.', ctx, { 'WWW-Authenticate': 'Bearer' })
    const v = verifyJwt(m[1], [sim.key.jwk], Math.floor(sim.now().getTime() / 1000))
    if (!v.ok) return connectorError(401, 'InvalidToken', `The bearer token is not valid: ${v.reason}.`, ctx, { 'WWW-Authenticate': 'Bearer error="invalid_token"' })
    const appId = String(v.claims.appid ?? '')
    ctx.note.appId = appId || null
    if (v.claims.aud !== sim.options.connectorAudience) return connectorError(401, 'InvalidToken', `The token audience '${String(v.claims.aud)}' is not the connector (${sim.options.connectorAudience}).`, ctx)
    const tenant = sim.store.findTenant(String(v.claims.tid ?? ''))
    const app = sim.store.apps.get(appId)
    if (!tenant || !app || app.tenantId !== tenant.tenantId) return connectorError(401, 'InvalidToken', 'The token was issued to an unknown application.', ctx)
    if (!tenant.integrationConfigured || tenant.outboundAppId !== appId) {
        return connectorError(403, 'TenantNotConfigured', `Tenant '${tenant.domain}' has not set application '${appId}' as the application ID to issue auth tokens for its ServiceNow support integration.`, ctx)
    }
    const domain = ctx.params.tenantDomain
    if (domain !== undefined) {
        const pathTenant = sim.store.findTenant(domain)
        if (!pathTenant) return connectorError(403, 'TenantNotConfigured', `Tenant '${domain}' is not configured for the support integration.`, ctx)
        if (pathTenant.tenantId !== tenant.tenantId) return connectorError(403, 'Forbidden', `The token was issued for tenant '${tenant.domain}', not '${domain}'.`, ctx)
    }
    return { tenant, appId }
}

// ---------- solutions ----------
const STOP = new Set(['the', 'and', 'for', 'with', 'not', 'can', 'cannot', 'cant', 'unable', 'user', 'users', 'when', 'from', 'this', 'that', 'are', 'my', 'our', 'have', 'has', 'does', 'doesnt', 'is', 'to', 'of', 'in', 'on', 'a', 'an', 'be', 'may'])
export const words = (text: string) => new Set(text.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter((w) => w.length > 2 && !STOP.has(w)))

function overlap(query: Set<string>, text: string): number {
    if (!query.size) return 0
    const hay = words(text)
    let hits = 0
    for (const w of query) if (hay.has(w) || [...hay].some((h) => h.startsWith(w) || w.startsWith(h))) hits++
    return Math.round((hits / query.size) * 1000) / 1000
}

const CATALOGUE = [
    ['MS-EXO-001', 'Fix Outlook connection problems in Microsoft 365', 'Outlook cannot connect, send or receive email: check service health, repair the profile, test with Outlook on the web.', 'https://learn.microsoft.com/troubleshoot/outlook/connectivity/outlook-connection-issues', 'microsoftLearn', 'outlook email mailbox send receive connect'],
    ['MS-EXO-002', 'Email delivery delays in Exchange Online', 'Messages are delayed or not delivered: run message trace in the Exchange admin center.', 'https://learn.microsoft.com/exchange/monitoring/trace-an-email-message/message-trace-modern-eac', 'microsoftLearn', 'email mail delivery delayed message trace exchange'],
    ['MS-TMS-001', 'Troubleshoot joining Teams meetings', 'Users cannot join meetings: check network requirements, clear the Teams cache, use the web client.', 'https://learn.microsoft.com/troubleshoot/microsoftteams/meetings/meetings-join-issues', 'microsoftLearn', 'teams meeting join audio video call'],
    ['MS-TMS-002', 'Clear the Teams client cache', 'Sign out, quit Teams, delete the cache folder and sign in again.', 'https://learn.microsoft.com/troubleshoot/microsoftteams/teams-administration/clear-teams-cache', 'supportArticle', 'teams cache chat messages load slow'],
    ['MS-SPO-001', 'Access denied when opening a SharePoint site', 'Check site permissions, sharing settings and conditional access policies.', 'https://learn.microsoft.com/troubleshoot/sharepoint/sharing-and-permissions/access-denied-sharepoint', 'supportArticle', 'sharepoint site access denied permission'],
    ['MS-ODB-001', 'Fix OneDrive sync problems', 'Restart sync, check storage and file name restrictions, reset the OneDrive client.', 'https://support.microsoft.com/office/fix-onedrive-sync-problems-0899b115-05f7-45ec-95b2-e4cc8c4670b2', 'supportArticle', 'onedrive sync files upload'],
    ['MS-AAD-001', 'Troubleshoot Microsoft 365 sign-in problems', 'Check the user account, password, MFA registration and conditional access sign-in logs.', 'https://learn.microsoft.com/troubleshoot/azure/entra/entra-id/app-integration/troubleshoot-sign-in-issues', 'microsoftLearn', 'sign signin login password mfa account locked'],
    ['MS-LIC-001', 'Assign or remove Microsoft 365 licenses', 'Users without a license lose access to apps: assign licenses in the admin center.', 'https://learn.microsoft.com/microsoft-365/admin/manage/assign-licenses-to-users', 'microsoftLearn', 'license licence activate office apps subscription'],
    ['MS-INT-001', 'Troubleshoot Intune device enrollment', 'Check enrollment restrictions, MDM authority and device limits.', 'https://learn.microsoft.com/troubleshoot/mem/intune/device-enrollment/troubleshoot-device-enrollment-in-intune', 'microsoftLearn', 'intune device enroll enrollment compliance'],
    ['MS-COM-001', 'Outlook keeps asking for a password', 'Community answers about modern authentication and credential manager.', 'https://answers.microsoft.com/en-us/outlook_com/forum', 'community', 'outlook password prompt credential authentication'],
] as const

export function searchSolutions(ctx: RequestContext, sim: Sim, body: { query: string; top: number }): Reply {
    const q = words(body.query)
    const found: { id: string; title: string; summary: string; url: string; source: string; score: number }[] = []
    for (const [id, title, summary, url, source, keywords] of CATALOGUE) {
        const score = overlap(q, `${title} ${keywords}`)
        if (score > 0) found.push({ id, title, summary, url, source, score })
    }
    for (const issue of sim.store.issues) {
        if (issue.isResolved) continue
        const score = overlap(q, `${issue.title} ${issue.service} ${issue.feature ?? ''}`)
        if (score > 0) found.push({ id: `health-${issue.id}`, title: issue.title, summary: issue.impactDescription, url: `https://admin.microsoft.com/Adminportal/Home#/servicehealth/:/alerts/${issue.id}`, source: 'serviceHealth', score })
    }
    found.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    return { status: 200, body: { solutions: found.slice(0, body.top) } }
}

export function getTenantHealth(ctx: RequestContext, sim: Sim, query: { query?: string; includeResolved?: boolean; top?: number }): Reply {
    const q = query.query ? words(query.query) : undefined
    const issues = sim.store.issues
        .filter((i) => query.includeResolved || !i.isResolved)
        .map((i) => ({ i, score: q ? overlap(q, `${i.title} ${i.impactDescription} ${i.service} ${i.feature ?? ''}`) : 1 }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || b.i.lastModifiedDateTime.localeCompare(a.i.lastModifiedDateTime))
        .slice(0, query.top ?? 10)
        .map(({ i, score }) => ({
            id: i.id,
            title: i.title,
            service: i.service,
            feature: i.feature,
            classification: i.classification,
            status: i.status,
            isResolved: i.isResolved,
            impactDescription: i.impactDescription,
            startDateTime: i.startDateTime,
            endDateTime: i.endDateTime,
            lastModifiedDateTime: i.lastModifiedDateTime,
            nextUpdateDateTime: nextUpdateOf(i),
            score,
        }))
    return { status: 200, body: { issues } }
}

export function validateAdmin(caller: Caller, body: { email: string }): Reply {
    const admin = caller.tenant.admins.get(body.email.toLowerCase())
    const reason = !admin ? 'UnknownUser' : !admin.valid ? 'NotAnAdmin' : !admin.canCreateTickets ? 'NoSupportPermission' : null
    return { status: 200, body: { email: body.email, valid: !!admin?.valid, canCreateTickets: !!(admin?.valid && admin.canCreateTickets), reason } }
}

export function getRepository(ctx: RequestContext, caller: Caller): Reply {
    const repo = caller.tenant.repositories.get(ctx.params.repositoryId)
    if (!repo) return repositoryNotRegistered(ctx, caller, ctx.params.repositoryId)
    return { status: 200, body: { repositoryId: repo.repositoryId, endpoint: repo.endpoint, authenticationType: repo.authenticationType, registered: true } }
}

/** startConnectionTest: 202 pending; the agent calls the repository's /ping after this answer. */
export function startConnectionTest(ctx: RequestContext, sim: Sim, caller: Caller): { reply: Reply; test?: ConnectionTestRecord } {
    const repo = caller.tenant.repositories.get(ctx.params.repositoryId)
    if (!repo) return { reply: repositoryNotRegistered(ctx, caller, ctx.params.repositoryId) }
    const test: ConnectionTestRecord = { testId: randomUUID(), tenantId: caller.tenant.tenantId, repositoryId: repo.repositoryId, status: 'pending' }
    sim.store.connectionTests.set(test.testId, test)
    return { reply: { status: 202, body: { testId: test.testId, status: test.status } }, test }
}

export function getConnectionTest(ctx: RequestContext, sim: Sim, caller: Caller): Reply {
    const test = sim.store.connectionTests.get(ctx.params.testId)
    if (!test || test.tenantId !== caller.tenant.tenantId || test.repositoryId !== ctx.params.repositoryId) {
        return connectorError(404, 'NotFound', `Connection test '${ctx.params.testId}' was not found.`, ctx)
    }
    const body: Record<string, unknown> = { testId: test.testId, status: test.status }
    if (test.httpStatus !== undefined) body.httpStatus = test.httpStatus
    if (test.detail !== undefined) body.detail = test.detail
    if (test.refusedCredential !== undefined) body.refusedCredential = test.refusedCredential
    if (test.completedDateTime !== undefined) body.completedDateTime = test.completedDateTime
    return { status: 200, body }
}

function repositoryNotRegistered(ctx: RequestContext, caller: Caller, id: string) {
    return connectorError(404, 'RepositoryNotRegistered', `Repository '${id}' is not registered for tenant '${caller.tenant.domain}'. Add it in the Microsoft 365 admin center > Settings > Org settings > Organization profiles > Repositories.`, ctx)
}

export interface CreateBody {
    repositoryId: string
    incidentNumber: string
    incidentSysId: string
    title: string
    description: string
    severity: 'A' | 'B' | 'C'
    contact: ServiceRequestRecord['contact']
    isTestEnvironment: boolean
}

export function createServiceRequest(ctx: RequestContext, sim: Sim, caller: Caller, body: CreateBody): { reply: Reply; created?: ServiceRequestRecord } {
    if (!caller.tenant.repositories.has(body.repositoryId)) return { reply: repositoryNotRegistered(ctx, caller, body.repositoryId) }
    const admin = caller.tenant.admins.get(body.contact.email.toLowerCase())
    if (!admin?.valid || !admin.canCreateTickets) {
        return { reply: connectorError(403, 'InvalidAdmin', `${body.contact.email} is not a valid Microsoft 365 admin account with permission to create service requests.`, ctx) }
    }
    for (const sr of sim.store.serviceRequests.values()) {
        if (sr.tenantId === caller.tenant.tenantId && sr.incidentSysId === body.incidentSysId && sr.status !== 'closed' && sr.status !== 'resolved') {
            return { reply: connectorError(409, 'Conflict', `Service request ${sr.id} is already open for incident ${sr.incidentNumber}.`, ctx) }
        }
    }
    const now = sim.now()
    const record: ServiceRequestRecord = {
        id: sim.store.nextCaseId(now),
        tenantId: caller.tenant.tenantId,
        repositoryId: body.repositoryId,
        incidentNumber: body.incidentNumber,
        incidentSysId: body.incidentSysId,
        title: body.title,
        description: body.description,
        severity: body.severity,
        status: 'open',
        owner: null,
        contact: body.contact,
        isTestEnvironment: body.isTestEnvironment,
        createdDateTime: now.toISOString(),
        lastModifiedDateTime: now.toISOString(),
        communications: [],
    }
    sim.store.serviceRequests.set(record.id, record)
    return {
        created: record,
        reply: { status: 201, body: { id: record.id, status: record.status, severity: record.severity, createdDateTime: record.createdDateTime }, headers: { Location: `${sim.url()}/v1/tenants/${encodeURIComponent(ctx.params.tenantDomain)}/servicerequests/${record.id}` } },
    }
}

export function publicServiceRequest(sr: ServiceRequestRecord) {
    const { tenantId: _t, communications: _c, ...rest } = sr
    return rest
}

function findCase(ctx: RequestContext, sim: Sim, caller: Caller): ServiceRequestRecord | Reply {
    const sr = sim.store.serviceRequests.get(ctx.params.id)
    if (!sr || sr.tenantId !== caller.tenant.tenantId) return connectorError(404, 'NotFound', `Service request ${ctx.params.id} was not found.`, ctx)
    return sr
}

const isReply = (x: unknown): x is Reply => !!x && typeof x === 'object' && 'status' in x && !('id' in x)

export function getServiceRequest(ctx: RequestContext, sim: Sim, caller: Caller): Reply {
    const sr = findCase(ctx, sim, caller)
    return isReply(sr) ? sr : { status: 200, body: publicServiceRequest(sr) }
}

export function postCommunication(ctx: RequestContext, sim: Sim, caller: Caller, body: { messageId: string; body: string; author: string }): Reply {
    const sr = findCase(ctx, sim, caller)
    if (isReply(sr)) return sr
    const existing = sr.communications.find((c) => c.messageId === body.messageId)
    if (existing) return { status: 200, body: existing }
    if (sr.status === 'closed') return connectorError(409, 'Conflict', `Service request ${sr.id} is closed.`, ctx)
    const c: Communication = { messageId: body.messageId, body: body.body, author: body.author, createdDateTime: sim.now().toISOString(), direction: 'toMicrosoft' }
    sr.communications.push(c)
    sr.lastModifiedDateTime = c.createdDateTime
    return { status: 201, body: c }
}

export function listCommunications(ctx: RequestContext, sim: Sim, caller: Caller): Reply {
    const sr = findCase(ctx, sim, caller)
    return isReply(sr) ? sr : { status: 200, body: { communications: sr.communications } }
}
