import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// The connector API end to end (/api/x_mioms_m365_assis/v1/connector/tickets/..., tag inbound of
// docs/connector-api.openapi.yaml): read a ticket, post a communication, update the status, close.
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
export const connectorReadsTicket = Test(
    {
        $id: Now.ID['atf_con_read'],
        name: 'Connector API: reading a ticket returns the incident transferred as the case',
        description:
            'As the integration user, sends GET .../connector/tickets/{repository}/{case} for a case the test links to a new incident and asserts 200 with the case id, the incident\'s sys_id and short description, status open and severity C (the Ticket of the connector contract).',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_read_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', gs.getUserID(), 'atf-m365-read');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the user running this test as the integration user, repository atf-m365-read' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const incident = atf.server.recordInsert({
            $id: 'ec777fcff0b04f9e973e70e8c0a496b1',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: read a ticket', description: 'Created by the Microsoft 365 support integration ATF suite; rolled back after the test.', state: '2' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: 'f23214259e534de98d79f1b6f375f312',
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                case_number: '99000000000000002200',
                incident: incident.record_id,
                repository_id: 'atf-m365-read',
                title: 'M365 ATF: read a ticket',
                status: 'open',
                severity: 'c',
                closed: false,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_read_get'],
            method: 'get',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-read/99000000000000002200`,
            auth: 'basic',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_read_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_read_case_id'],
            elementName: '/result/caseId',
            elementValue: '99000000000000002200',
            operation: 'equals',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_read_incident'],
            elementName: '/result/incidentSysId',
            elementValue: `${incident.record_id}`,
            operation: 'equals',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_read_short_description'],
            elementName: '/result/shortDescription',
            elementValue: 'M365 ATF: read a ticket',
            operation: 'equals',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_read_status'],
            elementName: '/result/status',
            elementValue: 'open',
            operation: 'equals',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_read_severity'],
            elementName: '/result/severity',
            elementValue: 'C',
            operation: 'equals',
        })
    },
)

export const connectorCommentOnce = Test(
    {
        $id: Now.ID['atf_con_comment'],
        name: 'Connector API: a message from Microsoft becomes exactly one incident comment, also when posted twice',
        description:
            'As the integration user, posts a communication to .../tickets/{repository}/{case}/communications and asserts 201 and exactly one additional comment (sys_journal_field) on the incident holding the text; posts the same message id again and asserts 200 duplicate, still one comment and one communication row.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_comment_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', gs.getUserID(), 'atf-m365-comment');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the user running this test as the integration user, repository atf-m365-comment' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const incident = atf.server.recordInsert({
            $id: '43afec44a1cf4d999c5bd95a1467db56',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: message becomes a comment', description: 'Created by the Microsoft 365 support integration ATF suite; rolled back after the test.', state: '2' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: '0a83c54bf6354519a25590b94e95a327',
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                case_number: '99000000000000002210',
                incident: incident.record_id,
                repository_id: 'atf-m365-comment',
                title: 'M365 ATF: message becomes a comment',
                status: 'open',
                severity: 'c',
                closed: false,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_comment_post'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-comment/99000000000000002210/communications`,
            body: '{"messageId": "atf-m365-message-1", "body": "Please send the Teams diagnostics log (M365 ATF).", "author": "M365 ATF Microsoft engineer", "createdDateTime": "2026-11-23T05:10:00Z"}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_comment_201'], operation: 'equals', statusCode: 201 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_comment_not_duplicate'],
            elementName: '/result/duplicate',
            elementValue: 'false',
            operation: 'equals',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_comment_one_comment'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var fixtures = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts');
    var incidentId = steps('43afec44a1cf4d999c5bd95a1467db56').record_id;
    assertEqual({ name: 'comments on the incident holding the message', shouldbe: 1, value: fixtures.commentCount(incidentId, 'Please send the Teams diagnostics log (M365 ATF).') });
    assertEqual({ name: 'comments on the incident', shouldbe: 1, value: fixtures.commentCount(incidentId) });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_comment_post_again'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-comment/99000000000000002210/communications`,
            body: '{"messageId": "atf-m365-message-1", "body": "Please send the Teams diagnostics log (M365 ATF).", "author": "M365 ATF Microsoft engineer", "createdDateTime": "2026-11-23T05:10:00Z"}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_comment_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_comment_duplicate'],
            elementName: '/result/duplicate',
            elementValue: 'true',
            operation: 'equals',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_comment_still_one_comment'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var fixtures = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts');
    var incidentId = steps('43afec44a1cf4d999c5bd95a1467db56').record_id;
    assertEqual({ name: 'comments on the incident after the same message twice', shouldbe: 1, value: fixtures.commentCount(incidentId) });
    assertEqual({ name: 'communication rows of the case', shouldbe: 1, value: fixtures.communicationCount(steps('0a83c54bf6354519a25590b94e95a327').record_id) });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const connectorStatusFollowsMap = Test(
    {
        $id: Now.ID['atf_con_status'],
        name: 'Connector API: a status update moves the incident as the status map says',
        description:
            'As the integration user, sends PATCH .../tickets/{repository}/{case} with status waitingForCustomer and severity A to a case whose incident is In Progress, asserts 200, that the incident\'s state and hold reason are what the active status map row says (read at run time: admins may change it), and that the case holds the new status and severity.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_status_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', gs.getUserID(), 'atf-m365-status');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the user running this test as the integration user, repository atf-m365-status' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const incident = atf.server.recordInsert({
            $id: '22320828f03248d09bea8a11bfa1d1b3',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: status follows the map', description: 'Created by the Microsoft 365 support integration ATF suite; rolled back after the test.', state: '2' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        const caseRow = atf.server.recordInsert({
            $id: '2c9ba491513e468f806cef0bfd59cade',
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                case_number: '99000000000000002220',
                incident: incident.record_id,
                repository_id: 'atf-m365-status',
                title: 'M365 ATF: status follows the map',
                status: 'open',
                severity: 'c',
                closed: false,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_status_patch'],
            method: 'patch',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-status/99000000000000002220`,
            body: '{"status": "waitingForCustomer", "severity": "A"}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_status_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_status_status'],
            elementName: '/result/status',
            elementValue: 'waitingForCustomer',
            operation: 'equals',
        })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_status_severity'],
            elementName: '/result/severity',
            elementValue: 'A',
            operation: 'equals',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_status_follows_map'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var problems = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').statusMapProblems(steps('22320828f03248d09bea8a11bfa1d1b3').record_id, 'waitingForCustomer', '2');
    stepResult.setOutputMessage(problems || 'The incident follows the status map for waitingForCustomer');
    assertEqual({ name: 'differences from the status map', shouldbe: '', value: problems });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_con_status_case'],
            table: 'x_mioms_m365_assis_case',
            recordId: caseRow.record_id,
            fieldValues: 'status=waitingForCustomer^severity=a^closed=false',
            assert: 'record_validated',
            enforceSecurity: false,
        })
    },
)

export const connectorCloseFollowsMap = Test(
    {
        $id: Now.ID['atf_con_close'],
        name: 'Connector API: closing the case closes the incident as the status map says; a second close is refused',
        description:
            'As the integration user, posts a resolution to .../tickets/{repository}/{case}/close, asserts 200, that the incident\'s state, resolution code and notes (holding Microsoft\'s resolution) follow the status map row for closed, and that the case is closed; a second close is asserted 409 TicketClosed.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_close_setup'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var setupId = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').configureSetupForTest('basic', gs.getUserID(), 'atf-m365-close');
    outputs.table = 'x_mioms_m365_assis_setup';
    outputs.record_id = setupId;
    stepResult.setOutputMessage(setupId ? 'Setup: basic mode, the user running this test as the integration user, repository atf-m365-close' : 'The Setup row could not be saved');
    return !!setupId;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        const incident = atf.server.recordInsert({
            $id: 'e202f97d87264872b37114e08b4e6e88',
            table: 'incident',
            fieldValues: { short_description: 'M365 ATF: close follows the map', description: 'Created by the Microsoft 365 support integration ATF suite; rolled back after the test.', state: '2' },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        const caseRow = atf.server.recordInsert({
            $id: '70c9da875c8640d988cc591939b73596',
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                case_number: '99000000000000002230',
                incident: incident.record_id,
                repository_id: 'atf-m365-close',
                title: 'M365 ATF: close follows the map',
                status: 'open',
                severity: 'c',
                closed: false,
            },
            assert: 'record_successfully_inserted',
            enforceSecurity: false,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_close_close'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-close/99000000000000002230/close`,
            body: '{"resolution": "M365 ATF: a service update fixed the meeting drops."}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_close_200'], operation: 'equals', statusCode: 200 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_close_status'],
            elementName: '/result/status',
            elementValue: 'closed',
            operation: 'equals',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_con_close_follows_map'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var problems = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/atf/connector-fixtures.ts').statusMapProblems(steps('e202f97d87264872b37114e08b4e6e88').record_id, 'closed', '2', 'M365 ATF: a service update fixed the meeting drops.');
    stepResult.setOutputMessage(problems || 'The incident follows the status map for closed');
    assertEqual({ name: 'differences from the status map', shouldbe: '', value: problems });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_con_close_case'],
            table: 'x_mioms_m365_assis_case',
            recordId: caseRow.record_id,
            fieldValues: 'status=closed^closed=true',
            assert: 'record_validated',
            enforceSecurity: false,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_con_close_close_again'],
            method: 'post',
            path: `/api/x_mioms_m365_assis/v1/connector/tickets/atf-m365-close/99000000000000002230/close`,
            body: '{"resolution": "Again"}',
            auth: 'basic',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_con_close_409'], operation: 'equals', statusCode: 409 })
        atf.rest.assertJsonResponsePayloadElement({
            $id: Now.ID['atf_con_close_reason'],
            elementName: '/error/detail',
            elementValue: 'TicketClosed',
            operation: 'contains',
        })
    },
)

Record({
    $id: Now.ID['atf_suite_con_read'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: connectorReadsTicket, order: 2200 },
})
Record({
    $id: Now.ID['atf_suite_con_comment'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: connectorCommentOnce, order: 2210 },
})
Record({
    $id: Now.ID['atf_suite_con_status'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: connectorStatusFollowsMap, order: 2220 },
})
Record({
    $id: Now.ID['atf_suite_con_close'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: connectorCloseFollowsMap, order: 2230 },
})
