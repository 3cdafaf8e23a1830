/**
 * A connected test platform (connected-platform.ts) with what the incident panel needs: an agent
 * (insights_user), an administrator, an incident, and helpers to call the panel's routes the way
 * the scripted REST API does.
 */
import { Platform, invokeRoute } from '../../sandbox/glide'
import { ConnectOptions, connectPlatform } from './connected-platform'

export const ROLE_INSIGHTS = 'x_mioms_m365_assis.insights_user'
export const ROLE_ADMIN = 'x_mioms_m365_assis.administrator'

export interface PanelPlatform {
    platform: Platform
    incidentId: string
    setupId: string
}

export function panelPlatform(simUrl: string, options: ConnectOptions = {}): PanelPlatform {
    const { platform, setupId } = connectPlatform(simUrl, options)
    platform.ensureRole(ROLE_ADMIN, [ROLE_INSIGHTS])
    platform.createUser('agent', { roles: [ROLE_INSIGHTS] })
    platform.createUser('m365.admin', { roles: [ROLE_ADMIN] })
    platform.createUser('itil.only', { roles: ['itil'] })
    const incidentId = addIncident(platform, 'INC0010001', 'Outlook cannot connect to Exchange Online', 'Several users see "Trying to connect..." in Outlook since 9am.')
    return { platform, incidentId, setupId }
}

export function addIncident(platform: Platform, number: string, shortDescription: string, description: string): string {
    return platform.insertRow('incident', { number, short_description: shortDescription, description, state: '1', active: 'true' })
}

export interface RouteAnswer {
    status: number
    json: any
}

/** Calls a route handler as `user`, with JSON in and out; `result` unwrapped like the client does. */
export function callRoute(platform: Platform, user: string, handler: unknown, call: { method: string; sysId?: string; body?: unknown; query?: Record<string, string> }): RouteAnswer {
    return platform.runAs(user, () => {
        const answer = invokeRoute(handler as any, {
            method: call.method,
            path: '/api/x_mioms_m365_assis/v1/panel',
            pathParams: call.sysId === undefined ? {} : { sys_id: call.sysId },
            query: call.query,
            headers: call.body === undefined ? {} : { 'content-type': 'application/json' },
            body: call.body === undefined ? undefined : JSON.stringify(call.body),
        })
        const parsed = answer.body ? JSON.parse(String(answer.body)) : undefined
        return { status: answer.status, json: parsed && 'result' in parsed ? parsed.result : parsed }
    })
}
