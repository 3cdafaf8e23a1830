/**
 * Body of the "Microsoft 365 service health sync" scheduled job (runs every minute; syncs once
 * health_minutes have passed since the last attempt). Time is the instance's (GlideDateTime).
 */
import { GlideDateTime } from '@servicenow/glide'
import { runScheduledHealthSync } from './run-sync'

export function runHealthSyncJob(): void {
    runScheduledHealthSync(new GlideDateTime().getNumericValue())
}
