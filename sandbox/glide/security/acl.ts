/**
 * ACL evaluation from sys_security_acl / sys_security_acl_role — docs: "Access control list rules"
 * (Security) and "Deny-Unless ACLs" (Washington DC and later):
 *  - only active ACLs whose type, name and operation match apply;
 *  - an ACL passes when the user holds one of its roles (or it lists no role), its condition
 *    matches the record, and — when admin_overrides is true — always for a user with admin;
 *  - every `deny` (deny-unless) ACL must pass, then at least one `allow` (allow-if) ACL must pass.
 * Simplifications, all on the strict side:
 *  - ACLs with a non-empty script fail: the emulation does not run ACL scripts;
 *  - only exact names match (no `*` / `table.*` wildcards, no field ACLs, no table hierarchy);
 *  - out-of-box ACLs are not loaded, so a name with no ACL is denied for the app's own scope
 *    (names starting with the scope) and allowed otherwise.
 */
import { parseEncodedQuery } from '../query/encodedQuery'
import { storedFalse, typedCondition } from '../fieldTypes'
import { allOf, matchesCondition, term } from '../store/semantics'
import { Row, Store } from '../store/types'

export type AclType = 'record' | 'rest_endpoint' | 'ui_page' | 'client_callable_script_include'
export type AclOperation = 'read' | 'write' | 'create' | 'delete' | 'execute'

export interface AccessRequest {
    type: AclType
    name: string
    operation: AclOperation
    /** The record being checked; without it, ACL conditions are not evaluated (table-level check). */
    row?: Row
}

export interface AclContext {
    store: Store
    scope: string
    roles: Set<string>
}

function aclRoles(store: Store, aclId: string): string[] {
    return store
        .query('sys_security_acl_role', { where: term('sys_security_acl', '=', aclId) })
        .map((link) => (link.sys_user_role ? store.get('sys_user_role', link.sys_user_role)?.name : undefined))
        .filter((name): name is string => !!name)
}

export function aclPasses(ctx: AclContext, acl: Row, row?: Row): boolean {
    if (!storedFalse(acl.admin_overrides) && ctx.roles.has('admin')) return true
    if (acl.script && acl.script.trim() !== '') return false
    const roles = aclRoles(ctx.store, acl.sys_id!)
    if (roles.length > 0 && !roles.some((r) => ctx.roles.has(r))) return false
    // The condition is on the ACL's table (name 'table' or 'table.field'); True/False terms match either spelling.
    if (row && acl.condition) return matchesCondition(row, typedCondition(ctx.store, (acl.name ?? '').split('.')[0], parseEncodedQuery(acl.condition).condition))
    return true
}

/** Combines ACL rows as the platform does: all deny-unless must pass, then any allow-if. */
export function decide(ctx: AclContext, acls: Row[], row?: Row): boolean | undefined {
    const deny = acls.filter((a) => a.decision_type === 'deny')
    const allow = acls.filter((a) => a.decision_type !== 'deny')
    if (!deny.every((a) => aclPasses(ctx, a, row))) return false
    if (allow.length === 0) return undefined
    return allow.some((a) => aclPasses(ctx, a, row))
}

export function findAcls(store: Store, request: Pick<AccessRequest, 'type' | 'name' | 'operation'>): Row[] {
    return store.query('sys_security_acl', {
        where: allOf([
            term('type', '=', request.type),
            term('name', '=', request.name),
            term('operation', '=', request.operation),
            term('active', 'NOT IN', 'false,0'),
        ]),
    })
}

/** A checker for one table/name and operation that reads the ACLs once and takes the row per call. */
export function accessChecker(ctx: AclContext, request: Omit<AccessRequest, 'row'>): (row?: Row) => boolean {
    const acls = findAcls(ctx.store, request)
    const fallback = !request.name.startsWith(ctx.scope)
    return (row) => decide(ctx, acls, row) ?? fallback
}

export function isAccessAllowed(ctx: AclContext, request: AccessRequest): boolean {
    return accessChecker(ctx, request)(request.row)
}
