import { createTestPlatform, GlideRecord, gs, Platform } from '../../../sandbox/glide'

type Record_ = GlideRecord & Record<string, any>

describe('business rules', () => {
    let platform: Platform
    let calls: string[]
    beforeEach(() => {
        platform = createTestPlatform()
        calls = []
    })

    const insert = (values: Record<string, string>) => {
        const gr = new GlideRecord('incident')
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        return { gr, id: gr.insert() }
    }

    it('runs before rules in order, before the write, and after rules after it', () => {
        platform.addBusinessRule({ table: 'incident', when: 'after', actions: ['insert'], order: 50, fn: (c) => calls.push(`after:${platform.store.get('incident', (c as Record_).getUniqueValue()) ? 'stored' : 'missing'}`) })
        platform.addBusinessRule({ table: 'incident', when: 'before', actions: ['insert'], order: 200, fn: () => calls.push('before:200') })
        platform.addBusinessRule({
            table: 'incident',
            when: 'before',
            actions: ['insert'],
            order: 100,
            fn: (c) => {
                calls.push(`before:100:${platform.store.get('incident', (c as Record_).getUniqueValue()) ? 'stored' : 'missing'}`)
                ;(c as Record_).setValue('priority', '3')
            },
        })
        const { id } = insert({ short_description: 'x' })
        expect(calls).toEqual(['before:100:missing', 'before:200', 'after:stored'])
        expect(platform.store.get('incident', id!)?.priority).toBe('3')
    })

    it('setAbortAction(true) in a before rule cancels the write', () => {
        platform.addBusinessRule({
            table: 'incident',
            when: 'before',
            actions: ['insert', 'update', 'delete'],
            fn: (c) => {
                const current = c as Record_
                if (current.getValue('short_description') === 'forbidden') {
                    gs.addErrorMessage('Not allowed')
                    current.setAbortAction(true)
                }
            },
        })
        platform.addBusinessRule({ table: 'incident', when: 'after', actions: ['insert'], fn: () => calls.push('after') })
        const { gr, id } = insert({ short_description: 'forbidden' })
        expect(id).toBeNull()
        expect(gr.isActionAborted()).toBe(true)
        expect(platform.store.count('incident')).toBe(0)
        expect(calls).toEqual([])
        expect(platform.session.errorMessages).toEqual(['Not allowed'])

        const ok = insert({ short_description: 'fine' })
        ok.gr.setValue('short_description', 'forbidden')
        expect(ok.gr.update()).toBeNull()
        expect(platform.store.get('incident', ok.id!)?.short_description).toBe('fine')
    })

    // GlideRecord - Scoped setAbortAction(): "Calling setAbortAction() does not stop subsequent business
    // rules from executing. Calling this method only prevents the database action from occurring."
    it('setAbortAction(true) does not stop the later before rules; only the write and the after rules are skipped', () => {
        platform.addBusinessRule({ table: 'incident', when: 'before', actions: ['insert'], order: 100, fn: (c) => (calls.push('before:100'), (c as Record_).setAbortAction(true)) })
        platform.addBusinessRule({ table: 'incident', when: 'before', actions: ['insert'], order: 200, fn: (c) => calls.push(`before:200:aborted=${(c as Record_).isActionAborted()}`) })
        platform.addBusinessRule({ table: 'incident', when: 'after', actions: ['insert'], fn: () => calls.push('after') })
        platform.addBusinessRule({ table: 'incident', when: 'async', actions: ['insert'], fn: () => calls.push('async') })
        expect(insert({ short_description: 'x' }).id).toBeNull()
        platform.runAsyncQueue()
        expect(calls).toEqual(['before:100', 'before:200:aborted=true'])
        expect(platform.store.count('incident')).toBe(0)
    })

    it('gives after rules the changes() of the write they follow', () => {
        platform.addBusinessRule({ table: 'incident', when: 'after', actions: ['insert', 'update'], fn: (c) => calls.push(`state=${(c as Record_).state.changes()} desc=${(c as Record_).short_description.changes()}`) })
        const { gr } = insert({ state: '1', short_description: 'a' })
        gr.setValue('state', '2')
        gr.update()
        expect(calls).toEqual(['state=true desc=true', 'state=true desc=false'])
        // Once the write is over, the written values are the loaded ones.
        expect((gr as Record_).state.changes()).toBe(false)
    })

    it('gives update rules previous and field changes()', () => {
        const seen: string[] = []
        platform.addBusinessRule({
            table: 'incident',
            when: 'before',
            actions: ['update'],
            fn: (c, p) => {
                const current = c as Record_
                const previous = p as Record_
                seen.push(`${previous.getValue('state')}->${current.getValue('state')} changes=${current.state.changes()} desc=${current.short_description.changes()}`)
            },
        })
        const { gr } = insert({ state: '1', short_description: 'a' })
        gr.setValue('state', '2')
        gr.update()
        expect(seen).toEqual(['1->2 changes=true desc=false'])
    })

    it('setWorkflow(false) skips rules', () => {
        platform.addBusinessRule({ table: 'incident', when: 'before', actions: ['insert'], fn: () => calls.push('ran') })
        const gr = new GlideRecord('incident')
        gr.initialize()
        gr.setWorkflow(false)
        gr.insert()
        expect(calls).toEqual([])
    })

    it('runs sys_script rows through the script runner with current, previous, gs and require', () => {
        const moduleCalls: string[] = []
        platform.setRequire((id) => {
            expect(id).toBe('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/rules.ts')
            return {
                stamp: (current: Record_, previous: Record_ | null) => {
                    moduleCalls.push(`prev=${previous === null}`)
                    current.setValue('u_stamped', 'yes')
                },
            }
        })
        platform.insertRow('sys_script', {
            name: 'Stamp incidents',
            collection: 'incident',
            when: 'before',
            action_insert: 'true',
            action_update: 'false',
            order: 100,
            active: 'true',
            filter_condition: 'urgency=1',
            script: "const { stamp } = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/rules.ts'); stamp(current, previous);",
        })
        platform.insertRow('sys_script', { name: 'Inactive', collection: 'incident', when: 'before', action_insert: 'true', active: 'false', script: 'throw new Error("must not run")' })
        platform.insertRow('sys_script', { name: 'JS condition', collection: 'incident', when: 'after', action_insert: 'true', condition: "current.getValue('urgency') == '1'", script: "gs.info('after {0}', current.getValue('urgency'))" })

        const high = insert({ urgency: '1' })
        const low = insert({ urgency: '3' })
        expect(platform.store.get('incident', high.id!)?.u_stamped).toBe('yes')
        expect(platform.store.get('incident', low.id!)?.u_stamped ?? null).toBeNull()
        expect(moduleCalls).toEqual(['prev=true'])
        expect(platform.syslog().map((r) => r.message)).toEqual(['after 1'])
        expect(platform.scriptErrors).toEqual([])
    })

    it('queues async rules until runAsyncQueue, running as the user who wrote', () => {
        platform.createUser('ivan')
        platform.addBusinessRule({ table: 'incident', when: 'async', actions: ['insert', 'update'], fn: (c, p) => calls.push(`${gs.getUserName()}:${(c as Record_).getValue('state')}:${p === null}`) })
        const { gr } = platform.runAs('ivan', () => insert({ state: '1' }))
        gr.setValue('state', '2')
        gr.update()
        expect(calls).toEqual([])
        expect(platform.runAsyncQueue()).toBe(2)
        // Async rules read the record as it is when they run.
        expect(calls).toEqual(['ivan:2:true', 'admin:2:true'])
        expect(platform.runAsyncQueue()).toBe(0)
    })

    // docs "Business rules": async runs when "the scheduler runs the scheduled job created from the business
    // rule", and "the condition builder and condition field ... support the changes() ... methods" (which only
    // the write can answer); the condition is evaluated again before the run only with the property
    // glide.businessrule.async_condition_check = true (jacebenson/jace.pro, content/properties).
    describe.each([
        ['missing', undefined],
        ['true', 'true'],
    ])('async rule conditions (glide.businessrule.async_condition_check %s)', (_name, recheck) => {
        beforeEach(() => {
            if (recheck) platform.setProperty('glide.businessrule.async_condition_check', recheck)
            platform.insertRow('sys_script', {
                name: 'Async on state change',
                collection: 'incident',
                when: 'async_always',
                action_insert: 'false',
                action_update: 'true',
                active: 'true',
                condition: 'current.state.changes()',
                // Priority follows impact × urgency (the out-of-box data lookup, priorityLookup.ts): 1 × 1 gives 1.
                filter_condition: 'priority=1',
                script: "gs.info('async ran: state {0}', current.getValue('state'))",
            })
        })
        const ran = () => platform.syslog().map((r) => r.message ?? '').filter((m) => m.startsWith('async ran'))

        it('queues the rule only when the write matches its condition, judged with that write', () => {
            const { gr } = insert({ state: '1', impact: '1', urgency: '1' })
            gr.setValue('short_description', 'no state change')
            gr.update()
            expect(platform.businessRules.pendingAsync()).toBe(0)
            gr.setValue('state', '2')
            gr.update()
            expect(platform.businessRules.pendingAsync()).toBe(1)
            platform.runAsyncQueue()
            // When it runs, the record is re-read: changes() is false there, so a re-check refuses it.
            expect(ran()).toEqual(recheck ? [] : ['async ran: state 2'])
        })

        it('runs what was queued although the record stopped matching the filter before the run (unless re-checked)', () => {
            const { gr } = insert({ state: '1', impact: '1', urgency: '1' })
            gr.setValue('state', '2')
            gr.update()
            platform.store.update('incident', gr.getUniqueValue(), { priority: '4' })
            platform.runAsyncQueue()
            expect(ran()).toEqual(recheck ? [] : ['async ran: state 2'])
        })
    })

    it('logs a failing rule and lets the transaction continue', () => {
        platform.addBusinessRule({ name: 'Broken', table: 'incident', when: 'before', actions: ['insert'], fn: () => { throw new Error('boom') } })
        const { id } = insert({ short_description: 'still saved' })
        expect(id).not.toBeNull()
        expect(platform.scriptErrors).toHaveLength(1)
        expect(platform.syslog()[0]).toMatchObject({ level: '2', source: "Business rule 'Broken' on incident" })
    })

    it('runs delete rules with the deleted record', () => {
        platform.addBusinessRule({ table: 'incident', when: 'after', actions: ['delete'], fn: (c) => calls.push(`deleted ${(c as Record_).getValue('number')}`) })
        const { gr } = insert({ number: 'INC1' })
        expect(gr.deleteRecord()).toBe(true)
        expect(calls).toEqual(['deleted INC1'])
    })
})
