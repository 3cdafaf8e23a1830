/**
 * Field lengths on save: a string-family value longer than its field's sys_dictionary max_length
 * is cut when the row is written (GlideRecord insert/update and Platform.insertRow: it is a
 * database column either way). What the documentation says, and what the emulation does:
 *
 * - docs "Database field type" (https://www.servicenow.com/docs/r/yokohama/platform-administration/r_DatabaseFieldTypes.html):
 *   a string of max_length 40..255 is a VARCHAR(max_length) column, 256 and up a MEDIUMTEXT,
 *   url, journal and glide_list are MEDIUMTEXT. KB0685779 (https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB0685779):
 *   max_length itself "is not enforced ... in the client or server"; the column decides.
 * - So a VARCHAR column keeps at most max_length characters: cut here (MySQL, https://dev.mysql.com/doc/refman/5.7/en/char.html:
 *   VARCHAR(n) holds n characters; a longer value is cut with a warning, or refused in strict SQL
 *   mode; ServiceNow does not document its sql_mode. An app that checks lengths itself, as
 *   src/server/platform/field-length.ts does, is right either way).
 * - A MEDIUMTEXT column (max_length ≥ 256, url) keeps up to 16 MB on MySQL-backed instances. The
 *   emulation is stricter than that by default and cuts at max_length too (fidelity
 *   `longTextCut`): the dictionary length is the only limit the app can read
 *   (GlideElementDescriptor.getLength()), column types differ between database back ends, and an
 *   app that keeps within its declared lengths works on every instance. `longTextCut=lenient`
 *   follows the MySQL documentation (only VARCHAR columns cut).
 * - Exempt: journal* fields and the sys_journal_field.value that holds their entries (KB0685779:
 *   not cutting comments/work_notes at max_length "is a deliberate decision"), and every non-string
 *   type (boolean, integer, decimal, dates, reference: their max_length is not a character limit).
 *
 * Lengths are counted in characters (Unicode code points), as MySQL counts VARCHAR(n) in utf8mb4.
 * Dictionary lookups go through fieldDescriptor() (the table's parents included) and are cached per
 * store until the number of sys_dictionary / sys_db_object rows changes.
 */
import { fieldDescriptor, FieldDescriptor } from './dictionary'
import { FidelitySwitches } from './fidelity'
import { Row, Store } from './store/types'

/**
 * Internal types whose values are text held in a column sized by max_length (docs: "Field types"
 * and GlideElementDescriptor getInternalType()'s list; `choice` is how the Now SDK emits a
 * ChoiceColumn's type, stored as a string).
 */
export const LENGTH_LIMITED_TYPES: ReadonlySet<string> = new Set([
    'string',
    'choice',
    'char',
    'multi_two_lines',
    'html',
    'translated_html',
    'translated_text',
    'translated_field',
    'json',
    'url',
    'email',
    'script',
    'script_plain',
    'xml',
    'conditions',
    'condition_string',
    'field_name',
    'table_name',
    'sys_class_name',
    'ph_number',
    'user_input',
])

/** Types the docs list as MEDIUMTEXT whatever their max_length. */
const ALWAYS_LONG_TEXT: ReadonlySet<string> = new Set(['url'])

/** docs "Database field type": max_length 1..255 is VARCHAR(max_length), 256 and up MEDIUMTEXT. */
export const VARCHAR_MAX = 255

/** What a save needs from the platform: its store and its fidelity switches. */
export interface LengthContext {
    store: Store
    fidelity: Pick<FidelitySwitches, 'longTextCut' | 'writtenValueUncut'>
}

/** The number of characters a save keeps for this field, or null when nothing is cut. */
export function storedLengthLimit(descriptor: FieldDescriptor | undefined, fidelity: LengthContext['fidelity']): number | null {
    if (!descriptor || descriptor.maxLength === null) return null
    if (!LENGTH_LIMITED_TYPES.has(descriptor.internalType)) return null
    const varchar = descriptor.maxLength <= VARCHAR_MAX && !ALWAYS_LONG_TEXT.has(descriptor.internalType)
    if (!varchar && fidelity.longTextCut === 'lenient') return null
    return descriptor.maxLength
}

/** The first `limit` characters (code points) of value; the value itself when it fits. */
export function cutToLength(value: string, limit: number): string {
    // A string of at most `limit` UTF-16 units has at most `limit` code points: the common case costs nothing.
    if (value.length <= limit) return value
    const chars = Array.from(value)
    return chars.length <= limit ? value : chars.slice(0, limit).join('')
}

/**
 * The row as the table stores it: string-family values longer than their field's limit are cut.
 * Returns the same object when nothing is cut (no copy on the common path).
 */
export function cutToFieldLengths(context: LengthContext, table: string, row: Row): Row {
    let out: Row | undefined
    for (const field of Object.keys(row)) {
        const value = row[field]
        if (value === null || value === undefined || value === '' || field === 'sys_id') continue
        if (table === 'sys_journal_field' && field === 'value') continue
        const limit = storedLengthLimit(fieldDescriptor(context.store, table, field), context.fidelity)
        if (limit === null) continue
        const cut = cutToLength(value, limit)
        if (cut === value) continue
        out ??= { ...row }
        out[field] = cut
    }
    return out ?? row
}

/**
 * GlideRecord's hook on insert/update: the row as the table stores it. Whether the record that
 * wrote keeps the uncut value is undocumented (fidelity `writtenValueUncut`): strict keeps it, as a
 * GlideRecord does not re-read its row after a write, so only a re-read shows the cut; lenient cuts
 * the record's own values as well.
 */
export function rowAsSaved(context: LengthContext, table: string, row: Row, recordValues: Row): Row {
    const saved = cutToFieldLengths(context, table, row)
    if (saved !== row && context.fidelity.writtenValueUncut === 'lenient') {
        for (const field of Object.keys(saved)) if (saved[field] !== row[field]) recordValues[field] = saved[field]
    }
    return saved
}
