// The sandbox's stand-in for "Microsoft 365 admin center > Settings > Org settings > Organization
// profiles" (support integration): server-rendered HTML and form POSTs under /_sim/admin-center/,
// so that Setup's step 9 can be done in a browser. It changes the simulator's state only through
// SimulatorControl.configure, the same call as POST /_sim/configure, and reads it only through the
// secret-free state snapshot: a secret typed here is never rendered back.
import type { SimulatorControl } from './control'
import type { Contract } from './contract'
import type { AuthenticationType } from './store'
import type { Reply } from './types'

export const ADMIN_CENTER_PATH = '/_sim/admin-center'

export interface AdminCenterDeps {
    control: SimulatorControl
    contract: Contract
}

type Tab = 'basic' | 'repositories'

/** What an admin can choose for "Authentication type", mapped to the simulator's registration types. */
export const AUTHENTICATION_TYPES: { value: AuthenticationType; label: string; short: string; needs: RepositoryField[] }[] = [
    { value: 'oauth', label: 'Basic authentication (ServiceNow OAuth API endpoint: Client ID and secret, Rest user)', short: 'Basic authentication (OAuth API endpoint)', needs: ['clientId', 'clientSecret', 'username', 'password'] },
    { value: 'basic', label: 'Basic authentication (Rest user name and password only)', short: 'Basic authentication (user name and password)', needs: ['username', 'password'] },
    { value: 'aad', label: 'AAD Auth', short: 'AAD Auth', needs: ['clientId', 'clientSecret', 'username', 'password'] },
]

type RepositoryField = 'repositoryId' | 'endpoint' | 'authenticationType' | 'clientId' | 'clientSecret' | 'refreshTokenExpiration' | 'username' | 'password' | 'instanceUrl'

const FIELD_LABELS: Record<RepositoryField, string> = {
    repositoryId: 'Repository',
    endpoint: 'Endpoint',
    authenticationType: 'Authentication type',
    clientId: 'Client ID',
    clientSecret: 'Client secret',
    refreshTokenExpiration: 'Refresh token expiration',
    username: 'Rest username',
    password: 'Rest user password',
    instanceUrl: 'Instance URL for oauth_token.do',
}

const SECRET_FIELDS = new Set<RepositoryField>(['clientSecret', 'password'])
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const DEFAULT_REFRESH_TOKEN_EXPIRATION = 864000

const NOTICES: Record<string, (repository: string) => string> = {
    'basic-saved': () => 'Basic information saved.',
    'repository-added': (r) => `Repository ${r} added.`,
    'repository-replaced': (r) => `Repository ${r} replaced (its previous settings and secrets are gone).`,
    'repository-removed': (r) => `Repository ${r} removed.`,
}

interface TenantView {
    domain: string
    tenantId: string
    integrationConfigured: boolean
    outboundAppId: string | null
    repositories: { repositoryId: string; endpoint: string; authenticationType: AuthenticationType; clientId: string | null; username: string | null }[]
}

interface PageInput {
    tenant?: TenantView
    tab: Tab
    errors?: string[]
    notice?: string
    /** Values to show in the form (never secrets). */
    basic?: { internalSupportTool: string; outboundAppId: string }
    repository?: Partial<Record<RepositoryField, string>>
    editing?: string
    invalid?: Set<string>
}

export function isAdminCenterPath(path: string): boolean {
    return path === ADMIN_CENTER_PATH || path.startsWith(`${ADMIN_CENTER_PATH}/`)
}

/** The RepositoryId schema of the contract (pattern, lengths) and its validator. */
function repositoryIdRule(contract: Contract) {
    const schema = contract.doc.components.schemas.RepositoryId as { pattern: string; minLength: number; maxLength: number }
    return { schema, validate: contract.schemaRef('RepositoryId') }
}
const rules = new WeakMap<Contract, ReturnType<typeof repositoryIdRule>>()

export function handleAdminCenter(deps: AdminCenterDeps, method: string, path: string, url: URL, rawBody: Buffer, contentType = ''): Reply {
    const sub = path.slice(ADMIN_CENTER_PATH.length).replace(/\/+$/, '')
    if (method === 'GET' && sub === '') return showPage(deps, url)
    if (method === 'POST' && ['/basic-information', '/repositories', '/repositories/remove'].includes(sub)) {
        if (!/application\/x-www-form-urlencoded/i.test(contentType)) return html(415, page(deps, { tab: 'basic', errors: ['Send the form as application/x-www-form-urlencoded.'] }))
        const form = new URLSearchParams(rawBody.toString('utf8'))
        if (sub === '/basic-information') return saveBasicInformation(deps, form)
        if (sub === '/repositories') return saveRepository(deps, form)
        return removeRepository(deps, form)
    }
    return html(404, page(deps, { tab: 'basic', errors: [`No admin center page at ${method} ${path}.`] }))
}

function tenants(deps: AdminCenterDeps): TenantView[] {
    return deps.control.state().tenants as TenantView[]
}

function findTenant(deps: AdminCenterDeps, key: string | null): TenantView | undefined {
    const all = tenants(deps)
    if (!key) return all[0]
    const k = key.toLowerCase()
    return all.find((t) => t.domain.toLowerCase() === k || t.tenantId === k)
}

function showPage(deps: AdminCenterDeps, url: URL): Reply {
    const q = url.searchParams
    const tab: Tab = q.get('tab') === 'repositories' ? 'repositories' : 'basic'
    const tenant = findTenant(deps, q.get('tenant'))
    if (!tenant) {
        const errors = q.get('tenant') ? [`Unknown tenant ${q.get('tenant')}.`] : ['The simulator has no tenants: add one with POST /_sim/configure {tenants:[{domain}]}.']
        return html(404, page(deps, { tab, errors }))
    }
    const noticeKind = q.get('notice') ?? ''
    const notice = NOTICES[noticeKind]?.(q.get('repository') ?? '')
    const edit = q.get('edit')
    const existing = edit ? tenant.repositories.find((r) => r.repositoryId === edit) : undefined
    const repository = existing ? { repositoryId: existing.repositoryId, endpoint: existing.endpoint, authenticationType: existing.authenticationType, clientId: existing.clientId ?? '', username: existing.username ?? '' } : undefined
    return html(200, page(deps, { tenant, tab, notice, repository, editing: existing?.repositoryId, errors: edit && !existing ? [`Repository ${edit} is not registered for ${tenant.domain}.`] : undefined }))
}

function redirect(tenant: TenantView, tab: Tab, notice: string, repository = ''): Reply {
    const q = new URLSearchParams({ tenant: tenant.domain, tab, notice })
    if (repository) q.set('repository', repository)
    return { status: 303, raw: '', headers: { Location: `${ADMIN_CENTER_PATH}/?${q}`, 'Content-Type': 'text/html; charset=utf-8' } }
}

function formTenant(deps: AdminCenterDeps, form: URLSearchParams, tab: Tab): TenantView | Reply {
    const key = (form.get('tenant') ?? '').trim()
    const tenant = key ? findTenant(deps, key) : undefined
    return tenant ?? html(400, page(deps, { tab, errors: [key ? `Unknown tenant ${key}.` : 'Choose a tenant.'] }))
}

function saveBasicInformation(deps: AdminCenterDeps, form: URLSearchParams): Reply {
    const tenant = formTenant(deps, form, 'basic')
    if ('status' in tenant) return tenant
    const tool = (form.get('internalSupportTool') ?? '').trim()
    const outboundAppId = (form.get('outboundAppId') ?? '').trim()
    const errors: string[] = []
    const invalid = new Set<string>()
    const fail = (field: string, message: string) => {
        errors.push(message)
        invalid.add(field)
    }
    if (tool !== 'ServiceNow' && tool !== '') fail('internalSupportTool', `Internal support tool must be ServiceNow or None, not "${tool}".`)
    if (tool === 'ServiceNow' && !outboundAppId) fail('outboundAppId', 'Application ID to issue Auth Token is required when the internal support tool is ServiceNow: enter the Outbound App ID from ServiceNow Setup.')
    else if (outboundAppId && !GUID.test(outboundAppId)) fail('outboundAppId', `Application ID to issue Auth Token must be an Azure AD application (client) ID such as 0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e01, not "${outboundAppId}".`)
    if (errors.length) return html(400, page(deps, { tenant, tab: 'basic', errors, invalid, basic: { internalSupportTool: tool, outboundAppId } }))
    deps.control.configure({ tenants: [{ domain: tenant.domain, integrationConfigured: tool === 'ServiceNow', outboundAppId: outboundAppId ? outboundAppId.toLowerCase() : tenant.outboundAppId }] })
    return redirect(tenant, 'basic', 'basic-saved')
}

function saveRepository(deps: AdminCenterDeps, form: URLSearchParams): Reply {
    const tenant = formTenant(deps, form, 'repositories')
    if ('status' in tenant) return tenant
    const value = (f: RepositoryField) => (SECRET_FIELDS.has(f) ? form.get(f) ?? '' : (form.get(f) ?? '').trim())
    const errors: string[] = []
    const invalid = new Set<string>()
    const fail = (field: RepositoryField, message: string) => {
        errors.push(message)
        invalid.add(field)
    }

    const repositoryId = value('repositoryId')
    const rule = rules.get(deps.contract) ?? repositoryIdRule(deps.contract)
    rules.set(deps.contract, rule)
    if (!repositoryId) fail('repositoryId', 'Repository is required: enter the Repository ID from ServiceNow Setup.')
    else if (!rule.validate(repositoryId)) fail('repositoryId', `Repository "${repositoryId}" is not a valid repository ID: ${rule.schema.minLength}–${rule.schema.maxLength} characters, letters, digits, ".", "-" and "_", starting with a letter or digit (pattern ${rule.schema.pattern}).`)

    const endpoint = value('endpoint')
    if (!endpoint) fail('endpoint', 'Endpoint is required: enter the Endpoint from ServiceNow Setup.')
    else if (!isHttpUrl(endpoint)) fail('endpoint', `Endpoint must be an http(s) URL such as https://dev1.service-now.com/api/x_mioms_m365_assis/v1/connector, not "${endpoint}".`)

    const typeValue = value('authenticationType')
    const type = AUTHENTICATION_TYPES.find((t) => t.value === typeValue)
    if (!type) fail('authenticationType', `Authentication type must be one of: ${AUTHENTICATION_TYPES.map((t) => t.label).join('; ')}.`)
    for (const f of type?.needs ?? []) if (!value(f)) fail(f, `${FIELD_LABELS[f]} is required for ${type?.label}.`)

    const expiration = value('refreshTokenExpiration')
    if (!/^[1-9][0-9]{0,9}$/.test(expiration)) fail('refreshTokenExpiration', `Refresh token expiration must be a whole number of seconds (ServiceNow Setup uses ${DEFAULT_REFRESH_TOKEN_EXPIRATION}), not "${expiration}".`)

    const instanceUrl = value('instanceUrl')
    if (instanceUrl && !isHttpUrl(instanceUrl)) fail('instanceUrl', `Instance URL must be an http(s) URL (or empty to use the endpoint's origin), not "${instanceUrl}".`)

    if (errors.length) {
        const shown = Object.fromEntries((Object.keys(FIELD_LABELS) as RepositoryField[]).filter((f) => !SECRET_FIELDS.has(f)).map((f) => [f, value(f)]))
        return html(400, page(deps, { tenant, tab: 'repositories', errors, invalid, repository: shown }))
    }
    const replaced = tenant.repositories.some((r) => r.repositoryId === repositoryId)
    const optional = (f: RepositoryField) => value(f) || undefined
    deps.control.configure({
        repositories: [
            {
                tenant: tenant.domain,
                repositoryId,
                endpoint,
                authenticationType: type!.value,
                clientId: optional('clientId'),
                clientSecret: optional('clientSecret'),
                username: optional('username'),
                password: optional('password'),
                instanceUrl: optional('instanceUrl'),
                refreshTokenExpirationSeconds: Number(expiration),
            },
        ],
    })
    return redirect(tenant, 'repositories', replaced ? 'repository-replaced' : 'repository-added', repositoryId)
}

function removeRepository(deps: AdminCenterDeps, form: URLSearchParams): Reply {
    const tenant = formTenant(deps, form, 'repositories')
    if ('status' in tenant) return tenant
    const repositoryId = (form.get('repositoryId') ?? '').trim()
    if (!tenant.repositories.some((r) => r.repositoryId === repositoryId)) {
        return html(404, page(deps, { tenant, tab: 'repositories', errors: [repositoryId ? `Repository ${repositoryId} is not registered for ${tenant.domain}.` : 'Choose a repository to remove.'] }))
    }
    deps.control.configure({ unregisterRepositories: [{ tenant: tenant.domain, repositoryId }] })
    return redirect(tenant, 'repositories', 'repository-removed', repositoryId)
}

function isHttpUrl(text: string): boolean {
    try {
        const u = new URL(text)
        return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname
    } catch {
        return false
    }
}

// ---------- rendering ----------

function html(status: number, body: string): Reply {
    return { status, raw: body, headers: { 'Content-Type': 'text/html; charset=utf-8' } }
}

export function escapeHtml(text: unknown): string {
    return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

const STYLE = `
body{font-family:"Segoe UI",system-ui,sans-serif;margin:0;background:#faf9f8;color:#201f1e;font-size:14px}
.sandbox-banner{background:#fff4ce;border-bottom:1px solid #e0c060;padding:8px 24px}
header{background:#0078d4;color:#fff;padding:10px 24px;font-size:16px;font-weight:600;display:flex;gap:12px;align-items:center}
header .tag{background:#fff;color:#0078d4;border-radius:3px;padding:1px 6px;font-size:12px}
main{padding:16px 24px;max-width:1200px}
.breadcrumb{color:#605e5c;margin:12px 24px 0}
h1{font-size:24px;font-weight:600;margin:8px 0 16px}
h2{font-size:18px;font-weight:600;margin:20px 0 8px}
.tabs{display:flex;gap:4px;border-bottom:1px solid #c8c6c4;margin:12px 0 16px}
.tabs a{padding:8px 14px;text-decoration:none;color:#201f1e}
.tabs a[aria-selected=true]{border-bottom:3px solid #0078d4;font-weight:600}
label{display:block;font-weight:600;margin:12px 0 4px}
input[type=text],input[type=password],input[type=url],input[type=number],select{width:100%;max-width:520px;padding:6px 8px;border:1px solid #8a8886;border-radius:2px;font:inherit;box-sizing:border-box}
[aria-invalid=true]{border-color:#a4262c!important;background:#fdf3f4}
.hint{color:#605e5c;margin:4px 0 0;font-size:12px}
button{background:#0078d4;color:#fff;border:0;border-radius:2px;padding:7px 18px;font:inherit;cursor:pointer;margin-top:16px}
button.secondary{background:#fff;color:#a4262c;border:1px solid #a4262c;margin:0;padding:3px 10px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #edebe9;vertical-align:top;overflow-wrap:break-word}
th,td.actions{white-space:nowrap}
td.wrap{overflow-wrap:anywhere}
#notice{background:#dff6dd;border:1px solid #107c10;padding:8px 12px;margin:8px 0}
#errors{background:#fde7e9;border:1px solid #a4262c;padding:8px 12px;margin:8px 0}
#errors ul{margin:4px 0 0 18px;padding:0}
.warning{background:#fff4ce;border:1px solid #c19c00;padding:8px 12px;margin:8px 0}
.card{background:#fff;border:1px solid #edebe9;padding:12px 16px;margin-bottom:16px}
.tenant-picker{display:flex;gap:8px;align-items:end}
.tenant-picker button{margin-top:0}
`

function page(deps: AdminCenterDeps, input: PageInput): string {
    const all = tenants(deps)
    const t = input.tenant
    const tabLink = (tab: Tab, id: string, label: string) =>
        `<a role="tab" id="${id}" aria-selected="${input.tab === tab}" href="${ADMIN_CENTER_PATH}/?${escapeHtml(new URLSearchParams({ tenant: t?.domain ?? '', tab }).toString())}">${label}</a>`
    const errors = input.errors?.length ? `<div id="errors" role="alert"><strong>Not saved. Fix the following:</strong><ul>${input.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul></div>` : ''
    const notice = input.notice ? `<div id="notice" role="status">${escapeHtml(input.notice)}</div>` : ''
    const picker = `<form method="get" action="${ADMIN_CENTER_PATH}/" class="tenant-picker" id="tenant-picker">
<div><label for="tenant">Tenant</label><select id="tenant" name="tenant">${all.map((x) => `<option value="${escapeHtml(x.domain)}"${x.domain === t?.domain ? ' selected' : ''}>${escapeHtml(x.domain)} (${escapeHtml(x.tenantId)})</option>`).join('')}</select></div>
<input type="hidden" name="tab" value="${input.tab}"><button type="submit" id="tenant-switch">Switch tenant</button></form>`
    const body = t ? `${picker}
<h2>Support integration</h2>
<p class="hint">Connects this tenant's Microsoft support to your internal support tool. Enter the values from ServiceNow Setup's "Complete the integration" step.</p>
<nav class="tabs" role="tablist">${tabLink('basic', 'tab-basic', 'Basic information')}${tabLink('repositories', 'tab-repositories', 'Repositories')}</nav>
${notice}${errors}
${input.tab === 'basic' ? basicTab(deps, t, input) : repositoriesTab(t, input)}` : `${all.length ? picker : ''}${notice}${errors}`
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Organization profiles – Microsoft 365 admin center (sandbox simulator)</title><style>${STYLE}</style></head>
<body>
<div class="sandbox-banner" id="sandbox-banner" role="note"><strong>Sandbox stand-in for Microsoft 365 admin center.</strong> Served by the local Microsoft simulator (sandbox/microsoft); nothing here reaches Microsoft. Saving changes the simulator's state exactly as <code>POST /_sim/configure</code> does.</div>
<header><span>Microsoft 365 admin center</span><span class="tag">simulated</span></header>
<div class="breadcrumb">Settings › Org settings › Organization profiles</div>
<main>
<h1>Organization profiles</h1>
${body}
</main></body></html>
`
}

function attrs(input: PageInput, field: string): string {
    return input.invalid?.has(field) ? ' aria-invalid="true"' : ''
}

function basicTab(deps: AdminCenterDeps, t: TenantView, input: PageInput): string {
    const tool = input.basic?.internalSupportTool ?? (t.integrationConfigured ? 'ServiceNow' : '')
    const appId = input.basic?.outboundAppId ?? t.outboundAppId ?? ''
    const apps = deps.control.state().apps as { clientId: string; tenantId: string }[]
    const known = !t.outboundAppId || apps.some((a) => a.clientId.toLowerCase() === t.outboundAppId?.toLowerCase() && a.tenantId === t.tenantId)
    const warning = known ? '' : `<div class="warning" id="basic-warning">No Azure AD app ${escapeHtml(t.outboundAppId)} is registered in ${escapeHtml(t.domain)} in this simulator: the connector refuses tokens until one is (POST /_sim/configure {apps}).</div>`
    return `<div class="card"><form method="post" action="${ADMIN_CENTER_PATH}/basic-information" id="basic-form">
<input type="hidden" name="tenant" value="${escapeHtml(t.domain)}">
<label for="internal-support-tool">Internal support tool</label>
<select id="internal-support-tool" name="internalSupportTool"${attrs(input, 'internalSupportTool')}><option value=""${tool === '' ? ' selected' : ''}>None</option><option value="ServiceNow"${tool === 'ServiceNow' ? ' selected' : ''}>ServiceNow</option></select>
<label for="outbound-app-id">Application ID to issue Auth Token</label>
<input type="text" id="outbound-app-id" name="outboundAppId" value="${escapeHtml(appId)}" autocomplete="off" spellcheck="false"${attrs(input, 'outboundAppId')}>
<p class="hint">The client ID of the outbound Azure AD app: "Outbound App ID" in ServiceNow Setup.</p>
<button type="submit" id="basic-save">Save</button>
</form>${warning}
<p class="hint">Now: internal support tool <strong id="current-tool">${t.integrationConfigured ? 'ServiceNow' : 'None'}</strong>, application ID <strong id="current-app-id">${escapeHtml(t.outboundAppId ?? '(none)')}</strong>.</p></div>`
}

function repositoriesTab(t: TenantView, input: PageInput): string {
    const typeLabel = (v: string) => AUTHENTICATION_TYPES.find((x) => x.value === v)?.short ?? v
    const rows = t.repositories
        .map((r) => {
            const id = escapeHtml(r.repositoryId)
            const edit = `${ADMIN_CENTER_PATH}/?${escapeHtml(new URLSearchParams({ tenant: t.domain, tab: 'repositories', edit: r.repositoryId }).toString())}`
            return `<tr data-repository="${id}"><td>${id}</td><td class="wrap">${escapeHtml(r.endpoint)}</td><td data-auth="${escapeHtml(r.authenticationType)}">${escapeHtml(typeLabel(r.authenticationType))}</td><td class="wrap">${escapeHtml(r.clientId ?? '')}</td><td>${escapeHtml(r.username ?? '')}</td>
<td class="actions"><a href="${edit}" data-edit="${id}">Edit</a> <form method="post" action="${ADMIN_CENTER_PATH}/repositories/remove" style="display:inline"><input type="hidden" name="tenant" value="${escapeHtml(t.domain)}"><input type="hidden" name="repositoryId" value="${id}"><button type="submit" class="secondary" data-remove="${id}">Remove</button></form></td></tr>`
        })
        .join('\n')
    const table = t.repositories.length
        ? `<table id="repositories"><thead><tr><th>Repository</th><th>Endpoint</th><th>Authentication type</th><th>Client ID</th><th>Rest username</th><th></th></tr></thead><tbody>${rows}</tbody></table>`
        : `<p id="repositories-empty">No repositories registered for ${escapeHtml(t.domain)}.</p>`
    const v = input.repository ?? {}
    const val = (f: RepositoryField) => escapeHtml(v[f] ?? '')
    const type = v.authenticationType ?? 'oauth'
    const text = (f: RepositoryField, id: string, hint: string) =>
        `<label for="${id}">${FIELD_LABELS[f]}</label><input type="text" id="${id}" name="${f}" value="${f === 'refreshTokenExpiration' ? escapeHtml(v[f] ?? String(DEFAULT_REFRESH_TOKEN_EXPIRATION)) : val(f)}" autocomplete="off" spellcheck="false"${attrs(input, f)}>${hint ? `<p class="hint">${hint}</p>` : ''}`
    const secret = (f: RepositoryField, id: string, hint: string) =>
        `<label for="${id}">${FIELD_LABELS[f]}</label><input type="password" id="${id}" name="${f}" value="" autocomplete="new-password"${attrs(input, f)}><p class="hint">${hint}</p>`
    return `<div class="card">${table}</div>
<div class="card"><h2 id="repository-form-title">${input.editing ? `Edit repository ${escapeHtml(input.editing)}` : 'Add a repository'}</h2>
<p class="hint">Saving a Repository ID that is already registered replaces it, secrets included: enter them again. Secrets are never shown.</p>
<form method="post" action="${ADMIN_CENTER_PATH}/repositories" id="repository-form">
<input type="hidden" name="tenant" value="${escapeHtml(t.domain)}">
${text('repositoryId', 'repository-id', 'The Repository ID from ServiceNow Setup.')}
${text('endpoint', 'endpoint', 'The Endpoint from ServiceNow Setup (the app\'s inbound REST base URL).')}
<label for="authentication-type">Authentication type</label>
<select id="authentication-type" name="authenticationType"${attrs(input, 'authenticationType')}>${AUTHENTICATION_TYPES.map((a) => `<option value="${a.value}"${a.value === type ? ' selected' : ''}>${escapeHtml(a.label)}</option>`).join('')}</select>
<p class="hint">Setup's Basic authentication mode: the first choice. Azure AD (AAD) OAuth token mode: AAD Auth.</p>
${text('clientId', 'client-id', 'Basic: the Client ID of the ServiceNow OAuth API endpoint. AAD: the inbound REST API app\'s client ID.')}
${secret('clientSecret', 'client-secret', 'Basic: the secret of the ServiceNow OAuth API endpoint. AAD: the inbound REST API app\'s client secret.')}
${text('refreshTokenExpiration', 'refresh-token-expiration', 'Seconds. ServiceNow Setup uses 864000.')}
${text('username', 'rest-username', 'Basic: the integration user\'s user name. AAD: the REST user app\'s client ID.')}
${secret('password', 'rest-password', 'Basic: the integration user\'s password. AAD: the REST user app\'s client secret.')}
${text('instanceUrl', 'instance-url', 'Sandbox extra, optional: where oauth_token.do is; empty = the endpoint\'s origin.')}
<button type="submit" id="repository-save">Save repository</button>
</form></div>`
}
