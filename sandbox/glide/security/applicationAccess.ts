/**
 * Application access of a table from other application scopes — docs: "Application access
 * settings" (https://www.servicenow.com/docs/r/application-development/c_ApplicationAccessSettings.html):
 * All application scopes > Can read / Can create / Can update / Can delete, stored on the table's
 * sys_db_object row as read_access / create_access / update_access / delete_access. A script of
 * another scope whose operation the table does not allow is refused at run time: nothing happens,
 * no exception reaches the script, and the platform logs
 *   Security restricted: <Read|Create|Write|Delete> operation against '<table>' from scope '<scope>'
 *   has been refused due to the table's cross-scope access policy
 * (ServiceNow KB0727180 for Create, KB1641480: "the same pattern applies to Write, Create, Delete").
 * "Can create/update/delete" are only available when "Can read" is selected, so a cleared Can read
 * refuses writes too.
 *
 * Platform tables whose out-of-box flags are not documented take the strict side of a fidelity
 * switch (fidelity.ts) while their sys_db_object row does not state the flag.
 */
import type { Platform } from '../platform'
import { term } from '../store/semantics'
import type { FidelityBehaviour } from '../fidelity'
import { storedFalse } from '../fieldTypes'

export type CrossScopeOperation = 'read' | 'create' | 'write' | 'delete'

const FLAG: Record<CrossScopeOperation, string> = {
    read: 'read_access',
    create: 'create_access',
    write: 'update_access',
    delete: 'delete_access',
}

const WORD: Record<CrossScopeOperation, string> = { read: 'Read', create: 'Create', write: 'Write', delete: 'Delete' }

/**
 * Tables whose write access from another scope is undocumented: the switch's strict side takes
 * create/update/delete as cleared unless the table's sys_db_object row sets them.
 */
const UNDOCUMENTED_WRITE_ACCESS: Record<string, FidelityBehaviour> = {
    sys_ui_form_section: 'crossScopeFormSectionWrite',
    syslog: 'crossScopeSyslogWrite',
    // Users, role grants and basic auth credentials: no public statement of their out-of-box
    // Application Access was found (searched: docs, KB, community; see the ledger), so strict.
    sys_user: 'crossScopeUserAdminWrite',
    sys_user_has_role: 'crossScopeUserAdminWrite',
    sys_auth_profile_basic: 'crossScopeUserAdminWrite',
    // REST API access policies and their profiles: no public statement of their Application Access.
    sys_api_access_policy: 'crossScopeApiPolicyWrite',
    std_http_auth: 'crossScopeApiPolicyWrite',
    sys_auth_profile_mapping: 'crossScopeApiPolicyWrite',
}

/** The refusal text the platform logs (KB0727180, KB1641480). */
export function crossScopeRefusal(operation: CrossScopeOperation, table: string, scope: string): string {
    return `Security restricted: ${WORD[operation]} operation against '${table}' from scope '${scope}' has been refused due to the table's cross-scope access policy`
}

/** True when the table belongs to the platform's current scope, or the caller is global (no cross-scope policy applies). */
function sameScope(platform: Platform, table: string): boolean {
    const scope = platform.scope
    return !scope || scope === 'global' || table.startsWith(scope + '_')
}

/** Whether a script of the platform's scope may do `operation` on `table`. */
export function crossScopeAllowed(platform: Platform, table: string, operation: CrossScopeOperation): boolean {
    if (sameScope(platform, table)) return true
    // The definition table itself is read to decide; reading it is never refused here.
    if (table === 'sys_db_object' && operation === 'read') return true
    const row = platform.store.hasTable('sys_db_object')
        ? platform.store.query('sys_db_object', { where: term('name', '=', table), limit: 1 })[0]
        : undefined
    const flag = (operation: CrossScopeOperation): string | null | undefined => row?.[FLAG[operation]]
    if (storedFalse(flag('read'))) return false
    if (operation === 'read') return true
    const stated = flag(operation)
    if (storedFalse(stated)) return false
    if (stated) return true
    const behaviour = UNDOCUMENTED_WRITE_ACCESS[table]
    return !(behaviour && platform.fidelity[behaviour] === 'strict')
}

/** crossScopeAllowed, logging the platform's refusal line when refused. */
export function checkCrossScope(platform: Platform, table: string, operation: CrossScopeOperation): boolean {
    if (crossScopeAllowed(platform, table, operation)) return true
    platform.log('error', crossScopeRefusal(operation, table, platform.scope), 'GlideRecord')
    return false
}
