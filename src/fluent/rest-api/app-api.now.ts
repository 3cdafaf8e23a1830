import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { getAppContext } from '../../server/app/context-route'
import { insightsApiAcl } from './acls.now'

// /api/x_mioms_m365_assis/v1/app/...: what the app's own pages call.
export const appApi = RestApi({
    $id: Now.ID['api_app'],
    name: 'Microsoft 365 support integration: app',
    serviceId: 'app',
    shortDescription: "The app's own pages: caller context.",
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [insightsApiAcl],
    versions: [{ $id: Now.ID['api_app_v1'], version: 1, isDefault: true, active: true }],
    routes: [
        {
            $id: Now.ID['api_app_context'],
            name: 'context',
            method: 'GET',
            path: '/context',
            version: 1,
            script: getAppContext,
            enforceAcl: [insightsApiAcl],
            shortDescription: "The caller's app roles and the Setup mode.",
        },
    ],
})
