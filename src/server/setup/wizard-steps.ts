/**
 * The Setup wizard's steps and their validation, as pure functions: which steps a mode has, where
 * the admin may go, and what each step's input must be. Nothing here reads or writes a record;
 * `setup-store.ts` does the Glide I/O and `setup-routes.ts` ties them to the REST API.
 */
import { LABELS, MessageId } from '../messages/catalogue'
import { MODES, SetupMode } from './setup-record'

export { MODES }
export type { SetupMode }

export type StepId = 'consent' | 'environment' | 'tenant' | 'outbound' | 'inbound' | 'user' | 'repository' | 'settings' | 'complete' | 'done'

export const ALL_STEPS: ReadonlyArray<StepId> = ['consent', 'environment', 'tenant', 'outbound', 'inbound', 'user', 'repository', 'settings', 'complete', 'done']

/** The mode names, as the Setup page shows them (the catalogue's LABELS). */
export const MODE_LABEL: Record<SetupMode, string> = LABELS.setup.modes

/** The steps of a mode, in order; before a mode is chosen, consent and environment. */
export function stepsFor(mode: SetupMode | ''): StepId[] {
    if (mode === 'none') return ['consent', 'environment', 'done']
    if (mode === 'insights') return ['consent', 'environment', 'tenant', 'outbound', 'repository', 'settings', 'complete', 'done']
    if (mode === 'basic' || mode === 'aad') return ['consent', 'environment', 'tenant', 'outbound', 'inbound', 'user', 'repository', 'settings', 'complete', 'done']
    return ['consent', 'environment']
}

export function nextStep(mode: SetupMode | '', step: StepId): StepId {
    const steps = stepsFor(mode)
    const at = steps.indexOf(step)
    return at >= 0 && at + 1 < steps.length ? steps[at + 1] : step
}

export type Refusal = { id: MessageId; args?: string[] }
export type Checked<T> = { ok: true; value: T } | { ok: false; refusal: Refusal }

const ok = <T>(value: T): Checked<T> => ({ ok: true, value })
const no = <T>(id: MessageId, args?: string[]): Checked<T> => ({ ok: false, refusal: { id, args } })

/** May the admin post `step` now? Any step up to the one reached; nothing before consent. */
export function canEnter(mode: SetupMode | '', reached: StepId, consent: boolean, step: StepId): Checked<true> {
    if (step === 'consent') return ok(true)
    if (!consent) return no('SETUP_CONSENT_REQUIRED')
    const steps = stepsFor(mode)
    if (steps.indexOf(step) < 0) {
        if (!mode) return no('SETUP_STEP_NOT_REACHED', ['environment'])
        return no('SETUP_STEP_NOT_IN_MODE', [step, MODE_LABEL[mode as SetupMode]])
    }
    const reachedAt = Math.max(steps.indexOf(reached), 1)
    if (steps.indexOf(step) > reachedAt) return no('SETUP_STEP_NOT_REACHED', [steps[reachedAt]])
    return ok(true)
}

type Input = Record<string, unknown>

export function readInput(body: unknown): Input {
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Input) : {}
}

function bool(input: Input, key: string, label: string, fallback?: boolean): Checked<boolean> {
    const value = input[key]
    if (value === undefined && fallback !== undefined) return ok(fallback)
    if (typeof value !== 'boolean') return no('SETUP_BOOLEAN_INVALID', [label])
    return ok(value)
}

function text(input: Input, key: string): string {
    const value = input[key]
    return typeof value === 'string' ? value.trim() : ''
}

export function checkEnvironment(input: Input): Checked<{ mode: SetupMode; testEnvironment: boolean }> {
    const mode = input.mode
    if (typeof mode !== 'string' || MODES.indexOf(mode as SetupMode) < 0) return no('SETUP_MODE_INVALID')
    const test = bool(input, 'testEnvironment', 'This is a test environment')
    if (test.ok === false) return test
    return ok({ mode: mode as SetupMode, testEnvironment: test.value })
}

/** A DNS domain: labels of letters, digits and inner hyphens, at least two labels, ≤ 253 characters. */
export function checkTenantDomain(input: Input): Checked<string> {
    const raw = text(input, 'tenantDomain')
    const domain = raw.toLowerCase()
    const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/
    const labels = domain.split('.')
    if (!domain || domain.length > 253 || labels.length < 2 || !labels.every((l) => label.test(l)) || /^\d+$/.test(labels[labels.length - 1])) {
        return no('SETUP_TENANT_INVALID', [raw.substring(0, 100)])
    }
    return ok(domain)
}

/** The two token URLs Azure AD has for a tenant under the configured token host. */
export function expectedTokenUrls(tokenHost: string, tenant: string): { v1: string; v2: string } {
    const base = tokenHost.replace(/\/+$/, '') + '/' + tenant
    return { v1: base + '/oauth2/token', v2: base + '/oauth2/v2.0/token' }
}

export type TokenUrlKind = 'v1' | 'v2' | 'mismatch'

export function tokenUrlKind(tokenUrl: string, tokenHost: string, tenant: string): TokenUrlKind {
    const url = (tokenUrl || '').trim().replace(/\/+$/, '').toLowerCase()
    const expected = expectedTokenUrls(tokenHost.toLowerCase(), tenant.toLowerCase())
    if (url === expected.v1) return 'v1'
    if (url === expected.v2) return 'v2'
    return 'mismatch'
}

export const SYS_ID = /^[0-9a-f]{32}$/

export function checkSysId(input: Input, key: string, refusal: MessageId): Checked<string> {
    const value = text(input, key)
    return SYS_ID.test(value) ? ok(value) : no(refusal)
}

export function checkOutboundInput(input: Input): Checked<{ profileId: string; configure: boolean }> {
    const profile = checkSysId(input, 'profileId', 'SETUP_OUTBOUND_NOT_FOUND')
    if (profile.ok === false) return profile
    const configure = bool(input, 'configureProvider', 'Let Setup configure this provider for Microsoft', false)
    if (configure.ok === false) return configure
    return ok({ profileId: profile.value, configure: configure.value })
}

export function checkInboundInput(
    mode: SetupMode,
    input: Input,
    tenant: string,
): Checked<{ skip: boolean; useOidc: boolean; entityId: string; restrictAccess: boolean }> {
    if (input.skip === true) {
        return mode === 'insights' ? ok({ skip: true, useOidc: false, entityId: '', restrictAccess: false }) : no('SETUP_INBOUND_SKIP_INSIGHTS_ONLY')
    }
    const oidc = bool(input, 'useOidc', 'External OIDC authentication token')
    if (oidc.ok === false) return oidc
    if (mode === 'aad' && !oidc.value) return no('SETUP_INBOUND_OIDC_REQUIRED', [tenant.split('.')[0] || 'tenant'])
    if (mode === 'basic' && oidc.value) return no('SETUP_INBOUND_OIDC_NOT_BASIC')
    const entity = checkSysId(input, 'entityId', 'SETUP_INBOUND_NOT_FOUND')
    if (entity.ok === false) return entity
    // The admin's consent to pin the connector API to this provider (src/server/setup/access-policy.ts).
    const restrict = bool(input, 'restrictAccess', 'Let Setup restrict the connector API to this provider', false)
    if (restrict.ok === false) return restrict
    return ok({ skip: false, useOidc: oidc.value, entityId: entity.value, restrictAccess: restrict.value })
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function checkUserInput(mode: SetupMode, input: Input): Checked<{ userId: string; clientId: string }> {
    if (mode === 'aad') {
        const clientId = text(input, 'clientId')
        if (!GUID.test(clientId)) return no('SETUP_USER_CLIENT_ID_INVALID', [clientId.substring(0, 100)])
        return ok({ userId: '', clientId: clientId.toLowerCase() })
    }
    const user = checkSysId(input, 'userId', 'SETUP_USER_NOT_FOUND')
    if (user.ok === false) return user
    return ok({ userId: user.value, clientId: '' })
}

export function checkRepositoryId(input: Input): Checked<string> {
    const raw = text(input, 'repositoryId')
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{2,99}$/.test(raw)) return no('SETUP_REPOSITORY_INVALID', [raw.substring(0, 100)])
    return ok(raw)
}

/** A practical address check: one @, a local part without spaces, a dotted domain. */
export function isEmail(value: string): boolean {
    return value.length <= 254 && /^[^\s@"<>(),;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(value)
}

export function checkSettings(mode: SetupMode, input: Input): Checked<{ sso: boolean; adminEmail: string; testEnvironment: boolean }> {
    const sso = bool(input, 'ssoEnabled', 'SSO with Microsoft 365')
    if (sso.ok === false) return sso
    const test = bool(input, 'testEnvironment', 'Test environment')
    if (test.ok === false) return test
    const email = text(input, 'adminEmail')
    if (!email && mode !== 'insights') return no('SETUP_EMAIL_REQUIRED')
    if (email && !isEmail(email)) return no('SETUP_EMAIL_INVALID', [email.substring(0, 254)])
    return ok({ sso: sso.value, adminEmail: email.toLowerCase(), testEnvironment: test.value })
}
