import '@servicenow/sdk/global'
import { Acl, ChoiceColumn, DateTimeColumn, IntegerColumn, MultiLineTextColumn, ReferenceColumn, StringColumn, Table, UrlColumn } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'

/**
 * Microsoft recommended solutions kept per incident, so a reopened incident shows the
 * solutions it had without calling Microsoft again (refreshed after the cache lifetime).
 */
export const x_mioms_m365_assis_solution = Table({
    name: 'x_mioms_m365_assis_solution',
    label: 'Recommended solution',
    display: 'title',
    schema: {
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident', mandatory: true }),
        query: StringColumn({ label: 'Search text', maxLength: 1000 }),
        solution_id: StringColumn({ label: 'Microsoft solution ID', maxLength: 200 }),
        title: StringColumn({ label: 'Title', maxLength: 300 }),
        summary: MultiLineTextColumn({ label: 'Summary', maxLength: 4000 }),
        url: UrlColumn({ label: 'Link' }),
        source: StringColumn({ label: 'Source', maxLength: 100 }),
        // Which solutions source answered (learn | connector): a change of the source property makes the cache stale.
        answered_by: StringColumn({ label: 'Answered by', maxLength: 20 }),
        rank: IntegerColumn({ label: 'Rank' }),
        fetched_at: DateTimeColumn({ label: 'Fetched at' }),
        // panel: the agent's answer to "Was this helpful?" (not sent to Microsoft; off with feedback.opt_out)
        feedback: ChoiceColumn({ label: 'Feedback', choices: { helpful: 'Helpful', not_helpful: 'Not helpful' } }),
        feedback_by: ReferenceColumn({ label: 'Feedback by', referenceTable: 'sys_user' }),
        feedback_on: DateTimeColumn({ label: 'Feedback on' }),
    },
    index: [{ name: 'solution_incident', element: 'incident', unique: false }],
})

export const solutionRead = Acl({
    $id: Now.ID['acl_solution_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution',
    operation: 'read',
    roles: [insightsUser],
})
// Rows are written by the app's server code when an agent views an incident; people never edit them.
export const solutionCreate = Acl({
    $id: Now.ID['acl_solution_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution',
    operation: 'create',
    roles: [administrator],
})
export const solutionWrite = Acl({
    $id: Now.ID['acl_solution_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution',
    operation: 'write',
    roles: [administrator],
})
export const solutionDelete = Acl({
    $id: Now.ID['acl_solution_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_solution',
    operation: 'delete',
    roles: [administrator],
})
