/**
 * Only the credential chosen in Setup gets into the connector API, not every credential the
 * instance maps to the integration user (issue 12 point 1). Setup runs through its REST API as
 * the Microsoft 365 administrator, with "Let Setup restrict the connector API to this provider";
 * then the sandbox is called with each credential an attacker holding the integration user's
 * identity could use, and every refused call changes nothing (all rows compared before/after).
 *
 * - Application access allows Setup's writes (SANDBOX_LENIENT=crossScopeApiPolicyWrite): the
 *   REST API access policy pins Basic mode to basic authentication + the inbound OAuth client's
 *   tokens, then (mode changed) AAD mode to the OIDC entity's tokens; the platform refuses the rest (401).
 * - The strict side (the instance refuses the app's writes to the policy tables): Setup says the
 *   platform does not enforce it, and in AAD mode the app's own check still refuses basic
 *   authentication and tokens for another audience (403).
 */
import { DEMO_APPS, DEMO_REPOSITORY_ID, DEMO_TENANT, DEMO_USERS } from '../../sandbox/instance/demo'
import { hashPassword } from '../../sandbox/glide/passwords'
import { MESSAGES } from '../../src/server/messages/catalogue'
import { RunningSandbox, basicAuth, startSandbox } from './harness'
import { CONNECTOR, INTEGRATION_BASIC, call, expectInboundError, findUserId, insertRow, sim, snapshot, withStore } from './inbound-support'
import { setupApi } from './support/setup-api'

/** Another OAuth API endpoint of the instance (e.g. made for another integration) and another OIDC entity of the same provider. */
const OTHER_CLIENT = { clientId: 'b8d2e1f3c4a54b6c9d0e1f2a3b4c5d6e', clientSecret: 'other-client-secret-for-this-test' }
const OTHER_AUDIENCE = '5e0c3a1b-7f2d-4e8a-9b6c-0d1e2f3a4b5c'
/** A password an admin set on the AAD-mode REST user (a test value, not a demo credential). */
const REST_USER_PASSWORD = 'rest-user-password-set-by-an-admin'

const policyName = 'Microsoft 365 support connector API'

/** A catalogue text with the policy name and the client id filled in (what the completion page shows). */
function enforcementMessage(id: string, clientId: string): string {
    const text = (MESSAGES as Record<string, string>)[id]
    if (!text) throw new Error(`no catalogue message ${id}`)
    return text.replace('{0}', policyName).replace(/\{1\}/g, clientId)
}

function seedOtherCredentials(sandbox: RunningSandbox): void {
    withStore(sandbox, (store) => {
        insertRow(store, 'oauth_entity', {
            name: 'Another integration',
            type: 'client',
            client_id: OTHER_CLIENT.clientId,
            client_secret: OTHER_CLIENT.clientSecret,
            access_token_lifespan: '1800',
            refresh_token_lifespan: '864000',
            active: 'true',
        })
        const provider = store.query('oidc_provider_configuration', { where: { kind: 'term', field: 'oidc_provider', operator: '=', value: 'Contoso Azure' }, limit: 1 })[0]
        insertRow(store, 'oauth_oidc_entity', { name: 'contoso_other_api', client_id: OTHER_AUDIENCE, oidc_provider_configuration: String(provider.sys_id), active: 'true' })
        store.update('sys_user', findUserId(store, DEMO_APPS.restUser.clientId), { user_password: hashPassword(REST_USER_PASSWORD) })
    })
}

/** Setup through its REST API (as the wizard posts it); returns the inbound step's answer and the final state. */
async function runSetup(sandbox: RunningSandbox, mode: 'basic' | 'aad', restrictAccess: boolean): Promise<{ inbound: any; state: any; environment: any }> {
    await setupApi(sandbox, 'POST', '/consent', { agree: true })
    const environment = await setupApi(sandbox, 'POST', '/step/environment', { mode, testEnvironment: true })
    await setupApi(sandbox, 'POST', '/step/tenant', { tenantDomain: DEMO_TENANT })
    const outbound = await setupApi(sandbox, 'GET', '/state?step=outbound')
    const provider = outbound.choices.providers.find((p: any) => p.clientId === DEMO_APPS.outbound.clientId)
    await setupApi(sandbox, 'POST', '/step/outbound', { profileId: provider.profileId, configureProvider: true })
    const choices = (await setupApi(sandbox, 'GET', '/state?step=inbound')).choices
    const entity =
        mode === 'aad'
            ? choices.oidcEntities.find((c: any) => c.clientId === DEMO_APPS.inboundApi.clientId)
            : choices.oauthClients.find((c: any) => c.clientId === DEMO_APPS.inboundOAuthClient.clientId)
    const inbound = await setupApi(sandbox, 'POST', '/step/inbound', { useOidc: mode === 'aad', entityId: entity.entityId, restrictAccess })
    if (mode === 'aad') {
        await setupApi(sandbox, 'POST', '/step/user', { clientId: DEMO_APPS.restUser.clientId })
    } else {
        const users = await setupApi(sandbox, 'GET', '/state?step=user')
        await setupApi(sandbox, 'POST', '/step/user', { userId: users.choices.users.find((u: any) => u.userName === DEMO_USERS.integration.userName).userId })
    }
    await setupApi(sandbox, 'POST', '/step/repository', { repositoryId: DEMO_REPOSITORY_ID })
    const state = await setupApi(sandbox, 'POST', '/step/settings', { ssoEnabled: false, adminEmail: 'm365.admin@contoso.example', testEnvironment: true })
    return { inbound, state, environment }
}

async function oauthToken(sandbox: RunningSandbox, client: { clientId: string; clientSecret: string }): Promise<string> {
    const response = await fetch(`${sandbox.url}/oauth_token.do`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
            grant_type: 'password',
            client_id: client.clientId,
            client_secret: client.clientSecret,
            username: DEMO_USERS.integration.userName,
            password: DEMO_USERS.integration.password,
        }).toString(),
    })
    const body = await response.json()
    if (response.status !== 200) throw new Error(`oauth_token.do: ${response.status} ${JSON.stringify(body)}`)
    return body.access_token
}

async function aadToken(sandbox: RunningSandbox, audience: string): Promise<string> {
    const { access_token: token } = await sim(sandbox, 'POST', '/_sim/tokens/app', { appId: DEMO_APPS.restUser.clientId, audience, tenant: DEMO_TENANT })
    return token
}

const ping = `${CONNECTOR}/ping?repositoryId=${DEMO_REPOSITORY_ID}`

/** A case of the demo repository on a fresh incident, for the writing calls. */
function insertCase(sandbox: RunningSandbox, caseId: string, incidentNumber: string): void {
    withStore(sandbox, (store) => {
        const incident = store.query('incident', { where: { kind: 'term', field: 'number', operator: '=', value: incidentNumber }, limit: 1 })[0]
        insertRow(store, 'x_mioms_m365_assis_case', { case_number: caseId, incident: String(incident.sys_id), repository_id: DEMO_REPOSITORY_ID, status: 'open', severity: 'c', closed: 'false' })
    })
}

/** A message post: the call that writes the most (a comment, a communication row). */
function postMessage(sandbox: RunningSandbox, caseId: string, authorization: string, messageId: string) {
    return call(sandbox, 'POST', `${CONNECTOR}/tickets/${DEMO_REPOSITORY_ID}/${caseId}/communications`, {
        authorization,
        body: { messageId, body: 'Please collect the logs.', author: 'Alex Wilber', createdDateTime: '2026-11-30T05:00:00Z' },
    })
}

/** The platform's refusal of a credential no profile of the policy matches. */
function expectPolicyRefusal(result: { status: number; json: any }): void {
    expect(result.status).toBe(401)
    expect(result.json).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' })
}

describe('Setup pins the connector API with a REST API access policy (application access allows it)', () => {
    let sandbox: RunningSandbox
    const caseId = '2611300000001'

    beforeAll(async () => {
        sandbox = await startSandbox({ env: { SANDBOX_LENIENT: 'crossScopeApiPolicyWrite' } })
        seedOtherCredentials(sandbox)
        insertCase(sandbox, caseId, 'INC0010002')
    }, 60_000)
    afterAll(async () => {
        await sandbox?.stop()
    })

    describe('Basic mode', () => {
        let setup: { inbound: any; state: any }

        beforeAll(async () => {
            setup = await runSetup(sandbox, 'basic', true)
        }, 60_000)

        test('Setup says what it did and the completion page says what is enforced', () => {
            expect(setup.inbound.notes.join('\n')).toContain(`Setup activated the REST API access policy "${policyName}"`)
            expect(setup.inbound.warnings).toEqual([])
            expect(setup.state.completion.enforcement).toBe(enforcementMessage('SETUP_ENFORCED_BASIC', DEMO_APPS.inboundOAuthClient.clientId))
        })

        test('a bearer token of another OAuth client of the instance, for the integration user, is refused and changes nothing', async () => {
            const token = await oauthToken(sandbox, OTHER_CLIENT)
            const before = snapshot(sandbox)
            expectPolicyRefusal(await call(sandbox, 'GET', ping, { authorization: `Bearer ${token}` }))
            expectPolicyRefusal(await postMessage(sandbox, caseId, `Bearer ${token}`, 'ms-other-client-1'))
            expect(snapshot(sandbox)).toBe(before)
        })

        test("the configured client's token and the integration user's password get in", async () => {
            const token = await oauthToken(sandbox, DEMO_APPS.inboundOAuthClient)
            expect((await call(sandbox, 'GET', ping, { authorization: `Bearer ${token}` })).status).toBe(200)
            const posted = await postMessage(sandbox, caseId, `Bearer ${token}`, 'ms-configured-client-1')
            expect(posted.status).toBe(201)
            expect((await call(sandbox, 'GET', ping, { authorization: INTEGRATION_BASIC })).status).toBe(200)
        })
    })

    describe('AAD mode (Setup re-run in the other mode: the policy is re-pinned)', () => {
        let setup: { inbound: any; state: any; environment: any }

        beforeAll(async () => {
            setup = await runSetup(sandbox, 'aad', true)
        }, 60_000)

        test('changing the mode deactivates the old pin, the Inbound step pins the new one, and the completion page says so', () => {
            expect(setup.environment.notes.join('\n')).toContain(`Setup deactivated the REST API access policy "${policyName}"`)
            expect(setup.inbound.notes.join('\n')).toContain(`Setup activated the REST API access policy "${policyName}"`)
            expect(setup.state.completion.enforcement).toBe(enforcementMessage('SETUP_ENFORCED_AAD', DEMO_APPS.inboundApi.clientId))
        })

        test('a JWT for another audience (another OIDC entity of the provider) is refused and changes nothing', async () => {
            const token = await aadToken(sandbox, OTHER_AUDIENCE)
            const before = snapshot(sandbox)
            expectPolicyRefusal(await call(sandbox, 'GET', ping, { authorization: `Bearer ${token}` }))
            expectPolicyRefusal(await postMessage(sandbox, caseId, `Bearer ${token}`, 'ms-other-audience-1'))
            expect(snapshot(sandbox)).toBe(before)
        })

        test("basic authentication with the REST user's password is refused and changes nothing", async () => {
            const restUser = basicAuth(DEMO_APPS.restUser.clientId, REST_USER_PASSWORD)
            const before = snapshot(sandbox)
            expectPolicyRefusal(await call(sandbox, 'GET', ping, { authorization: restUser }))
            expectPolicyRefusal(await postMessage(sandbox, caseId, restUser, 'ms-rest-user-basic-1'))
            // The Basic mode's credentials no longer get in either.
            expectPolicyRefusal(await call(sandbox, 'GET', ping, { authorization: INTEGRATION_BASIC }))
            expectPolicyRefusal(await call(sandbox, 'GET', ping, { authorization: `Bearer ${await oauthToken(sandbox, DEMO_APPS.inboundOAuthClient)}` }))
            expect(snapshot(sandbox)).toBe(before)
        })

        test('a JWT for the configured audience gets in', async () => {
            const token = await aadToken(sandbox, DEMO_APPS.inboundApi.clientId)
            expect((await call(sandbox, 'GET', ping, { authorization: `Bearer ${token}` })).status).toBe(200)
            expect((await postMessage(sandbox, caseId, `Bearer ${token}`, 'ms-configured-audience-1')).status).toBe(201)
        })
    })
})

describe('the instance refuses the app writing the policy tables (strict application access)', () => {
    let sandbox: RunningSandbox
    let setup: { inbound: any; state: any }
    const caseId = '2611300000002'

    beforeAll(async () => {
        sandbox = await startSandbox()
        seedOtherCredentials(sandbox)
        insertCase(sandbox, caseId, 'INC0010003')
        setup = await runSetup(sandbox, 'aad', true)
    }, 90_000)
    afterAll(async () => {
        await sandbox?.stop()
    })

    test('Setup warns that it could not restrict the API, and the completion page says the platform does not enforce it', () => {
        expect(setup.inbound.warnings.join('\n')).toContain('Setup could not restrict who may call the connector API')
        expect(setup.state.completion.enforcement).toBe(enforcementMessage('SETUP_NOT_ENFORCED_AAD', DEMO_APPS.inboundApi.clientId))
    })

    test("AAD mode: the app refuses a JWT for another audience and the REST user's password, and nothing changes", async () => {
        const before = snapshot(sandbox)
        const otherAudience = `Bearer ${await aadToken(sandbox, OTHER_AUDIENCE)}`
        const restUser = basicAuth(DEMO_APPS.restUser.clientId, REST_USER_PASSWORD)
        for (const [authorization, reason] of [
            [otherAudience, 'WrongAudience'],
            [restUser, 'NotAadToken'],
        ]) {
            const pinged = await call(sandbox, 'GET', ping, { authorization })
            expect(pinged.status).toBe(403)
            expectInboundError(pinged.json, reason)
            const posted = await postMessage(sandbox, caseId, authorization, `ms-${reason}-1`)
            expect(posted.status).toBe(403)
            expectInboundError(posted.json, reason)
        }
        expect(snapshot(sandbox)).toBe(before)
    })

    test('the refusals are in the refusal log by reason, without the token', async () => {
        const lines = withStore(sandbox, (store) => store.query('syslog').map((row) => String(row.message)))
        const refusals = lines.filter((line) => line.includes('Connector API refused'))
        expect(refusals.some((line) => line.includes('WrongAudience (403)'))).toBe(true)
        expect(refusals.some((line) => line.includes('NotAadToken (403)'))).toBe(true)
        const token = await aadToken(sandbox, OTHER_AUDIENCE)
        const signature = token.split('.')[2]
        expect(lines.some((line) => line.includes(signature) || line.includes(REST_USER_PASSWORD))).toBe(false)
    })

    test('a JWT for the configured audience gets in', async () => {
        const token = await aadToken(sandbox, DEMO_APPS.inboundApi.clientId)
        expect((await call(sandbox, 'GET', ping, { authorization: `Bearer ${token}` })).status).toBe(200)
        expect((await postMessage(sandbox, caseId, `Bearer ${token}`, 'ms-configured-audience-2')).status).toBe(201)
    })
})
