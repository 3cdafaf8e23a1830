/**
 * sn_auth.GlideOAuthClient as documented ("GlideOAuthClient / GlideOAuthClientRequest /
 * GlideOAuthClientResponse / GlideOAuthToken - Scoped"), against the Microsoft simulator's AAD
 * token endpoints: the provider by name, its default profile, the OAuth API script, the outbound
 * log and the token store shared with RESTMessageV2; the undocumented parts on both sides of
 * their fidelity switches.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTestPlatform, Platform } from '../../../sandbox/glide'
import { GlideOAuthClient, GlideOAuthClientRequest } from '../../../sandbox/glide/ns/sn_auth'
import { useSimulator } from '../../support/simulator-process'

const TENANT = 'contoso.onmicrosoft.com'
const APP_ID = '11111111-2222-4333-8444-555555555555'
const SECRET = 'sim-outbound-secret'
const CONNECTOR_SCOPE = 'https://connector.rave.microsoft.com/.default'
const APP_SCRIPT = readFileSync(join(__dirname, '../../../src/fluent/script-includes/OAuthM365Util.server.js'), 'utf8')

const sim = useSimulator()
let platform: Platform
beforeEach(() => {
    platform = createTestPlatform({ clock: () => Date.UTC(2026, 0, 1) })
})

function provider(options: { tokenUrl?: string; secret?: string; script?: boolean; name?: string } = {}): string {
    const script = options.script
        ? platform.insertRow('sys_script_include', { name: 'OAuthM365Util', api_name: 'x_mioms_m365_assis.OAuthM365Util', script: APP_SCRIPT, access: 'public', active: 'true' })
        : undefined
    const entity = platform.insertRow('oauth_entity', {
        name: options.name ?? 'Microsoft 365 outbound',
        type: 'oauth2',
        client_id: APP_ID,
        client_secret: options.secret ?? SECRET,
        token_url: options.tokenUrl ?? `${sim.url}/${TENANT}/oauth2/v2.0/token`,
        default_grant_type: 'client_credentials',
        oauth_api_script: script,
        active: 'true',
    })
    platform.insertRow('oauth_entity_profile', { name: 'default', oauth_entity: entity, grant_type: 'client_credentials', is_default: 'true' })
    return entity
}

function request(scope = CONNECTOR_SCOPE): GlideOAuthClientRequest {
    const req = new GlideOAuthClientRequest()
    req.setGrantType('client_credentials')
    req.setScope(scope)
    return req
}

const ask = (name = 'Microsoft 365 outbound', req = request()) => new GlideOAuthClient().requestTokenByRequest(name, req)
const keys = (map: { keySet(): { toArray(): string[] } }) => map.keySet().toArray()

describe('GlideOAuthClient.requestTokenByRequest', () => {
    test('a token: response code "200" (a String, as documented), the GlideOAuthToken, stored in oauth_credential and logged as a token call', () => {
        provider()
        const response = ask()
        expect(response.getResponseCode()).toBe('200')
        expect(response.getErrorMessage()).toBe('')
        const token = response.getToken()!
        expect(token.getAccessToken()).toMatch(/^eyJ/)
        expect(typeof token.getExpiresIn()).toBe('number')
        expect(token.getExpiresIn()).toBeGreaterThan(0)
        expect(response.getResponseParameters().get('access_token')).toBe(token.getAccessToken())
        expect(platform.store.get('oauth_credential', token.getAccessTokenSysID())).toMatchObject({ type: 'access_token', token: token.getAccessToken() })
        expect(platform.stats()).toEqual({ outboundCalls: 1, tokenRequests: 1 })
        // Always a request, never the cache.
        ask()
        expect(platform.stats().tokenRequests).toBe(2)
    })

    test('the OAuth API script runs as for RESTMessageV2 (AAD v1: the scope becomes the resource)', () => {
        provider({ tokenUrl: `${sim.url}/${TENANT}/oauth2/token`, script: true })
        expect(ask().getResponseCode()).toBe('200')
        provider({ tokenUrl: `${sim.url}/${TENANT}/oauth2/token`, name: 'No script' })
        const refused = ask('No script')
        expect(refused.getResponseCode()).toBe('400')
        expect(JSON.parse(refused.getBody()).error_description).toMatch(/^AADSTS900144/)
    })

    test.each(['strict', 'lenient'] as const)('a wrong secret (%s): code "401", no token, the body carries AAD\'s error; the parameters only when lenient', (side) => {
        platform.fidelity.oauthClientErrorParameters = side
        provider({ secret: 'wrong-secret' })
        const response = ask()
        expect(response.getResponseCode()).toBe('401')
        expect(response.getToken()).toBeNull()
        expect(response.getErrorMessage()).not.toMatch(/AADSTS|invalid_client/)
        expect(JSON.parse(response.getBody())).toMatchObject({ error: 'invalid_client', error_codes: [7000215] })
        const params = response.getResponseParameters()
        if (side === 'strict') expect(keys(params)).toEqual([])
        else expect([params.get('error'), String(params.get('error_description')).split('\r\n')[0]]).toEqual(['invalid_client', expect.stringMatching(/^AADSTS7000215:/)])
        expect(platform.store.query('oauth_credential')).toEqual([])
        expect(JSON.stringify(platform.store.query('sys_outbound_http_log'))).not.toContain('wrong-secret')
    })

    test('a tenant AAD does not know: code "400" and AADSTS90002 in the body', () => {
        provider({ tokenUrl: `${sim.url}/fabrikam.onmicrosoft.com/oauth2/v2.0/token` })
        const response = ask()
        expect(response.getResponseCode()).toBe('400')
        expect(JSON.parse(response.getBody()).error_codes).toEqual([90002])
    })

    test('a token host that does not answer: strict throws, lenient answers with no response code', () => {
        provider({ tokenUrl: 'http://127.0.0.1:9/token' })
        expect(() => ask()).toThrow(/java\.net\.ConnectException|java\.io\.IOException/)
        platform.fidelity.oauthClientUnreachable = 'lenient'
        const response = ask()
        expect(response.getResponseCode()).toBe('')
        expect(response.getToken()).toBeNull()
        expect(response.getErrorMessage()).toMatch(/java\.net\.ConnectException|java\.io\.IOException/)
    })

    test('an unknown or ambiguous provider name sends nothing', () => {
        provider()
        expect(ask('Nobody').getErrorMessage()).toMatch(/not found/)
        provider()
        expect(ask().getErrorMessage()).toMatch(/not unique/)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    test('requestToken(name, jsonString) as in the docs', () => {
        provider()
        const response = new GlideOAuthClient().requestToken('Microsoft 365 outbound', JSON.stringify({ grant_type: 'client_credentials', scope: CONNECTOR_SCOPE }))
        expect(response.getResponseCode()).toBe('200')
    })
})
