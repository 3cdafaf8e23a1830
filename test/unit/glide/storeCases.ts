/** The stores under test, so every suite runs against the same semantics twice. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryStore } from '../../glide/store/MemoryStore'
import { SqliteStore } from '../../glide/store/SqliteStore'
import { Store } from '../../glide/store/types'

export interface StoreCase {
    name: string
    create(): Store
    cleanup(): void
}

const dirs: string[] = []

export const STORE_CASES: [string, () => Store][] = [
    ['MemoryStore', () => new MemoryStore()],
    [
        'SqliteStore',
        () => {
            const dir = mkdtempSync(join(tmpdir(), 'glide-store-'))
            dirs.push(dir)
            return new SqliteStore(join(dir, 'instance.db'))
        },
    ],
]

export function removeStoreFiles(): void {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}
