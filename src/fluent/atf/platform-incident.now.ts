import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// Platform assumptions about the incident the app works on (docs/platform-fidelity.md: "The
// Default view", "incident.close_code choices differ by release", "Choice values a script
// writes", "Data policies apply to server-side writes"). Nothing here hard-codes a platform
// sys_id: the Default view is looked up by its title, choices are read from sys_choice.

export const defaultViewTest = Test(
    {
        $id: Now.ID['atf_platform_default_view'],
        name: 'Platform: the Microsoft 365 section belongs to the Default view the incident form uses',
        description:
            "Looks up the platform's Default view (sys_ui_view titled 'Default view' with an empty name) with Record Query, asserts the app's Microsoft 365 incident section references that view record, then asserts the app's own lookups (findAppSection, incidentDefaultForms, which reference the view by its sys_id) find the same section and only incident forms of that view.",
        failOnServerError: true,
    },
    (atf) => {
        const view = atf.server.recordQuery({
            $id: Now.ID['atf_platform_default_view_view'],
            table: 'sys_ui_view',
            fieldValues: 'title=Default view^nameISEMPTY',
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_default_view_section'],
            table: 'sys_ui_section',
            fieldValues: `name=incident^caption=Microsoft 365^view=${view.first_record}`,
            assert: 'records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_default_view_app'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var formSection = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incident-form/form-section.ts');
    var views = new GlideRecord('sys_ui_view');
    views.addQuery('title', 'Default view');
    views.addNullQuery('name');
    views.query();
    assertEqual({ name: "The instance has one Default view (sys_ui_view titled 'Default view', no name)", shouldbe: true, value: views.next() });
    var defaultView = views.getUniqueValue();
    assertEqual({ name: 'No second view is titled Default view (a view created by a loose reference such as default or default_view would be)', shouldbe: false, value: views.next() });
    var sectionId = formSection.findAppSection();
    assertEqual({ name: "The app finds its Microsoft 365 incident section in the Default view by the view's sys_id (the SDK's default_view, sys_id 'Default view')", shouldbe: true, value: sectionId !== '' });
    var section = new GlideRecord('sys_ui_section');
    section.get(sectionId);
    assertEqual({ name: "The section's view is the Default view record looked up by its title", shouldbe: defaultView, value: String(section.getValue('view')) });
    assertEqual({ name: "The section's view reference resolves to a view record titled Default view", shouldbe: 'Default view', value: String(section.view.getRefRecord().getValue('title')) });
    var forms = formSection.incidentDefaultForms(sectionId);
    var byLookup = new GlideRecord('sys_ui_form');
    byLookup.addQuery('name', 'incident');
    byLookup.addQuery('view', defaultView);
    byLookup.query();
    var count = 0;
    while (byLookup.next()) count++;
    assertEqual({ name: "The app's incidentDefaultForms lists every incident form of the Default view looked up by title (" + count + ')', shouldbe: count, value: forms.length });
    var attached = 0;
    for (var i = 0; i < forms.length; i++) if (forms[i].attached) attached++;
    stepResult.setOutputMessage('Incident forms of the Default view: ' + forms.length + '; with the Microsoft 365 section attached: ' + attached);
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const closeCodeChoicesTest = Test(
    {
        $id: Now.ID['atf_platform_close_codes'],
        name: "Platform: the resolution codes the app writes are this instance's incident.close_code choices",
        description:
            "Asserts with Record Query that sys_choice holds active English incident.close_code choices, then that the app's closeCodes() reads them from its scope, that resolutionCodeFor() answers a code among them both for no configured code and for one that does not exist, and that an incident the app resolves with applyMapping() stores a code whose display value is the choice's label.",
        // resolutionCodeFor logs a warning for the code that does not exist: a warning, not an error.
        failOnServerError: true,
    },
    (atf) => {
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_close_codes_choices'],
            table: 'sys_choice',
            fieldValues: 'name=incident^element=close_code^language=en^inactive=false',
            assert: 'records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_close_codes_read'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var closeCodes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incidents/close-codes.ts');
    var choices = closeCodes.closeCodes();
    assertEqual({ name: "The app reads incident.close_code choices from sys_choice in its scope (cross-scope read privilege on sys_choice)", shouldbe: true, value: choices.length > 0 });
    var values = [];
    for (var i = 0; i < choices.length; i++) values.push(choices[i].value);
    var chosen = closeCodes.resolutionCodeFor('', 'ATF close code probe');
    assertEqual({ name: "With no code configured the app writes a code this instance offers (got '" + chosen + "' of " + values.join(', ') + ')', shouldbe: true, value: chosen !== null && values.indexOf(chosen) >= 0 });
    var replaced = closeCodes.resolutionCodeFor('ATF code that is no choice', 'ATF close code probe');
    assertEqual({ name: 'A configured code the instance does not offer is replaced by the fallback (' + chosen + ')', shouldbe: chosen, value: replaced });
    var shipped = closeCodes.PREFERRED_CLOSE_CODES;
    var offered = [];
    for (var j = 0; j < shipped.length; j++) if (values.indexOf(shipped[j]) >= 0) offered.push(shipped[j]);
    stepResult.setOutputMessage('Resolution codes offered: ' + values.join(', ') + '; the app writes ' + chosen + '; preferred codes offered: ' + (offered.join(', ') || 'none (the app uses the first choice)'));
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_close_codes_resolve'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var statusMap = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/inbound/status-map.ts');
    var closeCodes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incidents/close-codes.ts');
    var incident = new GlideRecord('incident');
    incident.initialize();
    incident.setValue('short_description', 'ATF probe: the app resolves an incident');
    var id = incident.insert();
    var resolving = new GlideRecord('incident');
    resolving.get(id);
    var changed = statusMap.applyMapping(resolving, { incidentState: '6', holdReason: '', closeCode: '', closeNotes: '' }, 'ATF probe resolution notes');
    assertEqual({ name: "The app's applyMapping sets the incident to Resolved with a resolution code", shouldbe: true, value: changed });
    assertEqual({ name: 'The instance accepts the resolve the app writes (state, resolution code and notes)', shouldbe: true, value: !!resolving.update() });
    var saved = new GlideRecord('incident');
    saved.get(id);
    assertEqual({ name: 'The resolved incident is in state 6 (Resolved)', shouldbe: '6', value: String(saved.getValue('state')) });
    var code = String(saved.getValue('close_code'));
    assertEqual({ name: "The stored resolution code '" + code + "' is an active choice of this instance", shouldbe: true, value: closeCodes.isCloseCode(code) });
    var label = '';
    var choices = closeCodes.closeCodes();
    for (var i = 0; i < choices.length; i++) if (choices[i].value === code) label = choices[i].label;
    assertEqual({ name: 'The form shows the resolution code as its choice label, not as an invalid value', shouldbe: label, value: String(saved.getDisplayValue('close_code')) });
    assertEqual({ name: 'The resolution notes the app wrote are kept', shouldbe: 'ATF probe resolution notes', value: String(saved.getValue('close_notes')) });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const closeInfoPolicyTest = Test(
    {
        $id: Now.ID['atf_platform_close_info_policy'],
        name: 'Platform: a script resolve without resolution code and notes is refused where the close-info data policy is active',
        description:
            'Looks for an active incident data policy making close_code and close_notes mandatory, sets a new incident to Resolved from a script without them and asserts the write was refused when such a policy exists (reporting which side this instance takes); the same incident resolved with a code and notes is accepted.',
        // A refused write makes the platform report a Data Policy Exception.
        failOnServerError: false,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_close_info_policy_script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var closeCodes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incidents/close-codes.ts');
    var mandatory = {};
    var policy = new GlideRecord('sys_data_policy2');
    policy.addQuery('model_table', 'incident');
    policy.addQuery('active', true);
    policy.query();
    while (policy.next()) {
        var rule = new GlideRecord('sys_data_policy_rule');
        rule.addQuery('sys_data_policy', policy.getUniqueValue());
        rule.addQuery('mandatory', 'true');
        rule.query();
        while (rule.next()) mandatory[String(rule.getValue('field'))] = true;
    }
    var enforced = !!(mandatory.close_code || mandatory.close_notes);
    var incident = new GlideRecord('incident');
    incident.initialize();
    incident.setValue('short_description', 'ATF probe: close-info data policy');
    var id = incident.insert();
    var bare = new GlideRecord('incident');
    bare.get(id);
    bare.setValue('state', '6');
    var result = bare.update();
    var after = new GlideRecord('incident');
    after.get(id);
    var resolved = String(after.getValue('state')) === '6';
    if (enforced) {
        assertEqual({ name: 'An active data policy makes the resolution code or notes mandatory, so a script resolve without them is refused (the app always writes both)', shouldbe: false, value: resolved });
        assertEqual({ name: 'The refused update() returns null', shouldbe: true, value: !result });
    }
    stepResult.setOutputMessage('closeInfoDataPolicy: ' + (enforced ? 'an active incident data policy makes ' + Object.keys(mandatory).join(', ') + ' mandatory' : 'no active incident data policy makes close_code or close_notes mandatory') + '; a script resolve without them was ' + (resolved ? "accepted (the sandbox's lenient side)" : "refused (the sandbox's strict side)"));
    var code = closeCodes.resolutionCodeFor('', 'ATF close-info probe');
    var full = new GlideRecord('incident');
    full.get(id);
    full.setValue('state', '6');
    full.setValue('close_code', code);
    full.setValue('close_notes', 'ATF probe resolution notes');
    full.update();
    var done = new GlideRecord('incident');
    done.get(id);
    assertEqual({ name: 'A resolve with a resolution code the instance offers and notes is accepted', shouldbe: '6', value: String(done.getValue('state')) });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const defaultViewInSuite = Record({
    $id: Now.ID['atf_platform_default_view_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: defaultViewTest, order: 1400 },
})
export const closeCodeChoicesInSuite = Record({
    $id: Now.ID['atf_platform_close_codes_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: closeCodeChoicesTest, order: 1410 },
})
export const closeInfoPolicyInSuite = Record({
    $id: Now.ID['atf_platform_close_info_policy_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: closeInfoPolicyTest, order: 1420 },
})
