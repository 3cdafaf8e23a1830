import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { administrator } from '../roles.now'
import { verificationSuite } from './suite.now'
import { ADMIN_CONSENTS, FRESH_SETUP } from './fixtures'

// Setup's first rule (src/server/setup/wizard-steps.ts canEnter, consent-route.ts): nothing is
// configured before the administrator agrees, and a refused request writes nothing. The routes
// are called in-process as an administrator the test creates (src/server/atf/route-call.ts);
// no step here calls Microsoft. The test starts from Setup as it is before an admin starts it
// (fixtures.ts FRESH_SETUP) and rolls back, so an instance where Setup already ran keeps it.

export const setupNeedsConsent = Test(
    {
        $id: Now.ID['atf_setup_consent_required'],
        name: 'Setup: no step is accepted before the administrator agrees, and a refused step changes nothing',
        description:
            "As an administrator the test creates, posts every Setup step with valid-looking input before consent and asserts each answers 400 with the catalogue's SETUP_CONSENT_REQUIRED message while the Setup rows stay identical (before/after fingerprint); a consent without an explicit agreement is refused the same way; then the agreement is recorded (consent, who, step environment).",
        failOnServerError: true,
    },
    (atf) => {
        const admin = atf.server.createUser({
            $id: Now.ID['atf_setup_consent_admin'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 administrator',
            fieldValues: { user_name: 'atf.m365.setup.consent' },
            roles: [administrator],
            groups: [],
            impersonate: true,
        })
        atf.server.runServerSideScript({ $id: Now.ID['atf_setup_consent_fresh'], script: FRESH_SETUP })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_consent_steps_refused'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var routes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts');
    var catalogue = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/messages/catalogue.ts');
    var inputs = {
        environment: { mode: 'basic', testEnvironment: true },
        tenant: { tenantDomain: 'contoso.onmicrosoft.com' },
        outbound: { profileId: '0123456789abcdef0123456789abcdef' },
        inbound: { useOidc: false, entityId: '0123456789abcdef0123456789abcdef' },
        user: { userId: '0123456789abcdef0123456789abcdef' },
        repository: { repositoryId: 'atf-repository' },
        settings: { ssoEnabled: false, adminEmail: 'admin@contoso.onmicrosoft.com', testEnvironment: true }
    };
    var names = ['environment', 'tenant', 'outbound', 'inbound', 'user', 'repository', 'settings'];
    for (var i = 0; i < names.length; i++) {
        var before = calls.setupFingerprint();
        var answer = calls.callRoute(routes.postSetupStep, { pathParams: { step: names[i] }, body: { data: inputs[names[i]] } });
        assertEqual({ name: names[i] + ' before consent: status', shouldbe: 400, value: answer.status });
        assertEqual({ name: names[i] + ' before consent: code', shouldbe: 'SETUP_CONSENT_REQUIRED', value: calls.refusalCode(answer) });
        assertEqual({ name: names[i] + ' before consent: message', shouldbe: catalogue.MESSAGES.SETUP_CONSENT_REQUIRED, value: answer.body.error.message });
        assertEqual({ name: names[i] + ' before consent: Setup unchanged', shouldbe: before, value: calls.setupFingerprint() });
    }
    stepResult.setOutputMessage('All ' + names.length + ' steps were refused before consent; Setup stayed ' + calls.setupFingerprint());
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_setup_consent_needs_agree'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var consent = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/consent-route.ts');
    var bodies = [{}, { agree: false }, { agree: 'true' }, { agree: 1 }];
    for (var i = 0; i < bodies.length; i++) {
        var before = calls.setupFingerprint();
        var answer = calls.callRoute(consent.postConsent, { body: { data: bodies[i] } });
        assertEqual({ name: 'consent ' + JSON.stringify(bodies[i]) + ': status', shouldbe: 400, value: answer.status });
        assertEqual({ name: 'consent ' + JSON.stringify(bodies[i]) + ': Setup unchanged', shouldbe: before, value: calls.setupFingerprint() });
    }
    var none = calls.callRoute(consent.postConsent, {});
    assertEqual({ name: 'consent without a body: status', shouldbe: 400, value: none.status });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_setup_consent_not_recorded'],
            table: 'x_mioms_m365_assis_setup',
            fieldValues: `consented_by=${admin.user}^EQ`,
            assert: 'no_records_match_query',
        })
        atf.server.runServerSideScript({ $id: Now.ID['atf_setup_consent_agrees'], script: ADMIN_CONSENTS })
        atf.server.recordQuery({
            $id: Now.ID['atf_setup_consent_recorded'],
            table: 'x_mioms_m365_assis_setup',
            fieldValues: `consent=true^consented_by=${admin.user}^step=environment^EQ`,
            assert: 'records_match_query',
        })
    },
)

export const setupNeedsConsentInSuite = Record({
    $id: Now.ID['atf_suite_setup_consent_required'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: setupNeedsConsent, order: 3600 },
})
