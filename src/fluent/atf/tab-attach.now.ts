import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'
import { verificationSuite } from './suite.now'

// Setup's incident tab step (src/server/incident-form/form-section.ts, /setup/form-section): with
// the administrator's consent it appends the app's section to every incident form of the Default
// view and can remove exactly those rows. sys_ui_form_section belongs to another scope and an
// instance may refuse the app's writes (undocumented; the strict sandbox refuses them): the
// promise under test is that the answer tells the truth about what was written, either way.
//
// No form step can assert that the tab is rendered: Field State Validation takes fields only and
// no standard step names a section or formatter (sandbox/atf/form-steps.ts). What this test
// proves is what the form is built from (the section rows); the e2e tests render it in Chromium.

export const tabAttachTellsTheTruth = Test(
    {
        $id: Now.ID['atf_tab_attach'],
        name: "Microsoft 365 tab: Setup attaches the section to every Default-view incident form only with consent, or reports the instance's refusal, and removes only its rows",
        description:
            "As an administrator the test creates, posts Setup's tab step without agreeing (refused, nothing written), then with agreement and asserts that either every Default-view incident form got the app's section once at its end with the other sections untouched (200), or the instance refused and not a row was added (409 FORM_SECTION_REFUSED); the diagnostic reports the same, and removing deletes only the app's rows.",
        // Where the instance refuses the app's sys_ui_form_section writes it logs the refusal as an error;
        // the refusal is one of the two outcomes this test accepts (and asserts is reported).
        failOnServerError: false,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf_tab_attach_admin'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 administrator',
            fieldValues: { user_name: 'atf.m365.tab.admin' },
            roles: [administrator],
            groups: [],
            impersonate: true,
        })
        const section = atf.server.recordQuery({
            $id: Now.ID['atf_tab_attach_section'],
            table: 'sys_ui_section',
            fieldValues: 'name=incident^caption=Microsoft 365^EQ',
            assert: 'records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_tab_attach_consent'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var formSection = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incident-form/form-section.ts');
    var rows = new GlideRecord('sys_ui_form_section');
    rows.query();
    var before = rows.getRowCount();
    var bodies = [undefined, {}, { agree: false }, { agree: 'true' }];
    for (var i = 0; i < bodies.length; i++) {
        var answer = calls.callRoute(formSection.postFormSection, { body: { data: bodies[i] } });
        assertEqual({ name: 'tab step with ' + JSON.stringify(bodies[i]) + ': status', shouldbe: 400, value: answer.status });
        assertEqual({ name: 'tab step with ' + JSON.stringify(bodies[i]) + ': code', shouldbe: 'FORM_SECTION_CONSENT_REQUIRED', value: calls.refusalCode(answer) });
    }
    var after = new GlideRecord('sys_ui_form_section');
    after.query();
    assertEqual({ name: 'no form section row written without consent', shouldbe: before, value: after.getRowCount() });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_tab_attach_agreed'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var formSection = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incident-form/form-section.ts');
    var sectionId = formSection.findAppSection();
    assertEqual({ name: 'the app finds its section', shouldbe: true, value: sectionId.length === 32 });
    // Every row of every Default-view incident form that is not the app's, before and after.
    function others() {
        var out = [];
        var forms = formSection.incidentDefaultForms(sectionId);
        for (var f = 0; f < forms.length; f++) {
            var rows = new GlideRecord('sys_ui_form_section');
            rows.addQuery('sys_ui_form', forms[f].formId);
            rows.addQuery('sys_ui_section', '!=', sectionId);
            rows.orderBy('sys_id');
            rows.query();
            while (rows.next()) out.push(rows.getUniqueValue() + ':' + rows.getValue('sys_ui_section') + ':' + rows.getValue('position'));
        }
        return out.join(',');
    }
    function ours() {
        var rows = new GlideRecord('sys_ui_form_section');
        rows.addQuery('sys_ui_section', sectionId);
        rows.query();
        return rows.getRowCount();
    }
    var othersBefore = others();
    var oursBefore = ours();
    var forms = formSection.incidentDefaultForms(sectionId);
    assertEqual({ name: 'this instance has an incident form for the Default view', shouldbe: true, value: forms.length > 0 });
    var answer = calls.callRoute(formSection.postFormSection, { body: { data: { agree: true } } });
    assertEqual({ name: 'attached (200) or refused (409)', shouldbe: true, value: answer.status === 200 || answer.status === 409 });
    assertEqual({ name: 'the other sections of the form are untouched', shouldbe: othersBefore, value: others() });
    var shown = formSection.incidentDefaultForms(sectionId);
    if (answer.status === 200) {
        for (var i = 0; i < shown.length; i++) {
            assertEqual({ name: 'form ' + shown[i].formId + ' shows the tab', shouldbe: true, value: shown[i].attached });
            var last = new GlideRecord('sys_ui_form_section');
            last.addQuery('sys_ui_form', shown[i].formId);
            last.orderByDesc('position');
            last.setLimit(1);
            last.query();
            last.next();
            assertEqual({ name: 'form ' + shown[i].formId + ': the tab is the last section', shouldbe: sectionId, value: last.getValue('sys_ui_section') });
        }
        assertEqual({ name: 'one row per form', shouldbe: shown.length, value: ours() });
        stepResult.setOutputMessage('Attached to ' + shown.length + ' incident form(s): ' + answer.body.message);
    } else {
        assertEqual({ name: 'refusal code', shouldbe: 'FORM_SECTION_REFUSED', value: calls.refusalCode(answer) });
        assertEqual({ name: 'no row of the app was added', shouldbe: oursBefore, value: ours() });
        stepResult.setOutputMessage('This instance refused the app\\'s sys_ui_form_section insert; Setup said so: ' + answer.body.error.message);
    }
    var report = calls.callRoute(formSection.getFormSection, {});
    var attached = 0;
    for (var j = 0; j < shown.length; j++) if (shown[j].attached) attached++;
    assertEqual({ name: 'the diagnostic reports what the forms hold', shouldbe: attached, value: report.body.showing });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_tab_attach_removed'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var formSection = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incident-form/form-section.ts');
    var sectionId = formSection.findAppSection();
    var all = new GlideRecord('sys_ui_form_section');
    all.addQuery('sys_ui_section', '!=', sectionId);
    all.query();
    var othersBefore = all.getRowCount();
    var answer = calls.callRoute(formSection.deleteFormSection, {});
    var left = new GlideRecord('sys_ui_form_section');
    left.addQuery('sys_ui_section', sectionId);
    left.query();
    if (answer.status === 200) {
        assertEqual({ name: 'no row of the app is left', shouldbe: 0, value: left.getRowCount() });
    } else {
        assertEqual({ name: 'removal refused: status', shouldbe: 409, value: answer.status });
        assertEqual({ name: 'removal refused: code', shouldbe: 'FORM_SECTION_REMOVE_REFUSED', value: calls.refusalCode(answer) });
    }
    var others = new GlideRecord('sys_ui_form_section');
    others.addQuery('sys_ui_section', '!=', sectionId);
    others.query();
    assertEqual({ name: 'no other section row was removed', shouldbe: othersBefore, value: others.getRowCount() });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_tab_attach_section_kept'],
            table: 'sys_ui_section',
            recordId: section.first_record,
            fieldValues: 'name=incident^caption=Microsoft 365^EQ',
            assert: 'record_validated',
        })
    },
)

export const tabAttachTellsTheTruthInSuite = Record({
    $id: Now.ID['atf_suite_tab_attach'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: tabAttachTellsTheTruth, order: 3310 },
})
