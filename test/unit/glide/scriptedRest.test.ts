import { ServiceError as TypedServiceError } from '@servicenow/glide/sn_ws_err'
import { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
// The official sn_ws_err declarations only have ServiceError; the emulation has all documented errors.
import * as sn_ws_err from '../../../sandbox/glide/ns/sn_ws_err'
import { createTestPlatform, invokeRoute, Platform } from '../../../sandbox/glide'

describe('scripted REST (invokeRoute)', () => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
    })

    it('passes path, query (arrays), lower-case headers and the JSON body; wraps setBody in result', () => {
        let seen: Record<string, unknown> = {}
        const res = invokeRoute(
            (request: RESTAPIRequest, response: RESTAPIResponse) => {
                seen = {
                    id: request.pathParams.id,
                    tags: request.queryParams.tag,
                    token: request.getHeader('X-UserToken'),
                    headerKeys: Object.keys(request.headers),
                    data: request.body.data,
                    uri: request.uri,
                    url: request.url,
                }
                response.setStatus(201)
                response.setHeader('X-Correlation-Id', 'c-1')
                response.setBody({ ok: true })
            },
            {
                method: 'POST',
                path: '/api/x_mioms_m365_assis/v1/cases/abc',
                pathParams: { id: 'abc' },
                query: 'tag=a&tag=b',
                headers: { 'X-UserToken': 'tok', Accept: 'application/json' },
                body: { title: 'Mail flow' },
            },
        )
        expect(seen).toEqual({
            id: 'abc',
            tags: ['a', 'b'],
            token: 'tok',
            headerKeys: ['x-usertoken', 'accept', 'content-type'],
            data: { title: 'Mail flow' },
            uri: '/api/x_mioms_m365_assis/v1/cases/abc',
            url: 'http://localhost/api/x_mioms_m365_assis/v1/cases/abc?tag=a&tag=b',
        })
        expect(res).toEqual({ status: 201, headers: { 'X-Correlation-Id': 'c-1', 'Content-Type': 'application/json' }, body: '{"result":{"ok":true}}' })
    })

    it('renders setError, returned and thrown sn_ws_err errors in the platform format', () => {
        const viaSet = invokeRoute((_req: RESTAPIRequest, res: RESTAPIResponse) => {
            res.setError(new sn_ws_err.NotFoundError('No such incident'))
        })
        expect(viaSet.status).toBe(404)
        expect(JSON.parse(viaSet.body)).toEqual({ error: { message: 'No such incident', detail: '' }, status: 'failure' })

        const returned = invokeRoute(() => new sn_ws_err.ServiceError().setStatus(409).setMessage('Conflict').setDetail('Case already open'))
        expect([returned.status, JSON.parse(returned.body)]).toEqual([409, { error: { message: 'Conflict', detail: 'Case already open' }, status: 'failure' }])

        const thrown = invokeRoute(() => {
            throw new sn_ws_err.BadRequestError('Missing incident')
        })
        expect(thrown.status).toBe(400)

        const statuses = [sn_ws_err.NotAcceptableError, sn_ws_err.ConflictError, sn_ws_err.UnsupportedMediaTypeError].map((E) => new E().status)
        expect(statuses).toEqual([406, 409, 415])
        expect(new sn_ws_err.ServiceError().status).toBe(500)
        expect(new TypedServiceError()).toBeInstanceOf(sn_ws_err.ServiceError)
    })

    it('turns an unexpected exception into a 500 and a syslog error', () => {
        const res = invokeRoute(() => {
            throw new TypeError('x is undefined')
        }, { path: '/api/x/boom' })
        expect(res.status).toBe(500)
        expect(JSON.parse(res.body)).toEqual({ error: { message: 'x is undefined', detail: '' }, status: 'failure' })
        expect(platform.syslog()[0]).toMatchObject({ level: '2', source: 'ScriptedRESTAPI' })
    })

    it('refuses to read a body on GET, and reports invalid JSON as 400', () => {
        const get = invokeRoute((req: RESTAPIRequest) => req.body.data)
        expect(get.status).toBe(400)
        expect(JSON.parse(get.body).error.message).toMatch(/not allowed when request method is GET or DELETE/)
        const bad = invokeRoute((req: RESTAPIRequest) => req.body.data, { method: 'POST', body: '{nope', headers: { 'Content-Type': 'application/json' } })
        expect(bad.status).toBe(400)
    })

    // RESTAPIRequestBody: "REST web services consume data, datastream, and dataString via stream. Because
    // streams are only consumed once, only one can be called. ... the second call will return empty."
    it('gives the body to the first read of data / dataString / dataStream only', () => {
        const body = { body: '{"query":"mail"}', headers: { 'Content-Type': 'application/json' }, method: 'POST' }
        const reads = (read: (req: RESTAPIRequest) => unknown[]) => {
            let seen: unknown[] = []
            invokeRoute((req: RESTAPIRequest) => {
                seen = read(req)
            }, body)
            return seen
        }
        expect(reads((req) => [req.body.data, req.body.dataString])).toEqual([{ query: 'mail' }, ''])
        expect(reads((req) => [req.body.dataString, req.body.data])).toEqual(['{"query":"mail"}', undefined])
        expect(reads((req) => [req.body.data, req.body.data])).toEqual([{ query: 'mail' }, undefined])
        // The stream object itself is not emulated (strict): reading it throws, and the body is gone.
        expect(reads((req) => [(() => { try { return req.body.dataStream } catch (e) { return (e as Error).message } })(), req.body.dataString])).toEqual([
            expect.stringMatching(/dataStream is not emulated/),
            '',
        ])
    })

    it('writes streamed text without the result wrapper; a returned object becomes the body', () => {
        const streamed = invokeRoute((_req: RESTAPIRequest, res: RESTAPIResponse) => {
            res.setContentType('text/plain')
            res.getStreamWriter().writeString('hello ')
            res.getStreamWriter().writeString('world')
        })
        expect(streamed).toEqual({ status: 200, headers: { 'Content-Type': 'text/plain' }, body: 'hello world' })
        expect(invokeRoute(() => ({ a: 1 })).body).toBe('{"result":{"a":1}}')
        expect(invokeRoute(() => undefined).body).toBe('')
    })
})
