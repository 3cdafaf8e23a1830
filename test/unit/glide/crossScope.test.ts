/** Application access "Can read" cleared on another scope's table: a silent empty result and the platform's log line. */
import { GlideRecord, Platform, createTestPlatform } from '../../../sandbox/glide'

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
        platform.insertRow('sys_db_object', { name: 'x_mioms_m365_assis_setup', read_access: 'false' })
        expect(count('x_mioms_m365_assis_setup')).toBe(1)
        const global = createTestPlatform({ scope: 'global' })
        global.insertRow('oauth_entity', { name: 'Outbound' })
        global.insertRow('sys_db_object', { name: 'oauth_entity', read_access: 'false' })
        expect(count('oauth_entity')).toBe(1)
    })
})
