/**
 * OAuth 2.0 client credentials for RESTMessageV2.setAuthenticationProfile('oauth2', profileId) —
 * docs: "OAuth 2.0 credentials for outbound REST", "Configure a REST message with OAuth".
 * Tables read: oauth_entity_profile (oauth_entity, grant_type), oauth_entity (client_id,
 * client_secret — a password2 field on the instance, stored as-is here — token_url,
 * default_grant_type), oauth_entity_profile_scope (oauth_entity_profile, oauth_entity_scope) →
 * oauth_entity_scope (oauth_entity_scope = the scope text).
 * The token request is a form POST of grant_type, client_id, client_secret and scope (when
 * configured). The token is cached in oauth_credential (peer = oauth_entity, type access_token,
 * token, expires) and reused until it expires, like the instance's token store. Only the
 * client_credentials grant is emulated; a `resource` parameter would need an OAuth API script
 * on the instance and is not emulated.
 */
import type { Platform } from '../platform'
import { allOf, term } from '../store/semantics'
import { formatGlideDateTime } from '../time'
import { sendAndLog } from './outboundLog'

export type TokenOutcome = { token: string } | { failure: { status: number; message: string } }

const DEFAULT_LIFETIME_SECONDS = 3600

function configuredScopes(platform: Platform, profileId: string): string[] {
    return platform.store
        .query('oauth_entity_profile_scope', { where: term('oauth_entity_profile', '=', profileId) })
        .map((link) => (link.oauth_entity_scope ? platform.store.get('oauth_entity_scope', link.oauth_entity_scope) : undefined))
        .map((scope) => scope?.oauth_entity_scope ?? scope?.name)
        .filter((s): s is string => !!s)
}

function cachedToken(platform: Platform, entityId: string): string | undefined {
    return (
        platform.store.query('oauth_credential', {
            where: allOf([
                term('peer', '=', entityId),
                term('type', '=', 'access_token'),
                term('expires', '>', platform.nowValue()),
            ]),
            orderBy: [{ field: 'expires', descending: true }],
            limit: 1,
        })[0]?.token ?? undefined
    )
}

function storeToken(platform: Platform, entityId: string, profileId: string, token: string, lifetimeSeconds: number): void {
    const stale = platform.store.query('oauth_credential', {
        where: allOf([term('peer', '=', entityId), term('type', '=', 'access_token')]),
    })
    for (const row of stale) platform.store.delete('oauth_credential', row.sys_id!)
    platform.insertRow('oauth_credential', {
        peer: entityId,
        oauth_entity_profile: profileId,
        type: 'access_token',
        token,
        expires: formatGlideDateTime(platform.now() + lifetimeSeconds * 1000),
    })
}

export function obtainAccessToken(platform: Platform, profileId: string, timeoutMs: number): TokenOutcome {
    const profile = platform.store.get('oauth_entity_profile', profileId)
    const entity = profile?.oauth_entity ? platform.store.get('oauth_entity', profile.oauth_entity) : undefined
    if (!profile || !entity) return { failure: { status: 401, message: `OAuth profile ${profileId} not found` } }
    const entityId = entity.sys_id!
    const cached = cachedToken(platform, entityId)
    if (cached) return { token: cached }

    const grant = profile.grant_type ?? entity.default_grant_type ?? 'client_credentials'
    if (grant !== 'client_credentials') throw new Error(`OAuth grant type ${grant} is not emulated`)
    const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: entity.client_id ?? '',
        client_secret: entity.client_secret ?? '',
    })
    const scopes = configuredScopes(platform, profileId)
    if (scopes.length) form.set('scope', scopes.join(' '))
    const res = sendAndLog(
        platform,
        {
            url: entity.token_url ?? '',
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
            body: form.toString(),
            timeoutMs,
        },
        'oauth_token',
    )
    let parsed: { access_token?: unknown; expires_in?: unknown } = {}
    try {
        parsed = JSON.parse(res.body)
    } catch {
        parsed = {}
    }
    if (res.status !== 200 || typeof parsed.access_token !== 'string') {
        const why = res.status === 0 ? (res.error?.message ?? 'no response') : `token endpoint returned HTTP ${res.status}`
        return { failure: { status: res.status === 0 ? 0 : 401, message: `OAuth access token could not be obtained for profile ${profile.name ?? profileId}: ${why}` } }
    }
    const lifetime = Number(parsed.expires_in ?? DEFAULT_LIFETIME_SECONDS)
    storeToken(platform, entityId, profileId, parsed.access_token, Number.isFinite(lifetime) ? lifetime : DEFAULT_LIFETIME_SECONDS)
    return { token: parsed.access_token }
}
