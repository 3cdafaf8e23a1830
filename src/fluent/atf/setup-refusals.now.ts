import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'
import { verificationSuite } from './suite.now'
import { ADMIN_CONSENTS, FRESH_SETUP } from './fixtures'

// Setup's order (src/server/setup/wizard-steps.ts canEnter, setup-routes.ts postSetupStep): a step
// may be posted only once the earlier ones are done and only when the chosen mode has it; a
// refused request answers 400 (404 for a step that does not exist) with one catalogue message and
// writes nothing. The routes are called in-process as an administrator the test creates; none of
// the steps posted here calls Microsoft, and the test rolls Setup back afterwards.

export const setupRefusedStepsChangeNothing = Test(
    {
        $id: Now.ID['atf_setup_refusals'],
        name: 'Setup: a step posted out of order, outside its mode or with invalid input is refused and changes nothing',
        description:
            'After consent and the Basic mode, an administrator the test creates posts a later step (SETUP_STEP_NOT_REACHED), an invalid tenant domain (SETUP_TENANT_INVALID), an outbound provider that is not a sys_id and steps that do not exist (404), asserting for each that the Setup rows stay identical (before/after fingerprint); a valid tenant is then saved, and after switching to Insights only the user step is refused as not part of that mode (SETUP_STEP_NOT_IN_MODE).',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf_setup_refusals_admin'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 administrator',
            fieldValues: { user_name: 'atf.m365.setup.refusals' },
            roles: [administrator],
            groups: [],
            impersonate: true,
        })
        atf.server.runServerSideScript({ $id: Now.ID['atf_setup_refusals_fresh'], script: FRESH_SETUP })
        const setup = atf.server.runServerSideScript({ $id: Now.ID['atf_setup_refusals_consent'], script: ADMIN_CONSENTS })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_refusals_order'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var before = calls.setupFingerprint();
    var early = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'tenant' }, body: { data: { tenantDomain: 'contoso.onmicrosoft.com' } } });
    assertEqual({ name: 'tenant before a mode: status', shouldbe: 400, value: early.status });
    assertEqual({ name: 'tenant before a mode: code', shouldbe: 'SETUP_STEP_NOT_REACHED', value: calls.refusalCode(early) });
    assertEqual({ name: 'tenant before a mode: Setup unchanged', shouldbe: before, value: calls.setupFingerprint() });
    var basic = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'environment' }, body: { data: { mode: 'basic', testEnvironment: true } } });
    assertEqual({ name: 'Basic mode chosen', shouldbe: 200, value: basic.status });
    var tries = [
        { step: 'repository', data: { repositoryId: 'atf-repository' }, status: 400, code: 'SETUP_STEP_NOT_REACHED' },
        { step: 'settings', data: { ssoEnabled: false, testEnvironment: true, adminEmail: 'admin@contoso.onmicrosoft.com' }, status: 400, code: 'SETUP_STEP_NOT_REACHED' },
        { step: 'tenant', data: { tenantDomain: 'not a domain' }, status: 400, code: 'SETUP_TENANT_INVALID' },
        { step: 'tenant', data: { tenantDomain: 'contoso' }, status: 400, code: 'SETUP_TENANT_INVALID' },
        { step: 'tenant', data: {}, status: 400, code: 'SETUP_TENANT_INVALID' },
        { step: 'consent', data: { agree: true }, status: 404, code: '' },
        { step: 'complete', data: {}, status: 404, code: '' },
        { step: 'no-such-step', data: {}, status: 404, code: '' }
    ];
    for (var i = 0; i < tries.length; i++) {
        var label = tries[i].step + ' ' + JSON.stringify(tries[i].data);
        var mark = calls.setupFingerprint();
        var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: tries[i].step }, body: { data: tries[i].data } });
        assertEqual({ name: label + ': status', shouldbe: tries[i].status, value: answer.status });
        assertEqual({ name: label + ': code', shouldbe: tries[i].code, value: calls.refusalCode(answer) });
        assertEqual({ name: label + ': Setup unchanged', shouldbe: mark, value: calls.setupFingerprint() });
    }
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_setup_refusals_still_tenant'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: 'mode=basic^step=tenant^consent=true^EQ',
            assert: 'record_validated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_refusals_tenant_saved'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'tenant' }, body: { data: { tenantDomain: ' ATF-Contoso.onmicrosoft.com ' } } });
    assertEqual({ name: 'valid tenant: status', shouldbe: 200, value: answer.status });
    assertEqual({ name: 'valid tenant: next step', shouldbe: 'outbound', value: answer.body.step });
    var before = calls.setupFingerprint();
    var outbound = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'outbound' }, body: { data: { profileId: 'not-a-sys-id' } } });
    assertEqual({ name: 'outbound provider that is not a sys_id: status', shouldbe: 400, value: outbound.status });
    assertEqual({ name: 'outbound provider that is not a sys_id: code', shouldbe: 'SETUP_OUTBOUND_NOT_FOUND', value: calls.refusalCode(outbound) });
    assertEqual({ name: 'outbound provider that is not a sys_id: Setup unchanged', shouldbe: before, value: calls.setupFingerprint() });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_setup_refusals_tenant_validated'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: 'tenant_domain=atf-contoso.onmicrosoft.com^step=outbound^mode=basic^EQ',
            assert: 'record_validated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_refusals_not_in_mode'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var insights = calls.callRoute(routes.postSetupStep, { pathParams: { step: 'environment' }, body: { data: { mode: 'insights', testEnvironment: true } } });
    assertEqual({ name: 'Insights only chosen', shouldbe: 200, value: insights.status });
    var names = ['inbound', 'user'];
    for (var i = 0; i < names.length; i++) {
        var before = calls.setupFingerprint();
        var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: names[i] }, body: { data: { skip: true } } });
        assertEqual({ name: names[i] + ' in Insights only: status', shouldbe: 400, value: answer.status });
        assertEqual({ name: names[i] + ' in Insights only: code', shouldbe: 'SETUP_STEP_NOT_IN_MODE', value: calls.refusalCode(answer) });
        assertEqual({ name: names[i] + ' in Insights only: Setup unchanged', shouldbe: before, value: calls.setupFingerprint() });
    }
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_setup_refusals_insights_kept'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: 'mode=insights^step=tenant^tenant_domain=atf-contoso.onmicrosoft.com^EQ',
            assert: 'record_validated',
        })
    },
)

export const setupRefusedStepsChangeNothingInSuite = Record({
    $id: Now.ID['atf_suite_setup_refusals'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: setupRefusedStepsChangeNothing, order: 3630 },
})
