// Server-side scripts that several shipped ATF tests run as a step of their own (Fluent takes a
// script as a literal or a constant, never a built string). Each one only prepares data; the test
// rolls back what it wrote, so an instance where Setup already ran keeps its Setup afterwards.

/**
 * No connection to Microsoft while a test runs: the newest Setup row (created when there is none)
 * loses its tenant and outbound OAuth profile, so connector/connection.ts finds no connection and
 * the async rule that sends queued comments sends nothing. Outputs the Setup row's table and sys_id.
 */
export const NO_OUTBOUND_SETUP = `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupRecord = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-record.ts');
    var connection = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/connector/connection.ts');
    var setup = setupRecord.findOrCreateSetup();
    setup.setValue('tenant_domain', '');
    setup.setValue('outbound_profile', '');
    var id = setup.isNewRecord() ? setup.insert() : setup.update();
    assertEqual({ name: 'the Setup row was saved', shouldbe: true, value: !!id });
    assertEqual({ name: 'the app has no connection to Microsoft during this test', shouldbe: false, value: connection.readConnection().ok });
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = String(id);
    stepResult.setOutputMessage('Setup row ' + id + ' has no tenant and no outbound OAuth profile until the test rolls back.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`

/**
 * Setup as before an admin starts it: the Setup row the app uses, if there is one, loses its
 * consent, step, mode and completion. Outputs its table and sys_id ('' when the instance has none).
 */
export const FRESH_SETUP = `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupRecord = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-record.ts');
    var setup = setupRecord.findSetup();
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = '';
    if (!setup) {
        stepResult.setOutputMessage('This instance has no Setup row yet.');
        return true;
    }
    setup.setValue('consent', 'false');
    setup.setValue('consented_by', '');
    setup.setValue('step', 'consent');
    setup.setValue('mode', '');
    setup.setValue('completed', 'false');
    var id = setup.update();
    assertEqual({ name: 'the Setup row was reset', shouldbe: setup.getUniqueValue(), value: String(id) });
    outputs.record_id = String(id);
    stepResult.setOutputMessage('Setup row ' + id + ' has no consent, no mode and step consent until the test rolls back.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`

/**
 * The (impersonated) administrator agrees in Setup's first step, through the consent route the
 * Setup page posts to; outputs the Setup row's table and sys_id.
 */
export const ADMIN_CONSENTS = `(function (outputs, steps, params, stepResult, assertEqual) {
    var calls = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/route-call.ts');
    var consent = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/consent-route.ts');
    var setupRecord = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-record.ts');
    var answer = calls.callRoute(consent.postConsent, { body: { data: { agree: true } } });
    assertEqual({ name: 'consent answers 200', shouldbe: 200, value: answer.status });
    assertEqual({ name: 'the wizard moves to the environment step', shouldbe: 'environment', value: answer.body.step });
    var setup = setupRecord.findSetup();
    assertEqual({ name: 'a Setup row holds the consent', shouldbe: true, value: !!setup });
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setup.getUniqueValue();
    return true;
})(outputs, steps, params, stepResult, assertEqual);`
