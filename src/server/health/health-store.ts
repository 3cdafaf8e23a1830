/** Names and value conversions of the app's health table, shared by the sync, auto incidents and matching. */
export const HEALTH_TABLE = 'x_mioms_m365_assis_health_issue'

/** ISO 8601 → the instance's 'YYYY-MM-DD HH:mm:ss' (UTC); '' for nothing or garbage. */
export function glideFromIso(iso: string | null | undefined): string {
    if (!iso) return ''
    const ms = Date.parse(iso)
    if (isNaN(ms)) return ''
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** 'YYYY-MM-DD HH:mm:ss' (UTC) → ISO 8601 'YYYY-MM-DDTHH:mm:ssZ'; null for nothing. */
export function isoFromGlide(value: string | null | undefined): string | null {
    if (!value) return null
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(value)
    return m ? m[1] + 'T' + m[2] + 'Z' : null
}
