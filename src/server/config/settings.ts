/**
 * The one place server code reads the app's configuration (system properties). Every
 * Microsoft URL is a property so an admin can point the app at a national cloud, a
 * successor service, or the local simulator.
 */
import { gs } from '@servicenow/glide'
import { parseBoolean } from '../platform/booleans'

export const PROPERTY = {
    tokenHost: 'x_mioms_m365_assis.microsoft.token_host',
    connectorBaseUrl: 'x_mioms_m365_assis.microsoft.connector_base_url',
    graphBaseUrl: 'x_mioms_m365_assis.microsoft.graph_base_url',
    learnMcpUrl: 'x_mioms_m365_assis.microsoft.learn_mcp_url',
    solutionsSource: 'x_mioms_m365_assis.solutions.source',
    connectorResource: 'x_mioms_m365_assis.microsoft.connector_resource',
    graphResource: 'x_mioms_m365_assis.microsoft.graph_resource',
    httpTimeoutMs: 'x_mioms_m365_assis.http.timeout_ms',
    httpMaxRetries: 'x_mioms_m365_assis.http.max_retries',
    solutionsCacheMinutes: 'x_mioms_m365_assis.cache.solutions_minutes',
    healthCacheMinutes: 'x_mioms_m365_assis.cache.health_minutes',
    feedbackOptOut: 'x_mioms_m365_assis.feedback.opt_out',
    inboundMaxBodyBytes: 'x_mioms_m365_assis.inbound.max_body_bytes',
    resolvedIncidentCommunication: 'x_mioms_m365_assis.inbound.resolved_incident_communication',
    debugLogging: 'x_mioms_m365_assis.log.debug',
} as const

export interface Settings {
    tokenHost: string
    connectorBaseUrl: string
    graphBaseUrl: string
    /** The Microsoft Learn MCP server's endpoint (no authentication). */
    learnMcpUrl: string
    /** Where recommended solutions come from: Microsoft Learn, the connector Setup configured, or nowhere. */
    solutionsSource: SolutionsSource
    /** Token audiences (App ID URIs): AAD v1 `resource`, v2 scope `<resource>/.default`. */
    connectorResource: string
    graphResource: string
    httpTimeoutMs: number
    httpMaxRetries: number
    solutionsCacheMinutes: number
    healthCacheMinutes: number
    feedbackOptOut: boolean
    inboundMaxBodyBytes: number
    /** What a message from Microsoft does to a Resolved incident: reopen it (In Progress) or be refused (409). */
    resolvedIncidentCommunication: ResolvedIncidentCommunication
    debugLogging: boolean
}

export const SOLUTIONS_SOURCES = ['learn', 'connector', 'off'] as const
export type SolutionsSource = (typeof SOLUTIONS_SOURCES)[number]

export const RESOLVED_INCIDENT_COMMUNICATION = ['reopen', 'refuse'] as const
export type ResolvedIncidentCommunication = (typeof RESOLVED_INCIDENT_COMMUNICATION)[number]

/** Shipped defaults, used when a property is missing or holds something unusable. */
export const DEFAULTS: Settings = {
    tokenHost: 'https://login.microsoftonline.com',
    connectorBaseUrl: 'https://connector.rave.microsoft.com',
    graphBaseUrl: 'https://graph.microsoft.com',
    // Documented endpoint: https://learn.microsoft.com/en-us/training/support/mcp
    learnMcpUrl: 'https://learn.microsoft.com/api/mcp',
    solutionsSource: 'learn',
    connectorResource: 'https://connector.rave.microsoft.com',
    graphResource: 'https://graph.microsoft.com',
    httpTimeoutMs: 20000,
    httpMaxRetries: 2,
    solutionsCacheMinutes: 1440,
    healthCacheMinutes: 15,
    feedbackOptOut: false,
    inboundMaxBodyBytes: 65536,
    resolvedIncidentCommunication: 'reopen',
    debugLogging: false,
}

export function readSettings(): Settings {
    return {
        tokenHost: readUrl(PROPERTY.tokenHost, DEFAULTS.tokenHost),
        connectorBaseUrl: readUrl(PROPERTY.connectorBaseUrl, DEFAULTS.connectorBaseUrl),
        graphBaseUrl: readUrl(PROPERTY.graphBaseUrl, DEFAULTS.graphBaseUrl),
        learnMcpUrl: readUrl(PROPERTY.learnMcpUrl, DEFAULTS.learnMcpUrl),
        solutionsSource: solutionsSource(),
        connectorResource: readUrl(PROPERTY.connectorResource, DEFAULTS.connectorResource),
        graphResource: readUrl(PROPERTY.graphResource, DEFAULTS.graphResource),
        httpTimeoutMs: readInteger(PROPERTY.httpTimeoutMs, DEFAULTS.httpTimeoutMs, 1000, 120000),
        httpMaxRetries: readInteger(PROPERTY.httpMaxRetries, DEFAULTS.httpMaxRetries, 0, 5),
        solutionsCacheMinutes: readInteger(PROPERTY.solutionsCacheMinutes, DEFAULTS.solutionsCacheMinutes, 0, 525600),
        healthCacheMinutes: readInteger(PROPERTY.healthCacheMinutes, DEFAULTS.healthCacheMinutes, 1, 1440),
        feedbackOptOut: readBoolean(PROPERTY.feedbackOptOut, DEFAULTS.feedbackOptOut),
        inboundMaxBodyBytes: readInteger(PROPERTY.inboundMaxBodyBytes, DEFAULTS.inboundMaxBodyBytes, 1024, 10485760),
        resolvedIncidentCommunication: resolvedIncidentCommunication(),
        debugLogging: readBoolean(PROPERTY.debugLogging, DEFAULTS.debugLogging),
    }
}

export function parseInteger(raw: string | null | undefined, fallback: number, min: number, max: number): number {
    if (raw === null || raw === undefined || String(raw).trim() === '') return fallback
    const value = Number(String(raw).trim())
    if (!Number.isInteger(value) || value < min || value > max) return fallback
    return value
}

// True/False properties are read by the app's one boolean reader (platform/booleans.ts).
export { parseBoolean }

/** Accepts only absolute http(s) URLs and drops a trailing slash so paths can be appended. */
export function parseBaseUrl(raw: string | null | undefined, fallback: string): string {
    const text = raw === null || raw === undefined ? '' : String(raw).trim()
    if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(text)) return fallback
    return text.replace(/\/+$/, '')
}

function readInteger(name: string, fallback: number, min: number, max: number): number {
    return parseInteger(gs.getProperty(name, ''), fallback, min, max)
}

function readBoolean(name: string, fallback: boolean): boolean {
    return parseBoolean(gs.getProperty(name, ''), fallback)
}

/** The debug-logging property alone (the logger asks on every debug line; no need to read every setting). */
export function debugLoggingEnabled(): boolean {
    return readBoolean(PROPERTY.debugLogging, DEFAULTS.debugLogging)
}

/** The resolved-incident setting alone (read on each message); anything but the two choices is the default. */
export function resolvedIncidentCommunication(): ResolvedIncidentCommunication {
    const raw = String(gs.getProperty(PROPERTY.resolvedIncidentCommunication, '') || '').trim().toLowerCase()
    for (const choice of RESOLVED_INCIDENT_COMMUNICATION) if (raw === choice) return choice
    return DEFAULTS.resolvedIncidentCommunication
}

/** The solutions source alone; anything but the three choices is the default (Microsoft Learn). */
export function solutionsSource(): SolutionsSource {
    const raw = String(gs.getProperty(PROPERTY.solutionsSource, '') || '').trim().toLowerCase()
    for (const choice of SOLUTIONS_SOURCES) if (raw === choice) return choice
    return DEFAULTS.solutionsSource
}

function readUrl(name: string, fallback: string): string {
    return parseBaseUrl(gs.getProperty(name, ''), fallback)
}

// --- diagnostics: which properties hold a value readSettings() cannot use (it then takes the default) ---
/** The bounds readSettings() applies to each integer property. */
const INTEGER_BOUNDS: ReadonlyArray<[string, number, number]> = [
    [PROPERTY.httpTimeoutMs, 1000, 120000],
    [PROPERTY.httpMaxRetries, 0, 5],
    [PROPERTY.solutionsCacheMinutes, 0, 525600],
    [PROPERTY.healthCacheMinutes, 1, 1440],
    [PROPERTY.inboundMaxBodyBytes, 1024, 10485760],
]
export const URL_PROPERTIES: ReadonlyArray<string> = [PROPERTY.tokenHost, PROPERTY.connectorBaseUrl, PROPERTY.graphBaseUrl, PROPERTY.connectorResource, PROPERTY.graphResource]
const BOOLEAN_PROPERTIES: ReadonlyArray<string> = [PROPERTY.feedbackOptOut, PROPERTY.debugLogging]

function rawProperty(name: string): string {
    const raw = gs.getProperty(name, '')
    return raw === null || raw === undefined ? '' : String(raw).trim()
}

/** Set properties (non-empty) that readSettings() would replace by the default; URL properties are checked by unusableUrls(). */
export function unusableProperties(): string[] {
    const bad: string[] = []
    for (const [name, min, max] of INTEGER_BOUNDS) {
        const raw = rawProperty(name)
        if (raw && parseInteger(raw, min - 1, min, max) === min - 1) bad.push(name + ' = ' + raw)
    }
    for (const name of BOOLEAN_PROPERTIES) {
        const raw = rawProperty(name)
        if (raw && parseBoolean(raw, true) !== parseBoolean(raw, false)) bad.push(name + ' = ' + raw)
    }
    const choice = rawProperty(PROPERTY.resolvedIncidentCommunication).toLowerCase()
    if (choice && RESOLVED_INCIDENT_COMMUNICATION.indexOf(choice as ResolvedIncidentCommunication) < 0) bad.push(PROPERTY.resolvedIncidentCommunication + ' = ' + choice)
    return bad
}

/** The Microsoft URL properties as set (empty = the default), and those that are not absolute http(s) URLs. */
export function microsoftUrls(): { name: string; value: string; usable: boolean }[] {
    return URL_PROPERTIES.map((name) => {
        const value = rawProperty(name)
        return { name, value, usable: !value || parseBaseUrl(value, '') !== '' }
    })
}

// ---------- Service health (health capability) ----------
export const HEALTH_PROPERTY = {
    autoIncident: 'x_mioms_m365_assis.health.auto_incident',
    autoResolve: 'x_mioms_m365_assis.health.auto_resolve',
    assignmentGroup: 'x_mioms_m365_assis.health.assignment_group',
    category: 'x_mioms_m365_assis.health.category',
    subcategory: 'x_mioms_m365_assis.health.subcategory',
    assignedTo: 'x_mioms_m365_assis.health.assigned_to',
    closeCode: 'x_mioms_m365_assis.health.close_code',
    pageSize: 'x_mioms_m365_assis.health.page_size',
} as const

export interface HealthSettings {
    autoIncident: boolean
    autoResolve: boolean
    /** sys_user_group sys_id, '' when not set. */
    assignmentGroup: string
    category: string
    subcategory: string
    /** sys_user sys_id, '' when not set. */
    assignedTo: string
    /** Resolution code (incident.close_code value) of auto-resolved incidents; '' lets the app choose one the instance offers. */
    closeCode: string
    /** Prefer: odata.maxpagesize for Graph's issue list. */
    pageSize: number
    /** Minutes between scheduled syncs (x_mioms_m365_assis.cache.health_minutes). */
    syncMinutes: number
}

export const HEALTH_DEFAULTS = { pageSize: 100 } as const

export function readHealthSettings(): HealthSettings {
    return {
        autoIncident: readBoolean(HEALTH_PROPERTY.autoIncident, false),
        autoResolve: readBoolean(HEALTH_PROPERTY.autoResolve, false),
        assignmentGroup: readText(HEALTH_PROPERTY.assignmentGroup),
        category: readText(HEALTH_PROPERTY.category),
        subcategory: readText(HEALTH_PROPERTY.subcategory),
        assignedTo: readText(HEALTH_PROPERTY.assignedTo),
        closeCode: readText(HEALTH_PROPERTY.closeCode),
        pageSize: readInteger(HEALTH_PROPERTY.pageSize, HEALTH_DEFAULTS.pageSize, 1, 1000),
        syncMinutes: readInteger(PROPERTY.healthCacheMinutes, DEFAULTS.healthCacheMinutes, 1, 1440),
    }
}

function readText(name: string): string {
    const raw = gs.getProperty(name, '')
    return raw === null || raw === undefined ? '' : String(raw).trim()
}

// --- inbound (connector API): the instance's own name, as the connector's ping reports it ---
/** The platform's instance_name property, else the host of the request URL (e.g. a local instance). */
export function instanceName(requestUrl?: string): string {
    const configured = gs.getProperty('instance_name', '')
    if (configured) return String(configured)
    const match = /^[a-z]+:\/\/([^/:?#]+)/i.exec(requestUrl || '')
    if (!match) return 'instance'
    const host = match[1]
    const service = /^([^.]+)\.service-now\.com$/i.exec(host)
    return service ? service[1] : host
}
