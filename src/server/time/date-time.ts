/**
 * The one conversion between Microsoft's RFC 3339 / ISO 8601 date-times and the instance's
 * GlideDateTime value form ('YYYY-MM-DD HH:mm:ss', UTC). Used by cases, the connector API and
 * service health alike.
 */

/** ISO 8601 (any offset) → 'YYYY-MM-DD HH:mm:ss' UTC; '' for nothing or garbage. */
export function glideFromIso(iso: string | null | undefined): string {
    if (!iso) return ''
    const ms = Date.parse(iso)
    if (isNaN(ms)) return ''
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** 'YYYY-MM-DD HH:mm:ss' (UTC, as stored) → 'YYYY-MM-DDTHH:mm:ssZ'; null for nothing or garbage. */
export function isoFromGlide(value: string | null | undefined): string | null {
    if (!value) return null
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(value)
    return m ? m[1] + 'T' + m[2] + 'Z' : null
}
