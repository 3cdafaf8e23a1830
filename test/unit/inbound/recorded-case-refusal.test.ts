/**
 * A service request recorded by hand from the Microsoft 365 admin center (issue 15) is not the
 * connector's: a connector callback naming its number reads nothing and changes nothing (404
 * UnknownCase, as for a case the instance does not know), and agents' comments on its incident are
 * never queued for the connector. Answers are checked against the contract.
 */
import { GlideRecord } from '../../../sandbox/glide'
import { queueAgentComment, deliver } from '../../../src/server/inbound/comment-sync'
import { inboundCloseTicket, inboundGetTicket, inboundPostCommunication, inboundUpdateTicket } from '../../../src/server/inbound/ticket-routes'
import { COMMUNICATION_TABLE } from '../../../src/server/cases/case-record'
import { InboundFixture, REPOSITORY_ID, callRoute, inboundFixture, journalOf, ticketParams } from './fixture'

const RECORDED = '2611300040001234'
let f: InboundFixture
let recordedSysId = ''
let incident = ''

beforeEach(() => {
    f = inboundFixture()
    incident = f.platform.insertRow('incident', { number: 'INC0010002', short_description: 'Teams calls drop', state: '2', active: 'true', caller_id: f.agent })
    // As recorded-case.ts saves it: no repository (no connector was involved).
    recordedSysId = f.platform.insertRow('x_mioms_m365_assis_case', { kind: 'manual', case_number: RECORDED, incident, status: 'open', severity: 'b', closed: 'false' })
})

const caseRow = () => f.platform.store.query('x_mioms_m365_assis_case', {}).find((row) => row.sys_id === recordedSysId)

describe("the connector's calls naming a case recorded by hand", () => {
    const calls: [string, (request: any, response: any) => unknown, string, string | undefined, string][] = [
        ['inboundGetTicket', inboundGetTicket, 'GET', undefined, ''],
        ['inboundUpdateTicket', inboundUpdateTicket, 'PATCH', JSON.stringify({ status: 'resolved', owner: 'Alex Wilber' }), ''],
        ['inboundCloseTicket', inboundCloseTicket, 'POST', JSON.stringify({ resolution: 'Fixed by Microsoft.' }), '/close'],
        ['inboundPostCommunication', inboundPostCommunication, 'POST', JSON.stringify({ messageId: 'm-1', body: 'Please send logs.', author: 'Alex Wilber', createdDateTime: '2026-11-23T05:00:00Z' }), '/communications'],
    ]
    test.each(calls)('%s: 404 UnknownCase, the case, the incident and its journal unchanged', (operationId, handler, method, body) => {
        const before = caseRow()
        const incidentBefore = f.platform.store.query('incident', {}).find((row) => row.sys_id === incident)
        const answer = callRoute(f.platform, f.integrationUser, operationId, handler, { method, pathParams: ticketParams(RECORDED, REPOSITORY_ID), body })
        expect(answer.status).toBe(404)
        expect(answer.json.error.detail).toMatch(/^UnknownCase:/)
        expect(answer.contractErrors).toEqual([])
        expect(caseRow()).toEqual(before)
        expect(f.platform.store.query('incident', {}).find((row) => row.sys_id === incident)).toEqual(incidentBefore)
        expect(journalOf(f.platform, incident)).toEqual([])
        expect(f.platform.store.query(COMMUNICATION_TABLE, {})).toEqual([])
    })

    test("the connector's own case on the same instance is still served", () => {
        expect(callRoute(f.platform, f.integrationUser, 'inboundGetTicket', inboundGetTicket, { method: 'GET', pathParams: ticketParams() }).status).toBe(200)
    })
})

describe("agents' comments on an incident whose open case was recorded by hand", () => {
    test('are never queued for the connector, and a stray queued row is failed without a Microsoft call', () => {
        f.platform.runAs(f.agent, () => {
            const row = new GlideRecord('incident')
            row.get(incident)
            row.setValue('comments', 'Users still cannot join calls.')
            row.update()
        })
        f.platform.insertRow('sys_journal_field', { name: 'incident', element: 'comments', element_id: incident, value: 'Typed on the form.', sys_created_by: 'agent' })
        f.platform.runAs(f.agent, () => queueAgentComment({ getUniqueValue: () => incident }))
        expect(f.platform.store.query(COMMUNICATION_TABLE, {})).toEqual([])

        const stray = f.platform.insertRow(COMMUNICATION_TABLE, { case: recordedSysId, direction: 'toMicrosoft', message_id: 'x-1', body: 'hello', state: 'queued', attempts: '0' })
        f.platform.resetStats()
        const row = new GlideRecord(COMMUNICATION_TABLE)
        row.get(stray)
        expect(f.platform.runAs(null, () => deliver(row as never))).toBe(false)
        expect(f.platform.stats().outboundCalls).toBe(0)
        expect(f.platform.store.query(COMMUNICATION_TABLE, {})[0]).toMatchObject({ state: 'failed' })
    })
})
