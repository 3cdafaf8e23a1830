import { matchesCondition, rowComparator } from './semantics'
import { assertName, Condition, normaliseValue, Row, Store, StoreQuery } from './types'

/** In-memory Store for unit tests: rows kept in insertion order, conditions evaluated in JS. */
export class MemoryStore implements Store {
    private readonly tables = new Map<string, Map<string, Row>>()

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
        const sysId = row.sys_id
        if (!sysId) throw new Error(`insert into ${table}: sys_id is required`)
        const rows = this.table(table, true)!
        if (rows.has(sysId)) throw new Error(`insert into ${table}: duplicate sys_id ${sysId}`)
        const copy: Row = {}
        for (const [column, value] of Object.entries(row)) {
            assertName('column', column)
            copy[column] = normaliseValue(value)
        }
        rows.set(sysId, copy)
    }

    update(table: string, sysId: string, changes: Row): boolean {
        const row = this.table(table, false)?.get(sysId)
        if (!row) return false
        for (const [column, value] of Object.entries(changes)) {
            assertName('column', column)
            if (column !== 'sys_id') row[column] = normaliseValue(value)
        }
        return true
    }

    delete(table: string, sysId: string): boolean {
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

    ensureIndex(table: string, column: string): void {
        assertName('table', table)
        assertName('column', column)
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
