/**
 * OAuth 2.0 client credentials for RESTMessageV2.setAuthenticationProfile('oauth2', profileId) —
 * docs: "OAuth 2.0 credentials for outbound REST", "Configure a REST message with OAuth".
 * Tables read: oauth_entity_profile (oauth_entity, grant_type), oauth_entity (client_id,
 * client_secret — a password2 field on the instance, stored as-is here — token_url,
 * default_grant_type), oauth_entity_profile_scope (oauth_entity_profile, oauth_entity_scope) →
 * oauth_entity_scope (oauth_entity_scope = the scope text).
 * The token request is a form POST of grant_type, client_id, client_secret and scope (when
 * configured). When the entity has an OAuth API script (oauth_entity.oauth_api_script →
 * sys_script_include, a class extending global.OAuthUtil), its interceptRequestParameters /
 * preprocessAccessToken may change those parameters first (e.g. add AAD v1's `resource`) and its
 * parseTokenResponse / postprocessAccessToken reads the answer — see oauthApiScript.ts. A script
 * that cannot be loaded or throws fails the token request (no request is sent).
 * The token is cached in oauth_credential (peer = oauth_entity, oauth_entity_profile, type
 * access_token, token, expires) per entity AND profile — two profiles of one entity (other
 * scopes, other resource) never share a token — and reused until it expires, like the
 * instance's token store. Only the client_credentials grant is emulated.
 */
import type { Platform } from '../platform'
import type { Row } from '../store/types'
import { allOf, term } from '../store/semantics'
import { formatGlideDateTime } from '../time'
import { sendAndLog } from './outboundLog'
import { AccessTokenResponse, loadOAuthApiScript, OAuthScriptInstance, ParameterMap } from './oauthApiScript'

export type TokenOutcome = { token: string } | { failure: { status: number; message: string; error?: { code: string; message: string } } }

const DEFAULT_LIFETIME_SECONDS = 3600

function configuredScopes(platform: Platform, profileId: string): string[] {
    return platform.store
        .query('oauth_entity_profile_scope', { where: term('oauth_entity_profile', '=', profileId) })
        .map((link) => (link.oauth_entity_scope ? platform.store.get('oauth_entity_scope', link.oauth_entity_scope) : undefined))
        .map((scope) => scope?.oauth_entity_scope ?? scope?.name)
        .filter((s): s is string => !!s)
}

function cachedToken(platform: Platform, entityId: string, profileId: string): string | undefined {
    return (
        platform.store.query('oauth_credential', {
            where: allOf([
                term('peer', '=', entityId),
                term('oauth_entity_profile', '=', profileId),
                term('type', '=', 'access_token'),
                term('expires', '>', platform.nowValue()),
            ]),
            orderBy: [{ field: 'expires', descending: true }],
            limit: 1,
        })[0]?.token ?? undefined
    )
}

function storeToken(platform: Platform, entityId: string, profileId: string, token: string, lifetimeSeconds: number): string {
    const stale = platform.store.query('oauth_credential', {
        where: allOf([term('peer', '=', entityId), term('oauth_entity_profile', '=', profileId), term('type', '=', 'access_token')]),
    })
    for (const row of stale) platform.store.delete('oauth_credential', row.sys_id!)
    return platform.insertRow('oauth_credential', {
        peer: entityId,
        oauth_entity_profile: profileId,
        type: 'access_token',
        token,
        expires: formatGlideDateTime(platform.now() + lifetimeSeconds * 1000),
    })
}

function oauthProblem(body: string): string {
    try {
        const parsed = JSON.parse(body) as { error?: unknown; error_description?: unknown }
        if (typeof parsed.error !== 'string') return ''
        const description = typeof parsed.error_description === 'string' ? parsed.error_description.split(/\r?\n/)[0] : ''
        return ` (OAuthProblemException error='${parsed.error}', description='${description}')`
    } catch {
        return ''
    }
}

function failure(status: number, profileName: string, why: string): { failure: { status: number; message: string } } {
    return { failure: { status, message: `OAuth access token could not be obtained for profile ${profileName}: ${why}` } }
}

export function obtainAccessToken(platform: Platform, profileId: string, timeoutMs: number): TokenOutcome {
    const profile = platform.store.get('oauth_entity_profile', profileId)
    const entity = profile?.oauth_entity ? platform.store.get('oauth_entity', profile.oauth_entity) : undefined
    if (!profile || !entity) return { failure: { status: 401, message: `OAuth profile ${profileId} not found` } }
    const profileName = profile.name ?? profileId
    const cached = cachedToken(platform, entity.sys_id!, profileId)
    if (cached) return { token: cached }
    const exchange = requestAccessToken(platform, entity, profile, { timeoutMs })
    switch (exchange.kind) {
        case 'token':
            return { token: exchange.token }
        case 'no_response':
            return { failure: { ...failure(0, profileName, exchange.message).failure, error: exchange.error } }
        case 'script_failed':
            return failure(401, profileName, 'the OAuth API script failed')
        case 'refused':
            // The instance reports the token endpoint's OAuth error as an OAuthProblemException
            // (error + description) in its log and error message; the first line of AAD's description
            // carries the AADSTS code that says what to fix.
            return failure(401, profileName, `token endpoint returned HTTP ${exchange.status}${oauthProblem(exchange.body)}`)
        case 'no_token':
            return failure(401, profileName, 'the token response holds no access_token')
    }
}

/** What one token request came to (requestAccessToken). */
export type TokenExchange =
    | { kind: 'token'; token: string; expiresIn: number; credentialId: string; status: number; body: string; contentType: string; params: ParameterMap }
    | { kind: 'refused'; status: number; body: string; contentType: string }
    | { kind: 'no_token'; status: number; body: string; contentType: string; params: ParameterMap }
    | { kind: 'no_response'; message: string; error?: { code: string; message: string } }
    | { kind: 'script_failed'; message: string }

export interface TokenRequestOptions {
    timeoutMs: number
    /** Overrides the profile's scopes (GlideOAuthClientRequest.setScope). */
    scope?: string
    /** Extra request parameters (GlideOAuthClientRequest.setParameter), before the OAuth API script runs. */
    parameters?: [string, string][]
}

/**
 * One client-credentials request to the entity's token endpoint, never from the cache: the OAuth
 * API script may change the parameters and reads the answer; a token obtained is stored in
 * oauth_credential (the instance's token store) for the entity and profile.
 */
export function requestAccessToken(platform: Platform, entity: Row, profile: Row, options: TokenRequestOptions): TokenExchange {
    const entityId = entity.sys_id!
    const profileId = profile.sys_id!
    const grant = profile.grant_type ?? entity.default_grant_type ?? 'client_credentials'
    if (grant !== 'client_credentials') throw new Error(`OAuth grant type ${grant} is not emulated`)
    const params = new ParameterMap([
        ['grant_type', 'client_credentials'],
        ['client_id', entity.client_id ?? ''],
        ['client_secret', entity.client_secret ?? ''],
    ])
    const scope = options.scope ?? configuredScopes(platform, profileId).join(' ')
    if (scope) params.put('scope', scope)
    for (const [name, value] of options.parameters ?? []) params.put(name, value)

    let script: OAuthScriptInstance | undefined
    if (entity.oauth_api_script) {
        try {
            script = loadOAuthApiScript(platform.store.get('sys_script_include', entity.oauth_api_script), profileId)
            script.interceptRequestParameters(params)
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error)
            platform.log('error', `OAuth API script of ${entity.name ?? entityId}: ${message}`, 'OAuth')
            return { kind: 'script_failed', message }
        }
    }
    const res = sendAndLog(
        platform,
        {
            url: entity.token_url ?? '',
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body: new URLSearchParams(params.toEntries()).toString(),
            timeoutMs: options.timeoutMs,
        },
        'oauth_token',
    )
    if (res.status === 0) return { kind: 'no_response', message: res.error?.message ?? 'no response', error: res.error }
    const contentType = res.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? ''
    if (res.status !== 200) return { kind: 'refused', status: res.status, body: res.body, contentType }
    const answer = parseAnswer(res.body, contentType, res.status, script)
    if ('error' in answer) {
        platform.log('error', `OAuth API script of ${entity.name ?? entityId}: ${answer.error}`, 'OAuth')
        return { kind: 'script_failed', message: answer.error }
    }
    const token = answer.params.get('access_token')
    if (!token) return { kind: 'no_token', status: res.status, body: res.body, contentType, params: answer.params }
    const lifetime = Number(answer.params.get('expires_in') ?? DEFAULT_LIFETIME_SECONDS)
    const expiresIn = Number.isFinite(lifetime) ? lifetime : DEFAULT_LIFETIME_SECONDS
    const credentialId = storeToken(platform, entityId, profileId, token, expiresIn)
    return { kind: 'token', token, expiresIn, credentialId, status: res.status, body: res.body, contentType, params: answer.params }
}

/** The token response as a parameter map: through the script's parseTokenResponse, or as the base OAuthUtil does (JSON body). */
function parseAnswer(body: string, contentType: string, status: number, script: OAuthScriptInstance | undefined): { params: ParameterMap } | { error: string } {
    const params = new ParameterMap()
    if (script) {
        const response: AccessTokenResponse = { getBody: () => body, getContentType: () => contentType, getResponseCode: () => status, getparameters: () => params }
        try {
            script.parseTokenResponse(response)
        } catch (error) {
            return { error: error instanceof Error ? error.message : String(error) }
        }
        return { params }
    }
    try {
        const parsed = JSON.parse(body) as Record<string, unknown>
        for (const [k, v] of Object.entries(parsed)) if (v !== null && v !== undefined) params.put(k, String(v))
    } catch {
        // not JSON: no access_token
    }
    return { params }
}
