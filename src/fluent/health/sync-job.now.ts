import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runHealthSyncJob } from '../../server/health/scheduled-job'

// Runs every minute; the job itself syncs once x_mioms_m365_assis.cache.health_minutes have
// passed since its last attempt (kept in the health sync-state table), then updates the automatic incidents.
export const healthSyncJob = ScheduledScript({
    $id: Now.ID['job_health_sync'],
    name: 'Microsoft 365 service health sync',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: runHealthSyncJob,
})
