/**
 * Unique indexes a table declares (Fluent Table `index` with unique: true) are the database's:
 * a second row with the same non-empty key is refused, on insert and on update, and rows with an
 * empty key column never collide (SQL's NULL semantics, MySQL included). GlideRecord's insert()
 * then returns null and nothing is written; the platform logs the database's refusal.
 */
import { GlideRecord, createTestPlatform } from '../../../sandbox/glide'
import { UniqueKeyViolation } from '../../../sandbox/glide/store/types'
import { removeStoreFiles, STORE_CASES } from './storeCases'

afterAll(removeStoreFiles)

describe.each(STORE_CASES)('%s', (_name, createStore) => {
    it('refuses a second row with the same key, on insert and on update; empty keys never collide', () => {
        const store = createStore()
        store.ensureUniqueIndex('x_msg', 'msg_key', ['case', 'message_id'])
        store.insert('x_msg', { sys_id: 'a', case: 'c1', message_id: 'm1' })
        store.insert('x_msg', { sys_id: 'b', case: 'c2', message_id: 'm1' })
        expect(() => store.insert('x_msg', { sys_id: 'c', case: 'c1', message_id: 'm1' })).toThrow(UniqueKeyViolation)
        expect(() => store.update('x_msg', 'b', { case: 'c1' })).toThrow(/Duplicate entry 'c1-m1' for key 'msg_key'/)
        expect(store.get('x_msg', 'b')?.case).toBe('c2')
        store.insert('x_msg', { sys_id: 'd', case: 'c1', message_id: null })
        store.insert('x_msg', { sys_id: 'e', case: 'c1', message_id: null })
        expect(store.count('x_msg')).toBe(4)
        store.close()
    })
})

it('GlideRecord: insert() returns null, writes nothing and logs the refusal when the app table\'s unique index refuses the row', () => {
    const platform = createTestPlatform() // installs the built app's unique indexes (test/support/app-dictionary.ts)
    const insertIssue = () => {
        const gr = new GlideRecord('x_mioms_m365_assis_health_issue')
        gr.initialize()
        gr.setValue('issue_id', 'EX1')
        gr.setValue('title', 'Mail down')
        return gr.insert()
    }
    expect(insertIssue()).toBeTruthy()
    expect(insertIssue()).toBeNull()
    expect(platform.store.count('x_mioms_m365_assis_health_issue')).toBe(1)
    expect(platform.syslog().some((r) => r.level === '2' && /Unique Key violation detected by database \(Duplicate entry 'EX1' for key 'health_issue_id'\)/.test(r.message ?? ''))).toBe(true)
})
