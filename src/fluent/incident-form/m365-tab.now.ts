import '@servicenow/sdk/global'
import { Record, default_view } from '@servicenow/sdk/core'

// The Microsoft 365 tab of the classic incident form: a UI macro (role check + an iframe of the
// app's panel page), a formatter for it, and a NEW incident section (Default view) holding that
// formatter. Nothing else of the incident form is emitted here: no Form(), no sys_ui_form or
// sys_ui_form_section (NOTES.md: they would replace the out-of-box form's tabs). Setup attaches
// the section to this instance's incident forms at run time, with the admin's consent
// (src/server/incident-form/form-section.ts). A build test checks exactly this.
//
// The macro is kept minimal (the SDK's form-formatters guide: custom formatter macros are not
// supported in Fluent) and follows Jelly's rules (doc "Extensions to Jelly syntax"):
// - Phase one (g:, j:, ${}) is cached and shared by every record and user, so the incident and
//   the role check are read in phase two (g2:evaluate, j2:if, $[]), per request.
// - The macro is strict XML: the test says 'and', never '&&'. '&amp;&amp;' written here reaches
//   the instance as '&&' (the SDK's build keeps an existing entity as it is in the update XML),
//   which the instance's XML parser refuses inside an attribute.
// - The incident id is checked to be a sys_id before it goes into the URL; the frame has an
//   explicit height (an iframe has none of its own in the form).

export const m365TabMacro = Record({
    $id: Now.ID['incident_form_m365_macro'],
    table: 'sys_ui_macro',
    data: {
        name: 'x_mioms_m365_assis_m365_tab',
        active: true,
        description: 'Microsoft 365 tab of the incident form: the app panel for users with an app role.',
        xml: `<?xml version="1.0" encoding="utf-8" ?>
<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null">
<g2:evaluate var="jvar_m365_allowed" expression="gs.hasRole('x_mioms_m365_assis.insights_user')" />
<g2:evaluate var="jvar_m365_incident" expression="var m365Id = String(current.getUniqueValue() || ''); /^[0-9a-f]{32}$/.test(m365Id) ? m365Id : ''" />
<j2:if test="$[jvar_m365_allowed and jvar_m365_incident != '']">
<iframe id="x_mioms_m365_assis_panel_frame" title="Microsoft 365" src="/x_mioms_m365_assis_panel.do?sysparm_incident=$[jvar_m365_incident]" style="width:100%;height:720px;border:0"></iframe>
</j2:if>
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
        // The platform's Default view (sys_ui_view sys_id 'Default view'); a string would create a new view.
        view: default_view,
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
