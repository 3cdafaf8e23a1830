/**
 * Microsoft support works a case through the connector API, driven by the simulator's agent
 * with each authentication the repository can be registered with (basic, ServiceNow OAuth,
 * AAD JWT): its messages become incident comments, its status changes move the incident per
 * the mapping, and an agent's comment typed on the incident form (Chromium) reaches Microsoft
 * without Microsoft's own messages being echoed back. The simulator checks every answer
 * against the contract (contractErrors).
 */
import { Browser } from 'playwright-core'
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { RunningSandbox, launchChromium, startSandbox } from './harness'
import { logIn, postComment, waitFor } from './support/browser'
import { agentDoes, commentsOf, configureSetup, flushAgent, incidentRow, openCase, registerRepository, sim, withStore } from './inbound-support'

let sandbox: RunningSandbox
let browser: Browser

beforeAll(async () => {
    sandbox = await startSandbox()
    browser = await launchChromium()
    // The test sends the agent's callbacks itself (flush), so each step is observed in order.
    await sim(sandbox, 'PUT', '/_sim/agent', { autoSend: false })
})
afterAll(async () => {
    await browser?.close()
    await sandbox?.stop()
})

function expectAllOk(entries: any[]): void {
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
        expect({ action: entry.action, status: entry.status, error: entry.error, contractErrors: entry.contractErrors }).toEqual({
            action: entry.action,
            status: expect.any(Number),
            error: null,
            contractErrors: [],
        })
        expect(entry.ok).toBe(true)
    }
}

async function commentOnForm(incidentSysId: string, text: string): Promise<void> {
    const page = await logIn(browser, sandbox, DEMO_USERS.agent)
    try {
        await postComment(page, sandbox, incidentSysId, text)
    } finally {
        await page.context().close()
    }
}

const AUTH_KIND = { basic: 'basic', oauth: 'bearer', aad: 'aad' } as const

const FLOWS = [
    { auth: 'basic', mode: 'basic', incident: 'INC0010001' },
    { auth: 'oauth', mode: 'basic', incident: 'INC0010003' },
    { auth: 'aad', mode: 'aad', incident: 'INC0010004' },
] as const

describe.each(FLOWS)('Microsoft support works a case ($auth)', ({ auth, mode, incident }) => {
    test('agent messages, the agent comment round trip, resolve and close', async () => {
        configureSetup(sandbox, mode)
        await registerRepository(sandbox, auth)
        const opened = await openCase(sandbox, incident)

        // The case's creation made the agent read the ticket and say hello.
        const hello = await flushAgent(sandbox)
        expectAllOk(hello)
        expect(hello.map((entry) => entry.action)).toEqual(expect.arrayContaining(['getTicket', 'postCommunication']))
        expect(commentsOf(sandbox, opened.incidentSysId).some((text) => text.includes('Hello, this is Microsoft support'))).toBe(true)

        // A reply from the Microsoft engineer appears on the incident.
        const reply = `Please collect the logs for ${incident} (${auth}).`
        expectAllOk(await agentDoes(sandbox, opened.caseId, { kind: 'postCommunication', body: reply }))
        expect(commentsOf(sandbox, opened.incidentSysId).filter((text) => text.includes(reply))).toHaveLength(1)

        // The service desk agent answers on the incident form: the comment reaches Microsoft.
        const answer = `Logs attached for ${incident} via ${auth}.`
        await commentOnForm(opened.incidentSysId, answer)
        const serviceRequest = await waitFor(async () => {
            const all = await sim(sandbox, 'GET', '/_sim/servicerequests')
            const sr = all.find((candidate: any) => candidate.id === opened.caseId)
            return sr?.communications.some((c: any) => c.direction === 'toMicrosoft' && c.body === answer) ? sr : undefined
        }, 'the agent comment at the simulator')
        // Microsoft's own messages were never sent back to Microsoft.
        const toMicrosoft = serviceRequest.communications.filter((c: any) => c.direction === 'toMicrosoft')
        expect(toMicrosoft.map((c: any) => c.body)).toEqual([answer])
        const queued = withStore(sandbox, (store) =>
            store.query('x_mioms_m365_assis_communication', { where: { kind: 'term', field: 'case', operator: '=', value: opened.caseSysId } }),
        )
        expect(queued.filter((row) => row.direction === 'toMicrosoft').map((row) => [row.body, row.state])).toEqual([[answer, 'sent']])

        // Microsoft resolves the case: the incident follows the mapping (resolved → Resolved).
        expectAllOk(await agentDoes(sandbox, opened.caseId, { kind: 'updateTicket', status: 'resolved', owner: 'Alex Wilber' }))
        expect(incidentRow(sandbox, opened.incidentSysId)).toMatchObject({ state: '6', close_code: 'Solution provided' })

        // And closes it.
        expectAllOk(await agentDoes(sandbox, opened.caseId, { kind: 'closeTicket', resolution: 'Resolved by a service update.' }))
        expect(incidentRow(sandbox, opened.incidentSysId).state).toBe('7')
        const callbacks = await sim(sandbox, 'GET', '/_sim/callbacks')
        for (const entry of callbacks) expect({ action: entry.action, contractErrors: entry.contractErrors }).toEqual({ action: entry.action, contractErrors: [] })
        // Every call for this case was made with the registered authentication.
        const calls = callbacks.filter((entry: any) => entry.caseId === opened.caseId && !String(entry.action).startsWith('oauth'))
        expect(new Set(calls.map((entry: any) => entry.authKind))).toEqual(new Set([AUTH_KIND[auth]]))
    })
})
