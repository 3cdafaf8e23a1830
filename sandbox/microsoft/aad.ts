// login.microsoftonline.com: client-credentials tokens (v1 and v2), OIDC discovery, JWKS.
import { randomUUID } from 'node:crypto'
import { signJwt, stableGuid } from './jwt'
import type { AppRegistration, TenantConfig } from './store'
import { GRAPH_APP_ID, GRAPH_RESOURCE, type Handler, type Reply, type RequestContext, type Sim } from './types'

function aadError(status: number, error: string, code: number, description: string, sim: Sim): Reply {
    const traceId = randomUUID()
    const correlationId = randomUUID()
    const timestamp = sim.now().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z')
    return {
        status,
        body: {
            error,
            error_description: `AADSTS${code}: ${description}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
            error_codes: [code],
            timestamp,
            trace_id: traceId,
            correlation_id: correlationId,
            error_uri: `https://login.microsoftonline.com/error?code=${code}`,
        },
    }
}

const unknownTenant = (name: string, sim: Sim) =>
    aadError(400, 'invalid_request', 90002, `Tenant '${name}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`, sim)

/** Resolves a v1 resource / v2 scope base to the token audience, or undefined when AAD knows no such resource. */
function audienceFor(resource: string, version: 1 | 2, sim: Sim): string | undefined {
    const r = resource.replace(/\/+$/, '')
    if (r === sim.options.connectorAudience.replace(/\/+$/, '')) return sim.options.connectorAudience
    if (r === GRAPH_RESOURCE || r === GRAPH_APP_ID) return version === 1 ? GRAPH_RESOURCE : GRAPH_APP_ID
    const appId = r.startsWith('api://') ? r.slice(6) : r
    if (sim.store.apps.has(appId)) return r
    return undefined
}

/** Why Azure AD refuses a client's credentials: the status, `error`, AADSTS code and description it answers. */
export interface ClientRefusal {
    status: number
    error: string
    code: number
    description: string
}

/**
 * The client-credentials check Azure AD makes (codes from
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes): 700016 unknown app
 * in the tenant, 7000218 no secret, 7000215 a wrong secret, 7000222 an expired secret (its text as
 * public sign-in logs show it, e.g. https://github.com/Azure/azureml-examples/actions/runs/5420647507).
 */
export function checkClient(sim: Sim, tenant: TenantConfig, clientId: string, clientSecret: string | undefined): { app: AppRegistration } | { refused: ClientRefusal } {
    const app = sim.store.apps.get(clientId)
    if (!app || app.tenantId !== tenant.tenantId) {
        return { refused: { status: 400, error: 'unauthorized_client', code: 700016, description: `Application with identifier '${clientId}' was not found in the directory '${tenant.domain}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.` } }
    }
    if (!clientSecret) return { refused: { status: 401, error: 'invalid_client', code: 7000218, description: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'." } }
    if (clientSecret !== app.clientSecret) {
        return { refused: { status: 401, error: 'invalid_client', code: 7000215, description: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.` } }
    }
    if (app.secretExpiresDateTime && Date.parse(app.secretExpiresDateTime) <= sim.now().getTime()) {
        return { refused: { status: 401, error: 'invalid_client', code: 7000222, description: `The provided client secret keys for app '${clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.` } }
    }
    return { app }
}

/** Any app token, e.g. the one the support agent presents to the instance in AAD mode. */
export function issueAppToken(sim: Sim, appId: string, audience: string, tenant?: TenantConfig, roles: string[] = []): string {
    const t = tenant ?? [...sim.store.tenants.values()][0]
    if (!t) throw new Error('No tenant configured')
    const now = Math.floor(sim.now().getTime() / 1000)
    const claims: Record<string, unknown> = {
        aud: audience,
        iss: `https://sts.windows.net/${t.tenantId}/`,
        iat: now,
        nbf: now,
        exp: now + sim.options.tokenLifetimeSeconds,
        aio: 'sim',
        appid: appId,
        appidacr: '1',
        idp: `https://sts.windows.net/${t.tenantId}/`,
        oid: stableGuid(`sp:${appId}`),
        sub: stableGuid(`sp:${appId}`),
        tid: t.tenantId,
        uti: randomUUID().replace(/-/g, '').slice(0, 22),
        ver: '1.0',
    }
    if (roles.length) claims.roles = roles
    return signJwt(claims, sim.key)
}

export function tokenHandler(version: 1 | 2): Handler {
    return (ctx: RequestContext, sim: Sim): Reply => {
        ctx.note.operation = version === 1 ? 'aadTokenV1' : 'aadTokenV2'
        const tenant = sim.store.findTenant(ctx.params.tenant)
        if (!tenant) return unknownTenant(ctx.params.tenant, sim)
        if (!String(ctx.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
            return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.", sim)
        }
        const form = new URLSearchParams(ctx.rawBody.toString('utf8'))
        let clientId = form.get('client_id') ?? undefined
        let clientSecret = form.get('client_secret') ?? undefined
        const basic = /^Basic (.+)$/i.exec(String(ctx.headers.authorization ?? ''))
        if (basic) {
            const [id, ...rest] = Buffer.from(basic[1], 'base64').toString('utf8').split(':')
            clientId = decodeURIComponent(id)
            clientSecret = decodeURIComponent(rest.join(':'))
        }
        const grant = form.get('grant_type')
        if (!grant) return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.", sim)
        if (grant !== 'client_credentials') return aadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'.`, sim)
        if (!clientId) return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.", sim)
        ctx.note.appId = clientId
        const client = checkClient(sim, tenant, clientId, clientSecret)
        if ('refused' in client) return aadError(client.refused.status, client.refused.error, client.refused.code, client.refused.description, sim)
        const app = client.app
        let resource: string
        if (version === 1) {
            const r = form.get('resource')
            if (!r) return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'resource'.", sim)
            resource = r
        } else {
            const scope = form.get('scope')
            if (!scope) return aadError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.", sim)
            if (!scope.endsWith('/.default')) return aadError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`, sim)
            resource = scope.slice(0, -'/.default'.length)
        }
        const aud = audienceFor(resource, version, sim)
        if (!aud) {
            return aadError(400, 'invalid_resource', 500011, `The resource principal named ${resource} was not found in the tenant named ${tenant.domain}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`, sim)
        }
        const isGraph = aud === GRAPH_RESOURCE || aud === GRAPH_APP_ID
        const token = issueAppToken(sim, app.clientId, aud, tenant, isGraph ? app.roles : [])
        const lifetime = sim.options.tokenLifetimeSeconds
        if (version === 2) return { status: 200, body: { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: token } }
        // v1 answers numbers as strings, as AAD does.
        const now = Math.floor(sim.now().getTime() / 1000)
        return {
            status: 200,
            body: {
                token_type: 'Bearer',
                expires_in: String(lifetime),
                ext_expires_in: String(lifetime),
                expires_on: String(now + lifetime),
                not_before: String(now),
                resource,
                access_token: token,
            },
        }
    }
}

export function discoveryHandler(version: 1 | 2): Handler {
    return (ctx, sim) => {
        ctx.note.operation = version === 1 ? 'openidConfiguration' : 'openidConfigurationV2'
        const tenant = sim.store.findTenant(ctx.params.tenant)
        if (!tenant) return unknownTenant(ctx.params.tenant, sim)
        const base = sim.url()
        const tid = tenant.tenantId
        const common = {
            token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
            response_modes_supported: ['query', 'fragment', 'form_post'],
            subject_types_supported: ['pairwise'],
            id_token_signing_alg_values_supported: ['RS256'],
            response_types_supported: ['code', 'id_token', 'code id_token', 'token id_token', 'token'],
            scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
            claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'tid', 'appid', 'oid'],
            tenant_region_scope: 'NA',
            cloud_instance_name: 'microsoftonline.com',
        }
        const body =
            version === 1
                ? {
                      ...common,
                      token_endpoint: `${base}/${tid}/oauth2/token`,
                      jwks_uri: `${base}/common/discovery/keys`,
                      issuer: `https://sts.windows.net/${tid}/`,
                      authorization_endpoint: `${base}/${tid}/oauth2/authorize`,
                      end_session_endpoint: `${base}/${tid}/oauth2/logout`,
                  }
                : {
                      ...common,
                      token_endpoint: `${base}/${tid}/oauth2/v2.0/token`,
                      jwks_uri: `${base}/${tid}/discovery/v2.0/keys`,
                      issuer: `https://login.microsoftonline.com/${tid}/v2.0`,
                      authorization_endpoint: `${base}/${tid}/oauth2/v2.0/authorize`,
                      end_session_endpoint: `${base}/${tid}/oauth2/v2.0/logout`,
                  }
        return { status: 200, body }
    }
}

export const jwksHandler: Handler = (ctx, sim) => {
    ctx.note.operation = 'jwks'
    return { status: 200, body: { keys: [sim.key.jwk] } }
}
