/**
 * The Microsoft 365 tab on the classic incident form, attached at run time (NOTES.md: the
 * incident form's sys_id differs per instance and domain, and shipping a form-sections list
 * would replace the whole form). With the admin's consent, Setup appends one sys_ui_form_section
 * row for the app's section to every incident form of the Default view (each sys_domain),
 * never touching the other rows; removing deletes exactly the rows that point at our section.
 *   GET    /setup/form-section   which incident forms show the tab (the diagnostic)
 *   POST   /setup/form-section   {"agree": true}: attach
 *   DELETE /setup/form-section   remove
 */
import { GlideRecord } from '@servicenow/glide'
import { logInfo } from '../diagnostics/logger'
import { userMessage } from '../messages/user-message'
import { RouteResponse, sendError, sendJson } from '../rest/respond'
import { SetupRequest, refuseUnlessAdministrator } from '../setup/setup-routes'
import { findSetup } from '../setup/setup-record'

export const SECTION_CAPTION = 'Microsoft 365'
/**
 * The Default view as forms and sections reference it: sys_ui_view's sys_id, which is the literal
 * 'Default view' on every instance (the SDK's default_view record). Its name is empty, and a view
 * named 'default_view' is another view.
 */
const DEFAULT_VIEW = 'Default view'

export interface FormTab {
    formId: string
    domain: string
    view: string
    sections: number
    attached: boolean
}

/** The app's own incident section (shipped by src/fluent/incident-form). */
export function findAppSection(): string {
    const section = new GlideRecord('sys_ui_section')
    section.addQuery('name', 'incident')
    section.addQuery('caption', SECTION_CAPTION)
    section.addQuery('view', DEFAULT_VIEW)
    section.setLimit(1)
    section.query()
    return section.next() ? section.getUniqueValue() : ''
}

export function incidentDefaultForms(sectionId: string): FormTab[] {
    const forms: FormTab[] = []
    const form = new GlideRecord('sys_ui_form')
    form.addQuery('name', 'incident')
    form.addQuery('view', DEFAULT_VIEW)
    form.orderBy('sys_domain')
    form.query()
    while (form.next()) {
        const rows = new GlideRecord('sys_ui_form_section')
        rows.addQuery('sys_ui_form', form.getUniqueValue())
        rows.query()
        let sections = 0
        let attached = false
        while (rows.next()) {
            sections++
            if (sectionId && rows.getValue('sys_ui_section') === sectionId) attached = true
        }
        forms.push({ formId: form.getUniqueValue(), domain: form.getValue('sys_domain') || 'global', view: DEFAULT_VIEW, sections, attached })
    }
    return forms
}

function lastPosition(formId: string): number {
    const rows = new GlideRecord('sys_ui_form_section')
    rows.addQuery('sys_ui_form', formId)
    rows.query()
    let last = -1
    while (rows.next()) last = Math.max(last, Number(rows.getValue('position') || '0'))
    return last
}

export function attachSection(): { added: FormTab[]; forms: FormTab[]; sectionId: string } {
    const sectionId = findAppSection()
    const forms = sectionId ? incidentDefaultForms(sectionId) : []
    const added: FormTab[] = []
    for (const form of forms) {
        if (form.attached) continue
        const row = new GlideRecord('sys_ui_form_section')
        row.initialize()
        row.setValue('sys_ui_form', form.formId)
        row.setValue('sys_ui_section', sectionId)
        row.setValue('position', String(lastPosition(form.formId) + 1))
        if (row.insert()) added.push(form)
    }
    recordCount(sectionId)
    return { added, forms: sectionId ? incidentDefaultForms(sectionId) : [], sectionId }
}

export function removeSection(): number {
    const sectionId = findAppSection()
    if (!sectionId) return 0
    const rows = new GlideRecord('sys_ui_form_section')
    rows.addQuery('sys_ui_section', sectionId)
    rows.query()
    let removed = 0
    while (rows.next()) if (rows.deleteRecord()) removed++
    recordCount(sectionId)
    return removed
}

function recordCount(sectionId: string): void {
    const setup = findSetup()
    if (!setup) return
    const count = sectionId ? incidentDefaultForms(sectionId).filter((f) => f.attached).length : 0
    setup.setValue('form_section_attached', String(count))
    setup.update()
}

const describeForms = (forms: FormTab[]) => forms.map((f) => 'domain ' + f.domain + ' (' + f.view + ')').join(', ')

export function getFormSection(_request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const sectionId = findAppSection()
    const forms = sectionId ? incidentDefaultForms(sectionId) : []
    sendJson(response, 200, { sectionFound: !!sectionId, forms, showing: forms.filter((f) => f.attached).length })
}

export function postFormSection(request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const data = request.body ? request.body.data : undefined
    if (!data || typeof data !== 'object' || (data as { agree?: unknown }).agree !== true) {
        sendError(response, 400, { id: 'FORM_SECTION_CONSENT_REQUIRED' })
        return
    }
    const sectionId = findAppSection()
    const before = sectionId ? incidentDefaultForms(sectionId) : []
    if (!sectionId || before.length === 0) {
        sendError(response, 400, { id: 'FORM_SECTION_NO_FORM' })
        return
    }
    const result = attachSection()
    const message = result.added.length
        ? userMessage('FORM_SECTION_ATTACHED', [String(result.added.length), describeForms(result.added)])
        : userMessage('FORM_SECTION_ALREADY', [describeForms(result.forms)])
    logInfo(message)
    sendJson(response, 200, { message, forms: result.forms, added: result.added.length })
}

export function deleteFormSection(_request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const removed = removeSection()
    const message = userMessage('FORM_SECTION_REMOVED', [String(removed)])
    logInfo(message)
    const sectionId = findAppSection()
    sendJson(response, 200, { message, removed, forms: sectionId ? incidentDefaultForms(sectionId) : [] })
}
