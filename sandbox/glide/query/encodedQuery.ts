/**
 * Encoded query parsing — docs: "Encoded query strings" (Platform user interface) and the
 * Now SDK `encoded-query-guide`. `^` is AND, `^OR` binds tighter than `^` (a=1^ORb=2^c=3 is
 * (a=1 OR b=2) AND c=3), `^NQ` starts a new query ORed with the previous ones, `^EQ` ends the
 * query, `ORDERBY<field>` / `ORDERBYDESC<field>` sort, and `^^` is a literal caret.
 *
 * Not supported (they throw so a test never silently passes): dot-walked fields,
 * `javascript:` values, and operators not listed in store/types.ts OPERATORS.
 */
import { allOf, anyOf } from '../store/semantics'
import { Condition, Operator, OrderBy, Term } from '../store/types'

export interface ParsedQuery {
    condition: Condition
    orderBy: OrderBy[]
}

// Longest first, so `!=` wins over `=` and `NOT LIKE` over `LIKE`.
const OPERATOR_SPELLINGS: [string, Operator][] = [
    ['ISNOTEMPTY', 'ISNOTEMPTY'],
    ['ISEMPTY', 'ISEMPTY'],
    ['STARTSWITH', 'STARTSWITH'],
    ['ENDSWITH', 'ENDSWITH'],
    ['NOT LIKE', 'NOT LIKE'],
    ['NOTLIKE', 'NOT LIKE'],
    ['NOT IN', 'NOT IN'],
    ['LIKE', 'LIKE'],
    ['IN', 'IN'],
    ['!=', '!='],
    ['<=', '<='],
    ['>=', '>='],
    ['=', '='],
    ['<', '<'],
    ['>', '>'],
]

function tokens(query: string): string[] {
    const out: string[] = []
    let current = ''
    for (let i = 0; i < query.length; i++) {
        const c = query[i]
        if (c === '^' && query[i + 1] === '^') {
            current += '^'
            i++
        } else if (c === '^') {
            out.push(current)
            current = ''
        } else {
            current += c
        }
    }
    out.push(current)
    return out.filter((t) => t !== '')
}

export function parseTerm(text: string): Term {
    const match = /^([a-z0-9_.]+)(.*)$/s.exec(text)
    if (!match) throw new Error(`Unsupported encoded query term: ${JSON.stringify(text)}`)
    const [, field, rest] = match
    if (field.includes('.')) throw new Error(`Dot-walked fields are not supported by the emulation: ${field}`)
    const spelling = OPERATOR_SPELLINGS.find(([s]) => rest.startsWith(s))
    if (!spelling) throw new Error(`Unsupported encoded query operator in ${JSON.stringify(text)}`)
    const value = rest.slice(spelling[0].length)
    if (value.startsWith('javascript:')) throw new Error(`javascript: query values are not supported: ${text}`)
    return { kind: 'term', field, operator: spelling[1], value }
}

export function parseEncodedQuery(query: string): ParsedQuery {
    const groups: Condition[][] = [[]]
    const orderBy: OrderBy[] = []
    for (const token of tokens(query)) {
        if (token === 'EQ') break
        if (token.startsWith('ORDERBYDESC')) {
            orderBy.push({ field: token.slice('ORDERBYDESC'.length), descending: true })
        } else if (token.startsWith('ORDERBY')) {
            orderBy.push({ field: token.slice('ORDERBY'.length), descending: false })
        } else if (token.startsWith('NQ')) {
            groups.push([])
            if (token.length > 2) groups[groups.length - 1].push(anyOf([parseTerm(token.slice(2))]))
        } else if (token.startsWith('OR')) {
            const group = groups[groups.length - 1]
            const last = group[group.length - 1]
            if (!last || last.kind !== 'or') throw new Error(`^OR without a preceding condition in ${query}`)
            last.conditions.push(parseTerm(token.slice(2)))
        } else {
            groups[groups.length - 1].push(anyOf([parseTerm(token)]))
        }
    }
    const groupConditions = groups.map((g) => allOf(g))
    return { condition: groupConditions.length === 1 ? groupConditions[0] : anyOf(groupConditions), orderBy }
}

function termText(t: Term): string {
    const op = t.operator === 'NOT LIKE' ? 'NOT LIKE' : t.operator
    return `${t.field}${op}${t.operator === 'ISEMPTY' || t.operator === 'ISNOTEMPTY' ? '' : t.value.replace(/\^/g, '^^')}`
}

function andText(c: Condition): string {
    if (c.kind === 'term') return termText(c)
    if (c.kind === 'or') return c.conditions.map((x) => andText(x)).join('^OR')
    return c.conditions.map((x) => andText(x)).join('^')
}

/** Serialises a condition tree back to an encoded query (GlideRecord.getEncodedQuery). */
export function toEncodedQuery(condition: Condition, orderBy: OrderBy[] = []): string {
    const body =
        condition.kind === 'or' && condition.conditions.some((c) => c.kind === 'and')
            ? condition.conditions.map(andText).join('^NQ')
            : andText(condition)
    const order = orderBy.map((o) => `${o.descending ? 'ORDERBYDESC' : 'ORDERBY'}${o.field}`)
    return [body, ...order].filter((s) => s !== '').join('^')
}
