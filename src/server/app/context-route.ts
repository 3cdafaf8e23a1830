/**
 * GET /api/x_mioms_m365_assis/v1/app/context: who the caller is to this app and how far Setup
 * got. Every page starts here to decide what to show (e.g. no "Contact Microsoft support" for
 * insights users or in Insights-only mode).
 */
import { gs } from '@servicenow/glide'
import { findSetup, isTestEnvironment, setupModeOf } from '../setup/setup-record'
import { ROLE, currentUserHas, refuseWithoutRole } from '../security/roles'
import { RouteResponse, sendJson } from '../rest/respond'
import { booleanField } from '../platform/booleans'
import { UserDateFormat, readUserDateFormat } from '../time/user-date-format'

export interface AppContext {
    user: { sysId: string; userName: string }
    roles: { insightsUser: boolean; administrator: boolean }
    setup: { mode: string; completed: boolean; testEnvironment: boolean }
    /** How this user sees dates elsewhere on the instance; the pages format dates with it. */
    dates: UserDateFormat
}

export function getAppContext(_request: unknown, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.insightsUser)) return
    sendJson(response, 200, readAppContext())
}

export function readAppContext(): AppContext {
    const setup = findSetup()
    return {
        user: { sysId: gs.getUserID(), userName: gs.getUserName() },
        roles: {
            insightsUser: currentUserHas(ROLE.insightsUser),
            administrator: currentUserHas(ROLE.administrator),
        },
        setup: {
            mode: setupModeOf(setup) || '',
            completed: setup ? booleanField(setup, 'completed') : false,
            testEnvironment: isTestEnvironment(setup),
        },
        dates: readUserDateFormat(),
    }
}
