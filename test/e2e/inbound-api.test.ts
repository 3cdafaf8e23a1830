/**
 * The connector API (docs/connector-api.openapi.yaml, tag inbound) on the sandbox running the
 * built app: who may call each route, what it refuses, and that a refused or replayed call
 * changes nothing (every row of the tables an inbound call could touch is compared).
 */
import { DEMO_REPOSITORY_ID, DEMO_USERS } from '../../sandbox/instance/demo'
import { RunningSandbox, basicAuth, startSandbox } from './harness'
import {
    CONNECTOR,
    INTEGRATION_BASIC,
    call,
    commentsOf,
    configureSetup,
    expectInboundError,
    incidentRow,
    insertRow,
    snapshot,
    withStore,
} from './inbound-support'

let sandbox: RunningSandbox
let caseId: string
let incidentSysId: string

const AGENT = basicAuth(DEMO_USERS.agent.userName, DEMO_USERS.agent.password)
const ADMIN = basicAuth(DEMO_USERS.admin.userName, DEMO_USERS.admin.password)

beforeAll(async () => {
    sandbox = await startSandbox()
    configureSetup(sandbox, 'basic')
    caseId = '2611230000001'
    withStore(sandbox, (store) => {
        const incident = store.query('incident', { where: { kind: 'term', field: 'number', operator: '=', value: 'INC0010002' }, limit: 1 })[0]
        incidentSysId = String(incident.sys_id)
        insertRow(store, 'x_mioms_m365_assis_case', {
            case_number: caseId,
            incident: incidentSysId,
            repository_id: DEMO_REPOSITORY_ID,
            status: 'open',
            severity: 'c',
            closed: 'false',
        })
    })
})
afterAll(async () => {
    await sandbox?.stop()
})

interface RouteCase {
    name: string
    method: string
    path: (repositoryId: string, caseId: string) => string
    body?: unknown
}

const ticket = (r: string, c: string) => `${CONNECTOR}/tickets/${r}/${c}`
const ROUTES: RouteCase[] = [
    { name: 'inboundPing', method: 'GET', path: (r) => `${CONNECTOR}/ping?repositoryId=${r}` },
    { name: 'inboundGetTicket', method: 'GET', path: ticket },
    { name: 'inboundUpdateTicket', method: 'PATCH', path: ticket, body: { severity: 'A', owner: 'Alex Wilber' } },
    {
        name: 'inboundPostCommunication',
        method: 'POST',
        path: (r, c) => `${ticket(r, c)}/communications`,
        body: { messageId: 'ms-matrix-1', body: 'Matrix message', author: 'Alex Wilber', createdDateTime: '2026-11-23T05:00:00Z' },
    },
    { name: 'inboundCloseTicket', method: 'POST', path: (r, c) => `${ticket(r, c)}/close`, body: { resolution: 'Fixed in the service.' } },
]

describe.each(ROUTES)('$name refuses and changes nothing', (route) => {
    const path = () => route.path(DEMO_REPOSITORY_ID, caseId)

    test('no authentication: 401', async () => {
        const before = snapshot(sandbox)
        const { status, json } = await call(sandbox, route.method, path(), { body: route.body })
        expect(status).toBe(401)
        expectInboundError(json)
        expect(snapshot(sandbox)).toBe(before)
    })

    test('wrong password: 401', async () => {
        const before = snapshot(sandbox)
        const { status } = await call(sandbox, route.method, path(), { body: route.body, authorization: basicAuth(DEMO_USERS.integration.userName, 'wrong') })
        expect(status).toBe(401)
        expect(snapshot(sandbox)).toBe(before)
    })

    test('a user without the route role (agent): 403 from the route ACL', async () => {
        const before = snapshot(sandbox)
        const { status, json } = await call(sandbox, route.method, path(), { body: route.body, authorization: AGENT })
        expect(status).toBe(403)
        expectInboundError(json)
        expect(snapshot(sandbox)).toBe(before)
    })

    test('a user with every role who is not the integration user (admin): 403 from the check in code', async () => {
        const before = snapshot(sandbox)
        const { status, json } = await call(sandbox, route.method, path(), { body: route.body, authorization: ADMIN })
        expect(status).toBe(403)
        expectInboundError(json, 'NotIntegrationUser')
        expect(snapshot(sandbox)).toBe(before)
    })

    test('another repository: 404 UnknownRepository', async () => {
        const before = snapshot(sandbox)
        const { status, json } = await call(sandbox, route.method, route.path('someone-else', caseId), { body: route.body, authorization: INTEGRATION_BASIC })
        expect(status).toBe(404)
        expectInboundError(json, 'UnknownRepository')
        expect(snapshot(sandbox)).toBe(before)
    })

    if (route.name !== 'inboundPing') {
        test('an unknown case: 404 UnknownCase; a malformed case id: 400', async () => {
            const before = snapshot(sandbox)
            const unknown = await call(sandbox, route.method, route.path(DEMO_REPOSITORY_ID, '999999999'), { body: route.body, authorization: INTEGRATION_BASIC })
            expect(unknown.status).toBe(404)
            expectInboundError(unknown.json, 'UnknownCase')
            const malformed = await call(sandbox, route.method, route.path(DEMO_REPOSITORY_ID, 'abc'), { body: route.body, authorization: INTEGRATION_BASIC })
            expect(malformed.status).toBe(400)
            expectInboundError(malformed.json, 'InvalidPayload')
            expect(snapshot(sandbox)).toBe(before)
        })
    }

    if (route.body !== undefined) {
        test('malformed JSON, a payload outside the schema and an empty body: 400 InvalidPayload', async () => {
            const before = snapshot(sandbox)
            for (const rawBody of ['{"severity": "A"', JSON.stringify({ ...(route.body as object), unexpected: true }), '[]', '']) {
                const { status, json } = await call(sandbox, route.method, path(), { rawBody, authorization: INTEGRATION_BASIC })
                expect({ rawBody, status }).toEqual({ rawBody, status: 400 })
                expectInboundError(json, 'InvalidPayload')
            }
            expect(snapshot(sandbox)).toBe(before)
        })

        test('a body over 64 KB: 413 PayloadTooLarge', async () => {
            const before = snapshot(sandbox)
            const big = JSON.stringify({ ...(route.body as object), padding: 'x'.repeat(70 * 1024) })
            const { status, json } = await call(sandbox, route.method, path(), { rawBody: big, authorization: INTEGRATION_BASIC })
            expect(status).toBe(413)
            expectInboundError(json, 'PayloadTooLarge')
            expect(snapshot(sandbox)).toBe(before)
        })
    }
})

describe('valid calls, and replays that change nothing', () => {
    test('get ticket: the incident as a Ticket; a second read changes nothing', async () => {
        const first = await call(sandbox, 'GET', ticket(DEMO_REPOSITORY_ID, caseId), { authorization: INTEGRATION_BASIC })
        expect(first.status).toBe(200)
        expect(first.json.result).toMatchObject({
            repositoryId: DEMO_REPOSITORY_ID,
            caseId,
            incidentNumber: 'INC0010002',
            incidentSysId,
            shortDescription: 'Teams meetings drop after a few minutes',
            status: 'open',
            severity: 'C',
            owner: null,
            caller: { name: DEMO_USERS.agent.name },
        })
        const before = snapshot(sandbox)
        const again = await call(sandbox, 'GET', ticket(DEMO_REPOSITORY_ID, caseId), { authorization: INTEGRATION_BASIC })
        expect(again.json).toEqual(first.json)
        expect(snapshot(sandbox)).toBe(before)
    })

    test('post communication: 201 and one comment; the replay is 200 duplicate and changes nothing', async () => {
        const body = { messageId: 'ms-replay-1', body: 'Please send the Teams diagnostics log.', author: 'Alex Wilber', createdDateTime: '2026-11-23T05:10:00Z' }
        const path = `${ticket(DEMO_REPOSITORY_ID, caseId)}/communications`
        const first = await call(sandbox, 'POST', path, { body, authorization: INTEGRATION_BASIC })
        expect(first.status).toBe(201)
        expect(first.json).toEqual({ result: { messageId: 'ms-replay-1', duplicate: false, incidentNumber: 'INC0010002' } })
        const comments = commentsOf(sandbox, incidentSysId)
        expect(comments.filter((text) => text.includes('Please send the Teams diagnostics log.'))).toHaveLength(1)
        const before = snapshot(sandbox)
        const replay = await call(sandbox, 'POST', path, { body, authorization: INTEGRATION_BASIC })
        expect(replay.status).toBe(200)
        expect(replay.json).toEqual({ result: { messageId: 'ms-replay-1', duplicate: true, incidentNumber: 'INC0010002' } })
        expect(snapshot(sandbox)).toBe(before)
        // Microsoft's own message is never queued back to Microsoft.
        const outbound = withStore(sandbox, (store) => store.query('x_mioms_m365_assis_communication', { where: { kind: 'term', field: 'direction', operator: '=', value: 'toMicrosoft' } }))
        expect(outbound).toHaveLength(0)
    })

    test('update ticket: severity, owner and status move the case and the incident; the replay changes nothing', async () => {
        const path = ticket(DEMO_REPOSITORY_ID, caseId)
        const first = await call(sandbox, 'PATCH', path, { body: { status: 'waitingForCustomer', severity: 'A', owner: 'Alex Wilber' }, authorization: INTEGRATION_BASIC })
        expect(first.status).toBe(200)
        expect(first.json.result).toMatchObject({ status: 'waitingForCustomer', severity: 'A', owner: 'Alex Wilber' })
        expect(incidentRow(sandbox, incidentSysId)).toMatchObject({ state: '3', hold_reason: '1' })
        const before = snapshot(sandbox)
        const replay = await call(sandbox, 'PATCH', path, { body: { status: 'waitingForCustomer', severity: 'A', owner: 'Alex Wilber' }, authorization: INTEGRATION_BASIC })
        expect(replay.status).toBe(200)
        expect(snapshot(sandbox)).toBe(before)
        const closing = await call(sandbox, 'PATCH', path, { body: { status: 'closed' }, authorization: INTEGRATION_BASIC })
        expect(closing.status).toBe(409)
        expectInboundError(closing.json, 'InvalidTransition')
        expect(snapshot(sandbox)).toBe(before)
    })

    test('close: the incident follows the mapping; a second close is 409 TicketClosed and changes nothing; later posts are refused', async () => {
        const path = `${ticket(DEMO_REPOSITORY_ID, caseId)}/close`
        const first = await call(sandbox, 'POST', path, { body: { resolution: 'A service update fixed the meeting drops.' }, authorization: INTEGRATION_BASIC })
        expect(first.status).toBe(200)
        expect(first.json.result.status).toBe('closed')
        const incident = incidentRow(sandbox, incidentSysId)
        expect(incident.state).toBe('7')
        expect(incident.close_code).toBe('Solution provided')
        expect(String(incident.close_notes)).toContain('A service update fixed the meeting drops.')
        const before = snapshot(sandbox)
        const again = await call(sandbox, 'POST', path, { body: { resolution: 'Again' }, authorization: INTEGRATION_BASIC })
        expect(again.status).toBe(409)
        expectInboundError(again.json, 'TicketClosed')
        const post = await call(sandbox, 'POST', `${ticket(DEMO_REPOSITORY_ID, caseId)}/communications`, {
            body: { messageId: 'ms-after-close', body: 'Late', author: 'Alex Wilber', createdDateTime: '2026-11-23T06:00:00Z' },
            authorization: INTEGRATION_BASIC,
        })
        expect(post.status).toBe(409)
        expectInboundError(post.json, 'TicketClosed')
        const patch = await call(sandbox, 'PATCH', ticket(DEMO_REPOSITORY_ID, caseId), { body: { severity: 'B' }, authorization: INTEGRATION_BASIC })
        expect(patch.status).toBe(409)
        expect(snapshot(sandbox)).toBe(before)
    })
})
