/**
 * The Microsoft 365 tab on the classic incident form, attached at run time (NOTES.md: the
 * incident form's sys_id differs per instance and domain, and shipping a form-sections list
 * would replace the whole form). With the admin's consent, Setup appends one sys_ui_form_section
 * row for the app's section to every incident form of the Default view (each sys_domain),
 * never touching the other rows; removing deletes exactly the rows that point at our section.
 * The instance may refuse those writes (sys_ui_form_section belongs to another scope): Setup
 * then answers 409 with what was refused and the manual Form Layout way, never a success.
 *   GET    /setup/form-section   which incident forms show the tab (the diagnostic)
 *   POST   /setup/form-section   {"agree": true}: attach
 *   DELETE /setup/form-section   remove
 */
import { GlideRecord } from '@servicenow/glide'
import { logInfo, logWarn } from '../diagnostics/logger'
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

/**
 * A write into sys_ui_form_section (another scope's table) may be refused by the table's
 * cross-scope access policy: the platform then writes nothing and only logs it; insert() returns
 * null, deleteRecord() false, no exception. So each write is checked by its return value AND by
 * reading the row back, and a refused form is reported, never counted as done.
 */
function rowExists(sysId: string): boolean {
    const row = new GlideRecord('sys_ui_form_section')
    return !!sysId && row.get(sysId)
}

export function attachSection(): { added: FormTab[]; refused: FormTab[]; forms: FormTab[]; sectionId: string } {
    const sectionId = findAppSection()
    const forms = sectionId ? incidentDefaultForms(sectionId) : []
    const added: FormTab[] = []
    const refused: FormTab[] = []
    for (const form of forms) {
        if (form.attached) continue
        const row = new GlideRecord('sys_ui_form_section')
        row.initialize()
        row.setValue('sys_ui_form', form.formId)
        row.setValue('sys_ui_section', sectionId)
        row.setValue('position', String(lastPosition(form.formId) + 1))
        const inserted = row.insert()
        if (inserted && rowExists(inserted)) added.push(form)
        else refused.push(form)
    }
    recordCount(sectionId)
    return { added, refused, forms: sectionId ? incidentDefaultForms(sectionId) : [], sectionId }
}

/** Deletes exactly the rows that point at our section; `refused` are the Default-view forms whose row stayed. */
export function removeSection(): { removed: number; refused: FormTab[] } {
    const sectionId = findAppSection()
    if (!sectionId) return { removed: 0, refused: [] }
    const rows = new GlideRecord('sys_ui_form_section')
    rows.addQuery('sys_ui_section', sectionId)
    rows.query()
    const kept: string[] = []
    let removed = 0
    while (rows.next()) {
        const rowId = rows.getUniqueValue()
        const formId = rows.getValue('sys_ui_form') || ''
        if (rows.deleteRecord() && !rowExists(rowId)) removed++
        else kept.push(formId)
    }
    recordCount(sectionId)
    const refused = incidentDefaultForms(sectionId).filter((f) => kept.indexOf(f.formId) >= 0)
    return { removed, refused }
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
    if (result.refused.length) {
        // Never report success for a refused write: say what was refused and how to do it by hand.
        sendError(response, 409, { id: 'FORM_SECTION_REFUSED', args: [String(result.added.length), describeForms(result.refused), userMessage('FORM_SECTION_MANUAL')] })
        logWarn('The incident form section was not attached to ' + describeForms(result.refused) + ': the instance refused the sys_ui_form_section insert (cross-scope access policy)')
        return
    }
    const message = result.added.length
        ? userMessage('FORM_SECTION_ATTACHED', [String(result.added.length), describeForms(result.added)])
        : userMessage('FORM_SECTION_ALREADY', [describeForms(result.forms)])
    logInfo(message)
    sendJson(response, 200, { message, forms: result.forms, added: result.added.length })
}

export function deleteFormSection(_request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const { removed, refused } = removeSection()
    if (refused.length) {
        sendError(response, 409, { id: 'FORM_SECTION_REMOVE_REFUSED', args: [String(removed), describeForms(refused), userMessage('FORM_SECTION_REMOVE_MANUAL')] })
        logWarn('The incident form section was not removed from ' + describeForms(refused) + ': the instance refused the sys_ui_form_section delete (cross-scope access policy)')
        return
    }
    const message = userMessage('FORM_SECTION_REMOVED', [String(removed)])
    logInfo(message)
    const sectionId = findAppSection()
    sendJson(response, 200, { message, removed, forms: sectionId ? incidentDefaultForms(sectionId) : [] })
}
