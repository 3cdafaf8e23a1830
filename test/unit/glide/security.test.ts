import { createTestPlatform, GlideRecord, GlideRecordSecure, gs, Platform } from '../../../sandbox/glide'
import { installApp } from '../../../sandbox/instance/app-installer'
import { readBuiltApp } from '../../../sandbox/instance/dist-records'
import { removeStoreFiles, STORE_CASES } from './storeCases'

afterAll(removeStoreFiles)

const APP_TABLE = 'x_mioms_m365_assis_case'
const ADMIN_ROLE = 'x_mioms_m365_assis.administrator'
const USER_ROLE = 'x_mioms_m365_assis.insights_user'

describe.each(STORE_CASES)('roles and ACLs on %s', (_name, createStore) => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform({ store: createStore() })
        platform.ensureRole(ADMIN_ROLE, [USER_ROLE])
        platform.createUser('ann.admin', { roles: [ADMIN_ROLE] })
        platform.createUser('ivan.insights', { roles: [USER_ROLE] })
        platform.createUser('nora.nobody')
        platform.addAcl({ name: APP_TABLE, operation: 'read', roles: [USER_ROLE] })
        platform.addAcl({ name: APP_TABLE, operation: 'create', roles: [ADMIN_ROLE] })
        platform.addAcl({ name: APP_TABLE, operation: 'write', roles: [ADMIN_ROLE] })
        platform.insertRow(APP_TABLE, { title: 'first', state: 'open' })
        platform.insertRow(APP_TABLE, { title: 'second', state: 'closed' })
    })
    afterEach(() => platform.store.close())

    const titles = () => {
        const gr = new GlideRecordSecure(APP_TABLE)
        gr.orderBy('title')
        gr.query()
        const out: string[] = []
        while (gr.next()) out.push(gr.getValue('title')!)
        return out
    }

    it('expands contained roles; gs.hasRole is true for admin', () => {
        platform.runAs('ann.admin', () => {
            expect(gs.hasRole(USER_ROLE)).toBe(true)
            expect(gs.getUser().getRoles().sort()).toEqual([ADMIN_ROLE, USER_ROLE])
        })
        platform.runAs('ivan.insights', () => {
            expect(gs.hasRole(ADMIN_ROLE)).toBe(false)
            expect(gs.hasRole(`${ADMIN_ROLE},${USER_ROLE}`)).toBe(true)
        })
        platform.runAs('admin', () => expect(gs.hasRole('anything_at_all')).toBe(true))
        platform.runAs('nora.nobody', () => expect(gs.hasRole(USER_ROLE)).toBe(false))
    })

    it('GlideRecordSecure reads only what the user may read', () => {
        expect(platform.runAs('ivan.insights', titles)).toEqual(['first', 'second'])
        expect(platform.runAs('ann.admin', titles)).toEqual(['first', 'second'])
        expect(platform.runAs('nora.nobody', titles)).toEqual([])
        expect(platform.runAs('nora.nobody', () => new GlideRecordSecure(APP_TABLE).get('title', 'first'))).toBe(false)
        // Plain GlideRecord does not enforce ACLs, as on the instance.
        expect(platform.runAs('nora.nobody', () => new GlideRecord(APP_TABLE).get('title', 'first'))).toBe(true)
    })

    it('admin passes through admin_overrides only', () => {
        expect(platform.runAs('admin', titles)).toEqual(['first', 'second'])
        platform.store.query('sys_security_acl').forEach((acl) => platform.store.update('sys_security_acl', acl.sys_id!, { admin_overrides: 'false' }))
        expect(platform.runAs('admin', titles)).toEqual([])
    })

    it('denies create/write/delete without the role and logs a warning', () => {
        platform.runAs('ivan.insights', () => {
            const gr = new GlideRecordSecure(APP_TABLE)
            gr.initialize()
            gr.setValue('title', 'by ivan')
            expect(gr.canCreate()).toBe(false)
            expect(gr.insert()).toBeNull()
            const existing = new GlideRecordSecure(APP_TABLE)
            existing.get('title', 'first')
            existing.setValue('state', 'closed')
            expect(existing.update()).toBeNull()
            expect(existing.deleteRecord()).toBe(false)
        })
        expect(platform.store.count(APP_TABLE)).toBe(2)
        const warnings = platform.syslog().filter((r) => r.level === '1' && r.source === 'GlideRecordSecure')
        expect(warnings.map((w) => w.message)).toEqual([
            expect.stringMatching(/create operation on table 'x_mioms_m365_assis_case' for user 'ivan.insights'/),
            expect.stringMatching(/write operation/),
            expect.stringMatching(/delete operation/),
        ])
        platform.runAs('ann.admin', () => {
            const gr = new GlideRecordSecure(APP_TABLE)
            gr.initialize()
            gr.setValue('title', 'by ann')
            expect(gr.insert()).toMatch(/^[0-9a-f]{32}$/)
            // No delete ACL on an app table: denied even for the app administrator.
            expect(gr.deleteRecord()).toBe(false)
        })
    })

    it('applies ACL conditions per record and deny-unless ACLs', () => {
        platform.addAcl({ name: APP_TABLE, operation: 'read', roles: [], decisionType: 'deny', condition: 'state=open', adminOverrides: false })
        expect(platform.runAs('ivan.insights', titles)).toEqual(['first'])
        expect(platform.runAs('admin', titles)).toEqual(['first'])
    })

    it('ignores inactive ACLs and fails ACLs with scripts it cannot run', () => {
        const scripted = platform.addAcl({ name: 'incident', operation: 'read', roles: [] })
        platform.store.update('sys_security_acl', scripted, { script: 'answer = true;' })
        platform.insertRow('incident', { number: 'INC1' })
        expect(platform.runAs('nora.nobody', () => new GlideRecordSecure('incident').get('number', 'INC1'))).toBe(false)
        platform.store.update('sys_security_acl', scripted, { active: 'false' })
        // No active ACL on an out-of-box table: allowed (out-of-box ACLs are not loaded).
        expect(platform.runAs('nora.nobody', () => new GlideRecordSecure('incident').get('number', 'INC1'))).toBe(true)
    })

    it('checks REST endpoint ACLs by name and by a route list of ACL ids', () => {
        const aclId = platform.addAcl({ name: 'x_mioms_m365_assis/v1/insights', type: 'rest_endpoint', operation: 'execute', roles: [USER_ROLE] })
        const ivan = platform.findUser('ivan.insights')!.sys_id!
        const nora = platform.findUser('nora.nobody')!.sys_id!
        const request = { type: 'rest_endpoint', name: 'x_mioms_m365_assis/v1/insights', operation: 'execute' } as const
        expect(platform.canAccess(request, ivan)).toBe(true)
        expect(platform.canAccess(request, nora)).toBe(false)
        expect(platform.passesAcls([aclId], undefined, ivan)).toBe(true)
        expect(platform.passesAcls([aclId], undefined, nora)).toBe(false)
        expect(platform.passesAcls([], undefined, ivan)).toBe(false)
    })
})

// docs "Exploring access control list", Deny by default behavior: "By default the ACL engine completely
// denies access if an ACL is empty or invalid" — empty: no role, security attribute, data condition or
// script; invalid: e.g. roles that do not exist. "As of the Xanadu release, an empty ACL will completely
// deny access" (Prevent empty ACL creation).
describe('empty and invalid ACLs', () => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
        platform.createUser('ivan.insights', { roles: [USER_ROLE] })
        platform.insertRow(APP_TABLE, { title: 'first', state: 'open' })
    })
    const canRead = (user: string) => platform.runAs(user, () => new GlideRecordSecure(APP_TABLE).get('title', 'first'))

    it('an ACL with no role, condition or script denies everyone, admin included', () => {
        platform.addAcl({ name: APP_TABLE, operation: 'read', roles: [] })
        expect(canRead('ivan.insights')).toBe(false)
        expect(canRead('admin')).toBe(false)
    })

    it('an ACL listing a role that does not exist denies everyone', () => {
        const acl = platform.addAcl({ name: APP_TABLE, operation: 'read', roles: [USER_ROLE] })
        expect(canRead('ivan.insights')).toBe(true)
        platform.insertRow('sys_security_acl_role', { sys_security_acl: acl, sys_user_role: 'f'.repeat(32) })
        expect(canRead('ivan.insights')).toBe(false)
        expect(canRead('admin')).toBe(false)
    })

    it('an ACL with only a condition is not empty', () => {
        platform.addAcl({ name: APP_TABLE, operation: 'read', roles: [], condition: 'state=open' })
        expect(canRead('ivan.insights')).toBe(true)
    })
})

describe("the app's shipped ACLs (dist/app), installed as an instance installs them", () => {
    const app = readBuiltApp()
    const acls = app.byTable('sys_security_acl')
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
        installApp(platform.store, app)
    })

    it('are neither empty nor invalid: each lists roles, and each role resolves to a role of the instance', () => {
        expect(acls.length).toBeGreaterThan(0)
        for (const acl of acls) {
            const links = platform.store.query('sys_security_acl_role', { where: { kind: 'term', field: 'sys_security_acl', operator: '=', value: acl.fields.sys_id } })
            const roles = links.map((link) => platform.store.get('sys_user_role', link.sys_user_role!)?.name ?? `missing ${link.sys_user_role}`)
            expect({ acl: acl.fields.name, operation: acl.fields.operation, roles: roles.filter((r) => r.startsWith('missing')), count: roles.length > 0 }).toEqual({
                acl: acl.fields.name,
                operation: acl.fields.operation,
                roles: [],
                count: true,
            })
        }
    })

    it('grant each listed role (and admin) and deny a user without them', () => {
        const nobody = platform.createUser('nora.nobody')
        const admin = platform.findUser('admin')!.sys_id!
        for (const acl of acls) {
            const id = acl.fields.sys_id
            const label = `${acl.fields.type} ${acl.fields.name} ${acl.fields.operation}`
            const links = platform.store.query('sys_security_acl_role', { where: { kind: 'term', field: 'sys_security_acl', operator: '=', value: id } })
            for (const link of links) {
                const role = platform.store.get('sys_user_role', link.sys_user_role!)!.name!
                const holder = platform.createUser(`holder.${id}.${role}`, { roles: [role] })
                expect({ label, role, granted: platform.passesAcls([id], undefined, holder) }).toEqual({ label, role, granted: true })
            }
            expect({ label, nobody: platform.passesAcls([id], undefined, nobody) }).toEqual({ label, nobody: false })
            expect({ label, admin: platform.passesAcls([id], undefined, admin) }).toEqual({ label, admin: true })
        }
    })
})
