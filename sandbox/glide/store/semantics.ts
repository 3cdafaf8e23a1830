/**
 * The one definition of how conditions match rows and how rows sort. MemoryStore evaluates it
 * directly; SqliteStore compiles the same rules to SQL (see sqlCondition.ts), and the shared
 * store test suite checks that both agree.
 *
 * Rules (each chosen to be no more permissive than the instance):
 *  - Empty and NULL are the same value (null).
 *  - `=` and `IN` compare exactly (case-sensitive); `field=` (empty value) means "is empty".
 *  - `!=`, `NOT LIKE`, `NOT IN` also match empty values, as the platform's generated SQL does
 *    (`field != 'x' OR field IS NULL`).
 *  - LIKE / STARTSWITH / ENDSWITH are case-insensitive for ASCII letters (the instance database
 *    collation is case-insensitive; SQLite's LIKE folds ASCII only, so both stores fold ASCII only).
 *  - `<`, `<=`, `>`, `>=`: when the operand is a number, comparison is numeric and non-numeric
 *    values never match; otherwise it is a binary string comparison (right for glide_date_time
 *    values 'YYYY-MM-DD HH:mm:ss'). Empty values never match.
 *  - Sorting: string order, empty values first ascending and last descending, ties in insertion order.
 */
import { Condition, FieldValue, Row, Term, OrderBy } from './types'

export const NUMERIC_PATTERN = /^-?\d+(\.\d+)?$/

export function isNumeric(value: string): boolean {
    return NUMERIC_PATTERN.test(value)
}

export function asciiLower(value: string): string {
    return value.replace(/[A-Z]/g, (c) => c.toLowerCase())
}

export function splitList(value: string): string[] {
    return value.split(',').filter((item) => item !== '')
}

function compareRange(actual: FieldValue, term: Term): boolean {
    if (actual === null) return false
    let diff: number
    if (isNumeric(term.value)) {
        if (!isNumeric(actual)) return false
        diff = Number(actual) - Number(term.value)
    } else {
        diff = actual < term.value ? -1 : actual > term.value ? 1 : 0
    }
    switch (term.operator) {
        case '<':
            return diff < 0
        case '<=':
            return diff <= 0
        case '>':
            return diff > 0
        default:
            return diff >= 0
    }
}

export function matchesTerm(row: Row, term: Term): boolean {
    const raw = row[term.field]
    const actual: FieldValue = raw === undefined || raw === '' ? null : raw
    const value = term.value
    switch (term.operator) {
        case '=':
            return value === '' ? actual === null : actual === value
        case '!=':
            return value === '' ? actual !== null : actual === null || actual !== value
        case 'LIKE':
            return actual !== null && asciiLower(actual).includes(asciiLower(value))
        case 'NOT LIKE':
            return actual === null || !asciiLower(actual).includes(asciiLower(value))
        case 'STARTSWITH':
            return actual !== null && asciiLower(actual).startsWith(asciiLower(value))
        case 'ENDSWITH':
            return actual !== null && asciiLower(actual).endsWith(asciiLower(value))
        case 'IN':
            return actual !== null && splitList(value).includes(actual)
        case 'NOT IN':
            return actual === null || !splitList(value).includes(actual)
        case 'ISEMPTY':
            return actual === null
        case 'ISNOTEMPTY':
            return actual !== null
        default:
            return compareRange(actual, term)
    }
}

export function matchesCondition(row: Row, condition: Condition | undefined): boolean {
    if (!condition) return true
    switch (condition.kind) {
        case 'term':
            return matchesTerm(row, condition)
        case 'and':
            return condition.conditions.every((c) => matchesCondition(row, c))
        case 'or':
            return condition.conditions.some((c) => matchesCondition(row, c))
    }
}

function compareValues(a: FieldValue, b: FieldValue): number {
    if (a === b) return 0
    if (a === null) return -1
    if (b === null) return 1
    return a < b ? -1 : a > b ? 1 : 0
}

/** Comparator for the orderings; Array.prototype.sort is stable, so ties keep insertion order. */
export function rowComparator(orderBy: OrderBy[]): (a: Row, b: Row) => number {
    return (a, b) => {
        for (const { field, descending } of orderBy) {
            const diff = compareValues(a[field] ?? null, b[field] ?? null)
            if (diff !== 0) return descending ? -diff : diff
        }
        return 0
    }
}

/** Builders used by GlideRecord and tests. */
export const allOf = (conditions: Condition[]): Condition => ({ kind: 'and', conditions })
export const anyOf = (conditions: Condition[]): Condition => ({ kind: 'or', conditions })
export const term = (field: string, operator: Term['operator'], value = ''): Term => ({
    kind: 'term',
    field,
    operator,
    value,
})
