/**
 * Journal fields — docs: "Journal fields" (Additional comments / Work notes) and the
 * sys_journal_field table. A journal field holds no value of its own: what a script sets is
 * written, when the record is inserted or updated, as a sys_journal_field row (name = table,
 * element, element_id = record sys_id, value, sys_created_by) and the field reads back empty.
 * Journal fields are comments and work_notes of task and incident (out of box), plus any
 * sys_dictionary entry with internal_type journal / journal_input / journal_list… (journal*).
 * Other task extensions (problem, change_request, …) are journal-aware only through sys_dictionary.
 */
import { allOf, term } from './store/semantics'
import { Row, Store } from './store/types'

const KNOWN_JOURNAL_FIELDS: Record<string, string[]> = {
    task: ['comments', 'work_notes'],
    incident: ['comments', 'work_notes'],
}
const KNOWN_LABELS: Record<string, string> = { comments: 'Additional comments', work_notes: 'Work notes' }

function dictionaryEntry(store: Store, table: string, field: string): Row | undefined {
    return store.query('sys_dictionary', { where: allOf([term('name', '=', table), term('element', '=', field)]), limit: 1 })[0]
}

export function isJournalField(store: Store, table: string, field: string): boolean {
    const entry = dictionaryEntry(store, table, field)
    if (entry?.internal_type) return entry.internal_type.startsWith('journal')
    return KNOWN_JOURNAL_FIELDS[table]?.includes(field) ?? false
}

/** The journal fields among the given field names. */
export function journalFieldsOf(store: Store, table: string, fields: string[]): string[] {
    return fields.filter((f) => isJournalField(store, table, f))
}

export interface JournalWrite {
    table: string
    element: string
    elementId: string
    value: string
    insertRow(table: string, values: Record<string, string>): string
}

export function writeJournalEntry(entry: JournalWrite): void {
    entry.insertRow('sys_journal_field', { name: entry.table, element: entry.element, element_id: entry.elementId, value: entry.value })
}

/**
 * docs: GlideElement getJournalEntry(mostRecent) — 1: the newest entry; -1: all entries, newest
 * first. Each entry reads "<created on> - <user's name> (<field label>)\n<text>\n\n" (created on in
 * the session time zone, UTC here). Other positive numbers are treated as 1.
 */
export function journalEntries(store: Store, table: string, field: string, sysId: string, mostRecent: number): string {
    if (!sysId) return ''
    const rows = store
        .query('sys_journal_field', { where: allOf([term('name', '=', table), term('element', '=', field), term('element_id', '=', sysId)]) })
        .map((row, i) => ({ row, i }))
        .sort((a, b) => (b.row.sys_created_on ?? '').localeCompare(a.row.sys_created_on ?? '') || b.i - a.i)
        .map(({ row }) => row)
    const label = dictionaryEntry(store, table, field)?.column_label ?? KNOWN_LABELS[field] ?? field
    const format = (row: Row): string => {
        const userName = row.sys_created_by ?? ''
        const user = store.query('sys_user', { where: term('user_name', '=', userName), limit: 1 })[0]
        return `${row.sys_created_on ?? ''} - ${user?.name ?? userName} (${label})\n${row.value ?? ''}\n\n`
    }
    const chosen = mostRecent === -1 ? rows : rows.slice(0, 1)
    return chosen.map(format).join('')
}
