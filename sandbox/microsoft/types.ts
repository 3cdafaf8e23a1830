// Shapes shared by the route handlers.
import type { IncomingHttpHeaders } from 'node:http'
import type { Contract } from './contract'
import type { SigningKey } from './jwt'
import type { Store } from './store'

export interface Reply {
    status: number
    body?: unknown
    /** Sent as-is instead of JSON.stringify(body) (malformed-body fault). */
    raw?: string
    /** Sent as-is, byte for byte (a file stream such as the post-incident report). */
    bytes?: Buffer
    headers?: Record<string, string>
}

export interface RequestContext {
    method: string
    path: string
    url: URL
    headers: IncomingHttpHeaders
    rawBody: Buffer
    params: Record<string, string>
    correlationId: string
    /** Filled in by handlers for the journal. */
    note: { operation: string | null; appId: string | null; requestErrors: string[]; contractErrors: string[] }
}

export interface SimulatorOptions {
    /** 0 = any free port. */
    port?: number
    /** A JSON file holding the simulator's world across restarts (loaded at start, written after changes); '' = memory only. */
    statePath?: string
    /** Seed of the deterministic health issue generator. */
    seed?: number
    /** Generate this many Graph health issues at start/reset. */
    healthIssues?: number
    /** Validate the simulator's own responses and fail loudly (500 + journal) on a contract violation. */
    strict?: boolean
    /** Audience of tokens for the connector. */
    connectorAudience?: string
    /** Access token lifetime in seconds. */
    tokenLifetimeSeconds?: number
    /** Graph page size when the client sends no Prefer: odata.maxpagesize. */
    graphDefaultPageSize?: number
    /** Agent callback delay after answering (ms); the agent never calls back during a request. */
    agentDelayMs?: number
    /** Send queued callbacks by itself (false = only on flush). */
    agentAutoSend?: boolean
    /** Timeout of each callback HTTP request (ms). */
    callbackTimeoutMs?: number
    /** Log each request to stderr. */
    verbose?: boolean
}

export interface Sim {
    readonly store: Store
    readonly contract: Contract
    readonly key: SigningKey
    readonly options: Required<Omit<SimulatorOptions, 'port'>>
    /** Base URL of the simulator, no trailing slash. */
    url(): string
    now(): Date
    /** The world may have changed outside a request (the agent's callbacks): persist it when a state file is used. */
    changed(): void
}

export type Handler = (ctx: RequestContext, sim: Sim) => Reply | Promise<Reply>

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000'
export const GRAPH_RESOURCE = 'https://graph.microsoft.com'
