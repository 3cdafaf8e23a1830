/**
 * sn_auth.GlideOAuthClient, GlideOAuthClientRequest, GlideOAuthClientResponse, GlideOAuthToken —
 * docs: "GlideOAuthClient - Scoped, Global", "GlideOAuthClientRequest - Scoped, Global",
 * "GlideOAuthClientResponse - Scoped, Global", "GlideOAuthToken - Scoped, Global"
 * (https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideOAuthClient.html and siblings).
 *
 * Supported: requestTokenByRequest(clientName, request) and requestToken(clientName, request |
 * jsonString) for the client_credentials grant. clientName is the OAuth provider's name
 * (oauth_entity.name, the docs' "client name"); the request runs with the provider's default
 * profile (oauth_entity_profile.is_default) through the same token code as RESTMessageV2
 * (oauth.ts: the OAuth API script, the outbound log, the oauth_credential token store), but always
 * asks the token endpoint (a request, not the cache). setScope overrides the profile's scopes
 * ("only needed if not already defined in the OAuth provider"); setParameter adds a parameter.
 *
 * Documented return types are kept: getResponseCode() is a String (the 27.0.5 type declarations
 * say number), getResponseParameters() a Java-style map (get, containsKey, keySet), getToken()
 * null without a token, getExpiresIn() a number (seconds). Undocumented, strict (fidelity.ts):
 *  - the error message text: a neutral "OAuth token request failed" (no endpoint detail);
 *  - oauthClientErrorParameters: on a failed request getResponseParameters() is empty (strict);
 *  - oauthClientUnreachable: a token endpoint that does not answer makes the call throw (strict);
 *  - a provider name that is unknown, inactive, not unique or without a default profile: a
 *    response with an empty code and an error message (no request is sent).
 * Not emulated (calling them throws): getToken(requestor, profile), revokeToken, the
 * authorization-code and password grants, JWT configuration, MID servers.
 */
import { currentPlatform } from '../current'
import { allOf, term } from '../store/semantics'
import type { Row } from '../store/types'
import { ParameterMap } from './oauthApiScript'
import { requestAccessToken, TokenExchange } from './oauth'

const DEFAULT_TIMEOUT_MS = 175_000
/** The emulation's undocumented error text: deliberately carries no detail from the endpoint. */
const FAILED = 'OAuth token request failed'

const JAVA_FAILURE: Record<string, string> = {
    ECONNREFUSED: 'java.net.ConnectException: Connection refused (Connection refused)',
    ETIMEDOUT: 'java.net.SocketTimeoutException: Read timed out',
}

export class GlideOAuthToken {
    constructor(
        private readonly accessToken: string,
        private readonly expiresIn: number,
        private readonly scope: string,
        private readonly credentialId: string,
    ) {}

    getAccessToken(): string {
        return this.accessToken
    }

    /** docs: lifespan of the token, seconds (Number). */
    getExpiresIn(): number {
        return this.expiresIn
    }

    getScope(): string {
        return this.scope
    }

    /** Client credentials issue no refresh token. */
    getRefreshToken(): string {
        return ''
    }

    /** docs (deprecated): sys_id of the stored access token (oauth_credential). */
    getAccessTokenSysID(): string {
        return this.credentialId
    }

    getRefreshTokenSysID(): string {
        return ''
    }
}

export class GlideOAuthClientRequest {
    private grantType = ''
    private scope: string | null = null
    private readonly parameters: [string, string][] = []
    private readonly headers: [string, string][] = []

    getGrantType(): string {
        return this.grantType
    }

    /** docs: only needed when the OAuth provider profile does not define it. */
    setGrantType(grantType: string): void {
        this.grantType = String(grantType ?? '')
    }

    getScope(): string {
        return this.scope ?? ''
    }

    /** docs: only needed when the OAuth provider does not define it; null keeps the provider's. */
    setScope(scope: string | null): void {
        this.scope = scope === null || scope === undefined ? null : String(scope)
    }

    getParameter(name: string): string {
        return this.parameters.find(([n]) => n === name)?.[1] ?? ''
    }

    setParameter(name: string, value: string): void {
        this.parameters.push([String(name), String(value)])
    }

    getHeader(name: string): string {
        return this.headers.find(([n]) => n.toLowerCase() === String(name).toLowerCase())?.[1] ?? ''
    }

    setHeader(name: string, value: string): void {
        this.headers.push([String(name), String(value)])
    }

    /** The docs' spelling of setHeader. */
    setHead(name: string, value: string): void {
        this.setHeader(name, value)
    }

    /** The password grant is not emulated: setting a user name or password makes the request fail loudly. */
    setUserName(userName: string): void {
        void userName
        throw new Error('GlideOAuthClientRequest.setUserName: the password grant is not emulated')
    }

    setPassword(password: string): void {
        void password
        throw new Error('GlideOAuthClientRequest.setPassword: the password grant is not emulated')
    }

    setRefreshToken(refreshToken: string): void {
        void refreshToken
        throw new Error('GlideOAuthClientRequest.setRefreshToken: the refresh_token grant is not emulated')
    }

    /** For the emulation: the request's scope (null: the provider's) and extra parameters. */
    _options(): { scope: string | null; parameters: [string, string][] } {
        return { scope: this.scope, parameters: [...this.parameters] }
    }
}

export class GlideOAuthClientResponse {
    constructor(
        private readonly code: string,
        private readonly body: string,
        private readonly contentType: string,
        private readonly errorMessage: string,
        private readonly parameters: ParameterMap,
        private readonly token: GlideOAuthToken | null,
    ) {}

    /** docs: the HTTP response code from the OAuth provider, a String ('' when none arrived). */
    getResponseCode(): string {
        return this.code
    }

    getBody(): string {
        return this.body
    }

    getContentType(): string {
        return this.contentType
    }

    getErrorMessage(): string {
        return this.errorMessage
    }

    /** docs: MapString, the response content. */
    getResponseParameters(): ParameterMap {
        return this.parameters
    }

    /** docs: the GlideOAuthToken; null when no token was obtained. */
    getToken(): GlideOAuthToken | null {
        return this.token
    }
}

function failed(message: string): GlideOAuthClientResponse {
    return new GlideOAuthClientResponse('', '', '', message, new ParameterMap(), null)
}

/** The error fields of a JSON error body, as OAuthUtil's postprocessAccessToken would map them. */
function bodyParameters(body: string, contentType: string): ParameterMap {
    const map = new ParameterMap()
    if (contentType.indexOf('application/json') < 0) return map
    try {
        const parsed = JSON.parse(body) as Record<string, unknown>
        for (const [k, v] of Object.entries(parsed)) if (v !== null && v !== undefined) map.put(k, typeof v === 'object' ? JSON.stringify(v) : String(v))
    } catch {
        // not JSON
    }
    return map
}

export class GlideOAuthClient {
    /** docs: requestToken(clientName, jsonString); the docs' examples also pass a GlideOAuthClientRequest. */
    requestToken(clientName: string, request: string | GlideOAuthClientRequest): GlideOAuthClientResponse {
        if (request instanceof GlideOAuthClientRequest) return this.requestTokenByRequest(clientName, request)
        const parsed = JSON.parse(String(request ?? '{}')) as Record<string, unknown>
        const built = new GlideOAuthClientRequest()
        for (const [k, v] of Object.entries(parsed)) {
            if (k === 'grant_type') built.setGrantType(String(v))
            else if (k === 'scope') built.setScope(v === null ? null : String(v))
            else built.setParameter(k, String(v))
        }
        return this.requestTokenByRequest(clientName, built)
    }

    requestTokenByRequest(clientName: string, request: GlideOAuthClientRequest): GlideOAuthClientResponse {
        const platform = currentPlatform()
        const entities = platform.store.query('oauth_entity', { where: allOf([term('name', '=', String(clientName ?? '')), term('active', '!=', 'false')]) })
        if (entities.length === 0) return failed(`OAuth provider '${clientName}' not found`)
        if (entities.length > 1) return failed(`OAuth provider name '${clientName}' is not unique`)
        const entity = entities[0]
        const profile = defaultProfile(entity)
        if (!profile) return failed(`OAuth provider '${clientName}' has no default profile`)
        const grant = request.getGrantType() || profile.grant_type || entity.default_grant_type || ''
        if (grant !== 'client_credentials') throw new Error(`GlideOAuthClient: the ${grant || 'unset'} grant is not emulated`)
        const { scope, parameters } = request._options()
        const timeoutMs = Number(platform.getProperty('glide.http.timeout') ?? DEFAULT_TIMEOUT_MS)
        return toResponse(requestAccessToken(platform, entity, profile, { timeoutMs, scope: scope ?? undefined, parameters }), scope)
    }

    getToken(): never {
        throw new Error('GlideOAuthClient.getToken(requestor, profile) is not emulated')
    }

    revokeToken(): never {
        throw new Error('GlideOAuthClient.revokeToken is not emulated')
    }
}

function defaultProfile(entity: Row): Row | undefined {
    const platform = currentPlatform()
    return platform.store.query('oauth_entity_profile', {
        where: allOf([term('oauth_entity', '=', entity.sys_id!), term('is_default', '=', 'true')]),
        limit: 1,
    })[0]
}

function toResponse(exchange: TokenExchange, scope: string | null): GlideOAuthClientResponse {
    const platform = currentPlatform()
    switch (exchange.kind) {
        case 'token': {
            const token = new GlideOAuthToken(exchange.token, exchange.expiresIn, exchange.params.get('scope') ?? scope ?? '', exchange.credentialId)
            return new GlideOAuthClientResponse(String(exchange.status), exchange.body, exchange.contentType, '', exchange.params, token)
        }
        case 'refused': {
            const lenient = platform.fidelity.oauthClientErrorParameters === 'lenient'
            const params = lenient ? bodyParameters(exchange.body, exchange.contentType) : new ParameterMap()
            return new GlideOAuthClientResponse(String(exchange.status), exchange.body, exchange.contentType, FAILED, params, null)
        }
        case 'no_token':
            return new GlideOAuthClientResponse(String(exchange.status), exchange.body, exchange.contentType, FAILED, exchange.params, null)
        case 'script_failed':
            return failed(FAILED)
        case 'no_response': {
            const text = JAVA_FAILURE[exchange.error?.code ?? ''] ?? `java.io.IOException: ${exchange.message}`
            if (platform.fidelity.oauthClientUnreachable === 'strict') throw new Error(text)
            return failed(text)
        }
    }
}
