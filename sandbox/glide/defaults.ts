/**
 * Dictionary defaults — docs "Default values" (sys_dictionary default_value) and GlideRecord
 * newRecord(): "sets the default values for the fields"; insert() fills the fields never set.
 * A field's default is its own sys_dictionary row's, looked up on the table and then up its
 * parents (incident gets task's `active`, `state`, `impact`, ... — fieldDescriptor).
 *
 * `javascript:` defaults are evaluated by the instance's script engine; the emulation evaluates
 * none, except by name the three the platform's task fields use (task.now.ts in the Now SDK):
 *  - `javascript:getNextObjNumberPadded();` / `getNextObjNumber();` → the table's next number (numbering.ts);
 *  - `javascript:gs.nowDateTime()` → now, 'YYYY-MM-DD HH:mm:ss' (the emulated session time zone is UTC);
 *  - `javascript:gs.getUserID()` → the session user's sys_id.
 * Any other script default leaves the field empty (stricter than the instance).
 */
import { fieldDescriptor, parentTable } from './dictionary'
import { nextObjNumberPadded } from './numbering'
import { allOf, term } from './store/semantics'
import { Row, Store } from './store/types'

export interface DefaultContext {
    store: Store
    nowValue(): string
    sessionUserId(): string | null
}

const SCRIPTED_DEFAULTS: Record<string, (ctx: DefaultContext, table: string) => string | null> = {
    'getNextObjNumberPadded()': (ctx, table) => nextObjNumberPadded(ctx.store, table),
    'getNextObjNumber()': (ctx, table) => nextObjNumberPadded(ctx.store, table),
    'gs.nowDateTime()': (ctx) => ctx.nowValue(),
    'gs.getUserID()': (ctx) => ctx.sessionUserId(),
}

/** The fields of the table and its parents that have a default (the nearest definition wins). */
function fieldsWithDefaults(store: Store, table: string): string[] {
    const fields = new Set<string>()
    const seen = new Set<string>()
    for (let name: string | undefined = table; name && !seen.has(name); name = parentTable(store, name)) {
        seen.add(name)
        const rows = store.query('sys_dictionary', { where: allOf([term('name', '=', name), term('default_value', 'ISNOTEMPTY', '')]) })
        for (const row of rows) if (row.element && row.element !== 'sys_id') fields.add(row.element)
    }
    return [...fields]
}

function defaultValue(ctx: DefaultContext, table: string, element: string): string | null {
    const value = fieldDescriptor(ctx.store, table, element)?.defaultValue
    if (!value) return null
    const script = /^\s*javascript\s*:\s*(.*?);?\s*$/is.exec(value)
    if (!script) return value
    const known = SCRIPTED_DEFAULTS[script[1].replace(/;\s*$/, '').trim()]
    return known ? known(ctx, table) : null
}

/** Fills `values` with the defaults of every field not present in it (a field set to empty stays empty). */
export function applyDictionaryDefaults(ctx: DefaultContext, table: string, values: Row): void {
    for (const element of fieldsWithDefaults(ctx.store, table)) {
        if (element in values) continue
        const value = defaultValue(ctx, table, element)
        if (value !== null) values[element] = value
    }
}
