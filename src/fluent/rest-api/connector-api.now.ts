import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { inboundPing } from '../../server/inbound/ping-route'
import { inboundCloseTicket, inboundGetTicket, inboundPostCommunication, inboundUpdateTicket } from '../../server/inbound/ticket-routes'
import { connectorApiAcl } from './connector-acl.now'

// /api/x_mioms_m365_assis/v1/connector/...: the repository "Endpoint" Microsoft's connector calls
// (docs/connector-api.openapi.yaml, tag inbound). Every route: route ACL + integration-user and
// repository checks in code.
export const connectorApi = RestApi({
    $id: Now.ID['api_connector'],
    name: 'Microsoft 365 support integration: connector',
    serviceId: 'connector',
    shortDescription: 'Called by Microsoft support (the connector) as the integration user: ping, tickets, communications, close.',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [connectorApiAcl],
    versions: [{ $id: Now.ID['api_connector_v1'], version: 1, isDefault: true, active: true }],
    routes: [
        {
            $id: Now.ID['api_connector_ping'],
            name: 'ping',
            method: 'GET',
            path: '/ping',
            version: 1,
            script: inboundPing,
            enforceAcl: [connectorApiAcl],
            shortDescription: 'inboundPing: connectivity and credentials check.',
        },
        {
            $id: Now.ID['api_connector_get_ticket'],
            name: 'get ticket',
            method: 'GET',
            path: '/tickets/{repositoryId}/{caseId}',
            version: 1,
            script: inboundGetTicket,
            enforceAcl: [connectorApiAcl],
            shortDescription: 'inboundGetTicket: the incident transferred as this case.',
        },
        {
            $id: Now.ID['api_connector_update_ticket'],
            name: 'update ticket',
            method: 'PATCH',
            path: '/tickets/{repositoryId}/{caseId}',
            version: 1,
            script: inboundUpdateTicket,
            enforceAcl: [connectorApiAcl],
            shortDescription: 'inboundUpdateTicket: case status (mapped to the incident state), severity, owner.',
        },
        {
            $id: Now.ID['api_connector_post_communication'],
            name: 'post communication',
            method: 'POST',
            path: '/tickets/{repositoryId}/{caseId}/communications',
            version: 1,
            script: inboundPostCommunication,
            enforceAcl: [connectorApiAcl],
            shortDescription: 'inboundPostCommunication: a message from Microsoft support becomes an incident comment (idempotent by messageId).',
        },
        {
            $id: Now.ID['api_connector_close_ticket'],
            name: 'close ticket',
            method: 'POST',
            path: '/tickets/{repositoryId}/{caseId}/close',
            version: 1,
            script: inboundCloseTicket,
            enforceAcl: [connectorApiAcl],
            shortDescription: 'inboundCloseTicket: Microsoft closed the case; the incident follows the mapping.',
        },
    ],
})
