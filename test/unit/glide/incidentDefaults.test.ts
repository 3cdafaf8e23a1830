/** The incident table's defaults (defaults.ts, numbering.ts, priorityLookup.ts, platformDictionary.ts). */
import { createTestPlatform, GlideRecord, Platform } from '../../../sandbox/glide'

const T0 = Date.UTC(2026, 2, 1, 9, 30, 0)

describe('incident defaults', () => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform({ clock: () => T0 })
    })

    function insertIncident(values: Record<string, unknown> = {}, workflow = true): GlideRecord {
        const gr = new GlideRecord('incident')
        gr.initialize()
        gr.setWorkflow(workflow)
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        const id = gr.insert()!
        const read = new GlideRecord('incident')
        read.get(id)
        return read
    }

    it('an inserted incident gets number, state, active, opened_at, opened_by, impact, urgency, priority, incident_state', () => {
        const inc = insertIncident({ short_description: 'Mail is down' })
        const admin = platform.findUser('admin')!.sys_id
        const fields = ['number', 'state', 'active', 'opened_at', 'opened_by', 'impact', 'urgency', 'priority', 'incident_state']
        expect(Object.fromEntries(fields.map((f) => [f, inc.getValue(f)]))).toEqual({
            number: 'INC0010001',
            state: '1',
            active: '1',
            opened_at: '2026-03-01 09:30:00',
            opened_by: admin,
            impact: '3',
            urgency: '3',
            priority: '5',
            incident_state: '1',
        })
    })

    it('numbers come from one per-table sequence, zero-padded to 7 digits; newRecord() takes its number at once', () => {
        expect(insertIncident().getValue('number')).toBe('INC0010001')
        const planned = new GlideRecord('incident')
        planned.newRecord()
        expect(planned.getValue('number')).toBe('INC0010002')
        expect(insertIncident().getValue('number')).toBe('INC0010003')
        planned.insert()
        expect(insertIncident({ number: 'INC9999999' }).getValue('number')).toBe('INC9999999')
        expect(insertIncident().getValue('number')).toBe('INC0010004')
    })

    it('priority follows impact and urgency (data lookup), unless the write skips the engines', () => {
        expect(insertIncident({ impact: '1', urgency: '2' }).getValue('priority')).toBe('2')
        expect(insertIncident({ impact: '2', urgency: '3' }).getValue('priority')).toBe('4')
        // setWorkflow(false): no data lookup, the task default priority (4) stays.
        expect(insertIncident({ impact: '1', urgency: '1' }, false).getValue('priority')).toBe('4')
        const inc = insertIncident()
        inc.setValue('urgency', '1')
        inc.update()
        const read = new GlideRecord('incident')
        read.get(inc.getUniqueValue())
        expect(read.getValue('priority')).toBe('3')
    })

    it('platform.insertRow applies the same defaults and keeps a given number', () => {
        const id = platform.insertRow('incident', { short_description: 'seeded', number: 'INC0000042' })
        expect(platform.store.get('incident', id)).toMatchObject({ number: 'INC0000042', state: '1', active: 'true', impact: '3', urgency: '3' })
        const next = platform.insertRow('incident', { short_description: 'numbered' })
        expect(platform.store.get('incident', next)?.number).toBe('INC0010001')
    })

    it('a script default the emulation does not know leaves the field empty (caller_id: incidentGetCaller())', () => {
        expect(insertIncident().getValue('caller_id')).toBeNull()
    })
})
