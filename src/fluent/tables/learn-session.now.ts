import '@servicenow/sdk/global'
import { Acl, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'

/**
 * The Microsoft Learn MCP session the app reuses: one row per endpoint with the Mcp-Session-Id
 * from `initialize` and the tool names `tools/list` gave for it. A table row, not memory: an
 * instance runs on several nodes and each transaction starts afresh. Replaced when Learn answers
 * 404 (session gone); tools refreshed when it answers 400 (src/server/solutions/learn-session.ts).
 */
export const x_mioms_m365_assis_learn_session = Table({
    name: 'x_mioms_m365_assis_learn_session',
    label: 'Microsoft Learn MCP session',
    display: 'endpoint',
    schema: {
        endpoint: StringColumn({ label: 'Endpoint', maxLength: 1000, mandatory: true }),
        session_id: StringColumn({ label: 'Mcp-Session-Id', maxLength: 400 }),
        protocol_version: StringColumn({ label: 'MCP protocol version', maxLength: 40 }),
        tools: StringColumn({ label: 'Tools (tools/list)', maxLength: 4000 }),
    },
})

export const learnSessionRead = Acl({
    $id: Now.ID['acl_learn_session_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_learn_session',
    operation: 'read',
    roles: [administrator],
})
export const learnSessionCreate = Acl({
    $id: Now.ID['acl_learn_session_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_learn_session',
    operation: 'create',
    roles: [administrator],
})
export const learnSessionWrite = Acl({
    $id: Now.ID['acl_learn_session_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_learn_session',
    operation: 'write',
    roles: [administrator],
})
export const learnSessionDelete = Acl({
    $id: Now.ID['acl_learn_session_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_learn_session',
    operation: 'delete',
    roles: [administrator],
})
