/** The app's case rows (x_mioms_m365_assis_case) as the panel shows them. */
import { GlideRecord } from '@servicenow/glide'
import { booleanField } from '../platform/booleans'

export const CASE_TABLE = 'x_mioms_m365_assis_case'
export const COMMUNICATION_TABLE = 'x_mioms_m365_assis_communication'

export interface CaseUpdate {
    direction: string
    author: string
    body: string
    at: string
}

export interface CaseView {
    sysId: string
    /** connector: opened through the connector; manual: recorded by hand from the Microsoft 365 admin center. */
    kind: 'connector' | 'manual'
    number: string
    title: string
    status: string
    severity: string
    contactEmail: string
    contactName: string
    contactPhone: string
    /** Recorded by hand: the request's page in the Microsoft 365 admin center ('' when none was given). */
    link: string
    testEnvironment: boolean
    openedOn: string
    lastUpdate: string
    closed: boolean
    updates: CaseUpdate[]
}

export const LATEST_UPDATES = 5

/** The incident's newest case, or null. */
export function findCaseRecord(incidentSysId: string): GlideRecord | null {
    const row = new GlideRecord(CASE_TABLE)
    row.addQuery('incident', incidentSysId)
    row.orderByDesc('sys_created_on')
    row.setLimit(1)
    row.query()
    return row.next() ? row : null
}

/** Whether the case was recorded by hand (rows from before the kind column are connector cases). */
export function isRecordedByHand(row: GlideRecord): boolean {
    return row.getValue('kind') === 'manual'
}

/**
 * How many connector cases are still open on this instance (Microsoft has not closed them). Cases
 * recorded by hand are not counted: they never depended on the connector.
 */
export function countOpenCases(): number {
    const row = new GlideRecord(CASE_TABLE)
    row.addQuery('closed', '!=', 'true')
    row.addQuery('status', '!=', 'closed')
    row.query()
    let open = 0
    while (row.next()) if (!isRecordedByHand(row)) open++
    return open
}

/** The incident's case that is not closed, or null (one open case per incident). */
export function findOpenCase(incidentSysId: string): GlideRecord | null {
    const row = new GlideRecord(CASE_TABLE)
    row.addQuery('incident', incidentSysId)
    row.addQuery('closed', '!=', 'true')
    row.setLimit(1)
    row.query()
    return row.next() ? row : null
}

export function toCaseView(row: GlideRecord): CaseView {
    return {
        sysId: row.getUniqueValue(),
        kind: isRecordedByHand(row) ? 'manual' : 'connector',
        number: row.getValue('case_number') || '',
        title: row.getValue('title') || '',
        status: row.getValue('status') || '',
        severity: (row.getValue('severity') || '').toUpperCase(),
        contactEmail: row.getValue('contact_email') || '',
        contactName: row.getValue('contact_name') || '',
        contactPhone: row.getValue('contact_phone') || '',
        link: row.getValue('admin_center_url') || '',
        testEnvironment: booleanField(row, 'test_environment'),
        openedOn: row.getValue('sys_created_on') || '',
        lastUpdate: row.getValue('last_update') || '',
        closed: booleanField(row, 'closed'),
        updates: latestUpdates(row.getUniqueValue()),
    }
}

function latestUpdates(caseSysId: string): CaseUpdate[] {
    const row = new GlideRecord(COMMUNICATION_TABLE)
    row.addQuery('case', caseSysId)
    row.orderByDesc('sys_created_on')
    row.setLimit(LATEST_UPDATES)
    row.query()
    const updates: CaseUpdate[] = []
    while (row.next()) {
        updates.push({
            direction: row.getValue('direction') || '',
            author: row.getValue('author') || '',
            body: row.getValue('body') || '',
            at: row.getValue('sys_created_on') || '',
        })
    }
    return updates
}
