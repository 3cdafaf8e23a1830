import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// Platform assumptions about True/False fields (docs/platform-fidelity.md, "Values, fields and the
// dictionary"), checked on the instance the app is installed on. The probes are status-mapping
// rows (x_mioms_m365_assis_status_map.active is the app's True/False field with a unique key):
// every row the test writes is rolled back when it ends. Each assertion's name says what the app
// assumes, so a failure reads as the difference between this instance and the app's sandbox.

export const booleanReadsTest = Test(
    {
        $id: Now.ID['atf_platform_boolean_reads'],
        name: 'Platform: a True/False field reads as 1/0 through getValue and true/false as text',
        description:
            'Inserts two status-mapping rows with Active true and false, validates them with Record Validation (active=true / active=false), then reads them back in a script and asserts getValue gives "1"/"0" while String(), toString() and getDisplayValue() give "true"/"false", as the app\'s sandbox does.',
        failOnServerError: true,
    },
    (atf) => {
        const trueRow = atf.server.recordInsert({
            $id: Now.ID['atf_platform_boolean_reads_insert_true'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: { microsoft_status: 'atfProbeBooleanTrue', incident_state: 2, active: true },
            assert: 'record_successfully_inserted',
        })
        const falseRow = atf.server.recordInsert({
            $id: Now.ID['atf_platform_boolean_reads_insert_false'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: { microsoft_status: 'atfProbeBooleanFalse', incident_state: 2, active: false },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_platform_boolean_reads_validate_true'],
            table: 'x_mioms_m365_assis_status_map',
            recordId: trueRow.record_id,
            fieldValues: 'active=true^microsoft_status=atfProbeBooleanTrue',
            assert: 'record_validated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_platform_boolean_reads_validate_false'],
            table: 'x_mioms_m365_assis_status_map',
            recordId: falseRow.record_id,
            fieldValues: 'active=false^microsoft_status=atfProbeBooleanFalse',
            assert: 'record_validated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_boolean_reads_script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    function probe(status) {
        var gr = new GlideRecord('x_mioms_m365_assis_status_map');
        gr.addQuery('microsoft_status', status);
        gr.query();
        assertEqual({ name: 'The test finds its status-mapping probe ' + status, shouldbe: true, value: gr.next() });
        return gr;
    }
    var yes = probe('atfProbeBooleanTrue');
    assertEqual({ name: "Boolean getValue returns '1' for true (the app's sandbox assumes '1'; see docs/platform-fidelity.md)", shouldbe: '1', value: String(yes.getValue('active')) });
    assertEqual({ name: "Boolean String(gr.field) returns 'true' for true (the app's sandbox assumes 'true')", shouldbe: 'true', value: String(yes.active) });
    assertEqual({ name: "Boolean gr.field.toString() returns 'true' for true (the app's sandbox assumes 'true')", shouldbe: 'true', value: String(yes.active.toString()) });
    assertEqual({ name: "Boolean getDisplayValue() returns 'true' for true (the app's sandbox shows the stored 'true'; the app never reads it)", shouldbe: 'true', value: String(yes.active.getDisplayValue()) });
    var no = probe('atfProbeBooleanFalse');
    assertEqual({ name: "Boolean getValue returns '0' for false (the app's sandbox assumes '0'; see docs/platform-fidelity.md)", shouldbe: '0', value: String(no.getValue('active')) });
    assertEqual({ name: "Boolean String(gr.field) returns 'false' for false (the app's sandbox assumes 'false')", shouldbe: 'false', value: String(no.active) });
    assertEqual({ name: "Boolean gr.field.toString() returns 'false' for false (the app's sandbox assumes 'false')", shouldbe: 'false', value: String(no.active.toString()) });
    assertEqual({ name: "Boolean getDisplayValue() returns 'false' for false (the app's sandbox shows the stored 'false'; the app never reads it)", shouldbe: 'false', value: String(no.active.getDisplayValue()) });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const booleanReaderTest = Test(
    {
        $id: Now.ID['atf_platform_boolean_reader'],
        name: "App: the boolean reader reads both stored spellings of a True/False field",
        description:
            "Calls the app's one boolean reader (src/server/platform/booleans.ts) on '1'/'0', 'true'/'false' and the booleans, then saves status-mapping rows with Active set as true, 'true', '1', 1 and false, 'false', '0', 0 and asserts booleanField() reads each saved row back as the value set.",
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_boolean_reader_spellings'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var booleans = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/booleans.ts');
    var trueSpellings = ['1', 'true', 'TRUE', ' true '];
    for (var i = 0; i < trueSpellings.length; i++) {
        assertEqual({ name: "The app's isTrue reads '" + trueSpellings[i] + "' as true (getValue gives '1', String() gives 'true')", shouldbe: true, value: booleans.isTrue(trueSpellings[i]) });
    }
    var falseSpellings = ['0', 'false', '', null];
    for (var j = 0; j < falseSpellings.length; j++) {
        assertEqual({ name: "The app's isTrue reads '" + falseSpellings[j] + "' as false", shouldbe: false, value: booleans.isTrue(falseSpellings[j]) });
    }
    assertEqual({ name: "The app's parseBoolean reads a property '0' as false whatever the fallback", shouldbe: false, value: booleans.parseBoolean('0', true) });
    assertEqual({ name: "The app's parseBoolean reads a property 'true' as true whatever the fallback", shouldbe: true, value: booleans.parseBoolean('true', false) });
    assertEqual({ name: "The app's parseBoolean gives the fallback for an empty property", shouldbe: true, value: booleans.parseBoolean('', true) });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_boolean_reader_saved'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var booleans = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/booleans.ts');
    var cases = [
        { label: 'true', value: true, expected: true },
        { label: "'true'", value: 'true', expected: true },
        { label: "'1'", value: '1', expected: true },
        { label: '1', value: 1, expected: true },
        { label: 'false', value: false, expected: false },
        { label: "'false'", value: 'false', expected: false },
        { label: "'0'", value: '0', expected: false },
        { label: '0', value: 0, expected: false }
    ];
    for (var i = 0; i < cases.length; i++) {
        var row = new GlideRecord('x_mioms_m365_assis_status_map');
        row.initialize();
        row.setValue('microsoft_status', 'atfProbeBooleanSpelling' + i);
        row.setValue('incident_state', 2);
        row.setValue('active', cases[i].value);
        var id = row.insert();
        assertEqual({ name: 'The test saves a status-mapping probe with Active set to ' + cases[i].label, shouldbe: true, value: !!id });
        var saved = new GlideRecord('x_mioms_m365_assis_status_map');
        saved.get(id);
        assertEqual({ name: "Active set to " + cases[i].label + " is read back as " + cases[i].expected + " by the app's booleanField (the platform accepts this spelling and stores true/false)", shouldbe: cases[i].expected, value: booleans.booleanField(saved, 'active') });
        assertEqual({ name: "Active set to " + cases[i].label + " reads back through getValue as '" + (cases[i].expected ? '1' : '0') + "'", shouldbe: cases[i].expected ? '1' : '0', value: String(saved.getValue('active')) });
    }
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const booleanQueryTest = Test(
    {
        $id: Now.ID['atf_platform_boolean_queries'],
        name: 'Platform: queries on a True/False field match true and 1 alike',
        description:
            "Inserts an active status-mapping row and asserts with Record Query that active=1 and active=true both find it and active=0 does not; then the app's mappingFor() (which queries active=true) finds the row, and no longer does once a script sets Active to '0'.",
        failOnServerError: true,
    },
    (atf) => {
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_boolean_queries_insert'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: { microsoft_status: 'atfProbeBooleanQuery', incident_state: 2, active: true },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_boolean_queries_one'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: 'microsoft_status=atfProbeBooleanQuery^active=1',
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_boolean_queries_true'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: 'microsoft_status=atfProbeBooleanQuery^active=true',
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_boolean_queries_zero'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: 'microsoft_status=atfProbeBooleanQuery^active=0',
            assert: 'no_records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_boolean_queries_app'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var statusMap = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/inbound/status-map.ts');
    var found = statusMap.mappingFor('atfProbeBooleanQuery');
    assertEqual({ name: "The app's status mapping query active=true finds a row saved with Active true", shouldbe: true, value: found !== null });
    var row = new GlideRecord('x_mioms_m365_assis_status_map');
    row.addQuery('microsoft_status', 'atfProbeBooleanQuery');
    row.query();
    row.next();
    row.setValue('active', '0');
    assertEqual({ name: "The test sets the probe's Active to '0'", shouldbe: true, value: !!row.update() });
    assertEqual({ name: "The app's status mapping query active=true skips a row whose Active was set to '0'", shouldbe: true, value: statusMap.mappingFor('atfProbeBooleanQuery') === null });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const booleanReadsInSuite = Record({
    $id: Now.ID['atf_platform_boolean_reads_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: booleanReadsTest, order: 1000 },
})
export const booleanReaderInSuite = Record({
    $id: Now.ID['atf_platform_boolean_reader_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: booleanReaderTest, order: 1010 },
})
export const booleanQueryInSuite = Record({
    $id: Now.ID['atf_platform_boolean_queries_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: booleanQueryTest, order: 1020 },
})
