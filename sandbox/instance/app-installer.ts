/**
 * Installs the built app (dist/app) into a platform's store the way an instance applies an
 * app's update records: each record becomes a row of its table, replacing the previous version
 * by sys_id (INSERT_OR_UPDATE). Records that only make sense to the instance's own machinery
 * (the BYOUI source archives and their attachments) are skipped.
 */
import { BuiltApp } from './dist-records'
import { Store } from '../glide/store/types'
import { typedRow } from '../glide/fieldTypes'
import { FidelitySwitches, strictFidelity } from '../glide/fidelity'
import { parseEncodedQuery } from '../glide/query/encodedQuery'

/** Update records the sandbox does not need: source archives of React pages and their chunks. */
const SKIPPED_TABLES = new Set(['sys_attachment', 'sys_attachment_doc', 'sn_glider_source_artifact', 'sn_glider_source_artifact_m2m'])

/** Indexes every instance has on its own tables (journal entries by record, users by user name, tasks by number). */
export const PLATFORM_INDEXES: ReadonlyArray<[string, string]> = [
    ['sys_journal_field', 'element_id'],
    ['sys_user', 'user_name'],
    ['incident', 'number'],
]

export interface InstallReport {
    inserted: number
    updated: number
    byTable: Record<string, number>
}

/** Role references in the records an app ships (table → fields referencing sys_user_role). */
const ROLE_REFERENCES: Record<string, string[]> = {
    sys_security_acl_role: ['sys_user_role'],
    sys_user_role_contains: ['role', 'contains'],
    sys_ui_action_role: ['sys_user_role'],
}

/**
 * docs "XML records from lists": on import "the system attempts to match some reference field display
 * values to a local sys_id value", Role [sys_user_role] among them
 * (https://docs.servicenow.com/bundle/utah-integrate-applications/page/administer/import-sets/concept/c_XMLRecordsFromLists.html).
 * The SDK writes a role named by string (e.g. `incident_manager`) with an invented sys_id and the
 * role's name: it resolves to the instance's role of that name; a role found nowhere keeps the
 * invented id (and an ACL listing it is invalid, so it denies: security/acl.ts).
 */
function resolveRoleReference(store: Store, shippedRoles: Set<string>, sysId: string, name: string | undefined): string {
    if (!name || shippedRoles.has(sysId) || store.get('sys_user_role', sysId)) return sysId
    const local = store.query('sys_user_role', { where: { kind: 'term', field: 'name', operator: '=', value: name }, limit: 1 })[0]
    return local?.sys_id ?? sysId
}

/**
 * `<table action="delete_multiple" query="...">` (the SDK writes one before a step's
 * sys_variable_value and sys_element_mapping rows): the rows the query matches are deleted, so a
 * reinstall drops the values of inputs a step no longer has. The records after it in the same
 * file are written again.
 */
function deleteMatching(store: Store, table: string, query: string): void {
    const { condition } = parseEncodedQuery(query)
    for (const row of store.query(table, { where: condition })) store.delete(table, row.sys_id as string)
}

export function installApp(store: Store, app: BuiltApp, fidelity: FidelitySwitches = strictFidelity()): InstallReport {
    const report: InstallReport = { inserted: 0, updated: 0, byTable: {} }
    const shippedRoles = new Set(app.records.filter((r) => r.table === 'sys_user_role').map((r) => r.fields.sys_id))
    store.transaction(() => {
        for (const record of app.records) {
            if (SKIPPED_TABLES.has(record.table)) continue
            if (record.action === 'delete_multiple' && record.query) {
                deleteMatching(store, record.table, record.query)
                continue
            }
            if (record.action !== 'INSERT_OR_UPDATE') continue
            const sysId = record.fields.sys_id
            if (!sysId) continue
            const given: Record<string, string | null> = {}
            for (const [name, value] of Object.entries(record.fields)) given[name] = value === '' ? null : value
            for (const field of ROLE_REFERENCES[record.table] ?? []) {
                const value = given[field]
                if (value) given[field] = resolveRoleReference(store, shippedRoles, value, record.displayValues[field])
            }
            // The same stored forms as any other write (fieldTypes.ts): update-set XML already holds True/False as 'true'/'false'.
            const row = typedRow(store, record.table, given, fidelity)
            if (store.get(record.table, sysId)) {
                store.update(record.table, sysId, row)
                report.updated++
            } else {
                store.insert(record.table, row)
                report.inserted++
            }
            report.byTable[record.table] = (report.byTable[record.table] ?? 0) + 1
        }
    })
    // Lookups the sandbox makes on every request.
    store.ensureIndex('sys_ws_operation', 'http_method')
    store.ensureIndex('sys_ui_page', 'endpoint')
    store.ensureIndex('sys_ux_lib_asset', 'name')
    store.ensureIndex('sys_module', 'path')
    // The app's table indexes (Fluent Table `index`, every column in order, as the platform builds them from
    // the table's sys_index records), and the platform's own indexes the app's lookups rely on on an instance.
    for (const table of app.tables) for (const index of table.indexes ?? []) if (!index.unique && index.columns.length) store.ensureIndex(table.name, index.columns)
    // Unique indexes are enforced, as the instance's database does (a second row with the key is refused).
    for (const table of app.tables) for (const index of table.indexes ?? []) if (index.unique && index.columns.length) store.ensureUniqueIndex(table.name, index.name, index.columns)
    for (const [table, column] of PLATFORM_INDEXES) store.ensureIndex(table, column)
    return report
}
