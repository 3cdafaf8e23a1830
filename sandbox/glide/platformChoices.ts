/**
 * The platform's own choice lists (sys_choice rows of out-of-box fields) that a fresh instance
 * has and the app relies on. Platform.bootstrap() installs them (one hook), so the sandbox and
 * every createTestPlatform() see the same list; a test can swap in another release's list with
 * `useChoiceList` to play an older instance.
 *
 * A choice row: name (table), element, value, label, sequence, inactive, language. A value that
 * is not an active choice can still be written by a script: the instance stores it and the form
 * shows it as an invalid choice (blue) — public evidence: ServiceNow Community, "Why Is My Choice
 * Field Showing in Blue?" (case 6, a flow or script wrote a raw string), so the emulation stores it
 * too; `isActiveChoice` is what a test asserts against.
 */
import type { Platform } from './platform'
import { allOf, term } from './store/semantics'
import { Store } from './store/types'

export interface ChoiceSpec {
    value: string
    label: string
}

/**
 * incident.close_code ("Resolution code") of current releases (Washington DC, Xanadu, Yokohama,
 * Zurich, Australia): values as listed for a default PDI in github.com/tialcaso/servicenow-mcp
 * docs/incident_management.md and by a public Australia PDI probe (value = label). Sequence order
 * is not documented; the app never depends on it.
 */
export const CURRENT_INCIDENT_CLOSE_CODES: readonly ChoiceSpec[] = [
    'Duplicate',
    'Known error',
    'No resolution provided',
    'Resolved by caller',
    'Resolved by change',
    'Resolved by problem',
    'Resolved by request',
    'Solution provided',
    'Workaround provided',
    'User error',
].map((value) => ({ value, label: value }))

/**
 * incident.close_code of older releases (the demo data of 2016-era instances still carries them;
 * "Solved (Permanently)" is rejected on an Australia PDI as not a current choice — public probe).
 */
export const LEGACY_INCIDENT_CLOSE_CODES: readonly ChoiceSpec[] = [
    'Solved (Work Around)',
    'Solved (Permanently)',
    'Solved Remotely (Work Around)',
    'Solved Remotely (Permanently)',
    'Not Solved (Not Reproducible)',
    'Not Solved (Too Costly)',
    'Closed/Resolved by Caller',
].map((value) => ({ value, label: value }))

/**
 * incident.category of the base system: "Inquiry / Help", Software, Hardware, Network, Database
 * (ServiceNow docs, "Incident categories and subcategories":
 * https://www.servicenow.com/docs/r/it-service-management/incident-management/r_CategorizingIncidents.html).
 * The values are the labels' lower-case words, the values the app's Service Health page offers.
 */
export const INCIDENT_CATEGORIES: readonly ChoiceSpec[] = [
    { value: 'inquiry', label: 'Inquiry / Help' },
    { value: 'software', label: 'Software' },
    { value: 'hardware', label: 'Hardware' },
    { value: 'network', label: 'Network' },
    { value: 'database', label: 'Database' },
]

/** Replaces the choice list of table.element (language en) with `choices`, in order. */
export function useChoiceList(platform: Platform, table: string, element: string, choices: readonly ChoiceSpec[]): void {
    for (const row of platform.store.query('sys_choice', { where: allOf([term('name', '=', table), term('element', '=', element)]) })) {
        platform.store.delete('sys_choice', row.sys_id!)
    }
    choices.forEach((choice, index) => {
        platform.insertRow('sys_choice', {
            name: table,
            element,
            value: choice.value,
            label: choice.label,
            // Three digits (100, 110, ...): the same order whether sequence sorts as a number or as text.
            sequence: String(100 + index * 10),
            inactive: 'false',
            language: 'en',
        })
    })
}

/** Bootstrap hook: the out-of-box choice lists, unless the instance already has the field's list. */
export function installPlatformChoices(platform: Platform): void {
    const lists: [string, readonly ChoiceSpec[]][] = [
        ['close_code', CURRENT_INCIDENT_CLOSE_CODES],
        ['category', INCIDENT_CATEGORIES],
    ]
    for (const [element, choices] of lists) {
        if (platform.store.count('sys_choice', allOf([term('name', '=', 'incident'), term('element', '=', element)])) > 0) continue
        useChoiceList(platform, 'incident', element, choices)
    }
}

/** True when `value` is an active (inactive=false) choice of table.element. */
export function isActiveChoice(store: Store, table: string, element: string, value: string | null | undefined): boolean {
    if (!value) return false
    return store.count('sys_choice', allOf([term('name', '=', table), term('element', '=', element), term('value', '=', value), term('inactive', '!=', 'true')])) > 0
}
