/** A list of facts (label: value) as the panel shows a health issue or a case. */
import { h } from './dom'

/** [label, value, the value's class or id ('#id')]; null rows are left out. */
export type Fact = [string, string, string?] | null

export function Facts({ rows }: { rows: Fact[] }) {
    const shown = rows.filter((row): row is [string, string, string?] => row !== null)
    return h(
        'dl',
        { class: 'm365-facts' },
        shown.flatMap(([label, value, mark]) => [
            h('dt', { key: label + ':dt' }, label),
            h('dd', { key: label + ':dd', ...(mark ? (mark.startsWith('#') ? { id: mark.substring(1) } : { class: mark }) : {}) }, value),
        ]),
    )
}
