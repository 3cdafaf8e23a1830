/**
 * `./dev start` after a stop works as before the stop (issue 13): Setup is completed and a
 * Microsoft case opened, the sandbox (and with it the Microsoft simulator) is stopped and started
 * again on the same database and ports without --fresh, and then the case, Microsoft's calls with
 * the tokens the instance cached before the stop, and Microsoft's callbacks to the registered
 * repository all still work.
 */
import { DEMO_REPOSITORY_ID, DEMO_TENANT, DEMO_USERS } from '../../sandbox/instance/demo'
import { RestartableSandbox, basicAuth, startSandbox } from './harness'
import { agentDoes, call, commentsOf, sim, withStore } from './inbound-support'
import { completeBasicSetup } from './support/setup-api'

jest.setTimeout(180_000)

let sandbox: RestartableSandbox

beforeAll(async () => {
    sandbox = await startSandbox()
})

afterAll(async () => {
    await sandbox?.stop()
})

const ADMIN = basicAuth(DEMO_USERS.m365Admin.userName, DEMO_USERS.m365Admin.password)
const casePath = (incidentSysId: string) => `/api/x_mioms_m365_assis/v1/panel/incidents/${incidentSysId}/case`

test('a restart keeps Setup, the Microsoft case, the simulator signing key and the registered repository', async () => {
    await completeBasicSetup(sandbox)
    const incidentSysId = withStore(sandbox, (store) => String(store.query('incident', { where: { kind: 'term', field: 'number', operator: '=', value: 'INC0010002' }, limit: 1 })[0].sys_id))
    await sim(sandbox, 'PUT', '/_sim/agent', { autoSend: false })
    const opened = await call(sandbox, 'POST', casePath(incidentSysId), {
        authorization: ADMIN,
        body: { title: 'Teams meetings drop after a minute', description: 'Since this morning, every meeting drops.', severity: 'C', preferredContact: 'email' },
    })
    expect(opened.status).toBe(201)
    const caseNumber = opened.json.result.microsoftCase.number as string
    const keysBefore = await sim(sandbox, 'GET', `/${DEMO_TENANT}/discovery/v2.0/keys`)

    sandbox = await sandbox.restart()

    // Microsoft remembers: the same signing key, the repository and the case.
    expect(await sim(sandbox, 'GET', `/${DEMO_TENANT}/discovery/v2.0/keys`)).toEqual(keysBefore)
    const state = await sim(sandbox, 'GET', '/_sim/state')
    expect(state.tenants.flatMap((t: any) => t.repositories.map((r: any) => r.repositoryId))).toContain(DEMO_REPOSITORY_ID)
    expect(state.serviceRequests.map((sr: any) => sr.id)).toContain(caseNumber)

    // The instance's Microsoft calls work (its cached token still verifies): the case refreshes from Microsoft.
    await sim(sandbox, 'DELETE', '/_sim/journal')
    const refreshed = await call(sandbox, 'GET', casePath(incidentSysId), { authorization: ADMIN })
    expect(refreshed.status).toBe(200)
    expect(refreshed.json.result.microsoftCase.number).toBe(caseNumber)
    expect(refreshed.json.result.problems).toEqual([])
    const journal = await sim(sandbox, 'GET', '/_sim/journal')
    expect(journal.filter((e: any) => e.operation === 'getServiceRequest').map((e: any) => e.status)).toEqual([200])

    // Microsoft's engineer answers the case: the callback reaches the repository and the incident gets the comment.
    const message = `Please try the Teams web client for ${caseNumber}.`
    const sent = await agentDoes(sandbox, caseNumber, { kind: 'postCommunication', body: message })
    expect(sent.filter((entry: any) => entry.action === 'postCommunication').map((entry: any) => [entry.ok, entry.error])).toEqual([[true, null]])
    expect(commentsOf(sandbox, incidentSysId).some((comment) => comment.includes(message))).toBe(true)
})
