import { createPublicKey, verify } from 'node:crypto'
import { startSimulator, type RunningSimulator } from '../../../sandbox/microsoft'
import { DEFAULT_OUTBOUND_APP_ID } from '../../../sandbox/microsoft/store'
import { call, requestToken } from '../../../sandbox/microsoft/testing'

let sim: RunningSimulator
beforeAll(async () => {
    sim = await startSimulator({ strict: true })
})
afterAll(() => sim.close())

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))

describe('AAD token endpoint', () => {
    it('issues a v1 client-credentials token (numbers as strings, like AAD)', async () => {
        const res = await requestToken(sim.url)
        expect(res.status).toBe(200)
        expect(res.json).toMatchObject({ token_type: 'Bearer', expires_in: '3599', resource: 'https://connector.rave.microsoft.com' })
        const [h, p] = res.json.access_token.split('.')
        expect(decode(h)).toMatchObject({ alg: 'RS256', typ: 'JWT' })
        const tenantId = sim.control.state().tenants[0].tenantId
        expect(decode(p)).toMatchObject({ aud: 'https://connector.rave.microsoft.com', iss: `https://sts.windows.net/${tenantId}/`, appid: DEFAULT_OUTBOUND_APP_ID, tid: tenantId })
        expect(decode(p).exp).toBeGreaterThan(Date.now() / 1000)
    })

    it('issues a v2 token for a /.default scope and Graph tokens with the roles granted', async () => {
        const v2 = await requestToken(sim.url, { version: 2 })
        expect(v2.status).toBe(200)
        expect(v2.json.expires_in).toBe(3599)
        const graph = await requestToken(sim.url, { version: 2, resource: 'https://graph.microsoft.com' })
        const claims = decode(graph.json.access_token.split('.')[1])
        expect(claims.aud).toBe('00000003-0000-0000-c000-000000000000')
        expect(claims.roles).toEqual(['ServiceHealth.Read.All', 'ServiceMessage.Read.All'])
    })

    it('rejects a wrong secret with 401 invalid_client AADSTS7000215', async () => {
        const res = await requestToken(sim.url, { clientSecret: 'wrong' })
        expect(res.status).toBe(401)
        expect(res.json.error).toBe('invalid_client')
        expect(res.json.error_description).toMatch(/^AADSTS7000215: Invalid client secret provided/)
        expect(res.json.error_codes).toEqual([7000215])
    })

    it('rejects an unknown tenant (AADSTS90002), an unknown app (AADSTS700016), a bad scope and an unknown resource', async () => {
        const tenant = await requestToken(sim.url, { tenant: 'fabrikam.onmicrosoft.com' })
        expect(tenant.status).toBe(400)
        expect(tenant.json.error_description).toMatch(/^AADSTS90002: Tenant 'fabrikam.onmicrosoft.com' not found/)
        const app = await requestToken(sim.url, { clientId: '99999999-0000-4000-8000-000000000000' })
        expect([app.status, app.json.error_codes[0]]).toEqual([400, 700016])
        const form = 'grant_type=client_credentials&client_id=' + DEFAULT_OUTBOUND_APP_ID + '&client_secret=sim-outbound-secret&scope=https://graph.microsoft.com'
        const scope = await call(`${sim.url}/contoso.onmicrosoft.com/oauth2/v2.0/token`, { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
        expect([scope.status, scope.json.error]).toEqual([400, 'invalid_scope'])
        const resource = await requestToken(sim.url, { resource: 'https://nowhere.example.com' })
        expect([resource.status, resource.json.error_codes[0]]).toEqual([400, 500011])
    })
})

describe('OIDC discovery and JWKS', () => {
    it('serves v1 and v2 metadata pointing at this simulator', async () => {
        const v1 = await call(`${sim.url}/contoso.onmicrosoft.com/.well-known/openid-configuration`)
        const tid = sim.control.state().tenants[0].tenantId
        expect(v1.json).toMatchObject({ issuer: `https://sts.windows.net/${tid}/`, jwks_uri: `${sim.url}/common/discovery/keys`, token_endpoint: `${sim.url}/${tid}/oauth2/token` })
        const v2 = await call(`${sim.url}/${tid}/v2.0/.well-known/openid-configuration`)
        expect(v2.json.issuer).toBe(`https://login.microsoftonline.com/${tid}/v2.0`)
        expect((await call(`${sim.url}/nope.example.com/.well-known/openid-configuration`)).status).toBe(400)
    })

    it('signs tokens that verify against the JWKS with node crypto (by kid)', async () => {
        const jwks = (await call(`${sim.url}/common/discovery/keys`)).json
        const token = (await requestToken(sim.url)).json.access_token as string
        const [h, p, s] = token.split('.')
        const jwk = jwks.keys.find((k: { kid: string }) => k.kid === decode(h).kid)
        expect(jwk).toMatchObject({ kty: 'RSA', use: 'sig' })
        const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' })
        expect(verify('RSA-SHA256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))).toBe(true)
        expect(verify('RSA-SHA256', Buffer.from(`${h}.${p}x`), key, Buffer.from(s, 'base64url'))).toBe(false)
    })

    it('issueAppToken gives the AAD inbound token: appid = REST user app, aud = inbound API app', () => {
        const t = sim.control.issueAppToken('rest-user-app-id', 'inbound-api-app-id')
        const claims = decode(t.split('.')[1])
        expect(claims).toMatchObject({ appid: 'rest-user-app-id', aud: 'inbound-api-app-id' })
        expect(claims.iss).toMatch(/^https:\/\/sts\.windows\.net\/[0-9a-f-]{36}\/$/)
    })
})
