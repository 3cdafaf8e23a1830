// The simulator's control surface: used in-process (startSimulator().control) and over HTTP under /_sim/.
import { issueAppToken } from './aad'
import type { AgentAction, SupportAgent } from './agent'
import { makeFault, type FaultSpec } from './faults'
import type { LearnBodyForm } from './learn-mcp'
import { generateHealthIssues, postContent, RESOLVED_STATUSES, HEALTH_STATUSES } from './graph'
import { completeMessage, checkMessage, type MessageUpdate } from './messages'
import { messageCenterPosts } from './fixtures/message-center'
import type { CallbackEntry, Fault, HealthIssue, JournalEntry, RepositoryRegistration, ServiceUpdateMessage, Store } from './store'
import type { Reply, Sim } from './types'

export interface SimConfig {
    tenants?: { domain: string; tenantId?: string; integrationConfigured?: boolean; outboundAppId?: string | null }[]
    apps?: { clientId: string; clientSecret: string; tenant: string; roles?: string[]; secretExpiresDateTime?: string }[]
    admins?: { tenant: string; email: string; valid?: boolean; canCreateTickets?: boolean }[]
    repositories?: (RepositoryRegistration & { tenant: string })[]
    /** Removes repositories by id from a tenant. */
    unregisterRepositories?: { tenant: string; repositoryId: string }[]
}

export interface HealthIssueUpdate {
    title?: string
    status?: string
    impactDescription?: string
    classification?: 'incident' | 'advisory'
    /** Adds a post (html) with this text. */
    post?: string
    nextUpdateDateTime?: string | null
}

export class SimulatorControl {
    constructor(
        private readonly sim: Sim & { store: Store; resetStore(empty: boolean): void },
        private readonly agent: SupportAgent,
    ) {}

    /** Back to the default world (or an empty one), health issues regenerated from the seed. */
    reset(opts: { seed?: number; healthIssues?: number; empty?: boolean } = {}) {
        this.agent.reset()
        this.sim.resetStore(!!opts.empty)
        const count = opts.healthIssues ?? this.sim.options.healthIssues
        if (count > 0) this.sim.store.issues = generateHealthIssues(count, opts.seed ?? this.sim.options.seed)
        return this.state()
    }

    configure(cfg: SimConfig) {
        const s = this.sim.store
        for (const t of cfg.tenants ?? []) s.upsertTenant(t)
        for (const a of cfg.apps ?? []) s.upsertApp(a)
        for (const a of cfg.admins ?? []) s.upsertAdmin(a.tenant, a)
        for (const { tenant, ...r } of cfg.repositories ?? []) s.upsertRepository(tenant, r)
        for (const r of cfg.unregisterRepositories ?? []) s.findTenant(r.tenant)?.repositories.delete(r.repositoryId)
        return this.state()
    }

    /**
     * The Graph application permissions (app roles) granted to an app, as an admin grants or revokes
     * them with admin consent in Entra ID; tokens issued afterwards carry the new `roles` claim.
     */
    setAppRoles(clientId: string, roles: string[]) {
        const app = this.sim.store.apps.get(clientId)
        if (!app) throw new Error(`Unknown app ${clientId}`)
        if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string')) throw new Error('roles must be an array of strings')
        app.roles = [...roles]
        return { clientId, roles: app.roles }
    }

    /** One permission granted (added once) or revoked, the others kept: what a test breaks is exactly that one. */
    grantAppRole(clientId: string, role: string, granted: boolean) {
        const app = this.sim.store.apps.get(clientId)
        if (!app) throw new Error(`Unknown app ${clientId}`)
        const others = app.roles.filter((r) => r !== role)
        return this.setAppRoles(clientId, granted ? [...others, role] : others)
    }

    state() {
        return { url: this.sim.url(), ...this.sim.store.snapshot(), agent: { pending: this.agent.pending, busy: this.agent.busy, autoSend: this.sim.options.agentAutoSend, delayMs: this.sim.options.agentDelayMs } }
    }

    seedHealthIssues(opts: { count: number; seed?: number; baseTime?: string; append?: boolean }): string[] {
        const issues = generateHealthIssues(opts.count, opts.seed ?? this.sim.options.seed, opts.baseTime)
        this.sim.store.issues = opts.append ? [...this.sim.store.issues, ...issues.filter((i) => !this.sim.store.issues.some((x) => x.id === i.id))] : issues
        return issues.map((i) => i.id)
    }

    addHealthIssue(issue: Partial<HealthIssue> & { id: string; title: string; service: string }): HealthIssue {
        if (this.sim.store.issues.some((i) => i.id === issue.id)) throw new Error(`Issue ${issue.id} exists`)
        const now = this.sim.now().toISOString()
        const full: HealthIssue = {
            feature: null,
            featureGroup: null,
            classification: 'incident',
            status: 'investigating',
            origin: 'microsoft',
            startDateTime: now,
            endDateTime: null,
            lastModifiedDateTime: now,
            isResolved: false,
            highImpact: null,
            impactDescription: issue.title,
            details: [],
            posts: [],
            ...issue,
        }
        this.sim.store.issues.push(full)
        return full
    }

    private issue(id: string): HealthIssue {
        const issue = this.sim.store.issues.find((i) => i.id === id)
        if (!issue) throw new Error(`No health issue ${id}`)
        return issue
    }

    /** lastModifiedDateTime strictly increases on every change, so `$filter=lastModifiedDateTime ge` sync sees it. */
    private touch(issue: HealthIssue): string {
        const t = new Date(Math.max(this.sim.now().getTime(), Date.parse(issue.lastModifiedDateTime) + 1000)).toISOString()
        issue.lastModifiedDateTime = t
        return t
    }

    updateHealthIssue(id: string, update: HealthIssueUpdate): HealthIssue {
        const issue = this.issue(id)
        if (update.status !== undefined && !HEALTH_STATUSES.includes(update.status)) throw new Error(`Unknown status ${update.status}`)
        if (update.title !== undefined) issue.title = update.title
        if (update.impactDescription !== undefined) issue.impactDescription = update.impactDescription
        if (update.classification !== undefined) issue.classification = update.classification
        if (update.status !== undefined) issue.status = update.status
        const t = this.touch(issue)
        if (update.post !== undefined || update.status !== undefined || update.nextUpdateDateTime !== undefined) {
            const text = update.post ?? postContent(issue.title, issue.impactDescription, issue.status, update.nextUpdateDateTime ?? null)
            issue.posts.push({ createdDateTime: t, postType: 'regular', description: { contentType: 'html', content: text } })
        }
        return issue
    }

    resolveHealthIssue(id: string, opts: { message?: string; status?: string } = {}): HealthIssue {
        const issue = this.issue(id)
        const status = opts.status ?? 'serviceRestored'
        if (!RESOLVED_STATUSES.includes(status)) throw new Error(`${status} is not a resolved status`)
        issue.status = status
        issue.isResolved = true
        const t = this.touch(issue)
        issue.endDateTime = t
        issue.posts.push({ createdDateTime: t, postType: 'regular', description: { contentType: 'html', content: `<p>${opts.message ?? 'We have confirmed that the issue is resolved.'}</p><p>Final status: ${status}.</p>` } })
        return issue
    }

    /**
     * Message center posts: the seeded set (fixtures/message-center.ts) dated from `baseTime`
     * (default now); `append` keeps the posts there and adds only ids not yet present.
     */
    seedMessages(opts: { baseTime?: string; append?: boolean; none?: boolean } = {}): string[] {
        const posts = opts.none ? [] : messageCenterPosts(opts.baseTime ?? this.sim.now().toISOString())
        const s = this.sim.store
        s.messages = opts.append ? [...s.messages, ...posts.filter((p) => !s.messages.some((m) => m.id === p.id))] : posts
        return posts.map((p) => p.id)
    }

    addMessage(message: Partial<ServiceUpdateMessage> & { id: string; title: string }): ServiceUpdateMessage {
        if (!message || typeof message.id !== 'string' || typeof message.title !== 'string') throw new Error('A post needs an id (MC123456) and a title')
        if (this.sim.store.messages.some((m) => m.id === message.id)) throw new Error(`Message ${message.id} exists`)
        const full = completeMessage(message, this.sim.now().toISOString())
        this.sim.store.messages.push(full)
        return full
    }

    /** Changes a post as Microsoft does (a new body, a new action date...); lastModifiedDateTime strictly increases. */
    updateMessage(id: string, update: MessageUpdate): ServiceUpdateMessage {
        const message = this.sim.store.messages.find((m) => m.id === id)
        if (!message) throw new Error(`No message ${id}`)
        const { content, ...fields } = update
        const next: ServiceUpdateMessage = { ...message, ...fields, id: message.id, viewPoint: null }
        if (content !== undefined) next.body = { contentType: 'html', content }
        next.lastModifiedDateTime = new Date(Math.max(this.sim.now().getTime(), Date.parse(message.lastModifiedDateTime) + 1000)).toISOString()
        checkMessage(next)
        Object.assign(message, next)
        return message
    }

    addFault(spec: FaultSpec): Fault {
        const f = makeFault(spec)
        this.sim.store.faults.push(f)
        return f
    }

    setFaults(specs: FaultSpec[]): Fault[] {
        const faults = specs.map(makeFault)
        this.sim.store.faults = faults
        return faults
    }

    clearFaults(id?: string) {
        this.sim.store.faults = id ? this.sim.store.faults.filter((f) => f.id !== id) : []
    }

    journal(since = 0): JournalEntry[] {
        return this.sim.store.journal.filter((e) => e.seq > since)
    }

    callbacks(since = 0): CallbackEntry[] {
        return this.sim.store.callbacks.filter((e) => e.seq > since)
    }

    clearJournals() {
        this.sim.store.journal = []
        this.sim.store.callbacks = []
    }

    /** Sends queued callbacks now. Async callers only: a blocked caller that is also the callback target would deadlock. */
    flushAgent(): Promise<CallbackEntry[]> {
        return this.agent.flush()
    }

    agentAction(caseId: string, action: AgentAction) {
        this.agent.enqueue(caseId, action)
    }

    agentSettings(s: { autoSend?: boolean; delayMs?: number }) {
        if (s.autoSend !== undefined) this.sim.options.agentAutoSend = s.autoSend
        if (s.delayMs !== undefined) this.sim.options.agentDelayMs = s.delayMs
        return this.state().agent
    }

    /** Microsoft Learn MCP: the body form of answers, and forgetting every session (the next request gets 404). */
    learnSettings(s: { bodyForm?: LearnBodyForm; expireSessions?: boolean } = {}) {
        const learn = this.sim.store.learn
        if (s.bodyForm !== undefined) {
            if (!['auto', 'json', 'sse'].includes(s.bodyForm)) throw new Error('bodyForm must be auto, json or sse')
            learn.bodyForm = s.bodyForm
        }
        if (s.expireSessions) learn.sessions.clear()
        return { bodyForm: learn.bodyForm, sessions: learn.sessions.size }
    }

    serviceRequests() {
        return [...this.sim.store.serviceRequests.values()]
    }

    issueAppToken(appId: string, audience: string, tenant?: string): string {
        const t = tenant ? this.sim.store.findTenant(tenant) : undefined
        if (tenant && !t) throw new Error(`Unknown tenant ${tenant}`)
        return issueAppToken(this.sim, appId, audience, t)
    }
}

/** HTTP binding of the control API (JSON in, JSON out; 400 {error} on a bad call). */
export async function handleControl(control: SimulatorControl, method: string, path: string, url: URL, body: any): Promise<Reply> {
    const ok = (b: unknown, status = 200): Reply => ({ status, body: b })
    const route = `${method} ${path.replace(/^\/_sim/, '')}`
    const since = Number(url.searchParams.get('since') ?? 0)
    let m: RegExpExecArray | null
    try {
        if (route === 'POST /reset') return ok(control.reset(body ?? {}))
        if (route === 'GET /state') return ok(control.state())
        if (route === 'POST /configure') return ok(control.configure(body ?? {}))
        if (route === 'POST /health/seed') return ok({ ids: control.seedHealthIssues(body) })
        if (route === 'POST /health/issues') return ok(control.addHealthIssue(body), 201)
        if ((m = /^PATCH \/health\/issues\/([^/]+)$/.exec(route))) return ok(control.updateHealthIssue(decodeURIComponent(m[1]), body ?? {}))
        if ((m = /^POST \/health\/issues\/([^/]+)\/resolve$/.exec(route))) return ok(control.resolveHealthIssue(decodeURIComponent(m[1]), body ?? {}))
        if (route === 'POST /messages/seed') return ok({ ids: control.seedMessages(body ?? {}) })
        if (route === 'POST /messages') return ok(control.addMessage(body), 201)
        if ((m = /^PATCH \/messages\/([^/]+)$/.exec(route))) return ok(control.updateMessage(decodeURIComponent(m[1]), body ?? {}))
        if ((m = /^PUT \/apps\/([^/]+)\/roles$/.exec(route))) return ok(control.setAppRoles(decodeURIComponent(m[1]), body?.roles))
        if ((m = /^(PUT|DELETE) \/apps\/([^/]+)\/roles\/([^/]+)$/.exec(route))) return ok(control.grantAppRole(decodeURIComponent(m[2]), decodeURIComponent(m[3]), m[1] === 'PUT'))
        if (route === 'GET /faults') return ok(control.state().faults)
        if (route === 'POST /faults') return ok(control.addFault(body), 201)
        if (route === 'PUT /faults') return ok(control.setFaults(Array.isArray(body) ? body : body?.faults ?? []))
        if (route === 'DELETE /faults') return (control.clearFaults(), ok({ cleared: true }))
        if ((m = /^DELETE \/faults\/([^/]+)$/.exec(route))) return (control.clearFaults(m[1]), ok({ cleared: m[1] }))
        if (route === 'GET /journal') return ok(control.journal(since))
        if (route === 'DELETE /journal') return (control.clearJournals(), ok({ cleared: true }))
        if (route === 'GET /callbacks') return ok(control.callbacks(since))
        if (route === 'GET /agent') return ok(control.state().agent)
        if (route === 'PUT /agent') return ok(control.agentSettings(body ?? {}))
        if (route === 'POST /agent/flush') {
            if (url.searchParams.get('wait') === 'true' || url.searchParams.get('wait') === '1') return ok({ sent: await control.flushAgent() })
            setImmediate(() => void control.flushAgent())
            return ok({ scheduled: true }, 202)
        }
        if (route === 'POST /agent/actions') {
            const { caseId, ...action } = body ?? {}
            control.agentAction(String(caseId), action as AgentAction)
            return ok({ queued: true }, 202)
        }
        if (route === 'GET /learn') return ok(control.learnSettings())
        if (route === 'PUT /learn') return ok(control.learnSettings(body ?? {}))
        if (route === 'GET /servicerequests') return ok(control.serviceRequests())
        if (route === 'POST /tokens/app') return ok({ access_token: control.issueAppToken(body.appId, body.audience, body.tenant) })
        return { status: 404, body: { error: `No control route ${route}` } }
    } catch (e) {
        return { status: 400, body: { error: (e as Error).message } }
    }
}
