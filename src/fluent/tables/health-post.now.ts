import '@servicenow/sdk/global'
import { Acl, BooleanColumn, DateTimeColumn, MultiLineTextColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'

/**
 * Microsoft's posts (updates) on a service health issue, one row per post. They used to be one
 * JSON document in a 4,000-character field of the issue row: a long-running issue's posts (often
 * 1,500+ characters of HTML each) outgrow any single field, and a JSON document cut on save no
 * longer parses. Graph posts have no id: a post is its issue, creation time and type (post_key),
 * unique per issue, so a re-sync finds each post and writes nothing when nothing changed.
 */
export const x_mioms_m365_assis_health_post = Table({
    name: 'x_mioms_m365_assis_health_post',
    label: 'Microsoft 365 service health post',
    display: 'post_key',
    schema: {
        issue: ReferenceColumn({ label: 'Service health issue', referenceTable: 'x_mioms_m365_assis_health_issue', mandatory: true }),
        // createdDateTime (ISO 8601, as Graph gives it) + '|' + postType.
        post_key: StringColumn({ label: 'Post key', maxLength: 100, mandatory: true }),
        posted_on: DateTimeColumn({ label: 'Posted by Microsoft on' }),
        post_type: StringColumn({ label: 'Post type', maxLength: 40 }),
        content_type: StringColumn({ label: 'Content type', maxLength: 40 }),
        // Microsoft's HTML; posts are 1,000-3,000 characters, the longest seen well under 10,000.
        body: MultiLineTextColumn({ label: 'Body', maxLength: 65000 }),
        // Written to the issue's incident as a work note (each post once, ever).
        noted: BooleanColumn({ label: 'Noted on the incident', default: false }),
    },
    index: [
        { name: 'health_post_issue_key', element: ['issue', 'post_key'], unique: true },
    ],
})

export const healthPostRead = Acl({
    $id: Now.ID['acl_health_post_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_post',
    operation: 'read',
    roles: [insightsUser],
})
// Written by the sync job; administrators may correct or remove a row.
export const healthPostCreate = Acl({
    $id: Now.ID['acl_health_post_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_post',
    operation: 'create',
    roles: [administrator],
})
export const healthPostWrite = Acl({
    $id: Now.ID['acl_health_post_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_post',
    operation: 'write',
    roles: [administrator],
})
export const healthPostDelete = Acl({
    $id: Now.ID['acl_health_post_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_post',
    operation: 'delete',
    roles: [administrator],
})
