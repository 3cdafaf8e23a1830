import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'
import { insightsUser } from '../roles.now'

// Platform assumptions about tables (docs/platform-fidelity.md: the cross-scope rows of
// "Security: ACLs, roles, cross-scope access", "New app tables' application access", "Unique
// indexes"). The cross-scope reads are the ones src/fluent/cross-scope.now.ts declares; each is
// checked from the app scope (every step of these tests runs in it) on a record the instance
// always has or the test creates. Data the tests write is rolled back when each test ends.

export const crossScopeReadsTest = Test(
    {
        $id: Now.ID['atf_platform_cross_scope_reads'],
        name: "Platform: each table the app reads from another scope answers the app scope's reads",
        description:
            "For every table src/fluent/cross-scope.now.ts declares a read privilege for, asserts from the app scope that the table exists and its application access allows reads (sys_db_object.read_access), then reads a record each table is known to hold (the running user, the app's role, script include, section and tables, a user the test creates with the app role) with scripts and Record Query.",
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_cross_scope_reads_tables'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var booleans = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/booleans.ts');
    // The read privileges of src/fluent/cross-scope.now.ts.
    var tables = ['oauth_entity', 'oauth_entity_profile', 'oauth_oidc_entity', 'sys_user', 'sys_user_has_role', 'incident', 'sys_journal_field',
        'sys_ui_form', 'sys_ui_form_section', 'sys_user_group', 'sys_db_object', 'oauth_entity_scope', 'oauth_entity_profile_scope',
        'sys_script_include', 'sys_user_role', 'sys_ui_section', 'sys_choice'];
    for (var i = 0; i < tables.length; i++) {
        assertEqual({ name: 'The app reads ' + tables[i] + ': the table exists on this instance', shouldbe: true, value: new GlideRecord(tables[i]).isValid() });
        var definition = new GlideRecord('sys_db_object');
        definition.addQuery('name', tables[i]);
        definition.query();
        var found = definition.next();
        assertEqual({ name: 'The app reads ' + tables[i] + ': its sys_db_object row is readable from the app scope', shouldbe: true, value: found });
        var readAccess = found ? definition.getValue('read_access') : null;
        assertEqual({ name: 'The app reads ' + tables[i] + ": its application access allows reads from other scopes (Can read; a cleared one makes the app's reads silently empty)", shouldbe: true, value: readAccess === null || readAccess === '' || booleans.isTrue(readAccess) });
    }
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_cross_scope_reads_user'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var user = new GlideRecord('sys_user');
    assertEqual({ name: 'The app scope reads sys_user: the running user is found by sys_id (the inbound caller check reads it)', shouldbe: true, value: user.get(gs.getUserID()) });
    var byName = new GlideRecord('sys_user');
    byName.addQuery('user_name', gs.getUserName());
    byName.query();
    assertEqual({ name: 'The app scope reads sys_user: the running user is found by user name (Setup finds the integration user so)', shouldbe: String(gs.getUserID()), value: byName.next() ? byName.getUniqueValue() : '' });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_cross_scope_reads_app_records'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    function finds(table, field, value, why) {
        var gr = new GlideRecord(table);
        gr.addQuery(field, value);
        gr.query();
        assertEqual({ name: 'The app scope reads ' + table + ': ' + why, shouldbe: true, value: gr.next() });
    }
    finds('sys_user_role', 'name', 'x_mioms_m365_assis.insights_user', "the app's insights_user role (Setup checks roles by name)");
    finds('sys_user_role', 'name', 'incident_manager', 'the incident_manager role (Setup warns when the integration user lacks it)');
    finds('sys_script_include', 'name', 'OAuthM365Util', "the app's OAuth API script include (Setup references it)");
    finds('sys_ui_section', 'caption', 'Microsoft 365', "the app's incident section (Setup attaches it)");
    finds('sys_db_object', 'name', 'x_mioms_m365_assis_case', "the app's tables (Setup tells a refused read from an empty table by their application access)");
    finds('sys_choice', 'name', 'incident', 'the incident choices (the app reads close_code choices)');
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf_platform_cross_scope_reads_create_user'],
            firstName: 'ATF',
            lastName: 'Cross-scope reader',
            fieldValues: {},
            groups: [],
            roles: [insightsUser],
            impersonate: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_cross_scope_reads_user_role'],
            table: 'sys_user_has_role',
            fieldValues: `user=${agent.user}`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_cross_scope_reads_new_user'],
            table: 'sys_user',
            fieldValues: `sys_id=${agent.user}^last_name=Cross-scope reader`,
            assert: 'records_match_query',
        })
    },
)

export const appTableAccessTest = Test(
    {
        $id: Now.ID['atf_platform_app_table_access'],
        name: "Platform: the app's tables allow other application scopes to read only",
        description:
            "Reads the application access (sys_db_object read/create/update/delete_access) of every table the app ships and asserts other scopes may read but not create, update or delete, as the app was built (the platform's default for new application tables).",
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_app_table_access_script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var booleans = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/booleans.ts');
    var tables = new GlideRecord('sys_db_object');
    tables.addQuery('name', 'STARTSWITH', 'x_mioms_m365_assis_');
    tables.query();
    var count = 0;
    while (tables.next()) {
        count++;
        var name = String(tables.getValue('name'));
        assertEqual({ name: name + ': other scopes can read it (Can read)', shouldbe: true, value: booleans.booleanField(tables, 'read_access') });
        assertEqual({ name: name + ': other scopes cannot create rows (Can create cleared)', shouldbe: false, value: booleans.booleanField(tables, 'create_access') });
        assertEqual({ name: name + ': other scopes cannot update rows (Can update cleared)', shouldbe: false, value: booleans.booleanField(tables, 'update_access') });
        assertEqual({ name: name + ': other scopes cannot delete rows (Can delete cleared)', shouldbe: false, value: booleans.booleanField(tables, 'delete_access') });
    }
    assertEqual({ name: "The app's tables are installed (sys_db_object rows named x_mioms_m365_assis_*)", shouldbe: true, value: count >= 9 });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const uniqueIndexTest = Test(
    {
        $id: Now.ID['atf_platform_unique_index'],
        name: "Platform: the app's unique indexes refuse a second row with the same key",
        description:
            "For each unique index the app's tables declare (status mapping's Microsoft status, sync state's feed, service health issue id, case number, and a communication's case + message id), inserts a row, then asserts with Record Insert that a second row with the same key is not inserted while a row with another key is; a script checks the refused insert returned null and wrote nothing.",
        // The database's refusal is logged by the platform ("Unique Key violation detected by database").
        failOnServerError: false,
    },
    (atf) => {
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_status_first'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: { microsoft_status: 'atfProbeUnique', incident_state: 2, active: true },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_status_second'],
            table: 'x_mioms_m365_assis_status_map',
            fieldValues: { microsoft_status: 'atfProbeUnique', incident_state: 3, active: true },
            assert: 'record_not_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_feed_first'],
            table: 'x_mioms_m365_assis_health_sync',
            fieldValues: { feed: 'atfProbeUnique' },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_feed_second'],
            table: 'x_mioms_m365_assis_health_sync',
            fieldValues: { feed: 'atfProbeUnique' },
            assert: 'record_not_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_issue_first'],
            table: 'x_mioms_m365_assis_health_issue',
            fieldValues: { issue_id: 'ATF000001', title: 'ATF probe issue' },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_issue_second'],
            table: 'x_mioms_m365_assis_health_issue',
            fieldValues: { issue_id: 'ATF000001', title: 'ATF probe issue, again' },
            assert: 'record_not_inserted',
        })
        // Record Insert fills every mandatory field: a case needs its incident.
        const probeIncident = atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF probe: unique indexes' },
            assert: 'record_successfully_inserted',
        })
        const firstCase = atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_case_first'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: { case_number: 'ATF-PROBE-UNIQUE-1', incident: probeIncident.record_id, title: 'ATF probe case' },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_case_second'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: { case_number: 'ATF-PROBE-UNIQUE-1', incident: probeIncident.record_id, title: 'ATF probe case, again' },
            assert: 'record_not_inserted',
        })
        const otherCase = atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_case_other'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: { case_number: 'ATF-PROBE-UNIQUE-2', incident: probeIncident.record_id, title: 'ATF probe case two' },
            assert: 'record_successfully_inserted',
        })
        // Communications from Microsoft (a row to Microsoft would be sent by the app's async rule).
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_message_first'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: { case: firstCase.record_id, message_id: 'atf-probe-unique-message', direction: 'fromMicrosoft', state: 'received' },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_message_second'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: { case: firstCase.record_id, message_id: 'atf-probe-unique-message', direction: 'fromMicrosoft', state: 'received' },
            assert: 'record_not_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_platform_unique_index_message_other_case'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: { case: otherCase.record_id, message_id: 'atf-probe-unique-message', direction: 'fromMicrosoft', state: 'received' },
            assert: 'record_successfully_inserted',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_unique_index_script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var communications = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/inbound/communications.ts');
    var probeCase = new GlideRecord('x_mioms_m365_assis_case');
    probeCase.addQuery('case_number', 'ATF-PROBE-UNIQUE-1');
    probeCase.query();
    assertEqual({ name: 'The test finds its probe case', shouldbe: true, value: probeCase.next() });
    var again = new GlideRecord('x_mioms_m365_assis_communication');
    again.initialize();
    again.setValue('case', probeCase.getUniqueValue());
    again.setValue('message_id', 'atf-probe-unique-message');
    again.setValue('direction', 'fromMicrosoft');
    again.setValue('state', 'received');
    var thrown = '';
    var id = null;
    try {
        id = again.insert();
    } catch (e) {
        thrown = String(e);
    }
    assertEqual({ name: 'A second communication with the same case and message id throws nothing (the app reads a null insert as a lost race)', shouldbe: '', value: thrown });
    assertEqual({ name: 'A second communication with the same case and message id is refused: insert() returns null', shouldbe: true, value: !id });
    var rows = new GlideRecord('x_mioms_m365_assis_communication');
    rows.addQuery('case', probeCase.getUniqueValue());
    rows.addQuery('message_id', 'atf-probe-unique-message');
    rows.query();
    var count = 0;
    while (rows.next()) count++;
    assertEqual({ name: 'The refused insert wrote nothing: one row holds the key', shouldbe: 1, value: count });
    assertEqual({ name: "The app's findMessage finds the row that won (how a post that lost the race answers 'duplicate')", shouldbe: true, value: communications.findMessage(probeCase.getUniqueValue(), 'atf-probe-unique-message') !== null });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const crossScopeReadsInSuite = Record({
    $id: Now.ID['atf_platform_cross_scope_reads_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: crossScopeReadsTest, order: 1500 },
})
export const appTableAccessInSuite = Record({
    $id: Now.ID['atf_platform_app_table_access_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: appTableAccessTest, order: 1510 },
})
export const uniqueIndexInSuite = Record({
    $id: Now.ID['atf_platform_unique_index_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: uniqueIndexTest, order: 1520 },
})
