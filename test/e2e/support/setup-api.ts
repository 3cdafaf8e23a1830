/**
 * Setup completed the way the wizard does it, through its REST API as the Microsoft 365
 * administrator (test/e2e/setup-wizard.test.ts proves the same steps in the browser): basic mode,
 * the seeded outbound OAuth provider configured by Setup, the inbound OAuth client, the
 * integration user, the repository id; then the Microsoft 365 admin registers the repository in
 * the admin center (the simulator's control API) with the completion page's values, the tests
 * pass (the round trip included), and the Microsoft 365 tab is attached to the incident form.
 */
import { DEMO_APPS, DEMO_REPOSITORY_ID, DEMO_TENANT, DEMO_USERS } from '../../../sandbox/instance/demo'
import { RunningSandbox, basicAuth } from '../harness'
import { waitFor } from './browser'

const SETUP = '/api/x_mioms_m365_assis/v1/setup'
const ADMIN = basicAuth(DEMO_USERS.m365Admin.userName, DEMO_USERS.m365Admin.password)

/** Calls a Setup route as the Microsoft 365 administrator; fails on anything but 200. */
export async function setupApi(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<any> {
    const response = await fetch(sandbox.url + SETUP + path, {
        method,
        headers: { Authorization: ADMIN, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (response.status !== 200) throw new Error(`${method} ${SETUP}${path}: ${response.status} ${text}`)
    return JSON.parse(text).result // scripted REST wraps the body in { result }
}

async function control(url: string, body: unknown): Promise<void> {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
}

export interface CompletedSetup {
    completion: Record<string, string>
    tests: { id: string; status: string; message: string }[]
}

export async function completeBasicSetup(sandbox: RunningSandbox, adminEmail = 'm365.admin@contoso.example'): Promise<CompletedSetup> {
    await setupApi(sandbox, 'POST', '/consent', { agree: true })
    await setupApi(sandbox, 'POST', '/step/environment', { mode: 'basic', testEnvironment: true })
    await setupApi(sandbox, 'POST', '/step/tenant', { tenantDomain: DEMO_TENANT })
    const outbound = await setupApi(sandbox, 'GET', '/state?step=outbound')
    const provider = outbound.choices.providers.find((p: any) => p.clientId === DEMO_APPS.outbound.clientId)
    if (!provider) throw new Error(`Setup lists no outbound provider for ${DEMO_APPS.outbound.clientId}: ${JSON.stringify(outbound.choices)}`)
    await setupApi(sandbox, 'POST', '/step/outbound', { profileId: provider.profileId, configureProvider: true })
    const inbound = await setupApi(sandbox, 'GET', '/state?step=inbound')
    const client = inbound.choices.oauthClients.find((c: any) => c.clientId === DEMO_APPS.inboundOAuthClient.clientId)
    if (!client) throw new Error(`Setup lists no inbound OAuth client ${DEMO_APPS.inboundOAuthClient.clientId}`)
    await setupApi(sandbox, 'POST', '/step/inbound', { useOidc: false, entityId: client.entityId })
    const users = await setupApi(sandbox, 'GET', '/state?step=user')
    const user = users.choices.users.find((u: any) => u.userName === DEMO_USERS.integration.userName)
    if (!user) throw new Error(`Setup lists no user ${DEMO_USERS.integration.userName}`)
    await setupApi(sandbox, 'POST', '/step/user', { userId: user.userId })
    await setupApi(sandbox, 'POST', '/step/repository', { repositoryId: DEMO_REPOSITORY_ID })
    const settled = await setupApi(sandbox, 'POST', '/step/settings', { ssoEnabled: false, adminEmail, testEnvironment: true })
    const completion = settled.completion as Record<string, string>

    // The Microsoft 365 admin registers the repository with the completion page's values
    // (Basic authentication: the inbound OAuth client and the integration user's credentials).
    await control(`${sandbox.microsoftUrl}/_sim/configure`, {
        repositories: [
            {
                tenant: DEMO_TENANT,
                repositoryId: completion.repositoryId,
                endpoint: completion.endpoint,
                authenticationType: 'oauth',
                username: completion.userName,
                password: DEMO_USERS.integration.password,
                clientId: completion.clientId,
                clientSecret: DEMO_APPS.inboundOAuthClient.clientSecret,
                instanceUrl: sandbox.url,
            },
        ],
    })
    await setupApi(sandbox, 'POST', '/tests', {})
    const tests = await waitFor(
        async () => {
            const answer = await setupApi(sandbox, 'GET', '/tests')
            return answer.run && !answer.run.results.some((r: any) => r.status === 'pending') ? answer : undefined
        },
        'the Setup tests to finish',
        30_000,
        250,
    )
    if (!tests.completed) throw new Error(`Setup tests did not pass: ${JSON.stringify(tests.run.results)}`)
    // An instance whose sys_ui_form_section lets the app create form sections (the emulation's strict default refuses).
    await control(`${sandbox.url}/_sandbox/cross-scope`, { table: 'sys_ui_form_section', canCreate: true, canDelete: true })
    await setupApi(sandbox, 'POST', '/form-section', { agree: true })
    return { completion, tests: tests.run.results }
}
