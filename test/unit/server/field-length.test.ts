/**
 * The app's one helper for text from outside that may not fit its field
 * (src/server/platform/field-length.ts), on the emulation that cuts at max_length on save.
 */
import { GlideRecord } from '@servicenow/glide'
import { createTestPlatform, Platform } from '../../../sandbox/glide'
import { characterCount, fieldLength, fitText, setText } from '../../../src/server/platform/field-length'
import { appLogEntries } from '../../support/app-log'

const ISSUES = 'x_mioms_m365_assis_health_issue'

function warnings(platform: Platform): string[] {
    // The logger's one-time notice that syslog refused it (strict crossScopeSyslogWrite) is not one of ours.
    return appLogEntries(platform)
        .filter((r) => r.level === '1' && !r.message!.startsWith('The system log does not take entries'))
        .map((r) => r.message!)
}

describe('setText / fitText', () => {
    let platform: Platform
    let row: GlideRecord
    beforeEach(() => {
        platform = createTestPlatform()
        row = new GlideRecord(ISSUES)
        row.initialize()
    })

    it("reads the field's length from its GlideElementDescriptor; 0 when the field has none", () => {
        expect(fieldLength(row, 'title')).toBe(500)
        expect(fieldLength(row, 'issue_id')).toBe(40)
        expect(fieldLength(new GlideRecord('incident'), 'short_description')).toBe(160)
        expect(fieldLength(new GlideRecord('incident'), 'u_not_in_dictionary')).toBe(0)
    })

    it('sets a value that fits, and logs nothing', () => {
        expect(setText(row, 'title', 'Mail delayed', 'cut')).toBe(true)
        expect(row.getValue('title')).toBe('Mail delayed')
        expect(warnings(platform)).toEqual([])
    })

    it("'cut': keeps the first characters and logs table, field and lengths, never the value", () => {
        const title = 'Users may be unable to send email '.repeat(20) // 680 characters
        expect(setText(row, 'title', title, 'cut', 'M365-TEST')).toBe(false)
        expect(row.getValue('title')).toBe(title.substring(0, 500))
        const [warning, ...more] = warnings(platform)
        expect(more).toEqual([])
        expect(warning).toBe(`[M365-TEST] A value for ${ISSUES}.title has 680 characters, more than the field holds (500): cut to 500 characters`)
        expect(warning).not.toContain('Users may be unable')
    })

    it("'refuse': leaves the field as it was and says so", () => {
        row.setValue('issue_id', 'EX1')
        expect(setText(row, 'issue_id', 'EX'.repeat(30), 'refuse')).toBe(false)
        expect(row.getValue('issue_id')).toBe('EX1')
        expect(warnings(platform)[0]).toContain(`${ISSUES}.issue_id has 60 characters, more than the field holds (40): not stored`)
    })

    it('counts characters as the database does: an emoji is one, and is never split', () => {
        expect(characterCount('a😀b')).toBe(3)
        const fitting = '😀'.repeat(40)
        expect(fitText(row, 'issue_id', fitting, 'cut')).toEqual({ value: fitting, length: 40, limit: 40, tooLong: false })
        const cut = fitText(row, 'issue_id', 'x' + '😀'.repeat(40), 'cut')
        expect(cut).toMatchObject({ length: 41, limit: 40, tooLong: true })
        expect(cut.value).toBe('x' + '😀'.repeat(39))
    })
})
