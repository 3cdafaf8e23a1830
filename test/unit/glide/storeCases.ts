/** The stores under test, so every suite runs against the same semantics twice. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MemoryStore } from '../../../sandbox/glide/store/MemoryStore'
import { SqliteStore } from '../../../sandbox/glide/store/SqliteStore'
import { Store } from '../../../sandbox/glide/store/types'

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
