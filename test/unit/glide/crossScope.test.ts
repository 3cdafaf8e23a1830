/** Application access on another scope's table: a refused read is a silent empty result, a refused write writes nothing; the platform logs both. */
import { GlideRecord, Platform, createTestPlatform } from '../../../sandbox/glide'

/** Application access flags on the table's sys_db_object row, as an admin edits them (the platform's own row when it has one). */
function setAccess(platform: Platform, table: string, flags: Record<string, string>): void {
    const row = platform.findRow('sys_db_object', 'name', table)
    if (row) platform.store.update('sys_db_object', row.sys_id as string, flags)
    else platform.insertRow('sys_db_object', { name: table, ...flags })
}

const REFUSAL = "Security restricted: Read operation against 'oauth_entity' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy"

function count(table: string): number {
    const gr = new GlideRecord(table)
    gr.query()
    let n = 0
    while (gr.next()) n++
    return n
}

describe('cross-scope read refusal', () => {
    let platform: Platform
    /** The platform's own sys_db_object row of the table (platformDictionary.ts), as an admin edits it. */
    function setCanRead(table: string, value: string): void {
        const row = platform.findRow('sys_db_object', 'name', table)!
        platform.store.update('sys_db_object', row.sys_id!, { read_access: value })
    }
    beforeEach(() => {
        platform = createTestPlatform()
        platform.insertRow('oauth_entity', { name: 'Outbound' })
        platform.insertRow('x_mioms_m365_assis_setup', { step: 'consent' })
    })

    test('reads normally while the table allows it', () => {
        setCanRead('oauth_entity', 'true')
        expect(count('oauth_entity')).toBe(1)
        expect(platform.syslog().some((r) => r.message === REFUSAL)).toBe(false)
    })

    test('a cleared Can read gives an empty result without an exception, and logs the refusal', () => {
        setCanRead('oauth_entity', 'false')
        expect(count('oauth_entity')).toBe(0)
        const gr = new GlideRecord('oauth_entity')
        expect(gr.get('name', 'Outbound')).toBe(false)
        expect(platform.syslog().filter((r) => r.message === REFUSAL).length).toBeGreaterThanOrEqual(2)
    })

    test('the app\'s own tables and code in the global scope are not affected', () => {
        setAccess(platform, 'x_mioms_m365_assis_setup', { read_access: 'false' })
        expect(count('x_mioms_m365_assis_setup')).toBe(1)
        const global = createTestPlatform({ scope: 'global' })
        global.insertRow('oauth_entity', { name: 'Outbound' })
        setAccess(global, 'oauth_entity', { read_access: 'false' })
        expect(count('oauth_entity')).toBe(1)
    })
})

/** Application access "Can create / Can update / Can delete" (sys_db_object create_access, update_access, delete_access). */
describe('cross-scope write refusal', () => {
    const refusal = (word: string, table: string) =>
        `Security restricted: ${word} operation against '${table}' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy`
    let platform: Platform
    let entityId: string
    beforeEach(() => {
        platform = createTestPlatform()
        entityId = platform.insertRow('oauth_entity', { name: 'Outbound' })
    })
    const logged = (message: string) => platform.syslog().some((r) => r.message === message && r.level === '2')

    test('a cleared Can create: insert() returns null, writes nothing, throws nothing, and the platform logs it', () => {
        setAccess(platform, 'oauth_entity', { read_access: 'true', create_access: 'false' })
        const gr = new GlideRecord('oauth_entity')
        gr.initialize()
        gr.setValue('name', 'Second')
        expect(gr.insert()).toBeNull()
        expect(platform.store.count('oauth_entity')).toBe(1)
        expect(logged(refusal('Create', 'oauth_entity'))).toBe(true)
        expect(gr.canCreate()).toBe(true)
    })

    test('a cleared Can update: update() returns null and the stored row is unchanged', () => {
        setAccess(platform, 'oauth_entity', { read_access: 'true', update_access: 'false' })
        const gr = new GlideRecord('oauth_entity')
        expect(gr.get(entityId)).toBe(true)
        gr.setValue('name', 'Renamed')
        expect(gr.update()).toBeNull()
        expect(platform.store.get('oauth_entity', entityId)!.name).toBe('Outbound')
        expect(logged(refusal('Write', 'oauth_entity'))).toBe(true)
    })

    test('a cleared Can delete: deleteRecord() returns false and the row stays', () => {
        setAccess(platform, 'oauth_entity', { read_access: 'true', delete_access: 'false' })
        const gr = new GlideRecord('oauth_entity')
        expect(gr.get(entityId)).toBe(true)
        expect(gr.deleteRecord()).toBe(false)
        expect(platform.store.get('oauth_entity', entityId)).toBeDefined()
        expect(logged(refusal('Delete', 'oauth_entity'))).toBe(true)
    })

    test('a cleared Can read refuses writes too (Can create/update/delete need Can read)', () => {
        setAccess(platform, 'oauth_entity', { read_access: 'false', create_access: 'true' })
        const gr = new GlideRecord('oauth_entity')
        gr.initialize()
        gr.setValue('name', 'Second')
        expect(gr.insert()).toBeNull()
        expect(platform.store.count('oauth_entity')).toBe(1)
    })

    test('the app\'s own tables and global code are not affected', () => {
        setAccess(platform, 'x_mioms_m365_assis_setup', { create_access: 'false' })
        const own = new GlideRecord('x_mioms_m365_assis_setup')
        own.initialize()
        expect(own.insert()).not.toBeNull()
        const global = createTestPlatform({ scope: 'global' })
        setAccess(global, 'oauth_entity', { create_access: 'false' })
        const gr = new GlideRecord('oauth_entity')
        gr.initialize()
        expect(gr.insert()).not.toBeNull()
    })

    describe.each([
        ['sys_ui_form_section', 'crossScopeFormSectionWrite'],
        ['syslog', 'crossScopeSyslogWrite'],
    ] as const)('%s (application access undocumented: switch %s)', (table, behaviour) => {
        const insert = () => {
            const gr = new GlideRecord(table)
            gr.initialize()
            gr.setValue('message', 'x')
            return gr.insert()
        }
        const rows = () => platform.store.query(table).filter((r) => r.message === 'x').length

        test('strict (the default): a scoped insert is refused and logged', () => {
            expect(platform.fidelity[behaviour]).toBe('strict')
            expect(insert()).toBeNull()
            expect(rows()).toBe(0)
            expect(logged(refusal('Create', table))).toBe(true)
        })

        test('strict, but the table row states Can create: allowed', () => {
            setAccess(platform, table, { create_access: 'true' })
            expect(insert()).not.toBeNull()
            expect(rows()).toBe(1)
        })

        test('lenient: allowed unless the table row clears Can create', () => {
            platform.fidelity[behaviour] = 'lenient'
            expect(insert()).not.toBeNull()
            expect(rows()).toBe(1)
            setAccess(platform, table, { create_access: 'false' })
            expect(insert()).toBeNull()
        })
    })
})
