// The scripted Microsoft support agent: answers cases by calling the repository endpoint back,
// always after the triggering request has been answered (never during it).
import { randomUUID } from 'node:crypto'
import { checkClient, issueAppToken } from './aad'
import type { CallbackEntry, CaseStatus, ConnectionTestRecord, RepositoryRegistration, ServiceRequestRecord, Severity, TenantConfig } from './store'
import type { Sim } from './types'

export type AgentAction =
    | { kind: 'getTicket' }
    | { kind: 'postCommunication'; body: string; messageId?: string; author?: string }
    | { kind: 'updateTicket'; status?: CaseStatus; severity?: Severity; owner?: string | null }
    | { kind: 'closeTicket'; resolution: string }

interface Job {
    caseId: string
    action: AgentAction
}

interface OAuthTokens {
    accessToken: string
    refreshToken?: string
}

export const AGENT_NAME = 'Alex Wilber (Microsoft support)'

export function greeting(sr: ServiceRequestRecord): string {
    return `Hello, this is Microsoft support. I am ${AGENT_NAME} and I will be working on your case ${sr.id} (${sr.title}).${sr.isTestEnvironment ? ' This case comes from a test environment: no engineer will contact you.' : ` I will contact you by ${sr.contact.preferredContactMethod}.`}`
}

export class SupportAgent {
    private queue: Job[] = []
    private timer: NodeJS.Timeout | undefined
    private running: Promise<CallbackEntry[]> | undefined
    private tokens = new Map<string, OAuthTokens>()

    constructor(private readonly sim: Sim) {}

    get pending() {
        return this.queue.length
    }

    get busy() {
        return this.running !== undefined
    }

    reset() {
        this.queue = []
        this.tokens.clear()
        if (this.timer) clearTimeout(this.timer)
        this.timer = undefined
    }

    /** What a new case triggers: read the ticket, then say hello. */
    caseCreated(sr: ServiceRequestRecord) {
        this.enqueue(sr.id, { kind: 'getTicket' })
        this.enqueue(sr.id, { kind: 'postCommunication', body: greeting(sr) })
    }

    /**
     * Setup's round trip: after startConnectionTest has been answered, call the repository's
     * `GET {endpoint}/ping?repositoryId=…` with the registration's credentials and record the
     * outcome on the test (never during the request that started it).
     */
    connectionTest(test: ConnectionTestRecord) {
        const timer = setTimeout(() => void this.runConnectionTest(test), this.sim.options.agentDelayMs)
        timer.unref()
    }

    async runConnectionTest(test: ConnectionTestRecord): Promise<void> {
        const repo = this.sim.store.tenantOfRepository(test.repositoryId, test.tenantId)
        const done = (status: number, detail: string) => {
            test.status = status >= 200 && status < 300 ? 'succeeded' : 'failed'
            test.httpStatus = status
            if (test.status === 'failed') test.detail = detail.substring(0, 1000)
            test.completedDateTime = this.sim.now().toISOString()
            this.sim.changed()
        }
        if (!repo) return done(0, 'Repository is no longer registered')
        if (repo.authenticationType === 'aad') {
            // Azure AD refused a registered credential: the instance is never called (the contract's refusedCredential).
            const refused = aadSignIn(this.sim, repo, this.sim.store.tenants.get(test.tenantId))
            if ('field' in refused) {
                test.status = 'failed'
                test.refusedCredential = refused.field
                test.detail = refused.detail.substring(0, 1000)
                test.completedDateTime = this.sim.now().toISOString()
                return
            }
        }
        // The callback code keys tokens and journal entries by a case; a connection test has none.
        const probe = { id: `connection-test-${test.testId}`, tenantId: test.tenantId, repositoryId: repo.repositoryId } as unknown as ServiceRequestRecord
        const url = `${repo.endpoint.replace(/\/+$/, '')}/ping?repositoryId=${encodeURIComponent(repo.repositoryId)}`
        const made: CallbackEntry[] = []
        let attempt = await this.send(repo, probe, 'ping', 'GET', url, undefined, made, false)
        if (attempt.status === 401 && repo.authenticationType === 'oauth') attempt = await this.send(repo, probe, 'ping', 'GET', url, undefined, made, true)
        const last = made[made.length - 1]
        const error = (attempt.json as { error?: { message?: string; detail?: string } } | undefined)?.error
        const detail = error ? [error.message, error.detail].filter(Boolean).join(': ') : last?.error ?? ''
        // No ping was sent because the instance's oauth_token.do refused the registration's credentials.
        if (last && last.action !== 'ping') return done(last.status, `oauth_token.do refused the password grant (${last.error ?? 'HTTP ' + last.status})`)
        done(attempt.status, detail || 'HTTP ' + attempt.status)
    }

    enqueue(caseId: string, action: AgentAction) {
        if (!this.sim.store.serviceRequests.has(caseId)) throw new Error(`Unknown case ${caseId}`)
        this.queue.push({ caseId, action })
        this.schedule()
    }

    private schedule() {
        if (!this.sim.options.agentAutoSend || this.timer) return
        this.timer = setTimeout(() => {
            this.timer = undefined
            void this.flush()
        }, this.sim.options.agentDelayMs)
        this.timer.unref()
    }

    /** Sends everything queued (including what is queued meanwhile); resolves with the journal entries made. */
    async flush(): Promise<CallbackEntry[]> {
        while (this.running) await this.running
        if (!this.queue.length) return []
        this.running = (async () => {
            const made: CallbackEntry[] = []
            while (this.queue.length) {
                const job = this.queue.shift() as Job
                made.push(...(await this.run(job)))
            }
            this.sim.changed()
            return made
        })()
        try {
            return await this.running
        } finally {
            this.running = undefined
        }
    }

    private async run(job: Job): Promise<CallbackEntry[]> {
        const sr = this.sim.store.serviceRequests.get(job.caseId)
        const repo = sr && this.sim.store.tenantOfRepository(sr.repositoryId, sr.tenantId)
        if (!sr || !repo) return [this.record(job.caseId, sr?.repositoryId ?? '', job.action.kind, 'GET', '', 'basic', 0, null, 'Repository is no longer registered', [])]
        const made: CallbackEntry[] = []
        const base = `${repo.endpoint}/tickets/${encodeURIComponent(repo.repositoryId)}/${encodeURIComponent(sr.id)}`
        const a = job.action
        let method = 'GET'
        let url = base
        let opId = 'inboundGetTicket'
        let body: Record<string, unknown> | undefined
        if (a.kind === 'postCommunication') {
            method = 'POST'
            url = `${base}/communications`
            opId = 'inboundPostCommunication'
            body = { messageId: a.messageId ?? `ms-${randomUUID()}`, body: a.body, author: a.author ?? AGENT_NAME, createdDateTime: this.sim.now().toISOString() }
        } else if (a.kind === 'updateTicket') {
            method = 'PATCH'
            opId = 'inboundUpdateTicket'
            body = Object.fromEntries(Object.entries({ status: a.status, severity: a.severity, owner: a.owner }).filter(([, v]) => v !== undefined))
        } else if (a.kind === 'closeTicket') {
            method = 'POST'
            url = `${base}/close`
            opId = 'inboundCloseTicket'
            body = { resolution: a.resolution }
        }
        const op = this.sim.contract.operation(opId)
        const requestErrors = body && op.body && !op.body(body) ? [`agent request violates contract: ${JSON.stringify(op.body.errors)}`] : []

        let attempt = await this.send(repo, sr, a.kind, method, url, body, made, false)
        if (attempt.status === 401 && repo.authenticationType === 'oauth') attempt = await this.send(repo, sr, a.kind, method, url, body, made, true)
        const last = made[made.length - 1]
        if (last && last.action === a.kind && last.status > 0) {
            last.contractErrors = [...requestErrors, ...this.sim.contract.validateResponse(op, last.status, attempt.json)]
            last.ok = last.ok && last.contractErrors.length === 0
        }
        if (last?.ok && last.action === a.kind) this.applyToCase(sr, a, body)
        return made
    }

    /** Mirrors what Microsoft did into its own case record. */
    private applyToCase(sr: ServiceRequestRecord, a: AgentAction, body: Record<string, unknown> | undefined) {
        const now = this.sim.now().toISOString()
        if (a.kind === 'postCommunication' && body && !sr.communications.some((c) => c.messageId === body.messageId)) {
            sr.communications.push({ messageId: String(body.messageId), body: a.body, author: String(body.author), createdDateTime: String(body.createdDateTime), direction: 'fromMicrosoft' })
        }
        if (a.kind === 'updateTicket') {
            if (a.status) sr.status = a.status
            if (a.severity) sr.severity = a.severity
            if (a.owner !== undefined) sr.owner = a.owner
        }
        if (a.kind === 'closeTicket') sr.status = 'closed'
        if (a.kind !== 'getTicket') sr.lastModifiedDateTime = now
    }

    private async send(repo: RepositoryRegistration, sr: ServiceRequestRecord, action: CallbackEntry['action'], method: string, url: string, body: unknown, made: CallbackEntry[], refreshed: boolean): Promise<{ status: number; json: unknown }> {
        let authorization: string
        let authKind: CallbackEntry['authKind']
        try {
            if (repo.authenticationType === 'basic') {
                authorization = `Basic ${Buffer.from(`${repo.username ?? ''}:${repo.password ?? ''}`).toString('base64')}`
                authKind = 'basic'
            } else if (repo.authenticationType === 'aad') {
                const signedIn = aadSignIn(this.sim, repo, this.sim.store.tenants.get(sr.tenantId))
                if ('field' in signedIn) throw new Error(signedIn.detail)
                authorization = `Bearer ${signedIn.token}`
                authKind = 'aad'
            } else {
                const token = await this.oauthToken(repo, sr, made, refreshed)
                if (!token) return { status: 0, json: undefined }
                authorization = `Bearer ${token}`
                authKind = 'bearer'
            }
        } catch (e) {
            made.push(this.record(sr.id, repo.repositoryId, action, method, url, 'bearer', 0, null, (e as Error).message, []))
            return { status: 0, json: undefined }
        }
        const result = await this.http(method, url, { Authorization: authorization, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) }, body ? JSON.stringify(body) : undefined)
        made.push(this.record(sr.id, repo.repositoryId, action, method, url, authKind, result.status, result.json, result.error, [], result.ms))
        return result
    }

    /** ServiceNow OAuth: password grant on {instance}/oauth_token.do, refresh grant after a 401. */
    private async oauthToken(repo: RepositoryRegistration, sr: ServiceRequestRecord, made: CallbackEntry[], refresh: boolean): Promise<string | undefined> {
        const key = `${sr.tenantId}/${repo.repositoryId}`
        const cached = this.tokens.get(key)
        if (cached && !refresh) return cached.accessToken
        this.tokens.delete(key)
        const tokenUrl = `${(repo.instanceUrl ?? new URL(repo.endpoint).origin).replace(/\/+$/, '')}/oauth_token.do`
        const grants: [CallbackEntry['action'], Record<string, string>][] = []
        if (cached?.refreshToken) grants.push(['oauthRefresh', { grant_type: 'refresh_token', refresh_token: cached.refreshToken }])
        grants.push(['oauthToken', { grant_type: 'password', username: repo.username ?? '', password: repo.password ?? '' }])
        for (const [action, grant] of grants) {
            const form = new URLSearchParams({ ...grant, client_id: repo.clientId ?? '', client_secret: repo.clientSecret ?? '' })
            const r = await this.http('POST', tokenUrl, { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, form.toString())
            const json = r.json as { access_token?: string; refresh_token?: string } | undefined
            const ok = r.status === 200 && typeof json?.access_token === 'string'
            made.push(this.record(sr.id, repo.repositoryId, action, 'POST', tokenUrl, 'form', r.status, undefined, ok ? null : r.error ?? 'No access_token in the answer', [], r.ms))
            if (ok) {
                this.tokens.set(key, { accessToken: json.access_token as string, refreshToken: json.refresh_token })
                return json.access_token
            }
        }
        return undefined
    }

    private async http(method: string, url: string, headers: Record<string, string>, body?: string): Promise<{ status: number; json: unknown; error: string | null; ms: number }> {
        const started = Date.now()
        try {
            const res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.sim.options.callbackTimeoutMs) })
            const text = await res.text()
            let json: unknown
            let error: string | null = res.ok ? null : `HTTP ${res.status}`
            try {
                json = text ? JSON.parse(text) : undefined
            } catch {
                error = `Answer is not JSON: ${text.slice(0, 120)}`
            }
            return { status: res.status, json, error, ms: Date.now() - started }
        } catch (e) {
            return { status: 0, json: undefined, error: (e as Error).message, ms: Date.now() - started }
        }
    }

    private record(caseId: string, repositoryId: string, action: CallbackEntry['action'], method: string, url: string, authKind: CallbackEntry['authKind'], status: number, response: unknown, error: string | null, contractErrors: string[], durationMs = 0): CallbackEntry {
        const entry: CallbackEntry = {
            seq: this.sim.store.nextSeq(),
            time: this.sim.now().toISOString(),
            caseId,
            repositoryId,
            action,
            method,
            url,
            authKind,
            status,
            ok: status >= 200 && status < 300 && !error,
            durationMs,
            error,
            contractErrors,
            response,
        }
        this.sim.store.callbacks.push(entry)
        return entry
    }
}

/**
 * AAD Auth (the contract's aadJwt): Microsoft signs in with both registered credentials, the
 * inbound REST API app's (Client ID + client secret) and the REST user app's (Rest username +
 * Rest user password), as Azure AD checks any client (aad.ts checkClient); the token it presents
 * names the REST user app (appid) for the inbound API app (aud). A refused credential is named.
 */
export function aadSignIn(sim: Sim, repo: RepositoryRegistration, tenant: TenantConfig | undefined): { token: string } | { field: NonNullable<ConnectionTestRecord['refusedCredential']>; detail: string } {
    if (!tenant) return { field: 'clientId', detail: 'The repository\'s tenant is not configured' }
    const checks: [string, string | undefined, 'clientId' | 'username', 'clientSecret' | 'password', string][] = [
        [repo.clientId ?? '', repo.clientSecret, 'clientId', 'clientSecret', 'inbound REST API app'],
        [repo.username ?? '', repo.password, 'username', 'password', 'REST user app'],
    ]
    for (const [clientId, secret, idField, secretField, what] of checks) {
        const checked = checkClient(sim, tenant, clientId, secret)
        if ('refused' in checked) {
            const field = checked.refused.code === 700016 ? idField : secretField
            return { field, detail: `Azure AD refused the ${what} '${clientId}' registered for the repository: AADSTS${checked.refused.code}: ${checked.refused.description}` }
        }
    }
    return { token: issueAppToken(sim, repo.username ?? '', repo.clientId ?? '', tenant) }
}
