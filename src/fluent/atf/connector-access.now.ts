import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// The connector API (/api/x_mioms_m365_assis/v1/connector, docs/connector-api.openapi.yaml) is
// for the one integration user Setup names: the route ACL x_mioms_m365_assis.connector_api lets
// incident_manager through and the routes then pin the caller to that user in code
// (src/server/inbound/caller.ts), admins included.
// Each test sets up what the connector API needs, as Microsoft's connector would find it: an
// integration user with incident_manager (the route ACL's role; looked up by name, see
// access-app-roles.now.ts for why role lists are template strings), its password and basic auth
// profile (src/server/atf/test-users.ts), Setup in basic mode naming that user and a repository id
// of the test's own (src/server/atf/connector-fixtures.ts: the existing Setup row is updated when
// Setup already ran, and the rollback restores it), and an incident with a Microsoft case on that
// repository. Script steps read earlier steps with steps('<sys_id>'), the documented way, so the
// steps they read have literal sys_ids. No step calls Microsoft.
export const integrationUserCallsConnector = Test(
    {
        $id: Now.ID['atf_con_access'],
        name: 'Connector API: the integration user named in Setup can call it; an admin cannot',
        description:
            'Sends GET /api/x_mioms_m365_assis/v1/connector/ping as the new integration user Setup names (incident_manager) and asserts 200 with status ok and the test\'s repository id, then as a new user with admin (every role, but not Setup\'s integration user) and asserts 403 NotIntegrationUser from the caller check in code.',
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
        atf.server.createUser({
            $id: 'aeab5ab086c2408085a9eba3bb18e163',
            firstName: 'M365 ATF',
            lastName: 'Integration user',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${incidentManager.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const integration = atf.server.runServerSideScript({
            $id: Now.ID['atf_con_access_integration_profile'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var profile = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/test-users.ts').createBasicAuthProfile(steps('aeab5ab086c2408085a9eba3bb18e163').user);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile;
    stepResult.setOutputMessage(profile ? 'Basic auth profile ' + profile : 'No basic auth profile: see the system log');
    return !!profile;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_access_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', steps('aeab5ab086c2408085a9eba3bb18e163').user, 'atf-m365-access');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the integration user of this test, repository atf-m365-access' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const adminRole = atf.server.recordQuery({
            $id: Now.ID['atf_con_access_admin_role'],
            table: 'sys_user_role',
            fieldValues: 'name=admin',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: '805363d92ba9494181fab94842e178b5',
            firstName: 'M365 ATF',
            lastName: 'Admin',
            // @ts-expect-error one template string: the comma-separated role list (see the comment at the top)
            roles: `${adminRole.first_record}`,
            groups: [],
            fieldValues: {},
            impersonate: false,
        })
        const admin = atf.server.runServerSideScript({
            $id: Now.ID['atf_con_access_admin_profile'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var profile = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/test-users.ts').createBasicAuthProfile(steps('805363d92ba9494181fab94842e178b5').user);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile;
    stepResult.setOutputMessage(profile ? 'Basic auth profile ' + profile : 'No basic auth profile: see the system log');
    return !!profile;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_access_integration_ping'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/connector/ping`,
            queryParameters: { repositoryId: 'atf-m365-access' },
            auth: 'basic',
            basicAuthentication: integration.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_access_integration_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_access_integration_status'],
            elementName: '/result/status',
            elementValue: 'ok',
            operation: 'equals',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_access_integration_repository'],
            elementName: '/result/repositoryId',
            elementValue: 'atf-m365-access',
            operation: 'equals',
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_access_admin_ping'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/connector/ping`,
            queryParameters: { repositoryId: 'atf-m365-access' },
            auth: 'basic',
            basicAuthentication: admin.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_access_admin_403'], operation: 'equals', statusCode: 403 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_access_admin_reason'],
            elementName: '/error/detail',
            elementValue: 'NotIntegrationUser',
            operation: 'contains',
        })
    },
)

Record({
    $id: Now.ID['atf_suite_con_access'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: integrationUserCallsConnector, order: 2100 },
})
