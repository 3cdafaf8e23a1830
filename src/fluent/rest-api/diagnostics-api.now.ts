import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { getDiagnostics } from '../../server/diagnostics/diagnostics-routes'
import { administratorApiAcl } from './acls.now'

// /api/x_mioms_m365_assis/v1/diagnostics/...: the Diagnostics page (administrators only).
export const diagnosticsApi = RestApi({
    $id: Now.ID['api_diagnostics'],
    name: 'Microsoft 365 support integration: diagnostics',
    serviceId: 'diagnostics',
    shortDescription: 'Runs the checks of Microsoft 365 Support > Diagnostics (reads only, no secrets).',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [administratorApiAcl],
    versions: [{ $id: Now.ID['api_diagnostics_v1'], version: 1, isDefault: true, active: true }],
    routes: [
        {
            $id: Now.ID['api_diagnostics_checks'],
            name: 'checks',
            method: 'GET',
            path: '/checks',
            version: 1,
            script: getDiagnostics,
            enforceAcl: [administratorApiAcl],
            shortDescription: 'Runs every diagnostic check within a time budget and maps them to the rows of the troubleshooting table.',
        },
    ],
})
