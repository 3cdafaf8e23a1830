/**
 * Agent comments → Microsoft against the simulator (own process, real HTTP): queued by the
 * incident rule, sent by the async rule after the transaction, retried with backoff by the
 * scheduled job, given up on for good failures; Microsoft's own messages are never queued.
 * The business rules are registered here as the app's Fluent definitions declare them
 * (src/fluent/inbound/comment-sync.now.ts); the e2e tests run the shipped ones.
 */
import { GlideRecord } from '../../../sandbox/glide'
import { PROPERTY } from '../../../src/server/config/settings'
import { createServiceRequest } from '../../../src/server/connector/connector-client'
import { BACKOFF_MINUTES, MAX_ATTEMPTS, deliverQueued, queueAgentComment, retryDue } from '../../../src/server/inbound/comment-sync'
import { inboundPostCommunication } from '../../../src/server/inbound/ticket-routes'
import { SIM_ADMIN_EMAIL, SIM_TENANT, connectPlatform } from '../../support/connected-platform'
import { useSimulator } from '../../support/simulator-process'
import { InboundFixture, REPOSITORY_ID, callRoute, inboundFixture, ticketParams } from './fixture'

const sim = useSimulator()
let f: InboundFixture
let now: number
let caseId: string


beforeEach(async () => {
    await sim.control('POST', '/_sim/configure', {
        repositories: [{ tenant: SIM_TENANT, repositoryId: REPOSITORY_ID, endpoint: 'http://127.0.0.1:9/api/x_mioms_m365_assis/v1/connector', authenticationType: 'basic', username: 'u', password: 'p' }],
    })
    await sim.control('PUT', '/_sim/agent', { autoSend: false })
    now = Date.UTC(2026, 10, 23, 6, 0, 0)
    const { platform } = connectPlatform(sim.url)
    platform.setClock(() => now)
    platform.setProperty(PROPERTY.httpMaxRetries, '0')
    f = inboundFixture({ platform })
    platform.addBusinessRule({
        name: 'queue agent comment',
        table: 'incident',
        when: 'after',
        actions: ['insert', 'update'],
        fn: (current: any) => {
            if (current.comments.changes()) queueAgentComment(current)
        },
    })
    platform.addBusinessRule({ name: 'deliver', table: 'x_mioms_m365_assis_communication', when: 'async', actions: ['insert'], filterCondition: 'direction=toMicrosoft^state=queued', fn: (current: any) => deliverQueued(current) })
    const created = createServiceRequest({
        repositoryId: REPOSITORY_ID,
        incidentNumber: 'INC0010001',
        incidentSysId: f.incident,
        title: 'Outlook cannot connect',
        description: 'Trying to connect...',
        severity: 'B',
        contact: { email: SIM_ADMIN_EMAIL, preferredContactMethod: 'email' },
        isTestEnvironment: true,
    })
    if (!created.ok) throw new Error(JSON.stringify(created))
    caseId = created.value.id
    platform.store.update('x_mioms_m365_assis_case', f.caseSysId, { case_number: caseId })
})

function comment(user: string, text: string): void {
    f.platform.runAs(user, () => {
        const incident = new GlideRecord('incident')
        incident.get(f.incident)
        incident.setValue('comments', text)
        incident.update()
    })
}

function outboundRows() {
    return f.platform.store.query('x_mioms_m365_assis_communication', { where: { kind: 'term', field: 'direction', operator: '=', value: 'toMicrosoft' } })
}

async function microsoftCommunications(): Promise<any[]> {
    const all = await sim.control<any[]>('GET', '/_sim/servicerequests')
    return all.find((sr) => sr.id === caseId)?.communications ?? []
}

test('an agent comment is queued in the transaction and sent after it, keyed by its journal entry', async () => {
    comment(f.agent, 'Logs attached.')
    const [queued] = outboundRows()
    expect(queued).toMatchObject({ state: 'queued', body: 'Logs attached.', author: 'Avery Agent', attempts: '0' })
    expect(await microsoftCommunications()).toEqual([])
    f.platform.runAsyncQueue()
    const [sent] = outboundRows()
    expect(sent).toMatchObject({ state: 'sent', attempts: '1' })
    const journal = f.platform.store.query('sys_journal_field', { where: { kind: 'term', field: 'value', operator: '=', value: 'Logs attached.' } })[0]
    expect(sent.message_id).toBe(journal.sys_id)
    expect(await microsoftCommunications()).toEqual([expect.objectContaining({ messageId: journal.sys_id, body: 'Logs attached.', author: 'Avery Agent', direction: 'toMicrosoft' })])
})

test("Microsoft's messages (written by the integration user) are never queued back", async () => {
    const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, {
        method: 'POST',
        pathParams: ticketParams(caseId),
        body: JSON.stringify({ messageId: 'ms-1', body: 'Hello from Microsoft', author: 'Alex', createdDateTime: '2026-11-23T06:00:00Z' }),
    })
    expect(answer.status).toBe(201)
    f.platform.runAsyncQueue()
    expect(outboundRows()).toEqual([])
    expect(await microsoftCommunications()).toEqual([])
})

test('no comment is queued without an open case', () => {
    f.platform.store.update('x_mioms_m365_assis_case', f.caseSysId, { closed: 'true', status: 'closed' })
    comment(f.agent, 'Anyone there?')
    expect(outboundRows()).toEqual([])
})

test('a temporary failure waits with backoff, then the scheduled job sends it', async () => {
    await sim.control('POST', '/_sim/faults', { pattern: '/v1/tenants/*/servicerequests/*/communications', method: 'POST', status: 503, times: 1 })
    comment(f.agent, 'Retry me.')
    f.platform.runAsyncQueue()
    const [waiting] = outboundRows()
    expect(waiting).toMatchObject({ state: 'retry', attempts: '1', next_attempt: '2026-11-23 06:01:00' })
    expect(waiting.last_error).toMatch(/503.*correlation id M365-/)
    expect(retryDue()).toBe(0)
    expect(outboundRows()[0].attempts).toBe('1')
    now += 61_000
    expect(retryDue()).toBe(1)
    expect(outboundRows()[0]).toMatchObject({ state: 'sent', attempts: '2' })
    expect((await microsoftCommunications()).map((c) => c.body)).toEqual(['Retry me.'])
})

test('a failure that cannot pass (unknown case at Microsoft) fails for good at once', () => {
    f.platform.store.update('x_mioms_m365_assis_case', f.caseSysId, { case_number: '999999999' })
    comment(f.agent, 'Lost.')
    f.platform.runAsyncQueue()
    expect(outboundRows()[0]).toMatchObject({ state: 'failed', attempts: '1' })
    now += 24 * 3600_000
    expect(retryDue()).toBe(0)
})

test(`an outage gives up after ${MAX_ATTEMPTS} attempts`, async () => {
    await sim.control('POST', '/_sim/faults', { pattern: '/v1/tenants/*/servicerequests/*/communications', method: 'POST', status: 503 })
    comment(f.agent, 'Outage.')
    f.platform.runAsyncQueue()
    for (const minutes of BACKOFF_MINUTES) {
        now += minutes * 60_000
        retryDue()
    }
    expect(outboundRows()[0]).toMatchObject({ state: 'failed', attempts: String(MAX_ATTEMPTS) })
})

test("when the rule's current does not expose the comment text, the user's newest entry is queued", () => {
    f.platform.insertRow('sys_journal_field', { name: 'incident', element: 'comments', element_id: f.incident, value: 'Typed on the form.', sys_created_by: 'agent' })
    f.platform.runAs(f.agent, () => queueAgentComment({ getUniqueValue: () => f.incident, getValue: () => null }))
    expect(outboundRows().map((row) => [row.body, row.state])).toEqual([['Typed on the form.', 'queued']])
})
