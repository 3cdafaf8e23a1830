import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// The Microsoft 365 tab's records as this instance holds them (src/fluent/incident-form/m365-tab.now.ts):
// an incident sys_ui_section for the Default view whose one element is the panel's formatter, the
// formatter naming the app's UI macro, and the macro itself. The view is looked up by its title,
// the way an admin finds it, so the test holds no platform sys_id.

export const tabSectionForDefaultView = Test(
    {
        $id: Now.ID['atf_tab_section_default_view'],
        name: "Microsoft 365 tab: the incident section exists for the Default view and holds the panel's formatter",
        description:
            "Looks up the Default view by its title, then queries the app's incident section (caption Microsoft 365) on that view, its formatter element, the formatter (x_mioms_m365_assis_m365_tab.xml) and its active UI macro, and asserts the app's own lookup (form-section.ts findAppSection) finds the same section; the section is limited to the insights_user role.",
        failOnServerError: true,
    },
    (atf) => {
        const view = atf.server.recordQuery({
            $id: Now.ID['atf_tab_section_view'],
            table: 'sys_ui_view',
            fieldValues: 'title=Default view^EQ',
            assert: 'records_match_query',
        })
        const section = atf.server.recordQuery({
            $id: Now.ID['atf_tab_section_section'],
            table: 'sys_ui_section',
            fieldValues: `name=incident^caption=Microsoft 365^view=${view.first_record}^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_tab_section_roles'],
            table: 'sys_ui_section',
            recordId: section.first_record,
            fieldValues: 'rolesLIKEx_mioms_m365_assis.insights_user^EQ',
            assert: 'record_validated',
        })
        const formatter = atf.server.recordQuery({
            $id: Now.ID['atf_tab_section_formatter'],
            table: 'sys_ui_formatter',
            fieldValues: 'formatter=x_mioms_m365_assis_m365_tab.xml^table=incident^active=true^EQ',
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_tab_section_element'],
            table: 'sys_ui_element',
            fieldValues: `sys_ui_section=${section.first_record}^type=formatter^element=x_mioms_m365_assis_m365_tab.xml^sys_ui_formatter=${formatter.first_record}^EQ`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_tab_section_macro'],
            table: 'sys_ui_macro',
            fieldValues: 'name=x_mioms_m365_assis_m365_tab^active=true^EQ',
            assert: 'records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_tab_section_app_lookup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var formSection = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incident-form/form-section.ts');
    var sectionId = formSection.findAppSection();
    var view = new GlideRecord('sys_ui_view');
    view.addQuery('title', 'Default view');
    view.query();
    assertEqual({ name: 'the Default view exists', shouldbe: true, value: view.next() });
    var section = new GlideRecord('sys_ui_section');
    assertEqual({ name: 'the app finds its section', shouldbe: true, value: section.get(sectionId) });
    assertEqual({ name: 'on the Default view', shouldbe: view.getUniqueValue(), value: section.getValue('view') });
    assertEqual({ name: 'for incident', shouldbe: 'incident', value: section.getValue('name') });
    var elements = new GlideRecord('sys_ui_element');
    elements.addQuery('sys_ui_section', sectionId);
    elements.query();
    var count = 0;
    while (elements.next()) count++;
    assertEqual({ name: 'the section holds the formatter and nothing else', shouldbe: 1, value: count });
    stepResult.setOutputMessage('Section ' + sectionId + ' (view ' + view.getUniqueValue() + ') holds the Microsoft 365 formatter.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const tabSectionForDefaultViewInSuite = Record({
    $id: Now.ID['atf_suite_tab_section_default_view'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: tabSectionForDefaultView, order: 3300 },
})
