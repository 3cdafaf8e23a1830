import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { insightsUser } from '../roles.now'

// "Microsoft 365" on incidents: opens the app's panel page for the incident in a modal, in
// Service Operations Workspace (g_modal.showFrame) and on the classic UI16 form (GlideModal with
// an iframe). The page and its REST routes check the role and the incident again on the server.
export const microsoft365PanelAction = UiAction({
    $id: Now.ID['ui_action_m365_panel'],
    table: 'incident',
    name: 'Microsoft 365',
    actionName: 'x_mioms_m365_assis_open_panel',
    hint: 'Microsoft 365 recommended solutions, service health and Microsoft support for this incident',
    active: true,
    showInsert: false,
    showUpdate: true,
    condition: '!current.isNewRecord()',
    roles: [insightsUser],
    order: 900,
    form: { showButton: true, showLink: false, showContextMenu: false, style: 'unstyled' },
    client: { isClient: true, isUi16Compatible: true, isUi11Compatible: false, onClick: 'openMicrosoft365Panel()' },
    script: `function openMicrosoft365Panel() {
    var url = '/x_mioms_m365_assis_panel.do?sysparm_incident=' + encodeURIComponent(g_form.getUniqueValue());
    var modal = new GlideModal('x_mioms_m365_assis_panel_modal');
    modal.setTitle('Microsoft 365');
    modal.setWidth(960);
    modal.renderWithContent('<iframe title="Microsoft 365" src="' + url + '" style="width:100%;height:720px;border:0"></iframe>');
}`,
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        showFormMenuButtonV2: false,
        clientScriptV2: `function onClick(g_form) {
    g_modal.showFrame({
        title: 'Microsoft 365',
        url: '/x_mioms_m365_assis_panel.do?sysparm_incident=' + encodeURIComponent(g_form.getUniqueValue()),
        size: 'lg',
        height: '720px'
    });
}`,
    },
})
