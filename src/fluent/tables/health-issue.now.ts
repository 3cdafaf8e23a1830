import '@servicenow/sdk/global'
import { Acl, BooleanColumn, DateTimeColumn, IntegerColumn, MultiLineTextColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'

/** Microsoft 365 service health issues synced from Microsoft Graph (serviceHealthIssue), one row per issue id. */
export const x_mioms_m365_assis_health_issue = Table({
    name: 'x_mioms_m365_assis_health_issue',
    label: 'Microsoft 365 service health issue',
    display: 'title',
    schema: {
        issue_id: StringColumn({ label: 'Issue ID', maxLength: 40, mandatory: true }),
        title: StringColumn({ label: 'Title', maxLength: 500 }),
        service: StringColumn({ label: 'Service', maxLength: 200 }),
        feature: StringColumn({ label: 'Feature', maxLength: 200 }),
        feature_group: StringColumn({ label: 'Feature group', maxLength: 200 }),
        classification: StringColumn({ label: 'Classification', maxLength: 40 }),
        status: StringColumn({ label: 'Status', maxLength: 60 }),
        impact_description: MultiLineTextColumn({ label: 'User impact', maxLength: 4000 }),
        origin: StringColumn({ label: 'Origin', maxLength: 40 }),
        is_resolved: BooleanColumn({ label: 'Resolved', default: false }),
        start_time: DateTimeColumn({ label: 'Start time' }),
        end_time: DateTimeColumn({ label: 'End time' }),
        last_modified: DateTimeColumn({ label: 'Last modified by Microsoft' }),
        next_update: DateTimeColumn({ label: 'Next update expected' }),
        // The posts themselves are rows of x_mioms_m365_assis_health_post (health-post.now.ts).
        post_count: IntegerColumn({ label: 'Posts count', default: 0 }),
        incident: ReferenceColumn({ label: 'Incident', referenceTable: 'incident' }),
        incident_updates_stopped: BooleanColumn({ label: 'Incident updates stopped', default: false }),
        // Microsoft's post-incident report, attached to the incident (incident-reports.ts): the sys_attachment
        // sys_id once saved, and how many fetches failed (capped, so a report that never comes stops costing calls).
        report_attachment: StringColumn({ label: 'Post-incident report attachment', maxLength: 32 }),
        report_attempts: IntegerColumn({ label: 'Post-incident report attempts', default: 0 }),
    },
    index: [
        { name: 'health_issue_id', element: 'issue_id', unique: true },
        // The panel's candidate queries (health-matches.ts): is_resolved = x [and last_modified >= t], newest first, bounded.
        { name: 'health_resolved_modified', element: ['is_resolved', 'last_modified'], unique: false },
    ],
})

export const healthIssueRead = Acl({
    $id: Now.ID['acl_health_issue_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_issue',
    operation: 'read',
    roles: [insightsUser],
})
// Written by the sync job; administrators may correct or remove a row.
export const healthIssueCreate = Acl({
    $id: Now.ID['acl_health_issue_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_issue',
    operation: 'create',
    roles: [administrator],
})
export const healthIssueWrite = Acl({
    $id: Now.ID['acl_health_issue_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_issue',
    operation: 'write',
    roles: [administrator],
})
export const healthIssueDelete = Acl({
    $id: Now.ID['acl_health_issue_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_issue',
    operation: 'delete',
    roles: [administrator],
})
