import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// The connector API's refusals: a call Microsoft's connector must not be able to make changes
// nothing. Each test compares the incident and case it created before and after the refused
// calls (src/server/atf/connector-fixtures.ts changesToFreshCase); only the test's own rows are
// compared, so other activity on the instance cannot fail it.
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
export const connectorRefusesOtherRepository = Test(
    {
        $id: Now.ID['atf_con_wrong_repo'],
        name: 'Connector API refusals: another repository id is 404 UnknownRepository and changes nothing',
        description:
            'As the integration user, pings and posts a message, a status and a close to a repository id that is not Setup\'s (the case id is the test\'s real case) and asserts 404 UnknownRepository each time; script steps before and after assert the test\'s incident and case are as inserted (no comment, no communication row, case open).',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_wrong_repo_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', gs.getUserID(), 'atf-m365-repository');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the user running this test as the integration user, repository atf-m365-repository' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const incident = atf.server.recordInsert({
            $id: '5cdd665b0b254e8989ee0122937bf216',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: wrong repository refused', description: 'Created by the Microsoft 365 support integration ATF suite; rolled back after the test.', state: '2' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: 'a8cfd115b0a148588b7ae83f19159782',
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                case_number: '99000000000000002300',
                incident: incident.record_id,
                repository_id: 'atf-m365-repository',
                title: 'M365 ATF: wrong repository refused',
                status: 'open',
                severity: 'c',
                closed: false,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_wrong_repo_before'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var problems = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').changesToFreshCase(steps('5cdd665b0b254e8989ee0122937bf216').record_id, steps('a8cfd115b0a148588b7ae83f19159782').record_id, '2');
    stepResult.setOutputMessage(problems || 'The test incident and case are as inserted');
    assertEqual({ name: 'changes to the test incident and case', shouldbe: '', value: problems });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_wrong_repo_ping'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/connector/ping`,
            queryParameters: { repositoryId: 'atf-m365-someone-else' },
            auth: 'basic',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_wrong_repo_ping_404'], operation: 'equals', statusCode: 404 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_wrong_repo_ping_reason'],
            elementName: '/error/detail',
            elementValue: 'UnknownRepository',
            operation: 'contains',
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_wrong_repo_post'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-someone-else/99000000000000002300/communications`,
            body: '{"messageId": "atf-m365-refused-1", "body": "Refused message (M365 ATF).", "author": "M365 ATF Microsoft engineer", "createdDateTime": "2026-11-23T05:10:00Z"}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_wrong_repo_post_404'], operation: 'equals', statusCode: 404 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_wrong_repo_post_reason'],
            elementName: '/error/detail',
            elementValue: 'UnknownRepository',
            operation: 'contains',
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_wrong_repo_patch'],
            method: 'patch',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-someone-else/99000000000000002300`,
            body: '{"status": "resolved"}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_wrong_repo_patch_404'], operation: 'equals', statusCode: 404 })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_wrong_repo_close'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-someone-else/99000000000000002300/close`,
            body: '{"resolution": "Refused close (M365 ATF)."}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_wrong_repo_close_404'], operation: 'equals', statusCode: 404 })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_wrong_repo_after'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var problems = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').changesToFreshCase(steps('5cdd665b0b254e8989ee0122937bf216').record_id, steps('a8cfd115b0a148588b7ae83f19159782').record_id, '2');
    stepResult.setOutputMessage(problems || 'The test incident and case are as inserted');
    assertEqual({ name: 'changes to the test incident and case', shouldbe: '', value: problems });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const connectorRefusesMalformedBody = Test(
    {
        $id: Now.ID['atf_con_malformed'],
        name: 'Connector API refusals: a malformed body is 400 InvalidPayload and changes nothing',
        description:
            'As the integration user, sends a broken JSON message, a message with a field the contract does not have, a status update whose body is an array and a close without resolution to the test\'s case and asserts 400 InvalidPayload each time; script steps before and after assert the test\'s incident and case are as inserted.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_malformed_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', gs.getUserID(), 'atf-m365-malformed');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the user running this test as the integration user, repository atf-m365-malformed' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const incident = atf.server.recordInsert({
            $id: '1eff52aeacb947b3983de643fde9730e',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: malformed body refused', description: 'Created by the Microsoft 365 support integration ATF suite; rolled back after the test.', state: '2' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: '9981e349089941e680c66b024a4c6f5a',
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                case_number: '99000000000000002310',
                incident: incident.record_id,
                repository_id: 'atf-m365-malformed',
                title: 'M365 ATF: malformed body refused',
                status: 'open',
                severity: 'c',
                closed: false,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_malformed_before'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var problems = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').changesToFreshCase(steps('1eff52aeacb947b3983de643fde9730e').record_id, steps('9981e349089941e680c66b024a4c6f5a').record_id, '2');
    stepResult.setOutputMessage(problems || 'The test incident and case are as inserted');
    assertEqual({ name: 'changes to the test incident and case', shouldbe: '', value: problems });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_malformed_broken_json'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-malformed/99000000000000002310/communications`,
            body: '{"messageId": "atf-m365-broken", "body": "Not JSON"',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_malformed_broken_json_400'], operation: 'equals', statusCode: 400 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_malformed_broken_json_reason'],
            elementName: '/error/detail',
            elementValue: 'InvalidPayload',
            operation: 'contains',
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_malformed_unknown_field'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-malformed/99000000000000002310/communications`,
            body: '{"messageId": "atf-m365-refused-1", "body": "Refused message (M365 ATF).", "author": "M365 ATF Microsoft engineer", "createdDateTime": "2026-11-23T05:10:00Z", "unexpected": true}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_malformed_unknown_field_400'], operation: 'equals', statusCode: 400 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_malformed_unknown_field_reason'],
            elementName: '/error/detail',
            elementValue: 'InvalidPayload',
            operation: 'contains',
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_malformed_array'],
            method: 'patch',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-malformed/99000000000000002310`,
            body: '[]',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_malformed_array_400'], operation: 'equals', statusCode: 400 })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_malformed_no_resolution'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-malformed/99000000000000002310/close`,
            body: '{}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_malformed_no_resolution_400'], operation: 'equals', statusCode: 400 })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_malformed_after'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var problems = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').changesToFreshCase(steps('1eff52aeacb947b3983de643fde9730e').record_id, steps('9981e349089941e680c66b024a4c6f5a').record_id, '2');
    stepResult.setOutputMessage(problems || 'The test incident and case are as inserted');
    assertEqual({ name: 'changes to the test incident and case', shouldbe: '', value: problems });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const connectorRefusesOversizedBody = Test(
    {
        $id: Now.ID['atf_con_oversized'],
        name: 'Connector API refusals: a body over the size limit is 413 PayloadTooLarge and changes nothing',
        description:
            'Sets x_mioms_m365_assis.inbound.max_body_bytes to its minimum (1024 bytes, so the request stays small; the rollback restores it), then as the integration user posts a message and a status update of about 1.2 KB to the test\'s case and asserts 413 PayloadTooLarge; script steps before and after assert the test\'s incident and case are as inserted.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_oversized_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', gs.getUserID(), 'atf-m365-oversized');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the user running this test as the integration user, repository atf-m365-oversized' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const incident = atf.server.recordInsert({
            $id: 'f6c118fe47464d628f87477145b8641f',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: oversized body refused', description: 'Created by the Microsoft 365 support integration ATF suite; rolled back after the test.', state: '2' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: '3cd7e1f8ed1a43f3801f39f90c4f37f2',
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                case_number: '99000000000000002320',
                incident: incident.record_id,
                repository_id: 'atf-m365-oversized',
                title: 'M365 ATF: oversized body refused',
                status: 'open',
                severity: 'c',
                closed: false,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_oversized_limit'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var saved = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').setInboundBodyLimit(1024);
    stepResult.setOutputMessage(saved ? 'x_mioms_m365_assis.inbound.max_body_bytes is 1024 for this test' : 'The property x_mioms_m365_assis.inbound.max_body_bytes could not be set');
    return saved;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_oversized_before'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var problems = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').changesToFreshCase(steps('f6c118fe47464d628f87477145b8641f').record_id, steps('3cd7e1f8ed1a43f3801f39f90c4f37f2').record_id, '2');
    stepResult.setOutputMessage(problems || 'The test incident and case are as inserted');
    assertEqual({ name: 'changes to the test incident and case', shouldbe: '', value: problems });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_oversized_post'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-oversized/99000000000000002320/communications`,
            body: '{"messageId": "atf-m365-refused-1", "body": "This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets.", "author": "M365 ATF Microsoft engineer", "createdDateTime": "2026-11-23T05:10:00Z"}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_oversized_post_413'], operation: 'equals', statusCode: 413 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_oversized_post_reason'],
            elementName: '/error/detail',
            elementValue: 'PayloadTooLarge',
            operation: 'contains',
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_oversized_patch'],
            method: 'patch',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-oversized/99000000000000002320`,
            body: '{"status": "resolved", "owner": "This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets. This message from Microsoft support is longer than the body limit the test sets."}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_oversized_patch_413'], operation: 'equals', statusCode: 413 })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_oversized_after'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var problems = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').changesToFreshCase(steps('f6c118fe47464d628f87477145b8641f').record_id, steps('3cd7e1f8ed1a43f3801f39f90c4f37f2').record_id, '2');
    stepResult.setOutputMessage(problems || 'The test incident and case are as inserted');
    assertEqual({ name: 'changes to the test incident and case', shouldbe: '', value: problems });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

Record({
    $id: Now.ID['atf_suite_con_wrong_repo'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: connectorRefusesOtherRepository, order: 2300 },
})
Record({
    $id: Now.ID['atf_suite_con_malformed'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: connectorRefusesMalformedBody, order: 2310 },
})
Record({
    $id: Now.ID['atf_suite_con_oversized'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: connectorRefusesOversizedBody, order: 2320 },
})
