/**
 * The UI page check of the shipped ATF suite (src/fluent/atf/access-panel-page.now.ts), called
 * only by its Run Server Side Script steps. No ATF step opens a UI page in the classic UI, and
 * the platform's ACL evaluation API (GlideSecurityManager.hasRightsTo) is documented for global
 * scripts only, so the step reads the page's active ui_page read ACLs (the records the platform
 * evaluates) and checks the role requirement against the session user (gs.hasRole follows role
 * containment and passes admins, as ACLs do with admin_overrides).
 */
import { GlideRecord, gs } from '@servicenow/glide'

export interface PageAclVerdict {
    /** Active ui_page ACLs for reading the page. */
    acls: number
    /** The roles they require (any one of them lets a user in). */
    roles: string[]
    /** True when the session user holds one of the required roles of every such ACL (checked with acls > 0). */
    allowed: boolean
}

export function uiPageReadVerdict(pageName: string): PageAclVerdict {
    const acl = new GlideRecord('sys_security_acl')
    acl.addQuery('type', 'ui_page')
    acl.addQuery('name', pageName)
    acl.addQuery('operation', 'read')
    acl.addQuery('active', true)
    acl.query()
    const verdict: PageAclVerdict = { acls: 0, roles: [], allowed: true }
    while (acl.next()) {
        verdict.acls++
        const roles = aclRoles(acl.getUniqueValue())
        for (const role of roles) if (verdict.roles.indexOf(role) < 0) verdict.roles.push(role)
        // An ACL listing no role is not one this app ships; it is treated as refusing (strict).
        if (roles.length === 0 || !roles.some((role) => gs.hasRole(role))) verdict.allowed = false
    }
    return verdict
}

function aclRoles(aclSysId: string): string[] {
    const link = new GlideRecord('sys_security_acl_role')
    link.addQuery('sys_security_acl', aclSysId)
    link.query()
    const names: string[] = []
    while (link.next()) {
        const role = new GlideRecord('sys_user_role')
        if (role.get(link.getValue('sys_user_role') || '')) names.push(role.getValue('name') || '')
    }
    return names
}
