/**
 * Words, not enum values, and dates in the user's format: renderer-agnostic helpers (no React)
 * for every page. The words come from the message catalogue (LABELS.words); a value Microsoft
 * adds later (Graph enums are evolvable) is shown as its camelCase split into a sentence.
 *
 * Dates follow the user's own format the way the instance shows them elsewhere: the page's
 * context route passes the user's Java SimpleDateFormat patterns and time zone
 * (src/server/time/user-date-format.ts); this formats a stored UTC value with them.
 */
import { LABELS, formatMessage } from '../../server/messages/catalogue'

export type WordKind = Exclude<keyof typeof LABELS.words, 'dateTimeInZone'>

/** "serviceDegradation" → "Service degradation"; "waitingForCustomer" → "Waiting for customer". */
export function sentenceFromCamel(value: string): string {
    const spaced = value
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .replace(/[_-]+/g, ' ')
        .trim()
    if (!spaced) return ''
    const lower = spaced
        .split(' ')
        .map((word) => (/^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase()))
        .join(' ')
    return lower.charAt(0).toUpperCase() + lower.slice(1)
}

/** The words for one of Microsoft's enum values (health status, classification, case status, ...). */
export function wordFor(kind: WordKind, value: string | null | undefined): string {
    if (!value) return ''
    const table = LABELS.words[kind] as Readonly<Record<string, string>>
    return Object.prototype.hasOwnProperty.call(table, value) ? table[value] : sentenceFromCamel(value)
}

// --- dates ------------------------------------------------------------------------------------

export interface UserDateFormat {
    dateFormat: string
    timeFormat: string
    timeZone: string
}

/** Shown when the user's format could not be read: the instance's own internal form, in UTC. */
export const FALLBACK_DATE_FORMAT: UserDateFormat = { dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm:ss', timeZone: '' }

const UTC = 'UTC'

/** An ISO 8601 date-time (any offset) or the instance's stored 'yyyy-MM-dd HH:mm:ss' (UTC). */
export function parseInstant(value: string): Date | null {
    const glide = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value)
    const ms = glide ? Date.UTC(+glide[1], +glide[2] - 1, +glide[3], +glide[4], +glide[5], +glide[6]) : Date.parse(value)
    return isNaN(ms) ? null : new Date(ms)
}

interface Fields {
    year: number
    month: number
    day: number
    hour: number
    minute: number
    second: number
    monthLong: string
    monthShort: string
    weekdayLong: string
    weekdayShort: string
    dayPeriod: string
}

function zoneIsKnown(timeZone: string): boolean {
    if (!timeZone) return false
    try {
        new Intl.DateTimeFormat('en', { timeZone })
        return true
    } catch {
        return false
    }
}

function fieldsIn(date: Date, timeZone: string): Fields {
    const read = (options: Intl.DateTimeFormatOptions): Record<string, string> => {
        const parts: Record<string, string> = {}
        for (const part of new Intl.DateTimeFormat('en-US', { ...options, timeZone }).formatToParts(date)) parts[part.type] = part.value
        return parts
    }
    const n = read({ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' })
    const long = read({ month: 'long', weekday: 'long' })
    const short = read({ month: 'short', weekday: 'short' })
    const period = read({ hour: 'numeric', hourCycle: 'h12' })
    return {
        year: +n.year,
        month: +n.month,
        day: +n.day,
        hour: +n.hour % 24,
        minute: +n.minute,
        second: +n.second,
        monthLong: long.month,
        monthShort: short.month,
        weekdayLong: long.weekday,
        weekdayShort: short.weekday,
        dayPeriod: period.dayPeriod,
    }
}

function pad(value: number, width: number): string {
    return String(value).padStart(width, '0')
}

/** One run of a pattern letter (Java SimpleDateFormat meaning); other letters stay as they are. */
function field(letter: string, count: number, f: Fields, zone: string): string {
    switch (letter) {
        case 'y':
            return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count)
        case 'M':
            return count >= 4 ? f.monthLong : count === 3 ? f.monthShort : pad(f.month, count)
        case 'd':
            return pad(f.day, count)
        case 'H':
            return pad(f.hour, count)
        case 'k':
            return pad(f.hour === 0 ? 24 : f.hour, count)
        case 'h':
            return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count)
        case 'K':
            return pad(f.hour % 12, count)
        case 'm':
            return pad(f.minute, count)
        case 's':
            return pad(f.second, count)
        case 'a':
            return f.dayPeriod
        case 'E':
            return count >= 4 ? f.weekdayLong : f.weekdayShort
        case 'z':
        case 'Z':
            return zone
        default:
            return letter.repeat(count)
    }
}

/** Formats `date` with a Java SimpleDateFormat pattern ('quoted' text literal, '' a quote) in `timeZone`. */
export function formatPattern(date: Date, pattern: string, timeZone: string): string {
    const f = fieldsIn(date, timeZone)
    let out = ''
    for (let i = 0; i < pattern.length; ) {
        const c = pattern[i]
        if (c === "'") {
            // '' is a quote, inside quoted text or outside it.
            if (pattern[i + 1] === "'") {
                out += "'"
                i += 2
                continue
            }
            i++
            while (i < pattern.length) {
                if (pattern[i] === "'" && pattern[i + 1] === "'") {
                    out += "'"
                    i += 2
                } else if (pattern[i] === "'") {
                    i++
                    break
                } else out += pattern[i++]
            }
            continue
        }
        if (/[A-Za-z]/.test(c)) {
            let j = i
            while (pattern[j] === c) j++
            out += field(c, j - i, f, timeZone)
            i = j
            continue
        }
        out += c
        i++
    }
    return out
}

function format(value: string | null | undefined, userFormat: UserDateFormat | null, withTime: boolean): string {
    if (!value) return ''
    const date = parseInstant(value)
    if (!date) return value
    const wanted = userFormat || FALLBACK_DATE_FORMAT
    const known = zoneIsKnown(wanted.timeZone)
    const zone = known ? wanted.timeZone : UTC
    const pattern = withTime ? wanted.dateFormat + ' ' + wanted.timeFormat : wanted.dateFormat
    const text = formatPattern(date, pattern, zone)
    // Never let a UTC time pass for the user's local time.
    return known ? text : formatMessage(LABELS.words.dateTimeInZone, [text, UTC])
}

/** A stored date-time (UTC) in the user's date and time format and time zone; '' for nothing. */
export function formatDateTime(value: string | null | undefined, userFormat: UserDateFormat | null): string {
    return format(value, userFormat, true)
}

/** A stored date-time (UTC) as a date in the user's date format and time zone; '' for nothing. */
export function formatDate(value: string | null | undefined, userFormat: UserDateFormat | null): string {
    return format(value, userFormat, false)
}
