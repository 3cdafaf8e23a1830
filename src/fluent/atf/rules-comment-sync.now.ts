import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { insightsUser } from '../roles.now'
import { verificationSuite } from './suite.now'
import { NO_OUTBOUND_SETUP } from './fixtures'

// The business rule "Microsoft 365: queue agent comment for Microsoft support" (after update on
// incident, src/fluent/inbound/comment-sync.now.ts; script src/server/inbound/comment-sync.ts),
// on the instance: what it queues (a toMicrosoft row of x_mioms_m365_assis_communication) and
// what it must not. The triggering action is always the platform's own Record Insert / Record
// Update step on incident. Every test first leaves the app without a connection to Microsoft
// (fixtures.ts NO_OUTBOUND_SETUP), so the async rule that sends a queued row can only record
// "Setup is incomplete": no test calls Microsoft, and `sent_onISEMPTY` below proves nothing was sent.

export const agentCommentQueued = Test(
    {
        $id: Now.ID['atf_rules_agent_comment_queued'],
        name: 'Business rule: an agent comment on an incident with an open Microsoft case is queued for Microsoft once',
        description:
            'Inserts an incident with an open Microsoft case, then an agent adds an additional comment (Record Update): asserts exactly one toMicrosoft communication row holds the comment unsent, that a later update without a comment queues nothing more, and that a second comment gets its own row.',
        // The async rule then tries to send the queued row and, finding no connection, logs a warning
        // through the app's logger: a warning, never a platform error.
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({ $id: Now.ID['atf_rules_queued_setup'], script: NO_OUTBOUND_SETUP })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf_rules_queued_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF Microsoft 365: an agent comment is queued for Microsoft' },
            assert: 'record_successfully_inserted',
        })
        const openCase = atf.server.recordInsert({
            $id: Now.ID['atf_rules_queued_case'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                incident: incident.record_id,
                case_number: 'ATF-RULES-QUEUED-0001',
                status: 'open',
                title: 'ATF Microsoft 365: an agent comment is queued for Microsoft',
            },
            assert: 'record_successfully_inserted',
        })
        atf.server.createUser({
            $id: Now.ID['atf_rules_queued_agent'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 agent',
            fieldValues: { user_name: 'atf.m365.rules.agent' },
            roles: [insightsUser],
            groups: [],
            impersonate: true,
        })
        // Security is not enforced: the incident ACLs of the instance are not what this test is about.
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_queued_comment'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { comments: 'ATF: first agent comment for Microsoft support' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        const queued = atf.server.recordQuery({
            $id: Now.ID['atf_rules_queued_row'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^case=${openCase.record_id}^direction=toMicrosoft^body=ATF: first agent comment for Microsoft support^stateINqueued,retry^sent_onISEMPTY^message_idISNOTEMPTY^EQ`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_queued_only_once'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^sys_id!=${queued.first_record}^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
        // The rule runs on every update and reads the journal again: the comment must not be queued twice.
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_queued_plain_update'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { short_description: 'ATF Microsoft 365: updated without a comment' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_queued_still_once'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^sys_id!=${queued.first_record}^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_queued_second_comment'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { comments: 'ATF: second agent comment for Microsoft support' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_queued_second_row'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^direction=toMicrosoft^body=ATF: second agent comment for Microsoft support^sys_id!=${queued.first_record}^sent_onISEMPTY^EQ`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        // The queued row names the comment's journal entry (Microsoft keys messages by it) and its author.
        atf.server.runServerSideScript({
            $id: Now.ID['atf_rules_queued_entry'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var caseRow = new GlideRecord('x_mioms_m365_assis_case');
    assertEqual({ name: 'the test case exists', shouldbe: true, value: caseRow.get('case_number', 'ATF-RULES-QUEUED-0001') });
    var journal = new GlideRecord('sys_journal_field');
    journal.addQuery('element_id', caseRow.getValue('incident'));
    journal.addQuery('element', 'comments');
    journal.addQuery('value', 'ATF: first agent comment for Microsoft support');
    journal.query();
    assertEqual({ name: 'the comment is one journal entry', shouldbe: true, value: journal.next() });
    var row = new GlideRecord('x_mioms_m365_assis_communication');
    row.addQuery('case', caseRow.getUniqueValue());
    row.addQuery('body', 'ATF: first agent comment for Microsoft support');
    row.query();
    assertEqual({ name: 'the queued row exists', shouldbe: true, value: row.next() });
    assertEqual({ name: 'message id is the journal entry', shouldbe: journal.getUniqueValue(), value: row.getValue('message_id') });
    assertEqual({ name: 'journal entry recorded', shouldbe: journal.getUniqueValue(), value: row.getValue('journal_entry') });
    assertEqual({ name: 'the author is the agent', shouldbe: 'ATF Microsoft 365 agent', value: row.getValue('author') });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const microsoftCommentNotQueued = Test(
    {
        $id: Now.ID['atf_rules_microsoft_not_queued'],
        name: "Business rule: Microsoft's own comment (written by the integration user) is not queued back to Microsoft",
        description:
            "Makes a test user Setup's integration user, has it add a comment to an incident with an open Microsoft case (Record Update, as the connector does), and asserts no communication row is queued, not even when an agent's later update makes the rule read the journal; the agent's own reply is queued.",
        failOnServerError: true,
    },
    (atf) => {
        const setup = atf.server.runServerSideScript({ $id: Now.ID['atf_rules_microsoft_setup'], script: NO_OUTBOUND_SETUP })
        const connector = atf.server.createUser({
            $id: Now.ID['atf_rules_microsoft_connector'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 connector',
            fieldValues: { user_name: 'atf.m365.rules.connector', web_service_access_only: true },
            roles: [],
            groups: [],
            impersonate: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_microsoft_integration_user'],
            table: 'x_mioms_m365_assis_setup',
            recordId: setup.record_id,
            fieldValues: { mode: 'basic', integration_user: connector.user, rest_user_client_id: '', repository_id: 'atf-rules-repository' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf_rules_microsoft_incident'],
            table: 'incident',
            fieldValues: { short_description: "ATF Microsoft 365: Microsoft's comment is not queued back" },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_rules_microsoft_case'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                incident: incident.record_id,
                case_number: 'ATF-RULES-MICROSOFT-0001',
                repository_id: 'atf-rules-repository',
                status: 'open',
                title: "ATF Microsoft 365: Microsoft's comment is not queued back",
            },
            assert: 'record_successfully_inserted',
        })
        atf.server.impersonate({ $id: Now.ID['atf_rules_microsoft_as_connector'], user: connector.user })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_microsoft_comment'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { comments: 'ATF: message from Microsoft support' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_microsoft_nothing_queued'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
        atf.server.createUser({
            $id: Now.ID['atf_rules_microsoft_agent'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 agent',
            fieldValues: { user_name: 'atf.m365.rules.agent2' },
            roles: [insightsUser],
            groups: [],
            impersonate: true,
        })
        // The agent's update runs the rule as the agent: it reads the journal, where Microsoft's comment is the newest.
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_microsoft_agent_update'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { short_description: "ATF Microsoft 365: Microsoft's comment is not queued back (updated)" },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_microsoft_still_nothing'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_microsoft_agent_reply'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { comments: 'ATF: agent reply to Microsoft support' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_microsoft_reply_queued'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^direction=toMicrosoft^body=ATF: agent reply to Microsoft support^sent_onISEMPTY^EQ`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_microsoft_never_echoed'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^body=ATF: message from Microsoft support^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
    },
)

export const noCaseNotQueued = Test(
    {
        $id: Now.ID['atf_rules_no_case_not_queued'],
        name: 'Business rule: comments on an incident without a Microsoft case are not queued (insert and update)',
        description:
            'An agent inserts an incident with a comment (the insert path, where the rule does not run) and then comments on it again (the update path, the rule runs but finds no case): asserts no communication row exists for the incident after either.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({ $id: Now.ID['atf_rules_no_case_setup'], script: NO_OUTBOUND_SETUP })
        atf.server.createUser({
            $id: Now.ID['atf_rules_no_case_agent'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 agent',
            fieldValues: { user_name: 'atf.m365.rules.agent3' },
            roles: [insightsUser],
            groups: [],
            impersonate: true,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf_rules_no_case_insert'],
            table: 'incident',
            fieldValues: { short_description: 'ATF Microsoft 365: no Microsoft case', comments: 'ATF: comment written with the new incident' },
            enforceSecurity: false,
            assert: 'record_successfully_inserted',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_no_case_insert_nothing'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_no_case_comment'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { comments: 'ATF: comment on an incident without a Microsoft case' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_no_case_update_nothing'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${incident.record_id}^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_rules_no_case_incident_kept'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'short_description=ATF Microsoft 365: no Microsoft case^EQ',
            enforceSecurity: false,
            assert: 'record_validated',
        })
    },
)

export const closedCaseNotQueued = Test(
    {
        $id: Now.ID['atf_rules_closed_case_not_queued'],
        name: 'Business rule: comments are not queued for a closed Microsoft case or one Microsoft has not numbered yet',
        description:
            'Links an incident to a closed Microsoft case, comments on it (Record Update) and asserts nothing is queued; then links a second incident to a case without a case number (not yet created at Microsoft) and asserts the same.',
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({ $id: Now.ID['atf_rules_closed_setup'], script: NO_OUTBOUND_SETUP })
        const closedIncident = atf.server.recordInsert({
            $id: Now.ID['atf_rules_closed_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF Microsoft 365: closed Microsoft case' },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_rules_closed_case'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: {
                incident: closedIncident.record_id,
                case_number: 'ATF-RULES-CLOSED-0001',
                status: 'closed',
                closed: true,
                title: 'ATF Microsoft 365: closed Microsoft case',
            },
            assert: 'record_successfully_inserted',
        })
        const pendingIncident = atf.server.recordInsert({
            $id: Now.ID['atf_rules_pending_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF Microsoft 365: Microsoft case without a number' },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_rules_pending_case'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: { incident: pendingIncident.record_id, status: 'open', title: 'ATF Microsoft 365: Microsoft case without a number' },
            assert: 'record_successfully_inserted',
        })
        atf.server.createUser({
            $id: Now.ID['atf_rules_closed_agent'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 agent',
            fieldValues: { user_name: 'atf.m365.rules.agent4' },
            roles: [insightsUser],
            groups: [],
            impersonate: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_closed_comment'],
            table: 'incident',
            recordId: closedIncident.record_id,
            fieldValues: { comments: 'ATF: comment after the Microsoft case closed' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_closed_nothing'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${closedIncident.record_id}^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_rules_pending_comment'],
            table: 'incident',
            recordId: pendingIncident.record_id,
            fieldValues: { comments: 'ATF: comment before Microsoft numbered the case' },
            enforceSecurity: false,
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_rules_pending_nothing'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: `incident=${pendingIncident.record_id}^EQ`,
            enforceSecurity: false,
            assert: 'no_records_match_query',
        })
    },
)

export const agentCommentQueuedInSuite = Record({
    $id: Now.ID['atf_suite_rules_agent_comment_queued'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: agentCommentQueued, order: 3000 },
})
export const microsoftCommentNotQueuedInSuite = Record({
    $id: Now.ID['atf_suite_rules_microsoft_not_queued'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: microsoftCommentNotQueued, order: 3010 },
})
export const noCaseNotQueuedInSuite = Record({
    $id: Now.ID['atf_suite_rules_no_case_not_queued'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: noCaseNotQueued, order: 3020 },
})
export const closedCaseNotQueuedInSuite = Record({
    $id: Now.ID['atf_suite_rules_closed_case_not_queued'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: closedCaseNotQueued, order: 3030 },
})
