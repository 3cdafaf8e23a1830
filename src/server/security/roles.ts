/** The app's roles, and the checks every route and page makes in code besides its ACL. */
import { gs } from '@servicenow/glide'

export const ROLE = {
    insightsUser: 'x_mioms_m365_assis.insights_user',
    administrator: 'x_mioms_m365_assis.administrator',
} as const

export type AppRole = (typeof ROLE)[keyof typeof ROLE]

/** gs.hasRole follows role containment (administrator contains insights_user) and passes admins. */
export function currentUserHas(role: AppRole): boolean {
    return gs.hasRole(role)
}
