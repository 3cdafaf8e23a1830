/** A list of facts (label: value) as the panel shows a health issue or a case, and times in the agent's format. */
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

/** ISO time as the agent's local date and time; empty stays empty. */
export function when(value: string | null | undefined): string {
    if (!value) return ''
    const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? value.replace(' ', 'T') + 'Z' : value
    const date = new Date(iso)
    return isNaN(date.getTime()) ? value : date.toLocaleString()
}
