/** Microsoft's date-times ↔ the instance's GlideDateTime value form. */
import { glideFromIso, isoFromGlide } from '../../../src/server/time/date-time'

test('ISO 8601 with any offset becomes the UTC value form', () => {
    expect(glideFromIso('2026-11-23T05:00:00Z')).toBe('2026-11-23 05:00:00')
    expect(glideFromIso('2026-11-23T06:30:15.1234567+01:00')).toBe('2026-11-23 05:30:15')
    expect([glideFromIso(''), glideFromIso(null), glideFromIso('soon')]).toEqual(['', '', ''])
})

test('the value form becomes ISO 8601 UTC', () => {
    expect(isoFromGlide('2026-11-23 05:00:00')).toBe('2026-11-23T05:00:00Z')
    expect([isoFromGlide(''), isoFromGlide(null), isoFromGlide('23/11/2026')]).toEqual([null, null, null])
    expect(isoFromGlide(glideFromIso('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05Z')
})
