import { createTestPlatform, GlideRecord, Platform } from '../../../sandbox/glide'

type Record_ = GlideRecord & Record<string, any>

describe('journal fields (comments, work_notes)', () => {
    let platform: Platform
    let now: number
    beforeEach(() => {
        now = Date.UTC(2026, 0, 1, 10, 0, 0)
        platform = createTestPlatform({ clock: () => now })
    })

    const newIncident = (): Record_ => {
        const gr = new GlideRecord('incident') as Record_
        gr.initialize()
        gr.setValue('short_description', 'Mail down')
        gr.insert()
        return gr
    }

    it('writes a sys_journal_field row on update and the field reads back empty', () => {
        const gr = newIncident()
        gr.comments = 'Customer called back'
        // Strict (the default): changes() is not available for journal fields (see below).
        expect(gr.comments.changes()).toBe(false)
        expect(gr.update()).toBe(gr.getUniqueValue())
        expect(gr.getValue('comments')).toBeNull()
        expect(gr.comments.changes()).toBe(false)
        expect(platform.store.query('sys_journal_field')).toEqual([
            expect.objectContaining({ name: 'incident', element: 'comments', element_id: gr.getUniqueValue(), value: 'Customer called back', sys_created_by: 'admin' }),
        ])
        const stored = platform.store.get('incident', gr.getUniqueValue())!
        expect(stored.comments ?? null).toBeNull()
        expect(stored.sys_mod_count).toBe('1')
        const fresh = new GlideRecord('incident') as Record_
        fresh.get(gr.getUniqueValue())
        expect(fresh.comments.toString()).toBe('')
    })

    it('writes journal entries given on insert too, and work_notes separately', () => {
        const gr = new GlideRecord('incident') as Record_
        gr.initialize()
        gr.setValue('comments', 'opened by phone')
        gr.setValue('work_notes', 'internal: check MX')
        const id = gr.insert()!
        expect(platform.store.get('incident', id)).not.toHaveProperty('comments')
        expect(platform.store.query('sys_journal_field').map((r) => `${r.element}:${r.value}`).sort()).toEqual(['comments:opened by phone', 'work_notes:internal: check MX'])
    })

    // GlideElement - Scoped changes(): "available for all available data types, except Journal fields";
    // strict: false for journal fields; lenient (fidelity journalChanges): true once a new entry was set.
    it.each([
        ['strict', false],
        ['lenient', true],
    ] as const)('changes() of a journal field in before and after rules (%s), and getJournalEntry(1 / -1)', (mode, changed) => {
        platform.fidelity.journalChanges = mode
        const seen: string[] = []
        platform.addBusinessRule({ table: 'incident', when: 'before', actions: ['update'], fn: (c) => seen.push(`before:${(c as Record_).comments.changes()}:${(c as Record_).comments}`) })
        platform.addBusinessRule({
            table: 'incident',
            when: 'after',
            actions: ['update'],
            fn: (c) => {
                const current = c as Record_
                seen.push(`after:${current.comments.changes()}:${current.comments.changesTo(current.comments.toString())}:${current.work_notes.changes()}`)
                seen.push(current.comments.getJournalEntry(1))
            },
        })
        const gr = newIncident()
        gr.comments = 'first'
        gr.update()
        now += 60_000
        gr.comments = 'second'
        gr.update()
        expect(seen).toEqual([
            `before:${changed}:first`,
            `after:${changed}:${changed}:false`,
            '2026-01-01 10:00:00 - System Administrator (Additional comments)\nfirst\n\n',
            `before:${changed}:second`,
            `after:${changed}:${changed}:false`,
            '2026-01-01 10:01:00 - System Administrator (Additional comments)\nsecond\n\n',
        ])
        expect(gr.comments.getJournalEntry(-1)).toBe(
            '2026-01-01 10:01:00 - System Administrator (Additional comments)\nsecond\n\n2026-01-01 10:00:00 - System Administrator (Additional comments)\nfirst\n\n',
        )
        expect(gr.work_notes.getJournalEntry(-1)).toBe('')
        // Other fields are unaffected by the switch.
        gr.short_description = 'Mail back'
        expect(gr.short_description.changes()).toBe(true)
    })

    it('does not write the journal when a before rule aborts', () => {
        platform.addBusinessRule({ table: 'incident', when: 'before', actions: ['update'], fn: (c) => (c as Record_).setAbortAction(true) })
        const gr = newIncident()
        gr.comments = 'rejected'
        expect(gr.update()).toBeNull()
        expect(platform.store.count('sys_journal_field')).toBe(0)
    })

    it('treats sys_dictionary journal entries as journal fields, and only those on other tables', () => {
        platform.insertRow('sys_dictionary', { name: 'x_mioms_m365_assis_case', element: 'notes', internal_type: 'journal_input', column_label: 'Notes' })
        const gr = new GlideRecord('x_mioms_m365_assis_case') as Record_
        gr.initialize()
        gr.notes = 'from Microsoft'
        gr.comments = 'a plain string field here'
        const id = gr.insert()!
        expect(platform.store.get('x_mioms_m365_assis_case', id)).toMatchObject({ comments: 'a plain string field here' })
        expect(gr.notes.getJournalEntry(1)).toBe('2026-01-01 10:00:00 - System Administrator (Notes)\nfrom Microsoft\n\n')
    })
})
