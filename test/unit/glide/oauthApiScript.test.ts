import { ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTestPlatform, Platform } from '../../../sandbox/glide'
import { RESTMessageV2 } from '../../../sandbox/glide/ns/sn_ws'

// Microsoft simulator defaults (sandbox/microsoft/README.md).
const TENANT = 'contoso.onmicrosoft.com'
const APP_ID = '11111111-2222-4333-8444-555555555555'
const SECRET = 'sim-outbound-secret'
const CONNECTOR = 'https://connector.rave.microsoft.com'
const APP_SCRIPT = readFileSync(join(__dirname, '../../../src/fluent/script-includes/OAuthM365Util.server.js'), 'utf8')

let sim: ChildProcess
let simUrl: string
beforeAll(async () => {
    // Another process: RESTMessageV2.execute() blocks this thread while it waits for the answer.
    sim = spawn(process.execPath, [join(__dirname, '../../../sandbox/microsoft/run.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
    simUrl = await new Promise<string>((resolve, reject) => {
        let out = ''
        sim.stdout!.on('data', (d) => {
            out += d
            const m = /MICROSOFT_SIMULATOR_URL=(http:\/\/127\.0\.0\.1:\d+)/.exec(out)
            if (m) resolve(m[1])
        })
        sim.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)))
    })
})
afterAll(() => {
    sim.removeAllListeners('exit')
    sim.kill('SIGTERM')
})

let platform: Platform
beforeEach(() => {
    platform = createTestPlatform({ clock: () => Date.UTC(2026, 0, 1) })
})

function scriptInclude(name: string, script: string): string {
    return platform.insertRow('sys_script_include', { name, api_name: `x_mioms_m365_assis.${name}`, script, access: 'public', active: 'true' })
}

function entity(tokenPath: string, apiScript?: string): string {
    return platform.insertRow('oauth_entity', {
        name: 'Microsoft 365 outbound',
        type: 'oauth2',
        client_id: APP_ID,
        client_secret: SECRET,
        token_url: `${simUrl}/${TENANT}${tokenPath}`,
        default_grant_type: 'client_credentials',
        oauth_api_script: apiScript,
    })
}

function profile(entityId: string, name: string, scope?: string): string {
    const id = platform.insertRow('oauth_entity_profile', { name, oauth_entity: entityId, grant_type: 'client_credentials' })
    if (scope) {
        const scopeId = platform.insertRow('oauth_entity_scope', { name: scope, oauth_entity: entityId, oauth_entity_scope: scope })
        platform.insertRow('oauth_entity_profile_scope', { oauth_entity_profile: id, oauth_entity_scope: scopeId })
    }
    return id
}

function call(path: string, profileId: string) {
    const rm = new RESTMessageV2()
    rm.setEndpoint(`${simUrl}${path}`)
    rm.setHttpMethod('get')
    rm.setAuthenticationProfile('oauth2', profileId)
    return rm.execute()
}

function audienceOf(profileId: string): string {
    const [row] = platform.store.query('oauth_credential', { where: { kind: 'term', field: 'oauth_entity_profile', operator: '=', value: profileId } })
    return JSON.parse(Buffer.from(row.token!.split('.')[1], 'base64url').toString('utf8')).aud
}

async function tokenJournal(): Promise<{ operation: string; status: number }[]> {
    const res = await fetch(`${simUrl}/_sim/journal`)
    return ((await res.json()) as { operation: string; status: number }[]).filter((e) => e.operation?.startsWith('aadToken'))
}

describe('OAuth API script (oauth_entity.oauth_api_script) with the app’s OAuthM365Util', () => {
    beforeEach(async () => {
        await fetch(`${simUrl}/_sim/journal`, { method: 'DELETE' })
    })

    it('adds the connector resource, or the resource of a /.default scope, on a v1 token endpoint; one token per profile', async () => {
        const ent = entity('/oauth2/token', scriptInclude('OAuthM365Util', APP_SCRIPT))
        const connector = profile(ent, 'Microsoft 365 connector')
        const graph = profile(ent, 'Microsoft Graph', 'https://graph.microsoft.com/.default')

        expect(call('/_sim/state', connector).getStatusCode()).toBe(200)
        expect(audienceOf(connector)).toBe(CONNECTOR)
        const issues = call('/v1.0/admin/serviceAnnouncement/issues', graph)
        expect(issues.getStatusCode()).toBe(200)
        expect(audienceOf(graph)).toBe('https://graph.microsoft.com')

        // Cached per entity and profile: no new token requests, two credentials.
        call('/_sim/state', connector)
        call('/v1.0/admin/serviceAnnouncement/issues', graph)
        expect(platform.stats().tokenRequests).toBe(2)
        expect(platform.store.query('oauth_credential').map((r) => r.oauth_entity_profile).sort()).toEqual([connector, graph].sort())
        expect(await tokenJournal()).toEqual([expect.objectContaining({ operation: 'aadTokenV1', status: 200 }), expect.objectContaining({ operation: 'aadTokenV1', status: 200 })])
    })

    it('honours the connector resource property, not the base URL the connector is reached at', () => {
        platform.setProperty('x_mioms_m365_assis.microsoft.connector_base_url', 'http://127.0.0.1:9')
        const atProxy = profile(entity('/oauth2/token', scriptInclude('OAuthM365Util', APP_SCRIPT)), 'Connector behind a proxy')
        expect(call('/_sim/state', atProxy).getStatusCode()).toBe(200)
        expect(audienceOf(atProxy)).toBe('https://connector.rave.microsoft.com')

        platform.setProperty('x_mioms_m365_assis.microsoft.connector_resource', 'https://graph.microsoft.com')
        const p = profile(entity('/oauth2/token', scriptInclude('OAuthM365Util', APP_SCRIPT)), 'Connector elsewhere')
        expect(call('/_sim/state', p).getStatusCode()).toBe(200)
        expect(audienceOf(p)).toBe('https://graph.microsoft.com')
    })

    it('leaves v2 requests alone (scope only)', () => {
        const p = profile(entity('/oauth2/v2.0/token', scriptInclude('OAuthM365Util', APP_SCRIPT)), 'Graph v2', 'https://graph.microsoft.com/.default')
        expect(call('/v1.0/admin/serviceAnnouncement/issues', p).getStatusCode()).toBe(200)
        expect(audienceOf(p)).toBe('00000003-0000-0000-c000-000000000000')
    })

    it('without the script a v1 token request fails (AADSTS900144) and the call is not sent', async () => {
        platform.fidelity.restOAuthFailureText = 'lenient' // the text below is the lenient side's
        const p = profile(entity('/oauth2/token'), 'No script')
        const res = call('/_sim/state', p)
        expect([res.getStatusCode(), res.haveError()]).toEqual([401, true])
        expect(res.getErrorMessage()).toMatch(/OAuth access token could not be obtained for profile No script: token endpoint returned HTTP 400/)
        expect(platform.stats()).toEqual({ outboundCalls: 1, tokenRequests: 1 })
        expect(await tokenJournal()).toEqual([expect.objectContaining({ operation: 'aadTokenV1', status: 400 })])
    })
})

describe('OAuth API script emulation', () => {
    const tokenUrlEntity = () => entity('/oauth2/token')

    it('offers a Java-like parameter map and passes the profile; nothing but Class, Object.extendsObject, global.OAuthUtil and gs', () => {
        const ent = tokenUrlEntity()
        const script = `
var OAuthProbe = Class.create();
OAuthProbe.prototype = Object.extendsObject(global.OAuthUtil, {
    preprocessAccessToken: function (m) {
        var keys = m.keySet().toArray().join(',');
        gs.info('keys={0} scope={1} has={2} profile={3} globals={4}', keys, m.get('scope'), m.containsKey('client_secret'),
            this.getOAuthProfile().getValue('name'), [typeof GlideRecord, typeof require, typeof process, typeof OAuthUtil].join('/'));
        m.remove('scope');
        m.put('resource', 'https://connector.rave.microsoft.com');
    },
    type: 'OAuthProbe'
});`
        platform.store.update('oauth_entity', ent, { oauth_api_script: scriptInclude('OAuthProbe', script) })
        const p = profile(ent, 'Probe', 'api://nothing/.default')
        expect(call('/_sim/state', p).getStatusCode()).toBe(200)
        expect(platform.syslog().map((r) => r.message)).toContain('keys=grant_type,client_id,client_secret,scope scope=api://nothing/.default has=true profile=Probe globals=undefined/undefined/undefined/undefined')
    })

    it('fails the token request, sending nothing, when the script is missing, misnamed or throws', () => {
        platform.fidelity.restOAuthFailureText = 'lenient' // the texts below are the lenient side's
        const throwing = `var OAuthBroken = Class.create(); OAuthBroken.prototype = Object.extendsObject(global.OAuthUtil, { preprocessAccessToken: function () { throw new Error('boom'); }, type: 'OAuthBroken' });`
        const misnamed = APP_SCRIPT.replace(/OAuthM365Util/g, 'M365OAuthUtil')
        for (const [name, script] of [['OAuthBroken', throwing], ['M365OAuthUtil', misnamed]]) {
            const p = profile(entity('/oauth2/token', scriptInclude(name, script)), name)
            const res = call('/_sim/state', p)
            expect(res.getStatusCode()).toBe(401)
            expect(res.getErrorMessage()).toMatch(/the OAuth API script failed/)
        }
        const missing = profile(entity('/oauth2/token', '0123456789abcdef0123456789abcdef'), 'missing')
        expect(call('/_sim/state', missing).getStatusCode()).toBe(401)
        expect(platform.stats().outboundCalls).toBe(0)
        const errors = platform.syslog().filter((r) => r.level === '2').map((r) => r.message)
        expect(errors).toEqual([
            expect.stringMatching(/boom/),
            expect.stringMatching(/must start with "OAuth"/),
            expect.stringMatching(/was not found/),
        ])
    })
})
