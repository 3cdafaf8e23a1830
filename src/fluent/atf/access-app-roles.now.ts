import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'
import { verificationSuite } from './suite.now'

// Roles and ACLs of the app's own REST APIs and UI page, proved with requests as users the test
// creates. Each request as a particular user needs that user, a password and a basic auth profile
// (sys_auth_profile_basic) for the REST step (docs "REST test steps": without a profile the request
// runs as whoever runs the test). A "Create a User" step makes the user; the script step after it
// gives it a random password and a profile (src/server/atf/test-users.ts) and reads the user with
// steps('<sys_id of the Create a User step>').user, the documented way a script reads an earlier
// step's output - so those steps have literal sys_ids, repeated in the script. Out-of-box roles
// (itil) are looked up by name with a Record Query; a role written as a name string would not be
// a valid sys_user_role reference. The SDK 4.9.0 build cannot put a step output inside the roles
// array (`[insightsUser, itil.first_record]` fails with "Cannot convert a Symbol value to a
// string", a template element is written as "Symbol(Now.UNRESOLVED)"), but writes a template
// string as the comma-separated list the glide_list input holds: so a user with an out-of-box
// role gets all its roles looked up and passed as one template string (typed as an array in the
// SDK, hence the ts-expect-error). The rollback removes users, profiles and records.

export const insightsUserCannotCallSetup = Test(
    {
        $id: Now.ID['atf_acc_setup_api'],
        name: 'Roles: an insights user cannot call the Setup API; an administrator can',
        description:
            'Sends GET /api/x_mioms_m365_assis/v1/setup/state as a new user with only x_mioms_m365_assis.insights_user and asserts 403 (route ACL x_mioms_m365_assis.administrator_api), then as a new user with x_mioms_m365_assis.administrator and asserts 200 with the wizard state.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: '3cd6dc93e7fa4d39a12464feac724850',
            firstName: 'M365 ATF',
            lastName: 'Insights user',
            roles: [insightsUser],
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const insightsProfile = atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_setup_api_insights_profile'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var profile = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/test-users.ts').createBasicAuthProfile(steps('3cd6dc93e7fa4d39a12464feac724850').user);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile;
    stepResult.setOutputMessage(profile ? 'Basic auth profile ' + profile : 'No basic auth profile: see the system log');
    return !!profile;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.createUser({
            $id: '75959d6cda924d1ea9d7452b1f8f6a08',
            firstName: 'M365 ATF',
            lastName: 'Administrator',
            roles: [administrator],
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const adminProfile = atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_setup_api_admin_profile'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var profile = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/test-users.ts').createBasicAuthProfile(steps('75959d6cda924d1ea9d7452b1f8f6a08').user);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile;
    stepResult.setOutputMessage(profile ? 'Basic auth profile ' + profile : 'No basic auth profile: see the system log');
    return !!profile;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_acc_setup_api_insights_get'],
            method: 'get',
            path: '/api/x_mioms_m365_assis/v1/setup/state',
            auth: 'basic',
            basicAuthentication: insightsProfile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_acc_setup_api_insights_403'], operation: 'equals', statusCode: 403 })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_acc_setup_api_admin_get'],
            method: 'get',
            path: '/api/x_mioms_m365_assis/v1/setup/state',
            auth: 'basic',
            basicAuthentication: adminProfile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_acc_setup_api_admin_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_acc_setup_api_admin_state'],
            elementName: '/result/viewing',
            elementValue: '',
            operation: 'exists',
        })
    },
)

export const insightsUserCannotOpenCase = Test(
    {
        $id: Now.ID['atf_acc_open_case'],
        name: 'Roles: an insights user cannot open a Microsoft case; an administrator reaches the case route',
        description:
            'Posts the same invalid case form to POST /api/x_mioms_m365_assis/v1/panel/incidents/{incident}/case as a new agent with x_mioms_m365_assis.insights_user (asserts 403, route ACL administrator_api) and as a new agent with x_mioms_m365_assis.administrator (asserts 400 CASE_TITLE_INVALID: past the ACL and role check, refused before any Microsoft call), and asserts no case row exists for the incident.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf_acc_open_case_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        const insightsRole = atf.server.recordQuery({
            $id: Now.ID['atf_acc_open_case_insights_role'],
            table: 'sys_user_role',
            fieldValues: 'name=x_mioms_m365_assis.insights_user',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        const administratorRole = atf.server.recordQuery({
            $id: Now.ID['atf_acc_open_case_administrator_role'],
            table: 'sys_user_role',
            fieldValues: 'name=x_mioms_m365_assis.administrator',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf_acc_open_case_incident'],
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: case route roles' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: '7d9ee4340bbb4ad9b4472fc36267a055',
            firstName: 'M365 ATF',
            lastName: 'Insights agent',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${insightsRole.first_record},${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const insightsProfile = atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_open_case_insights_profile'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var profile = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/test-users.ts').createBasicAuthProfile(steps('7d9ee4340bbb4ad9b4472fc36267a055').user);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile;
    stepResult.setOutputMessage(profile ? 'Basic auth profile ' + profile : 'No basic auth profile: see the system log');
    return !!profile;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.createUser({
            $id: 'b4f65898aabc42d296864a31c90ad4b9',
            firstName: 'M365 ATF',
            lastName: 'Administrator agent',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${administratorRole.first_record},${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const adminProfile = atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_open_case_admin_profile'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var profile = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/test-users.ts').createBasicAuthProfile(steps('b4f65898aabc42d296864a31c90ad4b9').user);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile;
    stepResult.setOutputMessage(profile ? 'Basic auth profile ' + profile : 'No basic auth profile: see the system log');
    return !!profile;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_acc_open_case_insights_post'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/panel/incidents/${incident.record_id}/case`,
            body: '{"title": ""}',
            auth: 'basic',
            basicAuthentication: insightsProfile.record_id,
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_acc_open_case_insights_403'], operation: 'equals', statusCode: 403 })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_acc_open_case_admin_post'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/panel/incidents/${incident.record_id}/case`,
            body: '{"title": ""}',
            auth: 'basic',
            basicAuthentication: adminProfile.record_id,
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_acc_open_case_admin_400'], operation: 'equals', statusCode: 400 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_acc_open_case_admin_code'],
            elementName: '/result/error/code',
            elementValue: 'CASE_TITLE_INVALID',
            operation: 'equals',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_acc_open_case_no_case'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: `incident=${incident.record_id}`,
            assert: 'no_records_match_query',
            enforceSecurity: false,
        })
    },
)

export const noRoleCannotCallPanelApi = Test(
    {
        $id: Now.ID['atf_acc_panel_api'],
        name: 'Roles: a user without an app role cannot call the incident panel API; an insights user can',
        description:
            "Sets Setup's mode to 'continue without setup' (the panel then asks nothing of Microsoft), sends GET /api/x_mioms_m365_assis/v1/panel/incidents/{incident} as a new itil-only agent and asserts 403 (route ACL x_mioms_m365_assis.insights_api), then as a new agent with x_mioms_m365_assis.insights_user and asserts 200 with the panel in basic mode.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_panel_api_mode'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('none', '', '');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? "Setup's mode is 'none' for this test" : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf_acc_panel_api_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        const insightsRole = atf.server.recordQuery({
            $id: Now.ID['atf_acc_panel_api_insights_role'],
            table: 'sys_user_role',
            fieldValues: 'name=x_mioms_m365_assis.insights_user',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf_acc_panel_api_incident'],
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: panel API roles' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: 'bfa355dc454345e688c4a73f540687e3',
            firstName: 'M365 ATF',
            lastName: 'Agent without app role',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const agentProfile = atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_panel_api_agent_profile'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var profile = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/test-users.ts').createBasicAuthProfile(steps('bfa355dc454345e688c4a73f540687e3').user);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile;
    stepResult.setOutputMessage(profile ? 'Basic auth profile ' + profile : 'No basic auth profile: see the system log');
    return !!profile;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.createUser({
            $id: 'a8184d0a425c4fc1b73c808215880ec1',
            firstName: 'M365 ATF',
            lastName: 'Insights agent',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${insightsRole.first_record},${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const insightsProfile = atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_panel_api_insights_profile'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var profile = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/test-users.ts').createBasicAuthProfile(steps('a8184d0a425c4fc1b73c808215880ec1').user);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile;
    stepResult.setOutputMessage(profile ? 'Basic auth profile ' + profile : 'No basic auth profile: see the system log');
    return !!profile;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_acc_panel_api_agent_get'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/panel/incidents/${incident.record_id}`,
            auth: 'basic',
            basicAuthentication: agentProfile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_acc_panel_api_agent_403'], operation: 'equals', statusCode: 403 })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_acc_panel_api_insights_get'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/panel/incidents/${incident.record_id}`,
            auth: 'basic',
            basicAuthentication: insightsProfile.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_acc_panel_api_insights_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_acc_panel_api_insights_mode'],
            elementName: '/result/abilities/mode',
            elementValue: 'basic',
            operation: 'equals',
        })
    },
)

export const noRoleCannotOpenPanelPage = Test(
    {
        $id: Now.ID['atf_acc_panel_page'],
        name: 'Roles: the incident panel page refuses a user without an app role and admits an insights user',
        description:
            "No ATF step opens a UI page in the classic UI and the platform's ACL API (GlideSecurityManager) is global-only, so script steps read the active ui_page read ACLs of x_mioms_m365_assis_panel and check their roles as each new user (impersonated): an itil-only agent must be refused, an agent with x_mioms_m365_assis.insights_user admitted.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf_acc_panel_page_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        const insightsRole = atf.server.recordQuery({
            $id: Now.ID['atf_acc_panel_page_insights_role'],
            table: 'sys_user_role',
            fieldValues: 'name=x_mioms_m365_assis.insights_user',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: Now.ID['atf_acc_panel_page_agent'],
            firstName: 'M365 ATF',
            lastName: 'Agent without app role',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_panel_page_agent_refused'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').uiPageReadVerdict('x_mioms_m365_assis_panel');
    stepResult.setOutputMessage('ui_page ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed);
    assertEqual({ name: 'active ui_page read ACLs of x_mioms_m365_assis_panel', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the ACLs require x_mioms_m365_assis.insights_user', shouldbe: true, value: verdict.roles.indexOf('x_mioms_m365_assis.insights_user') >= 0 });
    assertEqual({ name: 'an itil-only agent may open the panel page', shouldbe: false, value: verdict.allowed });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.createUser({
            $id: Now.ID['atf_acc_panel_page_insights'],
            firstName: 'M365 ATF',
            lastName: 'Insights agent',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${insightsRole.first_record},${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_panel_page_insights_admitted'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').uiPageReadVerdict('x_mioms_m365_assis_panel');
    stepResult.setOutputMessage('ui_page ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed);
    assertEqual({ name: 'active ui_page read ACLs of x_mioms_m365_assis_panel', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'an insights user may open the panel page', shouldbe: true, value: verdict.allowed });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

Record({
    $id: Now.ID['atf_suite_acc_setup_api'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: insightsUserCannotCallSetup, order: 2000 },
})
Record({
    $id: Now.ID['atf_suite_acc_open_case'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: insightsUserCannotOpenCase, order: 2010 },
})
Record({
    $id: Now.ID['atf_suite_acc_panel_api'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: noRoleCannotCallPanelApi, order: 2020 },
})
Record({
    $id: Now.ID['atf_suite_acc_panel_page'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: noRoleCannotOpenPanelPage, order: 2030 },
})
