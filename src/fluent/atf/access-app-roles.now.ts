import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { administrator, insightsUser } from '../roles.now'
import { verificationSuite } from './suite.now'

// Roles and ACLs of the app's own REST APIs and UI page, both sides each time. A REST step can send
// a request as another user only with a basic auth profile holding that user's password, which
// the suite cannot set from this scope (src/server/atf/access-checks.ts says why): so each user
// the test creates is impersonated, and a script step asserts what the platform evaluates for it
// (the route's or page's ACL roles) and what the route's own code answers it; a REST step then
// calls the API over HTTP as the user who runs the test (docs "REST test steps").
// Out-of-box roles (itil) are looked up by name with a Record Query: a role written as a name
// string would not be a valid sys_user_role reference. The SDK 4.9.0 build cannot put a step
// output inside the roles array (`[insightsUser, itil.first_record]` fails with "Cannot convert a
// Symbol value to a string", a template element is written as "Symbol(Now.UNRESOLVED)"), but
// writes a template string as the comma-separated list the glide_list input holds: so a user with
// an out-of-box role gets all its roles looked up and passed as one template string (typed as an
// array in the SDK, hence the ts-expect-error). Script steps read earlier steps with
// steps('<sys_id>'), the documented way, so the steps they read have literal sys_ids. The
// rollback removes users and records.

export const insightsUserCannotCallSetup = Test(
    {
        $id: Now.ID['atf_acc_setup_api'],
        name: 'Roles: an insights user cannot call the Setup API; an administrator can',
        description:
            'Impersonating a new user with only x_mioms_m365_assis.insights_user, asserts the route ACL of GET /api/x_mioms_m365_assis/v1/setup/state refuses it and the route answers 403; impersonating a new x_mioms_m365_assis.administrator, asserts both admit it (200); then sends the request over REST as the user running the test and asserts 200 with the wizard state.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.createUser({
            $id: Now.ID['atf_acc_setup_api_insights'],
            firstName: 'M365 ATF',
            lastName: 'Insights user',
            roles: [insightsUser],
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_setup_api_insights_refused'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').routeAclVerdict('GET', '/api/x_mioms_m365_assis/v1/setup/state');
    var answer = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').runRoute(require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts').getSetupState, {}, {}, undefined);
    stepResult.setOutputMessage('route ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed + '; the route answered ' + answer.status);
    assertEqual({ name: 'active ACLs of GET /api/x_mioms_m365_assis/v1/setup/state', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the route ACLs admit this user', shouldbe: false, value: verdict.allowed });
    assertEqual({ name: 'status of the Setup state route for an insights user', shouldbe: 403, value: answer.status });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.createUser({
            $id: Now.ID['atf_acc_setup_api_administrator'],
            firstName: 'M365 ATF',
            lastName: 'Administrator',
            roles: [administrator],
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_setup_api_administrator_admitted'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').routeAclVerdict('GET', '/api/x_mioms_m365_assis/v1/setup/state');
    var answer = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').runRoute(require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/setup/setup-routes.ts').getSetupState, {}, {}, undefined);
    stepResult.setOutputMessage('route ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed + '; the route answered ' + answer.status);
    assertEqual({ name: 'active ACLs of GET /api/x_mioms_m365_assis/v1/setup/state', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the route ACLs admit this user', shouldbe: true, value: verdict.allowed });
    assertEqual({ name: 'status of the Setup state route for an administrator', shouldbe: 200, value: answer.status });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_acc_setup_api_runner_get'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/setup/state`,
            auth: 'basic',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_acc_setup_api_runner_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_acc_setup_api_runner_state'],
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
            'Impersonating a new agent with x_mioms_m365_assis.insights_user, asserts the route ACL of POST /api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}/case refuses it and the route answers 403; impersonating a new agent with x_mioms_m365_assis.administrator, asserts both admit it and the route answers 400 CASE_TITLE_INVALID for an empty title (refused before any Microsoft call); no case row exists for the incident.',
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
            $id: '7d9ee4340bbb4ad9b4472fc36267a055',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: case route roles' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: Now.ID['atf_acc_open_case_insights'],
            firstName: 'M365 ATF',
            lastName: 'Insights agent',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${insightsRole.first_record},${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_open_case_insights_refused'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').routeAclVerdict('POST', '/api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}/case');
    var answer = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').runRoute(require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/cases/case-routes.ts').postCase, { sys_id: steps('7d9ee4340bbb4ad9b4472fc36267a055').record_id }, {}, { title: '' });
    stepResult.setOutputMessage('route ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed + '; the route answered ' + answer.status);
    assertEqual({ name: 'active ACLs of POST /api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}/case', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the route ACLs admit this user', shouldbe: false, value: verdict.allowed });
    assertEqual({ name: 'status of the open-case route for an insights user', shouldbe: 403, value: answer.status });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.createUser({
            $id: Now.ID['atf_acc_open_case_administrator'],
            firstName: 'M365 ATF',
            lastName: 'Administrator agent',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${administratorRole.first_record},${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_open_case_administrator_admitted'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').routeAclVerdict('POST', '/api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}/case');
    var answer = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').runRoute(require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/cases/case-routes.ts').postCase, { sys_id: steps('7d9ee4340bbb4ad9b4472fc36267a055').record_id }, {}, { title: '' });
    stepResult.setOutputMessage('route ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed + '; the route answered ' + answer.status);
    assertEqual({ name: 'active ACLs of POST /api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}/case', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the route ACLs admit this user', shouldbe: true, value: verdict.allowed });
    assertEqual({ name: 'status of the open-case route for an administrator (an empty title, refused before any Microsoft call)', shouldbe: 400, value: answer.status });
    assertEqual({ name: 'message of the refusal', shouldbe: 'CASE_TITLE_INVALID', value: answer.body && answer.body.error ? answer.body.error.code : '' });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
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
            'With Setup\'s mode set to \'continue without setup\' and the solutions source off (the panel then asks nothing of Microsoft), impersonates a new itil-only agent and asserts the route ACL of GET /api/x_mioms_m365_assis/v1/panel/incidents/{sys_id} refuses it and the route answers 403, then a new agent with x_mioms_m365_assis.insights_user and asserts both admit it (200, basic mode); the same request over REST as the user running the test answers 200.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_panel_api_mode'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var fixtures = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts');
    var setupId = fixtures.configureSetupForTest('none', '', '');
    var sourceOff = fixtures.setSolutionsSourceForTest('off');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId && sourceOff ? "Setup's mode is 'none' and the solutions source is off for this test" : 'The Setup row or the solutions source could not be saved');
    return !!setupId && sourceOff;
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
            $id: 'bfa355dc454345e688c4a73f540687e3',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: panel API roles' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: Now.ID['atf_acc_panel_api_agent'],
            firstName: 'M365 ATF',
            lastName: 'Agent without app role',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_panel_api_agent_refused'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').routeAclVerdict('GET', '/api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}');
    var answer = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').runRoute(require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/insights/panel-routes.ts').getIncidentPanel, { sys_id: steps('bfa355dc454345e688c4a73f540687e3').record_id }, {}, undefined);
    stepResult.setOutputMessage('route ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed + '; the route answered ' + answer.status);
    assertEqual({ name: 'active ACLs of GET /api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the route ACLs admit this user', shouldbe: false, value: verdict.allowed });
    assertEqual({ name: 'status of the panel route for an agent without an app role', shouldbe: 403, value: answer.status });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.createUser({
            $id: Now.ID['atf_acc_panel_api_insights'],
            firstName: 'M365 ATF',
            lastName: 'Insights agent',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${insightsRole.first_record},${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: true,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_acc_panel_api_insights_admitted'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').routeAclVerdict('GET', '/api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}');
    var answer = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').runRoute(require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/insights/panel-routes.ts').getIncidentPanel, { sys_id: steps('bfa355dc454345e688c4a73f540687e3').record_id }, {}, undefined);
    stepResult.setOutputMessage('route ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed + '; the route answered ' + answer.status);
    assertEqual({ name: 'active ACLs of GET /api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the route ACLs admit this user', shouldbe: true, value: verdict.allowed });
    assertEqual({ name: 'status of the panel route for an insights user', shouldbe: 200, value: answer.status });
    assertEqual({ name: 'panel mode', shouldbe: 'basic', value: answer.body && answer.body.abilities ? answer.body.abilities.mode : '' });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_acc_panel_api_runner_get'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/panel/incidents/${incident.record_id}`,
            auth: 'basic',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_acc_panel_api_runner_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_acc_panel_api_runner_mode'],
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
            'No ATF step opens a UI page in the classic UI and the platform\'s ACL API (GlideSecurityManager) is global-only, so script steps read the active ui_page read ACLs of x_mioms_m365_assis_panel and check their roles as each new user (impersonated): an itil-only agent must be refused, an agent with x_mioms_m365_assis.insights_user admitted.',
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
