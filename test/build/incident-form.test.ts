/**
 * The Microsoft 365 tab ships as a macro, a formatter, one NEW incident section (Default view)
 * and its one formatter element — and nothing else of the incident form (NOTES.md: a Form() or
 * sys_ui_form / sys_ui_form_section records would replace the out-of-box form's tabs).
 *
 * The macro is checked as the instance will read it: the `xml` field's value after the update
 * file's own XML decoding (what the SDK's escaping leaves), parsed as strict XML by Jelly, with
 * nothing per record or per user (current, gs) in phase one, whose output the instance caches
 * for every record and user (doc "Extensions to Jelly syntax").
 */
import { BuiltApp, readBuiltApp } from '../../sandbox/instance/dist-records'
import { XmlElement, parseJellyXml, phaseOneReads } from '../../sandbox/instance/jelly'

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
        // The platform's Default view: sys_ui_view sys_id 'Default view' (default_view from @servicenow/sdk/core),
        // not a view named 'default_view' (what a string creates); and no view record of our own.
        expect(sections[0].fields.view).toBe('Default view')
        expect(sections[0].displayValues.view).toBe('Default view')
        expect(app.byTable('sys_ui_view')).toHaveLength(0)
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
        const tags = elements(parseJellyXml(xml))
        const evaluates = tags.filter((tag) => tag.name === 'g2:evaluate').map((tag) => attributeOf(tag, 'expression'))
        expect(evaluates).toEqual([expect.stringContaining("gs.hasRole('x_mioms_m365_assis.insights_user')"), expect.stringContaining('/^[0-9a-f]{32}$/')])
        expect(tags.filter((tag) => tag.name === 'j2:if').map((tag) => attributeOf(tag, 'test'))).toEqual(["$[jvar_m365_allowed and jvar_m365_incident != '']"])
        const iframe = tags.find((tag) => tag.name === 'iframe')!
        expect(attributeOf(iframe, 'src')).toBe('/x_mioms_m365_assis_panel.do?sysparm_incident=$[jvar_m365_incident]')
        expect(attributeOf(iframe, 'style')).toMatch(/height:\s*\d+px/)
    })

    test('the built macro parses as strict XML and reads current and gs in phase two only', () => {
        const xml = app.byTable('sys_ui_macro')[0].fields.xml
        expect(() => parseJellyXml(xml)).not.toThrow()
        expect(phaseOneReads(xml, ['current', 'gs'])).toEqual([])
    })

    test('the same checks refuse a macro that does not parse or that reads current or gs in phase one', () => {
        const preamble = '<?xml version="1.0" encoding="utf-8" ?><j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null">'
        expect(() => parseJellyXml(`${preamble}<j2:if test="$[jvar_a && jvar_b]"/></j:jelly>`)).toThrow(/does not start an entity reference/)
        expect(phaseOneReads(`${preamble}<g:evaluate var="jvar_ok" expression="gs.hasRole('x')"/><j:if test="\${jvar_ok}"><p title="\${current.sys_id}"/></j:if></j:jelly>`, ['current', 'gs'])).toEqual([
            '<g:evaluate> script reads gs in phase one',
            '<p> attribute title reads current in phase one',
        ])
    })
})

function elements(root: XmlElement): XmlElement[] {
    return [root, ...root.children.flatMap((child) => (child.type === 'element' ? elements(child) : []))]
}

function attributeOf(element: XmlElement, name: string): string | undefined {
    return element.attributes.find(([n]) => n === name)?.[1]
}
