/**
 * The ATF runner on small synthetic tests (records as the SDK writes them, see synthetic.ts):
 * dispatch and loud failure for unknown configurations, output references, scripts
 * (assertEqual, return false, thrown errors, Jasmine in a scoped app), rollback and
 * Fail on server error.
 */
import { GlideRecord } from '../../../sandbox/glide'
import { term } from '../../../sandbox/glide/store/semantics'
import { formatResult } from '../../../sandbox/atf/runner'
import { AtfSandbox, startAtfSandbox } from '../../../sandbox/atf/suite'
import type { TestResult } from '../../../sandbox/atf/types'
import { addTest, script, stepId } from './synthetic'

let sandbox: AtfSandbox

beforeAll(async () => {
    sandbox = await startAtfSandbox()
})
afterAll(async () => {
    await sandbox?.close()
})

const outcomes = (result: TestResult) => result.steps.map((s) => s.outcome.status)
const message = (result: TestResult, order: number) => result.steps[order - 1].outcome.message

describe('dispatch', () => {
    it('fails a step whose configuration no executor knows, naming the configuration, and does not run the steps after it', async () => {
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                { call: 'server.log', inputs: { log: 'first' } },
                { call: 'server.searchForCatalogItem', inputs: { searchTerm: 'laptop' } },
                { call: 'server.log', inputs: { log: 'never' } },
            ],
        }))
        expect(result.status).toBe('failure')
        expect(outcomes(result)).toEqual(['success', 'failure', 'skipped'])
        expect(message(result, 2)).toContain("no executor for 'Search for a Catalog Item' (server.searchForCatalogItem)")
        expect(formatResult(result)).toContain('3. Log — skipped')
    })

    it('fails a step whose configuration is not in the SDK table, naming its sys_id', async () => {
        const result = await sandbox.runTest(addTest(sandbox, { steps: [{ call: '0123456789abcdef0123456789abcdef' }] }))
        expect(message(result, 1)).toContain('step configuration 0123456789abcdef0123456789abcdef')
    })

    it('skips inactive steps, as the instance does', async () => {
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [{ call: 'server.log', inputs: { log: 'on' } }, { call: 'server.log', inputs: { log: 'off' }, active: false }],
        }))
        expect(result.steps.map((s) => s.outcome.message)).toEqual(['on'])
    })
})

describe('output references', () => {
    it('resolves {{step[...].output}} in inputs, also inside comma-separated lists and templates', async () => {
        const role = stepId()
        const user = stepId()
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                { sysId: role, call: 'server.recordInsert', inputs: { table: 'sys_user_role', fieldValues: 'name=x_atf_probe^EQ', enforceSecurity: '0' } },
                { sysId: user, call: 'server.createUser', inputs: { firstName: 'Ref', lastName: 'Erence', roles: `{{step['${role}'].record_id}}`, impersonate: '0' } },
                { call: 'server.recordQuery', inputs: { table: 'sys_user_has_role', fieldValues: `user={{step['${user}'].user}}^role={{step['${role}'].record_id}}`, enforceSecurity: '0' } },
                { call: 'server.log', inputs: { log: `made {{step['${user}'].user}}` } },
            ],
        }))
        expect(outcomes(result)).toEqual(['success', 'success', 'success', 'success'])
        expect(message(result, 4)).toBe(`made ${result.steps[1].outcome.outputs?.user}`)
    })

    it('fails a step that references a step that has not run, naming the reference', async () => {
        const missing = stepId()
        const result = await sandbox.runTest(addTest(sandbox, { steps: [{ call: 'server.log', inputs: { log: `x {{step['${missing}'].record_id}}` } }] }))
        expect(result.status).toBe('failure')
        expect(message(result, 1)).toBe(`Unknown reference {{step['${missing}'].record_id}}: no earlier step of this test has sys_id ${missing}`)
    })

    it('keeps only the outputs Run Server Side Script declares (table, record_id)', async () => {
        const first = stepId()
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                { ...script("outputs.record_id = 'abc'; outputs.table = 'incident'; outputs.extra = 'no';"), sysId: first },
                { call: 'server.log', inputs: { log: `{{step['${first}'].table}}/{{step['${first}'].record_id}}` } },
                { call: 'server.log', inputs: { log: `{{step['${first}'].extra}}` } },
            ],
        }))
        expect(message(result, 2)).toBe('incident/abc')
        expect(message(result, 3)).toContain("gave no output 'extra'")
    })
})

describe('Run Server Side Script', () => {
    it('passes when assertEqual holds (loose equality, as the step documents) and reports setOutputMessage', async () => {
        const result = await sandbox.runTest(addTest(sandbox, { steps: [script("assertEqual({ name: 'one', shouldbe: 1, value: '1' }); stepResult.setOutputMessage('checked');")] }))
        expect(result.status).toBe('success')
        expect(message(result, 1)).toBe('checked')
    })

    it('fails with the assertion name, the expected and the actual value', async () => {
        const result = await sandbox.runTest(addTest(sandbox, { steps: [script("assertEqual({ name: 'field length', shouldbe: 40, value: 'forty' });")] }))
        expect(result.status).toBe('failure')
        expect(message(result, 1)).toBe(`Assertion 'field length' failed: expected 40, got "forty"`)
    })

    it('fails when the script returns false, and with the message of an error it throws', async () => {
        const returned = await sandbox.runTest(addTest(sandbox, { steps: [script("stepResult.setOutputMessage('said no'); return false;")] }))
        expect(outcomes(returned)).toEqual(['failure'])
        expect(message(returned, 1)).toBe('said no')
        const thrown = await sandbox.runTest(addTest(sandbox, { steps: [script("throw new Error('the boolean read was wrong');")] }))
        expect(message(thrown, 1)).toBe('the boolean read was wrong')
    })

    it('refuses Jasmine in a scoped test with the documented words', async () => {
        const result = await sandbox.runTest(addTest(sandbox, { steps: [script("describe('suite', function () { it('x', function () { expect(1).toBe(1) }) });")] }))
        expect(result.status).toBe('failure')
        expect(message(result, 1)).toContain('describe is only supported in Global scope')
    })

    it("loads the app's shipped modules by their sys_module path and keeps non-Rhino globals away", async () => {
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                script("var b = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/booleans.ts'); assertEqual({ name: 'isTrue', shouldbe: true, value: b.isTrue('1') });"),
                script('setTimeout(function () {}, 1);'),
            ],
        }))
        expect(outcomes(result)).toEqual(['success', 'failure'])
        expect(message(result, 2)).toContain('setTimeout is not available to server scripts on the instance')
    })

    it('runs as the impersonated user', async () => {
        const user = stepId()
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                { sysId: user, call: 'server.createUser', inputs: { firstName: 'Imp', lastName: 'Ersonated', impersonate: '1' } },
                script(`assertEqual({ name: 'session user', shouldbe: steps('${user}').user, value: gs.getUserID() });`),
            ],
        }))
        expect(result.status).toBe('success')
    })
})

describe('Create a User', () => {
    it('refuses a role given by name (an instance would not grant it) and grants roles given by sys_id plus snc_internal', async () => {
        const byName = await sandbox.runTest(addTest(sandbox, { steps: [{ call: 'server.createUser', inputs: { firstName: 'A', lastName: 'B', roles: 'admin' } }] }))
        expect(message(byName, 1)).toContain("Role 'admin' is not the sys_id of a sys_user_role: an instance would not grant it")
        const itil = sandbox.platform.findRow('sys_user_role', 'name', 'itil')!.sys_id!
        const user = stepId()
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                { sysId: user, call: 'server.createUser', inputs: { firstName: 'C', lastName: 'D', roles: itil, fieldValues: 'email=c.d@example.com^EQ', impersonate: '1' } },
                script("assertEqual({ name: 'roles', shouldbe: 'itil,snc_internal', value: gs.getUser().getRoles().sort().join(',') }); assertEqual({ name: 'email', shouldbe: 'c.d@example.com', value: gs.getUser().getEmail() });"),
            ],
        }))
        expect(formatResult(result)).not.toContain('failure')
    })
})

describe('record steps', () => {
    let incident: string

    beforeAll(() => {
        sandbox.platform.runAs('admin', () => {
            const gr = new GlideRecord('incident')
            gr.initialize()
            gr.setValue('short_description', 'existing')
            incident = gr.insert()!
        })
        // Only itil may create or delete incidents (a record ACL the test adds; out-of-box ACLs are not emulated).
        sandbox.platform.addAcl({ name: 'incident', operation: 'create', roles: ['itil'] })
        sandbox.platform.addAcl({ name: 'incident', operation: 'delete', roles: ['itil'] })
    })

    const asUser = { call: 'server.createUser', inputs: { firstName: 'No', lastName: 'Itil', impersonate: '1' } }

    it('Record Insert: enforceSecurity checks ACLs as the impersonated user; both assert choices', async () => {
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                asUser,
                { call: 'server.recordInsert', inputs: { table: 'incident', fieldValues: 'short_description=denied^EQ', enforceSecurity: '1', assert: 'record_not_inserted' } },
                { call: 'server.recordInsert', inputs: { table: 'incident', fieldValues: 'short_description=system^EQ', enforceSecurity: '0', assert: 'record_successfully_inserted' } },
                { call: 'server.recordInsert', inputs: { table: 'incident', fieldValues: 'short_description=denied^EQ', enforceSecurity: '1', assert: 'record_successfully_inserted' } },
            ],
        }))
        expect(outcomes(result)).toEqual(['success', 'success', 'success', 'failure'])
        expect(message(result, 4)).toContain('The incident record was not inserted')
    })

    it('Record Update and Record Delete: both assert choices', async () => {
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                asUser,
                { call: 'server.recordUpdate', inputs: { table: 'incident', recordId: incident, fieldValues: 'short_description=changed^EQ', enforceSecurity: '1' } },
                { call: 'server.recordDelete', inputs: { table: 'incident', recordId: incident, enforceSecurity: '1', assert: 'record_not_deleted' } },
                { call: 'server.recordDelete', inputs: { table: 'incident', recordId: incident, enforceSecurity: '0', assert: 'record_successfully_deleted' } },
                { call: 'server.recordUpdate', inputs: { table: 'incident', recordId: incident, fieldValues: 'short_description=gone^EQ', enforceSecurity: '0', assert: 'record_not_updated' } },
                { call: 'server.recordDelete', inputs: { table: 'incident', recordId: incident, enforceSecurity: '0', assert: 'record_successfully_deleted' } },
            ],
        }))
        expect(outcomes(result)).toEqual(['success', 'success', 'success', 'success', 'success', 'failure'])
        // Rolled back: the incident is there again, as it was.
        expect(sandbox.store.get('incident', incident)?.short_description).toBe('existing')
    })

    it('Record Validation and Record Query: both assert choices, and a failed validation says what the record holds', async () => {
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                { call: 'server.recordValidation', inputs: { table: 'incident', recordId: incident, fieldValues: 'short_description=existing', enforceSecurity: '0' } },
                { call: 'server.recordValidation', inputs: { table: 'incident', recordId: incident, fieldValues: 'short_description=other', enforceSecurity: '0', assert: 'record_not_found' } },
                { call: 'server.recordQuery', inputs: { table: 'incident', fieldValues: 'short_description=existing', enforceSecurity: '0' } },
                { call: 'server.recordQuery', inputs: { table: 'incident', fieldValues: 'short_description=nothing', enforceSecurity: '0', assert: 'no_records_match_query' } },
                { call: 'server.recordValidation', inputs: { table: 'incident', recordId: incident, fieldValues: 'short_description=other', enforceSecurity: '0' } },
            ],
        }))
        expect(outcomes(result)).toEqual(['success', 'success', 'success', 'success', 'failure'])
        expect(result.steps[2].outcome.outputs).toEqual({ table: 'incident', first_record: incident })
        expect(message(result, 5)).toContain('short_description="existing"')
    })
})

describe('rollback', () => {
    it('undoes every row the test wrote (users, role grants, incidents, journal entries) and keeps syslog, as the instance does', async () => {
        const store = sandbox.store
        const counts = () => Object.fromEntries(['sys_user', 'sys_user_has_role', 'incident', 'sys_journal_field', 'syslog'].map((t) => [t, store.count(t)]))
        const before = counts()
        const result = await sandbox.runTest(addTest(sandbox, {
            steps: [
                { call: 'server.createUser', inputs: { firstName: 'Roll', lastName: 'Back', impersonate: '1' } },
                script(`
                    var gr = new GlideRecord('incident'); gr.initialize(); gr.setValue('short_description', 'rolled back'); var id = gr.insert();
                    var again = new GlideRecord('incident'); again.get(id); again.setValue('comments', 'a journal entry'); again.update();
                    gs.info('a log line the instance keeps');
                    outputs.record_id = id;`),
            ],
        }))
        expect(result.status).toBe('success')
        const during = result.steps[1].outcome.outputs!.record_id
        expect(store.get('incident', during)).toBeUndefined()
        expect(store.count('sys_journal_field', term('element_id', '=', during))).toBe(0)
        expect(counts()).toEqual({ ...before, syslog: before.syslog + 1 })
        // The session is the runner's again.
        expect(sandbox.platform.session.userId).toBeNull()
    })
})

describe('Fail on server error', () => {
    const logsError = script("gs.error('something broke on the server'); return true;")

    it('fails a test with failOnServerError when an error is logged while it runs, naming the error', async () => {
        const result = await sandbox.runTest(addTest(sandbox, { failOnServerError: true, steps: [logsError] }))
        expect(outcomes(result)).toEqual(['success'])
        expect(result.status).toBe('failure')
        expect(result.failureReason).toContain('something broke on the server')
    })

    it('lets the test pass when failOnServerError is off (the error is still reported)', async () => {
        const result = await sandbox.runTest(addTest(sandbox, { failOnServerError: false, steps: [logsError] }))
        expect(result.status).toBe('success')
        expect(result.serverErrors).toEqual(['something broke on the server'])
    })

    it('lenient: only errors logged during form (UI) steps count', async () => {
        sandbox.platform.fidelity.atfServerErrors = 'lenient'
        try {
            const result = await sandbox.runTest(addTest(sandbox, { failOnServerError: true, steps: [logsError] }))
            expect(result.status).toBe('success')
        } finally {
            sandbox.platform.fidelity.atfServerErrors = 'strict'
        }
    })
})
