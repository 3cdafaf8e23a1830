import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// Platform assumptions about the system log (docs/platform-fidelity.md: "Scoped logging", the
// syslog rows of "sys_ui_form_section and syslog from a scope", and "No public source ... the
// syslog source of scoped logging"). The app's logger (src/server/diagnostics/logger.ts) writes
// syslog rows with source x_mioms_m365_assit and, when the instance refuses that insert, logs
// through the scoped gs calls (source: the scope name). Each probe message carries a new GUID,
// handed to a Record Query step (which retries until its timeout, in case the instance writes
// log entries in the background). Log entries are not test data: they stay after the test.

export const appLogSourceTest = Test(
    {
        $id: Now.ID['atf_platform_log_source'],
        name: "Platform: the app's log entries reach the system log under x_mioms_m365_assit or the scope name",
        description:
            "Logs a message carrying a new GUID through the app's logger (logInfo) and asserts with Record Query that a syslog entry holding the GUID exists with source x_mioms_m365_assit (syslog accepted the app's insert) or x_mioms_m365_assis (refused: the scoped fallback), the two sources admins are told to filter on.",
        // The logger never tries an insert syslog's Application Access refuses, so no platform error is logged.
        failOnServerError: true,
    },
    (atf) => {
        const probe = atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_log_source_write'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var logger = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/diagnostics/logger.ts');
    assertEqual({ name: "The app's log source is the one Microsoft's troubleshooting guide names", shouldbe: 'x_mioms_m365_assit', value: logger.LOG_SOURCE });
    var marker = String(gs.generateGUID());
    logger.logInfo('ATF log source probe ' + marker);
    outputs.table = 'syslog';
    outputs.record_id = marker;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_log_source_found'],
            table: 'syslog',
            fieldValues: `messageLIKE${probe.record_id}^sourceINx_mioms_m365_assit,x_mioms_m365_assis`,
            assert: 'records_match_query',
        })
    },
)

export const scopedLogSourceTest = Test(
    {
        $id: Now.ID['atf_platform_scoped_log_source'],
        name: 'Platform: scoped gs.info and gs.warn log under the scope name x_mioms_m365_assis',
        description:
            "Logs two messages carrying a new GUID with the scoped gs.info and gs.warn (the app's fallback when syslog refuses its entries) and asserts with Record Query that syslog holds each with source x_mioms_m365_assis, the source docs/admin tell admins to filter on in that case.",
        failOnServerError: true,
    },
    (atf) => {
        const probe = atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_scoped_log_source_write'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var marker = String(gs.generateGUID());
    assertEqual({ name: 'The test runs in the app scope x_mioms_m365_assis (the source the scoped log calls use)', shouldbe: 'x_mioms_m365_assis', value: String(gs.getCurrentScopeName()) });
    gs.info('ATF scoped info probe ' + marker);
    gs.warn('ATF scoped warn probe ' + marker);
    outputs.table = 'syslog';
    outputs.record_id = marker;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_scoped_log_source_info'],
            table: 'syslog',
            fieldValues: `source=x_mioms_m365_assis^messageLIKEATF scoped info probe ${probe.record_id}`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_scoped_log_source_warn'],
            table: 'syslog',
            fieldValues: `source=x_mioms_m365_assis^messageLIKEATF scoped warn probe ${probe.record_id}^level=1`,
            assert: 'records_match_query',
        })
    },
)

export const syslogAccessTest = Test(
    {
        $id: Now.ID['atf_platform_syslog_access'],
        name: "Platform: syslog accepts or refuses the app scope's insert as its application access says, and a refusal writes nothing",
        description:
            "Reads syslog's Can create setting (sys_db_object.create_access), inserts a syslog row with source x_mioms_m365_assit from the app scope and asserts the insert succeeded exactly when Can create allows it, that a refused insert returned null, threw nothing and wrote nothing, and that an accepted one is readable; it reports which side this instance took.",
        // A refused insert makes the platform log "Security restricted: ... cross-scope access policy".
        failOnServerError: false,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_syslog_access_script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var booleans = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/booleans.ts');
    var table = new GlideRecord('sys_db_object');
    table.addQuery('name', 'syslog');
    table.query();
    var stated = table.next() ? table.getValue('create_access') : null;
    var marker = String(gs.generateGUID());
    var thrown = '';
    var id = null;
    try {
        var entry = new GlideRecord('syslog');
        entry.initialize();
        entry.setValue('level', '0');
        entry.setValue('source', 'x_mioms_m365_assit');
        entry.setValue('message', 'ATF syslog access probe ' + marker);
        id = entry.insert();
    } catch (e) {
        thrown = String(e);
    }
    assertEqual({ name: 'An insert into syslog from the app scope throws nothing, accepted or refused (the app\\'s logger relies on a null result)', shouldbe: '', value: thrown });
    var written = new GlideRecord('syslog');
    written.addQuery('message', 'ATF syslog access probe ' + marker);
    written.query();
    var found = written.next();
    if (id) {
        assertEqual({ name: 'An accepted syslog insert is readable with source x_mioms_m365_assit', shouldbe: 'x_mioms_m365_assit', value: found ? String(written.getValue('source')) : '' });
    } else {
        assertEqual({ name: 'A refused syslog insert writes nothing (KB0727180: the cross-scope access policy refuses without an exception)', shouldbe: false, value: found });
    }
    if (stated !== null && stated !== '') {
        assertEqual({ name: "syslog's insert from the app scope " + (id ? 'succeeded' : 'was refused') + ' while its Can create (sys_db_object.create_access) is ' + stated + ' (the sandbox decides by that setting)', shouldbe: booleans.isTrue(stated), value: !!id });
    }
    stepResult.setOutputMessage('crossScopeSyslogWrite: this instance ' + (id ? "accepts the app's syslog entries (source x_mioms_m365_assit; the sandbox's lenient side)" : "refuses the app's syslog entries; the app logs under x_mioms_m365_assis (the sandbox's strict side)") + '; syslog create_access=' + stated);
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const appLogSourceInSuite = Record({
    $id: Now.ID['atf_platform_log_source_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: appLogSourceTest, order: 1300 },
})
export const scopedLogSourceInSuite = Record({
    $id: Now.ID['atf_platform_scoped_log_source_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: scopedLogSourceTest, order: 1310 },
})
export const syslogAccessInSuite = Record({
    $id: Now.ID['atf_platform_syslog_access_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: syslogAccessTest, order: 1320 },
})
