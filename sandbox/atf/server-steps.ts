/**
 * Executors of the Server category steps the suite uses — docs "Server category"
 * (https://www.servicenow.com/docs/r/application-development/automated-test-framework-atf/test-steps-server-category.html),
 * quoted below as [server]. Inputs arrive as the build stores them (booleans '1'/'0', templates
 * `field=value^field=value^EQ`, lists comma-separated) with output references already resolved.
 * The sandbox is synchronous: a write is complete when the step that made it returns, so Record
 * Validation and Record Query need no retry until their timeout.
 */
import { passed as ok, failed as fail } from './types'
import { GlideDateTime, GlideRecord, GlideRecordSecure, gs } from '../glide'
import { storedTrue } from '../glide/fieldTypes'
import { isSysId } from '../glide/sysId'
import { sdkStepConfig } from './sdk-step-configs'
import type { AtfRunContext, AtfStep, StepExecutor, StepExecutors, StepOutcome } from './types'

/** The configuration sys_id of an SDK call ('createUser' of the server category), from the SDK's own table. */
const configId = (method: string): string => sdkStepConfig('server', method).stepConfigId


/** A template_value as the build writes it: `a=b^c=d^EQ` (the trailing ^EQ ends the template). */
export function parseTemplate(template: string): [string, string][] {
    const body = template.replace(/\^?EQ$/, '')
    if (!body) return []
    return body.split('^').map((part) => {
        const equals = part.indexOf('=')
        if (equals <= 0) throw new Error(`Field values '${template}': '${part}' is not field=value`)
        return [part.substring(0, equals), part.substring(equals + 1)]
    })
}

const list = (value: string | undefined): string[] => (value ?? '').split(',').map((v) => v.trim()).filter(Boolean)
/** Step booleans are stored '1'/'0' by the build ('true'/'false' by an instance's form). */
const flag = (value: string | undefined): boolean => storedTrue(value ?? null)

function record(table: string, enforceSecurity: boolean): GlideRecord {
    if (!table) throw new Error('The step names no table')
    // [server] Enforce security: "Selected to enforce ACLs" — as the impersonated user (the session user).
    return enforceSecurity ? new GlideRecordSecure(table) : new GlideRecord(table)
}

function sysIdOf(step: AtfStep): string {
    const id = step.inputs.recordId ?? ''
    if (!id) throw new Error('The step names no record (record_id is empty)')
    return id
}

// --- users -----------------------------------------------------------------------------------

/**
 * [server] Create a User: "Create a user with specified roles and groups for the test"; output
 * `user`. Roles and groups are glide_list references: a value that is not the sys_id of an existing
 * sys_user_role / sys_user_group fails the step (an instance would not grant a bare role name such
 * as 'admin': the Fluent test must pass the Role object). New users get snc_internal, as the
 * Explicit Roles plugin gives every new user ("New users ... will automatically receive the
 * snc_internal role", https://www.servicenow.com/docs/r/washingtondc/platform-security/explicit-role-plugin.html):
 * the sandbox enforces routes' requires_snc_internal_role as that plugin does (server.ts authorizeRoute).
 */
const createUser: StepExecutor = (step, context) =>
    // The step configuration's own code creates the user, not a script of the test's scope: the
    // app's cross-scope policy on sys_user / sys_user_has_role does not apply (the Now SDK's ATF
    // guide, for always-scoped Fluent apps: "Use atf.server.impersonate and atf.server.createUser
    // to establish user context").
    context.platform.withScope('global', () => createUserInGlobal(step, context))

function createUserInGlobal(step: AtfStep, context: AtfRunContext): StepOutcome {
    const { platform } = context
    const roles = list(step.inputs.roles)
    for (const role of roles) {
        if (!isSysId(role) || !platform.store.get('sys_user_role', role)) {
            return fail(`Role '${role}' is not the sys_id of a sys_user_role: an instance would not grant it (pass the Role object, not its name)`)
        }
    }
    const groups = list(step.inputs.groups)
    for (const group of groups) {
        if (!isSysId(group) || !platform.store.get('sys_user_group', group)) {
            return fail(`Group '${group}' is not the sys_id of a sys_user_group: an instance would not add the user to it`)
        }
    }
    const firstName = step.inputs.firstName ?? ''
    const lastName = step.inputs.lastName ?? ''
    const user = new GlideRecord('sys_user')
    user.initialize()
    user.setValue('first_name', firstName)
    user.setValue('last_name', lastName)
    user.setValue('name', `${firstName} ${lastName}`.trim())
    user.setValue('active', 'true')
    for (const [field, value] of parseTemplate(step.inputs.fieldValues ?? '')) user.setValue(field, value)
    if (!user.getValue('user_name')) user.setValue('user_name', uniqueUserName(context, `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z0-9.]/g, '')))
    const userId = user.insert()
    if (!userId) return fail(`The user could not be created: ${user.getLastErrorMessage() || 'the insert was refused'}`)
    const explicit = platform.findRow('sys_user_role', 'name', 'snc_internal')?.sys_id
    for (const role of new Set([...roles, ...(explicit ? [explicit] : [])])) {
        const grant = new GlideRecord('sys_user_has_role')
        grant.initialize()
        grant.setValue('user', userId)
        grant.setValue('role', role)
        grant.insert()
    }
    for (const group of groups) {
        const member = new GlideRecord('sys_user_grmember')
        member.initialize()
        member.setValue('user', userId)
        member.setValue('group', group)
        member.insert()
    }
    if (flag(step.inputs.impersonate)) context.userId = userId
    return ok(`Created user ${user.getValue('user_name')} (${userId})${flag(step.inputs.impersonate) ? ', impersonating' : ''}`, { user: userId })
}

function uniqueUserName(context: AtfRunContext, base: string): string {
    const stem = base || 'atf.user'
    let name = stem
    for (let n = 2; context.platform.findRow('sys_user', 'user_name', name); n++) name = `${stem}${n}`
    return name
}

/** [server] Impersonate: "stays in effect until changed with another Impersonate step or until the test ends"; "Tests which involve impersonated users which no longer exist fail." */
const impersonate: StepExecutor = (step, context) => {
    const userId = step.inputs.user ?? ''
    const user = userId ? context.platform.store.get('sys_user', userId) : undefined
    if (!user) return fail(`Cannot impersonate '${userId}': no such user`)
    context.userId = userId
    return ok(`Impersonating ${user.user_name ?? userId}`, { user: userId })
}

// --- records ---------------------------------------------------------------------------------

/** [server] Record Insert: assert "Record successfully inserted" / "Record was not inserted"; outputs table, record_id. */
const recordInsert: StepExecutor = (step) => {
    const table = step.inputs.table || step.table
    const gr = record(table, flag(step.inputs.enforceSecurity))
    gr.initialize()
    for (const [field, value] of parseTemplate(step.inputs.fieldValues ?? '')) gr.setValue(field, value)
    const sysId = gr.insert()
    const expectInserted = (step.inputs.assert || 'record_successfully_inserted') === 'record_successfully_inserted'
    const why = sysId ? '' : `: ${gr.getLastErrorMessage() || 'the insert was refused or aborted'}`
    if (sysId && expectInserted) return ok(`Inserted ${table} ${sysId}`, { table, record_id: sysId })
    if (!sysId && !expectInserted) return ok(`The ${table} record was not inserted, as expected${why}`, { table, record_id: '' })
    return fail(sysId ? `A ${table} record was inserted (${sysId}); the step expected it not to be` : `The ${table} record was not inserted${why}`, { table, record_id: sysId ?? '' })
}

/**
 * [server] Record Update: assert "Record successfully updated" / "Record was not updated".
 * "Record Update step succeeds even if a field on the record is blocked by ACL" is about field
 * ACLs, which the emulation does not have; a record-level write ACL refuses the update.
 */
const recordUpdate: StepExecutor = (step) => {
    const table = step.inputs.table || step.table
    const sysId = sysIdOf(step)
    const gr = record(table, flag(step.inputs.enforceSecurity))
    const expectUpdated = (step.inputs.assert || 'record_successfully_updated') === 'record_successfully_updated'
    const found = gr.get(sysId)
    if (found) for (const [field, value] of parseTemplate(step.inputs.fieldValues ?? '')) gr.setValue(field, value)
    const updated = found ? gr.update() !== null : false
    const why = found ? gr.getLastErrorMessage() || 'the update was refused or aborted' : `no ${table} record ${sysId} (or it cannot be read)`
    if (updated === expectUpdated) return ok(updated ? `Updated ${table} ${sysId}` : `The ${table} record was not updated, as expected: ${why}`)
    return fail(updated ? `${table} ${sysId} was updated; the step expected it not to be` : `${table} ${sysId} was not updated: ${why}`)
}

/** [server] Record Delete: assert "Record successfully deleted" / "Record was not deleted". */
const recordDelete: StepExecutor = (step) => {
    const table = step.inputs.table || step.table
    const sysId = sysIdOf(step)
    const gr = record(table, flag(step.inputs.enforceSecurity))
    const expectDeleted = (step.inputs.assert || 'record_successfully_deleted') === 'record_successfully_deleted'
    const found = gr.get(sysId)
    const deleted = found ? gr.deleteRecord() : false
    const why = found ? gr.getLastErrorMessage() || 'the delete was refused or aborted' : `no ${table} record ${sysId} (or it cannot be read)`
    if (deleted === expectDeleted) return ok(deleted ? `Deleted ${table} ${sysId}` : `The ${table} record was not deleted, as expected: ${why}`)
    return fail(deleted ? `${table} ${sysId} was deleted; the step expected it not to be` : `${table} ${sysId} was not deleted: ${why}`)
}

/**
 * [server] Record Validation: "Validates that a record meets the specified conditions"; assert
 * "Record successfully validated" (fails if the record does not match) / "Record not found" (fails if it is found).
 */
const recordValidation: StepExecutor = (step, context) => {
    drainAsyncRules(step, context)
    const table = step.inputs.table || step.table
    const sysId = sysIdOf(step)
    const conditions = step.inputs.fieldValues ?? ''
    const gr = record(table, flag(step.inputs.enforceSecurity))
    gr.addQuery('sys_id', sysId)
    gr.addEncodedQuery(conditions)
    gr.query()
    const matches = gr.next()
    const expectMatch = (step.inputs.assert || 'record_validated') === 'record_validated'
    if (matches === expectMatch) return ok(matches ? `${table} ${sysId} matches ${conditions}` : `No ${table} ${sysId} matching ${conditions}, as expected`)
    return fail(matches ? `${table} ${sysId} matches ${conditions}; the step expected no such record` : `${table} ${sysId} does not match ${conditions}: ${describeRow(table, sysId, conditions)}`)
}

/** The record's values of the fields a condition names, so a failed validation says what differed. */
function describeRow(table: string, sysId: string, conditions: string): string {
    const gr = new GlideRecord(table)
    if (!gr.get(sysId)) return 'the record does not exist'
    const fields = [...new Set(conditions.split(/\^OR|\^NQ|\^/).map((part) => /^[a-z0-9_]+/.exec(part)?.[0]).filter((f): f is string => !!f && f !== 'EQ'))]
    return fields.map((field) => `${field}=${JSON.stringify(gr.getValue(field))}`).join(', ')
}

/** [server] Record Query: assert "There is at least one record matching the query" / "No records match the query"; outputs table, first_record. */
const recordQuery: StepExecutor = (step, context) => {
    drainAsyncRules(step, context)
    const table = step.inputs.table || step.table
    const conditions = step.inputs.fieldValues ?? ''
    const gr = record(table, flag(step.inputs.enforceSecurity))
    gr.addEncodedQuery(conditions)
    gr.query()
    const first = gr.next() ? gr.getUniqueValue() : ''
    const expectMatch = (step.inputs.assert || 'records_match_query') === 'records_match_query'
    const outputs = { table, first_record: first }
    if (!!first === expectMatch) return ok(first ? `${gr.getRowCount()} ${table} record(s) match ${conditions}` : `No ${table} record matches ${conditions}, as expected`, outputs)
    return fail(first ? `${gr.getRowCount()} ${table} record(s) match ${conditions}; the step expected none` : `No ${table} record matches ${conditions}`, outputs)
}

/**
 * Record Validation and Record Query repeat until their timeout on the instance ([server] Timeout:
 * "the system repeats the step until it reaches the duration of the timeout"), time in which the
 * instance's workers run async business rules queued by earlier steps. The synchronous sandbox runs
 * that queue once, before a step with a timeout, instead of waiting.
 */
function drainAsyncRules(step: AtfStep, context: AtfRunContext): void {
    if (step.timeoutSeconds > 0) context.platform.runAsyncQueue()
}

// --- Log -------------------------------------------------------------------------------------

/** [server] Log: "Logs a message and stores it as a step result." */
const log: StepExecutor = (step) => ok(step.inputs.log ?? '')

// --- Run Server Side Script --------------------------------------------------------------------

/** Jasmine's globals: docs [server] Run Server Side Script, "describe is only supported in Global scope". */
const JASMINE_GLOBALS = ['describe', 'it', 'expect', 'beforeEach', 'afterEach', 'beforeAll', 'afterAll', 'xit', 'xdescribe', 'fail', 'jasmine', 'spyOn'] as const

function jasmineGlobals(scope: string): Record<string, unknown> {
    const refuse = (name: string) => () => {
        throw new Error(
            scope === 'global'
                ? `${name}: the sandbox does not run Jasmine; assert with assertEqual or return false`
                : `${name}: describe is only supported in Global scope (this step runs in scope ${scope}); assert with assertEqual or return false`,
        )
    }
    const globals: Record<string, unknown> = {}
    for (const name of JASMINE_GLOBALS) globals[name] = name === 'jasmine' ? { getEnv: refuse('jasmine.getEnv') } : refuse(name)
    return globals
}

function show(value: unknown): string {
    if (typeof value === 'string') return JSON.stringify(value)
    if (value === undefined) return 'undefined'
    try {
        return JSON.stringify(value) ?? String(value)
    } catch {
        return String(value)
    }
}

/**
 * The step configuration's own comment (step-configs.ts default script): "assertEqual: A function
 * used to compare that assertion.shouldbe == assertion.value; in case of failure it throws an
 * Error and logs that the assertion by name has failed". Loose equality, as written.
 */
export function assertEqual(assertion: { name?: unknown; shouldbe?: unknown; value?: unknown }): void {
    if (assertion === null || typeof assertion !== 'object') throw new Error('assertEqual needs {name, shouldbe, value}')
    if (assertion.shouldbe == assertion.value) return
    throw new Error(`Assertion '${String(assertion.name)}' failed: expected ${show(assertion.shouldbe)}, got ${show(assertion.value)}`)
}

/** Output variables of the Run Server Side Script configuration ([server]: record_id, table); others are not kept. */
const SCRIPT_OUTPUTS = ['table', 'record_id'] as const

/**
 * [server] Run Server Side Script: the script runs in the test's scope through the module runtime
 * (so `require('x_mioms_m365_assis/...')` loads the app's shipped modules and non-Rhino globals
 * stay shadowed) with the server globals and the step's own: outputs, steps(sys_id), params,
 * stepResult.setOutputMessage, assertEqual. The step fails when the script throws (with its
 * message) or when its value is false ("Return false from the main function body to fail the
 * step"; the build wraps the body in an IIFE whose value is the script's last statement's value,
 * as an eval gives it).
 */
const runServerSideScript: StepExecutor = (step, context) => {
    const outputs: Record<string, unknown> = {}
    let message = ''
    const globals: Record<string, unknown> = {
        gs,
        GlideRecord,
        GlideRecordSecure,
        GlideDateTime,
        outputs,
        steps: (sysId: unknown) => {
            const values = context.outputs.get(String(sysId))
            if (!values) throw new Error(`steps('${String(sysId)}'): no earlier step of this test has that sys_id`)
            return { ...values }
        },
        // Parameterized tests are not used by the suite: no parameter sets.
        params: {},
        stepResult: { setOutputMessage: (text: unknown) => void (message = String(text)) },
        assertEqual,
        ...jasmineGlobals(context.test.scope),
        __atfStepScript: step.inputs.script ?? '',
    }
    const value = context.runtime.runScript('return eval(__atfStepScript)', globals)
    const kept: Record<string, string> = {}
    for (const name of SCRIPT_OUTPUTS) if (outputs[name] !== undefined && outputs[name] !== null) kept[name] = String(outputs[name])
    if (value === false) return fail(message || 'The script returned false', kept)
    return ok(message || 'The script ran', kept)
}

/** Executors by configuration sys_id (from the SDK's table, so a wrong id cannot creep in). */
export const serverStepExecutors: StepExecutors = {
    [configId('createUser')]: createUser,
    [configId('impersonate')]: impersonate,
    [configId('recordInsert')]: recordInsert,
    [configId('recordUpdate')]: recordUpdate,
    [configId('recordDelete')]: recordDelete,
    [configId('recordValidation')]: recordValidation,
    [configId('recordQuery')]: recordQuery,
    [configId('log')]: log,
    [configId('runServerSideScript')]: runServerSideScript,
}
