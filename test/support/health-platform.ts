/**
 * A connected test platform with a Microsoft Graph OAuth profile (scope
 * https://graph.microsoft.com/.default on the simulator's v2 token endpoint) stored as
 * setup.graph_profile, the way Setup leaves an instance ready for service health.
 */
import type { Platform } from '../../sandbox/glide'
import { addScopedProfile, connectPlatform, type ConnectedPlatform, type ConnectOptions } from './connected-platform'

export interface HealthPlatform extends ConnectedPlatform {
    graphProfileId: string
}

export function connectHealthPlatform(simUrl: string, options: ConnectOptions = {}): HealthPlatform {
    const connected = connectPlatform(simUrl, options)
    const { platform, entityId, setupId } = connected
    const graphProfileId = addScopedProfile(platform, entityId, 'Microsoft 365 outbound (test) Graph profile', 'Microsoft Graph', 'https://graph.microsoft.com/.default')
    platform.store.update('x_mioms_m365_assis_setup', setupId, { graph_profile: graphProfileId })
    return { ...connected, graphProfileId }
}

/** Counts store writes (insert/update/delete) from now on. */
export function countWrites(platform: Platform, onWrite?: () => void): () => number {
    const store = platform.store as unknown as Record<string, (...args: unknown[]) => unknown>
    let n = 0
    for (const name of ['insert', 'update', 'delete']) {
        const original = store[name].bind(store)
        store[name] = (...args: unknown[]) => {
            const table = String(args[0])
            if (!/^(sys_outbound_http_log|oauth_credential|syslog)$/.test(table)) n++
            if (onWrite) onWrite()
            return original(...args)
        }
    }
    return () => n
}
