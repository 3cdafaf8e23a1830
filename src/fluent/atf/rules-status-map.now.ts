import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// The business rule "Microsoft 365: status mapping resolution code must be a valid choice" (before
// insert and update on x_mioms_m365_assis_status_map, condition close_code changes;
// src/fluent/inbound/status-map-check.now.ts, script checkStatusMapCloseCode in
// src/server/inbound/status-map.ts): both trigger paths, both sides. Resolution codes differ
// between releases, so the valid code is read from this instance's incident.close_code choices at
// run time (the app's close-codes module), never written into the test.

export const statusMapCloseCode = Test(
    {
        $id: Now.ID['atf_rules_status_map_close_code'],
        name: "Business rule: a status mapping may only name one of this instance's resolution codes (insert and update)",
        description:
            "Inserts and updates x_mioms_m365_assis_status_map rows with Record Insert / Record Update: a resolution code that is not an incident close_code choice is refused on insert and on update (the row stays as it was), a row without a code is accepted, and a code read from this instance's choices is accepted on update and on insert.",
        failOnServerError: true,
    },
    (atf) => {
        atf.server.recordInsert({
            $id: Now.ID['atf_rules_status_map_insert_invalid'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: { microsoft_status: 'atfInvalidCode', incident_state: 6, close_code: 'ATF not a resolution code', active: false },
            assert: 'record_not_inserted',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_status_map_invalid_absent'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: 'microsoft_status=atfInvalidCode^EQ',
            assert: 'no_records_match_query',
        })
        // No code: the rule's condition (close_code changes) does not hold.
        const mapping = atf.server.recordInsert({
            $id: Now.ID['atf_rules_status_map_insert_no_code'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: { microsoft_status: 'atfNoCode', incident_state: 2, active: false },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_status_map_update_invalid'],
            table: 'x_mioms_m365_assis_status_map',
            recordId: mapping.record_id,
            fieldValues: { close_code: 'ATF not a resolution code' },
            assert: 'record_not_updated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_rules_status_map_unchanged'],
            table: 'x_mioms_m365_assis_status_map',
            recordId: mapping.record_id,
            fieldValues: 'close_codeISEMPTY^microsoft_status=atfNoCode^EQ',
            assert: 'record_validated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_rules_status_map_valid_code'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var closeCodes = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/incidents/close-codes.ts');
    var choices = closeCodes.closeCodes();
    assertEqual({ name: 'this instance offers incident resolution codes the app can read', shouldbe: true, value: choices.length > 0 });
    var code = choices[0].value;
    var mapping = new GlideRecord('x_mioms_m365_assis_status_map');
    assertEqual({ name: 'the mapping without a code exists', shouldbe: true, value: mapping.get('microsoft_status', 'atfNoCode') });
    mapping.setValue('close_code', code);
    assertEqual({ name: 'an update to a valid code is accepted', shouldbe: mapping.getUniqueValue(), value: String(mapping.update()) });
    var reread = new GlideRecord('x_mioms_m365_assis_status_map');
    reread.get(mapping.getUniqueValue());
    assertEqual({ name: 'the valid code is saved', shouldbe: code, value: reread.getValue('close_code') });
    var added = new GlideRecord('x_mioms_m365_assis_status_map');
    added.initialize();
    added.setValue('microsoft_status', 'atfValidCode');
    added.setValue('incident_state', '6');
    added.setValue('close_code', code);
    added.setValue('active', 'false');
    assertEqual({ name: 'an insert with a valid code is accepted', shouldbe: true, value: !!added.insert() });
    stepResult.setOutputMessage('Accepted the resolution code ' + code + ' on update and insert.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_status_map_valid_inserted'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: 'microsoft_status=atfValidCode^close_codeISNOTEMPTY^EQ',
            assert: 'records_match_query',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_rules_status_map_valid_updated'],
            table: 'x_mioms_m365_assis_status_map',
            recordId: mapping.record_id,
            fieldValues: 'close_codeISNOTEMPTY^close_code!=ATF not a resolution code^EQ',
            assert: 'record_validated',
        })
    },
)

export const statusMapCloseCodeInSuite = Record({
    $id: Now.ID['atf_suite_rules_status_map_close_code'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: statusMapCloseCode, order: 3100 },
})
