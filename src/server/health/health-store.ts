/** Names of the app's health table, shared by the sync, auto incidents and matching. */
export const HEALTH_TABLE = 'x_mioms_m365_assis_health_issue'

