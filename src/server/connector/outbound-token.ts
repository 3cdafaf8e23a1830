/**
 * Asks Azure AD for a token of the outbound OAuth provider explicitly, with
 * sn_auth.GlideOAuthClient (documented for scoped apps), and reads why it was refused from AAD's
 * own error fields. The outbound path's RESTMessageV2 gives no documented text when its profile
 * cannot get a token, so Setup's token test and the diagnosis of a refused call during normal use
 * (secret-check.ts) both ask here instead.
 */
import { GlideOAuthClient, GlideOAuthClientRequest, GlideOAuthClientResponse } from '@servicenow/glide/sn_auth'
import { TokenTarget, outboundTokenTarget } from '../setup/setup-store'

/** What the token endpoint said when it refused: AAD's `error`, its AADSTS codes (`error_codes`, else from `error_description`), the description's first line. */
export interface TokenRefusal {
    status: number
    error: string
    codes: string[]
    description: string
}

export type TokenAnswer =
    | { kind: 'token' }
    | { kind: 'no_provider'; detail: string; code: string }
    | { kind: 'unreachable'; target: TokenTarget; detail: string }
    | { kind: 'refused'; target: TokenTarget; refusal: TokenRefusal }

/** A parameter of GlideOAuthClientResponse.getResponseParameters() (a Java map on the instance; a plain object per the type declarations). */
function parameter(map: unknown, name: string): string {
    if (!map || typeof map !== 'object') return ''
    const m = map as { get?: (key: string) => unknown } & Record<string, unknown>
    const value = typeof m.get === 'function' ? m.get(name) : m[name]
    return value === null || value === undefined ? '' : String(value)
}

/** AAD's error fields, from the response parameters or else the JSON body. */
export function readTokenRefusal(status: number, parameters: unknown, body: string): TokenRefusal {
    let error = parameter(parameters, 'error')
    let description = parameter(parameters, 'error_description')
    let codes: string[] = []
    if (!error) {
        try {
            const parsed = JSON.parse(body || '{}') as { error?: unknown; error_description?: unknown; error_codes?: unknown }
            error = typeof parsed.error === 'string' ? parsed.error : ''
            description = typeof parsed.error_description === 'string' ? parsed.error_description : ''
            if (Array.isArray(parsed.error_codes)) codes = parsed.error_codes.map((c) => String(c))
        } catch {
            // Not JSON: the status alone.
        }
    }
    const firstLine = description.split(/\r?\n/)[0]
    const stated = /^AADSTS(\d+)/.exec(firstLine)
    if (codes.length === 0 && stated) codes = [stated[1]]
    return { status, error, codes, description: firstLine }
}

/**
 * The refusal is about the client secret: 'expired' (AADSTS7000222), or 'wrong' (7000215 a wrong
 * value, 7000218 none, or AAD's invalid_client) — codes from
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes.
 */
export function secretProblem(refusal: TokenRefusal): 'expired' | 'wrong' | null {
    if (refusal.codes.indexOf('7000222') >= 0) return 'expired'
    if (refusal.codes.indexOf('7000215') >= 0 || refusal.codes.indexOf('7000218') >= 0 || refusal.error === 'invalid_client') return 'wrong'
    return null
}

/** One explicit token request for the profile's provider, and what came of it. */
export function requestOutboundToken(profileId: string): TokenAnswer {
    const target = outboundTokenTarget(profileId)
    if (!target) return { kind: 'no_provider', detail: 'the outbound OAuth profile ' + profileId + ' was not found', code: 'TokenUnavailable' }
    if (target.sameName !== 1) {
        return { kind: 'no_provider', detail: 'the OAuth provider name "' + target.providerName + '" must name exactly one active provider (' + target.sameName + ' found)', code: 'ProviderName' }
    }
    const request = new GlideOAuthClientRequest()
    request.setGrantType('client_credentials')
    request.setScope(target.scope)
    let response: GlideOAuthClientResponse
    try {
        response = new GlideOAuthClient().requestTokenByRequest(target.providerName, request)
    } catch (e) {
        // The platform may throw when the token host does not answer (undocumented).
        return { kind: 'unreachable', target, detail: String(e).substring(0, 200) }
    }
    const token = response.getToken()
    if (token && token.getAccessToken()) return { kind: 'token' }
    // A String per the docs, a number per the type declarations.
    const status = Number(response.getResponseCode()) || 0
    if (status === 0) return { kind: 'unreachable', target, detail: (response.getErrorMessage() || 'no answer').substring(0, 200) }
    return { kind: 'refused', target, refusal: readTokenRefusal(status, response.getResponseParameters(), response.getBody()) }
}
