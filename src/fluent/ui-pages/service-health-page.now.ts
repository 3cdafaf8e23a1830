import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import serviceHealthHtml from '../../client/service-health/index.html'

// Service Health: current Microsoft 365 issues and the automatic incident settings (administrator;
// the page's REST routes enforce the role).
export const serviceHealthPage = UiPage({
    $id: Now.ID['page_service_health'],
    endpoint: 'x_mioms_m365_assis_service_health.do',
    description: 'Microsoft 365 service health: current issues, automatic incident settings, Sync now (administrator).',
    html: serviceHealthHtml,
    direct: true,
})
