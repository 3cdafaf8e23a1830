/**
 * Closed incidents stay closed (issue 12, point 2), on the sandbox running the built app, with
 * the Microsoft simulator's agent as the caller (it checks every answer against the contract):
 * - a Closed or Canceled incident keeps its state and stays inactive whatever status Microsoft
 *   sends, and a message for it gets 409 IncidentClosed and adds nothing;
 * - a message for a Resolved incident reopens it with a work note (the default), or, with the
 *   setting at `refuse`, gets 409 IncidentResolved and nothing is written.
 * Rows are compared before and after (snapshot: case, communication, incident, journal, Setup).
 */
import { DEMO_USERS } from '../../sandbox/instance/demo'
import { MESSAGES } from '../../src/server/messages/catalogue'
import { PROPERTY } from '../../src/server/config/settings'
import { RunningSandbox, startSandbox } from './harness'
import { OpenedCase, agentDoes, commentsOf, configureSetup, flushAgent, incidentRow, openCase, registerRepository, sim, snapshot, withStore } from './inbound-support'

let sandbox: RunningSandbox

beforeAll(async () => {
    sandbox = await startSandbox()
    // Each of Microsoft's calls is sent when the test flushes, so every step is observed in order.
    await sim(sandbox, 'PUT', '/_sim/agent', { autoSend: false })
    configureSetup(sandbox, 'basic')
    await registerRepository(sandbox, 'basic')
})
afterAll(async () => {
    await sandbox?.stop()
})

/** Opens a case for the incident and lets Microsoft's agent read it and say hello (on the still open incident). */
async function openWorkedCase(incidentNumber: string): Promise<OpenedCase> {
    const opened = await openCase(sandbox, incidentNumber)
    await flushAgent(sandbox)
    return opened
}

/** The one callback the agent made for its action, after checking the simulator found it within the contract. */
async function microsoft(caseId: string, action: Record<string, unknown>): Promise<{ status: number; response: any }> {
    const made = await agentDoes(sandbox, caseId, action)
    const entry = made[made.length - 1]
    expect({ action: entry.action, contractErrors: entry.contractErrors }).toEqual({ action: action.kind, contractErrors: [] })
    return entry
}

/** Microsoft posts a message that must get 409 `reason` and change no row; then exactly one log line names it. */
async function expectRefusedPost(caseId: string, body: string, reason: 'IncidentClosed' | 'IncidentResolved', message: string): Promise<void> {
    const before = snapshot(sandbox)
    const post = await microsoft(caseId, { kind: 'postCommunication', body })
    expect(post.status).toBe(409)
    expect(post.response.error.message).toBe(message)
    expect(String(post.response.error.detail)).toMatch(new RegExp(`^${reason}:`))
    expect(snapshot(sandbox)).toBe(before)
    expect(appLogLines(caseId).filter((text) => text.includes(`409 ${reason}`))).toHaveLength(1)
}

function appLogLines(caseId: string): string[] {
    return withStore(sandbox, (store) =>
        store
            .query('syslog', { where: { kind: 'term', field: 'message', operator: 'LIKE', value: caseId } })
            .map((row) => String(row.message))
            .filter((text) => /^\[M365-[0-9A-F]{12}\]/.test(text)),
    )
}

function setProperty(name: string, value: string): void {
    withStore(sandbox, (store) => {
        const row = store.query('sys_properties', { where: { kind: 'term', field: 'name', operator: '=', value: name }, limit: 1 })[0]
        if (!row) throw new Error(`the app did not install property ${name}`)
        store.update('sys_properties', String(row.sys_id), { value })
    })
}

/** An agent saves the incident form with a new State (the sandbox's form, through GlideRecord and the business rules). */
async function agentSetsState(incidentSysId: string, state: string): Promise<void> {
    const login = await fetch(`${sandbox.url}/login.do`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ user_name: DEMO_USERS.agent.userName, user_password: DEMO_USERS.agent.password }).toString(),
        redirect: 'manual',
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]
    expect(cookie).toMatch(/^JSESSIONID=/)
    const saved = await fetch(`${sandbox.url}/incident.do?sys_id=${incidentSysId}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
        body: new URLSearchParams({ state }).toString(),
        redirect: 'manual',
    })
    expect(saved.status).toBe(302)
}

test('a Closed incident: a status update leaves it closed and inactive; a message gets 409 IncidentClosed and no comment', async () => {
    const opened = await openWorkedCase('INC0010001')
    // An agent closed the incident while the case was open: what the instance then holds (Closed, inactive, close info).
    withStore(sandbox, (store) =>
        store.update('incident', opened.incidentSysId, { state: '7', active: 'false', close_code: 'Solution provided', close_notes: 'Fixed by the service desk.' }),
    )
    const comments = commentsOf(sandbox, opened.incidentSysId).length

    const update = await microsoft(opened.caseId, { kind: 'updateTicket', status: 'inProgress' })
    expect(update.status).toBe(200)
    expect(incidentRow(sandbox, opened.incidentSysId)).toMatchObject({ state: '7', active: 'false' })
    expect(withStore(sandbox, (store) => store.get('x_mioms_m365_assis_case', opened.caseSysId)?.status)).toBe('inProgress')
    expect(appLogLines(opened.caseId).filter((text) => text.includes("status 'inProgress'"))).toHaveLength(1)

    await expectRefusedPost(opened.caseId, 'Is the problem still there?', 'IncidentClosed', MESSAGES.INBOUND_INCIDENT_CLOSED)
    expect(commentsOf(sandbox, opened.incidentSysId)).toHaveLength(comments)
})

test("a Canceled incident (the agent's form) stays canceled and inactive when Microsoft closes the case", async () => {
    const opened = await openWorkedCase('INC0010003')
    await agentSetsState(opened.incidentSysId, '8')
    expect(incidentRow(sandbox, opened.incidentSysId)).toMatchObject({ state: '8', active: 'false' })
    const close = await microsoft(opened.caseId, { kind: 'closeTicket', resolution: 'Nothing more to do.' })
    expect(close.status).toBe(200)
    expect(close.response.result.status).toBe('closed')
    expect(incidentRow(sandbox, opened.incidentSysId)).toMatchObject({ state: '8', active: 'false' })
    expect(appLogLines(opened.caseId).filter((text) => text.includes("status 'closed'"))).toHaveLength(1)
})

test('a Resolved incident: a message reopens it (In Progress) with a work note; with the setting at refuse, 409 and nothing written', async () => {
    // Microsoft resolves the case: the incident follows the mapping (Resolved, still active).
    const opened = await openWorkedCase('INC0010004')
    expect((await microsoft(opened.caseId, { kind: 'updateTicket', status: 'resolved' })).status).toBe(200)
    expect(incidentRow(sandbox, opened.incidentSysId)).toMatchObject({ state: '6', active: 'true' })

    const reopen = await microsoft(opened.caseId, { kind: 'postCommunication', body: 'The problem came back for some users.' })
    expect(reopen.status).toBe(201)
    expect(incidentRow(sandbox, opened.incidentSysId)).toMatchObject({ state: '2', active: 'true' })
    expect(commentsOf(sandbox, opened.incidentSysId).filter((text) => text.includes('The problem came back for some users.'))).toHaveLength(1)
    const workNotes = withStore(sandbox, (store) =>
        store
            .query('sys_journal_field', {
                where: {
                    kind: 'and',
                    conditions: [
                        { kind: 'term', field: 'element_id', operator: '=', value: opened.incidentSysId },
                        { kind: 'term', field: 'element', operator: '=', value: 'work_notes' },
                    ],
                },
            })
            .map((row) => String(row.value)),
    )
    expect(workNotes).toEqual([MESSAGES.INBOUND_REOPENED_NOTE.replace('{0}', opened.caseId)])

    // The admin chooses refuse; Microsoft works the case again, resolves it and posts once more.
    setProperty(PROPERTY.resolvedIncidentCommunication, 'refuse')
    try {
        expect((await microsoft(opened.caseId, { kind: 'updateTicket', status: 'inProgress' })).status).toBe(200)
        expect((await microsoft(opened.caseId, { kind: 'updateTicket', status: 'resolved' })).status).toBe(200)
        expect(incidentRow(sandbox, opened.incidentSysId)).toMatchObject({ state: '6' })
        await expectRefusedPost(opened.caseId, 'One more question.', 'IncidentResolved', MESSAGES.INBOUND_INCIDENT_RESOLVED)
    } finally {
        setProperty(PROPERTY.resolvedIncidentCommunication, 'reopen')
    }
})
