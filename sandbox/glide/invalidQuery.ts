/**
 * Invalid field names in a query — docs "GlideRecord - Scoped" (intro): "When the invalid query is
 * run, the invalid part of the query condition is dropped, and the results are based on the valid
 * part of the query, which may return all records from the table", unless the system property
 * `glide.invalid_query.returns_no_rows` is true, when such a query returns no rows
 * (https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideRecordScopedAPI.html).
 *
 * A field is known when the table or one of its parents has a sys_dictionary row for it, or it is
 * a system field (sys_*). A table the emulation has no dictionary for (a scratch table of a unit
 * test) is left alone: every field counts as known there.
 */
import { fieldDescriptor, hasDictionary } from './dictionary'
import { allOf, anyOf } from './store/semantics'
import { Condition, Store } from './store/types'

export const RETURNS_NO_ROWS_PROPERTY = 'glide.invalid_query.returns_no_rows'

export interface CheckedCondition {
    /** The condition without its invalid terms (an empty AND matches every row, as on the instance). */
    condition: Condition
    /** The unknown field names, in the order they appeared. */
    invalidFields: string[]
}

export function dropInvalidTerms(store: Store, table: string, condition: Condition): CheckedCondition {
    const invalidFields: string[] = []
    if (!store.hasTable('sys_dictionary') || !hasDictionary(store, table)) return { condition, invalidFields }
    const known = (field: string) => field.startsWith('sys_') || fieldDescriptor(store, table, field) !== undefined
    const walk = (c: Condition): Condition | null => {
        if (c.kind === 'term') {
            if (known(c.field)) return c
            if (!invalidFields.includes(c.field)) invalidFields.push(c.field)
            return null
        }
        const kept = c.conditions.map(walk).filter((x): x is Condition => x !== null)
        if (kept.length === 0) return null
        return c.kind === 'and' ? allOf(kept) : anyOf(kept)
    }
    return { condition: walk(condition) ?? allOf([]), invalidFields }
}
