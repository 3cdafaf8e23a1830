import { createTestPlatform, GlideRecord, Platform } from '../../../sandbox/glide'

describe('dictionary defaults', () => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
        platform.insertRow('sys_dictionary', { name: 'x_mioms_m365_assis_setup', element: 'step', internal_type: 'string', default_value: 'consent' })
        platform.insertRow('sys_dictionary', { name: 'x_mioms_m365_assis_setup', element: 'consent', internal_type: 'boolean', default_value: 'false' })
        platform.insertRow('sys_dictionary', { name: 'x_mioms_m365_assis_setup', element: 'opened_at', internal_type: 'glide_date_time', default_value: 'javascript:new GlideDateTime().getDisplayValue()' })
        platform.insertRow('sys_dictionary', { name: 'x_mioms_m365_assis_setup', element: 'mode', internal_type: 'choice' })
    })

    it('newRecord() sets literal defaults at once; javascript: defaults other than the platform\'s named ones are ignored', () => {
        const gr = new GlideRecord('x_mioms_m365_assis_setup')
        gr.newRecord()
        expect([gr.getValue('step'), gr.getValue('consent'), gr.getValue('opened_at'), gr.getValue('mode')]).toEqual(['consent', '0', null, null])
        expect(gr.getUniqueValue()).toMatch(/^[0-9a-f]{32}$/)
    })

    it('initialize() leaves fields empty; insert() fills defaults of the fields never set', () => {
        const gr = new GlideRecord('x_mioms_m365_assis_setup')
        gr.initialize()
        expect(gr.getValue('step')).toBeNull()
        gr.setValue('step', 'mode')
        const id = gr.insert()!
        expect(platform.store.get('x_mioms_m365_assis_setup', id)).toMatchObject({ step: 'mode', consent: 'false' })
        expect(platform.store.get('x_mioms_m365_assis_setup', id)?.opened_at ?? null).toBeNull()
    })

    it('applies nothing for a table without dictionary rows', () => {
        const gr = new GlideRecord('x_mioms_m365_assis_nothing')
        gr.newRecord()
        expect(gr.getValue('state')).toBeNull()
    })
})
