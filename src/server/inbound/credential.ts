/**
 * AAD mode: the credential itself, not only the user it maps to. The instance's OIDC provider
 * accepts a JWT for ANY of its OIDC entities (any audience) and maps its `appid` to the REST user;
 * basic authentication with a password set on that user also authenticates it. So the connector
 * routes accept only `Authorization: Bearer <JWT>` whose `aud` is the inbound REST API app chosen
 * in Setup (the OIDC entity's client id). The platform has already checked the signature, issuer
 * and expiry before the route runs; this reads the audience only, and never logs the token.
 *
 * Basic mode has no such check: a scripted route cannot tell which OAuth client issued a
 * ServiceNow bearer token (RESTAPIRequest exposes no client, and `oauth_credential` keeps tokens
 * in a form scripts cannot look up by value). There the REST API access policy Setup activates is
 * what refuses other clients' tokens (src/server/setup/access-policy.ts).
 */
import { InboundFailure, failure } from './errors'

/** What the routes read of the request: the header, by name (RESTAPIRequest.getHeader). */
export interface HeaderSource {
    getHeader?(name: string): string | undefined | null
}

const JWT = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** base64url → bytes → UTF-8 text (no atob/Buffer on the instance's engine); null when malformed. */
export function decodeBase64Url(text: string): string | null {
    const bytes: number[] = []
    let buffer = 0
    let bits = 0
    for (let i = 0; i < text.length; i++) {
        const value = ALPHABET.indexOf(text.charAt(i))
        if (value < 0) return null
        buffer = (buffer << 6) | value
        bits += 6
        if (bits >= 8) {
            bits -= 8
            bytes.push((buffer >> bits) & 0xff)
        }
    }
    let out = ''
    for (let i = 0; i < bytes.length; ) {
        const b = bytes[i]
        const extra = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1
        if (extra < 0 || i + extra >= bytes.length) return null
        let code = extra === 0 ? b : b & (0x3f >> extra)
        for (let k = 1; k <= extra; k++) {
            const next = bytes[i + k]
            if (next === undefined || (next & 0xc0) !== 0x80) return null
            code = (code << 6) | (next & 0x3f)
        }
        // Astral characters as a surrogate pair (String.fromCharCode takes UTF-16 code units).
        out += code > 0xffff ? String.fromCharCode(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)) : String.fromCharCode(code)
        i += extra + 1
    }
    return out
}

/** The token's audiences (an `api://` prefix removed, lower case), or null when it is no readable JWT. */
export function jwtAudiences(token: string): string[] | null {
    const match = JWT.exec(token)
    if (!match) return null
    const json = decodeBase64Url(match[1])
    if (json === null) return null
    let claims: unknown
    try {
        claims = JSON.parse(json)
    } catch {
        return null
    }
    if (!claims || typeof claims !== 'object') return null
    const aud = (claims as { aud?: unknown }).aud
    const list = Array.isArray(aud) ? aud : [aud]
    return list.filter((a) => typeof a === 'string').map((a) => String(a).replace(/^api:\/\//, '').toLowerCase())
}

/** AAD mode: refuses anything but a bearer JWT for `clientId` (Setup's inbound REST API app). */
export function checkAadCredential(request: HeaderSource | undefined, clientId: string): InboundFailure | null {
    const header = request && typeof request.getHeader === 'function' ? String(request.getHeader('Authorization') || '') : ''
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header)
    const audiences = bearer ? jwtAudiences(bearer[1]) : null
    if (!audiences) {
        return failure(403, 'INBOUND_CREDENTIAL_NOT_ALLOWED', 'NotAadToken', 'In the Azure AD (AAD) setup the connector API accepts only an Azure AD access token (Authorization: Bearer); basic authentication and other credentials are refused.')
    }
    if (!clientId || audiences.indexOf(clientId.toLowerCase()) < 0) {
        return failure(403, 'INBOUND_CREDENTIAL_NOT_ALLOWED', 'WrongAudience', "The Azure AD token's audience is not the inbound REST API app configured in Setup.")
    }
    return null
}
