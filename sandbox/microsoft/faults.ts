// Fault switches per route pattern, set through the control API.
import { randomUUID } from 'node:crypto'
import type { Fault } from './store'

export type FaultSpec = Omit<Fault, 'id' | 'hits'> & { id?: string }

export const MAX_TIMEOUT_MS = 60_000

export function globToRegExp(pattern: string): RegExp {
    const body = pattern
        .split(/(\*\*|\*)/)
        .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('')
    return new RegExp(`^${body}$`)
}

export function makeFault(spec: FaultSpec): Fault {
    if (!spec || typeof spec.pattern !== 'string' || !spec.pattern.startsWith('/')) throw new Error('fault.pattern must be a path glob starting with /')
    if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)) throw new Error('fault.status must be an HTTP status')
    if (!spec.latencyMs && !spec.status && !spec.timeout && !spec.malformed) throw new Error('fault needs latencyMs, status, timeout or malformed')
    return { ...spec, id: spec.id ?? randomUUID(), method: spec.method?.toUpperCase(), hits: 0 }
}

/** First fault that applies; consumes one of its `times`. */
export function takeFault(faults: Fault[], method: string, path: string): Fault | undefined {
    const i = faults.findIndex((f) => (!f.method || f.method === method) && globToRegExp(f.pattern).test(path))
    if (i < 0) return undefined
    const f = faults[i]
    f.hits++
    if (f.times !== undefined && --f.times <= 0) faults.splice(i, 1)
    return f
}
