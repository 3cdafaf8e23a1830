/**
 * The ATF Form category (doc "Form category",
 * https://www.servicenow.com/docs/r/application-development/automated-test-framework-atf/test-steps-form-category.html),
 * standard UI (classic UI16) only, as far as the sandbox renders forms: the incident form of
 * sandbox/instance/server.ts (/incident.do?sys_id=…, sections from sys_ui_form_section, the
 * client UI action buttons of classic-ui.ts, an editable State and Additional comments).
 *
 * On an instance the form steps run in the Client Test Runner (a browser window the admin keeps
 * open) as the impersonated user. Here each step GETs or POSTs the form over HTTP as the test's
 * current user (context.userId), through an in-process session the runner opens for that user
 * (SessionManager.openSessionFor: ATF impersonation is server-side, no password involved).
 *
 * What the sandbox cannot know fails loudly, never passes:
 * - other UIs than standard_ui (Workspace, Service Portal), a view other than the Default view,
 *   other tables than incident, a new-record form (the sandbox renders none);
 * - read-only / mandatory state (no UI policies, client scripts or dictionary read-only are
 *   rendered), and setting a field the form shows only as text (the sandbox form edits only
 *   State and Additional comments);
 * - Click a UI Action: the app's form buttons are client scripts (GlideModal) that need a
 *   browser: the e2e test (test/e2e/ui-action.test.ts) clicks them in Chromium;
 * - UI Action Visibility of an action the sandbox does not render (anything but an active client
 *   form button of UI16).
 * Visible / not visible is what the rendered page holds: the sandbox runs no client script or UI
 * policy that could hide a rendered field, so a test that hides fields that way needs an instance.
 * No standard Form step asserts that a form section or formatter (the Microsoft 365 tab) is
 * shown: Field State Validation takes fields only.
 */
import { passed as pass, failed as fail } from './types'
import type { AtfRunContext, AtfStep, OpenForm, StepExecutor, StepExecutors } from './types'
import { sdkStepConfig } from './sdk-step-configs'


/** The tables whose standard form the sandbox renders, and the fields its form can edit. */
const RENDERED_TABLES = new Set(['incident'])
const EDITABLE_FIELDS = new Set(['state', 'comments'])

/** Checks the step's Form UI; returns why it cannot run here, or null. */
function unsupportedUi(step: AtfStep): string | null {
    const ui = step.inputs.formUI ?? 'standard_ui'
    return ui === '' || ui === 'standard_ui' ? null : `Form UI '${ui}' is not emulated: the sandbox renders the standard UI (UI16) form only`
}

function unsupportedTable(table: string): string | null {
    return RENDERED_TABLES.has(table) ? null : `the sandbox renders no standard form for table '${table}' (only ${[...RENDERED_TABLES].join(', ')})`
}

/** The form this step works on: the one opened earlier in the test, for the step's table. */
function openForm(step: AtfStep, context: AtfRunContext): OpenForm | string {
    const ui = unsupportedUi(step)
    if (ui) return ui
    if (!context.form) return 'no form is open: add an Open an Existing Record step before this one'
    const table = step.inputs.table || step.table
    if (table && table !== context.form.table) return `the open form is of table '${context.form.table}', not '${table}'`
    return context.form
}

/** Requests a page of the sandbox as the test's current user; the session lives for this one request. */
async function asCurrentUser(context: AtfRunContext, path: string, init: { method?: string; body?: string } = {}): Promise<{ status: number; location: string; html: string }> {
    const session = context.server.sessions.openSessionFor(context.userId)
    try {
        const answer = await fetch(new URL(path, context.server.url), {
            method: init.method ?? 'GET',
            headers: { Cookie: `JSESSIONID=${session.id}`, ...(init.body === undefined ? {} : { 'Content-Type': 'application/x-www-form-urlencoded' }) },
            body: init.body,
            redirect: 'manual',
        })
        return { status: answer.status, location: answer.headers.get('location') ?? '', html: await answer.text() }
    } finally {
        context.server.sessions.logout(session.id)
    }
}

function unescapeHtml(text: string): string {
    return text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
}

/** The field values the rendered form shows (its data-field cells), plus the editable fields' current values. */
function formValues(html: string): Record<string, string> {
    const values: Record<string, string> = {}
    for (const match of html.matchAll(/<td data-field="([^"]+)">([^<]*)<\/td>/g)) values[unescapeHtml(match[1])] = unescapeHtml(match[2])
    const selected = /<select id="incident-state" name="state">[\s\S]*?<option value="([^"]*)" selected>/.exec(html)
    if (selected) values.state = selected[1]
    if (html.includes('name="comments"')) values.comments = ''
    return values
}

/** Fields the rendered form shows: data-field cells and the editable inputs. */
function renderedFields(html: string): Set<string> {
    return new Set(Object.keys(formValues(html)))
}

const openExistingRecord: StepExecutor = async (step, context) => {
    context.form = null
    const ui = unsupportedUi(step)
    if (ui) return fail(ui)
    const table = step.inputs.table || step.table
    const table_ = unsupportedTable(table)
    if (table_) return fail(table_)
    const view = (step.inputs.view ?? '').trim()
    if (view && view !== 'default') return fail(`view '${view}' is not emulated: the sandbox renders the Default view only`)
    const sysId = step.inputs.recordId ?? ''
    if (!/^[0-9a-f]{32}$/.test(sysId)) return fail(`record id '${sysId}' is not a sys_id`)
    const page = await asCurrentUser(context, `/${table}.do?sys_id=${sysId}`)
    if (page.status !== 200) return fail(`the ${table} form of ${sysId} did not open for the current user: HTTP ${page.status}${page.location ? ` to ${page.location}` : ''}`)
    context.form = { table, sysId, html: page.html, values: formValues(page.html) }
    return pass(`opened the ${table} form of ${sysId} (Default view) as the current user`)
}

const openNewForm: StepExecutor = (step) => fail(unsupportedUi(step) ?? `Open a New Form is not emulated: the sandbox renders no new-record form for '${step.inputs.table || step.table}'`)

const CARET = '\uE000' // a private-use character standing for an escaped '^' while the query is split

/** An encoded query of field=value terms (template_value / conditions inputs), '^^' being a literal '^'. */
function encodedTerms(query: string): { field: string; operator: string; value: string }[] | string {
    const terms: { field: string; operator: string; value: string }[] = []
    for (const part of query.replaceAll('^^', CARET).split('^')) {
        if (!part || part === 'EQ') continue
        const match = /^([a-z0-9_]+)(!=|=)(.*)$/i.exec(part)
        if (!match) return `condition '${part.replaceAll(CARET, '^')}' is not emulated (only field=value and field!=value)`
        terms.push({ field: match[1], operator: match[2], value: match[3].replaceAll(CARET, '^') })
    }
    return terms
}

const setFieldValues: StepExecutor = (step, context) => {
    const form = openForm(step, context)
    if (typeof form === 'string') return fail(form)
    const terms = encodedTerms(step.inputs.fieldValues ?? '')
    if (typeof terms === 'string') return fail(terms)
    if (!terms.length) return fail('no field values given')
    const shown = renderedFields(form.html)
    for (const { field, operator, value } of terms) {
        if (operator !== '=') return fail(`field values must be field=value, not ${field}${operator}${value}`)
        if (!shown.has(field)) return fail(`field '${field}' is not on the form`)
        if (!EDITABLE_FIELDS.has(field)) return fail(`setting '${field}' is not emulated: the sandbox form edits only ${[...EDITABLE_FIELDS].join(' and ')}`)
        form.values[field] = value
    }
    return pass(`set ${terms.map((t) => `${t.field}=${t.value}`).join(', ')} on the form`)
}

const fieldValuesValidation: StepExecutor = (step, context) => {
    const form = openForm(step, context)
    if (typeof form === 'string') return fail(form)
    const terms = encodedTerms(step.inputs.conditions ?? '')
    if (typeof terms === 'string') return fail(terms)
    if (!terms.length) return fail('no conditions given')
    for (const { field, operator, value } of terms) {
        if (!Object.prototype.hasOwnProperty.call(form.values, field)) return fail(`field '${field}' is not on the form`)
        const actual = form.values[field]
        const holds = operator === '=' ? actual === value : actual !== value
        if (!holds) return fail(`expected ${field} ${operator === '=' ? 'is' : 'is not'} '${value}'; the form has '${actual}'`)
    }
    return pass(`the form's values match ${step.inputs.conditions}`)
}

const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean)

const fieldStateValidation: StepExecutor = (step, context) => {
    const form = openForm(step, context)
    if (typeof form === 'string') return fail(form)
    for (const state of ['readOnly', 'notReadOnly', 'mandatory', 'notMandatory']) {
        if (list(step.inputs[state]).length) return fail(`'${state}' is not emulated: the sandbox renders no read-only or mandatory state (UI policies, client scripts); check it on an instance`)
    }
    const shown = renderedFields(form.html)
    const notShown = list(step.inputs.visible).filter((f) => !shown.has(f))
    if (notShown.length) return fail(`expected visible, not on the form: ${notShown.join(', ')}`)
    const shownAnyway = list(step.inputs.notVisible).filter((f) => shown.has(f))
    if (shownAnyway.length) return fail(`expected not visible, on the form: ${shownAnyway.join(', ')}`)
    return pass('the form shows the fields expected visible and none of those expected not visible')
}

const uiActionVisibility: StepExecutor = (step, context) => {
    const form = openForm(step, context)
    if (typeof form === 'string') return fail(form)
    const store = context.platform.store
    const rendered = (id: string): boolean | string => {
        const action = store.get('sys_ui_action', id)
        if (!action) return `UI action ${id} does not exist`
        if (action.active === 'false') return false
        if (action.form_button !== 'true' || action.client !== 'true' || action.ui16_compatible !== 'true') {
            return `UI action '${String(action.name)}' is not a client form button of UI16: the sandbox does not render it`
        }
        const domId = String(action.action_name || action.sys_id)
        const toolbar = /<div class="form-buttons"[^>]*>([\s\S]*?)<\/div>/.exec(form.html)?.[1] ?? ''
        return toolbar.includes(`id="${domId}"`)
    }
    for (const [input, expected] of [['visible', true], ['notVisible', false]] as const) {
        for (const id of list(step.inputs[input])) {
            const shown = rendered(id)
            if (typeof shown === 'string') return fail(shown)
            if (shown !== expected) return fail(`UI action ${id} is ${shown ? '' : 'not '}visible on the form, expected ${expected ? 'visible' : 'not visible'}`)
        }
    }
    return pass('the form shows the UI actions expected visible and none of those expected not visible')
}

const clickUiAction: StepExecutor = (step) =>
    fail(unsupportedUi(step) ?? 'Click a UI Action is not emulated: the form buttons run client scripts in a browser (the e2e test test/e2e/ui-action.test.ts clicks them)')

const submitForm: StepExecutor = async (step, context) => {
    const form = openForm(step, context)
    if (typeof form === 'string') return fail(form)
    const assert = step.inputs.assert ?? ''
    if (assert !== '' && assert !== 'form_submitted_to_server') return fail(`assert '${assert}' is not emulated: the sandbox form has no client-side validation`)
    const body = new URLSearchParams()
    for (const field of EDITABLE_FIELDS) if (form.values[field] !== undefined) body.set(field, form.values[field])
    const answer = await asCurrentUser(context, `/${form.table}.do?sys_id=${form.sysId}`, { method: 'POST', body: body.toString() })
    context.form = null
    if (answer.status !== 302) return fail(`the form was not submitted: HTTP ${answer.status} ${answer.html.substring(0, 200)}`)
    return pass(`submitted the ${form.table} form of ${form.sysId}`)
}

const form = (method: string) => sdkStepConfig('form', method).stepConfigId

/** Executors of the Form category (standard UI), by step configuration sys_id. */
export const formSteps: StepExecutors = {
    [form('openExistingRecord')]: openExistingRecord,
    [form('openNewForm')]: openNewForm,
    [form('setFieldValue')]: setFieldValues,
    [form('fieldValueValidation')]: fieldValuesValidation,
    [form('fieldStateValidation')]: fieldStateValidation,
    [form('uiActionVisibility')]: uiActionVisibility,
    [form('clickUIAction')]: clickUiAction,
    [form('submitForm')]: submitForm,
}
