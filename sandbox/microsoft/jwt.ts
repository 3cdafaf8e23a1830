// RS256 JWT signing/verification and JWKS export with node:crypto only.
import { createHash, createPublicKey, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto'

export interface PublicJwk {
    kty: 'RSA'
    use: 'sig'
    alg: 'RS256'
    kid: string
    x5t: string
    n: string
    e: string
}

export interface SigningKey {
    kid: string
    privateKey: KeyObject
    jwk: PublicJwk
}

export type JwtClaims = Record<string, unknown> & { exp?: number; nbf?: number; iat?: number; aud?: string; iss?: string }

/** A fresh RSA-2048 key; kid is the RFC 7638 thumbprint, as AAD's kids are opaque strings too. */
export function createSigningKey(): SigningKey {
    return signingKeyFrom(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey)
}

/** The signing key of a private key (a persisted one reloads with the same kid, so tokens it signed stay valid). */
export function signingKeyFrom(privateKey: KeyObject): SigningKey {
    const publicKey = createPublicKey(privateKey)
    const exported = publicKey.export({ format: 'jwk' }) as { n: string; e: string }
    const kid = createHash('sha256').update(JSON.stringify({ e: exported.e, kty: 'RSA', n: exported.n })).digest('base64url')
    return { kid, privateKey, jwk: { kty: 'RSA', use: 'sig', alg: 'RS256', kid, x5t: kid, n: exported.n, e: exported.e } }
}

const b64json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

export function signJwt(claims: JwtClaims, key: SigningKey): string {
    const input = `${b64json({ typ: 'JWT', alg: 'RS256', kid: key.kid, x5t: key.kid })}.${b64json(claims)}`
    return `${input}.${sign('RSA-SHA256', Buffer.from(input), key.privateKey).toString('base64url')}`
}

export interface DecodedJwt {
    header: { alg?: string; kid?: string; typ?: string }
    claims: JwtClaims
    signingInput: string
    signature: Buffer
}

export function decodeJwt(token: string): DecodedJwt | undefined {
    const parts = token.split('.')
    if (parts.length !== 3) return undefined
    try {
        return {
            header: JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')),
            claims: JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')),
            signingInput: `${parts[0]}.${parts[1]}`,
            signature: Buffer.from(parts[2], 'base64url'),
        }
    } catch {
        return undefined
    }
}

export type VerifyResult = { ok: true; claims: JwtClaims } | { ok: false; reason: string }

/** Signature (against the JWKS by kid), alg, exp and nbf (60 s skew). Audience/issuer are the caller's business. */
export function verifyJwt(token: string, keys: PublicJwk[], nowSeconds = Math.floor(Date.now() / 1000)): VerifyResult {
    const jwt = decodeJwt(token)
    if (!jwt) return { ok: false, reason: 'Token is not a JWT' }
    if (jwt.header.alg !== 'RS256') return { ok: false, reason: `Unsupported alg ${String(jwt.header.alg)}` }
    const jwk = keys.find((k) => k.kid === jwt.header.kid)
    if (!jwk) return { ok: false, reason: 'Signing key not found (kid)' }
    const publicKey = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' })
    if (!verify('RSA-SHA256', Buffer.from(jwt.signingInput), publicKey, jwt.signature)) return { ok: false, reason: 'Invalid signature' }
    if (typeof jwt.claims.exp !== 'number' || jwt.claims.exp <= nowSeconds) return { ok: false, reason: 'Token expired' }
    if (typeof jwt.claims.nbf === 'number' && jwt.claims.nbf > nowSeconds + 60) return { ok: false, reason: 'Token not yet valid' }
    return { ok: true, claims: jwt.claims }
}

/** Deterministic UUID-shaped id from a string (object ids for app service principals). */
export function stableGuid(input: string): string {
    const h = createHash('sha256').update(input).digest('hex')
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export const newId = () => randomUUID()
