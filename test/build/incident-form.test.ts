/**
 * The Microsoft 365 tab ships as a macro, a formatter, one NEW incident section (Default view)
 * and its one formatter element — and nothing else of the incident form (NOTES.md: a Form() or
 * sys_ui_form / sys_ui_form_section records would replace the out-of-box form's tabs).
 */
import { BuiltApp, readBuiltApp } from '../../sandbox/instance/dist-records'

let app: BuiltApp
beforeAll(() => {
    app = readBuiltApp()
})

describe('incident form pieces', () => {
    test('no form, no form-sections list, no form section row is emitted', () => {
        expect(app.byTable('sys_ui_form')).toHaveLength(0)
        expect(app.byTable('sys_ui_form_section')).toHaveLength(0)
        expect(app.records.filter((r) => /sys_ui_form_sections/.test(r.file) || r.table === 'sys_ui_form_sections')).toHaveLength(0)
        expect(app.records.filter((r) => r.table === 'sys_ui_list' || r.table === 'sys_ui_related_list')).toHaveLength(0)
    })

    test('one new incident section, Default view, holding only our formatter', () => {
        const sections = app.byTable('sys_ui_section')
        expect(sections).toHaveLength(1)
        expect(sections[0].fields).toMatchObject({ name: 'incident', caption: 'Microsoft 365', roles: 'x_mioms_m365_assis.insights_user' })
        expect(sections[0].displayValues.view).toBe('default_view')
        const elements = app.byTable('sys_ui_element')
        expect(elements).toHaveLength(1)
        const formatter = app.byTable('sys_ui_formatter')
        expect(formatter).toHaveLength(1)
        expect(elements[0].fields).toMatchObject({ type: 'formatter', sys_ui_section: sections[0].fields.sys_id, sys_ui_formatter: formatter[0].fields.sys_id })
        expect(formatter[0].fields).toMatchObject({ table: 'incident', formatter: 'x_mioms_m365_assis_m365_tab.xml', active: 'true' })
    })

    test('the macro checks the role, validates the incident id and gives the iframe a height', () => {
        const macros = app.byTable('sys_ui_macro')
        expect(macros).toHaveLength(1)
        const xml = macros[0].fields.xml
        expect(macros[0].fields.name).toBe('x_mioms_m365_assis_m365_tab')
        expect(xml).toContain("gs.hasRole('x_mioms_m365_assis.insights_user')")
        expect(xml).toContain('/^[0-9a-f]{32}$/')
        expect(xml).toContain('/x_mioms_m365_assis_panel.do?sysparm_incident=${jvar_m365_incident}')
        expect(xml).toMatch(/height:\s*\d+px/)
    })
})
