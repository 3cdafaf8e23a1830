/**
 * Helpers for the connector API end-to-end tests: write Setup/case rows straight into the
 * sandbox's SQLite file (as an admin would have configured them), count rows before and after,
 * and call the routes with each of the three authentications Microsoft's connector uses.
 */
import { randomBytes } from 'node:crypto'
import { SqliteStore } from '../glide/store/SqliteStore'
import { Row } from '../glide/store/types'
import { DEMO_APPS, DEMO_REPOSITORY_ID, DEMO_USERS } from '../sandbox/demo'
import { RunningSandbox, basicAuth } from './harness'

export const CONNECTOR = '/api/x_mioms_m365_assis/v1/connector'
export const APP_TABLES = ['x_mioms_m365_assis_case', 'x_mioms_m365_assis_communication', 'incident', 'sys_journal_field', 'x_mioms_m365_assis_setup']

export function withStore<T>(sandbox: RunningSandbox, fn: (store: SqliteStore) => T): T {
    const store = new SqliteStore(sandbox.dbPath)
    try {
        return fn(store)
    } finally {
        store.close()
    }
}

function stamp(): string {
    return new Date().toISOString().replace('T', ' ').substring(0, 19)
}

export function insertRow(store: SqliteStore, table: string, values: Row): string {
    const sysId = randomBytes(16).toString('hex')
    store.insert(table, { sys_id: sysId, sys_created_on: stamp(), sys_updated_on: stamp(), sys_created_by: 'admin', sys_updated_by: 'admin', ...values })
    return sysId
}

export function findUserId(store: SqliteStore, userName: string): string {
    const row = store.query('sys_user', { where: { kind: 'term', field: 'user_name', operator: '=', value: userName }, limit: 1 })[0]
    if (!row) throw new Error(`no user ${userName}`)
    return String(row.sys_id)
}

/** The Setup row for a mode: basic → the demo integration user; aad → the REST user client id. */
export function configureSetup(sandbox: RunningSandbox, mode: 'basic' | 'aad', repositoryId = DEMO_REPOSITORY_ID): void {
    withStore(sandbox, (store) => {
        for (const row of store.hasTable('x_mioms_m365_assis_setup') ? store.query('x_mioms_m365_assis_setup') : []) store.delete('x_mioms_m365_assis_setup', String(row.sys_id))
        insertRow(store, 'x_mioms_m365_assis_setup', {
            mode,
            step: 'done',
            consent: 'true',
            completed: 'true',
            test_environment: 'true',
            integration_user: mode === 'basic' ? findUserId(store, DEMO_USERS.integration.userName) : findUserId(store, DEMO_APPS.restUser.clientId),
            rest_user_client_id: mode === 'aad' ? DEMO_APPS.restUser.clientId : null,
            repository_id: repositoryId,
        })
    })
}

export function countRows(sandbox: RunningSandbox): Record<string, number> {
    return withStore(sandbox, (store) => {
        const counts: Record<string, number> = {}
        for (const table of APP_TABLES) counts[table] = store.hasTable(table) ? store.count(table) : 0
        return counts
    })
}

/** A snapshot of everything an inbound call could change: row counts plus the case/incident rows' values. */
export function snapshot(sandbox: RunningSandbox): string {
    return withStore(sandbox, (store) => {
        const parts: unknown[] = []
        for (const table of APP_TABLES) {
            const rows = store.hasTable(table) ? store.query(table, { orderBy: [{ field: 'sys_id', descending: false }] }) : []
            parts.push(table, rows.length, rows.map((row) => JSON.stringify(row)))
        }
        return JSON.stringify(parts)
    })
}

export const INTEGRATION_BASIC = basicAuth(DEMO_USERS.integration.userName, DEMO_USERS.integration.password)

export async function call(
    sandbox: RunningSandbox,
    method: string,
    path: string,
    options: { authorization?: string; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; json: any; text: string }> {
    const headers: Record<string, string> = {}
    if (options.authorization) headers.Authorization = options.authorization
    let body: string | undefined
    if (options.rawBody !== undefined) body = options.rawBody
    else if (options.body !== undefined) body = JSON.stringify(options.body)
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(sandbox.url + path, { method, headers, body })
    const text = await response.text()
    let json: any = null
    try {
        json = JSON.parse(text)
    } catch {
        json = null
    }
    return { status: response.status, json, text }
}

/** The ServiceNow error shape the contract requires for every inbound error. */
export function expectInboundError(json: any, reason?: string): void {
    expect(json).toEqual({ error: { message: expect.any(String), detail: expect.anything() }, status: 'failure' })
    if (reason) expect(String(json.error.detail)).toMatch(new RegExp(`^${reason}:`))
}
