/**
 * Display values — docs: GlideRecord getDisplayValue() / GlideElement getDisplayValue().
 *  - reference fields show the referenced record's display field: the sys_dictionary entry of
 *    the target table with display=true, else the first of `name`, `number`, `user_name` that has
 *    a value (simplified from the platform's rule);
 *  - which fields are references comes from sys_dictionary (name=table, element, internal_type=
 *    reference, reference=target); without an entry, a few out-of-box task fields are known
 *    (caller_id, assigned_to, opened_by, resolved_by, closed_by → sys_user; assignment_group →
 *    sys_user_group; oauth_entity → oauth_entity);
 *  - choice fields show the sys_choice label (name=table, element, value) when one exists;
 *  - other values display as stored (the emulated session time zone is UTC).
 */
import { allOf, term } from './store/semantics'
import { FieldValue, Row, Store } from './store/types'

const KNOWN_REFERENCES: Record<string, string> = {
    caller_id: 'sys_user',
    assigned_to: 'sys_user',
    opened_by: 'sys_user',
    resolved_by: 'sys_user',
    closed_by: 'sys_user',
    assignment_group: 'sys_user_group',
    // oauth_entity_profile.oauth_entity, oauth_entity_scope.oauth_entity (docs: "OAuth entity profile")
    oauth_entity: 'oauth_entity',
}
const FALLBACK_DISPLAY_FIELDS = ['name', 'number', 'user_name']

function dictionary(store: Store, table: string, element: string): Row | undefined {
    return store.query('sys_dictionary', {
        where: allOf([term('name', '=', table), term('element', '=', element)]),
        limit: 1,
    })[0]
}

export function referenceTableOf(store: Store, table: string, field: string): string | undefined {
    const entry = dictionary(store, table, field)
    if (entry) return entry.internal_type === 'reference' ? (entry.reference ?? undefined) : undefined
    return KNOWN_REFERENCES[field]
}

export function displayFieldOf(store: Store, table: string, row: Row): string | undefined {
    const configured = store.query('sys_dictionary', {
        where: allOf([term('name', '=', table), term('display', '=', 'true')]),
        limit: 1,
    })[0]?.element
    if (configured) return configured
    return FALLBACK_DISPLAY_FIELDS.find((f) => row[f])
}

export function recordDisplayValue(store: Store, table: string, row: Row): string {
    const field = displayFieldOf(store, table, row)
    return field ? (row[field] ?? '') : ''
}

export function fieldDisplayValue(store: Store, table: string, field: string, value: FieldValue): string {
    if (value === null) return ''
    const target = referenceTableOf(store, table, field)
    if (target) {
        const referenced = store.get(target, value)
        return referenced ? recordDisplayValue(store, target, referenced) : ''
    }
    const choice = store.query('sys_choice', {
        where: allOf([term('name', '=', table), term('element', '=', field), term('value', '=', value)]),
        limit: 1,
    })[0]
    return choice?.label ?? value
}
