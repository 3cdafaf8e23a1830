/**
 * RESTMessageV2 — docs: "RESTMessageV2 - Scoped". Supported: the empty constructor, setEndpoint,
 * getEndpoint, setHttpMethod, setRequestHeader, getRequestHeader(s), setRequestBody,
 * getRequestBody, setQueryParameter, setStringParameter(NoEscape) (${name} substitution in
 * endpoint and body), setHttpTimeout (ms; default the glide.http.timeout property, 175000),
 * setBasicAuth, setAuthenticationProfile('oauth2' | 'basic', profileId), execute,
 * executeAsync (completes synchronously; waitForResponse is a no-op), setLogLevel (ignored).
 * The User-Agent is "ServiceNow/1.0" unless glide.http.user.agent is set (docs: RESTMessageV2).
 * saveResponseBodyAsAttachment(tableName, recordSysId, fileName) keeps the body byte for byte as a
 * sys_attachment of that record (attachments.ts), with the answer's Content-Type; the encrypted
 * variant (encryptContext) is not emulated. Whether an error answer is saved too is undocumented
 * (fidelity switch restAttachmentOnError: strict saves it).
 * Named REST message records (new RESTMessageV2(name, method)) and MID servers are not emulated.
 * When an OAuth token cannot be obtained, the platform's exact behaviour is not documented: the
 * emulation does not send the request and returns status 401 (0 if the token endpoint did not
 * answer) with haveError() true. The error text is undocumented too (fidelity switch
 * restOAuthFailureText): strict gives RESTResponseV2's neutral text for that status ("Method
 * failed: (<path>) with code: 401", or the connection exception), lenient a text saying the token
 * could not be obtained, with the endpoint's OAuth error.
 */
import { writeAttachment } from '../attachments'
import { currentPlatform } from '../current'
import { decryptPassword2 } from '../passwords'
import { obtainAccessToken } from './oauth'
import { sendAndLog } from './outboundLog'
import { RESTResponseV2, type SavedAttachment } from './RESTResponseV2'
import type { WireResponse } from './wire'

const DEFAULT_TIMEOUT_MS = 175_000

function escapeXml(text: string): string {
    return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
}

export class RESTMessageV2 {
    private endpoint = ''
    private method = 'get'
    private readonly headers = new Map<string, [string, string]>()
    private body: string | null = null
    private timeoutMs: number | undefined
    private readonly queryParameters: [string, string][] = []
    private readonly variables = new Map<string, string>()
    private basic: { user: string; password: string } | undefined
    private profile: { type: string; id: string } | undefined
    private attachmentTarget: { table: string; sysId: string; fileName: string } | undefined

    constructor(name?: string, methodName?: string) {
        if (name !== undefined) {
            throw new Error(`RESTMessageV2('${name}', '${methodName}'): REST message records are not emulated; use setEndpoint`)
        }
    }

    setEndpoint(endpoint: string): void {
        this.endpoint = endpoint
    }

    getEndpoint(): string {
        return this.substitute(this.endpoint)
    }

    setHttpMethod(method: string): void {
        this.method = method.toLowerCase()
    }

    setRequestHeader(name: string, value: string): void {
        this.headers.set(name.toLowerCase(), [name, String(value)])
    }

    getRequestHeader(name: string): string {
        return this.headers.get(name.toLowerCase())?.[1] ?? ''
    }

    getRequestHeaders(): Record<string, string> {
        return Object.fromEntries([...this.headers.values()])
    }

    setRequestBody(body: string): void {
        this.body = body
    }

    getRequestBody(): string {
        return this.substitute(this.body ?? '')
    }

    setQueryParameter(name: string, value: string): void {
        this.queryParameters.push([name, String(value)])
    }

    /** docs: setStringParameter — replaces ${name} in endpoint and body, XML-escaped. */
    setStringParameter(name: string, value: string): void {
        this.variables.set(name, escapeXml(String(value)))
    }

    setStringParameterNoEscape(name: string, value: string): void {
        this.variables.set(name, String(value))
    }

    setHttpTimeout(timeoutMs: number): void {
        this.timeoutMs = timeoutMs
    }

    setBasicAuth(user: string, password: string): void {
        this.basic = { user, password }
    }

    /** docs: setAuthenticationProfile(type, profileId) — type 'oauth2' or 'basic'. */
    setAuthenticationProfile(type: string, profileId: string): void {
        this.profile = { type, id: profileId }
    }

    /** docs: saveResponseBodyAsAttachment(tableName, recordSysId, fileName[, encryptContext]) — the body becomes an attachment of that record. */
    saveResponseBodyAsAttachment(tableName: string, recordSysId: string, fileName: string, encryptContext?: string): void {
        if (encryptContext !== undefined) throw new Error('saveResponseBodyAsAttachment with an encryption context is not emulated')
        this.attachmentTarget = { table: String(tableName), sysId: String(recordSysId), fileName: String(fileName) }
    }

    setLogLevel(level: string): void {
        void level
    }

    execute(): RESTResponseV2 {
        const platform = currentPlatform()
        const url = new URL(this.getEndpoint())
        for (const [k, v] of this.queryParameters) url.searchParams.append(k, v)
        const timeoutMs = this.timeoutMs ?? Number(platform.getProperty('glide.http.timeout') ?? DEFAULT_TIMEOUT_MS)
        const headers: Record<string, string> = {
            'User-Agent': platform.getProperty('glide.http.user.agent') ?? 'ServiceNow/1.0',
        }
        for (const [name, value] of this.headers.values()) headers[name] = value

        const authorization = this.authorization(timeoutMs)
        if (typeof authorization === 'object') {
            const wire = { status: authorization.status, headers: [], body: '', durationMs: 0, error: authorization.error }
            const lenient = platform.fidelity.restOAuthFailureText === 'lenient'
            return new RESTResponseV2(wire, url.pathname, lenient ? authorization.message : undefined)
        }
        if (authorization) headers.Authorization = authorization

        const wire = sendAndLog(
            platform,
            { url: url.toString(), method: this.method.toUpperCase(), headers, body: this.body === null ? null : this.getRequestBody(), timeoutMs, binary: !!this.attachmentTarget },
            'rest',
        )
        return new RESTResponseV2(wire, url.pathname, undefined, this.attachmentTarget ? this.saveAttachment(wire) : undefined)
    }

    /** The answer's body as an attachment of the target record (see the class comment for which answers are saved). */
    private saveAttachment(wire: WireResponse): SavedAttachment {
        const platform = currentPlatform()
        const target = this.attachmentTarget!
        if (wire.status === 0) return { sysId: null }
        if (wire.status >= 400 && platform.fidelity.restAttachmentOnError === 'lenient') return { sysId: null }
        // The text of a failed save is undocumented ("call getErrorMessage() for error details").
        if (!platform.store.get(target.table, target.sysId)) return { sysId: null, failure: `Unable to save the response as an attachment: no ${target.table} record ${target.sysId}` }
        const contentType = wire.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'application/octet-stream'
        const bytes = Buffer.from(wire.bodyBase64 ?? '', 'base64')
        return { sysId: writeAttachment(platform, { table: target.table, tableSysId: target.sysId, fileName: target.fileName, contentType, bytes }) }
    }

    executeAsync(): RESTResponseV2 {
        return this.execute()
    }

    private substitute(text: string): string {
        return text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => this.variables.get(name) ?? whole)
    }

    /** The Authorization header value, undefined for none, or a failure. */
    private authorization(timeoutMs: number): string | undefined | { status: number; message: string; error?: { code: string; message: string } } {
        const platform = currentPlatform()
        if (this.profile?.type === 'oauth2') {
            const outcome = obtainAccessToken(platform, this.profile.id, timeoutMs)
            return 'token' in outcome ? `Bearer ${outcome.token}` : outcome.failure
        }
        if (this.profile?.type === 'basic') {
            const row = platform.store.get('sys_auth_profile_basic', this.profile.id)
            if (!row) return { status: 401, message: `Basic auth profile ${this.profile.id} not found` }
            // password is a password2 field: the stored value is encrypted (passwords.ts); one the platform did not encrypt gives ''.
            return basicHeader(row.username ?? '', decryptPassword2(row.password) ?? '')
        }
        if (this.basic) return basicHeader(this.basic.user, this.basic.password)
        return undefined
    }
}

function basicHeader(user: string, password: string): string {
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}
