import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// The connector API (/api/x_mioms_m365_assis/v1/connector, docs/connector-api.openapi.yaml) is
// for the one integration user Setup names: the route ACL x_mioms_m365_assis.connector_api lets
// incident_manager through and the routes then pin the caller to that user in code
// (src/server/inbound/caller.ts), admins included. Out-of-box roles are looked up by name; see
// access-app-roles.now.ts for why a role list is one template string.
// Each test sets up what the connector API needs, as Microsoft's connector would find it: Setup in
// basic mode naming the user who runs the test as the integration user, with a repository id of
// the test's own (src/server/atf/connector-fixtures.ts: the existing Setup row is updated when
// Setup already ran, and the rollback restores it), and an incident with a Microsoft case on that
// repository. REST steps carry no basic auth profile, so they are sent as the user who runs the
// test (docs "REST test steps"): that user plays Microsoft's connector (an admin holds the route
// ACL's incident_manager). A profile for another user would need a password set from this scope,
// which the suite does not rely on (src/server/atf/access-checks.ts says why). Script steps read
// earlier steps with steps('<sys_id>'), the documented way, so the steps they read have literal
// sys_ids. No step calls Microsoft.
export const integrationUserCallsConnector = Test(
    {
        $id: Now.ID['atf_con_access'],
        name: 'Connector API: the integration user named in Setup can call it; an admin who is not cannot',
        description:
            'Names the user running the test as Setup\'s integration user and asserts GET /api/x_mioms_m365_assis/v1/connector/ping answers 200 ok with the test\'s repository; names a new incident_manager user instead and asserts the same request (an admin, no longer the integration user) gets 403 NotIntegrationUser. Impersonating, script steps assert the route ACL and the caller check admit the new integration user and the route ACL refuses an itil-only agent.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const incidentManager = atf.server.recordQuery({
            $id: Now.ID['atf_con_access_incident_manager'],
            table: 'sys_user_role',
            fieldValues: 'name=incident_manager',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf_con_access_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_access_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', gs.getUserID(), 'atf-m365-access');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the user running this test as the integration user, repository atf-m365-access' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_access_runner_ping'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/connector/ping`,
            queryParameters: { repositoryId: 'atf-m365-access' },
            auth: 'basic',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_access_runner_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_access_runner_status'],
            elementName: '/result/status',
            elementValue: 'ok',
            operation: 'equals',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_access_runner_repository'],
            elementName: '/result/repositoryId',
            elementValue: 'atf-m365-access',
            operation: 'equals',
        })
        const integrationUser = atf.server.createUser({
            $id: 'aeab5ab086c2408085a9eba3bb18e163',
            firstName: 'M365 ATF',
            lastName: 'Integration user',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${incidentManager.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const agent = atf.server.createUser({
            $id: '805363d92ba9494181fab94842e178b5',
            firstName: 'M365 ATF',
            lastName: 'Agent',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${itil.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_access_setup_other'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', steps('aeab5ab086c2408085a9eba3bb18e163').user, 'atf-m365-access');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the new integration user, repository atf-m365-access' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_access_admin_ping'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/connector/ping`,
            queryParameters: { repositoryId: 'atf-m365-access' },
            auth: 'basic',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_access_admin_403'], operation: 'equals', statusCode: 403 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_access_admin_reason'],
            elementName: '/error/detail',
            elementValue: 'NotIntegrationUser',
            operation: 'contains',
        })
        atf.server.impersonate({ $id: Now.ID['atf_con_access_as_integration'], user: integrationUser.user })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_access_integration_admitted'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').routeAclVerdict('GET', '/api/x_mioms_m365_assis/v1/connector/ping');
    var refusal = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/inbound/errors.ts').isFailure(require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/inbound/caller.ts').checkCaller());
    stepResult.setOutputMessage('route ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed + '; caller check refuses: ' + refusal);
    assertEqual({ name: 'active ACLs of the ping route', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the route ACLs admit the integration user', shouldbe: true, value: verdict.allowed });
    assertEqual({ name: 'the caller check refuses the integration user', shouldbe: false, value: refusal });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.impersonate({ $id: Now.ID['atf_con_access_as_agent'], user: agent.user })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_access_agent_refused'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var verdict = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/access-checks.ts').routeAclVerdict('GET', '/api/x_mioms_m365_assis/v1/connector/ping');
    stepResult.setOutputMessage('route ACLs: ' + verdict.acls + ', roles: ' + verdict.roles.join(', ') + ', allowed: ' + verdict.allowed);
    assertEqual({ name: 'active ACLs of the ping route', shouldbe: true, value: verdict.acls > 0 });
    assertEqual({ name: 'the route ACLs admit an itil-only agent', shouldbe: false, value: verdict.allowed });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

Record({
    $id: Now.ID['atf_suite_con_access'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: integrationUserCallsConnector, order: 2100 },
})
