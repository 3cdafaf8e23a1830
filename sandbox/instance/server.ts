/**
 * The local instance: an HTTP server over the Glide emulation that serves what the installed
 * app serves on a real instance (its UI pages and their assets, its scripted REST API) plus the
 * few platform pages around it (login, incident list and form, /oauth_token.do). Inbound
 * authentication and route authorization follow the instance: see sessions.ts, aad-tokens.ts
 * and authorizeRoute below.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http'
import { AddressInfo } from 'node:net'
import { GlideRecord } from '../glide'
import { Platform } from '../glide/platform'
import { term } from '../glide/store/semantics'
import { Row } from '../glide/store/types'
import { checkAadToken, looksLikeJwt } from './aad-tokens'
import { AuthenticatedVia, checkAccessPolicies } from './access-policies'
import { attachmentDownload, contentDisposition } from './attachment-download'
import { JellyMacroRenderer, renderUiPage } from './jelly'
import { ModuleRuntime } from './module-runtime'
import { FormElement, FormSectionView, escapeHtml, incidentFormPage, incidentListPage, listPage, loginPage, navigatorPage } from './pages'
import { applicationMenus, listView } from './list-view'
import { formButtons } from './classic-ui'
import { gs } from '../glide'
import { runRoute } from './route-runner'
import { DEFAULT_VIEW_ID } from './seed'
import { SessionManager } from './sessions'
import { storedFalse, storedTrue } from '../glide/fieldTypes'

export interface SandboxServerOptions {
    platform: Platform
    runtime: ModuleRuntime
    port?: number
    /** Largest request body accepted by the web tier, in bytes (the app enforces its own lower limit). */
    maxBodyBytes?: number
}

export interface SandboxServer {
    url: string
    server: Server
    sessions: SessionManager
    close(): Promise<void>
}

interface Caller extends AuthenticatedVia {
    userId: string
}

export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
    const { platform, runtime } = options
    const sessions = new SessionManager(platform)
    // One Jelly cache per instance: phase-one output of each UI macro, shared by every request.
    const macros = new JellyMacroRenderer()
    const maxBody = options.maxBodyBytes ?? 10 * 1024 * 1024

    // The instance flushes its caches when an app is installed; this process installed it as it started.
    const flushTimestamp = String(Date.now())

    const server = createServer((req, res) => {
        handle(req, res).catch((error: unknown) => {
            platform.log('error', `sandbox: ${(error as Error).stack ?? String(error)}`, 'sandbox')
            if (!res.headersSent) sendJson(res, 500, { error: { message: 'Internal sandbox error' }, status: 'failure' })
            else res.end()
        })
    })

    async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = requestUrl(req.url ?? '/')
        // The instance's web tier (Tomcat) refuses a path with malformed %-encoding with 400 before
        // authentication or any route runs (Tomcat UDecoder: "IOException - Invalid %xx URL encoding",
        // https://tomcat.apache.org/tomcat-9.0-doc/api/org/apache/tomcat/util/buf/UDecoder.html).
        if (!url) return send(res, 400, 'text/plain', 'Bad Request')
        const path = url.pathname
        if (path === '/' ) return redirect(res, '/incident_list.do')
        if (path === '/_sandbox/health') return sendJson(res, 200, { ok: true })
        if (path.startsWith('/_sandbox/') && req.method === 'POST') return handleControl(req, res, path)
        if (path === '/login.do') return handleLogin(req, res, url)
        if (path === '/logout.do') {
            sessions.logout(cookie(req, 'JSESSIONID'))
            res.setHeader('Set-Cookie', 'JSESSIONID=; Path=/; Max-Age=0')
            return redirect(res, '/login.do')
        }
        if (path === '/oauth_token.do') return handleOAuthToken(req, res)
        if (path.startsWith('/uxasset/')) return serveAsset(res, path)
        if (path.startsWith('/$uxappimmutables.do')) return send(res, 200, 'text/css', '')
        if (path.startsWith('/api/')) return handleApi(req, res, url)

        const session = sessions.find(cookie(req, 'JSESSIONID'))
        if (!session) return redirect(res, `/login.do?next=${encodeURIComponent(url.pathname + url.search)}`)
        const user = platform.store.get('sys_user', session.userId)
        const userName = String(user?.user_name ?? '')
        if (path === '/incident_list.do') {
            platform.setSessionUser(session.userId)
            const incidents = platform.store.query('incident', { orderBy: [{ field: 'number', descending: false }], limit: 200 })
            return send(res, 200, 'text/html', incidentListPage(incidents, userName))
        }
        if (path === '/incident.do') return handleIncident(req, res, url, session.userId, userName)
        if (path === '/sys_attachment.do') {
            const download = attachmentDownload(platform, url.searchParams.get('sys_id') ?? '', session.userId)
            if (download.status !== 200) return send(res, download.status, download.contentType, String(download.body))
            res.statusCode = 200
            res.setHeader('Content-Type', download.contentType)
            res.setHeader('Content-Disposition', contentDisposition(download.fileName ?? 'attachment'))
            res.setHeader('Cache-Control', 'no-store')
            res.end(download.body)
            return
        }
        // The application navigator and the classic lists its modules open (list-view.ts).
        if (path === '/navigator.do') {
            platform.setSessionUser(session.userId)
            return send(res, 200, 'text/html', navigatorPage(applicationMenus(platform), userName))
        }
        const list = /^\/([a-z0-9_]+)_list\.do$/.exec(path)
        if (list) {
            platform.setSessionUser(session.userId)
            return send(res, 200, 'text/html', listPage(listView(platform, list[1], url.searchParams.get('sysparm_query') ?? ''), userName))
        }
        const page = /^\/(x_mioms_m365_assis_[a-z0-9_]+\.do)$/.exec(path)
        if (page) {
            const record = platform.store.query('sys_ui_page', { where: term('endpoint', '=', page[1]), limit: 1 })[0]
            if (!record) return send(res, 404, 'text/plain', 'No such page')
            // The instance checks the page's ui_page ACL (its fully scoped name) before rendering it.
            const pageName = page[1].replace(/\.do$/, '')
            if (!platform.canAccess({ type: 'ui_page', name: pageName, operation: 'read' }, session.userId)) {
                return send(res, 403, 'text/html', `<!doctype html><title>Security constraints</title><p>Security constraints prevent access to requested page</p>`)
            }
            return send(res, 200, 'text/html', renderUiPage(String(record.html ?? ''), { sessionToken: session.token, flushTimestamp }))
        }
        send(res, 404, 'text/plain', 'Not found')
    }

    /**
     * Sandbox-only control routes (loopback only, like the whole sandbox) for tests and demos:
     *   POST /_sandbox/setup/reset                      forget the Setup row (a new admin's first visit)
     *   POST /_sandbox/cross-scope {table, canRead?, canCreate?, canUpdate?, canDelete?}
 *                                                   sys_db_object "Can read/create/update/delete" from all application scopes
     *   POST /_sandbox/oauth/forget-tokens              drop cached OAuth tokens (oauth_credential), as after a secret change
     */
    async function handleControl(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
        const body = JSON.parse((await readBody(req, 64 * 1024)) || '{}') as { table?: string } & Partial<Record<AccessFlag, boolean>>
        if (path === '/_sandbox/setup/reset') {
            for (const row of platform.store.query('x_mioms_m365_assis_setup', {})) platform.store.delete('x_mioms_m365_assis_setup', row.sys_id as string)
            return sendJson(res, 200, { ok: true })
        }
        if (path === '/_sandbox/oauth/forget-tokens') {
            const rows = platform.store.hasTable('oauth_credential') ? platform.store.query('oauth_credential', {}) : []
            for (const row of rows) platform.store.delete('oauth_credential', row.sys_id as string)
            return sendJson(res, 200, { ok: true, removed: rows.length })
        }
        if (path === '/_sandbox/cross-scope' && typeof body.table === 'string') {
            // Each flag given sets its sys_db_object column; a stated flag wins over the fidelity default (applicationAccess.ts).
            const flags: Record<string, string> = {}
            for (const [name, column] of Object.entries(ACCESS_COLUMNS)) {
                const value = body[name as AccessFlag]
                if (typeof value === 'boolean') flags[column] = String(value)
            }
            if (Object.keys(flags).length === 0) return sendJson(res, 400, { error: 'give canRead, canCreate, canUpdate or canDelete' })
            const existing = platform.findRow('sys_db_object', 'name', body.table)
            if (existing) platform.store.update('sys_db_object', existing.sys_id as string, flags)
            else platform.insertRow('sys_db_object', { name: body.table, ...flags })
            return sendJson(res, 200, { ok: true, table: body.table, ...flags })
        }
        sendJson(res, 404, { error: 'unknown control route' })
    }

    async function handleLogin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
        if (req.method !== 'POST') return send(res, 200, 'text/html', loginPage(undefined, safeNext(url.searchParams.get('next'))))
        const form = new URLSearchParams(await readBody(req, 64 * 1024))
        const session = sessions.login(form.get('user_name') ?? '', form.get('user_password') ?? '')
        const next = safeNext(form.get('next'))
        if (!session) return send(res, 401, 'text/html', loginPage('User name or password invalid', next))
        res.setHeader('Set-Cookie', `JSESSIONID=${session.id}; Path=/; HttpOnly; SameSite=Lax`)
        redirect(res, next)
    }

    async function handleIncident(req: IncomingMessage, res: ServerResponse, url: URL, userId: string, userName: string): Promise<void> {
        platform.setSessionUser(userId)
        const sysId = url.searchParams.get('sys_id') ?? ''
        const incident = platform.store.get('incident', sysId)
        if (!incident) return send(res, 404, 'text/plain', 'Record not found')
        if (req.method === 'POST') {
            const form = new URLSearchParams(await readBody(req, 64 * 1024))
            const comment = (form.get('comments') ?? '').trim()
            if (comment) addComment(sysId, comment)
            const state = (form.get('state') ?? '').trim()
            // Changing State is an ITIL action on the instance; the form offers it to everyone, so check here.
            const mayChangeState = ['itil', 'incident_manager', 'admin'].some((role) => platform.hasRole(role, userId))
            if (state && state !== String(incident.state)) {
                if (!mayChangeState) return send(res, 403, 'text/plain', 'You may not change the state of this incident')
                setIncidentState(sysId, state)
            }
            redirect(res, `/incident.do?sys_id=${encodeURIComponent(sysId)}`)
            // Async business rules (e.g. the comment's delivery to Microsoft) run after the transaction.
            setImmediate(() => platform.runAsyncQueue())
            return
        }
        const comments = platform.store.query('sys_journal_field', {
            where: { kind: 'and', conditions: [term('name', '=', 'incident'), term('element_id', '=', sysId)] },
            orderBy: [{ field: 'sys_created_on', descending: true }],
        })
        // uiaction: the incident's form buttons (client UI actions) for this user, as UI16 shows them.
        const buttons = formButtons(platform, 'incident', sysId)
        send(res, 200, 'text/html', incidentFormPage({ incident: platform.store.get('incident', sysId) as Row, userName, comments, sections: incidentFormSections(platform, sysId, macros), buttons }))
    }

    async function handleOAuthToken(req: IncomingMessage, res: ServerResponse): Promise<void> {
        if (req.method !== 'POST') return sendJson(res, 405, { error: 'invalid_request' })
        const form = new URLSearchParams(await readBody(req, 64 * 1024))
        const clientId = form.get('client_id') ?? ''
        if (!sessions.checkClientSecret(clientId, form.get('client_secret') ?? '')) {
            return sendJson(res, 401, { error: 'access_denied', error_description: 'access_denied' })
        }
        const grant = form.get('grant_type')
        if (grant === 'password') {
            const userId = sessions.checkCredentials(form.get('username') ?? '', form.get('password') ?? '')
            if (!userId) return sendJson(res, 401, { error: 'access_denied', error_description: 'access_denied' })
            return sendJson(res, 200, sessions.issueOAuthTokens(clientId, userId))
        }
        if (grant === 'refresh_token') {
            const owner = sessions.tokenUser(form.get('refresh_token') ?? '', 'refresh_token')
            if (!owner || owner.clientId !== clientId) return sendJson(res, 401, { error: 'access_denied', error_description: 'access_denied' })
            return sendJson(res, 200, sessions.issueOAuthTokens(clientId, owner.userId))
        }
        sendJson(res, 400, { error: 'unsupported_grant_type' })
    }

    async function authenticate(req: IncomingMessage): Promise<Caller | { error: string }> {
        const authorization = req.headers.authorization ?? ''
        if (/^basic /i.test(authorization)) {
            const decoded = Buffer.from(authorization.substring(6).trim(), 'base64').toString('utf8')
            const colon = decoded.indexOf(':')
            const userId = colon < 0 ? null : sessions.checkCredentials(decoded.substring(0, colon), decoded.substring(colon + 1))
            return userId ? { userId, via: 'basic' } : { error: 'Invalid user name or password' }
        }
        if (/^bearer /i.test(authorization)) {
            const token = authorization.substring(7).trim()
            const oauth = sessions.tokenUser(token, 'access_token')
            if (oauth) {
                const entity = platform.findRow('oauth_entity', 'client_id', oauth.clientId)
                return { userId: oauth.userId, via: 'oauth', entityId: entity ? String(entity.sys_id) : undefined }
            }
            if (looksLikeJwt(token)) {
                const aad = await checkAadToken(platform, token)
                if (aad.userId) return { userId: aad.userId, via: 'aad', entityId: aad.entityId }
                return { error: `Invalid token: ${aad.reason}` }
            }
            return { error: 'Invalid or expired token' }
        }
        const session = sessions.find(cookie(req, 'JSESSIONID'))
        if (session) {
            // Session calls must carry the page's g_ck as X-UserToken (the platform's CSRF check).
            if (req.headers['x-usertoken'] === session.token) return { userId: session.userId, via: 'session' }
            return { error: 'Invalid or missing X-UserToken for this session' }
        }
        return { error: 'Required to provide Auth information' }
    }

    async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
        const match = findOperation(platform, req.method ?? 'GET', url.pathname)
        if (!match) return sendJson(res, 400, { error: { message: 'Requested URI does not represent any resource', detail: null }, status: 'failure' })
        const caller = await authenticate(req)
        if ('error' in caller) {
            return sendJson(res, 401, { error: { message: 'User Not Authenticated', detail: caller.error }, status: 'failure' })
        }
        // REST API access policies are part of authenticating the call: before the route's ACLs and script.
        const policyRefusal = checkAccessPolicies(platform, match.operation, caller)
        if (policyRefusal) {
            res.setHeader('WWW-Authenticate', policyRefusal.authenticate)
            return sendJson(res, policyRefusal.status, policyRefusal.body)
        }
        const denied = authorizeRoute(platform, match.operation, caller.userId)
        if (denied) return sendJson(res, 403, { error: { message: 'User Not Authorized', detail: denied }, status: 'failure' })
        let body: string
        try {
            body = await readBody(req, maxBody)
        } catch {
            return sendJson(res, 413, { error: { message: 'Request entity too large', detail: null }, status: 'failure' })
        }
        platform.setSessionUser(caller.userId)
        const result = runRoute(platform, runtime, match.operation, {
            method: req.method ?? 'GET',
            url: url.toString(),
            path: url.pathname,
            pathParams: match.pathParams,
            query: url.searchParams,
            headers: req.headers,
            body,
        })
        res.statusCode = result.status
        for (const [name, value] of Object.entries(result.headers)) res.setHeader(name, value)
        res.end(result.body)
        // Async business rules run after the transaction, as the scheduler would.
        setImmediate(() => platform.runAsyncQueue())
    }

    function serveAsset(res: ServerResponse, path: string): void {
        const prefix = '/uxasset/externals/'
        if (!path.startsWith(prefix)) return send(res, 200, 'application/javascript', '')
        const name = decodeURIComponent(path.substring(prefix.length)).replace(/\.jsdbx$/, '')
        if (name.startsWith('@devsnc/')) return send(res, 200, 'application/javascript', '// platform library: not needed by the app\n')
        const asset = platform.store.query('sys_ux_lib_asset', { where: term('name', '=', name), limit: 1 })[0]
        if (!asset) return send(res, 404, 'text/plain', 'No such asset')
        // fidelity uxAssetCaching: strict, the browser keeps no copy; lenient, the documented static-content headers.
        if (platform.fidelity.uxAssetCaching === 'lenient') {
            res.setHeader('Cache-Control', 'private')
            res.setHeader('Expires', new Date(Date.now() + STATIC_CONTENT_EXPIRES_DAYS * 86_400_000).toUTCString())
        } else res.setHeader('Cache-Control', 'no-store')
        send(res, 200, 'application/javascript', String(asset.content ?? ''))
    }

    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
    const port = (server.address() as AddressInfo).port
    return {
        url: `http://127.0.0.1:${port}`,
        server,
        sessions,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    }
}

/** glide.http.expire.days default: static content expires after 369 days (see fidelity uxAssetCaching). */
const STATIC_CONTENT_EXPIRES_DAYS = 369

/** The control route's flags and the sys_db_object columns they set (Application access). */
const ACCESS_COLUMNS = { canRead: 'read_access', canCreate: 'create_access', canUpdate: 'update_access', canDelete: 'delete_access' } as const
type AccessFlag = keyof typeof ACCESS_COLUMNS

const JOURNAL_FIELDS = new Set(['comments', 'work_notes'])
/**
 * The incident form as the instance assembles it: the Default view's sys_ui_form (global
 * domain; sys_ui_form.view references the sys_ui_view record), its sys_ui_form_section rows by
 * position, each section's elements by position. A section of another view than the form's is
 * left off (fidelity switch formSectionView), so a section shipped with a wrong view reference
 * shows as a missing tab. A formatter element renders its UI macro
 * (sys_ui_formatter.formatter = '<macro name>.xml') with `current` = the incident and `gs` for
 * the session user, through the instance's Jelly cache (`macros`).
 */
export function incidentFormSections(platform: Platform, incidentSysId: string, macros: JellyMacroRenderer): FormSectionView[] {
    const view = platform.store.get('sys_ui_view', DEFAULT_VIEW_ID)
    if (!view) return []
    const form = platform.store
        .query('sys_ui_form', { where: term('name', '=', 'incident') })
        .find((row) => row.view === view.sys_id && (row.sys_domain ?? 'global') === 'global')
    if (!form) return []
    const links = platform.store
        .query('sys_ui_form_section', { where: term('sys_ui_form', '=', form.sys_id as string) })
        .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    const sections: FormSectionView[] = []
    for (const link of links) {
        const section = link.sys_ui_section ? platform.store.get('sys_ui_section', link.sys_ui_section) : undefined
        if (!section) continue
        // Undocumented whether the form checks the section's own view: strict leaves it off.
        if (section.view !== form.view && platform.fidelity.formSectionView === 'strict') continue
        // sys_ui_section.roles: the section is shown only to users holding one of them.
        const roles = String(section.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean)
        if (roles.length && !roles.some((role) => platform.hasRole(role))) continue
        const elements = platform.store
            .query('sys_ui_element', { where: term('sys_ui_section', '=', section.sys_id as string) })
            .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
            .map((element): FormElement => {
                if (element.type === 'formatter') return { kind: 'html', html: renderFormatter(platform, element, incidentSysId, macros) }
                const name = String(element.element ?? '')
                return JOURNAL_FIELDS.has(name) ? { kind: 'journal', name } : { kind: 'field', name }
            })
        sections.push({ caption: String(section.caption ?? ''), elements })
    }
    return sections
}

/** A formatter's macro for this request; a macro that does not parse or fails shows its error where it would be, and is logged. */
function renderFormatter(platform: Platform, element: Row, incidentSysId: string, macros: JellyMacroRenderer): string {
    const formatter = element.sys_ui_formatter ? platform.store.get('sys_ui_formatter', element.sys_ui_formatter) : undefined
    const macroName = String(formatter?.formatter ?? element.element ?? '').replace(/\.xml$/, '')
    const macro = platform.store.query('sys_ui_macro', { where: term('name', '=', macroName), limit: 1 })[0]
    if (!macro || macro.active === 'false') return ''
    const current = new GlideRecord('incident')
    if (!current.get(incidentSysId)) return ''
    try {
        return macros.render({ key: String(macro.sys_id), xml: String(macro.xml ?? '') }, { gs, current })
    } catch (error) {
        const message = `UI macro ${macroName}: ${(error as Error).message ?? String(error)}`
        platform.log('error', message, 'sandbox')
        return `<div class="jelly-error" role="alert">${escapeHtml(message)}</div>`
    }
}

/** Finds the active scripted REST operation for a method and path, with its path parameters. */
export function findOperation(platform: Platform, method: string, path: string): { operation: Row; pathParams: Record<string, string> } | null {
    const candidates = platform.store.query('sys_ws_operation', { where: term('http_method', '=', method.toUpperCase()) })
    for (const operation of candidates) {
        if (storedFalse(operation.active)) continue
        for (const template of [operation.operation_uri, operation.default_operation_uri]) {
            if (!template) continue
            const names: string[] = []
            const pattern = String(template)
                .split('/')
                .map((part) => {
                    const param = /^\{([^}]+)\}$/.exec(part)
                    if (!param) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
                    names.push(param[1])
                    return '([^/]+)'
                })
                .join('/')
            const found = new RegExp(`^${pattern}/?$`).exec(path)
            if (found) {
                const pathParams: Record<string, string> = {}
                names.forEach((name, index) => (pathParams[name] = decodeURIComponent(found[index + 1])))
                return { operation, pathParams }
            }
        }
    }
    return null
}

/**
 * The instance's checks before a route's script runs: snc_internal when the route requires it,
 * then every ACL named in enforce_acl. Returns why access is denied, or null.
 */
export function authorizeRoute(platform: Platform, operation: Row, userId: string): string | null {
    if (storedTrue(operation.requires_snc_internal_role) && !platform.hasRole('snc_internal', userId)) {
        return 'The route requires the snc_internal role'
    }
    const aclIds = String(operation.enforce_acl ?? '').split(',').filter(Boolean)
    if (!storedFalse(operation.requires_acl_authorization) && aclIds.length > 0 && !platform.passesAcls(aclIds, undefined, userId)) {
        return 'Failed API level ACL Validation'
    }
    return null
}

/** Writes an additional comment on an incident as the session user, firing the incident's business rules. */
export function addComment(incidentSysId: string, text: string): void {
    const incident = new GlideRecord('incident')
    if (!incident.get(incidentSysId)) return
    // The emulation writes the sys_journal_field row itself (sandbox/glide/journal.ts).
    incident.setValue('comments', text)
    incident.update()
}

/** flow (e2e case lifecycle): the form's State change, saved through GlideRecord so business rules run. */
export function setIncidentState(incidentSysId: string, state: string): void {
    if (!/^[0-9]+$/.test(state)) return
    const incident = new GlideRecord('incident')
    if (!incident.get(incidentSysId)) return
    incident.setValue('state', state)
    incident.setValue('active', String(state !== '7' && state !== '8'))
    incident.update()
}

function cookie(req: IncomingMessage, name: string): string | undefined {
    const header = req.headers.cookie ?? ''
    for (const part of header.split(';')) {
        const [key, ...rest] = part.trim().split('=')
        if (key === name) return rest.join('=')
    }
    return undefined
}

const ORIGIN = 'http://sandbox.local'

/**
 * The request target as a URL on this server, or null when it is not a path (origin-form,
 * RFC 9112 §3.2.1) or its path's %-encoding does not decode (RFC 3986 §2.1: "%" HEXDIG HEXDIG,
 * and the octets must be UTF-8 here). Never throws: a target that the URL parser refuses (e.g.
 * `//%zz`, read as a host) is a 400, not a 500.
 */
export function requestUrl(target: string): URL | null {
    if (!target.startsWith('/')) return null
    let url: URL
    try {
        // Appended to the origin, so a target such as `//evil/x` stays a path on this server.
        url = new URL(ORIGIN + target)
    } catch {
        return null
    }
    if (url.origin !== ORIGIN) return null
    try {
        decodeURIComponent(url.pathname)
    } catch {
        return null
    }
    return url
}

const AFTER_LOGIN = '/incident_list.do'
/**
 * Characters no redirect target of ours contains: controls (C0 including tab and line breaks,
 * which browsers strip from URLs, DEL, C1) and the backslash browsers read as '/'. A space is
 * harmless inside (the URL parser encodes it); a leading one fails the leading-'/' check.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_NEXT = /[\u0000-\u001f\u007f-\u009f\\]/

/**
 * Where the login page sends the user afterwards: only a path on this sandbox. Refused (the
 * incident list instead): anything not starting with exactly one '/' (`//evil`, `https://evil`,
 * `/\\evil`, which browsers read as `//evil`), backslashes and controls, also when
 * %-encoded (`/%5Cevil`, `/%09/evil`), any encoded slash or backslash (`/%2F%2Fevil`), and anything
 * that does not resolve to one path on this origin.
 */
export function safeNext(next: string | null): string {
    // An encoded slash or backslash has no use in our own paths, and may become one after dot segments resolve.
    if (!next || !next.startsWith('/') || next.startsWith('//') || UNSAFE_IN_NEXT.test(next) || /%(2f|5c)/i.test(next)) return AFTER_LOGIN
    let decoded: string
    try {
        decoded = decodeURIComponent(next)
    } catch {
        return AFTER_LOGIN
    }
    if (decoded.startsWith('//') || UNSAFE_IN_NEXT.test(decoded)) return AFTER_LOGIN
    let resolved: URL
    try {
        resolved = new URL(next, ORIGIN)
    } catch {
        return AFTER_LOGIN
    }
    // Dot segments resolve away (`/.//evil` becomes `//evil`): the result must still be one path.
    if (resolved.origin !== ORIGIN || resolved.pathname.startsWith('//')) return AFTER_LOGIN
    // The target as given (it passed every check above), so the form carries back what was asked;
    // encoded when it holds characters a Location header cannot carry.
    return /^[\x20-\x7e]*$/.test(next) ? next : resolved.pathname + resolved.search + resolved.hash
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
    // Past the limit the rest is drained (not buffered) so the caller can still answer 413.
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size <= limit) chunks.push(chunk)
        })
        req.on('end', () => (size > limit ? reject(new Error('body too large')) : resolve(Buffer.concat(chunks).toString('utf8'))))
        req.on('error', reject)
    })
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
    res.statusCode = status
    res.setHeader('Content-Type', `${type}; charset=utf-8`)
    res.end(body)
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
    send(res, status, 'application/json', JSON.stringify(body))
}

function redirect(res: ServerResponse, location: string): void {
    res.statusCode = 302
    res.setHeader('Location', location)
    res.end()
}
