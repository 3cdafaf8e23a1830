/**
 * Worker-thread half of synchronous HTTP: performs one request with node:http(s) and resolves
 * with a WireResponse; never rejects (failures become status 0 with an error).
 * This file is transpiled at run time by compileWorker.ts (worker threads do not get jest's
 * TypeScript transform), so it may import only node built-ins and synckit.
 */
import http from 'node:http'
import https from 'node:https'
import { runAsWorker } from 'synckit'
import type { WireRequest, WireResponse } from './wire'

function perform(req: WireRequest): Promise<WireResponse> {
    const started = Date.now()
    return new Promise((resolve) => {
        const url = new URL(req.url)
        const client = url.protocol === 'https:' ? https : http
        const headers: Record<string, string> = { ...req.headers }
        if (req.body !== null) headers['Content-Length'] = String(Buffer.byteLength(req.body))
        const request = client.request(url, { method: req.method, headers }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => {
                const pairs: [string, string][] = []
                for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]])
                const bytes = Buffer.concat(chunks)
                resolve({
                    status: res.statusCode ?? 0,
                    headers: pairs,
                    body: bytes.toString('utf8'),
                    ...(req.binary ? { bodyBase64: bytes.toString('base64') } : {}),
                    durationMs: Date.now() - started,
                })
            })
            res.on('error', (e) => fail('ECONNRESET', e.message))
        })
        const fail = (code: string, message: string) =>
            resolve({ status: 0, headers: [], body: '', error: { code, message }, durationMs: Date.now() - started })
        request.setTimeout(req.timeoutMs, () => {
            request.destroy()
            fail('ETIMEDOUT', 'Request timed out')
        })
        request.on('error', (e: NodeJS.ErrnoException) => fail(e.code ?? 'EIO', e.message))
        if (req.body !== null) request.write(req.body)
        request.end()
    })
}

runAsWorker(perform)
