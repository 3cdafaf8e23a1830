/**
 * The persistence contract shared by MemoryStore and SqliteStore.
 * Every stored value is a string or null (ServiceNow stores empty fields as NULL, and
 * GlideRecord.getValue returns strings); an absent column reads as null.
 */
export type FieldValue = string | null
export type Row = Record<string, FieldValue>

/** The encoded-query operators the emulation understands (docs: "Operators available for filters and queries"). */
export const OPERATORS = [
    '=',
    '!=',
    'LIKE',
    'NOT LIKE',
    'STARTSWITH',
    'ENDSWITH',
    'IN',
    'NOT IN',
    'ISEMPTY',
    'ISNOTEMPTY',
    '<',
    '<=',
    '>',
    '>=',
] as const
export type Operator = (typeof OPERATORS)[number]

export interface Term {
    kind: 'term'
    field: string
    operator: Operator
    value: string
}
export interface AllOf {
    kind: 'and'
    conditions: Condition[]
}
export interface AnyOf {
    kind: 'or'
    conditions: Condition[]
}
/** A condition tree: an empty `and` matches every row, an empty `or` matches none. */
export type Condition = Term | AllOf | AnyOf

export interface OrderBy {
    field: string
    descending: boolean
}

export interface StoreQuery {
    where?: Condition
    orderBy?: OrderBy[]
    /**
     * The order of rows the sort leaves tied (all rows, for an unsorted query): insertion order,
     * or its reverse. The platform documents no order for them (fidelity switch `sortTies`).
     */
    ties?: 'insertion' | 'reverse'
    limit?: number
    offset?: number
}

export interface Store {
    /** Inserts a row; `row.sys_id` must be set and unique in the table. */
    insert(table: string, row: Row): void
    /** Writes the given columns of one row; false when no row has that sys_id. */
    update(table: string, sysId: string, changes: Row): boolean
    delete(table: string, sysId: string): boolean
    get(table: string, sysId: string): Row | undefined
    query(table: string, query?: StoreQuery): Row[]
    count(table: string, where?: Condition): number
    /** Asks for an index on a column or on several, in order (SqliteStore creates one; MemoryStore ignores it). */
    ensureIndex(table: string, columns: string | string[]): void
    /**
     * A unique index over the columns: an insert or update giving a second row the same non-empty
     * values throws UniqueKeyViolation (rows with an empty column never collide, as in SQL).
     */
    ensureUniqueIndex(table: string, name: string, columns: string[]): void
    hasTable(table: string): boolean
    /**
     * A number that changes whenever a row of a schema table (sys_dictionary, sys_db_object) is
     * inserted, updated or deleted: what the emulation's dictionary cache is keyed on.
     */
    schemaVersion(): number
    /** Runs fn atomically where the store supports it (bulk loads in SqliteStore). */
    transaction<T>(fn: () => T): T
    close(): void
}

/** Table and column names follow the platform's naming: lower-case letters, digits and underscores. */
export const NAME_PATTERN = /^[a-z0-9_]+$/

export function assertName(kind: 'table' | 'column', name: string): void {
    if (!NAME_PATTERN.test(name)) throw new Error(`Invalid ${kind} name: ${JSON.stringify(name)}`)
}

/** Empty strings are stored as null: the platform does not distinguish empty from NULL. */
export function normaliseValue(value: FieldValue | undefined): FieldValue {
    return value === undefined || value === '' ? null : value
}

/** A write refused by a unique index (the database's own refusal: nothing was written). */
export class UniqueKeyViolation extends Error {
    constructor(
        readonly table: string,
        readonly index: string,
        readonly values: string[],
    ) {
        super(`Duplicate entry '${values.join('-')}' for key '${index}'`)
        this.name = 'UniqueKeyViolation'
    }
}

/** The tables whose rows define fields and tables (Store.schemaVersion). */
export const SCHEMA_TABLES: ReadonlySet<string> = new Set(['sys_dictionary', 'sys_db_object'])
