/**
 * The Microsoft Graph application permissions the app uses, the features each one enables, and
 * a probe that tells which are granted: one minimal read of each feed (`$top=1`) through the one
 * outbound path with the Graph OAuth profile. Setup's tests and Diagnostics both ask here.
 *
 * Why a probe and not the token's `roles` claim (documented for client-credential tokens,
 * https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference): the app never
 * holds the Graph token (the OAuth profile on RESTMessageV2 obtains, caches and sends it, see
 * connector/microsoft-http.ts), Microsoft tells applications not to depend on a claim being present
 * (same page), and a probe shows what Graph itself enforces. Like the claim, it sees a consent only
 * once the instance's cached token expires (up to an hour): the messages say so.
 *
 * Graph answers 403 when the app role is missing (each List page, "Permissions":
 * https://learn.microsoft.com/en-us/graph/api/serviceannouncement-list-healthoverviews,
 * https://learn.microsoft.com/en-us/graph/api/serviceannouncement-list-messages). Anything else that
 * is not a success (401, 404, 429, 5xx, no answer) says nothing about the permission: unknown.
 */
import { readSettings } from '../config/settings'
import { MicrosoftResult, callMicrosoft } from '../connector/microsoft-http'
import { LABELS, formatMessage } from '../messages/catalogue'

export type GraphPermission = 'ServiceHealth.Read.All' | 'ServiceMessage.Read.All'
export type GraphFeature = keyof typeof LABELS.graphPermissions.features
export type PermissionState = 'granted' | 'missing' | 'unknown'

export interface PermissionSpec {
    permission: GraphPermission
    /** What does not work without it, in the order the messages name them. */
    features: GraphFeature[]
    /** The smallest read (relative to {graph}/v1.0) Graph refuses without it. */
    probe: string
}

/** Every Graph permission the app asks for (https://learn.microsoft.com/en-us/graph/api/resources/serviceannouncement). */
export const GRAPH_PERMISSIONS: ReadonlyArray<PermissionSpec> = [
    {
        // List healthOverviews / issues / issue incidentReport: application permission ServiceHealth.Read.All.
        permission: 'ServiceHealth.Read.All',
        features: ['healthIssues', 'healthOverviews', 'automaticIncidents', 'incidentReports'],
        probe: '/admin/serviceAnnouncement/healthOverviews?$top=1',
    },
    {
        // List serviceAnnouncement messages: application permission ServiceMessage.Read.All.
        permission: 'ServiceMessage.Read.All',
        features: ['messageCenter'],
        probe: '/admin/serviceAnnouncement/messages?$top=1',
    },
]

export interface PermissionResult {
    permission: GraphPermission
    features: GraphFeature[]
    state: PermissionState
    /** The URL read. */
    url: string
    /** What Graph answered when it was not a success (status or code, and its message). */
    detail?: string
    correlationId: string
}

/** The features' names joined for a sentence: "Message center posts", "A, B and C". */
export function featureNames(features: ReadonlyArray<GraphFeature>): string {
    const names = features.map((f) => LABELS.graphPermissions.features[f])
    if (names.length < 2) return names.join('')
    return names.slice(0, -1).join(', ') + LABELS.graphPermissions.and + names[names.length - 1]
}

/** "ServiceHealth.Read.All (service health issues, …); ServiceMessage.Read.All (Message center posts)". */
export function permissionSummary(): string {
    return GRAPH_PERMISSIONS.map((p) => formatMessage(LABELS.graphPermissions.enables, [p.permission, featureNames(p.features)])).join('; ')
}

/** Pure: what one probe's answer says about its permission. */
export function classifyProbe(spec: PermissionSpec, url: string, result: MicrosoftResult): PermissionResult {
    const base = { permission: spec.permission, features: spec.features.slice(), url, correlationId: result.correlationId }
    if (result.ok === true) return { ...base, state: 'granted' }
    const detail = (result.code || 'HTTP ' + result.status) + ': ' + result.detail.substring(0, 200)
    return { ...base, state: result.status === 403 ? 'missing' : 'unknown', detail }
}

/**
 * Probes every permission with the Graph OAuth profile. `maxRetries` 0 for Diagnostics (no check
 * blocks longer than one timeout); Setup's tests use the usual retries.
 */
export function probeGraphPermissions(profileId: string, correlationId: string, maxRetries?: number): PermissionResult[] {
    const base = readSettings().graphBaseUrl + '/v1.0'
    return GRAPH_PERMISSIONS.map((spec) => {
        const result = callMicrosoft({ operation: 'probe ' + spec.permission, method: 'GET', baseUrl: base, path: spec.probe, profileId, correlationId, maxRetries })
        return classifyProbe(spec, base + spec.probe, result)
    })
}
