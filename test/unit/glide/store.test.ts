import { parseEncodedQuery } from '../../../sandbox/glide/query/encodedQuery'
import { allOf, anyOf, term } from '../../../sandbox/glide/store/semantics'
import { SqliteStore } from '../../../sandbox/glide/store/SqliteStore'
import { Row, Store } from '../../../sandbox/glide/store/types'
import { newSysId } from '../../../sandbox/glide/sysId'
import { removeStoreFiles, STORE_CASES } from './storeCases'

afterAll(removeStoreFiles)

const ROWS: Row[] = [
    { sys_id: 'a'.repeat(32), number: 'INC001', short_description: 'Outlook down', priority: '1', opened_at: '2026-01-02 10:00:00', category: 'email' },
    { sys_id: 'b'.repeat(32), number: 'INC002', short_description: 'Teams slow', priority: '2', opened_at: '2026-01-01 09:00:00', category: null },
    { sys_id: 'c'.repeat(32), number: 'INC003', short_description: 'outlook: cannot send', priority: '10', opened_at: '2026-01-03 08:00:00', category: 'email' },
    { sys_id: 'd'.repeat(32), number: 'INC004', short_description: '100% CPU_usage', priority: '', opened_at: null, category: 'hardware' },
]

describe.each(STORE_CASES)('%s', (_name, createStore) => {
    let store: Store
    beforeEach(() => {
        store = createStore()
        for (const row of ROWS) store.insert('incident', row)
    })
    afterEach(() => store.close())

    const numbers = (q: string) =>
        store.query('incident', { where: parseEncodedQuery(q).condition, orderBy: parseEncodedQuery(q).orderBy }).map((r) => r.number)

    it('reads rows back as strings, empty values as null', () => {
        const row = store.get('incident', 'd'.repeat(32))!
        expect(row.priority).toBeNull()
        expect(row.opened_at).toBeNull()
        expect(row.number).toBe('INC004')
        expect(store.get('incident', newSysId())).toBeUndefined()
        expect(store.get('no_such_table', 'a'.repeat(32))).toBeUndefined()
    })

    it('rejects duplicate sys_ids and unsafe names', () => {
        expect(() => store.insert('incident', { sys_id: 'a'.repeat(32) })).toThrow(/duplicate/)
        expect(() => store.insert('incident; drop', { sys_id: newSysId() })).toThrow(/Invalid table/)
        expect(() => store.insert('incident', { sys_id: newSysId(), 'x"y': '1' })).toThrow(/Invalid column/)
    })

    it('updates and deletes by sys_id, adding columns on demand', () => {
        expect(store.update('incident', 'a'.repeat(32), { state: '2', category: '' })).toBe(true)
        expect(store.get('incident', 'a'.repeat(32))).toMatchObject({ state: '2', category: null })
        expect(store.update('incident', newSysId(), { state: '2' })).toBe(false)
        expect(store.delete('incident', 'b'.repeat(32))).toBe(true)
        expect(store.delete('incident', 'b'.repeat(32))).toBe(false)
        expect(store.count('incident')).toBe(3)
    })

    it.each([
        ['number=INC002', ['INC002']],
        ['number=inc002', []],
        ['category=', ['INC002']],
        ['category!=email', ['INC002', 'INC004']],
        ['short_descriptionLIKEoutlook', ['INC001', 'INC003']],
        ['short_descriptionNOT LIKEoutlook', ['INC002', 'INC004']],
        ['short_descriptionLIKE100%', ['INC004']],
        ['short_descriptionLIKEcpu_u', ['INC004']],
        ['short_descriptionLIKE_', ['INC004']],
        ['short_descriptionSTARTSWITHOUT', ['INC001', 'INC003']],
        ['short_descriptionENDSWITHslow', ['INC002']],
        ['numberININC001,INC004', ['INC001', 'INC004']],
        ['categoryNOT INemail', ['INC002', 'INC004']],
        ['categoryISEMPTY', ['INC002']],
        ['priorityISNOTEMPTY', ['INC001', 'INC002', 'INC003']],
        ['priority<3', ['INC001', 'INC002']],
        ['priority>=2', ['INC002', 'INC003']],
        ['priority>9', ['INC003']],
        ['opened_at>2026-01-01 12:00:00', ['INC001', 'INC003']],
        ['opened_at<=2026-01-02 10:00:00', ['INC001', 'INC002']],
        ['category=email^priority=1', ['INC001']],
        ['category=hardware^ORpriority=2', ['INC002', 'INC004']],
        ['category=email^ORcategory=hardware^priority!=1', ['INC003', 'INC004']],
        ['number=INC001^NQnumber=INC003^ORnumber=INC004', ['INC001', 'INC003', 'INC004']],
        ['no_such_field=x', []],
        ['no_such_fieldISEMPTY', ['INC001', 'INC002', 'INC003', 'INC004']],
        ['no_such_field!=x', ['INC001', 'INC002', 'INC003', 'INC004']],
    ])('filters %s', (query, expected) => {
        expect(numbers(query)).toEqual(expected)
    })

    it('orders with empty values first ascending and keeps insertion order on ties', () => {
        expect(numbers('ORDERBYopened_at')).toEqual(['INC004', 'INC002', 'INC001', 'INC003'])
        expect(numbers('ORDERBYDESCopened_at')).toEqual(['INC003', 'INC001', 'INC002', 'INC004'])
        expect(numbers('ORDERBYcategory^ORDERBYDESCnumber')).toEqual(['INC002', 'INC003', 'INC001', 'INC004'])
        expect(numbers('ORDERBYno_such_field')).toEqual(['INC001', 'INC002', 'INC003', 'INC004'])
    })

    it('applies limit and offset after filtering and ordering', () => {
        const rows = store.query('incident', {
            where: term('category', 'ISNOTEMPTY'),
            orderBy: [{ field: 'number', descending: true }],
            limit: 2,
            offset: 1,
        })
        expect(rows.map((r) => r.number)).toEqual(['INC003', 'INC001'])
        expect(store.count('incident', term('category', '=', 'email'))).toBe(2)
    })

    it('treats an empty AND as all rows and an empty OR as none', () => {
        expect(store.count('incident', allOf([]))).toBe(4)
        expect(store.count('incident', anyOf([]))).toBe(0)
        expect(store.count('incident', term('number', 'IN', ''))).toBe(0)
        expect(store.count('missing_table')).toBe(0)
        expect(store.query('missing_table')).toEqual([])
    })

    it('keeps a lookup among 100,000 rows fast with an index', () => {
        const bulk: Row[] = []
        for (let i = 0; i < 100_000; i++) bulk.push({ sys_id: newSysId(), number: `BULK${String(i).padStart(7, '0')}`, state: String(i % 7) })
        store.transaction(() => bulk.forEach((r) => store.insert('bulk_incident', r)))
        store.ensureIndex('bulk_incident', 'number')
        const started = performance.now()
        for (let i = 0; i < 50; i++) {
            const n = `BULK${String(i * 1999).padStart(7, '0')}`
            expect(store.query('bulk_incident', { where: term('number', '=', n), limit: 1 })[0].number).toBe(n)
        }
        const perLookup = (performance.now() - started) / 50
        if (store instanceof SqliteStore) {
            expect(perLookup).toBeLessThan(5)
            expect(store.explain('bulk_incident', term('number', '=', 'BULK0000001'))).toMatch(/USING INDEX/)
        } else {
            expect(perLookup).toBeLessThan(100)
        }
    })
})

describe('SqliteStore persistence', () => {
    it('reopens a file with its tables and columns', () => {
        const [, create] = STORE_CASES[1]
        const first = create() as SqliteStore
        first.insert('x_mioms_m365_assis_case', { sys_id: 'e'.repeat(32), title: 'kept' })
        first.close()
        const second = new SqliteStore(first.path)
        expect(second.hasTable('x_mioms_m365_assis_case')).toBe(true)
        expect(second.get('x_mioms_m365_assis_case', 'e'.repeat(32))?.title).toBe('kept')
        second.close()
    })
})
