/**
 * Text from outside the app (Microsoft's posts, titles, impact descriptions, solution summaries,
 * communication bodies, error texts) stored in a field whose dictionary length it may exceed.
 *
 * The platform keeps no more than the column holds: a field of max_length 255 or less is a
 * VARCHAR of that size, and the app must not count on a longer field keeping more than its
 * max_length either (docs "Database field type", KB0685779). So the app decides before saving,
 * per field, and says so in the log (table, field, lengths; never the value):
 * - 'cut': the value is cut here, in characters, at the field's length (a title, a summary);
 * - 'refuse': the field is not set at all (a JSON document or a Microsoft post: a cut one is
 *   worse than none); the caller decides what to store instead.
 * The length is GlideElementDescriptor.getLength() (documented for scoped apps); 0 means the
 * field has no dictionary length, and nothing is cut.
 */
import type { GlideRecord } from '@servicenow/glide'
import { logWarn } from '../diagnostics/logger'

export type Overflow = 'cut' | 'refuse'

export interface FittedText {
    /** What to store: the value, or its first `limit` characters; null when refused. */
    value: string | null
    /** Characters in the value given. */
    length: number
    /** The field's length (0: none). */
    limit: number
    /** True when the value is longer than the field. */
    tooLong: boolean
}

/** The field's dictionary length, or 0 when the field has none (or is not a field of the record). */
export function fieldLength(record: GlideRecord, field: string): number {
    const element = record.getElement(field)
    if (!element) return 0
    const length = Number(element.getED().getLength())
    return isFinite(length) && length > 0 ? length : 0
}

/** Characters (Unicode code points, as the database counts them) in text. */
export function characterCount(text: string): number {
    let n = 0
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        // A high surrogate followed by a low one is one character.
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const d = text.charCodeAt(i + 1)
            if (d >= 0xdc00 && d <= 0xdfff) i++
        }
        n++
    }
    return n
}

/** The first `limit` characters of text, never splitting a surrogate pair. */
function firstCharacters(text: string, limit: number): string {
    let n = 0
    let i = 0
    while (i < text.length && n < limit) {
        const c = text.charCodeAt(i)
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1
        n++
    }
    return text.substring(0, i)
}

/** What a save would keep of value in this field, under the given overflow rule. Logs nothing. */
export function fitText(record: GlideRecord, field: string, value: string, overflow: Overflow): FittedText {
    const limit = fieldLength(record, field)
    // Fewer UTF-16 units than the limit means fewer characters too: no counting on the common path.
    if (limit === 0 || value.length <= limit) return { value, length: value.length, limit, tooLong: false }
    const length = characterCount(value)
    if (length <= limit) return { value, length, limit, tooLong: false }
    return { value: overflow === 'cut' ? firstCharacters(value, limit) : null, length, limit, tooLong: true }
}

/**
 * Sets field to value when it fits; otherwise cuts it or leaves the field alone (overflow), and
 * logs a warning with the table, field and lengths. True when the whole value was set.
 */
export function setText(record: GlideRecord, field: string, value: string, overflow: Overflow, correlationId?: string): boolean {
    const fitted = fitText(record, field, value, overflow)
    if (fitted.tooLong) {
        logWarn(
            'A value for ' + record.getTableName() + '.' + field + ' has ' + fitted.length + ' characters, more than the field holds (' + fitted.limit + '): ' +
                (overflow === 'cut' ? 'cut to ' + fitted.limit + ' characters' : 'not stored'),
            correlationId,
        )
    }
    if (fitted.value !== null) record.setValue(field, fitted.value)
    return !fitted.tooLong
}
