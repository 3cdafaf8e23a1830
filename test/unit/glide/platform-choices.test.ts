/**
 * The emulation's out-of-box choice lists and the incident close-info data policy
 * (sandbox/glide/platformChoices.ts, sandbox/glide/dataPolicy.ts).
 */
import { createTestPlatform, GlideRecord } from '../../../sandbox/glide'
import { CURRENT_INCIDENT_CLOSE_CODES, isActiveChoice, LEGACY_INCIDENT_CLOSE_CODES, useChoiceList } from '../../../sandbox/glide/platformChoices'

describe('incident.close_code choices', () => {
    test('a fresh platform has the current release list, active, in English', () => {
        const platform = createTestPlatform()
        const rows = platform.store.query('sys_choice', {}).filter((r) => r.name === 'incident' && r.element === 'close_code')
        expect(rows.map((r) => r.value)).toEqual(CURRENT_INCIDENT_CLOSE_CODES.map((c) => c.value))
        expect(rows.every((r) => r.inactive === 'false' && r.language === 'en' && r.label === r.value)).toBe(true)
        expect(isActiveChoice(platform.store, 'incident', 'close_code', 'Solution provided')).toBe(true)
        expect(isActiveChoice(platform.store, 'incident', 'close_code', 'Closed/Resolved by Caller')).toBe(false)
    })

    test('bootstrap twice keeps one list; a test can play an older release', () => {
        const platform = createTestPlatform()
        platform.bootstrap()
        expect(platform.store.query('sys_choice', {}).filter((r) => r.element === 'close_code')).toHaveLength(CURRENT_INCIDENT_CLOSE_CODES.length)
        useChoiceList(platform, 'incident', 'close_code', LEGACY_INCIDENT_CLOSE_CODES)
        expect(isActiveChoice(platform.store, 'incident', 'close_code', 'Closed/Resolved by Caller')).toBe(true)
        expect(isActiveChoice(platform.store, 'incident', 'close_code', 'Solution provided')).toBe(false)
    })

    test('an inactive choice is not an active choice', () => {
        const platform = createTestPlatform()
        const row = platform.store.query('sys_choice', {}).find((r) => r.value === 'User error')!
        platform.store.update('sys_choice', row.sys_id!, { inactive: 'true' })
        expect(isActiveChoice(platform.store, 'incident', 'close_code', 'User error')).toBe(false)
    })

    test('a script may write a value that is not a choice: it is stored as is (the form shows it as invalid)', () => {
        const platform = createTestPlatform()
        const inc = new GlideRecord('incident')
        inc.initialize()
        inc.setValue('state', '6')
        inc.setValue('close_code', 'Closed/Resolved by Caller')
        inc.setValue('close_notes', 'Done.')
        const id = inc.insert()
        expect(id).toBeTruthy()
        expect(platform.store.get('incident', id!)?.close_code).toBe('Closed/Resolved by Caller')
        expect(inc.getDisplayValue('close_code')).toBe('Closed/Resolved by Caller')
    })
})

describe('close-info data policy', () => {
    function resolveWithout(field: 'close_code' | 'close_notes' | null) {
        const inc = new GlideRecord('incident')
        inc.initialize()
        inc.setValue('short_description', 'Mail down')
        const id = inc.insert()!
        inc.setValue('state', '6')
        if (field !== 'close_code') inc.setValue('close_code', 'Solution provided')
        if (field !== 'close_notes') inc.setValue('close_notes', 'Fixed.')
        return { id, result: inc.update(), error: inc.getLastErrorMessage() }
    }

    test('strict: resolving without a resolution code or notes is refused and nothing is written', () => {
        const platform = createTestPlatform()
        const noCode = resolveWithout('close_code')
        expect(noCode.result).toBeNull()
        expect(noCode.error).toBe('Data Policy Exception: The following fields are mandatory: Resolution code')
        // The refused update left the incident as inserted: state New (1), the task default.
        expect(platform.store.get('incident', noCode.id)?.state).toBe('1')
        expect(resolveWithout('close_notes').error).toContain('Resolution notes')
        expect(platform.syslog().some((r) => r.source === 'DataPolicy' && r.level === '2')).toBe(true)
        expect(resolveWithout(null).result).toBeTruthy()
    })

    test('strict: inserting a closed incident without close info is refused too; other states are not checked', () => {
        createTestPlatform()
        const closed = new GlideRecord('incident')
        closed.initialize()
        closed.setValue('state', '7')
        expect(closed.insert()).toBeNull()
        const open = new GlideRecord('incident')
        open.initialize()
        open.setValue('state', '2')
        expect(open.insert()).toBeTruthy()
    })

    test('lenient: only the form would ask; a script resolves without close info', () => {
        const platform = createTestPlatform()
        platform.fidelity.closeInfoDataPolicy = 'lenient'
        expect(resolveWithout('close_code').result).toBeTruthy()
    })
})
