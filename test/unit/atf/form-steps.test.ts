/**
 * The ATF Form category executors (sandbox/atf/form-steps.ts) against a real sandbox instance
 * serving the BUILT app (run `npm run build` first): the incident form opened over HTTP as the
 * test's current user, with the Microsoft 365 tab attached by Setup, for a user with the app role
 * and one without; UI Action Visibility of the app's "Microsoft 365" button; Set Field Values,
 * Field Values Validation and Submit; everything the sandbox cannot know fails loudly.
 */
import { formSteps } from '../../../sandbox/atf/form-steps'
import { invokeRoute } from '../../../sandbox/glide'
import { term } from '../../../sandbox/glide/store/semantics'
import type { AtfRunContext } from '../../../sandbox/atf/types'
import { postFormSection } from '../../../src/server/incident-form/form-section'
import { AtfInstance, atfContext, atfStep, runSteps, startAtfInstance } from '../../support/atf-instance'

let instance: AtfInstance
let incidentId = ''
let actionId = ''
let agentId = ''
let itilOnlyId = ''

beforeAll(async () => {
    instance = await startAtfInstance()
    const { platform } = instance
    agentId = platform.createUser('atf.form.agent', { roles: ['x_mioms_m365_assis.insights_user', 'itil'] })
    itilOnlyId = platform.createUser('atf.form.itil', { roles: ['itil'] })
    platform.createUser('atf.form.m365admin', { roles: ['x_mioms_m365_assis.administrator'] })
    incidentId = platform.insertRow('incident', { number: 'INC0020001', short_description: 'Teams <calls> drop', state: '1', active: 'true' })
    actionId = platform.store.query('sys_ui_action', { where: term('name', '=', 'Microsoft 365') })[0].sys_id as string
    // Setup attaches the tab (the admin allowed the app to create form sections).
    const formSection = platform.findRow('sys_db_object', 'name', 'sys_ui_form_section')!
    platform.store.update('sys_db_object', formSection.sys_id as string, { create_access: 'true', update_access: 'true', delete_access: 'true' })
    platform.runAs('atf.form.m365admin', () => {
        const answer = invokeRoute(postFormSection as any, { method: 'POST', body: JSON.stringify({ agree: true }), headers: { 'content-type': 'application/json' } })
        expect(answer.status).toBe(200)
    })
})
afterAll(async () => {
    await instance.close()
})

function contextAs(userId: string): AtfRunContext {
    return { ...atfContext(instance), userId }
}

const open = (inputs: Record<string, string> = {}) => atfStep('form', 'openExistingRecord', { table: 'incident', recordId: incidentId, formUI: 'standard_ui', ...inputs })
const step = (method: string, inputs: Record<string, string> = {}) => atfStep('form', method, { table: 'incident', formUI: 'standard_ui', ...inputs })
const statuses = (outcomes: { status: string }[]) => outcomes.map((o) => o.status)

describe('a user with the app role', () => {
    test('opens the incident form: the Microsoft 365 tab frames the panel, and the UI action is visible', async () => {
        const context = contextAs(agentId)
        const outcomes = await runSteps(formSteps, context, [
            open(),
            step('uiActionVisibility', { visible: actionId }),
            step('fieldStateValidation', { visible: 'number,short_description,state,comments', notVisible: 'x_no_such_field' }),
            step('fieldValueValidation', { conditions: 'number=INC0020001^short_description=Teams <calls> drop^EQ' }),
        ])
        expect(statuses(outcomes)).toEqual(['success', 'success', 'success', 'success'])
        // No standard Form step asserts a section: what the rendered page holds is for the report and the authors.
        expect(context.form?.html).toContain('role="tab" aria-selected="false" data-section="microsoft-365">Microsoft 365<')
        expect(context.form?.html).toContain(`src="/x_mioms_m365_assis_panel.do?sysparm_incident=${incidentId}"`)
    })

    test('Field Values Validation and UI Action Visibility fail when the form says otherwise', async () => {
        const outcomes = await runSteps(formSteps, contextAs(agentId), [open(), step('fieldValueValidation', { conditions: 'number=INC0000000^EQ' })])
        expect(outcomes[1]).toMatchObject({ status: 'failure', message: expect.stringContaining("the form has 'INC0020001'") })
        const hidden = await runSteps(formSteps, contextAs(agentId), [open(), step('uiActionVisibility', { notVisible: actionId })])
        expect(hidden[1]).toMatchObject({ status: 'failure', message: expect.stringContaining('expected not visible') })
        const fields = await runSteps(formSteps, contextAs(agentId), [open(), step('fieldStateValidation', { visible: 'x_no_such_field' })])
        expect(fields[1]).toMatchObject({ status: 'failure', message: expect.stringContaining('x_no_such_field') })
    })

    test('sets State, validates it and submits the form: the incident follows', async () => {
        const outcomes = await runSteps(formSteps, contextAs(agentId), [
            open(),
            step('setFieldValue', { fieldValues: 'state=2^EQ' }),
            step('fieldValueValidation', { conditions: 'state=2^EQ' }),
            step('fieldValueValidation', { conditions: 'state!=1^EQ' }),
            step('submitForm', { assert: 'form_submitted_to_server' }),
        ])
        expect(statuses(outcomes)).toEqual(['success', 'success', 'success', 'success', 'success'])
        expect(instance.platform.store.get('incident', incidentId)?.state).toBe('2')
        instance.platform.store.update('incident', incidentId, { state: '1' })
    })
})

describe('a user without the app role', () => {
    test('sees no Microsoft 365 tab or UI action', async () => {
        const context = contextAs(itilOnlyId)
        const outcomes = await runSteps(formSteps, context, [open(), step('uiActionVisibility', { notVisible: actionId })])
        expect(statuses(outcomes)).toEqual(['success', 'success'])
        expect(context.form?.html).not.toContain('Microsoft 365')
        const visible = await runSteps(formSteps, contextAs(itilOnlyId), [open(), step('uiActionVisibility', { visible: actionId })])
        expect(visible[1]).toMatchObject({ status: 'failure', message: expect.stringContaining('expected visible') })
    })

    test('a submit the server refuses fails the step (State is an ITIL action: a user without itil gets 403)', async () => {
        const noItil = instance.platform.createUser('atf.form.plain', { roles: [] })
        const outcomes = await runSteps(formSteps, contextAs(noItil), [open(), step('setFieldValue', { fieldValues: 'state=2^EQ' }), step('submitForm')])
        expect(outcomes[2]).toMatchObject({ status: 'failure', message: expect.stringContaining('HTTP 403') })
        expect(instance.platform.store.get('incident', incidentId)?.state).toBe('1')
    })
})

describe('what the sandbox cannot know fails loudly', () => {
    test.each([
        ['another Form UI', () => [open({ formUI: 'a'.repeat(32) })], /Form UI .* not emulated/],
        ['another view', () => [open({ view: 'ess' })], /Default view only/],
        ['another table', () => [open({ table: 'problem' })], /no standard form for table 'problem'/],
        ['a new form', () => [step('openNewForm')], /Open a New Form is not emulated/],
        ['a step before any form is open', () => [step('setFieldValue', { fieldValues: 'state=2^EQ' })], /no form is open/],
        ['read-only state', () => [open(), step('fieldStateValidation', { readOnly: 'number' })], /'readOnly' is not emulated/],
        ['mandatory state', () => [open(), step('fieldStateValidation', { notMandatory: 'short_description' })], /'notMandatory' is not emulated/],
        ['setting a field shown as text', () => [open(), step('setFieldValue', { fieldValues: 'short_description=x^EQ' })], /setting 'short_description' is not emulated/],
        ['setting a field not on the form', () => [open(), step('setFieldValue', { fieldValues: 'x_nothing=1^EQ' })], /not on the form/],
        ['a condition other than = and !=', () => [open(), step('fieldValueValidation', { conditions: 'numberSTARTSWITHINC^EQ' })], /not emulated/],
        ['clicking a UI action', () => [open(), step('clickUIAction', { uiAction: 'b'.repeat(32) })], /Click a UI Action is not emulated/],
    ] as const)('%s', async (_name, steps, message) => {
        // Steps are built when the test runs: the incident id exists only after beforeAll.
        const outcomes = await runSteps(formSteps, contextAs(agentId), [...steps()])
        expect(outcomes[outcomes.length - 1]).toMatchObject({ status: 'failure', message: expect.stringMatching(message) })
    })

    test('an opened record that does not exist fails', async () => {
        const [outcome] = await runSteps(formSteps, contextAs(agentId), [open({ recordId: 'c'.repeat(32) })])
        expect(outcome).toMatchObject({ status: 'failure', message: expect.stringContaining('HTTP 404') })
    })
})
