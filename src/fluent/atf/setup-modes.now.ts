import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'
import { verificationSuite } from './suite.now'
import { ADMIN_CONSENTS, FRESH_SETUP } from './fixtures'

// Setup's environment step decides the mode (PRODUCT.md "Three setup modes", plus "Continue without
// setup"): Basic authentication, Azure AD (AAD) OAuth token, Insights only, or none. Each mode has
// its own steps (src/server/setup/wizard-steps.ts stepsFor); the mode's later rules differ too
// (settings: the admin email is required except in Insights only; user: AAD takes the REST user
// app's client ID). The routes are called in-process as an administrator the test creates; no
// step here calls Microsoft, and the test rolls Setup back afterwards.

export const setupModeChoices = Test(
    {
        $id: Now.ID['atf_setup_mode_choices'],
        name: 'Setup: each setup mode (Basic, AAD, Insights only, without setup) leads to its own steps',
        description:
            'After consent, an administrator the test creates posts the environment step with each mode in turn and asserts the answer (label, next step, the mode\'s step list) and the saved Setup row: Basic and AAD continue to the tenant with inbound and user steps, Insights only without them, and Continue without setup completes at once (Record Validation); an unknown mode or a test environment flag that is not a boolean is refused and changes nothing.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf_setup_modes_admin'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 administrator',
            fieldValues: { user_name: 'atf.m365.setup.modes' },
            roles: [administrator],
            groups: [],
            impersonate: true,
        })
        atf.server.runServerSideScript({ $id: Now.ID['atf_setup_modes_fresh'], script: FRESH_SETUP })
        const setup = atf.server.runServerSideScript({ $id: Now.ID['atf_setup_modes_consent'], script: ADMIN_CONSENTS })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_modes_each'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var setupRecord = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-record.ts');
    var booleans = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/booleans.ts');
    var all = 'consent,environment,tenant,outbound,inbound,user,repository,settings,complete,done';
    var modes = [
        { mode: 'basic', label: 'Basic authentication', test: true, next: 'tenant', steps: all, completed: false },
        { mode: 'aad', label: 'Azure AD (AAD) OAuth token', test: false, next: 'tenant', steps: all, completed: false },
        { mode: 'insights', label: 'Insights only', test: true, next: 'tenant', steps: 'consent,environment,tenant,outbound,repository,settings,complete,done', completed: false },
        { mode: 'none', label: 'Continue without setup', test: true, next: 'done', steps: 'consent,environment,done', completed: true }
    ];
    for (var i = 0; i < modes.length; i++) {
        var m = modes[i];
        var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'environment' }, body: { data: { mode: m.mode, testEnvironment: m.test } } });
        assertEqual({ name: m.label + ': status', shouldbe: 200, value: answer.status });
        assertEqual({ name: m.label + ': shown as', shouldbe: m.label, value: answer.body.modeLabel });
        assertEqual({ name: m.label + ': next step', shouldbe: m.next, value: answer.body.step });
        assertEqual({ name: m.label + ': its steps', shouldbe: m.steps, value: answer.body.steps.join(',') });
        assertEqual({ name: m.label + ': complete', shouldbe: m.completed, value: answer.body.completed });
        var saved = setupRecord.findSetup();
        assertEqual({ name: m.label + ': saved mode', shouldbe: m.mode, value: saved.getValue('mode') });
        assertEqual({ name: m.label + ': saved step', shouldbe: m.next, value: saved.getValue('step') });
        assertEqual({ name: m.label + ': saved test environment', shouldbe: m.test, value: booleans.booleanField(saved, 'test_environment') });
    }
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_setup_modes_none_saved'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: 'mode=none^step=done^completed=true^completed_onISNOTEMPTY^consent=true^EQ',
            assert: 'record_validated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_modes_unknown'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var tries = [{ mode: 'legacy', testEnvironment: true }, { testEnvironment: true }, { mode: 'basic', testEnvironment: 'yes' }];
    var codes = ['SETUP_MODE_INVALID', 'SETUP_MODE_INVALID', 'SETUP_BOOLEAN_INVALID'];
    for (var i = 0; i < tries.length; i++) {
        var before = calls.setupFingerprint();
        var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'environment' }, body: { data: tries[i] } });
        assertEqual({ name: JSON.stringify(tries[i]) + ': status', shouldbe: 400, value: answer.status });
        assertEqual({ name: JSON.stringify(tries[i]) + ': code', shouldbe: codes[i], value: calls.refusalCode(answer) });
        assertEqual({ name: JSON.stringify(tries[i]) + ': Setup unchanged', shouldbe: before, value: calls.setupFingerprint() });
    }
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_setup_modes_still_none'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: 'mode=none^step=done^completed=true^EQ',
            assert: 'record_validated',
        })
    },
)

export const setupModeRules = Test(
    {
        $id: Now.ID['atf_setup_mode_rules'],
        name: "Setup: the settings and integration user steps follow the chosen mode's rules",
        description:
            "With consent given and Setup moved to the settings step (Record Update), asserts that Basic authentication refuses settings without the Microsoft 365 admin email (SETUP_EMAIL_REQUIRED, row unchanged) while Insights only accepts them and moves to complete; then at the user step, AAD refuses a client ID that is not a GUID and one no user has, leaving the row unchanged.",
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf_setup_rules_admin'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 administrator',
            fieldValues: { user_name: 'atf.m365.setup.rules' },
            roles: [administrator],
            groups: [],
            impersonate: true,
        })
        atf.server.runServerSideScript({ $id: Now.ID['atf_setup_rules_fresh'], script: FRESH_SETUP })
        const setup = atf.server.runServerSideScript({ $id: Now.ID['atf_setup_rules_consent'], script: ADMIN_CONSENTS })
        // Stands in for the earlier steps, whose outbound and inbound choices need this instance's OAuth records.
        atf.server.recordUpdate({
            $id: Now.ID['atf_setup_rules_at_settings_basic'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: { mode: 'basic', step: 'settings', admin_email: '' },
            assert: 'record_successfully_updated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_rules_basic_needs_email'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var tries = [
        { data: { ssoEnabled: false, testEnvironment: true }, code: 'SETUP_EMAIL_REQUIRED' },
        { data: { ssoEnabled: false, testEnvironment: true, adminEmail: 'not an address' }, code: 'SETUP_EMAIL_INVALID' },
        { data: { testEnvironment: true, adminEmail: 'admin@contoso.onmicrosoft.com' }, code: 'SETUP_BOOLEAN_INVALID' }
    ];
    for (var i = 0; i < tries.length; i++) {
        var before = calls.setupFingerprint();
        var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'settings' }, body: { data: tries[i].data } });
        assertEqual({ name: tries[i].code + ': status', shouldbe: 400, value: answer.status });
        assertEqual({ name: tries[i].code + ': code', shouldbe: tries[i].code, value: calls.refusalCode(answer) });
        assertEqual({ name: tries[i].code + ': Setup unchanged', shouldbe: before, value: calls.setupFingerprint() });
    }
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_setup_rules_basic_unchanged'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: 'mode=basic^step=settings^admin_emailISEMPTY^EQ',
            assert: 'record_validated',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_setup_rules_at_settings_insights'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: { mode: 'insights' },
            assert: 'record_successfully_updated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_rules_insights_no_email'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'settings' }, body: { data: { ssoEnabled: false, testEnvironment: false } } });
    assertEqual({ name: 'Insights only settings without an email: status', shouldbe: 200, value: answer.status });
    assertEqual({ name: 'Insights only settings: next step', shouldbe: 'complete', value: answer.body.step });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_setup_rules_insights_saved'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: 'mode=insights^step=complete^admin_emailISEMPTY^sso_enabled=false^test_environment=false^completed=false^EQ',
            assert: 'record_validated',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_setup_rules_at_user_aad'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: { mode: 'aad', step: 'user', integration_user: '', rest_user_client_id: '' },
            assert: 'record_successfully_updated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_rules_aad_client_id'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var tries = [
        { data: { clientId: 'atf.m365.setup.rules' }, code: 'SETUP_USER_CLIENT_ID_INVALID' },
        { data: { userId: '0123456789abcdef0123456789abcdef' }, code: 'SETUP_USER_CLIENT_ID_INVALID' },
        { data: { clientId: '00000000-0000-4000-8000-00000000a7f0' }, code: 'SETUP_USER_CLIENT_ID_NO_USER' }
    ];
    for (var i = 0; i < tries.length; i++) {
        var before = calls.setupFingerprint();
        var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'user' }, body: { data: tries[i].data } });
        assertEqual({ name: JSON.stringify(tries[i].data) + ': status', shouldbe: 400, value: answer.status });
        assertEqual({ name: JSON.stringify(tries[i].data) + ': code', shouldbe: tries[i].code, value: calls.refusalCode(answer) });
        assertEqual({ name: JSON.stringify(tries[i].data) + ': Setup unchanged', shouldbe: before, value: calls.setupFingerprint() });
    }
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_setup_rules_aad_unchanged'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: 'mode=aad^step=user^integration_userISEMPTY^rest_user_client_idISEMPTY^EQ',
            assert: 'record_validated',
        })
    },
)

export const setupModeChoicesInSuite = Record({
    $id: Now.ID['atf_suite_setup_mode_choices'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: setupModeChoices, order: 3610 },
})
export const setupModeRulesInSuite = Record({
    $id: Now.ID['atf_suite_setup_mode_rules'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: setupModeRules, order: 3620 },
})
