import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { verificationSuite } from './suite.now'

// Platform assumptions about typed values and field lengths (docs/platform-fidelity.md, "Values,
// fields and the dictionary"). Probes are the app's own rows (service health sync state,
// communications, status mappings), rolled back when each test ends. Where the platform's
// behaviour is undocumented (the sandbox's fidelity switches), the step asserts only what the app
// needs on both sides and says in its output which side this instance took.

export const typedValuesTest = Test(
    {
        $id: Now.ID['atf_platform_typed_values'],
        name: "Platform: integer and date-time fields keep plain numbers and UTC 'yyyy-MM-dd HH:mm:ss'",
        description:
            "Saves a service-health sync-state row with an integer (last_calls = 12) and a date-time the app converts from ISO 8601 with an offset (glideFromIso), asserts both read back unchanged and that GlideDateTime.getValue() has the internal UTC form, then validates the integer with Record Validation; a last step shows that a status mapping whose incident state is not a number is ignored by the app whatever the instance stores.",
        failOnServerError: true,
    },
    (atf) => {
        const syncRow = atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_typed_values_write'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var dateTime = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/time/date-time.ts');
    var stored = dateTime.glideFromIso('2026-03-04T05:06:07+02:00');
    assertEqual({ name: "The app converts ISO 8601 with an offset to the UTC value form 'yyyy-MM-dd HH:mm:ss'", shouldbe: '2026-03-04 03:06:07', value: stored });
    var row = new GlideRecord('x_mioms_m365_assis_health_sync');
    row.initialize();
    row.setValue('feed', 'atfProbeTyped');
    row.setValue('last_calls', 12);
    row.setValue('last_attempt', stored);
    var id = row.insert();
    assertEqual({ name: 'The test saves a service-health sync-state probe', shouldbe: true, value: !!id });
    var saved = new GlideRecord('x_mioms_m365_assis_health_sync');
    saved.get(id);
    assertEqual({ name: "An integer field set to the number 12 reads back through getValue as '12' (the app's sandbox stores plain numbers)", shouldbe: '12', value: String(saved.getValue('last_calls')) });
    assertEqual({ name: 'A date-time field keeps the UTC value the app wrote (GlideDateTime internal format, UTC)', shouldbe: stored, value: String(saved.getValue('last_attempt')) });
    assertEqual({ name: "The app reads the stored date-time back as ISO 8601 UTC", shouldbe: '2026-03-04T03:06:07Z', value: dateTime.isoFromGlide(saved.getValue('last_attempt')) });
    var now = String(new GlideDateTime().getValue());
    var form = /^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$/;
    assertEqual({ name: "GlideDateTime.getValue() is 'yyyy-MM-dd HH:mm:ss' (the form the app compares and stores), got '" + now + "'", shouldbe: true, value: form.test(now) });
    assertEqual({ name: "The app reads GlideDateTime.getValue() as a date-time", shouldbe: true, value: dateTime.isoFromGlide(now) !== null });
    outputs.table = 'x_mioms_m365_assis_health_sync';
    outputs.record_id = id;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_platform_typed_values_validate'],
            table: 'x_mioms_m365_assis_health_sync',
            recordId: syncRow.record_id,
            fieldValues: 'feed=atfProbeTyped^last_calls=12',
            assert: 'record_validated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_typed_values_not_a_number'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var statusMap = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/inbound/status-map.ts');
    var row = new GlideRecord('x_mioms_m365_assis_status_map');
    row.initialize();
    row.setValue('microsoft_status', 'atfProbeNotANumber');
    row.setValue('incident_state', 'resolved');
    row.setValue('active', true);
    var id = row.insert();
    assertEqual({ name: 'The test saves a status-mapping probe whose incident state is not a number', shouldbe: true, value: !!id });
    var saved = new GlideRecord('x_mioms_m365_assis_status_map');
    saved.get(id);
    var kept = saved.getValue('incident_state');
    assertEqual({ name: 'The app ignores a status mapping whose incident state is not a number (stored here as ' + (kept === null ? 'empty' : "'" + kept + "'") + ')', shouldbe: true, value: statusMap.mappingFor('atfProbeNotANumber') === null });
    stepResult.setOutputMessage('typedNumbers: this instance stores a non-number set on an integer field as ' + (kept === null || kept === '' ? 'empty (the sandbox\\'s strict side)' : "'" + kept + "' (the sandbox's lenient side)"));
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const fieldCutTest = Test(
    {
        $id: Now.ID['atf_platform_field_cut'],
        name: 'Platform: a value longer than a string field is cut at max_length on save, counted in characters',
        description:
            'Inserts a communication row with a 128-character message id and a 250-character author (field length 200), validates with Record Validation that the message id is kept whole and the author holds its first 200 characters; a script then saves 250 accented characters and asserts 200 characters (not bytes) are kept.',
        failOnServerError: true,
    },
    (atf) => {
        // Record Insert fills every mandatory field: a communication needs its case, a case its incident.
        const probeIncident = atf.server.recordInsert({
            $id: Now.ID['atf_platform_field_cut_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF probe: field lengths' },
            assert: 'record_successfully_inserted',
        })
        const probeCase = atf.server.recordInsert({
            $id: Now.ID['atf_platform_field_cut_case'],
            table: 'x_mioms_m365_assis_case',
            fieldValues: { case_number: 'ATF-PROBE-LENGTH-1', incident: probeIncident.record_id, title: 'ATF probe case' },
            assert: 'record_successfully_inserted',
        })
        const row = atf.server.recordInsert({
            $id: Now.ID['atf_platform_field_cut_insert'],
            table: 'x_mioms_m365_assis_communication',
            fieldValues: {
                case: probeCase.record_id,
                message_id:
                    'atf-probe-message-id-01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456',
                author: 'ATF-author-probe-abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxy',
                // From Microsoft: a row going to Microsoft would be sent by the app's async rule.
                direction: 'fromMicrosoft',
                state: 'received',
            },
            assert: 'record_successfully_inserted',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_platform_field_cut_message_id'],
            table: 'x_mioms_m365_assis_communication',
            recordId: row.record_id,
            fieldValues:
                'message_id=atf-probe-message-id-01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456',
            assert: 'record_validated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_platform_field_cut_author'],
            table: 'x_mioms_m365_assis_communication',
            recordId: row.record_id,
            fieldValues:
                'author=ATF-author-probe-abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyza',
            assert: 'record_validated',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_field_cut_characters'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var accented = new Array(251).join('\\u00e9');
    var row = new GlideRecord('x_mioms_m365_assis_communication');
    row.initialize();
    row.setValue('message_id', 'atf-probe-characters');
    row.setValue('author', accented);
    row.setValue('correlation_id', new Array(61).join('c'));
    var id = row.insert();
    assertEqual({ name: 'The test saves a communication probe with 250 accented characters as author', shouldbe: true, value: !!id });
    var saved = new GlideRecord('x_mioms_m365_assis_communication');
    saved.get(id);
    var author = String(saved.getValue('author'));
    assertEqual({ name: 'A VARCHAR(200) field keeps 200 characters of accented text, counted in characters, not bytes (the app counts characters)', shouldbe: 200, value: author.length });
    assertEqual({ name: 'The kept characters are the first ones, unchanged', shouldbe: accented.substring(0, 200), value: author });
    assertEqual({ name: 'A 60-character value in the correlation id field (length 40) is cut at 40 on save', shouldbe: 40, value: String(saved.getValue('correlation_id')).length });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const fieldLengthHelperTest = Test(
    {
        $id: Now.ID['atf_platform_field_length_helper'],
        name: "App: the field-length helper reads this instance's lengths, and cuts or refuses as it says",
        description:
            "Reads with the app's fieldLength() (GlideElementDescriptor.getLength) the column lengths the app relies on (message id 128, author 200, body 60000+, resolution notes 4000+, ...), then calls setText() with 'cut' and 'refuse' on values longer than the author field and asserts what is set, what the save keeps and that a value that fits is set whole; a last step cuts a value ending in an emoji.",
        // setText logs a warning through the app's logger, which never makes the platform log an error.
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_field_length_helper_lengths'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var fieldLength = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/field-length.ts');
    // [table, field, the length the app needs, why]
    var needs = [
        ['x_mioms_m365_assis_communication', 'message_id', 128, "the connector contract's MessageId (up to 128 characters) is the idempotency key"],
        ['x_mioms_m365_assis_communication', 'author', 200, "the contract's author (up to 200 characters)"],
        ['x_mioms_m365_assis_communication', 'body', 60000, "the contract's communication body (up to 60000 characters)"],
        ['x_mioms_m365_assis_communication', 'correlation_id', 17, 'correlation ids (M365- and 12 characters)'],
        ['x_mioms_m365_assis_case', 'owner', 200, "the contract's case owner (up to 200 characters)"],
        ['x_mioms_m365_assis_case', 'case_number', 64, 'Microsoft case numbers'],
        ['x_mioms_m365_assis_health_post', 'post_key', 100, 'service health post keys'],
        ['incident', 'close_notes', 4000, "the close call's resolution (up to 4000 characters) becomes the incident's resolution notes"]
    ];
    var seen = [];
    for (var i = 0; i < needs.length; i++) {
        var record = new GlideRecord(needs[i][0]);
        record.initialize();
        var length = fieldLength.fieldLength(record, needs[i][1]);
        seen.push(needs[i][0] + '.' + needs[i][1] + '=' + length);
        assertEqual({ name: needs[i][0] + '.' + needs[i][1] + ' holds at least ' + needs[i][2] + ' characters (' + needs[i][3] + '); the dictionary says ' + length, shouldbe: true, value: length >= needs[i][2] });
    }
    assertEqual({ name: 'x_mioms_m365_assis_communication.message_id is exactly 128 long as shipped (GlideElementDescriptor.getLength)', shouldbe: 128, value: fieldLength.fieldLength(new GlideRecord('x_mioms_m365_assis_communication'), 'message_id') });
    stepResult.setOutputMessage('Field lengths: ' + seen.join(', '));
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_field_length_helper_cut'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var fieldLength = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/field-length.ts');
    var long = new Array(251).join('a') + 'TAIL';
    var row = new GlideRecord('x_mioms_m365_assis_communication');
    row.initialize();
    row.setValue('message_id', 'atf-probe-set-text-cut');
    assertEqual({ name: "setText(..., 'cut') says a 254-character author did not fit", shouldbe: false, value: fieldLength.setText(row, 'author', long, 'cut') });
    assertEqual({ name: "setText(..., 'cut') sets the author's first 200 characters", shouldbe: long.substring(0, 200), value: String(row.getValue('author')) });
    var id = row.insert();
    var saved = new GlideRecord('x_mioms_m365_assis_communication');
    saved.get(id);
    assertEqual({ name: 'The save keeps the 200 characters setText cut, whole', shouldbe: long.substring(0, 200), value: String(saved.getValue('author')) });
    var fits = new GlideRecord('x_mioms_m365_assis_communication');
    fits.initialize();
    assertEqual({ name: 'setText says a 200-character author fits', shouldbe: true, value: fieldLength.setText(fits, 'author', long.substring(0, 200), 'cut') });
    assertEqual({ name: 'setText sets a fitting value whole', shouldbe: long.substring(0, 200), value: String(fits.getValue('author')) });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_field_length_helper_refuse'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var fieldLength = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/field-length.ts');
    var row = new GlideRecord('x_mioms_m365_assis_communication');
    row.initialize();
    row.setValue('message_id', 'atf-probe-set-text-refuse');
    assertEqual({ name: "setText(..., 'refuse') says a 201-character author did not fit", shouldbe: false, value: fieldLength.setText(row, 'author', new Array(202).join('r'), 'refuse') });
    assertEqual({ name: "setText(..., 'refuse') leaves the field empty (getValue null)", shouldbe: true, value: row.getValue('author') === null });
    var id = row.insert();
    var saved = new GlideRecord('x_mioms_m365_assis_communication');
    saved.get(id);
    assertEqual({ name: "A row whose field setText refused saves with the field empty", shouldbe: true, value: !!id && saved.getValue('author') === null });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_field_length_helper_emoji'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var fieldLength = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/field-length.ts');
    var text = new Array(200).join('a') + '\\ud83d\\ude00' + 'b';
    assertEqual({ name: 'The app counts an emoji as one character', shouldbe: 201, value: fieldLength.characterCount(text) });
    var row = new GlideRecord('x_mioms_m365_assis_communication');
    row.initialize();
    row.setValue('message_id', 'atf-probe-set-text-emoji');
    fieldLength.setText(row, 'author', text, 'cut');
    var cut = String(row.getValue('author'));
    assertEqual({ name: "setText(..., 'cut') keeps 199 letters and the whole emoji (200 characters), never half of it", shouldbe: text.substring(0, 201), value: cut });
    var id = row.insert();
    var saved = new GlideRecord('x_mioms_m365_assis_communication');
    saved.get(id);
    assertEqual({ name: 'A VARCHAR(200) field keeps 200 characters when one is an emoji (the platform counts characters as the app does)', shouldbe: cut, value: String(saved.getValue('author')) });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const longTextTest = Test(
    {
        $id: Now.ID['atf_platform_long_text'],
        name: 'Platform: a value longer than a long string field (max_length over 255) is cut at max_length or kept whole',
        description:
            "Saves 1500 characters directly into a status mapping's resolution notes (max_length 1000) and asserts the save kept either exactly 1000 characters or all 1500 (never anything else), reporting which; then asserts the app's setText('cut') stores at most 1000 whichever the instance does.",
        // setText logs a warning (see the field-length helper test); no error-level line.
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_long_text_direct'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var text = new Array(1501).join('n');
    var row = new GlideRecord('x_mioms_m365_assis_status_map');
    row.initialize();
    row.setValue('microsoft_status', 'atfProbeLongText');
    row.setValue('incident_state', 2);
    row.setValue('close_notes', text);
    var id = row.insert();
    assertEqual({ name: 'The test saves a status-mapping probe with 1500-character resolution notes', shouldbe: true, value: !!id });
    var saved = new GlideRecord('x_mioms_m365_assis_status_map');
    saved.get(id);
    var kept = String(saved.getValue('close_notes') || '').length;
    assertEqual({ name: 'A 1500-character value in a field of max_length 1000 is cut at 1000 or kept whole (kept ' + kept + ')', shouldbe: true, value: kept === 1000 || kept === 1500 });
    stepResult.setOutputMessage('longTextCut: this instance ' + (kept === 1000 ? 'cuts long string fields at max_length (the sandbox\\'s strict side)' : 'keeps values longer than max_length in long string fields (the lenient side, KB0685779)'));
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_platform_long_text_app'],
            jasmineVersion: '3.1',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var fieldLength = require('x_mioms_m365_assis/x-mioms-m365-assis/1.0.0/src/server/platform/field-length.ts');
    var row = new GlideRecord('x_mioms_m365_assis_communication');
    row.initialize();
    row.setValue('message_id', 'atf-probe-long-text');
    fieldLength.setText(row, 'last_error', new Array(1501).join('e'), 'cut');
    var id = row.insert();
    var saved = new GlideRecord('x_mioms_m365_assis_communication');
    saved.get(id);
    assertEqual({ name: "The app's setText('cut') stores the first 1000 characters in a field of max_length 1000, whichever way the instance treats longer values", shouldbe: 1000, value: String(saved.getValue('last_error') || '').length });
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

export const typedValuesInSuite = Record({
    $id: Now.ID['atf_platform_typed_values_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: typedValuesTest, order: 1100 },
})
export const fieldCutInSuite = Record({
    $id: Now.ID['atf_platform_field_cut_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: fieldCutTest, order: 1110 },
})
export const fieldLengthHelperInSuite = Record({
    $id: Now.ID['atf_platform_field_length_helper_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: fieldLengthHelperTest, order: 1120 },
})
export const longTextInSuite = Record({
    $id: Now.ID['atf_platform_long_text_in_suite'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: longTextTest, order: 1130 },
})
