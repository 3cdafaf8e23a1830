/**
 * Interactive sessions and inbound credentials, as an instance checks them:
 * - UI login with user name and password sets a session cookie and a per-session `g_ck` token;
 *   REST calls made with the session cookie must send it back as `X-UserToken` (CSRF check).
 * - Basic authentication with a user's credentials (web-service-only users may use only this).
 * - OAuth bearer tokens issued by /oauth_token.do (password grant for an inbound OAuth client,
 *   refresh tokens living as long as the client's `refresh_token_lifespan`).
 * Passwords are kept as salted SHA-256 in `sys_user.user_password` (the platform uses its own
 * one-way hash); tokens are kept hashed in `oauth_credential`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { hashPassword, verifyPassword } from '../glide/passwords'
import { Platform } from '../glide/platform'
import { storedFalse, storedTrue } from '../glide/fieldTypes'

export interface Session {
    id: string
    userId: string
    token: string
}

// The one-way hash of sys_user.user_password lives with the other password fields (sandbox/glide/passwords.ts).
export { hashPassword, verifyPassword }

function sha256(text: string): string {
    return createHash('sha256').update(text).digest('hex')
}

export class SessionManager {
    private readonly sessions = new Map<string, Session>()

    constructor(private readonly platform: Platform) {}

    /** Checks user name + password; returns the user's sys_id or null. */
    checkCredentials(userName: string, password: string): string | null {
        const user = this.platform.findRow('sys_user', 'user_name', userName)
        if (!user || storedFalse(user.active) || storedTrue(user.locked_out)) return null
        return verifyPassword(password, user.user_password ?? null) ? (user.sys_id as string) : null
    }

    /** UI login: web-service-only users are refused, as on the instance. */
    login(userName: string, password: string): Session | null {
        const userId = this.checkCredentials(userName, password)
        if (!userId) return null
        const user = this.platform.store.get('sys_user', userId)
        if (storedTrue(user?.web_service_access_only)) return null
        const session: Session = { id: randomBytes(16).toString('hex'), userId, token: randomBytes(20).toString('hex') }
        this.sessions.set(session.id, session)
        return session
    }

    /**
     * A session for a user without their password, for the sandbox's own ATF runner: on an
     * instance the test runner impersonates server-side (ATF "Impersonate" step), so no login
     * happens. In-process only: no HTTP route reaches this.
     */
    openSessionFor(userId: string): Session {
        const user = this.platform.store.get('sys_user', userId)
        if (!user) throw new Error(`openSessionFor: no sys_user ${userId}`)
        const session: Session = { id: randomBytes(16).toString('hex'), userId, token: randomBytes(20).toString('hex') }
        this.sessions.set(session.id, session)
        return session
    }

    find(sessionId: string | undefined): Session | undefined {
        return sessionId ? this.sessions.get(sessionId) : undefined
    }

    logout(sessionId: string | undefined): void {
        if (sessionId) this.sessions.delete(sessionId)
    }

    /** /oauth_token.do: issues an access + refresh token pair for an inbound OAuth client. */
    issueOAuthTokens(clientId: string, userId: string): { access_token: string; refresh_token: string; expires_in: number; scope: string; token_type: string } {
        const entity = this.platform.findRow('oauth_entity', 'client_id', clientId)
        const accessLifespan = Number(entity?.access_token_lifespan ?? 1800) || 1800
        const refreshLifespan = Number(entity?.refresh_token_lifespan ?? 8640000) || 8640000
        const access = randomBytes(32).toString('base64url')
        const refresh = randomBytes(32).toString('base64url')
        this.storeToken('access_token', access, clientId, userId, accessLifespan)
        this.storeToken('refresh_token', refresh, clientId, userId, refreshLifespan)
        return { access_token: access, refresh_token: refresh, expires_in: accessLifespan, scope: 'useraccount', token_type: 'Bearer' }
    }

    private storeToken(type: 'access_token' | 'refresh_token', token: string, clientId: string, userId: string, lifespanSeconds: number): void {
        this.platform.insertRow('oauth_credential', {
            token_hash: sha256(token),
            type,
            client_id: clientId,
            user: userId,
            expires: String(this.platform.now() + lifespanSeconds * 1000),
        })
    }

    /** The user behind a token of the given type, or null when unknown or expired. */
    tokenUser(token: string, type: 'access_token' | 'refresh_token'): { userId: string; clientId: string } | null {
        const row = this.platform.findRow('oauth_credential', 'token_hash', sha256(token))
        if (!row || row.type !== type) return null
        if (Number(row.expires) <= this.platform.now()) return null
        return { userId: row.user as string, clientId: row.client_id as string }
    }

    checkClientSecret(clientId: string, clientSecret: string): boolean {
        const entity = this.platform.findRow('oauth_entity', 'client_id', clientId)
        if (!entity || entity.type !== 'client' || storedFalse(entity.active)) return false
        const expected = Buffer.from(String(entity.client_secret ?? ''))
        const given = Buffer.from(clientSecret)
        return expected.length > 0 && expected.length === given.length && timingSafeEqual(expected, given)
    }
}
