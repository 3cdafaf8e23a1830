/**
 * The sandbox's classic incident form with the built app installed (dist/app): Setup attaches the
 * app's section to the Default view's incident form, and the form shows the Microsoft 365 tab,
 * whose UI macro frames the panel page for THIS incident and only for users with an app role.
 *
 * The form picks sections by the form's view reference (sys_ui_view sys_id 'Default view'), so
 * a section shipped with another view is a missing tab (strict; fidelity switch formSectionView).
 */
import { Platform, createTestPlatform, invokeRoute } from '../../../sandbox/glide'
import { installApp } from '../../../sandbox/instance/app-installer'
import { readBuiltApp } from '../../../sandbox/instance/dist-records'
import { JellyMacroRenderer } from '../../../sandbox/instance/jelly'
import { DEFAULT_VIEW_ID, seedIncidentForm } from '../../../sandbox/instance/seed'
import { incidentFormSections } from '../../../sandbox/instance/server'
import { FormSectionView } from '../../../sandbox/instance/pages'
import { postFormSection } from '../../../src/server/incident-form/form-section'

const app = readBuiltApp()

function instance(mode: 'strict' | 'lenient'): { platform: Platform; incidents: string[] } {
    const platform = createTestPlatform()
    platform.fidelity.formSectionView = mode
    installApp(platform.store, app)
    seedIncidentForm(platform)
    platform.createUser('m365.admin', { roles: ['x_mioms_m365_assis.administrator'] })
    platform.createUser('agent', { roles: ['x_mioms_m365_assis.insights_user', 'itil'] })
    platform.createUser('itil.only', { roles: ['itil'] })
    const incidents = ['INC0010001', 'INC0010002', 'INC0010003'].map((number) => platform.insertRow('incident', { number, short_description: number }))
    return { platform, incidents }
}

/** Setup's "attach the tab" step, as the Microsoft 365 administrator consents to it. */
function attachTab(platform: Platform): void {
    platform.setSessionUser('m365.admin')
    const answer = invokeRoute(postFormSection as any, { method: 'POST', body: JSON.stringify({ agree: true }), headers: { 'content-type': 'application/json' } })
    expect(answer.status).toBe(200)
}

function formAs(platform: Platform, macros: JellyMacroRenderer, user: string, incident: string): FormSectionView[] {
    platform.setSessionUser(user)
    return incidentFormSections(platform, incident, macros)
}

const tab = (sections: FormSectionView[]) => sections.find((section) => section.caption === 'Microsoft 365')
const tabHtml = (sections: FormSectionView[]) => (tab(sections)?.elements ?? []).map((element) => (element.kind === 'html' ? element.html : '')).join('')
const framedIncident = (html: string) => /sysparm_incident=([^"&]*)/.exec(html)?.[1] ?? null

describe.each(['strict', 'lenient'] as const)('the Microsoft 365 tab on the incident form (formSectionView %s)', (mode) => {
    test('frames each incident it is opened on, for users with the role, through one Jelly cache', () => {
        const { platform, incidents } = instance(mode)
        attachTab(platform)
        const macros = new JellyMacroRenderer()

        const first = formAs(platform, macros, 'agent', incidents[0])
        expect(first.map((section) => section.caption)).toEqual(['', 'Notes', 'Related Records', 'Resolution Information', 'Microsoft 365'])
        expect(framedIncident(tabHtml(first))).toBe(incidents[0])
        // A user without the role: no tab (sys_ui_section.roles), and nothing of the macro.
        expect(tab(formAs(platform, macros, 'itil.only', incidents[1]))).toBeUndefined()
        // The next incidents show their own id, not the first one's (phase one is cached per macro).
        expect(framedIncident(tabHtml(formAs(platform, macros, 'agent', incidents[1])))).toBe(incidents[1])
        expect(framedIncident(tabHtml(formAs(platform, macros, 'm365.admin', incidents[2])))).toBe(incidents[2])
        // The frame keeps an explicit height (an iframe without one collapses in the form).
        expect(tabHtml(first)).toMatch(/<iframe [^>]*style="[^"]*height:\s*\d+px/)
        expect(platform.syslog().filter((row) => row.source === 'sandbox')).toEqual([])
    })
})

describe('the form picks sections by its view reference', () => {
    test.each([
        ['strict', false],
        ['lenient', true],
    ] as const)('a section of another view linked to the Default view form: %s shows it = %s', (mode, shown) => {
        const { platform, incidents } = instance(mode)
        const form = platform.store.query('sys_ui_form', {}).find((row) => row.name === 'incident' && row.view === DEFAULT_VIEW_ID)!
        const ess = platform.store.query('sys_ui_view', {}).find((row) => row.name === 'ess')!
        // A section whose view is a view record named like the default ('default_view'), as a string view reference creates.
        const bogus = platform.insertRow('sys_ui_view', { name: 'default_view', title: 'default_view' })
        for (const [caption, view] of [['Self Service tab', ess.sys_id], ['Loose default tab', bogus]] as const) {
            const section = platform.insertRow('sys_ui_section', { name: 'incident', caption, view })
            platform.insertRow('sys_ui_element', { sys_ui_section: section, element: 'short_description', position: '0' })
            platform.insertRow('sys_ui_form_section', { sys_ui_form: form.sys_id as string, sys_ui_section: section, position: '9' })
        }
        const captions = formAs(platform, new JellyMacroRenderer(), 'agent', incidents[0]).map((section) => section.caption)
        expect(captions.includes('Self Service tab')).toBe(shown)
        expect(captions.includes('Loose default tab')).toBe(shown)
        expect(captions.slice(0, 4)).toEqual(['', 'Notes', 'Related Records', 'Resolution Information'])
    })

    test('the platform keeps its view records: the Default view by its literal sys_id, and others', () => {
        const { platform } = instance('strict')
        expect(platform.store.get('sys_ui_view', 'Default view')).toMatchObject({ title: 'Default view' })
        expect(platform.store.query('sys_ui_view', {}).map((row) => row.name ?? '').sort()).toEqual(['', 'Advanced', 'ess', 'sys_popup'])
    })
})

test('a macro that does not parse shows its error where the tab would be, and is logged', () => {
    const { platform, incidents } = instance('strict')
    attachTab(platform)
    const macro = platform.store.query('sys_ui_macro', {}).find((row) => row.name === 'x_mioms_m365_assis_m365_tab')!
    platform.store.update('sys_ui_macro', macro.sys_id as string, { xml: String(macro.xml).replace('<j:jelly', '<j:jelly broken="a && b"') })
    const html = tabHtml(formAs(platform, new JellyMacroRenderer(), 'agent', incidents[0]))
    expect(html).toMatch(/^<div class="jelly-error" role="alert">UI macro x_mioms_m365_assis_m365_tab: not well-formed XML: &#39;&amp;&#39; in attribute broken of &lt;j:jelly&gt;/)
    expect(framedIncident(html)).toBeNull()
    const logged = platform.syslog().filter((row) => row.source === 'sandbox')
    expect(logged.map((row) => row.message)).toEqual([expect.stringMatching(/^UI macro x_mioms_m365_assis_m365_tab: not well-formed XML/)])
})
