/**
 * The simulator's world on disk, so `./dev start` after a stop finds Microsoft as it left it: the
 * token signing key (tokens the sandbox cached stay verifiable: no "Signing key not found (kid)"),
 * tenants, app registrations, admin accounts, registered repositories, cases with their
 * communications, connection tests, health issues and Message center posts. Not kept: the request and callback
 * journals, faults and the agent's queue and token cache (diagnostics and test set-up; the agent
 * asks the instance for a new token when it needs one). One JSON file, written whole through a
 * temporary file and a rename, so a stop in the middle of a write leaves the previous state.
 */
import { createPrivateKey } from 'node:crypto'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { signingKeyFrom, type SigningKey } from './jwt'
import { Store, type AdminAccount, type AppRegistration, type ConnectionTestRecord, type HealthIssue, type RepositoryRegistration, type ServiceUpdateMessage, type ServiceRequestRecord, type TenantConfig } from './store'

const FORMAT = 1

interface SavedTenant extends Omit<TenantConfig, 'admins' | 'repositories'> {
    admins: AdminAccount[]
    repositories: RepositoryRegistration[]
}

export interface SavedWorld {
    format: number
    /** The RS256 private key, PKCS#8 PEM (the sandbox's local simulator only; never a real key). */
    signingKey: string
    tenants: SavedTenant[]
    apps: AppRegistration[]
    serviceRequests: ServiceRequestRecord[]
    connectionTests: ConnectionTestRecord[]
    issues: HealthIssue[]
    /** Message center posts (absent in files written before they existed). */
    messages?: ServiceUpdateMessage[]
    caseCounter: number
    seq: number
}

export function saveWorld(path: string, store: Store, key: SigningKey): void {
    const world: SavedWorld = {
        format: FORMAT,
        signingKey: key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        tenants: [...store.tenants.values()].map((t) => ({ ...t, admins: [...t.admins.values()], repositories: [...t.repositories.values()] })),
        apps: [...store.apps.values()],
        serviceRequests: [...store.serviceRequests.values()],
        connectionTests: [...store.connectionTests.values()],
        issues: store.issues,
        messages: store.messages,
        caseCounter: store.caseCounter,
        seq: store.seq,
    }
    const temporary = `${path}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(world))
    renameSync(temporary, path)
}

/** The saved world, or undefined when there is no file yet. A file that cannot be read fails loudly (start with --fresh). */
export function loadWorld(path: string): { store: Store; key: SigningKey } | undefined {
    if (!existsSync(path)) return undefined
    let world: SavedWorld
    try {
        world = JSON.parse(readFileSync(path, 'utf8')) as SavedWorld
    } catch (error) {
        throw new Error(`The Microsoft simulator's state ${path} is not readable (${(error as Error).message}); start with --fresh to begin a new one`)
    }
    if (world.format !== FORMAT) throw new Error(`The Microsoft simulator's state ${path} has format ${String(world.format)}, expected ${FORMAT}; start with --fresh`)
    const store = new Store(false)
    for (const t of world.tenants) {
        store.tenants.set(t.tenantId, {
            ...t,
            admins: new Map(t.admins.map((a) => [a.email.toLowerCase(), a])),
            repositories: new Map(t.repositories.map((r) => [r.repositoryId, r])),
        })
    }
    for (const app of world.apps) store.apps.set(app.clientId, app)
    for (const sr of world.serviceRequests) store.serviceRequests.set(sr.id, sr)
    for (const test of world.connectionTests) store.connectionTests.set(test.testId, test)
    store.issues = world.issues
    store.messages = world.messages ?? []
    store.caseCounter = world.caseCounter
    store.seq = world.seq
    return { store, key: signingKeyFrom(createPrivateKey(world.signingKey)) }
}
