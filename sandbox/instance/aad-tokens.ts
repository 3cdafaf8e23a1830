/**
 * Inbound AAD tokens (AAD mode), checked the way the instance's OIDC provider configuration
 * does: the token's audience names an `oauth_oidc_entity` (client id), whose provider
 * configuration gives the OIDC metadata URL; the signature is checked against the keys at its
 * `jwks_uri`; the configured user claim (`appid`) is matched to the configured `sys_user`
 * field (User ID = user_name). Metadata and keys are fetched over HTTP and cached.
 */
import { createPublicKey, createVerify, JsonWebKey } from 'node:crypto'
import { Platform } from '../glide/platform'
import { storedFalse } from '../glide/fieldTypes'

interface Jwk extends JsonWebKey {
    kid?: string
}

export interface AadCheck {
    userId: string | null
    reason?: string
    /** The oauth_oidc_entity that validated the token (what an ID Token profile of an API access policy names). */
    entityId?: string
}

const keyCache = new Map<string, { keys: Jwk[]; fetchedAt: number }>()

async function getJson(url: string): Promise<any> {
    const parsed = new URL(url)
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) throw new Error(`refusing to fetch ${parsed.host}: the sandbox only talks to 127.0.0.1`)
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    return response.json()
}

async function keysFor(metadataUrl: string): Promise<{ keys: Jwk[]; issuer: string }> {
    const metadata = await getJson(metadataUrl)
    const cached = keyCache.get(metadata.jwks_uri)
    if (cached && Date.now() - cached.fetchedAt < 3600_000) return { keys: cached.keys, issuer: metadata.issuer }
    const jwks = await getJson(metadata.jwks_uri)
    keyCache.set(metadata.jwks_uri, { keys: jwks.keys, fetchedAt: Date.now() })
    return { keys: jwks.keys, issuer: metadata.issuer }
}

function decodePart(part: string): any {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
}

export function looksLikeJwt(token: string): boolean {
    return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)
}

export async function checkAadToken(platform: Platform, token: string): Promise<AadCheck> {
    let header: any
    let claims: any
    try {
        const [h, c] = token.split('.')
        header = decodePart(h)
        claims = decodePart(c)
    } catch {
        return { userId: null, reason: 'malformed token' }
    }
    if (header.alg !== 'RS256') return { userId: null, reason: 'unsupported algorithm' }
    const audiences: string[] = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
    const entity = audiences
        .map((aud) => String(aud).replace(/^api:\/\//, ''))
        .map((clientId) => platform.findRow('oauth_oidc_entity', 'client_id', clientId))
        .find((row) => row && !storedFalse(row.active))
    if (!entity) return { userId: null, reason: 'no OIDC entity for the token audience' }
    const provider = platform.store.get('oidc_provider_configuration', String(entity.oidc_provider_configuration))
    if (!provider?.oidc_metadata_url) return { userId: null, reason: 'OIDC provider configuration missing' }
    let keys: Jwk[]
    let issuer: string
    try {
        ;({ keys, issuer } = await keysFor(String(provider.oidc_metadata_url)))
    } catch (error) {
        return { userId: null, reason: `cannot read OIDC metadata: ${(error as Error).message}` }
    }
    const jwk = keys.find((key) => key.kid === header.kid)
    if (!jwk) return { userId: null, reason: 'unknown signing key' }
    const [h, c, signature] = token.split('.')
    const verifier = createVerify('RSA-SHA256')
    verifier.update(`${h}.${c}`)
    if (!verifier.verify(createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(signature, 'base64url'))) {
        return { userId: null, reason: 'bad signature' }
    }
    const now = Math.floor(platform.now() / 1000)
    if (typeof claims.exp !== 'number' || claims.exp < now) return { userId: null, reason: 'token expired' }
    if (typeof claims.nbf === 'number' && claims.nbf > now + 300) return { userId: null, reason: 'token not yet valid' }
    if (issuer && !String(issuer).includes('{tenantid}') && claims.iss !== issuer) return { userId: null, reason: 'wrong issuer' }
    const claimName = String(provider.user_claim || 'sub')
    const userField = String(provider.user_field || 'user_name')
    const claimValue = claims[claimName]
    if (!claimValue) return { userId: null, reason: `token has no ${claimName} claim` }
    const user = platform.findRow('sys_user', userField, String(claimValue))
    if (!user || storedFalse(user.active)) return { userId: null, reason: `no active user whose ${userField} is the token's ${claimName}` }
    return { userId: String(user.sys_id), entityId: String(entity.sys_id) }
}
