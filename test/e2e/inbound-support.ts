/**
 * Helpers for the connector API end-to-end tests: write Setup/case rows straight into the
 * sandbox's SQLite file (as an admin would have configured them), count rows before and after,
 * and call the routes with each of the three authentications Microsoft's connector uses.
 */
import { randomBytes } from 'node:crypto'
import { SqliteStore } from '../../sandbox/glide/store/SqliteStore'
import { Row } from '../../sandbox/glide/store/types'
import { DEMO_APPS, DEMO_REPOSITORY_ID, DEMO_TENANT, DEMO_USERS } from '../../sandbox/instance/demo'
import { RunningSandbox, basicAuth } from './harness'

export const CONNECTOR = '/api/x_mioms_m365_assis/v1/connector'
const CONNECTOR_SCOPE = 'https://connector.rave.microsoft.com/.default'
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

/**
 * The Setup row for a mode: basic → the demo integration user; aad → the REST user client id.
 * Also what the admin sets on the outbound OAuth provider: OAuth API Script = the app's
 * OAuthM365Util (AAD v1 needs its `resource` parameter).
 */
export function configureSetup(sandbox: RunningSandbox, mode: 'basic' | 'aad', repositoryId = DEMO_REPOSITORY_ID): void {
    withStore(sandbox, (store) => {
        const util = store.query('sys_script_include', { where: { kind: 'term', field: 'name', operator: '=', value: 'OAuthM365Util' }, limit: 1 })[0]
        const outbound = store.query('oauth_entity', { where: { kind: 'term', field: 'client_id', operator: '=', value: DEMO_APPS.outbound.clientId }, limit: 1 })[0]
        if (util && outbound) store.update('oauth_entity', String(outbound.sys_id), { oauth_api_script: String(util.sys_id) })
        // The connector scope on the outbound profile: OAuthM365Util turns it into AAD v1's resource
        // (the sandbox points the connector base URL at the simulator, so that cannot be the resource).
        const profile = store.query('oauth_entity_profile', { where: { kind: 'term', field: 'is_default', operator: '=', value: 'true' }, limit: 1 })[0]
        const hasScope = store.hasTable('oauth_entity_profile_scope') && store.count('oauth_entity_profile_scope') > 0
        if (outbound && profile && !hasScope) {
            const scope = insertRow(store, 'oauth_entity_scope', {
                name: CONNECTOR_SCOPE,
                oauth_entity: String(outbound.sys_id),
                oauth_entity_scope: CONNECTOR_SCOPE,
            })
            insertRow(store, 'oauth_entity_profile_scope', { oauth_entity_profile: String(profile.sys_id), oauth_entity_scope: scope })
        }
        for (const row of store.hasTable('x_mioms_m365_assis_setup') ? store.query('x_mioms_m365_assis_setup') : []) store.delete('x_mioms_m365_assis_setup', String(row.sys_id))
        insertRow(store, 'x_mioms_m365_assis_setup', {
            mode,
            step: 'done',
            consent: 'true',
            completed: 'true',
            test_environment: 'true',
            integration_user: mode === 'basic' ? findUserId(store, DEMO_USERS.integration.userName) : findUserId(store, DEMO_APPS.restUser.clientId),
            rest_user_client_id: mode === 'aad' ? DEMO_APPS.restUser.clientId : null,
            // The inbound provider's client id (AAD: the OIDC entity's, the tokens' audience), as Setup's Inbound step saves it.
            use_oidc: mode === 'aad' ? 'true' : 'false',
            inbound_client_id: mode === 'aad' ? DEMO_APPS.inboundApi.clientId : DEMO_APPS.inboundOAuthClient.clientId,
            repository_id: repositoryId,
            tenant_domain: DEMO_TENANT,
            outbound_profile: String(
                store.query('oauth_entity_profile', { where: { kind: 'term', field: 'is_default', operator: '=', value: 'true' }, limit: 1 })[0]?.sys_id ?? '',
            ),
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

// --- the Microsoft simulator side -------------------------------------------------------------

export async function sim(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(sandbox.microsoftUrl + path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`)
    return text ? JSON.parse(text) : null
}

/** Registers this sandbox as the repository at the simulator, with the given authentication. */
export async function registerRepository(sandbox: RunningSandbox, authenticationType: 'basic' | 'oauth' | 'aad'): Promise<void> {
    const credentials =
        authenticationType === 'basic'
            ? { username: DEMO_USERS.integration.userName, password: DEMO_USERS.integration.password }
            : authenticationType === 'oauth'
              ? {
                    username: DEMO_USERS.integration.userName,
                    password: DEMO_USERS.integration.password,
                    clientId: DEMO_APPS.inboundOAuthClient.clientId,
                    clientSecret: DEMO_APPS.inboundOAuthClient.clientSecret,
                    instanceUrl: sandbox.url,
                }
              : { username: DEMO_APPS.restUser.clientId, password: DEMO_APPS.restUser.clientSecret, clientId: DEMO_APPS.inboundApi.clientId, clientSecret: DEMO_APPS.inboundApi.clientSecret }
    await sim(sandbox, 'POST', '/_sim/configure', {
        repositories: [{ tenant: DEMO_TENANT, repositoryId: DEMO_REPOSITORY_ID, endpoint: sandbox.url + CONNECTOR, authenticationType, ...credentials }],
    })
}

export interface OpenedCase {
    caseId: string
    caseSysId: string
    incidentSysId: string
    incidentNumber: string
}

/**
 * Opens a Microsoft case for an incident the way the app does (createServiceRequest at the
 * simulator, then the case row on the instance), without going through the panel.
 */
export async function openCase(sandbox: RunningSandbox, incidentNumber: string): Promise<OpenedCase> {
    const incident = withStore(sandbox, (store) => store.query('incident', { where: { kind: 'term', field: 'number', operator: '=', value: incidentNumber }, limit: 1 })[0])
    if (!incident) throw new Error(`no incident ${incidentNumber}`)
    const { access_token: token } = await sim(sandbox, 'POST', '/_sim/tokens/app', {
        appId: DEMO_APPS.outbound.clientId,
        audience: 'https://connector.rave.microsoft.com',
        tenant: DEMO_TENANT,
    })
    const response = await fetch(`${sandbox.microsoftUrl}/v1/tenants/${DEMO_TENANT}/servicerequests`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
            repositoryId: DEMO_REPOSITORY_ID,
            incidentNumber,
            incidentSysId: incident.sys_id,
            title: incident.short_description,
            description: incident.description,
            severity: 'B',
            contact: { email: 'm365.admin@contoso.example', preferredContactMethod: 'email' },
            isTestEnvironment: true,
        }),
    })
    const created = await response.json()
    if (response.status !== 201) throw new Error(`createServiceRequest: ${response.status} ${JSON.stringify(created)}`)
    const caseSysId = withStore(sandbox, (store) =>
        insertRow(store, 'x_mioms_m365_assis_case', {
            case_number: created.id,
            incident: String(incident.sys_id),
            repository_id: DEMO_REPOSITORY_ID,
            title: String(incident.short_description),
            status: 'open',
            severity: 'b',
            closed: 'false',
            contact_email: 'm365.admin@contoso.example',
        }),
    )
    return { caseId: created.id, caseSysId, incidentSysId: String(incident.sys_id), incidentNumber }
}

export function incidentRow(sandbox: RunningSandbox, sysId: string): Row {
    return withStore(sandbox, (store) => store.get('incident', sysId) as Row)
}

export function commentsOf(sandbox: RunningSandbox, incidentSysId: string): string[] {
    return withStore(sandbox, (store) =>
        store
            .query('sys_journal_field', {
                where: {
                    kind: 'and',
                    conditions: [
                        { kind: 'term', field: 'element_id', operator: '=', value: incidentSysId },
                        { kind: 'term', field: 'element', operator: '=', value: 'comments' },
                    ],
                },
                orderBy: [{ field: 'sys_created_on', descending: false }],
            })
            .map((row) => String(row.value)),
    )
}

/** Sends what the simulated agent has queued and returns the callback journal entries it made. */
export async function flushAgent(sandbox: RunningSandbox): Promise<any[]> {
    const { sent } = await sim(sandbox, 'POST', '/_sim/agent/flush?wait=true')
    return sent
}

export async function agentDoes(sandbox: RunningSandbox, caseId: string, action: Record<string, unknown>): Promise<any[]> {
    await sim(sandbox, 'POST', '/_sim/agent/actions', { caseId, ...action })
    return flushAgent(sandbox)
}
