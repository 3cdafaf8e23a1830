import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { postConsent } from '../../server/setup/consent-route'
import { administratorApiAcl } from './acls.now'

// /api/x_mioms_m365_assis/v1/setup/...: the Setup wizard's server side (administrators only).
export const setupApi = RestApi({
    $id: Now.ID['api_setup'],
    name: 'Microsoft 365 support integration: setup',
    serviceId: 'setup',
    shortDescription: 'Setup wizard state and steps; every step is validated here, never trusted from the page.',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [administratorApiAcl],
    versions: [{ $id: Now.ID['api_setup_v1'], version: 1, isDefault: true, active: true }],
    routes: [
        {
            $id: Now.ID['api_setup_consent'],
            name: 'consent',
            method: 'POST',
            path: '/consent',
            version: 1,
            script: postConsent,
            enforceAcl: [administratorApiAcl],
            shortDescription: 'Records the administrator\'s agreement (step 1).',
        },
    ],
})
