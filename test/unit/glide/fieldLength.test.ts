/**
 * Field lengths on save (sandbox/glide/fieldLength.ts) and GlideElementDescriptor
 * (GlideElement.getED()). The app's own tables are installed from the build (jest setupFiles), so
 * these use their real dictionary: health_issue.issue_id is string(40) (a VARCHAR column),
 * health_issue.title string(500) and setup.last_test_results json(4000) (MEDIUMTEXT on MySQL),
 * health_issue.post_count an integer.
 */
import { createTestPlatform, GlideRecord, Platform } from '../../../sandbox/glide'
import { cutToLength, storedLengthLimit } from '../../../sandbox/glide/fieldLength'

const ISSUES = 'x_mioms_m365_assis_health_issue'
const SETUP = 'x_mioms_m365_assis_setup'

function longJson(chars: number): string {
    const items: string[] = []
    let text = '[]'
    for (let i = 0; text.length < chars; i++) {
        items.push(JSON.stringify({ key: 'k' + i, content: '<p>' + 'x'.repeat(200) + '</p>' }))
        text = '[' + items.join(',') + ']'
    }
    return text
}

function insertIssue(values: Record<string, string>): GlideRecord {
    const gr = new GlideRecord(ISSUES)
    gr.initialize()
    for (const [field, value] of Object.entries(values)) gr.setValue(field, value)
    gr.insert()
    return gr
}

describe.each(['strict', 'lenient'] as const)('field lengths on save (longTextCut %s)', (mode) => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
        platform.fidelity.longTextCut = mode
    })

    it('cuts a string longer than a VARCHAR field (max_length ≤ 255) on insert, on both sides', () => {
        const id = 'EX' + '1'.repeat(60)
        const gr = insertIssue({ issue_id: id })
        expect(platform.store.get(ISSUES, gr.getUniqueValue())!.issue_id).toBe(id.substring(0, 40))
    })

    it('cuts a JSON document longer than max_length 4000 only on the strict side; the cut JSON no longer parses', () => {
        const json = longJson(6000)
        const gr = new GlideRecord(SETUP)
        gr.initialize()
        gr.setValue('last_test_results', json)
        gr.insert()
        const stored = platform.store.get(SETUP, gr.getUniqueValue())!.last_test_results!
        if (mode === 'strict') {
            expect(stored).toHaveLength(4000)
            expect(() => JSON.parse(stored)).toThrow()
        } else {
            expect(stored).toBe(json)
        }
    })

    it('cuts on update as well, and through a fresh GlideRecord the cut value is what reads back', () => {
        const gr = insertIssue({ issue_id: 'EX2', title: 'Mail' })
        const title = 'Mail delayed '.repeat(50)
        gr.setValue('title', title)
        gr.setValue('classification', 'incident-'.repeat(10))
        gr.update()
        const fresh = new GlideRecord(ISSUES)
        expect(fresh.get(gr.getUniqueValue())).toBe(true)
        expect(fresh.getValue('classification')).toBe('incident-'.repeat(10).substring(0, 40))
        expect(fresh.getValue('title')).toBe(mode === 'strict' ? title.substring(0, 500) : title)
    })

    it('cuts a system write (platform.insertRow): it is a database column too', () => {
        const id = platform.insertRow(ISSUES, { issue_id: 'y'.repeat(50), title: 't'.repeat(600) })
        const row = platform.store.get(ISSUES, id)!
        expect(row.issue_id).toBe('y'.repeat(40))
        expect(row.title).toHaveLength(mode === 'strict' ? 500 : 600)
    })

    it("never cuts non-string types, fields without a dictionary row, or journal fields; the platform's own fields are cut too", () => {
        const reference = 'f'.repeat(48)
        const gr = insertIssue({ issue_id: 'EX3', incident: reference })
        expect(platform.store.get(ISSUES, gr.getUniqueValue())!.incident).toBe(reference)
        const incident = new GlideRecord('incident')
        incident.initialize()
        incident.setValue('short_description', 's'.repeat(300))
        incident.setValue('u_not_in_dictionary', 'u'.repeat(300))
        incident.setValue('work_notes', 'n'.repeat(70000))
        incident.insert()
        const stored = platform.store.get('incident', incident.getUniqueValue())!
        expect(stored.short_description).toHaveLength(160)
        expect(stored.u_not_in_dictionary).toHaveLength(300)
        const [note] = platform.store.query('sys_journal_field', {})
        expect(note.value).toHaveLength(70000)
    })
})

describe('field lengths: details', () => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
    })

    it('counts characters, not UTF-16 units: an emoji is one character', () => {
        expect(cutToLength('ab😀cd', 3)).toBe('ab😀')
        expect(cutToLength('😀'.repeat(40), 40)).toBe('😀'.repeat(40))
        const gr = insertIssue({ issue_id: '😀'.repeat(45) })
        expect(Array.from(platform.store.get(ISSUES, gr.getUniqueValue())!.issue_id!)).toHaveLength(40)
    })

    it('a url is MEDIUMTEXT whatever its max_length; other types keep their VARCHAR limit', () => {
        const url = { table: 't', element: 'u', internalType: 'url', maxLength: 100, reference: null, defaultValue: null, label: null }
        expect(storedLengthLimit(url, { longTextCut: 'strict', writtenValueUncut: 'strict' })).toBe(100)
        expect(storedLengthLimit(url, { longTextCut: 'lenient', writtenValueUncut: 'strict' })).toBeNull()
        expect(storedLengthLimit({ ...url, internalType: 'string' }, { longTextCut: 'lenient', writtenValueUncut: 'strict' })).toBe(100)
        expect(storedLengthLimit({ ...url, internalType: 'boolean' }, { longTextCut: 'strict', writtenValueUncut: 'strict' })).toBeNull()
    })

    it('strict: the GlideRecord that wrote keeps the value as set; lenient: it holds the cut value', () => {
        const long = 'z'.repeat(50)
        const kept = insertIssue({ issue_id: long })
        expect(kept.getValue('issue_id')).toBe(long)
        platform.fidelity.writtenValueUncut = 'lenient'
        // Another id: issue_id is a unique index, so a second row with the same (cut) id would be refused.
        const other = 'y'.repeat(50)
        const cut = insertIssue({ issue_id: other })
        expect(cut.getValue('issue_id')).toBe(other.substring(0, 40))
        // Either way, nothing is left to write: a second update() writes nothing.
        expect(cut.update()).toBe(cut.getUniqueValue())
        expect(platform.store.get(ISSUES, cut.getUniqueValue())!.sys_mod_count).toBe('0')
    })

    it('follows the table parents, and sees dictionary rows added after a first write', () => {
        const parent = platform.insertRow('sys_db_object', { name: 'x_mioms_m365_assis_parent' })
        platform.insertRow('sys_db_object', { name: 'x_mioms_m365_assis_child', super_class: parent })
        platform.insertRow('x_mioms_m365_assis_child', { code: 'c'.repeat(30) })
        platform.insertRow('sys_dictionary', { name: 'x_mioms_m365_assis_parent', element: 'code', internal_type: 'string', max_length: '10' })
        const id = platform.insertRow('x_mioms_m365_assis_child', { code: 'c'.repeat(30) })
        expect(platform.store.get('x_mioms_m365_assis_child', id)!.code).toBe('c'.repeat(10))
    })
})

describe('GlideElement.getED() (GlideElementDescriptor)', () => {
    beforeEach(() => {
        createTestPlatform()
    })

    it("describes the field from its dictionary row: length, internal type, name, label", () => {
        const setup = new GlideRecord(SETUP)
        setup.initialize()
        const results = setup.getElement('last_test_results').getED()
        expect([results.getLength(), results.getInternalType(), results.getName(), results.getLabel()]).toEqual([4000, 'json', 'last_test_results', 'Last test results'])
        const gr = new GlideRecord(ISSUES)
        const id = gr.getElement('issue_id').getED()
        expect([id.getLength(), id.getInternalType(), id.getLabel()]).toEqual([40, 'string', 'Issue ID'])
        expect(gr.getElement('post_count').getED().getInternalType()).toBe('integer')
    })

    it('a field without a dictionary row has length 0 and no type', () => {
        const ed = new GlideRecord('incident').getElement('u_not_in_dictionary').getED()
        expect([ed.getLength(), ed.getInternalType(), ed.getName(), ed.getLabel()]).toEqual([0, '', 'u_not_in_dictionary', 'u_not_in_dictionary'])
    })
})
