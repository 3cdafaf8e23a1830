/**
 * Synchronous HTTP for RESTMessageV2.execute(): the request runs on a worker thread (synckit)
 * while the calling thread blocks, as a script on the instance blocks on execute().
 * Only loopback targets are allowed: tests and the sandbox must never leave the machine.
 */
import { join } from 'node:path'
import { createSyncFn } from 'synckit'
import { compileToCommonJs } from './compileWorker'
import type { WireRequest, WireResponse } from './wire'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

let send: ((req: WireRequest) => WireResponse) | undefined

export function assertLoopback(url: string): void {
    let host: string
    try {
        host = new URL(url).hostname
    } catch {
        throw new Error(`Invalid endpoint URL: ${url}`)
    }
    if (!LOOPBACK_HOSTS.has(host)) {
        throw new Error(`The emulation only sends HTTP to 127.0.0.1/localhost, not ${host}`)
    }
}

export function sendSync(req: WireRequest): WireResponse {
    assertLoopback(req.url)
    if (!send) send = createSyncFn<(req: WireRequest) => Promise<WireResponse>>(compileToCommonJs(join(__dirname, 'httpWorker.ts')))
    return send(req)
}
