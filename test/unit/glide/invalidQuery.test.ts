/**
 * Invalid field names in a query (docs "GlideRecord - Scoped"): the invalid part is dropped and the
 * rest runs, which may return every row, unless glide.invalid_query.returns_no_rows is true.
 */
import { GlideRecord, createTestPlatform } from '../../../sandbox/glide'

function incidents(): string[] {
    const found: string[] = []
    const gr = new GlideRecord('incident')
    gr.addQuery('short_descriptoin', 'Mail down') // misspelt on purpose
    gr.query()
    while (gr.next()) found.push(gr.getValue('short_description')!)
    return found.sort()
}

describe('a query naming a field the table does not have', () => {
    it('drops that part and returns what the rest matches (here: every incident), and logs it', () => {
        const platform = createTestPlatform()
        platform.insertRow('incident', { short_description: 'Mail down' })
        platform.insertRow('incident', { short_description: 'Teams down' })
        expect(incidents()).toEqual(['Mail down', 'Teams down'])
        expect(platform.syslog().some((r) => r.level === '1' && /unknown field short_descriptoin in table incident/.test(r.message ?? ''))).toBe(true)
    })

    it('returns no rows when glide.invalid_query.returns_no_rows is true', () => {
        const platform = createTestPlatform()
        platform.insertRow('incident', { short_description: 'Mail down' })
        platform.setProperty('glide.invalid_query.returns_no_rows', 'true')
        expect(incidents()).toEqual([])
    })

    it('keeps the valid part: an OR with an unknown field is the known term alone; get() on an unknown field finds the first row', () => {
        const platform = createTestPlatform()
        platform.insertRow('incident', { short_description: 'Mail down', state: '1' })
        platform.insertRow('incident', { short_description: 'Teams down', state: '2' })
        const gr = new GlideRecord('incident')
        gr.addEncodedQuery('state=2^ORbogus=1')
        gr.query()
        expect(gr.getRowCount()).toBe(1)
        const byBogus = new GlideRecord('incident')
        expect(byBogus.get('bogus', 'anything')).toBe(true) // the documented danger: the condition is gone
    })

    it('inherited fields (incident reads task) and system fields are valid; a table without a dictionary is left alone', () => {
        const platform = createTestPlatform()
        platform.insertRow('incident', { short_description: 'Mail down', active: 'true' })
        const gr = new GlideRecord('incident')
        gr.addQuery('active', true)
        gr.addQuery('sys_created_by', 'admin')
        gr.query()
        expect(gr.getRowCount()).toBe(1)
        platform.insertRow('x_scratch', { name: 'a' })
        const scratch = new GlideRecord('x_scratch')
        scratch.addQuery('name', 'b')
        scratch.query()
        expect(scratch.getRowCount()).toBe(0)
        expect(platform.syslog().some((r) => /Invalid query/.test(r.message ?? ''))).toBe(false)
    })
})
