import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { getHealthSettings, postHealthSync, putHealthSettings } from '../../server/health/health-routes'
import { administratorApiAcl } from './acls.now'

// /api/x_mioms_m365_assis/v1/health/...: the Service Health page (administrators only).
export const healthApi = RestApi({
    $id: Now.ID['api_health'],
    name: 'Microsoft 365 support integration: service health',
    serviceId: 'health',
    shortDescription: 'Service Health settings (automatic incidents), current issues and Sync now.',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [administratorApiAcl],
    versions: [{ $id: Now.ID['api_health_v1'], version: 1, isDefault: true, active: true }],
    routes: [
        {
            $id: Now.ID['api_health_settings_get'],
            name: 'settings',
            method: 'GET',
            path: '/settings',
            version: 1,
            script: getHealthSettings,
            enforceAcl: [administratorApiAcl],
            shortDescription: 'Automatic incident settings, their choices and the current service health issues.',
        },
        {
            $id: Now.ID['api_health_settings_put'],
            name: 'save settings',
            method: 'PUT',
            path: '/settings',
            version: 1,
            script: putHealthSettings,
            enforceAcl: [administratorApiAcl],
            shortDescription: 'Saves the automatic incident settings (assignment group and category required to turn creation on).',
        },
        {
            $id: Now.ID['api_health_sync'],
            name: 'sync',
            method: 'POST',
            path: '/sync',
            version: 1,
            script: postHealthSync,
            enforceAcl: [administratorApiAcl],
            shortDescription: 'Sync now: reads changed issues from Microsoft Graph and updates the automatic incidents.',
        },
    ],
})
