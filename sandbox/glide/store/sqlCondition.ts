/**
 * Compiles a condition tree to a SQLite WHERE clause with the semantics of semantics.ts.
 * Equality, IN and IS NULL stay plain column predicates so SQLite can use an index.
 */
import { isNumeric, splitList } from './semantics'
import { Condition, Term } from './types'

export interface SqlFragment {
    sql: string
    params: string[]
}

/** SQL function registered by SqliteStore: 1 when the text is a number literal (NUMERIC_PATTERN). */
export const IS_NUMERIC_FN = 'glide_is_numeric'

export function quoteIdent(name: string): string {
    return `"${name}"`
}

function likePattern(value: string, prefix: string, suffix: string): string {
    return prefix + value.replace(/[\\%_]/g, (c) => `\\${c}`) + suffix
}

function compileTerm(term: Term, hasColumn: (column: string) => boolean): SqlFragment {
    // A column the table never had reads as NULL for every row.
    const col = hasColumn(term.field) ? quoteIdent(term.field) : 'NULL'
    const v = term.value
    const like = (pattern: string, negate: boolean): SqlFragment =>
        negate
            ? { sql: `(${col} IS NULL OR ${col} NOT LIKE ? ESCAPE '\\')`, params: [pattern] }
            : { sql: `${col} LIKE ? ESCAPE '\\'`, params: [pattern] }
    switch (term.operator) {
        case '=':
            return v === '' ? { sql: `${col} IS NULL`, params: [] } : { sql: `${col} = ?`, params: [v] }
        case '!=':
            return v === ''
                ? { sql: `${col} IS NOT NULL`, params: [] }
                : { sql: `(${col} IS NULL OR ${col} <> ?)`, params: [v] }
        case 'LIKE':
            return like(likePattern(v, '%', '%'), false)
        case 'NOT LIKE':
            return like(likePattern(v, '%', '%'), true)
        case 'STARTSWITH':
            return like(likePattern(v, '', '%'), false)
        case 'ENDSWITH':
            return like(likePattern(v, '%', ''), false)
        case 'IN':
        case 'NOT IN': {
            const items = splitList(v)
            const negate = term.operator === 'NOT IN'
            if (items.length === 0) return { sql: negate ? '1' : '0', params: [] }
            const list = `${col} IN (${items.map(() => '?').join(',')})`
            return { sql: negate ? `(${col} IS NULL OR NOT ${list})` : list, params: items }
        }
        case 'ISEMPTY':
            return { sql: `${col} IS NULL`, params: [] }
        case 'ISNOTEMPTY':
            return { sql: `${col} IS NOT NULL`, params: [] }
        default:
            if (isNumeric(v)) {
                return {
                    sql: `(${IS_NUMERIC_FN}(${col}) = 1 AND CAST(${col} AS REAL) ${term.operator} CAST(? AS REAL))`,
                    params: [v],
                }
            }
            return { sql: `${col} ${term.operator} ?`, params: [v] }
    }
}

export function compileCondition(condition: Condition | undefined, hasColumn: (column: string) => boolean): SqlFragment {
    if (!condition) return { sql: '1', params: [] }
    if (condition.kind === 'term') return compileTerm(condition, hasColumn)
    if (condition.conditions.length === 0) return { sql: condition.kind === 'and' ? '1' : '0', params: [] }
    const parts = condition.conditions.map((c) => compileCondition(c, hasColumn))
    const joiner = condition.kind === 'and' ? ' AND ' : ' OR '
    return {
        sql: `(${parts.map((p) => p.sql).join(joiner)})`,
        params: parts.flatMap((p) => p.params),
    }
}
