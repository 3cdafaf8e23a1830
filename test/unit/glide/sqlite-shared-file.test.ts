/**
 * Two SqliteStore connections on one file (the sandbox process and an e2e test counting or
 * seeding rows): a column one of them adds is seen by the other, and adding it again is harmless.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteStore } from '../../../sandbox/glide/store/SqliteStore'

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
