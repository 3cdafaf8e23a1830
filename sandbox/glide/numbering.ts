/**
 * Record numbers — docs "Add auto-numbering records in a table"
 * (https://www.servicenow.com/docs/r/australia/platform-administration/t_AutoNumberingRecordsInATable.html):
 * one number format per table in sys_number (prefix, number, maximum_digits; "Number of digits"
 * pads with zeros), used by the Number field's default `javascript:getNextObjNumberPadded();`.
 * The running value is kept per table in sys_number_counter. The first number issued is one above
 * sys_number.number (a fresh instance's first new incident is INC0010001 with number 10000;
 * undocumented, and nothing in the app depends on it).
 */
import { parentTable } from './dictionary'
import { term } from './store/semantics'
import { Row, Store } from './store/types'
import { newSysId } from './sysId'

/** The sys_number row of a table, else of its nearest parent that has one (task tables share task's if they define none). */
function numberFormat(store: Store, table: string): Row | undefined {
    const seen = new Set<string>()
    for (let name: string | undefined = table; name && !seen.has(name); name = parentTable(store, name)) {
        seen.add(name)
        const row = store.query('sys_number', { where: term('category', '=', name), limit: 1 })[0]
        if (row) return row
    }
    return undefined
}

/** getNextObjNumberPadded() for `table`: the next number, zero-padded to maximum_digits, or null when the table has no number format. */
export function nextObjNumberPadded(store: Store, table: string): string | null {
    const format = numberFormat(store, table)
    if (!format) return null
    const counterTable = format.category ?? table
    const counter = store.query('sys_number_counter', { where: term('table', '=', counterTable), limit: 1 })[0]
    const next = (counter ? Number(counter.number) : Number(format.number ?? '0')) + 1
    if (counter) store.update('sys_number_counter', counter.sys_id!, { number: String(next) })
    else store.insert('sys_number_counter', { sys_id: newSysId(), table: counterTable, number: String(next) })
    const digits = Number(format.maximum_digits ?? '7')
    return (format.prefix ?? '') + String(next).padStart(digits, '0')
}
