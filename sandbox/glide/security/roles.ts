import { term, allOf } from '../store/semantics'
import { Store } from '../store/types'

/**
 * The role names a user holds: direct grants (sys_user_has_role) expanded through
 * sys_user_role_contains — docs: "Roles" (a role that contains other roles grants them too).
 * No special case for admin here: gs.hasRole adds that (see gs.ts), ACLs use admin_overrides.
 */
export function expandUserRoles(store: Store, userId: string | null): Set<string> {
    const names = new Set<string>()
    if (!userId) return names
    const pending = store
        .query('sys_user_has_role', { where: term('user', '=', userId) })
        .map((r) => r.role)
        .filter((id): id is string => !!id)
    const seen = new Set<string>()
    while (pending.length) {
        const roleId = pending.pop()!
        if (seen.has(roleId)) continue
        seen.add(roleId)
        const role = store.get('sys_user_role', roleId)
        if (role?.name) names.add(role.name)
        for (const c of store.query('sys_user_role_contains', { where: term('role', '=', roleId) })) {
            if (c.contains) pending.push(c.contains)
        }
    }
    return names
}

export function roleIdByName(store: Store, name: string): string | undefined {
    return store.query('sys_user_role', { where: allOf([term('name', '=', name)]), limit: 1 })[0]?.sys_id ?? undefined
}
