/**
 * GET /api/x_mioms_m365_assis/v1/app/context: who the caller is to this app and how far Setup
 * got. Every page starts here to decide what to show (e.g. no "Contact Microsoft support" for
 * insights users or in Insights-only mode).
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { ROLE, currentUserHas } from '../security/roles'
import { RouteResponse, sendError, sendJson } from '../rest/respond'

export interface AppContext {
    user: { sysId: string; userName: string }
    roles: { insightsUser: boolean; administrator: boolean }
    setup: { mode: string; completed: boolean; testEnvironment: boolean }
}

export function getAppContext(_request: unknown, response: RouteResponse): void {
    if (!currentUserHas(ROLE.insightsUser)) {
        sendError(response, 403, { id: 'NOT_AUTHORIZED' })
        return
    }
    sendJson(response, 200, readAppContext())
}

export function readAppContext(): AppContext {
    const setup = new GlideRecord('x_mioms_m365_assis_setup')
    setup.orderByDesc('sys_updated_on')
    setup.setLimit(1)
    setup.query()
    const found = setup.next()
    return {
        user: { sysId: gs.getUserID(), userName: gs.getUserName() },
        roles: {
            insightsUser: currentUserHas(ROLE.insightsUser),
            administrator: currentUserHas(ROLE.administrator),
        },
        setup: {
            mode: found ? setup.getValue('mode') || '' : '',
            completed: found ? setup.getValue('completed') === 'true' : false,
            testEnvironment: found ? setup.getValue('test_environment') === 'true' : true,
        },
    }
}
