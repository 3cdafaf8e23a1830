import { randomBytes } from 'node:crypto'

/** A sys_id is 32 lower-case hex characters — docs: "Unique record identifier (sys_id)". */
export function newSysId(): string {
    return randomBytes(16).toString('hex')
}

export function isSysId(value: unknown): value is string {
    return typeof value === 'string' && /^[0-9a-f]{32}$/.test(value)
}
