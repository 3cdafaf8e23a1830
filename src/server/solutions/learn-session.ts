/**
 * The Microsoft Learn MCP session kept in a table row (x_mioms_m365_assis_learn_session), one per
 * endpoint: the Mcp-Session-Id from `initialize`, the negotiated protocol version and the tool
 * names from `tools/list`. A row, not a variable: each transaction (on any node) reuses it, so
 * `initialize` + `tools/list` happen once per session, not once per incident.
 */
import { GlideRecord } from '@servicenow/glide'

export const LEARN_SESSION_TABLE = 'x_mioms_m365_assis_learn_session'

export interface LearnSession {
    sessionId: string
    protocolVersion: string
    tools: string[]
}

export function readLearnSession(endpoint: string): LearnSession | null {
    const row = new GlideRecord(LEARN_SESSION_TABLE)
    row.addQuery('endpoint', endpoint)
    row.query()
    if (!row.next()) return null
    const tools = (row.getValue('tools') || '').split(',').filter((name) => name !== '')
    return { sessionId: row.getValue('session_id') || '', protocolVersion: row.getValue('protocol_version') || '', tools }
}

/** Writes the endpoint's one row (insert or replace). */
export function saveLearnSession(endpoint: string, session: LearnSession): void {
    const row = new GlideRecord(LEARN_SESSION_TABLE)
    row.addQuery('endpoint', endpoint)
    row.query()
    const found = row.next()
    if (!found) {
        row.initialize()
        row.setValue('endpoint', endpoint)
    }
    row.setValue('session_id', session.sessionId)
    row.setValue('protocol_version', session.protocolVersion)
    row.setValue('tools', session.tools.join(','))
    if (found) row.update()
    else row.insert()
}

/** Forgets the session (Learn answered 404: it no longer knows it). */
export function clearLearnSession(endpoint: string): void {
    const row = new GlideRecord(LEARN_SESSION_TABLE)
    row.addQuery('endpoint', endpoint)
    row.deleteMultiple()
}
