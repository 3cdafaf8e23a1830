// A tiny stand-in for the ServiceNow instance that the support agent calls back (tests only).
// It answers the inbound half of the contract with fixed data and records what it received.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export const INBOUND_BASE = '/api/x_mioms_m365_assis/v1/connector'

export interface ReceivedRequest {
    method: string
    path: string
    authorization: string | undefined
    body: any
    at: number
}

export interface FakeInstance {
    url: string
    /** The repository endpoint to register: url + INBOUND_BASE. */
    endpoint: string
    received: ReceivedRequest[]
    /** oauth_token.do requests (form fields, secrets included: test-local only). */
    tokenRequests: Record<string, string>[]
    /** Rejects the next N bearer calls with 401 (the token "expired"). */
    expireTokens(n: number): void
    close(): Promise<void>
}

export interface FakeInstanceOptions {
    oauth?: { clientId: string; clientSecret: string; username: string; password: string }
    /** Decide whether an Authorization header is accepted (default: any non-empty). */
    accept?: (authorization: string | undefined) => boolean
    /** Answer tickets without the {result} envelope (a contract violation, for tests). */
    bare?: boolean
}

const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
        let s = ''
        req.on('data', (c) => (s += c))
        req.on('end', () => resolve(s))
    })

export async function startFakeInstance(opts: FakeInstanceOptions = {}): Promise<FakeInstance> {
    const received: ReceivedRequest[] = []
    const tokenRequests: Record<string, string>[] = []
    const issued = new Set<string>()
    const refresh = new Set<string>()
    let expire = 0
    let n = 0
    const seen = new Set<string>()
    const accept = opts.accept ?? ((a) => !!a)

    const server: Server = createServer(async (req, res) => {
        const text = await read(req)
        const path = new URL(req.url ?? '/', 'http://x').pathname
        const reply = (status: number, body: unknown) => {
            res.writeHead(status, { 'Content-Type': 'application/json' })
            res.end(JSON.stringify(body))
        }
        const failure = (status: number, message: string, detail: string | null) => reply(status, { error: { message, detail }, status: 'failure' })
        if (req.method === 'POST' && path === '/oauth_token.do') {
            const f = Object.fromEntries(new URLSearchParams(text))
            tokenRequests.push(f)
            const o = opts.oauth
            const clientOk = o && f.client_id === o.clientId && f.client_secret === o.clientSecret
            const ok = clientOk && ((f.grant_type === 'password' && f.username === o.username && f.password === o.password) || (f.grant_type === 'refresh_token' && refresh.has(f.refresh_token)))
            if (!ok) return reply(401, { error: 'access_denied', error_description: 'access_denied' })
            const at = `at-${++n}`
            const rt = `rt-${n}`
            issued.add(at)
            refresh.add(rt)
            return reply(200, { access_token: at, refresh_token: rt, scope: 'useraccount', token_type: 'Bearer', expires_in: 1799 })
        }
        const auth = req.headers.authorization
        received.push({ method: req.method ?? '', path, authorization: auth, body: text ? JSON.parse(text) : undefined, at: Date.now() })
        if (opts.oauth && /^Bearer /.test(auth ?? '')) {
            const t = (auth as string).slice(7)
            if (expire > 0 || !issued.has(t)) {
                if (expire > 0) expire--
                issued.delete(t)
                return failure(401, 'User Not Authenticated', 'Required to provide Auth information')
            }
        } else if (!accept(auth)) return failure(401, 'User Not Authenticated', 'Required to provide Auth information')
        if (req.method === 'GET' && path === `${INBOUND_BASE}/ping`) {
            const repositoryId = new URL(req.url ?? '/', 'http://x').searchParams.get('repositoryId') ?? ''
            return reply(200, { result: { status: 'ok', repositoryId, instance: 'fake' } })
        }
        const m = new RegExp(`^${INBOUND_BASE}/tickets/([^/]+)/([^/]+)(/communications|/close)?$`).exec(path)
        if (!m) return failure(400, 'Requested URI does not represent any resource', null)
        const [, repositoryId, caseId, sub] = m
        const ticket = {
            repositoryId,
            caseId,
            incidentNumber: 'INC0010001',
            incidentSysId: 'a'.repeat(32),
            shortDescription: 'Outlook cannot send email',
            description: 'Since this morning',
            state: sub === '/close' ? 'Resolved' : 'In Progress',
            priority: '3 - Moderate',
            caller: { name: 'Abel Tuter', email: 'abel.tuter@example.com' },
            status: sub === '/close' ? 'closed' : 'open',
            severity: 'B',
            owner: null,
            comments: [],
        }
        if (!sub) return reply(200, opts.bare ? ticket : { result: ticket })
        if (sub === '/close') return reply(200, { result: ticket })
        const body = JSON.parse(text)
        const duplicate = seen.has(body.messageId)
        seen.add(body.messageId)
        return reply(duplicate ? 200 : 201, { result: { messageId: body.messageId, duplicate, incidentNumber: 'INC0010001' } })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return {
        url,
        endpoint: url + INBOUND_BASE,
        received,
        tokenRequests,
        expireTokens: (k) => (expire = k),
        close: () =>
            new Promise<void>((r) => {
                server.close(() => r())
                server.closeAllConnections()
            }),
    }
}
