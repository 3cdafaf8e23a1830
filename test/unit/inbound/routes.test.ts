/**
 * The connector routes on the emulation: the caller check per Setup mode, repository and case
 * checks, the size limit from its property, idempotent messages, and the status mapping as an
 * admin changes it. Every answer is checked against the contract.
 */
import { PROPERTY } from '../../../src/server/config/settings'
import { inboundPing } from '../../../src/server/inbound/ping-route'
import { inboundCloseTicket, inboundGetTicket, inboundPostCommunication, inboundUpdateTicket } from '../../../src/server/inbound/ticket-routes'
import { windowStartOf } from '../../../src/server/inbound/refusal-log'
import { CLAIM_TABLE, messageClaimKey } from '../../../src/server/platform/claim'
import { InboundFixture, REPOSITORY_ID, callRoute, inboundFixture, journalOf, ticketParams } from './fixture'

/** The inbound REST API app's client id (the OIDC entity's) and a JWT for an audience: the platform already checked its signature. */
const INBOUND_API = '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e02'
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const aadJwt = (audience: string) => `${b64url({ alg: 'RS256' })}.${b64url({ aud: audience, appid: 'rest-user' })}.c2ln`

let f: InboundFixture

beforeEach(() => {
    f = inboundFixture()
})

const message = (messageId: string, body = 'Please send the logs.') => JSON.stringify({ messageId, body, author: 'Alex Wilber', createdDateTime: '2026-11-23T05:00:00Z' })

describe('who may call', () => {
    test('basic mode: the Setup integration user only', () => {
        expect(callRoute(f.platform, f.integrationUser, 'inboundPing', inboundPing, { method: 'GET' })).toMatchObject({
            status: 200,
            json: { result: { status: 'ok', repositoryId: REPOSITORY_ID } },
            contractErrors: [],
        })
        for (const user of [f.aadUser, f.agent, 'admin']) {
            const answer = callRoute(f.platform, user, 'inboundPing', inboundPing, { method: 'GET' })
            expect(answer).toMatchObject({ status: 403, contractErrors: [] })
            expect(answer.json.error.detail).toMatch(/^NotIntegrationUser:/)
        }
    })

    test('AAD mode: the user whose user name is the REST user client id, not the basic integration user', () => {
        f.platform.store.update('x_mioms_m365_assis_setup', f.setupId, { mode: 'aad', inbound_client_id: INBOUND_API })
        const authorization = `Bearer ${aadJwt(INBOUND_API)}`
        expect(callRoute(f.platform, f.aadUser, 'inboundPing', inboundPing, { method: 'GET', authorization }).status).toBe(200)
        expect(callRoute(f.platform, f.integrationUser, 'inboundPing', inboundPing, { method: 'GET', authorization }).status).toBe(403)
    })

    test('AAD mode: only a bearer JWT for the inbound API app configured in Setup (403 NotAadToken / WrongAudience)', () => {
        f.platform.store.update('x_mioms_m365_assis_setup', f.setupId, { mode: 'aad', inbound_client_id: INBOUND_API })
        for (const [authorization, reason] of [
            [undefined, 'NotAadToken'],
            ['Basic cmVzdDpwYXNzd29yZA==', 'NotAadToken'],
            ['Bearer an-opaque-servicenow-token', 'NotAadToken'],
            [`Bearer ${aadJwt('another-app')}`, 'WrongAudience'],
        ]) {
            const answer = callRoute(f.platform, f.aadUser, 'inboundPing', inboundPing, { method: 'GET', authorization })
            expect(answer).toMatchObject({ status: 403, contractErrors: [] })
            expect(answer.json.error.detail).toMatch(new RegExp(`^${reason}:`))
        }
    })

    test('no Setup, an Insights-only Setup or no repository: 403 NotConfigured', () => {
        for (const change of [{ mode: 'insights' }, { mode: 'none' }, { repository_id: null }]) {
            f.platform.store.update('x_mioms_m365_assis_setup', f.setupId, { mode: 'basic', repository_id: REPOSITORY_ID, ...change })
            const answer = callRoute(f.platform, f.integrationUser, 'inboundGetTicket', inboundGetTicket, { method: 'GET', pathParams: ticketParams() })
            expect(answer).toMatchObject({ status: 403, contractErrors: [] })
            expect(answer.json.error.detail).toMatch(/^NotConfigured:/)
        }
    })
})

describe('refusals are traced, bounded (src/server/inbound/refusal-log.ts)', () => {
    const refusalLines = () => f.platform.syslog().map((row) => String(row.message)).filter((m) => m.includes('Connector API refused'))

    test('the first refusal of a caller and reason in a window is logged with its correlation id; the rest are counted; another reason has its own line', () => {
        const answers = [1, 2, 3].map(() => callRoute(f.platform, f.agent, 'inboundPing', inboundPing, { method: 'GET' }))
        for (const answer of answers) expect(answer.json.error.detail).toMatch(/^NotIntegrationUser: .*\(correlation id M365-[0-9A-F]{12}\)$/)
        const unknown = callRoute(f.platform, f.integrationUser, 'inboundGetTicket', inboundGetTicket, { method: 'GET', pathParams: ticketParams('999999999') })
        expect(unknown.status).toBe(404)
        const lines = refusalLines()
        expect(lines).toHaveLength(2)
        const firstId = /correlation id (M365-[0-9A-F]{12})/.exec(answers[0].json.error.detail)![1]
        expect(lines[0]).toContain(`[${firstId}] Connector API refused inboundPing`)
        expect(lines[0]).toContain('NotIntegrationUser (403) for caller agent.')
        expect(lines[1]).toContain('UnknownCase (404) for caller m365.integration.')
        const rows = f.platform.store.query('x_mioms_m365_assis_inbound_refusal', {})
        expect(rows.map((row) => [row.caller, row.reason, row.refusals])).toEqual([
            ['agent', 'NotIntegrationUser', '3'],
            ['m365.integration', 'UnknownCase', '1'],
        ])
    })

    test('windowStartOf keeps the ten-minute window of a GlideDateTime value', () => {
        expect(windowStartOf('2026-11-23 05:19:59')).toBe('2026-11-23 05:10')
        expect(windowStartOf('2026-11-23 05:20:00')).toBe('2026-11-23 05:20')
    })
})

describe('ticket', () => {
    test('reads the incident, its caller and comments oldest first', () => {
        const start = Date.parse('2026-11-23T05:00:00Z')
        let now = start
        f.platform.setClock(() => now)
        callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-1', 'first') })
        now = start + 1000
        callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-2', 'second') })
        const answer = callRoute(f.platform, f.integrationUser, 'inboundGetTicket', inboundGetTicket, { method: 'GET', pathParams: ticketParams() })
        expect(answer.contractErrors).toEqual([])
        expect(answer.json.result).toMatchObject({
            caseId: '2611230000001',
            incidentNumber: 'INC0010001',
            incidentSysId: f.incident,
            caller: { name: 'Avery Agent', email: 'agent@contoso.example' },
            severity: 'B',
            status: 'open',
            owner: null,
        })
        expect(answer.json.result.comments.map((c: any) => c.body.split('\n')[1])).toEqual(['first', 'second'])
    })

    test.each(['strict', 'lenient'] as const)('comments written in the same second come in one stable order, whatever order the platform gives ties (%s)', (side) => {
        f.platform.fidelity.sortTies = side
        const now = Date.parse('2026-11-23T05:00:00Z')
        f.platform.setClock(() => now)
        for (const [id, text] of [['m-1', 'first'], ['m-2', 'second'], ['m-3', 'third']]) {
            callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message(id, text) })
        }
        const read = () => callRoute(f.platform, f.integrationUser, 'inboundGetTicket', inboundGetTicket, { method: 'GET', pathParams: ticketParams() }).json.result.comments as { id: string; createdDateTime: string }[]
        const comments = read()
        expect(comments).toHaveLength(3)
        expect(new Set(comments.map((c) => c.createdDateTime)).size).toBe(1)
        expect(comments.map((c) => c.id)).toEqual(comments.map((c) => c.id).sort())
        expect(read()).toEqual(comments)
    })

    test('a case on another repository is unknown here', () => {
        f.platform.store.update('x_mioms_m365_assis_case', f.caseSysId, { repository_id: 'other-repository' })
        const answer = callRoute(f.platform, f.integrationUser, 'inboundGetTicket', inboundGetTicket, { method: 'GET', pathParams: ticketParams() })
        expect(answer).toMatchObject({ status: 404, contractErrors: [] })
        expect(answer.json.error.detail).toMatch(/^UnknownCase:/)
    })
})

describe('communications', () => {
    test('a message becomes one comment; its replay is a duplicate and adds nothing', () => {
        const first = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-1') })
        expect(first).toMatchObject({ status: 201, json: { result: { messageId: 'm-1', duplicate: false, incidentNumber: 'INC0010001' } }, contractErrors: [] })
        const replay = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-1') })
        expect(replay).toMatchObject({ status: 200, json: { result: { duplicate: true } }, contractErrors: [] })
        expect(journalOf(f.platform, f.incident)).toEqual(['Microsoft support (Alex Wilber) on case 2611230000001:\nPlease send the logs.'])
        const rows = f.platform.store.query('x_mioms_m365_assis_communication', {})
        expect(rows.map((row) => [row.direction, row.state, row.message_id])).toEqual([['fromMicrosoft', 'received', 'm-1']])
    })

    test("a message id as long as the contract allows (128) is kept whole, so its replay is still a duplicate", () => {
        const id = 'msg-' + 'a1b2c3d4'.repeat(15) + 'abcd' // 128 characters
        const first = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message(id) })
        expect(first).toMatchObject({ status: 201, contractErrors: [] })
        const replay = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message(id) })
        expect(replay).toMatchObject({ status: 200, json: { result: { duplicate: true } }, contractErrors: [] })
        expect(journalOf(f.platform, f.incident)).toHaveLength(1)
        expect(f.platform.store.query('x_mioms_m365_assis_communication', {}).map((row) => row.message_id)).toEqual([id])
    })

    test('the body limit comes from its property', () => {
        f.platform.setProperty(PROPERTY.inboundMaxBodyBytes, '2048')
        const big = message('m-big', 'x'.repeat(3000))
        const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: big })
        expect(answer).toMatchObject({ status: 413, contractErrors: [] })
        expect(answer.json.error.detail).toMatch(/^PayloadTooLarge:/)
        expect(f.platform.store.count('x_mioms_m365_assis_communication')).toBe(0)
    })

    test('multi-byte text counts in UTF-8 bytes', () => {
        f.platform.setProperty(PROPERTY.inboundMaxBodyBytes, '2048')
        const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, {
            method: 'POST',
            pathParams: ticketParams(),
            body: message('m-utf8', 'é'.repeat(1100)),
        })
        expect(answer.status).toBe(413)
    })
})

describe("Microsoft's text on the incident is neutralised (src/server/platform/journal-text.ts)", () => {
    const HOSTILE = 'See [code]<img src=x onerror=alert(1)>[/Code] in invoice\u202Efdp.exe\u2066'

    test('a message: [code] tags and bidi controls in its body and author cannot reach the comment; the stored message keeps what Microsoft sent; the replay is a duplicate', () => {
        const body = JSON.stringify({ messageId: 'm-hostile', body: HOSTILE, author: 'Alex\u202E [code]Wilber', createdDateTime: '2026-11-23T05:00:00Z' })
        const first = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body })
        expect(first).toMatchObject({ status: 201, contractErrors: [] })
        expect(journalOf(f.platform, f.incident)).toEqual(['Microsoft support (Alex (code)Wilber) on case 2611230000001:\nSee (code)<img src=x onerror=alert(1)>(/code) in invoicefdp.exe'])
        expect(f.platform.store.query('x_mioms_m365_assis_communication', {})[0].body).toBe(HOSTILE)
        const replay = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body })
        expect(replay).toMatchObject({ status: 200, json: { result: { duplicate: true } } })
        expect(journalOf(f.platform, f.incident)).toHaveLength(1)
    })

    test("the close call's resolution goes into the resolution notes neutralised", () => {
        const closed = callRoute(f.platform, f.integrationUser, 'inboundCloseTicket', inboundCloseTicket, { method: 'POST', pathParams: ticketParams(), body: JSON.stringify({ resolution: HOSTILE }) })
        expect(closed).toMatchObject({ status: 200, contractErrors: [] })
        expect(f.platform.store.get('incident', f.incident)?.close_notes).toBe('Microsoft support closed case 2611230000001: See (code)<img src=x onerror=alert(1)>(/code) in invoicefdp.exe')
    })
})

describe('status mapping', () => {
    test('resolved sets the incident per the default mapping', () => {
        const answer = callRoute(f.platform, f.integrationUser, 'inboundUpdateTicket', inboundUpdateTicket, { method: 'PATCH', pathParams: ticketParams(), body: JSON.stringify({ status: 'resolved' }) })
        expect(answer).toMatchObject({ status: 200, contractErrors: [] })
        expect(f.platform.store.get('incident', f.incident)).toMatchObject({ state: '6', close_code: 'Solution provided', close_notes: 'Microsoft support resolved the case.' })
    })

    test('an admin remaps a status; an inactive row leaves the incident alone', () => {
        const row = f.platform.store.query('x_mioms_m365_assis_status_map', { where: { kind: 'term', field: 'microsoft_status', operator: '=', value: 'inProgress' } })[0]
        f.platform.store.update('x_mioms_m365_assis_status_map', String(row.sys_id), { incident_state: '3', hold_reason: '4' })
        callRoute(f.platform, f.integrationUser, 'inboundUpdateTicket', inboundUpdateTicket, { method: 'PATCH', pathParams: ticketParams(), body: JSON.stringify({ status: 'inProgress' }) })
        expect(f.platform.store.get('incident', f.incident)).toMatchObject({ state: '3', hold_reason: '4' })
        const waiting = f.platform.store.query('x_mioms_m365_assis_status_map', { where: { kind: 'term', field: 'microsoft_status', operator: '=', value: 'waitingForCustomer' } })[0]
        f.platform.store.update('x_mioms_m365_assis_status_map', String(waiting.sys_id), { active: 'false' })
        const answer = callRoute(f.platform, f.integrationUser, 'inboundUpdateTicket', inboundUpdateTicket, { method: 'PATCH', pathParams: ticketParams(), body: JSON.stringify({ status: 'waitingForCustomer' }) })
        expect(answer.json.result.status).toBe('waitingForCustomer')
        expect(f.platform.store.get('incident', f.incident)).toMatchObject({ state: '3', hold_reason: '4' })
    })

    test('severity and owner go to the case; owner null clears it', () => {
        callRoute(f.platform, f.integrationUser, 'inboundUpdateTicket', inboundUpdateTicket, { method: 'PATCH', pathParams: ticketParams(), body: JSON.stringify({ severity: 'A', owner: 'Alex' }) })
        expect(f.platform.store.get('x_mioms_m365_assis_case', f.caseSysId)).toMatchObject({ severity: 'a', owner: 'Alex' })
        const answer = callRoute(f.platform, f.integrationUser, 'inboundUpdateTicket', inboundUpdateTicket, { method: 'PATCH', pathParams: ticketParams(), body: JSON.stringify({ owner: null }) })
        expect(answer.json.result.owner).toBeNull()
        expect(f.platform.store.get('incident', f.incident)?.state).toBe('1')
    })

    test('close resolves with the resolution; closed cases refuse changes with TicketClosed', () => {
        const closed = callRoute(f.platform, f.integrationUser, 'inboundCloseTicket', inboundCloseTicket, { method: 'POST', pathParams: ticketParams(), body: JSON.stringify({ resolution: 'Fixed by a service update.' }) })
        expect(closed).toMatchObject({ status: 200, json: { result: { status: 'closed' } }, contractErrors: [] })
        expect(f.platform.store.get('incident', f.incident)).toMatchObject({ state: '7', close_notes: 'Microsoft support closed case 2611230000001: Fixed by a service update.' })
        const again = callRoute(f.platform, f.integrationUser, 'inboundUpdateTicket', inboundUpdateTicket, { method: 'PATCH', pathParams: ticketParams(), body: JSON.stringify({ severity: 'C' }) })
        expect(again).toMatchObject({ status: 409, contractErrors: [] })
        expect(again.json.error.detail).toMatch(/^TicketClosed:/)
    })
})

describe('messages the panel stored first', () => {
    test("a message Refresh stored from Microsoft's list (not on the incident) is added when the connector posts it", () => {
        f.platform.insertRow('x_mioms_m365_assis_communication', { case: f.caseSysId, message_id: 'm-early', direction: 'inbound', state: 'received', body: 'Early' })
        const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-early', 'Early') })
        expect(answer).toMatchObject({ status: 201, json: { result: { duplicate: false } }, contractErrors: [] })
        expect(journalOf(f.platform, f.incident)).toHaveLength(1)
        const rows = f.platform.store.query('x_mioms_m365_assis_communication', {})
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ direction: 'fromMicrosoft', journal_entry: expect.stringMatching(/^[0-9a-f]{32}$/) })
        const replay = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-early', 'Early') })
        expect(replay.json.result.duplicate).toBe(true)
        expect(journalOf(f.platform, f.incident)).toHaveLength(1)
    })
})

test('the integration user without incident_manager is refused in code too (MissingRole)', () => {
    const bare = f.platform.createUser('bare.integration', { roles: ['snc_internal'] })
    f.platform.store.update('x_mioms_m365_assis_setup', f.setupId, { integration_user: bare })
    const answer = callRoute(f.platform, bare, 'inboundPing', inboundPing, { method: 'GET' })
    expect(answer).toMatchObject({ status: 403, contractErrors: [] })
    expect(answer.json.error.detail).toMatch(/^MissingRole:/)
})

test('ping with another or a malformed repository id is 404 (the contract gives ping no 400)', () => {
    for (const repositoryId of ['other-repository', 'not valid!', '']) {
        const answer = callRoute(f.platform, f.integrationUser, 'inboundPing', inboundPing, { method: 'GET', query: { repositoryId } })
        expect({ repositoryId, status: answer.status, contractErrors: answer.contractErrors }).toEqual({ repositoryId, status: 404, contractErrors: [] })
    }
    expect(callRoute(f.platform, f.integrationUser, 'inboundPing', inboundPing, { method: 'GET', query: { repositoryId: REPOSITORY_ID } }).status).toBe(200)
})

test('when a business rule rejects the comment: 500 InternalError with a correlation id, and no record of the message', () => {
    f.platform.addBusinessRule({ table: 'incident', when: 'before', actions: ['update'], fn: (current: any) => current.setAbortAction(true) })
    const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-rejected') })
    expect(answer).toMatchObject({ status: 500, contractErrors: [] })
    expect(answer.json.error.detail).toMatch(/^InternalError: .*correlation id M365-/)
    expect(f.platform.store.count('x_mioms_m365_assis_communication')).toBe(0)
    expect(journalOf(f.platform, f.incident)).toEqual([])
})

test('a post that loses the race to the same message (another request holds its claim) answers 200 duplicate and adds no comment', () => {
    // Another request, on any node, is delivering the same message: its claim row is there (platform/claim.ts).
    const caseSysId = f.platform.store.query('x_mioms_m365_assis_case', {})[0].sys_id!
    f.platform.insertRow(CLAIM_TABLE, { claim_key: messageClaimKey(caseSysId, 'm-race') })
    const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-race') })
    expect(answer).toMatchObject({ status: 200, json: { result: { messageId: 'm-race', duplicate: true } }, contractErrors: [] })
    expect(f.platform.store.query('x_mioms_m365_assis_communication', {})).toEqual([])
    expect(journalOf(f.platform, f.incident)).toEqual([])
    // The claim's unique index refused the loser's claim row; the holder's claim is untouched.
    expect(f.platform.syslog().some((r) => /Unique Key violation detected by database/.test(r.message ?? ''))).toBe(true)
    expect(f.platform.store.query(CLAIM_TABLE, {}).map((row) => row.claim_key)).toEqual([messageClaimKey(caseSysId, 'm-race')])
})

test('a claim left by a node that stopped mid-way (older than the stale limit) is taken over: the message is delivered and the claim released', () => {
    const caseSysId = f.platform.store.query('x_mioms_m365_assis_case', {})[0].sys_id!
    f.platform.insertRow(CLAIM_TABLE, { claim_key: messageClaimKey(caseSysId, 'm-stale'), sys_created_on: '2020-01-01 00:00:00' })
    const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-stale') })
    expect(answer).toMatchObject({ status: 201, json: { result: { messageId: 'm-stale', duplicate: false } }, contractErrors: [] })
    expect(journalOf(f.platform, f.incident)).toHaveLength(1)
    expect(f.platform.store.query(CLAIM_TABLE, {})).toEqual([])
})

test('when the panel\'s Refresh stores the message between the post\'s lookup and its insert, the post completes that row: one row, one comment', () => {
    // Refresh's transaction, played by a before-insert rule, writes the row straight to the table.
    const caseSysId = f.platform.store.query('x_mioms_m365_assis_case', {})[0].sys_id!
    f.platform.addBusinessRule({
        table: 'x_mioms_m365_assis_communication',
        when: 'before',
        actions: ['insert'],
        fn: () => {
            if (f.platform.store.count('x_mioms_m365_assis_communication') === 0) {
                f.platform.insertRow('x_mioms_m365_assis_communication', { case: caseSysId, message_id: 'm-race', direction: 'fromMicrosoft', state: 'received' })
            }
        },
    })
    const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message('m-race') })
    expect(answer).toMatchObject({ status: 201, json: { result: { messageId: 'm-race', duplicate: false } }, contractErrors: [] })
    const rows = f.platform.store.query('x_mioms_m365_assis_communication', {})
    expect(rows.map((row) => row.message_id)).toEqual(['m-race'])
    expect(journalOf(f.platform, f.incident)).toHaveLength(1)
    expect(rows[0].journal_entry).toBeTruthy()
    expect(f.platform.syslog().some((r) => /Unique Key violation detected by database/.test(r.message ?? ''))).toBe(true)
    expect(f.platform.store.query(CLAIM_TABLE, {})).toEqual([])
})
