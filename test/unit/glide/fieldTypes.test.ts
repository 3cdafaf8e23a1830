/** Values typed by the field's sys_dictionary internal_type (sandbox/glide/fieldTypes.ts). */
import { createTestPlatform, GlideRecord, GlideRecordSecure, Platform } from '../../../sandbox/glide'
import { fieldDescriptor } from '../../../sandbox/glide/dictionary'
import { FidelityMode } from '../../../sandbox/glide/fidelity'
import { removeStoreFiles, STORE_CASES } from './storeCases'

afterAll(removeStoreFiles)

type Fields = GlideRecord & Record<string, any>

describe.each(STORE_CASES)('True/False fields on %s', (_name, createStore) => {
    let platform: Platform
    beforeEach(() => {
        // The app's scope writes sys_user here only as a typing fixture: the cross-scope refusal of
        // user writes (fidelity crossScopeUserAdminWrite) is pinned in test/unit/atf/passwords.test.ts.
        platform = createTestPlatform({ store: createStore(), scope: 'global' })
    })
    afterEach(() => platform.store.close())

    function user(name: string): Fields {
        const gr = new GlideRecord('sys_user') as Fields
        expect(gr.get('user_name', name)).toBe(true)
        return gr
    }

    it("getValue gives '1'/'0' (null when empty), toString and String() give 'true'/'false'", () => {
        platform.createUser('on', { fields: { web_service_access_only: 'true' } })
        platform.createUser('off', { fields: { web_service_access_only: 'false' } })
        platform.createUser('blank', { fields: { web_service_access_only: '' } })
        expect([user('on').getValue('web_service_access_only'), user('off').getValue('web_service_access_only'), user('blank').getValue('web_service_access_only')]).toEqual(['1', '0', null])
        expect([String(user('on').web_service_access_only), user('off').web_service_access_only.toString(), `${user('blank').web_service_access_only}`]).toEqual(['true', 'false', ''])
        expect(user('on').web_service_access_only.getValue()).toBe('1')
        expect(user('on').getDisplayValue('web_service_access_only')).toBe('true')
        // The comparison the app used to make fails, as it would on an instance.
        expect(user('on').getValue('web_service_access_only') === 'true').toBe(false)
    })

    it("stores 'true'/'false' whatever spelling is set (true, 'true', 1, '1', false, '0')", () => {
        const spellings: unknown[] = [true, 'true', 1, '1', false, 'false', 0, '0']
        const stored = spellings.map((value, i) => {
            const gr = new GlideRecord('sys_user')
            gr.initialize()
            gr.setValue('user_name', `u${i}`)
            gr.setValue('locked_out', value)
            return platform.store.get('sys_user', gr.insert()!)!.locked_out
        })
        expect(stored).toEqual(['true', 'true', 'true', 'true', 'false', 'false', 'false', 'false'])
        // platform.insertRow (seeds, helpers) keeps the same stored form.
        const id = platform.insertRow('sys_user', { user_name: 'imported', locked_out: '1', vip: 0 })
        expect(platform.store.get('sys_user', id)).toMatchObject({ locked_out: 'true', vip: 'false' })
    })

    it('queries match either spelling: addQuery, encoded queries, IN, !=, addActiveQuery', () => {
        platform.createUser('on', { fields: { vip: 'true' } })
        platform.createUser('off', { fields: { vip: 'false' } })
        // A row written (imported) with the other spelling is stored in the one form, so it matches too: the
        // instance's column holds one representation, and a query is one equality an index can serve.
        platform.insertRow('sys_user', { user_name: 'raw', vip: '1', active: '0' })
        const names = (build: (gr: GlideRecord) => void) => {
            const gr = new GlideRecord('sys_user')
            build(gr)
            gr.addQuery('user_name', 'IN', 'on,off,raw')
            gr.orderBy('user_name')
            gr.query()
            const out: string[] = []
            while (gr.next()) out.push(gr.getValue('user_name')!)
            return out
        }
        for (const value of [true, 'true', 1, '1']) expect(names((gr) => gr.addQuery('vip', value))).toEqual(['on', 'raw'])
        expect(names((gr) => gr.addQuery('vip', '=', false))).toEqual(['off'])
        expect(names((gr) => gr.addEncodedQuery('vip=1'))).toEqual(['on', 'raw'])
        expect(names((gr) => gr.addEncodedQuery('vip=true'))).toEqual(['on', 'raw'])
        expect(names((gr) => gr.addEncodedQuery('vip!=1'))).toEqual(['off'])
        expect(names((gr) => gr.addEncodedQuery('vipIN0'))).toEqual(['off'])
        expect(names((gr) => gr.addActiveQuery())).toEqual(['off', 'on'])
        expect(names((gr) => gr.addInactiveQuery())).toEqual(['raw'])
        expect(names((gr) => gr.addEncodedQuery('vip=1^ORvip=0'))).toEqual(['off', 'on', 'raw'])
        const byGet = new GlideRecord('sys_user')
        // Two users match (vip stored as '1' and as 'true'); which one get() returns is not defined.
        expect(byGet.get('vip', 1) && ['on', 'raw'].includes(byGet.getValue('user_name') as string)).toBe(true)
    })

    it('changesTo / changesFrom compare in the stored form', () => {
        platform.createUser('flip', { fields: { vip: 'false' } })
        const gr = user('flip')
        gr.vip = true
        expect(gr.vip.changes()).toBe(true)
        expect([gr.vip.changesTo(true), gr.vip.changesTo('1'), gr.vip.changesTo('true'), gr.vip.changesFrom(false), gr.vip.changesFrom('0')]).toEqual([true, true, true, true, true])
    })

    it('ACL conditions and business-rule filter conditions match either spelling', () => {
        platform.createUser('reader', { roles: ['reader_role'] })
        platform.addAcl({ name: 'x_mioms_m365_assis_case', operation: 'read', roles: ['reader_role'], condition: 'closed=0' })
        platform.insertRow('x_mioms_m365_assis_case', { case_number: 'open-one', closed: 'false' })
        platform.insertRow('x_mioms_m365_assis_case', { case_number: 'closed-one', closed: 'true' })
        const seen = platform.runAs('reader', () => {
            const gr = new GlideRecordSecure('x_mioms_m365_assis_case')
            gr.query()
            const out: string[] = []
            while (gr.next()) out.push(gr.getValue('case_number')!)
            return out
        })
        expect(seen).toEqual(['open-one'])

        const fired: string[] = []
        platform.addBusinessRule({ table: 'sys_user', when: 'after', actions: ['insert'], filterCondition: 'vip=1', fn: (current) => fired.push(current.toRow().user_name!) })
        platform.insertRow('sys_script', { name: 'vip rule', collection: 'sys_user', when: 'before', action_insert: '1', active: '1', filter_condition: 'vip=true', script: "current.setValue('title', 'VIP')" })
        for (const [name, vip] of [['plain', false], ['star', true]] as const) {
            const gr = new GlideRecord('sys_user')
            gr.initialize()
            gr.setValue('user_name', name)
            gr.setValue('vip', vip)
            gr.insert()
        }
        expect(fired).toEqual(['star'])
        expect(platform.findUser('star')?.title).toBe('VIP')
        expect(platform.findUser('plain')?.title ?? null).toBeNull()
    })
})

describe.each<FidelityMode>(['strict', 'lenient'])('integer, decimal and date-time fields (%s)', (mode) => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
        platform.fidelity.typedNumbers = mode
        platform.fidelity.typedDateTime = mode
    })

    function stored(table: string, field: string, value: unknown): string | null {
        const gr = new GlideRecord(table)
        gr.initialize()
        gr.setValue(field, value)
        const id = gr.insert()!
        const read = new GlideRecord(table)
        read.get(id)
        return read.getValue(field)
    }

    it('integers read back as plain integer strings', () => {
        expect(stored('incident', 'reassignment_count', '01')).toBe('1')
        expect(stored('incident', 'reassignment_count', 7)).toBe('7')
        expect(stored('incident', 'reassignment_count', ' -3 ')).toBe('-3')
        expect(stored('incident', 'reassignment_count', '2.9')).toBe('2')
        expect(stored('x_mioms_m365_assis_health_issue', 'post_count', '003')).toBe('3')
    })

    it('a non-number in an integer field is stored empty (strict) or as typed (lenient)', () => {
        expect(stored('incident', 'reassignment_count', 'many')).toBe(mode === 'strict' ? null : 'many')
    })

    it("decimals read back as plain decimals; glide_date_time keeps only 'YYYY-MM-DD HH:mm:ss'", () => {
        platform.insertRow('sys_dictionary', { name: 'x_mioms_m365_assis_metric', element: 'ratio', internal_type: 'decimal' })
        expect(stored('x_mioms_m365_assis_metric', 'ratio', '1.50')).toBe('1.5')
        expect(stored('x_mioms_m365_assis_metric', 'ratio', 'n/a')).toBe(mode === 'strict' ? null : 'n/a')
        expect(stored('incident', 'resolved_at', '2026-03-01 10:20:30')).toBe('2026-03-01 10:20:30')
        expect(stored('incident', 'resolved_at', '2026-03-01T10:20:30Z')).toBe(mode === 'strict' ? null : '2026-03-01T10:20:30Z')
    })
})

describe('the platform dictionary', () => {
    it('incident reads task fields through sys_db_object.super_class, and has its own', () => {
        const platform = createTestPlatform()
        expect(fieldDescriptor(platform.store, 'incident', 'active')).toMatchObject({ table: 'task', internalType: 'boolean', defaultValue: 'true' })
        expect(fieldDescriptor(platform.store, 'incident', 'short_description')).toMatchObject({ table: 'task', internalType: 'string', maxLength: 160 })
        expect(fieldDescriptor(platform.store, 'incident', 'caller_id')).toMatchObject({ table: 'incident', internalType: 'reference', reference: 'sys_user' })
        expect(fieldDescriptor(platform.store, 'sys_db_object', 'read_access')).toMatchObject({ internalType: 'boolean' })
        const id = platform.insertRow('incident', { short_description: 'x', active: 1 })
        const gr = new GlideRecord('incident') as Fields
        gr.get(id)
        expect([gr.getValue('active'), String(gr.active)]).toEqual(['1', 'true'])
    })

    it('is installed once: bootstrap() again refreshes the same rows', () => {
        const platform = createTestPlatform()
        const before = platform.store.count('sys_dictionary')
        platform.bootstrap()
        expect(platform.store.count('sys_dictionary')).toBe(before)
    })
})
