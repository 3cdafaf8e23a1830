/**
 * The dictionary as the platform reads it: a field's sys_dictionary row, found on its table or up
 * the table's parents (sys_db_object.super_class). Defaults are applied by defaults.ts, values
 * typed by fieldTypes.ts.
 */
import { allOf, term } from './store/semantics'
import { Store } from './store/types'

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
    const cache = schemaCache(store)
    const key = `${table}.${element}`
    if (!cache.descriptors.has(key)) cache.descriptors.set(key, lookUpField(store, table, element))
    return cache.descriptors.get(key)
}

/** Whether the table has sys_dictionary rows of its own (the emulation knows its fields). */
export function hasDictionary(store: Store, table: string): boolean {
    const cache = schemaCache(store)
    let known = cache.tables.get(table)
    if (known === undefined) {
        known = store.count('sys_dictionary', term('name', '=', table)) > 0
        cache.tables.set(table, known)
    }
    return known
}

interface SchemaCache {
    version: number
    descriptors: Map<string, FieldDescriptor | undefined>
    tables: Map<string, boolean>
}
const schemaCaches = new WeakMap<Store, SchemaCache>()

/** Lookups cached per store until a schema row is written (Store.schemaVersion): every save and query asks. */
function schemaCache(store: Store): SchemaCache {
    const version = store.schemaVersion()
    let cache = schemaCaches.get(store)
    if (!cache || cache.version !== version) {
        cache = { version, descriptors: new Map(), tables: new Map() }
        schemaCaches.set(store, cache)
    }
    return cache
}

function lookUpField(store: Store, table: string, element: string): FieldDescriptor | undefined {
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

/** An index an installed table declares (Fluent Table `index`): the platform builds it on install. */
export interface TableIndex {
    table: string
    name: string
    unique: boolean
    columns: string[]
}

let installedSchema: SchemaRow[] = []
let installedIndexes: TableIndex[] = []

/** Called once by jest's setup (test/support/app-dictionary.ts) with the built app's schema records and indexes. */
export function setInstalledSchema(rows: SchemaRow[], indexes: TableIndex[] = []): void {
    installedSchema = rows
    installedIndexes = indexes
}

export function installedIndexRows(): readonly TableIndex[] {
    return installedIndexes
}

export function installedSchemaRows(): readonly SchemaRow[] {
    return installedSchema
}
