import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { getIncidentPanel, postFeedback, postSearch } from '../../server/insights/panel-routes'
import { getCase, patchRecordedCase, postCase, postRecordedCase } from '../../server/cases/case-routes'
import { administratorApiAcl, insightsApiAcl } from './acls.now'

// /api/x_mioms_m365_assis/v1/panel/...: the incident's Microsoft 365 panel (insights users) and
// Contact Microsoft support (administrators). Each route checks the role and the incident in code too.
export const panelApi = RestApi({
    $id: Now.ID['api_panel'],
    name: 'Microsoft 365 support integration: incident panel',
    serviceId: 'panel',
    shortDescription: "The incident's Microsoft 365 panel: recommended solutions, service health matches, search, Microsoft case.",
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [insightsApiAcl],
    versions: [{ $id: Now.ID['api_panel_v1'], version: 1, isDefault: true, active: true }],
    routes: [
        {
            $id: Now.ID['api_panel_incident'],
            name: 'incident view',
            method: 'GET',
            path: '/incidents/{sys_id}',
            version: 1,
            script: getIncidentPanel,
            enforceAcl: [insightsApiAcl],
            shortDescription: "The incident's solutions (cached per incident), matching service health issues, its Microsoft case and what the caller may do.",
        },
        {
            $id: Now.ID['api_panel_search'],
            name: 'search',
            method: 'POST',
            path: '/search',
            version: 1,
            script: postSearch,
            enforceAcl: [insightsApiAcl],
            shortDescription: 'Microsoft recommended solutions for a typed problem (not stored).',
        },
        {
            $id: Now.ID['api_panel_feedback'],
            name: 'feedback',
            method: 'POST',
            path: '/incidents/{sys_id}/feedback',
            version: 1,
            script: postFeedback,
            enforceAcl: [insightsApiAcl],
            shortDescription: '"Was this helpful?" on a stored recommended solution (off when feedback.opt_out is true).',
        },
        {
            $id: Now.ID['api_panel_case_create'],
            name: 'open case',
            method: 'POST',
            path: '/incidents/{sys_id}/case',
            version: 1,
            script: postCase,
            enforceAcl: [administratorApiAcl],
            shortDescription: 'Contact Microsoft support: validates the linked admin, opens the Microsoft case and saves it (administrators).',
        },
        {
            $id: Now.ID['api_panel_case_get'],
            name: 'case',
            method: 'GET',
            path: '/incidents/{sys_id}/case',
            version: 1,
            script: getCase,
            enforceAcl: [insightsApiAcl],
            shortDescription: "Refreshes the incident's Microsoft case: status and latest communications.",
        },
        {
            $id: Now.ID['api_panel_recorded_case_create'],
            name: 'record case',
            method: 'POST',
            path: '/incidents/{sys_id}/recorded-case',
            version: 1,
            script: postRecordedCase,
            enforceAcl: [administratorApiAcl],
            shortDescription: 'Without a connector: records the service request opened in the Microsoft 365 admin center on the incident (administrators).',
        },
        {
            $id: Now.ID['api_panel_recorded_case_update'],
            name: 'update recorded case',
            method: 'PATCH',
            path: '/incidents/{sys_id}/recorded-case',
            version: 1,
            script: patchRecordedCase,
            enforceAcl: [administratorApiAcl],
            shortDescription: "Sets the status of the incident's service request recorded by hand and/or adds a note; each a work note (administrators).",
        },
    ],
})
