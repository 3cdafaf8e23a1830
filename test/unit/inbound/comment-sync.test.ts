/**
 * Agent comments → Microsoft against the simulator (own process, real HTTP): queued by the
 * incident rule, sent by the async rule after the transaction, retried with backoff by the
 * scheduled job, given up on for good failures; Microsoft's own messages are never queued.
 * The business rules are the shipped ones (dist/app sys_script rows, conditions included, run by
 * the sandbox's module runtime), on both sides of the journal changes() switch (fidelity.ts):
 * strict, changes() of a journal field is false, as GlideElement - Scoped documents.
 */
import { GlideRecord } from '../../../sandbox/glide'
import { FidelityMode } from '../../../sandbox/glide/fidelity'
import { PROPERTY } from '../../../src/server/config/settings'
import { createServiceRequest } from '../../../src/server/connector/connector-client'
import { BACKOFF_MINUTES, MAX_ATTEMPTS, queueAgentComment, retryDue } from '../../../src/server/inbound/comment-sync'
import { inboundPostCommunication } from '../../../src/server/inbound/ticket-routes'
import { SIM_ADMIN_EMAIL, SIM_TENANT, connectPlatform } from '../../support/connected-platform'
import { installShippedRules } from '../../support/shipped-rules'
import { useSimulator } from '../../support/simulator-process'
import { InboundFixture, REPOSITORY_ID, callRoute, inboundFixture, ticketParams } from './fixture'

const sim = useSimulator()
const COMMUNICATION_TABLE = 'x_mioms_m365_assis_communication'

describe.each<FidelityMode>(['strict', 'lenient'])('journal changes() %s', (journalChanges) => {
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
        platform.fidelity.journalChanges = journalChanges
        platform.setClock(() => now)
        platform.setProperty(PROPERTY.httpMaxRetries, '0')
        f = inboundFixture({ platform })
        installShippedRules(platform, ['incident', COMMUNICATION_TABLE])
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

    function update(user: string, values: Record<string, string>): void {
        f.platform.runAs(user, () => {
            const incident = new GlideRecord('incident')
            incident.get(f.incident)
            for (const [field, value] of Object.entries(values)) incident.setValue(field, value)
            incident.update()
        })
    }

    function outboundRows() {
        return f.platform.store.query(COMMUNICATION_TABLE, { where: { kind: 'term', field: 'direction', operator: '=', value: 'toMicrosoft' } })
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

    test('the rule reads the journal, not current: the comment typed on the form is queued', () => {
        f.platform.insertRow('sys_journal_field', { name: 'incident', element: 'comments', element_id: f.incident, value: 'Typed on the form.', sys_created_by: 'agent' })
        f.platform.runAs(f.agent, () => queueAgentComment({ getUniqueValue: () => f.incident }))
        expect(outboundRows().map((row) => [row.body, row.state])).toEqual([['Typed on the form.', 'queued']])
    })

    test('each comment is queued once, also two written in the same second, and an update without a comment queues nothing', () => {
        comment(f.agent, 'First.')
        comment(f.agent, 'Second.')
        update(f.agent, { short_description: 'Outlook still cannot connect' })
        expect(outboundRows().map((row) => row.body).sort()).toEqual(['First.', 'Second.'])
        const journal = f.platform.store.query('sys_journal_field', { where: { kind: 'term', field: 'element_id', operator: '=', value: f.incident } })
        expect(outboundRows().map((row) => row.message_id).sort()).toEqual(journal.map((entry) => entry.sys_id).sort())
    })

    test('comments written before the case opened are not sent', () => {
        f.platform.insertRow('sys_journal_field', { name: 'incident', element: 'comments', element_id: f.incident, value: 'Internal note from yesterday.', sys_created_by: 'agent', sys_created_on: '2026-11-22 06:00:00' })
        update(f.agent, { short_description: 'Outlook still cannot connect' })
        expect(outboundRows()).toEqual([])
    })

    test("Microsoft's message stays unsent when an agent updates the incident after it", () => {
        const answer = callRoute(f.platform, f.integrationUser, 'inboundPostCommunication', inboundPostCommunication, {
            method: 'POST',
            pathParams: ticketParams(caseId),
            body: JSON.stringify({ messageId: 'ms-2', body: 'Please send logs', author: 'Alex', createdDateTime: '2026-11-23T06:00:00Z' }),
        })
        expect(answer.status).toBe(201)
        // Even should its row not record the journal entry, the entry's author (the connector) gives it away.
        const inbound = f.platform.store.query(COMMUNICATION_TABLE)[0]
        f.platform.store.update(COMMUNICATION_TABLE, inbound.sys_id!, { journal_entry: null })
        update(f.agent, { state: '2' })
        expect(outboundRows()).toEqual([])
    })
})
