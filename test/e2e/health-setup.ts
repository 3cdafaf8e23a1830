/**
 * Shared by the service health e2e tests: what Setup leaves behind in the sandbox's database
 * (an outbound OAuth profile for Graph on the v2 endpoint with the .default scope, a Setup row,
 * an assignment group), the simulator's control API, and reads of incidents and work notes.
 */
import { randomBytes } from 'node:crypto'
import { SqliteStore } from '../../sandbox/glide/store/SqliteStore'
import { DEMO_APPS, DEMO_TENANT } from '../../sandbox/instance/demo'
import type { RunningSandbox } from './harness'

export const HEALTH_ISSUE = { id: 'EX950001', title: 'Users may be unable to send email from Outlook', service: 'Exchange Online', classification: 'incident', status: 'serviceDegradation', impactDescription: 'Users may be unable to send email.' }

const sysId = () => randomBytes(16).toString('hex')

export function storeOf(sandbox: RunningSandbox) {
    return <T>(fn: (store: SqliteStore) => T): T => {
        const store = new SqliteStore(sandbox.dbPath)
        try {
            return fn(store)
        } finally {
            store.close()
        }
    }
}

export function simulator(sandbox: RunningSandbox) {
    return async (method: string, path: string, body?: unknown): Promise<any> => {
        const response = await fetch(sandbox.microsoftUrl + path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
        return response.json()
    }
}

/** Returns the sys_id of the assignment group it created. */
export function prepareHealthSetup(sandbox: RunningSandbox): string {
    return storeOf(sandbox)((store) => {
        const entity = sysId()
        const profile = sysId()
        const scope = sysId()
        const group = sysId()
        store.insert('oauth_entity', { sys_id: entity, name: 'Microsoft Graph (Contoso)', type: 'oauth2', client_id: DEMO_APPS.outbound.clientId, client_secret: DEMO_APPS.outbound.clientSecret, default_grant_type: 'client_credentials', token_url: `${sandbox.microsoftUrl}/${DEMO_TENANT}/oauth2/v2.0/token`, active: 'true' })
        store.insert('oauth_entity_profile', { sys_id: profile, name: 'Microsoft Graph (Contoso) default_profile', oauth_entity: entity, grant_type: 'client_credentials', is_default: 'true' })
        store.insert('oauth_entity_scope', { sys_id: scope, name: 'Microsoft Graph', oauth_entity: entity, oauth_entity_scope: 'https://graph.microsoft.com/.default' })
        store.insert('oauth_entity_profile_scope', { sys_id: sysId(), oauth_entity_profile: profile, oauth_entity_scope: scope })
        store.insert('x_mioms_m365_assis_setup', { sys_id: sysId(), step: 'done', consent: 'true', mode: 'basic', test_environment: 'true', tenant_domain: DEMO_TENANT, outbound_profile: profile, graph_profile: profile, completed: 'true', sys_updated_on: '2026-01-01 00:00:00' })
        store.insert('sys_user_group', { sys_id: group, name: 'Microsoft 365 service desk', active: 'true' })
        return group
    })
}

/** Incidents opened for `issueId` (its id is in their description). */
export function incidentsOf(sandbox: RunningSandbox, issueId: string) {
    return storeOf(sandbox)((store) => (store.hasTable('incident') ? store.query('incident', {}) : [])).filter((r) => String(r.description ?? '').includes(issueId))
}

export function workNotes(sandbox: RunningSandbox, incidentId: string): string[] {
    return storeOf(sandbox)((store) => (store.hasTable('sys_journal_field') ? store.query('sys_journal_field', {}) : []))
        .filter((r) => r.element_id === incidentId && r.element === 'work_notes')
        .map((r) => String(r.value))
}
