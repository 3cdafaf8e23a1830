/**
 * Role and ACL checks of the shipped ATF suite (src/fluent/atf/access-app-roles.now.ts,
 * connector-access.now.ts), called only by its Run Server Side Script steps, as the user the
 * test impersonates.
 *
 * Why not REST requests as those users: a REST step sends a request as another user only with a
 * basic auth profile holding that user's password (docs "REST test steps"), and whether a script
 * in this app's scope may set a password on sys_user or create a sys_auth_profile_basic is
 * undocumented (their Application Access from other scopes: see docs/platform-fidelity.md), so the
 * suite does not rely on it. Instead a step reads the ACLs the platform evaluates for the route
 * (sys_ws_operation.enforce_acl) or the UI page (type ui_page), checks their roles against the
 * session user (gs.hasRole follows role containment and passes admins, as ACLs with
 * admin_overrides do; the platform's ACL API GlideSecurityManager is documented for global
 * scripts only), and runs the route's own code with the session user to see its answer. REST
 * steps then call the API over HTTP as the user who runs the test.
 */
import { GlideRecord, gs } from '@servicenow/glide'

export interface AclVerdict {
    /** Active ACLs found for the resource. */
    acls: number
    /** The roles they require (any one role of an ACL satisfies it). */
    roles: string[]
    /** True when the session user holds a required role of every ACL (meaningful when acls > 0). */
    allowed: boolean
}

/** The route's ACLs (sys_ws_operation.enforce_acl of the route with this method and URI). */
export function routeAclVerdict(method: string, operationUri: string): AclVerdict {
    const route = new GlideRecord('sys_ws_operation')
    route.addQuery('http_method', method.toUpperCase())
    route.addQuery('operation_uri', operationUri)
    route.addQuery('active', true)
    route.setLimit(1)
    route.query()
    const ids = route.next() ? (route.getValue('enforce_acl') || '').split(',').filter((id) => id !== '') : []
    const acl = new GlideRecord('sys_security_acl')
    acl.addQuery('sys_id', 'IN', ids.join(','))
    acl.addQuery('active', true)
    acl.query()
    return verdictOf(acl)
}

/** The page's active ui_page read ACLs (named by the page's fully scoped name). */
export function uiPageReadVerdict(pageName: string): AclVerdict {
    const acl = new GlideRecord('sys_security_acl')
    acl.addQuery('type', 'ui_page')
    acl.addQuery('name', pageName)
    acl.addQuery('operation', 'read')
    acl.addQuery('active', true)
    acl.query()
    return verdictOf(acl)
}

function verdictOf(acl: GlideRecord): AclVerdict {
    const verdict: AclVerdict = { acls: 0, roles: [], allowed: true }
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

export interface RouteAnswer {
    status: number
    body: unknown
}

type Route = (request: unknown, response: unknown) => void

/**
 * Runs one of the app's route functions with the session user, as the scripted REST API would
 * after its ACL: a request with these path parameters, query parameters and JSON body, and a
 * response that records the status and body the route sets.
 */
export function runRoute(route: Route, pathParams: { [name: string]: string }, queryParams: { [name: string]: string[] }, body: unknown): RouteAnswer {
    const answer: RouteAnswer = { status: 200, body: null }
    const request = { pathParams: pathParams, queryParams: queryParams, body: { data: body, dataString: body === undefined ? '' : JSON.stringify(body) } }
    const response = {
        setStatus: (status: number) => {
            answer.status = status
        },
        setBody: (value: unknown) => {
            answer.body = value
        },
        setHeader: () => undefined,
    }
    route(request, response)
    return answer
}
