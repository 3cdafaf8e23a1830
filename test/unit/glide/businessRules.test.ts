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
