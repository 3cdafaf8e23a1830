/**
 * Field types: every value is typed by its field's sys_dictionary internal_type (looked up with
 * fieldDescriptor, so incident reads task's fields), as the platform's GlideElement does.
 *
 *  - boolean (True/False): stored 'true'/'false' (the form update-set XML and the app's records
 *    use); `getValue()` gives '1'/'0' and null when empty, `String(gr.field)` / `toString()` give
 *    'true'/'false' (https://codecreative.io/blog/is-gliderecord-getvalue-the-king-of-the-string/ ,
 *    278,738 samples; https://www.servicenow.com/community/developer-articles/objectifying-gliderecord-how-to-do-it-right/ta-p/2321241
 *    "converts booleans to the strings '1' and '0'"). setValue accepts
 *    true/false/'true'/'false'/'1'/'0'; queries match either spelling (`active=true` = `active=1`).
 *  - integer: a plain integer string ('01' → '1'); a non-number is stored empty (strict; switch
 *    `typedNumbers`).
 *  - decimal / float: a plain decimal string ('1.50' → '1.5'); a non-number as for integers.
 *  - glide_date_time / due_date: only the internal format 'YYYY-MM-DD HH:mm:ss' is kept (docs:
 *    GlideRecord setValue takes the internal value; GlideDateTime "internal format"); any other
 *    text is stored empty (strict; switch `typedDateTime`).
 *  - reference: a sys_id, stored as given (a reference to a missing record reads as one).
 *  - everything else: the string as given.
 * Fields without a dictionary entry keep the string as given (the emulation cannot know better).
 *
 * Cutting string values at max_length is NOT here (fieldLength.ts).
 */
import { fieldDescriptor } from './dictionary'
import { FidelitySwitches } from './fidelity'
import { allOf, anyOf, term as makeTerm } from './store/semantics'
import { Condition, FieldValue, Row, Store, Term } from './store/types'

export type FieldKind = 'boolean' | 'integer' | 'decimal' | 'date_time' | 'reference' | 'string'

const KIND_OF_TYPE: Record<string, FieldKind> = {
    boolean: 'boolean',
    integer: 'integer',
    longint: 'integer',
    decimal: 'decimal',
    float: 'decimal',
    glide_date_time: 'date_time',
    due_date: 'date_time',
    reference: 'reference',
}

/** The spellings a True/False value arrives in (setValue, encoded queries, imports). */
const TRUE_SPELLINGS = ['true', '1']
const FALSE_SPELLINGS = ['false', '0']

const INTEGER = /^[+-]?\d+$/
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** The kind of a field, from its sys_dictionary internal_type up the table's parents. */
export function fieldKind(store: Store, table: string, element: string): FieldKind {
    const type = fieldDescriptor(store, table, element)?.internalType
    return (type && KIND_OF_TYPE[type]) || 'string'
}

/** True for a stored True/False value that is true ('true', or '1' from an import): the sandbox's own readers of raw rows. */
export function storedTrue(value: FieldValue | undefined): boolean {
    return value !== null && value !== undefined && TRUE_SPELLINGS.includes(value.trim().toLowerCase())
}

/** True for a stored True/False value that is false ('false' or '0'); empty is neither. */
export function storedFalse(value: FieldValue | undefined): boolean {
    return value !== null && value !== undefined && FALSE_SPELLINGS.includes(value.trim().toLowerCase())
}

/** The stored form of a value (already a string or null, see GlideRecord toFieldString) for a field of this kind. */
export function toStored(kind: FieldKind, value: string | null, fidelity: FidelitySwitches): string | null {
    if (value === null || value === '') return null
    switch (kind) {
        case 'boolean':
            // Anything that is not a true spelling is false, as a checkbox holds only the two values.
            return storedTrue(value) ? 'true' : 'false'
        case 'integer': {
            const text = value.trim()
            if (INTEGER.test(text)) return String(parseInt(text, 10))
            // A decimal in an integer field keeps its integer part (the column is an integer).
            if (DECIMAL.test(text)) return String(Math.trunc(Number(text)))
            return fidelity.typedNumbers === 'lenient' ? value : null
        }
        case 'decimal': {
            const text = value.trim()
            if (DECIMAL.test(text)) return String(Number(text))
            return fidelity.typedNumbers === 'lenient' ? value : null
        }
        case 'date_time':
            if (DATE_TIME.test(value)) return value
            return fidelity.typedDateTime === 'lenient' ? value : null
        default:
            return value
    }
}

/** What `getValue()` returns for a stored value: booleans as '1'/'0', everything else as stored. */
export function toGetValue(kind: FieldKind, stored: string | null | undefined): string | null {
    if (stored === undefined || stored === null || stored === '') return null
    if (kind === 'boolean') return storedTrue(stored) ? '1' : '0'
    return stored
}

/** What `String(gr.field)` / `gr.field.toString()` return: booleans as 'true'/'false', empty as ''. */
export function toStringValue(kind: FieldKind, stored: string | null | undefined): string {
    if (stored === undefined || stored === null || stored === '') return ''
    if (kind === 'boolean') return storedTrue(stored) ? 'true' : 'false'
    return stored
}

/** A row with every value in its stored form (platform.insertRow, the app installer). */
export function typedRow(store: Store, table: string, row: Row, fidelity: FidelitySwitches): Row {
    const out: Row = {}
    for (const [field, value] of Object.entries(row)) out[field] = toStored(fieldKind(store, table, field), value, fidelity)
    return out
}

/**
 * A True/False query value in the form rows hold ('true'/'false': every write stores that form,
 * typedRow), so `active=1` and `active=true` are one equality, as on the instance's database where
 * the column holds one representation: an index on the column then serves the query and its order,
 * which an IN over two spellings would not (the sandbox's cost would outgrow an instance's).
 */
function storedSpelling(value: string): string {
    if (storedTrue(value)) return TRUE_SPELLINGS[0]
    if (storedFalse(value)) return FALSE_SPELLINGS[0]
    return value
}

function typedTerm(store: Store, table: string, t: Term): Condition {
    if (fieldKind(store, table, t.field) !== 'boolean') return t
    // docs: a True/False field queried as active=true or active=1 matches the same records.
    switch (t.operator) {
        case '=':
        case '!=':
            return t.value === '' ? t : makeTerm(t.field, t.operator, storedSpelling(t.value))
        case 'IN':
        case 'NOT IN': {
            const values = t.value.split(',').filter((v) => v !== '').map(storedSpelling)
            return makeTerm(t.field, t.operator, [...new Set(values)].join(','))
        }
        default:
            return t
    }
}

/** A condition whose True/False terms match either spelling of the value, for queries on `table`. */
export function typedCondition(store: Store, table: string, condition: Condition): Condition {
    switch (condition.kind) {
        case 'term':
            return typedTerm(store, table, condition)
        case 'and':
            return allOf(condition.conditions.map((c) => typedCondition(store, table, c)))
        case 'or':
            return anyOf(condition.conditions.map((c) => typedCondition(store, table, c)))
    }
}
