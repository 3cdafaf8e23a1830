/**
 * The simulator's world survives a restart (sandbox/microsoft/persistence.ts): what a saved file
 * reloads is the same world, and a token signed before the save verifies against the reloaded key.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSigningKey, signJwt, verifyJwt } from '../../../sandbox/microsoft/jwt'
import { loadWorld, saveWorld } from '../../../sandbox/microsoft/persistence'
import { Store } from '../../../sandbox/microsoft/store'

let dir: string
beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'm365-sim-state-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('no file: nothing to load', () => {
    expect(loadWorld(join(dir, 'none.json'))).toBeUndefined()
})

test('tenants, repositories, cases and the signing key come back as saved', () => {
    const store = new Store()
    const tenant = store.upsertTenant({ domain: 'fabrikam.onmicrosoft.com' })
    store.upsertRepository(tenant.domain, { repositoryId: 'repo-1', endpoint: 'http://127.0.0.1:1/api/x/v1/connector', authenticationType: 'basic', username: 'u' })
    const id = store.nextCaseId(new Date('2026-11-30T00:00:00Z'))
    store.serviceRequests.set(id, { id, tenantId: tenant.tenantId, repositoryId: 'repo-1', communications: [] } as never)
    const key = createSigningKey()
    const token = signJwt({ exp: Math.floor(Date.now() / 1000) + 600 }, key)
    const file = join(dir, 'state.json')
    saveWorld(file, store, key)

    const loaded = loadWorld(file)
    expect(loaded).toBeDefined()
    expect(loaded!.store.findTenant('fabrikam.onmicrosoft.com')?.repositories.get('repo-1')?.endpoint).toBe('http://127.0.0.1:1/api/x/v1/connector')
    expect(loaded!.store.findTenant('fabrikam.onmicrosoft.com')?.admins).toBeInstanceOf(Map)
    expect([...loaded!.store.serviceRequests.keys()]).toEqual([id])
    expect(loaded!.store.nextCaseId(new Date('2026-11-30T00:00:00Z'))).not.toBe(id) // the case counter continues
    expect(loaded!.key.kid).toBe(key.kid)
    expect(verifyJwt(token, [loaded!.key.jwk])).toMatchObject({ ok: true })
})

test('an unreadable file fails loudly and points at --fresh', () => {
    const file = join(dir, 'broken.json')
    writeFileSync(file, '{"format": 1, "tena')
    expect(() => loadWorld(file)).toThrow(/--fresh/)
})
