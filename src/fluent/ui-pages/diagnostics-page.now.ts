import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import diagnosticsHtml from '../../client/diagnostics/index.html'

// Diagnostics: every check the app can make from inside the instance (administrator; the page ACL
// refuses the page itself, its REST route checks again).
export const diagnosticsPage = UiPage({
    $id: Now.ID['page_diagnostics'],
    endpoint: 'x_mioms_m365_assis_diagnostics.do',
    description: 'Microsoft 365 support integration diagnostics: configuration, platform, Microsoft and traffic checks (administrator).',
    html: diagnosticsHtml,
    direct: true,
})
