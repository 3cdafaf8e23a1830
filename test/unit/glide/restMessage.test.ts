import { RESTMessageV2 as TypedRESTMessageV2 } from '@servicenow/glide/sn_ws'
import { createTestPlatform, Platform } from '../../../sandbox/glide'
import { RESTMessageV2 } from '../../../sandbox/glide/ns/sn_ws'
import { EchoServer, startEchoServer } from './fixtures/startEchoServer'

let server: EchoServer
beforeAll(async () => {
    server = await startEchoServer()
})
afterAll(() => server.stop())

let platform: Platform
let now: number
beforeEach(() => {
    now = Date.UTC(2026, 0, 1, 0, 0, 0)
    platform = createTestPlatform({ clock: () => now })
})

function message(path: string, method = 'get'): RESTMessageV2 {
    const rm = new RESTMessageV2()
    rm.setEndpoint(`${server.url}${path}`)
    rm.setHttpMethod(method)
    return rm
}

describe('RESTMessageV2', () => {
    it('sends method, headers, query parameters and body; reads the response', () => {
        const rm = message('/echo/items', 'post')
        rm.setRequestHeader('Content-Type', 'application/json')
        rm.setQueryParameter('filter', 'a b&c')
        rm.setRequestBody(JSON.stringify({ hello: 'world' }))
        const res = rm.execute()
        expect(res.getStatusCode()).toBe(200)
        expect(res.haveError()).toBe(false)
        expect(res.getErrorMessage()).toBe('')
        expect(res.getHeader('x-echo')).toBe('yes')
        expect(res.getHeaders()['X-Echo']).toBe('yes')
        const echoed = JSON.parse(res.getBody())
        expect(echoed).toMatchObject({ method: 'POST', path: '/echo/items', query: { filter: 'a b&c' }, body: '{"hello":"world"}' })
        expect(echoed.headers['user-agent']).toBe('ServiceNow/1.0')
        expect(echoed.headers['content-type']).toBe('application/json')
    })

    it('reports HTTP errors with haveError and the platform message', () => {
        const res = message('/status/404').execute()
        expect(res.getStatusCode()).toBe(404)
        expect(res.haveError()).toBe(true)
        expect(res.getErrorMessage()).toBe('Method failed: (/status/404) with code: 404')
        expect(JSON.parse(res.getBody())).toEqual({ status: 404 })
    })

    it('gives status 0 and an error on timeout and on refused connections', () => {
        const slow = message('/slow?ms=2000')
        slow.setHttpTimeout(200)
        const timedOut = slow.execute()
        expect([timedOut.getStatusCode(), timedOut.haveError()]).toEqual([0, true])
        expect(timedOut.getErrorMessage()).toMatch(/SocketTimeoutException/)

        const refused = new RESTMessageV2()
        refused.setEndpoint('http://127.0.0.1:1/nothing')
        const res = refused.execute()
        expect([res.getStatusCode(), res.haveError(), res.getErrorCode()]).toEqual([0, true, 1])
        expect(res.getErrorMessage()).toMatch(/Connection refused/)
    })

    it('never leaves the machine', () => {
        const rm = new RESTMessageV2()
        rm.setEndpoint('https://graph.microsoft.com/v1.0/admin/serviceAnnouncement/issues')
        expect(() => rm.execute()).toThrow(/only sends HTTP to 127.0.0.1\/localhost/)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    it('logs every call without the Authorization header or any body', () => {
        const rm = message('/echo/secret?code=1', 'post')
        rm.setBasicAuth('svc', 'p4ssword')
        rm.setRequestBody('top secret body')
        const echoed = JSON.parse(rm.execute().getBody())
        expect(echoed.headers.authorization).toBe(`Basic ${Buffer.from('svc:p4ssword').toString('base64')}`)
        const [log] = platform.store.query('sys_outbound_http_log')
        expect(log).toMatchObject({ hostname: '127.0.0.1', path: '/echo/secret', method: 'POST', response_status: '200', kind: 'rest', url: `${server.url}/echo/secret` })
        expect(Number(log.elapsed_time)).toBeGreaterThanOrEqual(0)
        const text = JSON.stringify(log)
        expect(text).not.toMatch(/authorization|p4ssword|top secret|code=1/i)
    })

    it('works through the @servicenow/glide/sn_ws mapping', () => {
        const rm = new (TypedRESTMessageV2 as unknown as new () => TypedRESTMessageV2)()
        rm.setEndpoint(`${server.url}/echo`)
        expect(rm.execute().getStatusCode()).toBe(200)
    })
})

describe('RESTMessageV2 with an OAuth 2.0 profile', () => {
    function oauthProfile(tokenPath: string, secret = 's3cret-value'): string {
        const entity = platform.insertRow('oauth_entity', {
            name: 'Microsoft 365',
            client_id: 'client-1',
            client_secret: secret,
            token_url: `${server.url}${tokenPath}`,
            default_grant_type: 'client_credentials',
        })
        const profile = platform.insertRow('oauth_entity_profile', { name: 'Microsoft 365 default', oauth_entity: entity, grant_type: 'client_credentials' })
        const scope = platform.insertRow('oauth_entity_scope', { name: 'graph', oauth_entity: entity, oauth_entity_scope: 'https://graph.microsoft.com/.default' })
        platform.insertRow('oauth_entity_profile_scope', { oauth_entity_profile: profile, oauth_entity_scope: scope })
        return profile
    }

    function callProtected(profile: string) {
        const rm = message('/protected')
        rm.setAuthenticationProfile('oauth2', profile)
        return rm.execute()
    }

    it('fetches one token and reuses it until it expires', () => {
        const profile = oauthProfile('/token?ttl=600')
        const first = callProtected(profile)
        expect(first.getStatusCode()).toBe(200)
        const token = JSON.parse(first.getBody()).token
        for (let i = 0; i < 5; i++) expect(JSON.parse(callProtected(profile).getBody()).token).toBe(token)
        expect(platform.stats()).toEqual({ outboundCalls: 7, tokenRequests: 1 })
        expect(platform.store.query('oauth_credential')).toEqual([expect.objectContaining({ type: 'access_token', token, expires: '2026-01-01 00:10:00' })])

        now += 601_000
        const later = callProtected(profile)
        expect(JSON.parse(later.getBody()).token).not.toBe(token)
        expect(platform.stats().tokenRequests).toBe(2)
        expect(platform.store.query('oauth_credential')).toHaveLength(1)
    })

    it.each(['strict', 'lenient'] as const)('returns 401 with an error when the token cannot be obtained (%s error text), and never logs the secret', (side) => {
        platform.fidelity.restOAuthFailureText = side
        const profile = oauthProfile('/token', 'wrong-secret')
        const res = callProtected(profile)
        expect(res.getStatusCode()).toBe(401)
        expect(res.haveError()).toBe(true)
        // The instance's wording is undocumented: strict is the neutral HTTP text, lenient names the token failure.
        if (side === 'strict') expect(res.getErrorMessage()).toBe('Method failed: (/protected) with code: 401')
        else expect(res.getErrorMessage()).toMatch(/OAuth access token could not be obtained .* HTTP 401/)
        expect(platform.stats()).toEqual({ outboundCalls: 1, tokenRequests: 1 })
        const logs = platform.store.query('sys_outbound_http_log')
        expect(logs).toEqual([expect.objectContaining({ kind: 'oauth_token', path: '/token', response_status: '401', method: 'POST' })])
        expect(JSON.stringify(logs)).not.toMatch(/wrong-secret|client_secret/)
    })
})
