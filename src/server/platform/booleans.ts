/**
 * The one reader of True/False values. On an instance `GlideRecord.getValue()` of a True/False
 * field returns '1' or '0' (null when empty), while `String(gr.field)` and `gr.field.toString()`
 * return 'true' or 'false' and properties hold 'true'/'false' (docs/platform-fidelity.md). Every
 * boolean the app reads goes through here, so no code compares with `=== 'true'`.
 */
import type { GlideRecord } from '@servicenow/glide'

/** True for '1', 'true' (any case, trimmed) and true; false for everything else, empty included. */
export function isTrue(value: unknown): boolean {
    if (value === true) return true
    if (value === null || value === undefined || value === false) return false
    const text = String(value).trim().toLowerCase()
    return text === '1' || text === 'true'
}

/**
 * A True/False field of a record. `whenEmpty` says what an empty field means where that is not
 * false (e.g. Setup's test-environment flag: a Setup never saved counts as a test environment).
 */
export function booleanField(record: GlideRecord, field: string, whenEmpty = false): boolean {
    const value = record.getValue(field)
    return value === null || value === '' ? whenEmpty : isTrue(value)
}

/**
 * A True/False setting (a property's text): true for '1'/'true', false for '0'/'false' (any case,
 * trimmed), the fallback for anything else, empty included.
 */
export function parseBoolean(raw: unknown, fallback: boolean): boolean {
    if (isTrue(raw)) return true
    const text = raw === null || raw === undefined ? '' : String(raw).trim().toLowerCase()
    return text === '0' || text === 'false' ? false : fallback
}
