/**
 * Post-incident reports on automatic incidents (src/server/health/incident-reports.ts) against the
 * simulator's Graph: fetched once the issue's status is postIncidentReviewPublished, attached to the
 * incident byte for byte with a work note naming it, never fetched again after success; failures
 * are retried on later runs up to MAX_REPORT_ATTEMPTS; an error answer leaves no attachment, on both
 * sides of the restAttachmentOnError switch.
 */
import { HEALTH_PROPERTY } from '../../../src/server/config/settings'
import { MAX_REPORT_ATTEMPTS, reportFileName } from '../../../src/server/health/incident-reports'
import { runHealthSync } from '../../../src/server/health/run-sync'
import { readAttachment } from '../../../sandbox/glide/attachments'
import { incidentReportBytes } from '../../../sandbox/microsoft/graph'
import { useSimulator } from '../../support/simulator-process'
import { connectHealthPlatform } from '../../support/health-platform'

const sim = useSimulator()
const ISSUE = { id: 'EX900101', title: 'Users may be unable to send email', service: 'Exchange Online', classification: 'incident', status: 'serviceDegradation', impactDescription: 'Users may be unable to send email.' }
const REPORT_PATH = `/v1.0/admin/serviceAnnouncement/issues/${ISSUE.id}/incidentReport`

beforeEach(async () => {
    await sim.control('POST', '/_sim/health/seed', { count: 0 })
    await sim.control('POST', '/_sim/health/issues', ISSUE)
})

/** A platform with automatic incidents on, and the issue's incident created and resolved by Microsoft. */
async function resolvedIncident() {
    const { platform } = connectHealthPlatform(sim.url)
    platform.setProperty(HEALTH_PROPERTY.autoIncident, 'true')
    platform.setProperty(HEALTH_PROPERTY.autoResolve, 'true')
    platform.setProperty(HEALTH_PROPERTY.assignmentGroup, platform.insertRow('sys_user_group', { name: 'Messaging' }))
    platform.setProperty(HEALTH_PROPERTY.category, 'network')
    runHealthSync()
    await sim.control('POST', `/_sim/health/issues/${ISSUE.id}/resolve`, { status: 'serviceRestored' })
    runHealthSync()
    const row = () => platform.store.query('x_mioms_m365_assis_health_issue', {}).find((r) => r.issue_id === ISSUE.id)!
    const incident = row().incident!
    expect(platform.store.get('incident', incident)!.state).toBe('6')
    return { platform, incident, row }
}

async function reportCalls(): Promise<number> {
    const journal = await sim.control<{ path: string }[]>('GET', '/_sim/journal')
    return journal.filter((e) => e.path === REPORT_PATH).length
}

async function publishReport() {
    await sim.control('PATCH', `/_sim/health/issues/${ISSUE.id}`, { status: 'postIncidentReviewPublished' })
}

describe('post-incident reports', () => {
    it('asks for no report while the issue is only resolved', async () => {
        const { platform, row } = await resolvedIncident()
        runHealthSync()
        expect(await reportCalls()).toBe(0)
        expect(row().report_attachment ?? null).toBeNull()
        expect(platform.store.query('sys_attachment', {})).toHaveLength(0)
    })

    it('attaches the report once, byte for byte, with a work note naming it, and never asks again', async () => {
        const { platform, incident, row } = await resolvedIncident()
        await publishReport()
        const run = runHealthSync()
        expect(run.reports).toEqual({ attached: 1, failed: 0, calls: 1 })
        const attachmentId = row().report_attachment!
        const attachment = platform.store.get('sys_attachment', attachmentId)!
        expect(attachment).toMatchObject({ table_name: 'incident', table_sys_id: incident, file_name: reportFileName(ISSUE.id) })
        expect(readAttachment(platform, attachmentId)!.equals(incidentReportBytes(ISSUE.id))).toBe(true)
        const notes = platform.store.query('sys_journal_field', {}).filter((r) => r.element_id === incident && r.element === 'work_notes').map((r) => r.value)
        expect(notes).toContain(`Microsoft published the post-incident report for service health issue ${ISSUE.id}. It is attached to this incident as ${reportFileName(ISSUE.id)}.`)

        runHealthSync()
        runHealthSync()
        expect(await reportCalls()).toBe(1)
        expect(platform.store.query('sys_attachment', {})).toHaveLength(1)
    })

    it.each(['strict', 'lenient'] as const)('retries a report Microsoft does not serve yet (404) on a later run, leaving no error attachment (restAttachmentOnError %s)', async (mode) => {
        const { platform, row } = await resolvedIncident()
        platform.fidelity.restAttachmentOnError = mode
        await publishReport()
        await sim.control('POST', '/_sim/faults', { pattern: REPORT_PATH, status: 404, times: 1 })
        expect(runHealthSync().reports).toEqual({ attached: 0, failed: 1, calls: 1 })
        expect(row().report_attempts).toBe('1')
        expect(platform.store.query('sys_attachment', {})).toHaveLength(0)
        expect(runHealthSync().reports).toMatchObject({ attached: 1 })
        expect(platform.store.query('sys_attachment', {})).toHaveLength(1)
        expect(await reportCalls()).toBe(2)
    })

    it(`stops asking after ${MAX_REPORT_ATTEMPTS} failed attempts`, async () => {
        const { platform, row } = await resolvedIncident()
        await publishReport()
        await sim.control('POST', '/_sim/faults', { pattern: REPORT_PATH, status: 404 })
        for (let i = 0; i < MAX_REPORT_ATTEMPTS + 2; i++) runHealthSync()
        expect(await reportCalls()).toBe(MAX_REPORT_ATTEMPTS)
        expect(row().report_attempts).toBe(String(MAX_REPORT_ATTEMPTS))
        expect(platform.store.query('sys_attachment', {})).toHaveLength(0)
    })

    it('touches no incident and asks for no report while automatic incidents are off', async () => {
        const { platform } = await resolvedIncident()
        platform.setProperty(HEALTH_PROPERTY.autoIncident, 'false')
        await publishReport()
        expect(runHealthSync().reports).toEqual({ attached: 0, failed: 0, calls: 0 })
        expect(await reportCalls()).toBe(0)
    })
})
