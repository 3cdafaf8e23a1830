/**
 * Password fields as an ATF script step meets them (sandbox/glide/passwords.ts, GlideElement.ts):
 * `gr.user_password.setDisplayValue(plain)` stores the one-way hash the instance's login and basic
 * auth check; a password2 field (sys_auth_profile_basic.password) stores an encrypted value that
 * only getDecryptedValue() reads back; setValue on either stores the text as given (strict,
 * fidelity passwordSetValue). And what the strict cross-scope emulation says about a script in
 * the app's scope creating users, role grants and basic auth profiles (crossScopeUserAdminWrite).
 * A user and a profile created by a script are then used by a Send REST Request step.
 */
import { restSteps } from '../../../sandbox/atf/rest-steps'
import { GlideRecord } from '../../../sandbox/glide'
import { setCurrentPlatform } from '../../../sandbox/glide/current'
import { AtfInstance, atfContext, atfStep, runSteps, startAtfInstance } from '../../support/atf-instance'

const CONTEXT_PATH = '/api/x_mioms_m365_assis/v1/app/context'
const INSIGHTS = 'x_mioms_m365_assis.insights_user'

type Fields = GlideRecord & Record<string, any>

/** What a script step writes: a user with a password and roles, the way it is done on an instance. */
function createUser(userName: string, password: string, roles: string[], how: 'setDisplayValue' | 'setValue' = 'setDisplayValue'): string | null {
    const user = new GlideRecord('sys_user') as Fields
    user.initialize()
    user.setValue('user_name', userName)
    if (how === 'setDisplayValue') user.user_password.setDisplayValue(password)
    else user.setValue('user_password', password)
    const userId = user.insert() as string | null
    if (!userId) return null
    for (const name of roles) {
        const role = new GlideRecord('sys_user_role')
        if (!role.get('name', name)) throw new Error(`no role ${name}`)
        const grant = new GlideRecord('sys_user_has_role')
        grant.initialize()
        grant.setValue('user', userId)
        grant.setValue('role', role.getUniqueValue())
        grant.insert()
    }
    return userId
}

function createProfile(name: string, userName: string, password: string, how: 'setDisplayValue' | 'setValue' = 'setDisplayValue'): string | null {
    const profile = new GlideRecord('sys_auth_profile_basic') as Fields
    profile.initialize()
    profile.setValue('name', name)
    profile.setValue('username', userName)
    if (how === 'setDisplayValue') profile.password.setDisplayValue(password)
    else profile.setValue('password', password)
    return profile.insert() as string | null
}

function readRecord(table: string, sysId: string): Fields {
    const gr = new GlideRecord(table) as Fields
    expect(gr.get(sysId)).toBe(true)
    return gr
}

async function statusAs(instance: AtfInstance, profileId: string): Promise<{ status: number | undefined; userName: string | undefined }> {
    const context = atfContext(instance)
    const [outcome] = await runSteps(restSteps, context, [atfStep('rest', 'sendRestRequest', { method: 'get', auth: 'basic', path: CONTEXT_PATH, basicAuthentication: profileId })])
    expect(outcome.status).toBe('success')
    const body = context.lastResponse?.status === 200 ? JSON.parse(context.lastResponse.body) : undefined
    return { status: context.lastResponse?.status, userName: body?.result?.user?.userName }
}

describe('a global script (e.g. an admin background script) sets passwords', () => {
    let instance: AtfInstance
    beforeAll(async () => {
        instance = await startAtfInstance({ scope: 'global' })
    })
    beforeEach(() => setCurrentPlatform(instance.platform))
    afterAll(async () => {
        await instance.close()
    })

    test('setDisplayValue stores the hash / the encrypted value; the REST step logs in with the profile', async () => {
        const userId = createUser('atf.pw.agent', 'S3cret-agent', [INSIGHTS, 'snc_internal'])!
        const profileId = createProfile('ATF agent', 'atf.pw.agent', 'S3cret-agent')!
        const user = readRecord('sys_user', userId)
        expect(user.getValue('user_password')).not.toContain('S3cret-agent')
        expect(user.getValue('user_password')).toMatch(/^sha256:/)
        const profile = readRecord('sys_auth_profile_basic', profileId)
        expect(profile.getValue('password')).not.toContain('S3cret-agent')
        expect(String(profile.password)).not.toContain('S3cret-agent')
        expect(profile.password.getDecryptedValue()).toBe('S3cret-agent')
        await expect(statusAs(instance, profileId)).resolves.toEqual({ status: 200, userName: 'atf.pw.agent' })
        // A profile with the wrong password is refused by the instance's basic auth.
        const wrongId = createProfile('ATF agent (wrong)', 'atf.pw.agent', 'not-it')!
        await expect(statusAs(instance, wrongId)).resolves.toEqual({ status: 401, userName: undefined })
    })

    test('setValue stores the text as given (strict): neither login nor decryption works; lenient stores like setDisplayValue', async () => {
        const { platform } = instance
        createUser('atf.pw.setvalue', 'Plain-1', [INSIGHTS, 'snc_internal'], 'setValue')
        const strictProfile = createProfile('setValue strict', 'atf.pw.setvalue', 'Plain-1', 'setValue')!
        expect(readRecord('sys_auth_profile_basic', strictProfile).password.getDecryptedValue()).toBe('')
        // The REST step has no password to send from that profile, and says so.
        const [send] = await runSteps(restSteps, atfContext(instance), [atfStep('rest', 'sendRestRequest', { path: CONTEXT_PATH, basicAuthentication: strictProfile })])
        expect(send).toMatchObject({ status: 'failure', message: expect.stringContaining('no password the platform encrypted') })
        // The user's password set with setValue is not a hash: the right password does not log in.
        const goodProfile = createProfile('setDisplayValue for the setValue user', 'atf.pw.setvalue', 'Plain-1')!
        await expect(statusAs(instance, goodProfile)).resolves.toEqual({ status: 401, userName: undefined })

        platform.fidelity.passwordSetValue = 'lenient'
        try {
            createUser('atf.pw.lenient', 'Plain-2', [INSIGHTS, 'snc_internal'], 'setValue')
            const lenientProfile = createProfile('setValue lenient', 'atf.pw.lenient', 'Plain-2', 'setValue')!
            expect(readRecord('sys_auth_profile_basic', lenientProfile).password.getDecryptedValue()).toBe('Plain-2')
            await expect(statusAs(instance, lenientProfile)).resolves.toEqual({ status: 200, userName: 'atf.pw.lenient' })
        } finally {
            platform.fidelity.passwordSetValue = 'strict'
        }
    })

    test('setDisplayValue and getDecryptedValue are emulated for password fields only', () => {
        const user = new GlideRecord('sys_user') as Fields
        user.initialize()
        expect(() => user.name.setDisplayValue('Someone')).toThrow(/password fields only/)
        expect(() => user.user_password.getDecryptedValue()).toThrow(/2 Way Encrypted/)
    })
})

describe("a script in the app's scope (an ATF Run Server Side Script step)", () => {
    let instance: AtfInstance
    beforeAll(async () => {
        instance = await startAtfInstance()
    })
    beforeEach(() => setCurrentPlatform(instance.platform))
    afterAll(async () => {
        await instance.close()
    })
    const refusals = () => instance.platform.syslog().map((row) => String(row.message)).filter((m) => m.includes("cross-scope access policy"))

    test('may not create users, role grants or basic auth profiles (strict: undocumented application access)', () => {
        expect(instance.platform.scope).toBe('x_mioms_m365_assis')
        expect(createUser('atf.scoped', 'Scoped-1', [INSIGHTS])).toBeNull()
        expect(createProfile('scoped', 'admin', 'x')).toBeNull()
        expect(instance.platform.findUser('atf.scoped')).toBeUndefined()
        expect(refusals()).toEqual([
            "Security restricted: Create operation against 'sys_user' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy",
            "Security restricted: Create operation against 'sys_auth_profile_basic' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy",
        ])
    })

    test('may when the instance allows it (sys_db_object Can create) or with the lenient switch', async () => {
        const { platform } = instance
        for (const table of ['sys_user', 'sys_user_has_role']) {
            const row = platform.findRow('sys_db_object', 'name', table)!
            platform.store.update('sys_db_object', row.sys_id as string, { create_access: 'true' })
        }
        const userId = createUser('atf.allowed', 'Allowed-1', [INSIGHTS, 'snc_internal'])
        expect(userId).not.toBeNull()
        expect(platform.hasRole(INSIGHTS, userId)).toBe(true)
        expect(createProfile('still refused', 'atf.allowed', 'Allowed-1')).toBeNull()
        platform.fidelity.crossScopeUserAdminWrite = 'lenient'
        try {
            const profileId = createProfile('lenient', 'atf.allowed', 'Allowed-1')!
            expect(profileId).not.toBeNull()
            // Decrypting a global table's password2 from the app's scope is refused (community: only records of the app's scope).
            expect(() => readRecord('sys_auth_profile_basic', profileId).password.getDecryptedValue()).toThrow(/not in scope/)
            // The runner (platform code, not a script) still sends the profile's credentials.
            await expect(statusAs(instance, profileId)).resolves.toEqual({ status: 200, userName: 'atf.allowed' })
        } finally {
            platform.fidelity.crossScopeUserAdminWrite = 'strict'
        }
    })
})
