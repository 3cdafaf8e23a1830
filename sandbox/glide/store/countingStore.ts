/**
 * Counts the platform operations a piece of code makes: every Store method call (insert,
 * update, delete, get, query, count, …) through a wrapper, by method, and the rows that query and
 * get hand back, by table. Benchmarks and tests use it to show that a call's cost does not grow
 * with the size of the instance.
 */
import { Store } from './types'

export interface CountingStore {
    store: Store
    /** Calls per method since the last reset. */
    calls(): Record<string, number>
    /** Calls and milliseconds per "method table" since the last reset. */
    byTable(): Record<string, { calls: number; ms: number }>
    /** Rows returned by query and get, by table, since the last reset. */
    rowsRead(): Record<string, number>
    total(): number
    reset(): void
}

export function countStoreCalls(inner: Store): CountingStore {
    let counts: Record<string, number> = {}
    let tables: Record<string, { calls: number; ms: number }> = {}
    let rows: Record<string, number> = {}
    const store = new Proxy(inner, {
        get(target, property, receiver) {
            const value = Reflect.get(target, property, receiver)
            // schemaVersion is an in-memory counter of the emulation, not a database call: not counted.
            if (typeof value !== 'function' || typeof property !== 'string' || property === 'schemaVersion') return value
            return (...args: unknown[]) => {
                counts[property] = (counts[property] ?? 0) + 1
                const key = typeof args[0] === 'string' ? `${property} ${args[0]}` : property
                const started = performance.now()
                try {
                    const result = (value as (...a: unknown[]) => unknown).apply(target, args)
                    if ((property === 'query' || property === 'get') && typeof args[0] === 'string') {
                        rows[args[0]] = (rows[args[0]] ?? 0) + (Array.isArray(result) ? result.length : result ? 1 : 0)
                    }
                    return result
                } finally {
                    const entry = (tables[key] ??= { calls: 0, ms: 0 })
                    entry.calls++
                    entry.ms += performance.now() - started
                }
            }
        },
    })
    return {
        store,
        calls: () => ({ ...counts }),
        byTable: () => ({ ...tables }),
        rowsRead: () => ({ ...rows }),
        total: () => Object.values(counts).reduce((sum, n) => sum + n, 0),
        reset: () => {
            counts = {}
            tables = {}
            rows = {}
        },
    }
}
