/** The app's roles, and the checks every route and page makes in code besides its ACL. */
import { gs } from '@servicenow/glide'
import { RouteResponse, sendError } from '../rest/respond'

export const ROLE = {
    insightsUser: 'x_mioms_m365_assis.insights_user',
    administrator: 'x_mioms_m365_assis.administrator',
} as const

export type AppRole = (typeof ROLE)[keyof typeof ROLE]

/** gs.hasRole follows role containment (administrator contains insights_user) and passes admins. */
export function currentUserHas(role: AppRole): boolean {
    return gs.hasRole(role)
}

/**
 * The in-code role check of a route: true (and a 403 with the catalogue's message already sent)
 * when the caller lacks `role`. Usage: `if (refuseWithoutRole(response, ROLE.administrator)) return`.
 */
export function refuseWithoutRole(response: RouteResponse, role: AppRole): boolean {
    if (currentUserHas(role)) return false
    sendError(response, 403, { id: 'NOT_AUTHORIZED' })
    return true
}
