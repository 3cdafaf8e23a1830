/**
 * Two SqliteStore connections on one file (the sandbox process and an e2e test counting or
 * seeding rows): a column one of them adds is seen by the other, and adding it again is harmless.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteStore } from '../../../sandbox/glide/store/SqliteStore'
import { UniqueKeyViolation } from '../../../sandbox/glide/store/types'

test('columns added by another connection are found by queries and not added twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-shared-'))
    const a = new SqliteStore(join(dir, 'db.sqlite'))
    const b = new SqliteStore(join(dir, 'db.sqlite'))
    try {
        a.insert('t', { sys_id: '1', name: 'one' })
        expect(b.query('t', {})).toHaveLength(1)
        b.insert('t', { sys_id: '2', name: 'two', flag: 'x' })
        expect(a.query('t', { where: { kind: 'term', field: 'flag', operator: '=', value: 'x' } }).map((r) => r.sys_id)).toEqual(['2'])
        expect(a.count('t', { kind: 'term', field: 'flag', operator: '=', value: 'x' })).toBe(1)
        expect(a.update('t', '1', { flag: 'y', other: 'z' })).toBe(true)
        expect(b.get('t', '1')).toMatchObject({ flag: 'y', other: 'z' })
    } finally {
        a.close()
        b.close()
        rmSync(dir, { recursive: true, force: true })
    }
})

test('a unique index made by one connection refuses a duplicate written by another, as UniqueKeyViolation naming the index', () => {
    // The 2nd..Nth sandbox node joins a file the first installed: it never called ensureUniqueIndex itself.
    const dir = mkdtempSync(join(tmpdir(), 'sqlite-shared-'))
    const a = new SqliteStore(join(dir, 'db.sqlite'))
    const b = new SqliteStore(join(dir, 'db.sqlite'))
    try {
        a.ensureUniqueIndex('t', 't_message', ['case_id', 'message_id'])
        a.insert('t', { sys_id: '1', case_id: 'c', message_id: 'm' })
        let refused: unknown
        try {
            b.insert('t', { sys_id: '2', case_id: 'c', message_id: 'm' })
        } catch (e) {
            refused = e
        }
        expect(refused).toBeInstanceOf(UniqueKeyViolation)
        expect(refused).toMatchObject({ table: 't', index: 't_message', values: ['c', 'm'] })
        expect(a.count('t')).toBe(1)
        // Another key is fine, and an empty column never collides.
        b.insert('t', { sys_id: '3', case_id: 'c', message_id: 'n' })
        b.insert('t', { sys_id: '4', case_id: 'c' })
        b.insert('t', { sys_id: '5', case_id: 'c' })
        expect(a.count('t')).toBe(4)
    } finally {
        a.close()
        b.close()
        rmSync(dir, { recursive: true, force: true })
    }
})
