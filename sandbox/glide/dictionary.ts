/**
 * Dictionary defaults — docs: "Default values" (sys_dictionary default_value) and GlideRecord
 * newRecord(): "sets the default values for the fields". Only plain literal defaults of the
 * table's own sys_dictionary rows are applied; `javascript:` defaults are ignored (the emulation
 * does not evaluate dictionary scripts) and defaults inherited from a parent table are not looked up.
 */
import { allOf, term } from './store/semantics'
import { Store } from './store/types'

export function dictionaryDefaults(store: Store, table: string): Record<string, string> {
    const defaults: Record<string, string> = {}
    const rows = store.query('sys_dictionary', {
        where: allOf([term('name', '=', table), term('default_value', 'ISNOTEMPTY', '')]),
    })
    for (const row of rows) {
        const element = row.element
        const value = row.default_value
        if (!element || !value || element === 'sys_id') continue
        // javascript: defaults are evaluated by the instance; ignored here (stricter: the field stays empty).
        if (/^\s*javascript\s*:/i.test(value)) continue
        defaults[element] = value
    }
    return defaults
}

/** What the dictionary says of one field (sys_dictionary), after the table's parents are searched. */
export interface FieldDescriptor {
    table: string
    element: string
    internalType: string
    maxLength: number | null
    reference: string | null
    defaultValue: string | null
    /** sys_dictionary.column_label. */
    label: string | null
}

/**
 * The field's sys_dictionary row, looked up on the table and then up its sys_db_object.super_class
 * chain (incident → task), as the platform resolves inherited fields. Undefined when no table in
 * the chain defines the field.
 */
export function fieldDescriptor(store: Store, table: string, element: string): FieldDescriptor | undefined {
    const seen = new Set<string>()
    let name: string | undefined = table
    while (name !== undefined && !seen.has(name)) {
        const current: string = name
        seen.add(current)
        name = parentTable(store, current)
        const row = store.query('sys_dictionary', { where: allOf([term('name', '=', current), term('element', '=', element)]), limit: 1 })[0]
        if (!row) continue
        const maxLength = row.max_length ? Number(row.max_length) : NaN
        return {
            table: current,
            element,
            internalType: row.internal_type ?? 'string',
            maxLength: Number.isFinite(maxLength) && maxLength > 0 ? maxLength : null,
            reference: row.reference ?? null,
            defaultValue: row.default_value ?? null,
            label: row.column_label ?? null,
        }
    }
    return undefined
}

/** The parent table's name: sys_db_object.super_class holds the parent's sys_db_object sys_id. */
export function parentTable(store: Store, table: string): string | undefined {
    if (!store.hasTable('sys_db_object')) return undefined
    const row = store.query('sys_db_object', { where: term('name', '=', table), limit: 1 })[0]
    const parent = row?.super_class
    if (!parent) return undefined
    const byId = store.get('sys_db_object', parent)
    return byId?.name ?? undefined
}

/** Schema rows (sys_db_object, sys_dictionary, sys_choice) every new test platform installs: the app as built. */
export interface SchemaRow {
    table: string
    row: Record<string, string | null>
}

let installedSchema: SchemaRow[] = []

/** Called once by jest's setup (test/support/app-dictionary.ts) with the built app's schema records. */
export function setInstalledSchema(rows: SchemaRow[]): void {
    installedSchema = rows
}

export function installedSchemaRows(): readonly SchemaRow[] {
    return installedSchema
}
