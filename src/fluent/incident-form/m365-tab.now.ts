import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// The Microsoft 365 tab of the classic incident form: a UI macro (role check + an iframe of the
// app's panel page), a formatter for it, and a NEW incident section (Default view) holding that
// formatter. Nothing else of the incident form is emitted here: no Form(), no sys_ui_form or
// sys_ui_form_section (NOTES.md: they would replace the out-of-box form's tabs). Setup attaches
// the section to this instance's incident forms at run time, with the admin's consent
// (src/server/incident-form/form-section.ts). A build test checks exactly this.

export const m365TabMacro = Record({
    $id: Now.ID['incident_form_m365_macro'],
    table: 'sys_ui_macro',
    data: {
        name: 'x_mioms_m365_assis_m365_tab',
        active: true,
        description: 'Microsoft 365 tab of the incident form: the app panel for users with an app role.',
        xml: `<?xml version="1.0" encoding="utf-8" ?>
<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null">
<g:evaluate var="jvar_m365_allowed" expression="gs.hasRole('x_mioms_m365_assis.insights_user')" />
<g:evaluate var="jvar_m365_incident" expression="var m365Id = String(current.getUniqueValue() || ''); /^[0-9a-f]{32}$/.test(m365Id) ? m365Id : ''" />
<j:if test="\${jvar_m365_allowed &amp;&amp; jvar_m365_incident != ''}">
<iframe id="x_mioms_m365_assis_panel_frame" title="Microsoft 365" src="/x_mioms_m365_assis_panel.do?sysparm_incident=\${jvar_m365_incident}" style="width:100%;height:720px;border:0"></iframe>
</j:if>
</j:jelly>`,
    },
})

export const m365TabFormatter = Record({
    $id: Now.ID['incident_form_m365_formatter'],
    table: 'sys_ui_formatter',
    data: {
        name: 'Microsoft 365',
        formatter: 'x_mioms_m365_assis_m365_tab.xml',
        table: 'incident',
        type: 'formatter',
        active: true,
    },
})

export const m365TabSection = Record({
    $id: Now.ID['incident_form_m365_section'],
    table: 'sys_ui_section',
    data: {
        name: 'incident',
        caption: 'Microsoft 365',
        header: false,
        title: true,
        view: 'default_view',
        // The form shows the section only to users with an app role (the macro checks again).
        roles: 'x_mioms_m365_assis.insights_user',
    },
})

export const m365TabElement = Record({
    $id: Now.ID['incident_form_m365_element'],
    table: 'sys_ui_element',
    data: {
        sys_ui_section: m365TabSection,
        element: 'x_mioms_m365_assis_m365_tab.xml',
        type: 'formatter',
        sys_ui_formatter: Now.ref('sys_ui_formatter', 'incident_form_m365_formatter'),
        position: 0,
    },
})
