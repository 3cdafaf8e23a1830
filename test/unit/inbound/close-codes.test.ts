/**
 * Finding 7 (issue 10), inbound side: the Microsoft case status mapping resolves or closes the
 * incident with a resolution code. Resolution codes differ between releases, so the code written
 * must be an active incident.close_code choice of *this* instance, whatever the mapping row says;
 * the base system's close-info data policy (strict side) refuses a resolve without a code.
 */
import { GlideRecord } from '../../../sandbox/glide'
import { isActiveChoice, LEGACY_INCIDENT_CLOSE_CODES, useChoiceList } from '../../../sandbox/glide/platformChoices'
import { readBuiltApp } from '../../../sandbox/instance/dist-records'
import { checkStatusMapCloseCode, STATUS_MAP_TABLE } from '../../../src/server/inbound/status-map'
import { inboundCloseTicket, inboundUpdateTicket } from '../../../src/server/inbound/ticket-routes'
import { InboundFixture, callRoute, inboundFixture, ticketParams } from './fixture'

let f: InboundFixture

beforeEach(() => {
    f = inboundFixture()
})

function mappingRow(status: string): string {
    return String(f.platform.store.query('x_mioms_m365_assis_status_map', { where: { kind: 'term', field: 'microsoft_status', operator: '=', value: status } })[0].sys_id)
}
function resolve() {
    return callRoute(f.platform, f.integrationUser, 'inboundUpdateTicket', inboundUpdateTicket, { method: 'PATCH', pathParams: ticketParams(), body: JSON.stringify({ status: 'resolved' }) })
}
function incident() {
    return f.platform.store.get('incident', f.incident)!
}
function warnings(): string[] {
    return f.platform.syslog().filter((r) => r.level === '1').map((r) => String(r.message))
}

describe.each(['strict', 'lenient'] as const)('status mapping resolution code (close-info data policy %s)', (side) => {
    beforeEach(() => {
        f.platform.fidelity.closeInfoDataPolicy = side
    })

    test('a current release: the shipped code is a valid choice and is used as is', () => {
        expect(resolve().status).toBe(200)
        expect(incident()).toMatchObject({ state: '6', close_code: 'Solution provided' })
        expect(warnings().filter((w) => w.includes('resolution code'))).toEqual([])
    })

    test('an older release: the shipped "Solution provided" is not a choice there; a valid code of that release is written', () => {
        useChoiceList(f.platform, 'incident', 'close_code', LEGACY_INCIDENT_CLOSE_CODES)
        expect(resolve().status).toBe(200)
        expect(incident().state).toBe('6')
        expect(isActiveChoice(f.platform.store, 'incident', 'close_code', incident().close_code)).toBe(true)
        expect(warnings().some((w) => w.includes("'Solution provided'") && /\[M365-[0-9A-F]{12}\]/.test(w))).toBe(true)
    })

    test('an admin-edited row with an old-release code on a current release: a valid code is written instead', () => {
        f.platform.store.update('x_mioms_m365_assis_status_map', mappingRow('resolved'), { close_code: 'Closed/Resolved by Caller' })
        expect(resolve().status).toBe(200)
        expect(incident().state).toBe('6')
        expect(isActiveChoice(f.platform.store, 'incident', 'close_code', incident().close_code)).toBe(true)
    })

    test('a row with no resolution code still resolves with a valid code (the data policy needs one)', () => {
        f.platform.store.update('x_mioms_m365_assis_status_map', mappingRow('resolved'), { close_code: null })
        expect(resolve().status).toBe(200)
        expect(incident().state).toBe('6')
        expect(isActiveChoice(f.platform.store, 'incident', 'close_code', incident().close_code)).toBe(true)
        expect(f.platform.store.get('x_mioms_m365_assis_case', f.caseSysId)?.status).toBe('resolved')
    })

    test('closing the case writes a valid code of the instance too', () => {
        useChoiceList(f.platform, 'incident', 'close_code', LEGACY_INCIDENT_CLOSE_CODES)
        const answer = callRoute(f.platform, f.integrationUser, 'inboundCloseTicket', inboundCloseTicket, {
            method: 'POST',
            pathParams: ticketParams(),
            body: JSON.stringify({ resolution: 'Mailbox permissions repaired.' }),
        })
        expect(answer.status).toBe(200)
        expect(incident().state).toBe('7')
        expect(isActiveChoice(f.platform.store, 'incident', 'close_code', incident().close_code)).toBe(true)
    })
})

test('sys_choice unreadable from the app scope: no invented code; the incident is not resolved and the case update still lands', () => {
    // The platform's own sys_db_object row for sys_choice (platformDictionary.ts) loses "Can read".
    const choiceTable = f.platform.findRow('sys_db_object', 'name', 'sys_choice')!
    f.platform.store.update('sys_db_object', choiceTable.sys_id!, { read_access: 'false' })
    useChoiceList(f.platform, 'incident', 'close_code', LEGACY_INCIDENT_CLOSE_CODES)
    expect(resolve().status).toBe(200)
    expect(incident().state).toBe('1')
    expect(incident().close_code ?? null).toBeNull()
    expect(f.platform.store.get('x_mioms_m365_assis_case', f.caseSysId)?.status).toBe('resolved')
    expect(warnings().some((w) => w.includes('resolution code'))).toBe(true)
})

describe('an admin edits the mapping', () => {
    test('a resolution code the instance does not offer is refused, with the valid ones listed; a valid one saves', () => {
        // The shipped before rule (checked below) runs checkStatusMapCloseCode when close_code changes.
        f.platform.addBusinessRule({ table: STATUS_MAP_TABLE, when: 'before', actions: ['insert', 'update'], fn: (current) => checkStatusMapCloseCode(current as unknown as Parameters<typeof checkStatusMapCloseCode>[0]) })
        const row = new GlideRecord(STATUS_MAP_TABLE)
        expect(row.get(mappingRow('resolved'))).toBe(true)
        row.setValue('close_code', 'Closed/Resolved by Caller')
        expect(row.update()).toBeNull()
        expect(f.platform.store.get(STATUS_MAP_TABLE, mappingRow('resolved'))?.close_code).toBe('Solution provided')
        expect(f.platform.session.errorMessages.join('\n')).toContain("'Closed/Resolved by Caller' is not a resolution code of this instance")
        expect(f.platform.session.errorMessages.join('\n')).toContain('Workaround provided')
        row.setValue('close_code', 'Workaround provided')
        expect(row.update()).toBeTruthy()
        expect(f.platform.store.get(STATUS_MAP_TABLE, mappingRow('resolved'))?.close_code).toBe('Workaround provided')
    })

    test('the rule ships: before insert and update of the status map, when close_code changes', () => {
        const rule = readBuiltApp()
            .byTable('sys_script')
            .find((r) => r.fields.collection === STATUS_MAP_TABLE)
        expect(rule?.fields).toMatchObject({ when: 'before', action_insert: 'true', action_update: 'true', condition: 'current.close_code.changes()', active: 'true' })
        expect(rule?.fields.script).toContain('checkStatusMapCloseCode')
    })
})
