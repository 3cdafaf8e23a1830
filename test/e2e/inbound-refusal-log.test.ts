/**
 * Refused connector API calls on a real sandbox leave a trace an admin can read, bounded: one
 * log line for the first refusal of a caller and reason in a 10-minute window (route, reason,
 * caller user name, correlation id; never the credential), the rest counted in the app's
 * x_mioms_m365_assis_inbound_refusal rows, and summarised by the first line of a later window.
 * Log lines are counted in the sandbox's syslog before and after.
 */
import { DEMO_REPOSITORY_ID, DEMO_USERS } from '../../sandbox/instance/demo'
import { Row } from '../../sandbox/glide/store/types'
import { RunningSandbox, basicAuth, startSandbox } from './harness'
import { CONNECTOR, INTEGRATION_BASIC, call, configureSetup, withStore } from './inbound-support'

let sandbox: RunningSandbox

const ADMIN = basicAuth(DEMO_USERS.admin.userName, DEMO_USERS.admin.password)
const CREDENTIAL_TEXTS = [DEMO_USERS.admin.password, DEMO_USERS.integration.password, ADMIN.substring(6), INTEGRATION_BASIC.substring(6), 'Authorization', 'Basic ']

beforeAll(async () => {
    sandbox = await startSandbox()
    configureSetup(sandbox, 'basic')
})
afterAll(async () => {
    await sandbox?.stop()
})

function refusalLines(): string[] {
    return withStore(sandbox, (store) =>
        store
            .query('syslog', { orderBy: [{ field: 'sys_created_on', descending: false }] })
            .map((row) => String(row.message))
            .filter((message) => message.includes('Connector API refused')),
    )
}

function refusalRows(caller: string, reason: string): Row[] {
    return withStore(sandbox, (store) =>
        (store.hasTable('x_mioms_m365_assis_inbound_refusal') ? store.query('x_mioms_m365_assis_inbound_refusal') : []).filter(
            (row) => row.caller === caller && row.reason === reason,
        ),
    )
}

/** Sends `count` requests, `parallel` at a time, and returns the correlation ids their answers carry. */
async function burst(count: number, parallel: number, send: () => Promise<{ status: number; json: any }>, status: number): Promise<string[]> {
    const ids: string[] = []
    for (let sent = 0; sent < count; sent += parallel) {
        const answers = await Promise.all(Array.from({ length: Math.min(parallel, count - sent) }, send))
        for (const answer of answers) {
            expect(answer.status).toBe(status)
            const id = /correlation id (M365-[0-9A-F]{12})/.exec(String(answer.json?.error?.detail))?.[1]
            expect(id).toBeDefined()
            ids.push(id!)
        }
    }
    return ids
}

function expectLineFields(line: string, route: string, reason: string, caller: string, ids: string[]): void {
    expect(line).toContain(route)
    expect(line).toContain(`${reason} (`)
    expect(line).toContain(`for caller ${caller}.`)
    const id = /\[(M365-[0-9A-F]{12})\]/.exec(line)?.[1]
    expect(ids).toContain(id)
    for (const secret of CREDENTIAL_TEXTS) expect(line).not.toContain(secret)
}

test('200 refusals from one caller write one line per window, with route, reason, caller and correlation id, never the credential; the rest are counted', async () => {
    const before = refusalLines().length
    const ids = await burst(200, 20, () => call(sandbox, 'GET', `${CONNECTOR}/ping?repositoryId=${DEMO_REPOSITORY_ID}`, { authorization: ADMIN }), 403)
    expect(new Set(ids).size).toBe(200)
    const lines = refusalLines().slice(before)
    const rows = refusalRows('admin', 'NotIntegrationUser')
    // One line per window the burst touched (a 10-minute boundary may fall inside it): at most two.
    expect(lines.length).toBeGreaterThanOrEqual(1)
    expect(lines.length).toBeLessThanOrEqual(2)
    expect(lines.length).toBe(rows.length)
    for (const line of lines) expectLineFields(line, 'inboundPing /api/x_mioms_m365_assis/v1/connector/ping', 'NotIntegrationUser', 'admin', ids)
    // Every refusal is in a row's count: the logged first one of each window and the counted rest.
    expect(rows.reduce((sum, row) => sum + Number(row.refusals), 0)).toBe(200)
})

test('another reason of another caller has its own line; the first line of a later window summarises the counted refusals', async () => {
    const before = refusalLines().length
    const unknownCase = await burst(30, 10, () => call(sandbox, 'GET', `${CONNECTOR}/tickets/${DEMO_REPOSITORY_ID}/999999999`, { authorization: INTEGRATION_BASIC }), 404)
    const afterUnknown = refusalLines().slice(before)
    expect(afterUnknown.length).toBeGreaterThanOrEqual(1)
    expect(afterUnknown.length).toBeLessThanOrEqual(2)
    for (const line of afterUnknown) expectLineFields(line, `inboundGetTicket /api/x_mioms_m365_assis/v1/connector/tickets/${DEMO_REPOSITORY_ID}/999999999`, 'UnknownCase', 'm365.integration', unknownCase)

    // The admin's windows end (moved into the past, as the clock would): the next refusal starts a
    // window and its one line counts what the earlier windows did not log.
    const earlier = refusalRows('admin', 'NotIntegrationUser')
    const unlogged = earlier.reduce((sum, row) => sum + Number(row.refusals) - 1, 0)
    expect(unlogged).toBeGreaterThanOrEqual(198)
    withStore(sandbox, (store) => earlier.forEach((row, i) => store.update('x_mioms_m365_assis_inbound_refusal', String(row.sys_id), { window_start: `2000-01-01 00:${i}0` })))
    const mark = refusalLines().length
    const next = await burst(5, 5, () => call(sandbox, 'GET', `${CONNECTOR}/ping`, { authorization: ADMIN }), 403)
    const summary = refusalLines().slice(mark)
    expect(summary).toHaveLength(1)
    expectLineFields(summary[0], 'inboundPing', 'NotIntegrationUser', 'admin', next)
    expect(summary[0]).toContain(`Summary: ${unlogged} more refusal(s) of this caller for NotIntegrationUser were counted, not logged`)
    expect(summary[0]).toContain('starting 2000-01-01 00:00')
    // The summarised rows are gone; the new window's row counts its five.
    const rows = refusalRows('admin', 'NotIntegrationUser')
    expect(rows.map((row) => Number(row.refusals))).toEqual([5])
})

test('a refused request carrying a password in its body logs neither the body nor the header', async () => {
    const before = refusalLines().length
    const secretBody = { messageId: 'm-secret', body: 'password=Hunter2-secret token=abc', author: 'x', createdDateTime: '2026-11-23T05:00:00Z' }
    const answer = await call(sandbox, 'POST', `${CONNECTOR}/tickets/${DEMO_REPOSITORY_ID}/999999998/communications`, { authorization: basicAuth(DEMO_USERS.agent.userName, DEMO_USERS.agent.password), body: secretBody })
    // The agent lacks the route's role: the platform refuses before the app runs, and the app writes nothing.
    expect(answer.status).toBe(403)
    const integration = await call(sandbox, 'POST', `${CONNECTOR}/tickets/${DEMO_REPOSITORY_ID}/999999998/communications`, { authorization: INTEGRATION_BASIC, body: secretBody })
    expect(integration.status).toBe(404)
    const lines = refusalLines().slice(before)
    expect(lines.length).toBeLessThanOrEqual(1)
    for (const line of lines) {
        expect(line).not.toContain('Hunter2')
        for (const secret of CREDENTIAL_TEXTS) expect(line).not.toContain(secret)
    }
})
