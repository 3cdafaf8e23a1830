import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// Platform assumptions about journal fields (docs/platform-fidelity.md: "Journal storage",
// "getJournalEntry", "Journal fields are never cut", "changes() of journal fields"), and how the
// app's comment sync reads them (src/server/inbound/communications.ts). The test creates its own
// incidents (the app's cross-scope create privilege on incident), rolled back when it ends. No
// incident here has a Microsoft case, so the app's comment rule queues nothing.

export const journalEntryTest = Test(
    {
        $id: Now.ID['atf_platform_journal_entry'],
        name: 'Platform: a comment on an incident becomes a sys_journal_field row and reads back empty',
        description:
            'Creates an incident and writes two additional comments in a script, asserts the comments field reads back empty while getJournalEntry(1) gives the newest and getJournalEntry(-1) both; Record Query then finds each comment as a sys_journal_field row (name=incident, element=comments, element_id=the incident).',
        failOnServerError: true,
    },
    (atf) => {
        const incident = atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_journal_entry_write'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var incident = new GlideRecord('incident');
    incident.initialize();
    incident.setValue('short_description', 'ATF probe: journal entries');
    var id = incident.insert();
    assertEqual({ name: 'The app scope creates an incident (cross-scope create privilege on incident)', shouldbe: true, value: !!id });
    var first = new GlideRecord('incident');
    first.get(id);
    first.setValue('comments', 'ATF journal probe: first comment');
    assertEqual({ name: 'The app scope writes an additional comment on the incident (cross-scope write privilege on incident)', shouldbe: true, value: !!first.update() });
    var second = new GlideRecord('incident');
    second.get(id);
    second.setValue('comments', 'ATF journal probe: second comment');
    assertEqual({ name: 'A second comment is written too', shouldbe: true, value: !!second.update() });
    var read = new GlideRecord('incident');
    read.get(id);
    var field = read.getValue('comments');
    assertEqual({ name: 'A journal field reads back empty through getValue (the entries live in sys_journal_field; the app never reads current.comments)', shouldbe: true, value: field === null || field === '' });
    var newest = String(read.comments.getJournalEntry(1));
    assertEqual({ name: 'getJournalEntry(1) holds the newest comment', shouldbe: true, value: newest.indexOf('ATF journal probe: second comment') >= 0 });
    assertEqual({ name: 'getJournalEntry(1) holds only the newest comment', shouldbe: false, value: newest.indexOf('ATF journal probe: first comment') >= 0 });
    var all = String(read.comments.getJournalEntry(-1));
    assertEqual({ name: 'getJournalEntry(-1) holds every comment', shouldbe: true, value: all.indexOf('ATF journal probe: first comment') >= 0 && all.indexOf('ATF journal probe: second comment') >= 0 });
    outputs.table = 'incident';
    outputs.record_id = id;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_journal_entry_first'],
            table: 'sys_journal_field',
            fieldValues: `name=incident^element=comments^element_id=${incident.record_id}^value=ATF journal probe: first comment`,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_journal_entry_second'],
            table: 'sys_journal_field',
            fieldValues: `name=incident^element=comments^element_id=${incident.record_id}^value=ATF journal probe: second comment`,
            assert: 'records_match_query',
        })
    },
)

export const commentSyncReadTest = Test(
    {
        $id: Now.ID['atf_platform_comment_sync_read'],
        name: "App: the comment sync reads an agent's comment from sys_journal_field",
        description:
            "Inserts an incident and adds an additional comment with Record Insert / Record Update (as an agent would through the form), then calls the app's recentCommentEntries() and findCommentEntry() and asserts they return that comment with its text, author (sys_created_by) and journal entry sys_id, and nothing written before a later date.",
        failOnServerError: true,
    },
    (atf) => {
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf_platform_comment_sync_read_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF probe: comment sync reads the journal' },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_platform_comment_sync_read_comment'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { comments: 'ATF comment sync probe: agent comment' },
            assert: 'record_successfully_updated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_platform_comment_sync_read_journal'],
            table: 'sys_journal_field',
            fieldValues: `name=incident^element=comments^element_id=${incident.record_id}^value=ATF comment sync probe: agent comment`,
            assert: 'records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_comment_sync_read_app'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var communications = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/inbound/communications.ts');
    var incident = new GlideRecord('incident');
    incident.addQuery('short_description', 'ATF probe: comment sync reads the journal');
    incident.orderByDesc('sys_created_on');
    incident.query();
    assertEqual({ name: 'The test finds its incident', shouldbe: true, value: incident.next() });
    var id = incident.getUniqueValue();
    var entries = communications.recentCommentEntries(id, '', 20);
    assertEqual({ name: "The app's recentCommentEntries reads the incident's one comment from sys_journal_field", shouldbe: 1, value: entries.length });
    assertEqual({ name: 'The entry holds the comment text exactly (sys_journal_field.value)', shouldbe: 'ATF comment sync probe: agent comment', value: entries[0].value });
    assertEqual({ name: 'The entry names its author by user name (sys_journal_field.sys_created_by)', shouldbe: String(gs.getUserName()), value: entries[0].createdBy });
    var row = new GlideRecord('sys_journal_field');
    assertEqual({ name: "The entry's id is the sys_journal_field row (the id the app sends Microsoft as message id)", shouldbe: true, value: row.get(entries[0].sysId) && row.getValue('element_id') === id });
    var found = communications.findCommentEntry(id, 'ATF comment sync probe: agent comment');
    assertEqual({ name: "The app's findCommentEntry finds the comment by its text", shouldbe: entries[0].sysId, value: found ? found.sysId : '' });
    var later = new GlideDateTime();
    later.addSeconds(3600);
    assertEqual({ name: 'recentCommentEntries skips comments written before the given date-time (sys_created_on >= since)', shouldbe: 0, value: communications.recentCommentEntries(id, later.getValue(), 20).length });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const journalUncutTest = Test(
    {
        $id: Now.ID['atf_platform_journal_uncut'],
        name: 'Platform: a journal entry longer than the field length is kept whole',
        description:
            "Writes a 5000-character additional comment on a new incident (the comments field's dictionary length is 4000) and asserts its sys_journal_field row holds all 5000 characters; the step also reports whether this instance's changes() sees a new journal entry, which the app does not rely on.",
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_journal_uncut_script'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var text = 'ATF long comment probe ' + new Array(4978).join('j');
    var incident = new GlideRecord('incident');
    incident.initialize();
    incident.setValue('short_description', 'ATF probe: long journal entry');
    var id = incident.insert();
    var write = new GlideRecord('incident');
    write.get(id);
    write.setValue('comments', text);
    var changes = write.comments.changes();
    assertEqual({ name: 'The test writes a 5000-character comment', shouldbe: true, value: text.length === 5000 && !!write.update() });
    var journal = new GlideRecord('sys_journal_field');
    journal.addQuery('element_id', id);
    journal.addQuery('element', 'comments');
    journal.query();
    assertEqual({ name: 'The comment has its sys_journal_field row', shouldbe: true, value: journal.next() });
    assertEqual({ name: 'A journal entry is never cut at the field length (KB0685779): all 5000 characters are kept', shouldbe: 5000, value: String(journal.getValue('value')).length });
    stepResult.setOutputMessage('journalChanges: on this instance comments.changes() after a new entry is ' + changes + (changes ? " (the sandbox's lenient side)" : " (the sandbox's strict side, as documented)") + '; the app reads the journal instead');
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const journalEntryInSuite = Record({
    $id: Now.ID['atf_platform_journal_entry_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: journalEntryTest, order: 1200 },
})
export const commentSyncReadInSuite = Record({
    $id: Now.ID['atf_platform_comment_sync_read_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: commentSyncReadTest, order: 1210 },
})
export const journalUncutInSuite = Record({
    $id: Now.ID['atf_platform_journal_uncut_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: journalUncutTest, order: 1220 },
})
