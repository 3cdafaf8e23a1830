/**
 * Dictionary defaults — docs: "Default values" (sys_dictionary default_value) and GlideRecord
 * newRecord(): "sets the default values for the fields". Only plain literal defaults of the
 * table's own sys_dictionary rows are applied; `javascript:` defaults are ignored (the emulation
 * does not evaluate dictionary scripts) and defaults inherited from a parent table are not looked up.
 */
import { allOf, term } from './store/semantics'
import { Store } from './store/types'

export function dictionaryDefaults(store: Store, table: string): Record<string, string> {
    const defaults: Record<string, string> = {}
    const rows = store.query('sys_dictionary', {
        where: allOf([term('name', '=', table), term('default_value', 'ISNOTEMPTY', '')]),
    })
    for (const row of rows) {
        const element = row.element
        const value = row.default_value
        if (!element || !value || element === 'sys_id') continue
        // javascript: defaults are evaluated by the instance; ignored here (stricter: the field stays empty).
        if (/^\s*javascript\s*:/i.test(value)) continue
        defaults[element] = value
    }
    return defaults
}
