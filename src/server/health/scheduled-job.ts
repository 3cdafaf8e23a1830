/** Body of the "Microsoft 365 service health sync" scheduled job (runs every minute; syncs every health_minutes). */
import { runScheduledHealthSync } from './run-sync'

export function runHealthSyncJob(): void {
    runScheduledHealthSync(new Date().getTime())
}
