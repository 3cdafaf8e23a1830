/**
 * Attaching the Microsoft 365 section to the incident form at run time: appended at the end of
 * every Default-view incident form (each domain), nothing else touched, idempotent, and removed
 * again row for row; only with consent and only by an administrator.
 */
import { Platform, createTestPlatform, invokeRoute } from '../../../sandbox/glide'
import { MESSAGES, formatMessage } from '../../../src/server/messages/catalogue'
import { deleteFormSection, getFormSection, postFormSection } from '../../../src/server/incident-form/form-section'
import { seedIncidentForm } from '../../../sandbox/instance/seed'

function instance(): { platform: Platform; ours: string } {
    const platform = createTestPlatform()
    platform.ensureRole('x_mioms_m365_assis.administrator', ['x_mioms_m365_assis.insights_user'])
    platform.createUser('m365.admin', { roles: ['x_mioms_m365_assis.administrator'] })
    platform.createUser('agent', { roles: ['x_mioms_m365_assis.insights_user'] })
    seedIncidentForm(platform)
    // A second domain's incident form, and a form of another view that must stay untouched.
    const domainForm = platform.insertRow('sys_ui_form', { name: 'incident', view: 'Default view', sys_domain: 'acme' })
    const domainSection = platform.insertRow('sys_ui_section', { name: 'incident', caption: 'Notes', view: 'Default view', sys_domain: 'acme' })
    platform.insertRow('sys_ui_form_section', { sys_ui_form: domainForm, sys_ui_section: domainSection, position: '0' })
    const itilForm = platform.insertRow('sys_ui_form', { name: 'incident', view: 'ess', sys_domain: 'global' })
    platform.insertRow('sys_ui_form_section', { sys_ui_form: itilForm, sys_ui_section: domainSection, position: '0' })
    // A view NAMED default_view (what a string view reference creates) is another view: its form
    // and a look-alike section in it are not the Default view's.
    const looseView = platform.insertRow('sys_ui_view', { name: 'default_view', title: 'default_view' })
    platform.insertRow('sys_ui_form', { name: 'incident', view: looseView, sys_domain: 'global' })
    platform.insertRow('sys_ui_section', { name: 'incident', caption: 'Microsoft 365', view: looseView, roles: 'x_mioms_m365_assis.insights_user' })
    // The app's section as the build ships it (src/fluent/incident-form/m365-tab.now.ts): the Default view, by its sys_id.
    const ours = platform.insertRow('sys_ui_section', { name: 'incident', caption: 'Microsoft 365', view: 'Default view', roles: 'x_mioms_m365_assis.insights_user' })
    platform.setSessionUser('m365.admin')
    return { platform, ours }
}

type Body = Record<string, any>
const parse = (r: { status: number; body: unknown }) => ({ status: r.status, body: (JSON.parse(String(r.body)) as Body).result as Body })
const attach = (data: unknown) => parse(invokeRoute(postFormSection as any, { method: 'POST', body: JSON.stringify(data), headers: { 'content-type': 'application/json' } }))
const remove = () => parse(invokeRoute(deleteFormSection as any, { method: 'DELETE' }))
const diagnose = () => parse(invokeRoute(getFormSection as any, { method: 'GET' }))

describe('incident form section', () => {
    test('appends our section at the end of each Default-view incident form, leaves the rest, and removes exactly those rows', () => {
        const { platform, ours } = instance()
        const before = platform.store.query('sys_ui_form_section', {})
        expect(diagnose().body.showing).toBe(0)

        const answer = attach({ agree: true })
        expect(answer.status).toBe(200)
        expect(answer.body.added).toBe(2)
        expect(answer.body.message).toBe(formatMessage(MESSAGES.FORM_SECTION_ATTACHED, ['2', 'domain acme (Default view), domain global (Default view)']))
        const after = platform.store.query('sys_ui_form_section', {})
        const added = after.filter((row) => !before.some((b) => b.sys_id === row.sys_id))
        expect(added.map((row) => row.sys_ui_section)).toEqual([ours, ours])
        // Every earlier row is byte for byte the same.
        for (const row of before) expect(after.find((a) => a.sys_id === row.sys_id)).toEqual(row)
        // At the end: after the global form's four sections, after the acme form's one.
        const globalForm = platform.store.query('sys_ui_form', {}).find((f) => f.sys_domain === 'global' && f.view === 'Default view')!
        expect(added.find((row) => row.sys_ui_form === globalForm.sys_id)!.position).toBe('4')
        // The ess view is not touched.
        expect(diagnose().body.forms.map((f: Body) => [f.domain, f.attached])).toEqual([['acme', true], ['global', true]])

        // Again: nothing more is added.
        expect(attach({ agree: true }).body).toMatchObject({ added: 0 })
        expect(platform.store.count('sys_ui_form_section')).toBe(after.length)

        const removed = remove()
        expect(removed.body).toMatchObject({ removed: 2, message: formatMessage(MESSAGES.FORM_SECTION_REMOVED, ['2']) })
        expect(platform.store.query('sys_ui_form_section', {})).toEqual(before)
    })

    test('needs the admin\'s consent and the administrator role; says so when no incident form exists', () => {
        const { platform } = instance()
        const before = platform.store.count('sys_ui_form_section')
        expect(attach({}).body.error.message).toBe(MESSAGES.FORM_SECTION_CONSENT_REQUIRED)
        expect(attach({ agree: 'yes' }).status).toBe(400)
        platform.setSessionUser('agent')
        expect(attach({ agree: true }).status).toBe(403)
        expect(remove().status).toBe(403)
        expect(platform.store.count('sys_ui_form_section')).toBe(before)

        const empty = createTestPlatform()
        empty.ensureRole('x_mioms_m365_assis.administrator', [])
        empty.createUser('m365.admin', { roles: ['x_mioms_m365_assis.administrator'] })
        empty.insertRow('sys_ui_section', { name: 'incident', caption: 'Microsoft 365', view: 'Default view' })
        empty.setSessionUser('m365.admin')
        expect(attach({ agree: true }).body.error.message).toBe(MESSAGES.FORM_SECTION_NO_FORM)
    })
})
