import { GlideRecord as TypedGlideRecord } from '@servicenow/glide'
import { createTestPlatform, GlideRecord, Platform } from '../../../sandbox/glide'
import { removeStoreFiles, STORE_CASES } from './storeCases'

afterAll(removeStoreFiles)

const T0 = Date.UTC(2026, 0, 15, 12, 0, 0)

describe.each(STORE_CASES)('GlideRecord on %s', (_name, createStore) => {
    let platform: Platform
    let now: number
    beforeEach(() => {
        now = T0
        platform = createTestPlatform({ store: createStore(), clock: () => now })
    })
    afterEach(() => platform.store.close())

    function insertIncident(values: Record<string, unknown>): string {
        const gr = new GlideRecord('incident')
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        return gr.insert()!
    }

    it('insert returns the sys_id and fills the sys fields', () => {
        const gr = new GlideRecord('incident')
        gr.initialize()
        expect(gr.isNewRecord()).toBe(true)
        expect(gr.getValue('sys_id')).toBeNull()
        gr.setValue('short_description', 'Mailbox full')
        gr.setValue('close_code', 'Solved')
        gr.setValue('active', true)
        const sysId = gr.insert()
        expect(sysId).toMatch(/^[0-9a-f]{32}$/)
        expect(gr.isNewRecord()).toBe(false)
        expect(gr.isValidRecord()).toBe(true)
        expect(gr.getUniqueValue()).toBe(sysId)

        const read = new GlideRecord('incident')
        expect(read.get(sysId)).toBe(true)
        expect(read.getValue('close_code')).toBe('Solved')
        expect(read.getValue('active')).toBe('1')
        expect(read.getValue('sys_created_on')).toBe('2026-01-15 12:00:00')
        expect(read.getValue('sys_created_by')).toBe('admin')
        expect(read.getValue('sys_mod_count')).toBe('0')
        expect(read.getValue('close_notes')).toBeNull()
    })

    it('newRecord assigns the sys_id before insert', () => {
        const gr = new GlideRecord('incident')
        gr.newRecord()
        const planned = gr.getUniqueValue()
        expect(planned).toMatch(/^[0-9a-f]{32}$/)
        expect(gr.insert()).toBe(planned)
    })

    it('autoSysFields(false) leaves the sys fields alone', () => {
        const gr = new GlideRecord('incident')
        gr.initialize()
        gr.autoSysFields(false)
        gr.setValue('number', 'INC1')
        const id = gr.insert()!
        expect(platform.store.get('incident', id)?.sys_created_on ?? null).toBeNull()
    })

    it('rows a sort leaves tied come back in reverse insertion order on the strict side, in insertion order on the lenient side (sortTies)', () => {
        for (const number of ['INC1', 'INC2', 'INC3']) insertIncident({ number, severity: 2 })
        insertIncident({ number: 'INC0', severity: 1 })
        const read = (sort: boolean) => {
            const gr = new GlideRecord('incident')
            if (sort) gr.orderBy('severity')
            gr.query()
            const seen: string[] = []
            while (gr.next()) seen.push(gr.getValue('number')!)
            return seen
        }
        expect(read(true)).toEqual(['INC0', 'INC3', 'INC2', 'INC1'])
        expect(read(false)).toEqual(['INC0', 'INC3', 'INC2', 'INC1'])
        platform.fidelity.sortTies = 'lenient'
        expect(read(true)).toEqual(['INC0', 'INC1', 'INC2', 'INC3'])
        expect(read(false)).toEqual(['INC1', 'INC2', 'INC3', 'INC0'])
    })

    it('queries with addQuery, addOrCondition, null queries, ordering and limits', () => {
        insertIncident({ number: 'INC1', severity: 1, subcategory: 'email' })
        insertIncident({ number: 'INC2', severity: 3, subcategory: 'network' })
        insertIncident({ number: 'INC3', severity: 2 })
        insertIncident({ number: 'INC4', severity: 4, subcategory: 'email' })

        const gr = new GlideRecord('incident')
        gr.addQuery('subcategory', 'email').addOrCondition('severity', '<=', 2)
        gr.orderByDesc('number')
        gr.query()
        const seen: string[] = []
        while (gr.next()) seen.push(gr.getValue('number')!)
        expect(seen).toEqual(['INC4', 'INC3', 'INC1'])
        expect(gr.getRowCount()).toBe(3)

        const empty = new GlideRecord('incident')
        empty.addNullQuery('subcategory')
        empty.query()
        expect(empty.next() && empty.getValue('number')).toBe('INC3')
        expect(empty.hasNext()).toBe(false)

        const window = new GlideRecord('incident')
        window.addNotNullQuery('subcategory')
        window.addQuery('number', 'IN', ['INC1', 'INC2', 'INC4'])
        window.orderBy('number')
        window.chooseWindow(1, 3)
        window.query()
        expect(window.getRowCount()).toBe(2)
        window.next()
        expect(window.getValue('number')).toBe('INC2')

        const limited = new GlideRecord('incident')
        limited.addEncodedQuery('severity>1^ORDERBYseverity')
        limited.setLimit(1)
        limited.query()
        expect(limited.next() && limited.getValue('number')).toBe('INC3')
        expect(limited.next()).toBe(false)
        expect(limited.isValidRecord()).toBe(false)

        const contains = new GlideRecord('incident')
        contains.addQuery('subcategory', 'CONTAINS', 'MAIL')
        contains.query()
        expect(contains.getRowCount()).toBe(2)
    })

    it('get(field, value) finds by field; get of an empty value finds nothing', () => {
        insertIncident({ number: 'INC9' })
        const gr = new GlideRecord('incident')
        expect(gr.get('number', 'INC9')).toBe(true)
        expect(gr.getValue('number')).toBe('INC9')
        expect(gr.get('number', 'NOPE')).toBe(false)
        expect(new GlideRecord('incident').get('')).toBe(false)
        expect(new GlideRecord('incident').get(null)).toBe(false)
    })

    it('update writes only changes, bumps sys_mod_count and sys_updated_on', () => {
        const id = insertIncident({ number: 'INC1', state: '1' })
        now += 60_000
        const gr = new GlideRecord('incident')
        gr.get(id)
        expect(gr.update()).toBe(id)
        expect(platform.store.get('incident', id)?.sys_mod_count).toBe('0')
        gr.setValue('state', '2')
        expect(gr.update()).toBe(id)
        const row = platform.store.get('incident', id)!
        expect(row.state).toBe('2')
        expect(row.sys_mod_count).toBe('1')
        expect(row.sys_updated_on).toBe('2026-01-15 12:01:00')
    })

    it('update on a new record inserts it', () => {
        const gr = new GlideRecord('incident')
        gr.initialize()
        gr.setValue('number', 'INC5')
        const id = gr.update()
        expect(platform.store.get('incident', id!)?.number).toBe('INC5')
    })

    it('deleteRecord, deleteMultiple and updateMultiple act on the query', () => {
        const a = insertIncident({ number: 'INC1', state: '1' })
        insertIncident({ number: 'INC2', state: '1' })
        // A closed incident carries its close info (the base system's data policy, dataPolicy.ts).
        insertIncident({ number: 'INC3', state: '7', close_code: 'Solution provided', close_notes: 'Done.' })

        const upd = new GlideRecord('incident')
        upd.addQuery('state', '1')
        upd.setValue('state', '2')
        upd.updateMultiple()
        expect(platform.store.count('incident', { kind: 'term', field: 'state', operator: '=', value: '2' })).toBe(2)

        const one = new GlideRecord('incident')
        one.get(a)
        expect(one.deleteRecord()).toBe(true)
        expect(platform.store.get('incident', a)).toBeUndefined()

        const many = new GlideRecord('incident')
        many.addQuery('state', '!=', '7')
        many.deleteMultiple()
        expect(platform.store.query('incident').map((r) => r.number)).toEqual(['INC3'])
    })

    it('exposes fields as GlideElements with changes(), nil() and assignment', () => {
        const id = insertIncident({ number: 'INC1', state: '1' })
        const gr = new GlideRecord('incident') as GlideRecord & Record<string, any>
        gr.get(id)
        expect(String(gr.number)).toBe('INC1')
        expect(`${gr.state}`).toBe('1')
        expect(gr.state == 1).toBe(true)
        expect(gr.close_code.nil()).toBe(true)
        expect(gr.close_code.toString()).toBe('')
        expect(gr.state.changes()).toBe(false)
        gr.state = '2'
        expect(gr.getValue('state')).toBe('2')
        expect(gr.state.changes()).toBe(true)
        expect(gr.state.changesTo('2')).toBe(true)
        expect(gr.state.changesFrom('1')).toBe(true)
        gr.getElement('state').setValue('1')
        expect(gr.state.changes()).toBe(false)
        expect(gr.getTableName()).toBe('incident')
    })

    it('shows display values of references and choices', () => {
        const userId = platform.createUser('beth.agent', { fields: { name: 'Beth Agent' } })
        platform.insertRow('sys_choice', { name: 'incident', element: 'state', value: '2', label: 'In Progress', language: 'en' })
        platform.insertRow('sys_dictionary', { name: 'x_mioms_m365_assis_case', element: 'incident', internal_type: 'reference', reference: 'incident' })
        const incident = insertIncident({ number: 'INC7', caller_id: userId, state: '2' })
        const caseId = platform.insertRow('x_mioms_m365_assis_case', { incident })

        const gr = new GlideRecord('incident')
        gr.get(incident)
        expect(gr.getDisplayValue('caller_id')).toBe('Beth Agent')
        expect(gr.getDisplayValue('state')).toBe('In Progress')
        expect(gr.getDisplayValue()).toBe('INC7')
        const caseGr = new GlideRecord('x_mioms_m365_assis_case')
        caseGr.get(caseId)
        expect(caseGr.getDisplayValue('incident')).toBe('INC7')
        const ref = caseGr.getElement('incident').getRefRecord() as GlideRecord
        expect(ref.isValidRecord() && ref.getValue('number')).toBe('INC7')
    })

    it('rejects operators and dot-walks it cannot emulate', () => {
        const gr = new GlideRecord('incident')
        expect(() => gr.addQuery('state', 'SOMETIMES', '1')).toThrow(/operator/)
        expect(() => gr.addQuery('caller_id.name', 'Bob')).toThrow(/Dot-walked/)
        gr.addQuery('state', '1')
        gr.addQuery('active=true^ORpriority=1')
        expect(gr.getEncodedQuery()).toBe('state=1^active=true^ORpriority=1')
    })
})

describe('module mapping', () => {
    it("'@servicenow/glide' resolves to the emulation with the official types", () => {
        const platform = createTestPlatform()
        const gr = new TypedGlideRecord('incident')
        gr.initialize()
        gr.setValue('short_description', 'typed')
        const id = gr.insert()
        expect(gr).toBeInstanceOf(GlideRecord)
        expect(platform.store.get('incident', id!)?.short_description).toBe('typed')
        expect(gr.short_description.toString()).toBe('typed')
    })
})

describe("GlideRecord: setting a field to 'NULL'", () => {
    // docs "Setting a GlideRecord variable to 'NULL'" (Zurich, api-reference/scripts/r_SettingAGlideRecordVariableToNull.html).
    it('returns the field to its initial empty state instead of storing the text', () => {
        const platform = createTestPlatform()
        const id = platform.insertRow('incident', { short_description: 'Mail down', close_notes: 'Fixed.' })
        const gr = new GlideRecord('incident')
        gr.get(id)
        gr.setValue('close_notes', 'NULL')
        gr.update()
        expect(platform.store.get('incident', id)?.close_notes ?? null).toBeNull()
    })
})
