// HTTP front of the simulator: routing, faults, contract validation, journal. 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import { discoveryHandler, jwksHandler, tokenHandler } from './aad'
import { SupportAgent } from './agent'
import * as connector from './connector'
import { Contract } from './contract'
import { SimulatorControl, handleControl } from './control'
import { handleAdminCenter, isAdminCenterPath } from './admin-center'
import { MAX_TIMEOUT_MS, takeFault } from './faults'
import { generateHealthIssues, getIncidentReport, getIssue, graphError, graphSchemas, listHealthOverviews, listIssues } from './graph'
import { createSigningKey, type SigningKey } from './jwt'
import { loadWorld, saveWorld } from './persistence'
import { getMessage, listMessages, messageSchema } from './messages'
import { LEARN_MCP_PATH, handleLearnMcp, learnFault } from './learn-mcp'
import { Store, type Fault, type JournalEntry } from './store'
import type { Handler, Reply, RequestContext, Sim, SimulatorOptions } from './types'

const MAX_BODY = 1024 * 1024

export interface RunningSimulator {
    /** http://127.0.0.1:PORT */
    url: string
    port: number
    control: SimulatorControl
    close(): Promise<void>
}

const DEFAULTS: Required<Omit<SimulatorOptions, 'port'>> = {
    statePath: '',
    seed: 1,
    healthIssues: 0,
    strict: false,
    connectorAudience: 'https://connector.rave.microsoft.com',
    tokenLifetimeSeconds: 3599,
    graphDefaultPageSize: 100,
    agentDelayMs: 25,
    agentAutoSend: true,
    callbackTimeoutMs: 10_000,
    verbose: false,
}

type Family = 'aad' | 'graph' | 'connector' | 'learn'

const AAD_ROUTES: [string, RegExp, Handler][] = [
    ['GET', /^\/(?<tenant>[^/]+)\/discovery(?:\/v2\.0)?\/keys$/, jwksHandler],
    ['POST', /^\/(?<tenant>[^/]+)\/oauth2\/token$/, tokenHandler(1)],
    ['POST', /^\/(?<tenant>[^/]+)\/oauth2\/v2\.0\/token$/, tokenHandler(2)],
    ['GET', /^\/(?<tenant>[^/]+)\/\.well-known\/openid-configuration$/, discoveryHandler(1)],
    ['GET', /^\/(?<tenant>[^/]+)\/v2\.0\/\.well-known\/openid-configuration$/, discoveryHandler(2)],
]
const GRAPH_ROUTES: [string, RegExp, Handler][] = [
    ['GET', /^\/v1\.0\/admin\/serviceAnnouncement\/issues$/, listIssues],
    ['GET', /^\/v1\.0\/admin\/serviceAnnouncement\/issues\/(?<id>[^/]+)$/, getIssue],
    ['GET', /^\/v1\.0\/admin\/serviceAnnouncement\/issues\/(?<id>[^/]+)\/incidentReport$/, getIncidentReport],
    ['GET', /^\/v1\.0\/admin\/serviceAnnouncement\/healthOverviews$/, listHealthOverviews],
    ['GET', /^\/v1\.0\/admin\/serviceAnnouncement\/messages$/, listMessages],
    ['GET', /^\/v1\.0\/admin\/serviceAnnouncement\/messages\/(?<id>[^/]+)$/, getMessage],
]

class Simulator implements Sim {
    store: Store
    readonly contract = new Contract()
    key: SigningKey
    readonly options: Required<Omit<SimulatorOptions, 'port'>>
    readonly agent: SupportAgent
    readonly control: SimulatorControl
    private baseUrl = ''
    private graphValidators

    constructor(options: SimulatorOptions) {
        this.options = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as Required<Omit<SimulatorOptions, 'port'>>
        const saved = this.options.statePath ? loadWorld(this.options.statePath) : undefined
        this.store = saved?.store ?? new Store()
        this.key = saved?.key ?? createSigningKey()
        if (!saved && this.options.healthIssues > 0) this.store.issues = generateHealthIssues(this.options.healthIssues, this.options.seed)
        this.agent = new SupportAgent(this)
        this.control = new SimulatorControl(this, this.agent)
        this.graphValidators = { issue: this.contract.compile(graphSchemas.issue), page: this.contract.compile(graphSchemas.page), overview: this.contract.compile(graphSchemas.overview), message: this.contract.compile(messageSchema) }
    }

    url() {
        return this.baseUrl
    }

    setUrl(url: string) {
        this.baseUrl = url
    }

    now() {
        return new Date()
    }

    resetStore(empty: boolean) {
        this.store = new Store(!empty)
    }

    private saveTimer: NodeJS.Timeout | undefined

    /** Something may have changed the world: with a state file, write it soon (one write for a burst of requests). */
    changed() {
        if (!this.options.statePath || this.saveTimer) return
        this.saveTimer = setTimeout(() => this.save(), 50)
        this.saveTimer.unref()
    }

    /** Writes the state file now (also on close, so a stop keeps the last change). */
    save() {
        if (this.saveTimer) clearTimeout(this.saveTimer)
        this.saveTimer = undefined
        if (this.options.statePath) saveWorld(this.options.statePath, this.store, this.key)
    }

    async handle(req: IncomingMessage, res: ServerResponse) {
        const started = Date.now()
        const url = new URL(req.url ?? '/', this.baseUrl)
        const method = (req.method ?? 'GET').toUpperCase()
        const path = url.pathname
        let rawBody: Buffer
        try {
            rawBody = await readBody(req, MAX_BODY)
        } catch {
            return send(res, { status: 413, body: { error: { code: 'PayloadTooLarge', message: 'Body larger than 1 MB.', correlationId: randomUUID() } } })
        }
        // The simulated admin center (HTML + form POSTs): under /_sim/, so never faulted and not journalled.
        if (isAdminCenterPath(path)) {
            send(res, handleAdminCenter(this, method, path, url, rawBody, String(req.headers['content-type'] ?? '')))
            return this.changed()
        }
        if (path.startsWith('/_sim/') || path === '/_sim') {
            let body: unknown
            try {
                body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : undefined
            } catch {
                return send(res, { status: 400, body: { error: 'Body is not JSON' } })
            }
            const reply = await handleControl(this.control, method, path, url, body)
            this.changed()
            return send(res, reply)
        }
        const ctx: RequestContext = {
            method,
            path,
            url,
            headers: req.headers,
            rawBody,
            params: {},
            correlationId: String(req.headers['client-request-id'] ?? randomUUID()),
            note: { operation: null, appId: null, requestErrors: [], contractErrors: [] },
        }
        const family: Family = path === LEARN_MCP_PATH ? 'learn' : path.startsWith('/v1.0/') ? 'graph' : path.startsWith('/v1/') ? 'connector' : 'aad'
        const fault = takeFault(this.store.faults, method, path)
        let reply: Reply | undefined
        try {
            if (fault?.latencyMs) await sleep(fault.latencyMs)
            if (fault?.timeout) {
                this.journal(ctx, 0, started, fault)
                return hang(req, res, Math.min(fault.timeoutMs ?? MAX_TIMEOUT_MS, MAX_TIMEOUT_MS))
            }
            if (fault?.malformed) reply = { status: fault.status ?? 200, raw: '{"value": [{"id": "trunc' }
            else if (fault?.status) reply = this.faultReply(family, fault, ctx)
            else reply = await this.route(family, ctx)
        } catch (e) {
            reply = family === 'connector' ? connector.connectorError(500, 'InternalError', `Simulator failure: ${(e as Error).message}`, ctx) : { status: 500, body: { error: 'server_error', error_description: (e as Error).message } }
        }
        if (this.options.strict && ctx.note.contractErrors.length) {
            reply = { status: 500, body: { error: { code: 'InternalError', message: `Simulator response violates the contract: ${ctx.note.contractErrors.join('; ')}`, correlationId: ctx.correlationId } } }
        }
        reply.headers = { 'request-id': ctx.correlationId, ...reply.headers }
        send(res, reply)
        this.journal(ctx, reply.status, started, fault)
        this.changed()
    }

    private journal(ctx: RequestContext, status: number, started: number, fault: Fault | undefined) {
        const auth = String(ctx.headers.authorization ?? '')
        const form = ctx.path.includes('/oauth2/') && ctx.rawBody.includes('client_secret=')
        const entry: JournalEntry = {
            seq: this.store.nextSeq(),
            time: new Date(started).toISOString(),
            method: ctx.method,
            path: ctx.path + ctx.url.search,
            operation: ctx.note.operation,
            status,
            authKind: /^bearer /i.test(auth) ? 'bearer' : /^basic /i.test(auth) ? (ctx.path.includes('/oauth2/') ? 'client_secret_basic' : 'basic') : form ? 'client_secret_post' : auth ? 'other' : 'none',
            appId: ctx.note.appId,
            correlationId: ctx.correlationId,
            durationMs: Date.now() - started,
            fault: fault ? fault.id : null,
            requestErrors: ctx.note.requestErrors,
            contractErrors: ctx.note.contractErrors,
        }
        this.store.journal.push(entry)
        if (this.options.verbose) process.stderr.write(`${entry.method} ${entry.path} ${entry.status} ${entry.operation ?? ''}\n`)
    }

    private faultReply(family: Family, fault: Fault, ctx: RequestContext): Reply {
        const status = fault.status as number
        const headers: Record<string, string> = status === 429 || status === 503 ? { 'Retry-After': String(fault.retryAfter ?? 1) } : {}
        ctx.note.operation = `fault:${status}`
        if (family === 'learn') return learnFault(status, fault.retryAfter)
        if (family === 'connector') return connector.connectorError(status, connector.CODE_BY_STATUS[status] ?? 'InternalError', `Injected fault ${status}.`, ctx, headers)
        if (family === 'graph') return { ...graphError(status, status === 429 ? 'TooManyRequests' : status === 401 ? 'InvalidAuthenticationToken' : 'ServiceNotAvailable', `Injected fault ${status}.`, this, ctx), headers }
        const error = status === 401 ? 'invalid_client' : status >= 500 || status === 429 ? 'temporarily_unavailable' : 'invalid_request'
        return { status, headers, body: { error, error_description: `AADSTS${status === 401 ? 7000215 : 90033}: Injected fault ${status}.`, error_codes: [status === 401 ? 7000215 : 90033] } }
    }

    private async route(family: Family, ctx: RequestContext): Promise<Reply> {
        if (family === 'connector') return this.routeConnector(ctx)
        if (family === 'learn') return handleLearnMcp(this.store.learn, ctx)
        const table = family === 'graph' ? GRAPH_ROUTES : AAD_ROUTES
        for (const [method, re, handler] of table) {
            const m = re.exec(ctx.path)
            if (!m || method !== ctx.method) continue
            ctx.params = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]))
            const reply = await handler(ctx, this)
            // A file stream (the post-incident report) has no JSON schema to check.
            if (family === 'graph' && reply.status === 200 && !reply.bytes) this.checkGraph(ctx, reply)
            return reply
        }
        if (ctx.method === 'GET' && ctx.path === '/') return { status: 200, body: { name: 'Microsoft simulator (x_mioms_m365_assis)', contract: 'docs/connector-api.openapi.yaml', control: `${this.baseUrl}/_sim/state` } }
        return family === 'graph' ? graphError(404, 'UnknownError', `Resource not found for the segment '${ctx.path}'.`, this, ctx) : { status: 404, body: { error: 'not_found', error_description: `No such endpoint ${ctx.path}` } }
    }

    private checkGraph(ctx: RequestContext, reply: Reply) {
        const body = reply.body as { value?: unknown[] }
        const errors: string[] = []
        const v = this.graphValidators
        if (Array.isArray(body.value)) {
            if (!v.page(body)) errors.push(JSON.stringify(v.page.errors))
            const item = ctx.note.operation === 'graphListIssues' ? v.issue : ctx.note.operation === 'graphListMessages' ? v.message : v.overview
            for (const i of body.value) if (!item(i)) errors.push(JSON.stringify(item.errors))
        } else {
            const single = ctx.note.operation === 'graphGetMessage' ? v.message : v.issue
            if (!single(body)) errors.push(JSON.stringify(single.errors))
        }
        ctx.note.contractErrors.push(...errors)
    }

    private routeConnector(ctx: RequestContext): Reply {
        const { op, params, pathKnown } = this.contract.match(ctx.method, ctx.path, 'outbound')
        if (!op) return connector.connectorError(pathKnown ? 405 : 404, pathKnown ? 'InvalidRequest' : 'NotFound', pathKnown ? `Method ${ctx.method} is not allowed on ${ctx.path}.` : `No operation at ${ctx.path}.`, ctx)
        ctx.params = params
        ctx.note.operation = op.operationId
        const reply = this.connectorOperation(op.operationId, ctx)
        if (reply.status !== 405) {
            const errors = this.contract.validateResponse(op, reply.status, reply.body, Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])))
            ctx.note.contractErrors.push(...errors)
        }
        return reply
    }

    private connectorOperation(operationId: string, ctx: RequestContext): Reply {
        const op = this.contract.operation(operationId)
        if (ctx.rawBody.length > connector.MAX_CONNECTOR_BODY) return connector.connectorError(413, 'PayloadTooLarge', `The body is ${ctx.rawBody.length} bytes; the limit is 65536.`, ctx)
        const caller = connector.authenticate(ctx, this)
        if ('status' in caller) return caller
        let body: unknown
        const hasBody = ctx.rawBody.length > 0
        if (hasBody) {
            try {
                body = JSON.parse(ctx.rawBody.toString('utf8'))
            } catch {
                ctx.note.requestErrors.push('body is not JSON')
                return connector.connectorError(400, 'InvalidRequest', 'The body is not valid JSON.', ctx)
            }
        }
        const { errors, query } = this.contract.validateRequest(op, { params: ctx.params, query: ctx.url.searchParams, body, hasBody })
        if (errors.length) {
            ctx.note.requestErrors.push(...errors)
            return connector.connectorError(400, 'InvalidRequest', `The request does not follow the contract: ${errors.join('; ')}`, ctx)
        }
        const b = body as any
        switch (operationId) {
            case 'searchSolutions': return connector.searchSolutions(ctx, this, b)
            case 'getTenantHealth': return connector.getTenantHealth(ctx, this, query)
            case 'validateAdmin': return connector.validateAdmin(caller, b)
            case 'getRepository': return connector.getRepository(ctx, caller)
            case 'startConnectionTest': {
                const { reply, test } = connector.startConnectionTest(ctx, this, caller)
                if (test) this.agent.connectionTest(test) // queued: sent after this answer
                return reply
            }
            case 'getConnectionTest': return connector.getConnectionTest(ctx, this, caller)
            case 'createServiceRequest': {
                const { reply, created } = connector.createServiceRequest(ctx, this, caller, b)
                if (created) this.agent.caseCreated(created) // queued: sent after this answer
                return reply
            }
            case 'getServiceRequest': return connector.getServiceRequest(ctx, this, caller)
            case 'postServiceRequestCommunication': return connector.postCommunication(ctx, this, caller, b)
            case 'listServiceRequestCommunications': return connector.listCommunications(ctx, this, caller)
            default: return connector.connectorError(404, 'NotFound', `No handler for ${operationId}.`, ctx)
        }
    }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (c: Buffer) => {
            size += c.length
            if (size > limit) {
                req.removeAllListeners('data')
                req.resume()
                reject(new Error('too large'))
            } else chunks.push(c)
        })
        req.on('end', () => resolve(Buffer.concat(chunks)))
        req.on('error', reject)
    })
}

function send(res: ServerResponse, reply: Reply) {
    if (res.headersSent || res.destroyed) return
    if (reply.bytes) {
        res.writeHead(reply.status, { 'Content-Type': 'application/octet-stream', 'Content-Length': reply.bytes.length, 'Cache-Control': 'no-store', ...reply.headers })
        res.end(reply.bytes)
        return
    }
    const text = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body))
    res.writeHead(reply.status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', ...reply.headers })
    res.end(text)
}

/** Timeout fault: never answer; drop the connection after `ms` (at most 60 s) unless the client gave up first. */
function hang(req: IncomingMessage, res: ServerResponse, ms: number) {
    const timer = setTimeout(() => res.destroy(), ms)
    timer.unref()
    res.on('close', () => clearTimeout(timer))
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.min(ms, MAX_TIMEOUT_MS)))

/** Starts the simulator on 127.0.0.1. In-process use is for async clients; synchronous clients need another process. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
    const sim = new Simulator(options)
    const server: Server = createServer((req, res) => {
        sim.handle(req, res).catch((e) => send(res, { status: 500, body: { error: String(e) } }))
    })
    server.keepAliveTimeout = 1000
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
    })
    const port = (server.address() as AddressInfo).port
    sim.setUrl(`http://127.0.0.1:${port}`)
    return {
        url: sim.url(),
        port,
        control: sim.control,
        close: () =>
            new Promise<void>((resolve) => {
                sim.agent.reset()
                sim.save()
                server.close(() => resolve())
                server.closeAllConnections()
            }),
    }
}
