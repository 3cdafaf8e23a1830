/**
 * Test data rollback at the store level: an undo log of every insert, update and delete, kept
 * while a test runs and undone in reverse order when it ends.
 *
 * docs "Tables excluded from rollback after running an automated test": "The Automated Test
 * Framework tracks data created by running tests and rolls back changes after testing", except a
 * list of tables (syslog*, sys_history_line, sys_email, sys_number_counter, ...) whose changes stay
 * (https://www.servicenow.com/docs/r/xanadu/application-development/automated-test-framework-atf/atf-excluded-from-rollback.html).
 * docs "Server category", Create a User: "The user record gets rolled back after the test completes"
 * (https://www.servicenow.com/docs/r/application-development/automated-test-framework-atf/test-steps-server-category.html).
 *
 * The log sits under the Platform (it wraps the Store the Platform is built on), so every write
 * counts whoever makes it: server steps, the app's business rules, REST routes answering a REST
 * step, sessions and tokens. Not emulated: "any table that extends an excluded table" (the
 * sandbox has no such table).
 */
import { Condition, Row, Store, StoreQuery } from '../glide/store/types'

/** Tables whose changes a test leaves in place (the doc's list). */
const EXCLUDED_TABLES = new Set([
    'sys_history_line', 'ecc_queue', 'sys_email', 'sys_email_log', 'report_executions', 'report_stats',
    'sys_execution_tracker', 'sys_progress_worker', 'sys_schema_change', 'sys_upgrade_history',
    'sys_upgrade_history_log', 'sys_mutex', 'sys_plugin_log', 'sys_status', 'sys_number_counter',
    'sys_amb_channel_presence',
])
const EXCLUDED_PREFIXES = ['syslog', 'sys_amb_message', 'sys_cluster', 'cmdb_metric', 'ts_', 'v_', 'sys_delete_recovery']

export function excludedFromRollback(table: string): boolean {
    return EXCLUDED_TABLES.has(table) || EXCLUDED_PREFIXES.some((prefix) => table.startsWith(prefix))
}

type Write =
    | { kind: 'insert'; table: string; sysId: string }
    | { kind: 'update'; table: string; sysId: string; before: Row }
    | { kind: 'delete'; table: string; row: Row }

export interface RollbackReport {
    undone: number
    /** Rows written to excluded tables, left in place (by table). */
    kept: Record<string, number>
}

/** A Store that records writes while a savepoint is open and can undo them. */
export class RollbackStore implements Store {
    private log: Write[] | null = null
    private readonly inserted: { table: string; sysId: string }[] = []

    constructor(readonly inner: Store) {}

    /** Opens the savepoint a test runs in; one at a time (tests run one after another, as a runner does). */
    begin(): void {
        if (this.log) throw new Error('A test savepoint is already open')
        this.log = []
        this.inserted.length = 0
    }

    get recording(): boolean {
        return this.log !== null
    }

    /** Rows inserted since begin(), excluded tables included (Fail on server error reads the syslog rows). */
    insertedSince(table: string): Row[] {
        return this.inserted.filter((w) => w.table === table).map((w) => this.inner.get(table, w.sysId)).filter((r): r is Row => !!r)
    }

    /** Undoes every write since begin() on tables that are rolled back, newest first, and closes the savepoint. */
    rollback(): RollbackReport {
        const log = this.log ?? []
        this.log = null
        const report: RollbackReport = { undone: 0, kept: {} }
        for (const write of [...log].reverse()) {
            if (excludedFromRollback(write.table)) {
                report.kept[write.table] = (report.kept[write.table] ?? 0) + 1
                continue
            }
            if (write.kind === 'insert') this.inner.delete(write.table, write.sysId)
            else if (write.kind === 'update') this.inner.update(write.table, write.sysId, write.before)
            // A delete inside a store transaction that failed never happened: the row is still there.
            else if (!this.inner.get(write.table, write.row.sys_id!)) this.inner.insert(write.table, write.row)
            report.undone++
        }
        return report
    }

    insert(table: string, row: Row): void {
        this.inner.insert(table, row)
        if (!this.log) return
        this.log.push({ kind: 'insert', table, sysId: row.sys_id! })
        this.inserted.push({ table, sysId: row.sys_id! })
    }

    update(table: string, sysId: string, changes: Row): boolean {
        const previous = this.log ? this.inner.get(table, sysId) : undefined
        const updated = this.inner.update(table, sysId, changes)
        if (this.log && updated && previous) {
            // Only the columns written are restored; a column the row did not have goes back to empty.
            const before: Row = {}
            for (const column of Object.keys(changes)) if (column !== 'sys_id') before[column] = previous[column] ?? null
            this.log.push({ kind: 'update', table, sysId, before })
        }
        return updated
    }

    delete(table: string, sysId: string): boolean {
        const previous = this.log ? this.inner.get(table, sysId) : undefined
        const deleted = this.inner.delete(table, sysId)
        if (this.log && deleted && previous) this.log.push({ kind: 'delete', table, row: previous })
        return deleted
    }

    get(table: string, sysId: string): Row | undefined {
        return this.inner.get(table, sysId)
    }
    query(table: string, query?: StoreQuery): Row[] {
        return this.inner.query(table, query)
    }
    count(table: string, where?: Condition): number {
        return this.inner.count(table, where)
    }
    ensureIndex(table: string, columns: string | string[]): void {
        this.inner.ensureIndex(table, columns)
    }
    ensureUniqueIndex(table: string, name: string, columns: string[]): void {
        this.inner.ensureUniqueIndex(table, name, columns)
    }
    hasTable(table: string): boolean {
        return this.inner.hasTable(table)
    }
    schemaVersion(): number {
        return this.inner.schemaVersion()
    }
    transaction<T>(fn: () => T): T {
        return this.inner.transaction(fn)
    }
    close(): void {
        this.inner.close()
    }
}
