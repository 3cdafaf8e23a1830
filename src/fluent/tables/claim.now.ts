import '@servicenow/sdk/global'
import { Acl, StringColumn, Table } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'

/**
 * Short-lived claims that make one request, on whichever node of the instance, the only one doing
 * something that must happen once (src/server/platform/claim.ts): delivering one Microsoft message
 * to its incident, opening one Microsoft case for an incident. The unique index on the key
 * arbitrates: of two inserts of the same key the database refuses the second, across nodes and
 * without any lock held in memory. The winner deletes its row when it is done; a row older than
 * claim.ts's limit is left by a node that stopped mid-way and may be taken over.
 */
export const x_mioms_m365_assis_claim = Table({
    name: 'x_mioms_m365_assis_claim',
    label: 'Microsoft 365 integration claim',
    display: 'claim_key',
    schema: {
        // 'message:<case sys_id>:<message id>' (128) or 'open_case:<incident sys_id>'.
        claim_key: StringColumn({ label: 'Claim key', maxLength: 200, mandatory: true }),
        correlation_id: StringColumn({ label: 'Correlation ID', maxLength: 40 }),
    },
    index: [{ name: 'claim_key', element: 'claim_key', unique: true }],
})

export const claimRead = Acl({
    $id: Now.ID['acl_claim_read'],
    type: 'record',
    table: 'x_mioms_m365_assis_claim',
    operation: 'read',
    roles: [administrator],
})
export const claimCreate = Acl({
    $id: Now.ID['acl_claim_create'],
    type: 'record',
    table: 'x_mioms_m365_assis_claim',
    operation: 'create',
    roles: [administrator],
})
export const claimWrite = Acl({
    $id: Now.ID['acl_claim_write'],
    type: 'record',
    table: 'x_mioms_m365_assis_claim',
    operation: 'write',
    roles: [administrator],
})
export const claimDelete = Acl({
    $id: Now.ID['acl_claim_delete'],
    type: 'record',
    table: 'x_mioms_m365_assis_claim',
    operation: 'delete',
    roles: [administrator],
})
