/** Each step's validation as pure functions: what is accepted, and the one message for each refusal. */
import {
    canEnter,
    checkEnvironment,
    checkInboundInput,
    checkRepositoryId,
    checkSettings,
    checkTenantDomain,
    checkUserInput,
    nextStep,
    stepsFor,
    tokenUrlKind,
} from '../../../src/server/setup/wizard-steps'

const refusalId = (checked: { ok: boolean; refusal?: { id: string } }) => (checked.ok ? 'ok' : checked.refusal!.id)

describe('steps per mode', () => {
    test('Insights only skips inbound and user; none ends after environment', () => {
        expect(stepsFor('insights')).toEqual(['consent', 'environment', 'tenant', 'outbound', 'repository', 'settings', 'complete', 'done'])
        expect(stepsFor('none')).toEqual(['consent', 'environment', 'done'])
        expect(stepsFor('basic')).toContain('inbound')
        expect(nextStep('insights', 'outbound')).toBe('repository')
        expect(nextStep('aad', 'outbound')).toBe('inbound')
    })

    test('a step is open only after consent and up to the step reached', () => {
        expect(refusalId(canEnter('', 'consent', false, 'environment'))).toBe('SETUP_CONSENT_REQUIRED')
        expect(refusalId(canEnter('', 'environment', true, 'environment'))).toBe('ok')
        expect(refusalId(canEnter('', 'environment', true, 'tenant'))).toBe('SETUP_STEP_NOT_REACHED')
        expect(refusalId(canEnter('basic', 'tenant', true, 'outbound'))).toBe('SETUP_STEP_NOT_REACHED')
        expect(refusalId(canEnter('basic', 'repository', true, 'outbound'))).toBe('ok')
        expect(refusalId(canEnter('insights', 'settings', true, 'inbound'))).toBe('SETUP_STEP_NOT_IN_MODE')
        expect(refusalId(canEnter('basic', 'done', true, 'settings'))).toBe('ok')
    })
})

describe('environment', () => {
    test.each([
        [{ mode: 'basic', testEnvironment: true }, 'ok'],
        [{ mode: 'none', testEnvironment: false }, 'ok'],
        [{ mode: 'aad' }, 'SETUP_BOOLEAN_INVALID'],
        [{ mode: 'BASIC', testEnvironment: true }, 'SETUP_MODE_INVALID'],
        [{ mode: 'oauth', testEnvironment: true }, 'SETUP_MODE_INVALID'],
        [{}, 'SETUP_MODE_INVALID'],
        [{ mode: 'basic', testEnvironment: 'true' }, 'SETUP_BOOLEAN_INVALID'],
    ])('%p → %s', (input, expected) => expect(refusalId(checkEnvironment(input))).toBe(expected))
})

describe('tenant domain', () => {
    test.each([
        ['contoso.onmicrosoft.com', 'ok'],
        ['  Contoso.OnMicrosoft.com ', 'ok'],
        ['fabrikam.com', 'ok'],
        ['contoso', 'SETUP_TENANT_INVALID'],
        ['contoso..com', 'SETUP_TENANT_INVALID'],
        ['-contoso.com', 'SETUP_TENANT_INVALID'],
        ['https://contoso.com', 'SETUP_TENANT_INVALID'],
        ['contoso.com/x', 'SETUP_TENANT_INVALID'],
        ['10.0.0.1', 'SETUP_TENANT_INVALID'],
        ['', 'SETUP_TENANT_INVALID'],
    ])('%p → %s', (tenantDomain, expected) => expect(refusalId(checkTenantDomain({ tenantDomain }))).toBe(expected))

    test('the domain is saved lower-case and trimmed', () => {
        expect(checkTenantDomain({ tenantDomain: ' Contoso.OnMicrosoft.com ' })).toEqual({ ok: true, value: 'contoso.onmicrosoft.com' })
    })
})

describe('token URL against the tenant', () => {
    const host = 'https://login.microsoftonline.com'
    test.each([
        ['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token', 'v1'],
        ['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', 'v2'],
        ['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token/', 'v1'],
        ['https://login.microsoftonline.com/fabrikam.com/oauth2/token', 'mismatch'],
        ['https://login.microsoftonline.com/common/oauth2/token', 'mismatch'],
        ['https://evil.example/contoso.onmicrosoft.com/oauth2/token', 'mismatch'],
        ['', 'mismatch'],
    ])('%s → %s', (url, kind) => expect(tokenUrlKind(url, host, 'contoso.onmicrosoft.com')).toBe(kind))
})

describe('inbound', () => {
    const id = 'a'.repeat(32)
    test.each([
        ['insights', { skip: true }, 'ok'],
        ['basic', { skip: true }, 'SETUP_INBOUND_SKIP_INSIGHTS_ONLY'],
        ['aad', { useOidc: false, entityId: id }, 'SETUP_INBOUND_OIDC_REQUIRED'],
        ['basic', { useOidc: true, entityId: id }, 'SETUP_INBOUND_OIDC_NOT_BASIC'],
        ['basic', { useOidc: false, entityId: 'nope' }, 'SETUP_INBOUND_NOT_FOUND'],
        ['basic', { useOidc: false, entityId: id }, 'ok'],
        ['aad', { useOidc: true, entityId: id }, 'ok'],
    ] as const)('%s %p → %s', (mode, input, expected) => expect(refusalId(checkInboundInput(mode, { ...input }, 'contoso.onmicrosoft.com'))).toBe(expected))
})

describe('integration user', () => {
    test.each([
        ['basic', { userId: 'b'.repeat(32) }, 'ok'],
        ['basic', { userId: "x' OR 1=1" }, 'SETUP_USER_NOT_FOUND'],
        ['aad', { clientId: '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e03' }, 'ok'],
        ['aad', { clientId: 'rest-user' }, 'SETUP_USER_CLIENT_ID_INVALID'],
    ] as const)('%s %p → %s', (mode, input, expected) => expect(refusalId(checkUserInput(mode, { ...input }))).toBe(expected))
})

describe('repository and settings', () => {
    test.each([
        ['contoso-servicenow', 'ok'],
        ['repo.1_a', 'ok'],
        ['ab', 'SETUP_REPOSITORY_INVALID'],
        ['-repo', 'SETUP_REPOSITORY_INVALID'],
        ['repo id', 'SETUP_REPOSITORY_INVALID'],
        ['x'.repeat(101), 'SETUP_REPOSITORY_INVALID'],
    ])('repository %p → %s', (repositoryId, expected) => expect(refusalId(checkRepositoryId({ repositoryId }))).toBe(expected))

    test.each([
        ['basic', { ssoEnabled: false, testEnvironment: true, adminEmail: 'admin@contoso.com' }, 'ok'],
        ['basic', { ssoEnabled: false, testEnvironment: true, adminEmail: '' }, 'SETUP_EMAIL_REQUIRED'],
        ['insights', { ssoEnabled: false, testEnvironment: true, adminEmail: '' }, 'ok'],
        ['basic', { ssoEnabled: false, testEnvironment: true, adminEmail: 'not an email' }, 'SETUP_EMAIL_INVALID'],
        ['basic', { ssoEnabled: false, testEnvironment: true, adminEmail: 'a@b' }, 'SETUP_EMAIL_INVALID'],
        ['basic', { ssoEnabled: 'no', testEnvironment: true, adminEmail: 'admin@contoso.com' }, 'SETUP_BOOLEAN_INVALID'],
    ] as const)('settings %s %p → %s', (mode, input, expected) => expect(refusalId(checkSettings(mode, { ...input }))).toBe(expected))
})
