import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'
import setupHtml from '../../client/setup/index.html'
import linkAccountHtml from '../../client/link-account/index.html'
import panelHtml from '../../client/panel/index.html'

// React pages; each checks the caller's role through the app's REST API, which enforces it.
export const setupPage = UiPage({
    $id: Now.ID['page_setup'],
    endpoint: 'x_mioms_m365_assis_setup.do',
    description: 'Setup wizard for the Microsoft 365 support integration (administrator).',
    html: setupHtml,
    direct: true,
})

export const linkAccountPage = UiPage({
    $id: Now.ID['page_link_account'],
    endpoint: 'x_mioms_m365_assis_link_account.do',
    description: 'Link the Microsoft 365 admin account contacted when cases are created (administrator).',
    html: linkAccountHtml,
    direct: true,
})

export const panelPage = UiPage({
    $id: Now.ID['page_panel'],
    endpoint: 'x_mioms_m365_assis_panel.do',
    description: "The incident's Microsoft 365 panel: recommended solutions, service health, Microsoft case.",
    html: panelHtml,
    direct: true,
})
