/**
 * Closed incidents stay closed (issue 12, point 2). Whatever Microsoft sends, an incident that is
 * Closed (7) or Canceled (8) keeps its state: a status update or a close is recorded on the case
 * only, a message is refused with 409 IncidentClosed, and each leaves one log line with a
 * correlation id. A Resolved (6) incident follows the status mapping, and a message reopens it
 * (In Progress, with a work note) or is refused, as the admin's setting says. Rows are counted
 * before and after, as the other negative tests here do.
 */
import { Platform, Row } from '../../../sandbox/glide'
import { PROPERTY } from '../../../src/server/config/settings'
import { MESSAGES } from '../../../src/server/messages/catalogue'
import { inboundCloseTicket, inboundPostCommunication, inboundUpdateTicket } from '../../../src/server/inbound/ticket-routes'
import { appLogEntries } from '../../support/app-log'
import { CASE_ID, InboundFixture, callRoute, inboundFixture, journalOf, ticketParams } from './fixture'

let f: InboundFixture

beforeEach(() => {
    f = inboundFixture()
})

const CLOSE_INFO = { close_code: 'Solution provided', close_notes: 'Fixed by the agent.' }
const message = (messageId: string, body = 'Is the issue still happening?') =>
    JSON.stringify({ messageId, body, author: 'Alex Wilber', createdDateTime: '2026-11-23T05:00:00Z' })

/** The incident as an instance leaves it in `state`: active derived by the platform's rule (Closed and Canceled inactive). */
function putIncidentIn(platform: Platform, incident: string, state: '6' | '7' | '8'): void {
    platform.store.update('incident', incident, { state, active: state === '6' ? 'true' : 'false', ...(state === '8' ? {} : CLOSE_INFO) })
}

/** Everything an inbound call could write about this incident: the incident row, its journal, the communication rows. */
function incidentSide(platform: Platform, incident: string): { incident: Row; journal: string[]; communications: number } {
    return {
        incident: { ...platform.store.get('incident', incident)! },
        journal: journalOf(platform, incident),
        communications: platform.store.count('x_mioms_m365_assis_communication'),
    }
}

/** The app's log lines that name the case and carry a correlation id. */
function caseLogLines(platform: Platform): string[] {
    return appLogEntries(platform)
        .map((row) => String(row.message))
        .filter((text) => text.includes(CASE_ID) && /\[M365-[0-9A-F]{12}\]/.test(text))
}

const patch = (status: string) =>
    callRoute(f.platform, f.integrationUser, 'inboundUpdateTicket', inboundUpdateTicket, { method: 'PATCH', pathParams: ticketParams(), body: JSON.stringify({ status }) })
const post = (messageId: string) =>
    callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, { method: 'POST', pathParams: ticketParams(), body: message(messageId) })
const close = () =>
    callRoute(f.platform, f.integrationUser, 'inboundCloseTicket', inboundCloseTicket, { method: 'POST', pathParams: ticketParams(), body: JSON.stringify({ resolution: 'Fixed in the service.' }) })

/** Posts a message that must be refused with 409 `reason` and change nothing; returns the case's log lines. */
function expectRefusedMessage(messageId: string, reason: 'IncidentClosed' | 'IncidentResolved', text: string): string[] {
    const before = incidentSide(f.platform, f.incident)
    const answer = post(messageId)
    expect(answer).toMatchObject({ status: 409, contractErrors: [] })
    expect(answer.json.error.message).toBe(text)
    expect(answer.json.error.detail).toMatch(new RegExp(`^${reason}: .*correlation id M365-`))
    expect(incidentSide(f.platform, f.incident)).toEqual(before)
    return caseLogLines(f.platform)
}

describe.each([
    ['Closed', '7'],
    ['Canceled', '8'],
] as const)('a %s incident stays as it is', (label, state) => {
    beforeEach(() => putIncidentIn(f.platform, f.incident, state))

    test('a status update is recorded on the case only, and logged once', () => {
        const before = incidentSide(f.platform, f.incident)
        const answer = patch('inProgress')
        expect(answer).toMatchObject({ status: 200, json: { result: { status: 'inProgress' } }, contractErrors: [] })
        expect(f.platform.store.get('x_mioms_m365_assis_case', f.caseSysId)?.status).toBe('inProgress')
        expect(incidentSide(f.platform, f.incident)).toEqual(before)
        expect(before.incident).toMatchObject({ state, active: 'false' })
        const lines = caseLogLines(f.platform)
        expect(lines).toHaveLength(1)
        expect(lines[0]).toContain("status 'inProgress'")
        expect(lines[0]).toContain('INC0010001')
        expect(lines[0]).toContain(`INC0010001 (state ${label})`)
    })

    test('a close closes the case only, and is logged once', () => {
        const before = incidentSide(f.platform, f.incident)
        const answer = close()
        expect(answer).toMatchObject({ status: 200, json: { result: { status: 'closed' } }, contractErrors: [] })
        expect(f.platform.store.get('x_mioms_m365_assis_case', f.caseSysId)).toMatchObject({ status: 'closed', closed: 'true' })
        expect(incidentSide(f.platform, f.incident)).toEqual(before)
        const lines = caseLogLines(f.platform).filter((text) => text.includes("status 'closed'"))
        expect(lines).toHaveLength(1)
        expect(lines[0]).toContain('INC0010001')
    })

    test('a message is refused with 409 IncidentClosed: no row, no comment, one log line', () => {
        const lines = expectRefusedMessage('m-late', 'IncidentClosed', MESSAGES.INBOUND_INCIDENT_CLOSED)
        expect(lines).toHaveLength(1)
        expect(lines[0]).toContain('m-late')
        expect(lines[0]).toContain('INC0010001')
    })
})

test('a message already received answers 200 duplicate before the closed check (idempotency first)', () => {
    expect(post('m-1').status).toBe(201)
    putIncidentIn(f.platform, f.incident, '7')
    const before = incidentSide(f.platform, f.incident)
    expect(post('m-1')).toMatchObject({ status: 200, json: { result: { messageId: 'm-1', duplicate: true } }, contractErrors: [] })
    expect(incidentSide(f.platform, f.incident)).toEqual(before)
})

test('the app reads state, not active: a Closed incident an instance left active is still left alone', () => {
    // The lenient side of the sandbox's Task Active State Management (fidelity incidentActiveState).
    f.platform.fidelity.incidentActiveState = 'lenient'
    f.platform.store.update('incident', f.incident, { state: '7', active: 'true', ...CLOSE_INFO })
    const before = incidentSide(f.platform, f.incident)
    expect(patch('inProgress').status).toBe(200)
    expect(post('m-lenient').status).toBe(409)
    expect(incidentSide(f.platform, f.incident)).toEqual(before)
})

describe('a Resolved incident', () => {
    beforeEach(() => putIncidentIn(f.platform, f.incident, '6'))

    test('follows a status update per the mapping, as any open incident', () => {
        expect(patch('inProgress').status).toBe(200)
        expect(f.platform.store.get('incident', f.incident)).toMatchObject({ state: '2', active: 'true' })
    })

    test('follows a close per the mapping (Closed, inactive)', () => {
        expect(close().status).toBe(200)
        expect(f.platform.store.get('incident', f.incident)).toMatchObject({ state: '7', active: 'false' })
    })

    test('reopen (the default): a message adds the comment and sets In Progress with a work note, in one update', () => {
        const before = incidentSide(f.platform, f.incident)
        const answer = post('m-reopen')
        expect(answer).toMatchObject({ status: 201, json: { result: { messageId: 'm-reopen', duplicate: false } }, contractErrors: [] })
        const after = incidentSide(f.platform, f.incident)
        expect(after.incident).toMatchObject({ state: '2', active: 'true' })
        expect(Number(after.incident.sys_mod_count)).toBe(Number(before.incident.sys_mod_count ?? 0) + 1)
        expect(after.communications).toBe(before.communications + 1)
        const entries = f.platform.store.query('sys_journal_field', { where: { kind: 'term', field: 'element_id', operator: '=', value: f.incident } })
        expect(entries.map((row) => [row.element, String(row.value).split('\n')[0]]).sort()).toEqual([
            ['comments', 'Microsoft support (Alex Wilber) on case 2611230000001:'],
            ['work_notes', MESSAGES.INBOUND_REOPENED_NOTE.replace('{0}', CASE_ID)],
        ])
    })

    test('refuse: a message answers 409 IncidentResolved and changes nothing', () => {
        f.platform.setProperty(PROPERTY.resolvedIncidentCommunication, 'refuse')
        expect(expectRefusedMessage('m-refused', 'IncidentResolved', MESSAGES.INBOUND_INCIDENT_RESOLVED)).toHaveLength(1)
    })

    test('an unusable setting falls back to reopen', () => {
        f.platform.setProperty(PROPERTY.resolvedIncidentCommunication, 'sometimes')
        expect(post('m-fallback').status).toBe(201)
        expect(f.platform.store.get('incident', f.incident)?.state).toBe('2')
    })
})
