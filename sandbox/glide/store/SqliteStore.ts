import Database from 'better-sqlite3'
import { isNumeric } from './semantics'
import { compileCondition, IS_NUMERIC_FN, quoteIdent } from './sqlCondition'
import { assertName, Condition, normaliseValue, OrderBy, Row, Store, StoreQuery, UniqueKeyViolation, SCHEMA_TABLES } from './types'

/** How long a write waits for another process's write lock before SQLITE_BUSY (each statement is short). */
const BUSY_TIMEOUT_MS = 10_000

/**
 * SQLite-backed Store for the sandbox: one SQL table per ServiceNow table, every column TEXT,
 * columns added on demand, a unique index on sys_id and indexes asked for with ensureIndex.
 * Conditions are compiled to SQL (sqlCondition.ts) with the same semantics as MemoryStore.
 */
export class SqliteStore implements Store {
    private schemaWrites = 0
    private readonly db: Database.Database
    private readonly columns = new Map<string, Set<string>>()
    private readonly statements = new Map<string, Database.Statement>()
    /** Unique index names by "table:col,col", to name the key in a violation as the instance does. */
    private readonly uniqueIndexNames = new Map<string, string>()

    /** `path` is a file path, or ':memory:'. */
    constructor(readonly path: string) {
        this.db = new Database(path)
        // Several sandbox processes may share one file (test/e2e/harness.ts startSandboxCluster): WAL lets readers
        // run beside the one writer, and a busy timeout makes a writer wait for the lock instead of failing with
        // SQLITE_BUSY (https://www.sqlite.org/wal.html, https://www.sqlite.org/pragma.html#pragma_busy_timeout).
        this.db.pragma('journal_mode = WAL')
        this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
        this.db.function(IS_NUMERIC_FN, { deterministic: true }, (value: unknown) =>
            typeof value === 'string' && isNumeric(value) ? 1 : 0,
        )
    }

    private statement(sql: string): Database.Statement {
        let stmt = this.statements.get(sql)
        if (!stmt) {
            stmt = this.db.prepare(sql)
            this.statements.set(sql, stmt)
        }
        return stmt
    }

    /** Columns of an existing table, or undefined when the table does not exist. */
    private tableColumns(table: string): Set<string> | undefined {
        let cols = this.columns.get(table)
        if (!cols) {
            assertName('table', table)
            const info = this.db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as { name: string }[]
            if (info.length === 0) return undefined
            cols = new Set(info.map((c) => c.name))
            this.columns.set(table, cols)
        }
        return cols
    }

    /**
     * Whether the table has the column; a column this connection has not seen is looked up again,
     * since another connection to the same file may have added it.
     */
    private hasColumn(table: string, cols: Set<string>, column: string): boolean {
        if (cols.has(column)) return true
        const info = this.db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as { name: string }[]
        if (info.length > cols.size) {
            for (const c of info) cols.add(c.name)
            this.statements.clear()
        }
        return cols.has(column)
    }

    private ensureTable(table: string): Set<string> {
        const existing = this.tableColumns(table)
        if (existing) return existing
        this.db.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdent(table)} (sys_id TEXT NOT NULL UNIQUE)`)
        const cols = new Set(['sys_id'])
        this.columns.set(table, cols)
        this.statements.clear()
        return cols
    }

    private ensureColumns(table: string, names: string[]): void {
        const cols = this.ensureTable(table)
        for (const name of names) {
            if (cols.has(name)) continue
            assertName('column', name)
            try {
                this.db.exec(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${quoteIdent(name)} TEXT`)
            } catch (e) {
                // Another connection to the same file (e.g. a test process next to the sandbox) added it.
                if (!String(e).includes('duplicate column name')) throw e
            }
            cols.add(name)
            this.statements.clear()
        }
    }

    insert(table: string, row: Row): void {
        if (SCHEMA_TABLES.has(table)) this.schemaWrites++
        if (!row.sys_id) throw new Error(`insert into ${table}: sys_id is required`)
        const names = Object.keys(row)
        this.ensureColumns(table, names)
        const sql = `INSERT INTO ${quoteIdent(table)} (${names.map(quoteIdent).join(',')}) VALUES (${names.map(() => '?').join(',')})`
        try {
            this.statement(sql).run(...names.map((n) => normaliseValue(row[n])))
        } catch (e) {
            throw this.uniqueViolation(e, table, row) ?? e
        }
    }

    update(table: string, sysId: string, changes: Row): boolean {
        if (SCHEMA_TABLES.has(table)) this.schemaWrites++
        if (!this.tableColumns(table)) return false
        const names = Object.keys(changes).filter((n) => n !== 'sys_id')
        if (names.length === 0) return this.get(table, sysId) !== undefined
        this.ensureColumns(table, names)
        const sql = `UPDATE ${quoteIdent(table)} SET ${names.map((n) => `${quoteIdent(n)} = ?`).join(', ')} WHERE sys_id = ?`
        try {
            return this.statement(sql).run(...names.map((n) => normaliseValue(changes[n])), sysId).changes > 0
        } catch (e) {
            throw this.uniqueViolation(e, table, { ...this.get(table, sysId), ...changes }) ?? e
        }
    }

    /** SQLite's "UNIQUE constraint failed: t.a, t.b" as UniqueKeyViolation (a duplicate sys_id stays a plain error). */
    private uniqueViolation(error: unknown, table: string, row: Row): Error | undefined {
        const match = /UNIQUE constraint failed: (.+)$/.exec(String((error as Error)?.message ?? error))
        if (!match) return undefined
        const columns = match[1].split(',').map((c) => c.trim().split('.').pop()!)
        if (columns.length === 1 && columns[0] === 'sys_id') return new Error(`insert into ${table}: duplicate sys_id ${row.sys_id}`)
        const index = this.uniqueIndexNames.get(`${table}:${columns.join(',')}`) ?? this.uniqueIndexNameOnFile(table, columns) ?? columns.join('_')
        return new UniqueKeyViolation(table, index, columns.map((c) => String(row[c] ?? '')))
    }

    /**
     * The name of a unique index another process created on the file (a sandbox that joined a
     * database it did not install: its violations name the key as the installing process's do).
     */
    private uniqueIndexNameOnFile(table: string, columns: string[]): string | undefined {
        const prefix = `ux_${table}__`
        const indexes = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`).all(table) as { name: string }[]
        for (const { name } of indexes) {
            if (!name.startsWith(prefix)) continue
            const cols = (this.db.prepare(`PRAGMA index_info(${quoteIdent(name)})`).all() as { name: string }[]).map((c) => c.name)
            if (cols.join(',') === columns.join(',')) return name.substring(prefix.length)
        }
        return undefined
    }

    delete(table: string, sysId: string): boolean {
        if (SCHEMA_TABLES.has(table)) this.schemaWrites++
        if (!this.tableColumns(table)) return false
        return this.statement(`DELETE FROM ${quoteIdent(table)} WHERE sys_id = ?`).run(sysId).changes > 0
    }

    get(table: string, sysId: string): Row | undefined {
        if (!this.tableColumns(table)) return undefined
        return this.statement(`SELECT * FROM ${quoteIdent(table)} WHERE sys_id = ?`).get(sysId) as Row | undefined
    }

    query(table: string, query: StoreQuery = {}): Row[] {
        const cols = this.tableColumns(table)
        if (!cols) return []
        const where = compileCondition(query.where, (c) => this.hasColumn(table, cols, c))
        let sql = `SELECT * FROM ${quoteIdent(table)} WHERE ${where.sql} ORDER BY ${this.orderClause(table, cols, query.orderBy ?? [], query.ties)}`
        const params: (string | number)[] = [...where.params]
        if (query.limit !== undefined || query.offset !== undefined) {
            sql += ' LIMIT ? OFFSET ?'
            params.push(query.limit ?? -1, query.offset ?? 0)
        }
        return this.statement(sql).all(...params) as Row[]
    }

    private orderClause(table: string, cols: Set<string>, orderBy: OrderBy[], ties: StoreQuery['ties'] = 'insertion'): string {
        const order = orderBy.filter((o) => this.hasColumn(table, cols, o.field)).map((o) => `${quoteIdent(o.field)} ${o.descending ? 'DESC' : 'ASC'}`)
        // Ties in insertion order or its reverse (the platform leaves them unordered: GlideRecord asks for the reverse on
        // the strict side, so a reader that relies on insertion order fails here). With an index on the sorted columns
        // SQLite walks the index and sorts only each group of ties, so a LIMIT still stops early.
        order.push(ties === 'reverse' ? 'rowid DESC' : 'rowid ASC')
        return order.join(', ')
    }

    count(table: string, where?: Condition): number {
        const cols = this.tableColumns(table)
        if (!cols) return 0
        const compiled = compileCondition(where, (c) => this.hasColumn(table, cols, c))
        const sql = `SELECT COUNT(*) AS n FROM ${quoteIdent(table)} WHERE ${compiled.sql}`
        return (this.statement(sql).get(...compiled.params) as { n: number }).n
    }

    ensureUniqueIndex(table: string, name: string, columns: string[]): void {
        this.ensureColumns(table, columns)
        this.uniqueIndexNames.set(`${table}:${columns.join(',')}`, name)
        this.db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${quoteIdent(`ux_${table}__${name}`)} ON ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')})`)
    }

    ensureIndex(table: string, columns: string | string[]): void {
        const names = typeof columns === 'string' ? [columns] : columns
        this.ensureColumns(table, names)
        this.db.exec(`CREATE INDEX IF NOT EXISTS ${quoteIdent(`ix_${table}__${names.join('__')}`)} ON ${quoteIdent(table)} (${names.map(quoteIdent).join(', ')})`)
    }

    schemaVersion(): number {
        return this.schemaWrites
    }

    hasTable(table: string): boolean {
        return this.tableColumns(table) !== undefined
    }

    transaction<T>(fn: () => T): T {
        // BEGIN IMMEDIATE: a deferred transaction that reads first cannot wait for another node's write lock
        // when it upgrades (SQLITE_BUSY despite busy_timeout: https://www.sqlite.org/lang_transaction.html).
        return this.db.transaction(fn).immediate()
    }

    /** The query plan for a condition and an order (tests use it to prove an index is used, and serves the order). */
    explain(table: string, where: Condition, orderBy?: OrderBy[]): string {
        const cols = this.tableColumns(table) ?? new Set<string>()
        const compiled = compileCondition(where, (c) => cols.has(c))
        const order = orderBy ? ` ORDER BY ${this.orderClause(table, cols, orderBy)}` : ''
        const rows = this.db
            .prepare(`EXPLAIN QUERY PLAN SELECT * FROM ${quoteIdent(table)} WHERE ${compiled.sql}${order}`)
            .all(...compiled.params) as { detail: string }[]
        return rows.map((r) => r.detail).join('\n')
    }

    close(): void {
        this.statements.clear()
        this.db.close()
    }
}
