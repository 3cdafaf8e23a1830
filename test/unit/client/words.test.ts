/**
 * Microsoft's enum values as words, and stored UTC date-times in the user's own format and zone
 * (src/client/shared/words.ts).
 */
import { LABELS } from '../../../src/server/messages/catalogue'
import { formatDate, formatDateTime, formatPattern, parseInstant, sentenceFromCamel, wordFor } from '../../../src/client/shared/words'

describe('words for enum values', () => {
    test('service health statuses and classifications read as words', () => {
        expect(wordFor('healthStatus', 'serviceDegradation')).toBe('Service degradation')
        expect(wordFor('healthStatus', 'investigating')).toBe('Investigating')
        expect(wordFor('healthStatus', 'postIncidentReviewPublished')).toBe('Post-incident report published')
        expect(wordFor('classification', 'advisory')).toBe('Advisory')
        expect(wordFor('classification', 'incident')).toBe('Incident')
    })

    test('case states and severities read as words', () => {
        expect(wordFor('caseStatus', 'waitingForCustomer')).toBe('Waiting for customer')
        expect(wordFor('caseStatus', 'inProgress')).toBe('In progress')
        expect(wordFor('severity', 'A')).toBe('A - Critical')
        expect(wordFor('solutionSource', 'microsoftLearn')).toBe('Microsoft Learn')
    })

    test('every Graph serviceHealthStatus member has its words in the catalogue', () => {
        // https://learn.microsoft.com/en-us/graph/api/resources/servicehealth (minus unknownFutureValue)
        const members = 'serviceOperational investigating restoringService verifyingService serviceRestored postIncidentReviewPublished serviceDegradation serviceInterruption extendedRecovery falsePositive investigationSuspended resolved mitigatedExternal mitigated resolvedExternal confirmed reported'.split(' ')
        expect(Object.keys(LABELS.words.healthStatus).sort()).toEqual([...members].sort())
    })

    test('a value Microsoft adds later is still shown as words, never raw', () => {
        expect(wordFor('healthStatus', 'unknownFutureValue')).toBe('Unknown future value')
        expect(wordFor('healthStatus', 'partialOutageRecovered')).toBe('Partial outage recovered')
        expect(sentenceFromCamel('restoringSLAReport')).toBe('Restoring SLA report')
        expect(wordFor('classification', '')).toBe('')
        expect(wordFor('classification', null)).toBe('')
    })

    test('an inherited property name is not a word', () => {
        expect(wordFor('classification', 'constructor')).toBe('Constructor')
        expect(wordFor('classification', 'toString')).toBe('To string')
    })
})

describe('dates in the user format', () => {
    const stored = '2026-03-05 14:07:09' // the instance's stored form, UTC

    test('the system default format and a user zone', () => {
        expect(formatDateTime(stored, { dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm:ss', timeZone: 'Europe/Berlin' })).toBe('2026-03-05 15:07:09')
    })

    test("the user's own patterns: day first, 12-hour clock, month names", () => {
        expect(formatDateTime(stored, { dateFormat: 'dd.MM.yyyy', timeFormat: 'hh:mm a', timeZone: 'America/Los_Angeles' })).toBe('05.03.2026 06:07 AM')
        expect(formatDateTime(stored, { dateFormat: 'MMM d, yyyy', timeFormat: 'h:mm:ss a', timeZone: 'UTC' })).toBe('Mar 5, 2026 2:07:09 PM')
        expect(formatDate(stored, { dateFormat: 'EEEE dd MMMM yy', timeFormat: 'HH:mm', timeZone: 'Asia/Tokyo' })).toBe('Thursday 05 March 26')
    })

    test('the zone moves the date across midnight', () => {
        expect(formatDate('2026-03-05T23:30:00Z', { dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm', timeZone: 'Asia/Tokyo' })).toBe('06/03/2026')
    })

    test('quoted text in a pattern stays literal', () => {
        expect(formatPattern(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), "yyyy-MM-dd'T'HH 'o''clock'", 'UTC')).toBe("2026-01-02T03 o'clock")
    })

    test('ISO 8601 values with an offset are read as the instant they name', () => {
        expect(parseInstant('2026-03-05T16:07:09+02:00')?.toISOString()).toBe('2026-03-05T14:07:09.000Z')
        expect(formatDateTime('2026-03-05T16:07:09+02:00', { dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm:ss', timeZone: 'UTC' })).toBe('2026-03-05 14:07:09')
    })

    test('without a known zone the time is shown in UTC and says so', () => {
        expect(formatDateTime(stored, null)).toBe('2026-03-05 14:07:09 (UTC)')
        expect(formatDateTime(stored, { dateFormat: 'dd-MM-yyyy', timeFormat: 'HH:mm', timeZone: '' })).toBe('05-03-2026 14:07 (UTC)')
        expect(formatDateTime(stored, { dateFormat: 'dd-MM-yyyy', timeFormat: 'HH:mm', timeZone: 'Not/AZone' })).toBe('05-03-2026 14:07 (UTC)')
    })

    test('nothing stays nothing, garbage stays as it came', () => {
        expect(formatDateTime('', null)).toBe('')
        expect(formatDateTime(null, null)).toBe('')
        expect(formatDateTime('soon', null)).toBe('soon')
    })
})
