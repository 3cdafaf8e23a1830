import '@servicenow/sdk/global'
import { Acl, DateTimeColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'

/**
 * Service health sync state: one row per Graph feed ("issues"; "messages" for Message center
 * posts, which keeps only its mark: the issues row schedules both). `high_water` is the newest
 * lastModifiedDateTime (ISO 8601, milliseconds) of a sync that read every page; it moves only
 * after a complete sync, and is written only when it changes (an unchanged re-sync writes nothing).
 * `last_attempt` is when the scheduled job last started a sync: the job syncs again once the
 * interval has passed since then (src/server/health/run-sync.ts), so a late run never skips a window.
 */
export const x_mioms_m365_assis_health_sync = Table({
    name: 'x_mioms_m365_assis_health_sync',
    label: 'Microsoft 365 service health sync state',
    display: 'feed',
    schema: {
        feed: StringColumn({ label: 'Feed', maxLength: 40, mandatory: true }),
        high_water: StringColumn({ label: 'Newest lastModifiedDateTime synced', maxLength: 40 }),
        last_calls: IntegerColumn({ label: 'Graph calls of the last changing sync', default: 0 }),
        last_attempt: DateTimeColumn({ label: 'Last scheduled sync started' }),
    },
    index: [{ name: 'health_sync_feed', element: 'feed', unique: true }],
})

export const healthSyncRead = Acl({
    $id: Now.ID['acl_health_sync_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_sync',
    operation: 'read',
    roles: [administrator],
})
export const healthSyncCreate = Acl({
    $id: Now.ID['acl_health_sync_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_sync',
    operation: 'create',
    roles: [administrator],
})
export const healthSyncWrite = Acl({
    $id: Now.ID['acl_health_sync_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_sync',
    operation: 'write',
    roles: [administrator],
})
export const healthSyncDelete = Acl({
    $id: Now.ID['acl_health_sync_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_health_sync',
    operation: 'delete',
    roles: [administrator],
})
