import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { getHealthMessage, getHealthMessages, getHealthSettings, postHealthSync, putHealthSettings } from '../../server/health/health-routes'
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
        {
            $id: Now.ID['api_health_messages'],
            name: 'messages',
            method: 'GET',
            path: '/messages',
            version: 1,
            script: getHealthMessages,
            enforceAcl: [administratorApiAcl],
            shortDescription: 'Message center posts synced from Microsoft Graph, filtered by service, category and action date, bounded.',
        },
        {
            $id: Now.ID['api_health_message'],
            name: 'message',
            method: 'GET',
            path: '/messages/{message_id}',
            version: 1,
            script: getHealthMessage,
            enforceAcl: [administratorApiAcl],
            shortDescription: "One Message center post's body as plain text.",
        },
    ],
})
