/**
 * Idempotency under true concurrency (issue 12, point 3): three sandbox processes on one SQLite
 * file, as an instance's nodes share one database. The same Microsoft message arriving at once:
 * exactly one request writes the comment, every other one answers 200 duplicate, none 500.
 * Opening a case from several requests at once: one Microsoft case, the others a clear 409.
 * Counted in the database and at the simulator afterwards, not inferred from the answers.
 */
import { DEMO_REPOSITORY_ID, DEMO_USERS } from '../../sandbox/instance/demo'
import { MESSAGES, formatMessage } from '../../src/server/messages/catalogue'
import { SandboxCluster, basicAuth, startSandboxCluster } from './harness'
import { CONNECTOR, INTEGRATION_BASIC, call, commentsOf, configureSetup, flushAgent, insertRow, registerRepository, sim, withStore } from './inbound-support'

let cluster: SandboxCluster
let caseSysId: string
let incidentSysId: string
const CASE_ID = '2611300000012'

beforeAll(async () => {
    cluster = await startSandboxCluster(3)
    configureSetup(cluster.first, 'basic')
    withStore(cluster.first, (store) => {
        const incident = store.query('incident', { where: { kind: 'term', field: 'number', operator: '=', value: 'INC0010002' }, limit: 1 })[0]
        incidentSysId = String(incident.sys_id)
        caseSysId = insertRow(store, 'x_mioms_m365_assis_case', {
            case_number: CASE_ID,
            incident: incidentSysId,
            repository_id: DEMO_REPOSITORY_ID,
            status: 'open',
            severity: 'c',
            closed: 'false',
        })
    })
}, 120_000)
afterAll(async () => {
    await cluster?.stop()
})

function communicationRows(messageId: string): number {
    return withStore(cluster.first, (store) =>
        store.count('x_mioms_m365_assis_communication', {
            kind: 'and',
            conditions: [
                { kind: 'term', field: 'case', operator: '=', value: caseSysId },
                { kind: 'term', field: 'message_id', operator: '=', value: messageId },
            ],
        }),
    )
}

/** `count` posts of one message at once, spread over the cluster's nodes; their statuses and bodies. */
async function postAtOnce(messageId: string, body: string, count: number): Promise<{ status: number; json: any }[]> {
    const path = `${CONNECTOR}/tickets/${DEMO_REPOSITORY_ID}/${CASE_ID}/communications`
    const message = { messageId, body, author: 'Alex Wilber', createdDateTime: '2026-11-30T05:00:00Z' }
    return Promise.all(
        Array.from({ length: count }, (_, i) => call(cluster.nodes[i % cluster.nodes.length], 'POST', path, { authorization: INTEGRATION_BASIC, body: message })),
    )
}

function expectOneDelivery(answers: { status: number; json: any }[], messageId: string): void {
    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(1)
    expect(statuses.filter((s) => s !== 201 && s !== 200)).toEqual([])
    for (const answer of answers.filter((a) => a.status === 200)) {
        expect(answer.json).toEqual({ result: { messageId, duplicate: true, incidentNumber: 'INC0010002' } })
    }
}

test('50 parallel posts of one message over three nodes: one 201, the rest 200 duplicate, one row and one comment', async () => {
    const body = 'Race of fifty: one comment only.'
    const commentsBefore = commentsOf(cluster.first, incidentSysId).length
    const answers = await postAtOnce('ms-race-50', body, 50)
    expectOneDelivery(answers, 'ms-race-50')
    expect(communicationRows('ms-race-50')).toBe(1)
    const comments = commentsOf(cluster.first, incidentSysId)
    expect(comments.length - commentsBefore).toBe(1)
    expect(comments.filter((c) => c.includes(body))).toHaveLength(1)
})

test('a message the panel\'s Refresh already stored reaches the incident once when the connector posts it, also when posts race', async () => {
    // What refreshCase stores from Microsoft's list: the row, no incident comment (refresh-case.ts).
    const body = 'Stored by Refresh first, then posted by the connector.'
    withStore(cluster.first, (store) =>
        insertRow(store, 'x_mioms_m365_assis_communication', {
            case: caseSysId,
            message_id: 'ms-race-refreshed',
            direction: 'fromMicrosoft',
            state: 'received',
            author: 'Alex Wilber',
            body,
        }),
    )
    const commentsBefore = commentsOf(cluster.first, incidentSysId).length
    const answers = await postAtOnce('ms-race-refreshed', body, 12)
    expectOneDelivery(answers, 'ms-race-refreshed')
    expect(communicationRows('ms-race-refreshed')).toBe(1)
    expect(commentsOf(cluster.first, incidentSysId).length - commentsBefore).toBe(1)
    const row = withStore(cluster.first, (store) => store.query('x_mioms_m365_assis_communication', { where: { kind: 'term', field: 'message_id', operator: '=', value: 'ms-race-refreshed' } })[0])
    expect(row.journal_entry).toBeTruthy()
    // And the replay afterwards is a duplicate that adds nothing.
    const replay = await postAtOnce('ms-race-refreshed', body, 1)
    expect(replay[0].status).toBe(200)
    expect(commentsOf(cluster.first, incidentSysId).length - commentsBefore).toBe(1)
})

test('two admins opening a case for one incident at once, and a double submit: one Microsoft case, the other requests a clear 409', async () => {
    await registerRepository(cluster.first, 'basic')
    withStore(cluster.first, (store) => {
        const setup = store.query('x_mioms_m365_assis_setup')[0]
        store.update('x_mioms_m365_assis_setup', String(setup.sys_id), { admin_email: 'm365.admin@contoso.example' })
    })
    const incidentSysId3 = withStore(cluster.first, (store) => String(store.query('incident', { where: { kind: 'term', field: 'number', operator: '=', value: 'INC0010003' }, limit: 1 })[0].sys_id))
    // Microsoft takes a moment to create the case: the requests overlap for certain, whatever the machine's speed.
    await sim(cluster.first, 'POST', '/_sim/faults', { pattern: '/v1/tenants/*/servicerequests', method: 'POST', latencyMs: 400 })
    await sim(cluster.first, 'DELETE', '/_sim/journal')
    const form = { title: 'Outlook cannot connect', description: 'Several users see "Trying to connect..." since 9am.', severity: 'B', preferredContact: 'email' }
    const path = `/api/x_mioms_m365_assis/v1/panel/incidents/${incidentSysId3}/case`
    const m365Admin = basicAuth(DEMO_USERS.m365Admin.userName, DEMO_USERS.m365Admin.password)
    const admin = basicAuth(DEMO_USERS.admin.userName, DEMO_USERS.admin.password)
    const answers = await Promise.all([
        call(cluster.nodes[0], 'POST', path, { authorization: m365Admin, body: form }),
        call(cluster.nodes[1], 'POST', path, { authorization: m365Admin, body: form }), // the double submit
        call(cluster.nodes[2], 'POST', path, { authorization: admin, body: form }), // the other admin
    ])
    await sim(cluster.first, 'DELETE', '/_sim/faults')
    const created = answers.filter((a) => a.status === 201)
    expect(created).toHaveLength(1)
    const caseNumber = created[0].json.result.microsoftCase.number
    for (const loser of answers.filter((a) => a.status !== 201)) {
        expect(loser.status).toBe(409)
        expect([MESSAGES.CASE_OPENING, formatMessage(MESSAGES.CASE_ALREADY_OPEN, [caseNumber])]).toContain(loser.json.result.error.message)
    }
    const atMicrosoft = (await sim(cluster.first, 'GET', '/_sim/servicerequests')).filter((c: any) => c.incidentSysId === incidentSysId3)
    expect(atMicrosoft.map((c: any) => c.id)).toEqual([caseNumber])
    // Microsoft was asked once: the losers stopped before any Microsoft call (not saved by Microsoft's own 409).
    const journal = await sim(cluster.first, 'GET', '/_sim/journal')
    expect(journal.filter((e: any) => e.operation === 'createServiceRequest')).toHaveLength(1)
    // Microsoft's engineer greets the new case with a message: let that callback finish first, as
    // its request holds the message's claim while it runs (the claim table must then be empty).
    await flushAgent(cluster.first)
    withStore(cluster.first, (store) => {
        expect(store.query('x_mioms_m365_assis_case', { where: { kind: 'term', field: 'incident', operator: '=', value: incidentSysId3 } }).map((r) => r.case_number)).toEqual([caseNumber])
        expect(store.count('x_mioms_m365_assis_claim')).toBe(0)
    })
})
