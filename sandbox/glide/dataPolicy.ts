/**
 * Data policies (sys_data_policy2 + sys_data_policy_rule) — docs: "Data policy" (Yokohama):
 * "By default, data policies are applied to all GlideRecord operations including those used in
 * Scripted REST APIs, and the REST Table API"
 * (https://www.servicenow.com/docs/bundle/yokohama-platform-administration/page/administer/field-administration/concept/c_DataPolicy.html).
 * Emulated: active policies of the record's table whose `conditions` (encoded query) match the
 * record about to be written; each rule with mandatory=true needs a value, else the write is
 * refused with "Data Policy Exception: The following fields are mandatory: <labels>" (the
 * wording a REST caller sees in a 403 — public probe reports; labels from sys_dictionary
 * column_label, else the element). Not emulated: read-only rules, inherit, import-set/SOAP flags.
 *
 * The base system's incident policy "Make close info mandatory when resolved or closed" is
 * installed by Platform.bootstrap(): public evidence (an Australia PDI refusing a resolve whose
 * close_code was not a valid choice; github.com/tialcaso/servicenow-mcp docs/incident_management.md:
 * "gated by a ServiceNow Data Policy that makes Resolution code (close_code) and Close notes
 * (close_notes) mandatory"). Whether every release ships it as a data policy (and not only as a UI
 * policy) is not documented: strict enforces it, `platform.fidelity.closeInfoDataPolicy =
 * 'lenient'` leaves it to the form.
 */
import type { Platform } from './platform'
import { parseEncodedQuery } from './query/encodedQuery'
import { allOf, matchesCondition, term } from './store/semantics'
import { Row } from './store/types'

/** sys_id of the out-of-box incident close-info data policy row (fixed, so the switch can find it). */
export const CLOSE_INFO_POLICY_ID = 'b2f1e5a0c0a8016401a4a0b7e1c2d3f4'

/** Bootstrap hook: the out-of-box data policies the app runs into (idempotent). */
export function installPlatformDataPolicies(platform: Platform): void {
    if (platform.store.get('sys_data_policy2', CLOSE_INFO_POLICY_ID)) return
    platform.insertRow('sys_data_policy2', {
        sys_id: CLOSE_INFO_POLICY_ID,
        model_table: 'incident',
        short_description: 'Make close info mandatory when resolved or closed',
        conditions: 'stateIN6,7',
        // Data policies apply to "all GlideRecord operations" (doc above): an instance on the lenient side
        // (scripts not checked) has the rule as a UI policy only, so its data policy row is not active there.
        active: platform.fidelity.closeInfoDataPolicy === 'lenient' ? 'false' : 'true',
    })
    for (const field of ['close_code', 'close_notes']) {
        platform.insertRow('sys_data_policy_rule', { sys_data_policy: CLOSE_INFO_POLICY_ID, table: 'incident', field, mandatory: 'true' })
    }
}

function fieldLabel(platform: Platform, table: string, field: string): string {
    const row = platform.store.query('sys_dictionary', { where: allOf([term('name', '=', table), term('element', '=', field)]), limit: 1 })[0]
    return row?.column_label || FALLBACK_LABELS[`${table}.${field}`] || field
}

/** Form labels of the out-of-box fields the base policy names (the platform's dictionary is not installed here). */
const FALLBACK_LABELS: Record<string, string> = {
    'incident.close_code': 'Resolution code',
    'incident.close_notes': 'Resolution notes',
}

/** The refusal text when `row` (the values about to be written to `table`) breaks an active data policy; null when it passes. */
export function dataPolicyViolation(platform: Platform, table: string, row: Row): string | null {
    if (!platform.store.hasTable('sys_data_policy2')) return null
    const policies = platform.store.query('sys_data_policy2', { where: allOf([term('model_table', '=', table), term('active', '=', 'true')]) })
    const missing: string[] = []
    for (const policy of policies) {
        if (policy.sys_id === CLOSE_INFO_POLICY_ID && platform.fidelity.closeInfoDataPolicy === 'lenient') continue
        if (policy.conditions && !matchesCondition(row, parseEncodedQuery(policy.conditions).condition)) continue
        const rules = platform.store.query('sys_data_policy_rule', { where: allOf([term('sys_data_policy', '=', policy.sys_id!), term('mandatory', '=', 'true')]) })
        for (const rule of rules) {
            const field = rule.field
            if (!field || (row[field] !== null && row[field] !== undefined && row[field] !== '')) continue
            const label = fieldLabel(platform, table, field)
            if (!missing.includes(label)) missing.push(label)
        }
    }
    return missing.length ? 'Data Policy Exception: The following fields are mandatory: ' + missing.join(', ') : null
}
