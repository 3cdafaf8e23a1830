import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { inboundPing } from '../../server/inbound/ping-route'
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
    ],
})
