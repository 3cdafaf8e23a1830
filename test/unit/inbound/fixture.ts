/**
 * An in-memory instance ready for the connector API: integration users for both modes, an
 * agent, an incident with a Microsoft case, the default status mapping and a Setup row.
 * `callRoute` runs a route handler as a user the way the platform does (invokeRoute) and checks
 * the answer against the contract, so every unit test also asserts the contract's shapes.
 */
import { Platform, createTestPlatform, invokeRoute } from '../../../sandbox/glide'
import { Contract } from '../../../sandbox/microsoft/contract'

export const REPOSITORY_ID = 'contoso-servicenow'
export const CASE_ID = '2611230000001'
export const REST_USER_CLIENT_ID = '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e03'

export interface InboundFixture {
    platform: Platform
    integrationUser: string
    aadUser: string
    agent: string
    incident: string
    caseSysId: string
    setupId: string
}

/** The shipped defaults (src/fluent/inbound/status-map-defaults.now.ts; the e2e tests use the shipped rows). */
export const DEFAULT_MAPPING = [
    { microsoft_status: 'open', incident_state: '2' },
    { microsoft_status: 'inProgress', incident_state: '2' },
    { microsoft_status: 'waitingForCustomer', incident_state: '3', hold_reason: '1' },
    { microsoft_status: 'resolved', incident_state: '6', close_code: 'Solution provided', close_notes: 'Microsoft support resolved the case.' },
    { microsoft_status: 'closed', incident_state: '7', close_code: 'Solution provided', close_notes: 'Microsoft support closed the case.' },
]

export function inboundFixture(options: { platform?: Platform; mode?: 'basic' | 'aad' } = {}): InboundFixture {
    const platform = options.platform ?? createTestPlatform()
    const integrationUser = platform.createUser('m365.integration', { roles: ['incident_manager', 'snc_internal'], fields: { name: 'Microsoft 365 connector' } })
    const aadUser = platform.createUser(REST_USER_CLIENT_ID, { roles: ['incident_manager', 'snc_internal'], fields: { name: 'Microsoft 365 REST user (AAD)' } })
    const agent = platform.createUser('agent', { roles: ['itil', 'x_mioms_m365_assis.insights_user'], fields: { name: 'Avery Agent', email: 'agent@contoso.example' } })
    const incident = platform.insertRow('incident', {
        number: 'INC0010001',
        short_description: 'Outlook cannot connect to Exchange Online',
        description: 'Several users see "Trying to connect..."',
        state: '1',
        priority: '3',
        caller_id: agent,
        active: 'true',
    })
    const caseSysId = platform.insertRow('x_mioms_m365_assis_case', {
        case_number: CASE_ID,
        incident,
        repository_id: REPOSITORY_ID,
        status: 'open',
        severity: 'b',
        closed: 'false',
    })
    for (const row of DEFAULT_MAPPING) platform.insertRow('x_mioms_m365_assis_status_map', { ...row, active: 'true' })
    const existing = platform.store.query('x_mioms_m365_assis_setup', {})[0]
    const setupValues = {
        mode: options.mode ?? 'basic',
        integration_user: integrationUser,
        rest_user_client_id: REST_USER_CLIENT_ID,
        repository_id: REPOSITORY_ID,
    }
    let setupId: string
    if (existing) {
        setupId = String(existing.sys_id)
        platform.store.update('x_mioms_m365_assis_setup', setupId, setupValues)
    } else {
        setupId = platform.insertRow('x_mioms_m365_assis_setup', { ...setupValues, step: 'done', completed: 'true' })
    }
    return { platform, integrationUser, aadUser, agent, incident, caseSysId, setupId }
}

let contract: Contract | undefined
export function theContract(): Contract {
    contract ??= new Contract()
    return contract
}

export interface RouteAnswer {
    status: number
    json: any
    contractErrors: string[]
}

export function callRoute(
    platform: Platform,
    user: string | null,
    operationId: string,
    handler: (request: any, response: any) => unknown,
    request: { method: string; pathParams?: Record<string, string>; query?: Record<string, string>; body?: string; authorization?: string },
): RouteAnswer {
    const result = platform.runAs(user, () =>
        invokeRoute(handler, {
            method: request.method,
            path: '/api/x_mioms_m365_assis/v1/connector',
            pathParams: request.pathParams,
            query: request.query,
            headers: { 'content-type': 'application/json', ...(request.authorization ? { authorization: request.authorization } : {}) },
            body: request.body,
        }),
    )
    const json = result.body ? JSON.parse(result.body) : null
    const op = theContract().operation(operationId)
    return { status: result.status, json, contractErrors: theContract().validateResponse(op, result.status, json) }
}

export function ticketParams(caseId = CASE_ID, repositoryId = REPOSITORY_ID): Record<string, string> {
    return { repositoryId, caseId }
}

export function journalOf(platform: Platform, incident: string): string[] {
    return platform.store
        .query('sys_journal_field', { where: { kind: 'term', field: 'element_id', operator: '=', value: incident } })
        .map((row) => String(row.value))
}
