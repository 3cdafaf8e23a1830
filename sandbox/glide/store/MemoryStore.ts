import { matchesCondition, rowComparator } from './semantics'
import { assertName, Condition, normaliseValue, Row, Store, StoreQuery, UniqueKeyViolation, SCHEMA_TABLES } from './types'

/** In-memory Store for unit tests: rows kept in insertion order, conditions evaluated in JS. */
export class MemoryStore implements Store {
    private schemaWrites = 0
    private readonly tables = new Map<string, Map<string, Row>>()
    private readonly uniqueIndexes = new Map<string, { name: string; columns: string[] }[]>()

    /** Throws UniqueKeyViolation when `row` would share a unique index's non-empty values with another row. */
    private checkUnique(table: string, row: Row, sysId: string): void {
        const rows = this.tables.get(table)
        for (const index of this.uniqueIndexes.get(table) ?? []) {
            const values = index.columns.map((c) => row[c] ?? null)
            if (values.some((v) => v === null)) continue
            for (const other of rows?.values() ?? []) {
                if (other.sys_id !== sysId && index.columns.every((c, i) => other[c] === values[i])) {
                    throw new UniqueKeyViolation(table, index.name, values as string[])
                }
            }
        }
    }

    private table(name: string, create: boolean): Map<string, Row> | undefined {
        let rows = this.tables.get(name)
        if (!rows && create) {
            assertName('table', name)
            rows = new Map()
            this.tables.set(name, rows)
        }
        return rows
    }

    insert(table: string, row: Row): void {
        if (SCHEMA_TABLES.has(table)) this.schemaWrites++
        const sysId = row.sys_id
        if (!sysId) throw new Error(`insert into ${table}: sys_id is required`)
        const rows = this.table(table, true)!
        if (rows.has(sysId)) throw new Error(`insert into ${table}: duplicate sys_id ${sysId}`)
        const copy: Row = {}
        for (const [column, value] of Object.entries(row)) {
            assertName('column', column)
            copy[column] = normaliseValue(value)
        }
        this.checkUnique(table, copy, sysId)
        rows.set(sysId, copy)
    }

    update(table: string, sysId: string, changes: Row): boolean {
        if (SCHEMA_TABLES.has(table)) this.schemaWrites++
        const row = this.table(table, false)?.get(sysId)
        if (!row) return false
        const next: Row = { ...row }
        for (const [column, value] of Object.entries(changes)) {
            assertName('column', column)
            if (column !== 'sys_id') next[column] = normaliseValue(value)
        }
        this.checkUnique(table, next, sysId)
        Object.assign(row, next)
        return true
    }

    delete(table: string, sysId: string): boolean {
        if (SCHEMA_TABLES.has(table)) this.schemaWrites++
        return this.table(table, false)?.delete(sysId) ?? false
    }

    get(table: string, sysId: string): Row | undefined {
        const row = this.table(table, false)?.get(sysId)
        return row ? { ...row } : undefined
    }

    query(table: string, query: StoreQuery = {}): Row[] {
        const rows = this.table(table, false)
        if (!rows) return []
        let result = [...rows.values()].filter((row) => matchesCondition(row, query.where))
        if (query.ties === 'reverse') result.reverse()
        // A stable sort: ties keep the order above.
        if (query.orderBy?.length) result.sort(rowComparator(query.orderBy))
        const offset = query.offset ?? 0
        const end = query.limit === undefined ? undefined : offset + query.limit
        result = result.slice(offset, end)
        return result.map((row) => ({ ...row }))
    }

    count(table: string, where?: Condition): number {
        const rows = this.table(table, false)
        if (!rows) return 0
        let n = 0
        for (const row of rows.values()) if (matchesCondition(row, where)) n++
        return n
    }

    ensureIndex(table: string, columns: string | string[]): void {
        assertName('table', table)
        for (const column of typeof columns === 'string' ? [columns] : columns) assertName('column', column)
    }

    ensureUniqueIndex(table: string, name: string, columns: string[]): void {
        assertName('table', table)
        for (const column of columns) assertName('column', column)
        const indexes = this.uniqueIndexes.get(table) ?? []
        if (!indexes.some((index) => index.name === name)) indexes.push({ name, columns: [...columns] })
        this.uniqueIndexes.set(table, indexes)
    }

    schemaVersion(): number {
        return this.schemaWrites
    }

    hasTable(table: string): boolean {
        return this.tables.has(table)
    }

    transaction<T>(fn: () => T): T {
        return fn()
    }

    close(): void {
        this.tables.clear()
    }
}
