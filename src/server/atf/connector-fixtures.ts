/**
 * What the shipped ATF suite's connector and access tests (src/fluent/atf/connector-*.now.ts,
 * access-*.now.ts) set up and check, called only by their Run Server Side Script steps. Each
 * helper uses the app's own modules (the Setup row, the status map, the journal query), so a
 * test checks the code that ships. Everything written here is in the test's session and is
 * restored by the test's rollback (an existing Setup row gets its values back).
 */
import { GlideRecord } from '@servicenow/glide'
import { findOrCreateSetup } from '../setup/setup-record'
import { PROPERTY } from '../config/settings'
import { CASE_TABLE, COMMUNICATION_TABLE } from '../cases/case-record'
import { commentJournal } from '../inbound/ticket'
import { mappingFor } from '../inbound/status-map'
import { booleanField } from '../platform/booleans'
import { readAccessPolicy, suspendAccessPolicy } from '../setup/access-policy'

/**
 * Points Setup at this test's configuration: the mode, and for the connector the integration
 * user and repository id that checkCaller() and checkRepository() compare with. Updates the
 * existing Setup row when Setup already ran (the rollback restores it), else creates one.
 * Returns the row's sys_id ('' when the save, or turning the connector API's access policy off
 * for the test, was refused).
 */
export function configureSetupForTest(mode: string, integrationUserSysId: string, repositoryId: string): string {
    const setup = findOrCreateSetup()
    setup.setValue('mode', mode)
    setup.setValue('integration_user', integrationUserSysId)
    setup.setValue('repository_id', repositoryId)
    // Basic mode: the caller is the integration user itself, not an AAD application.
    setup.setValue('rest_user_client_id', '')
    // Once Setup pinned the connector API (its REST API access policy), the instance refuses the
    // suite's Send REST Request steps: they carry the credentials of the user running the test,
    // which no profile of the policy names. The policy is off for this test only; the rollback
    // turns it back on. An instance that refuses this scope's write fails the test here ('').
    if (readAccessPolicy().active && !suspendAccessPolicy()) return ''
    if (setup.isNewRecord()) return setup.insert() || ''
    return setup.update() ? setup.getUniqueValue() : ''
}

/** Sets the connector API's body limit (property inbound.max_body_bytes); true when saved. */
export function setInboundBodyLimit(bytes: number): boolean {
    return setAppProperty(PROPERTY.inboundMaxBodyBytes, String(bytes))
}

/** Sets the recommended solutions source (property solutions.source: learn, connector, off); true when saved. */
export function setSolutionsSourceForTest(source: string): boolean {
    return setAppProperty(PROPERTY.solutionsSource, source)
}

/** ATF rolls the sys_properties change back with the test's other records. */
function setAppProperty(name: string, value: string): boolean {
    const property = new GlideRecord('sys_properties')
    property.addQuery('name', name)
    property.setLimit(1)
    property.query()
    if (!property.next()) return false
    property.setValue('value', value)
    return !!property.update()
}

/** The incident's additional comments (sys_journal_field rows), those containing `text` when given. */
export function commentCount(incidentSysId: string, text?: string): number {
    const journal = commentJournal(incidentSysId)
    if (text) journal.addQuery('value', 'CONTAINS', text)
    journal.query()
    let count = 0
    while (journal.next()) count++
    return count
}

/** The communication rows (either direction) of a case. */
export function communicationCount(caseSysId: string): number {
    const rows = new GlideRecord(COMMUNICATION_TABLE)
    rows.addQuery('case', caseSysId)
    rows.query()
    let count = 0
    while (rows.next()) count++
    return count
}

/**
 * What differs, on the test's own incident and case, from how the test inserted them (a case
 * open, severity C, no owner, never updated by Microsoft; an incident in `incidentState` with no
 * comment; no communication row): '' when a refused call changed nothing. Only the test's rows
 * are compared, so other activity on the instance cannot make the check fail.
 */
export function changesToFreshCase(incidentSysId: string, caseSysId: string, incidentState: string): string {
    const problems: string[] = []
    const expect = (what: string, actual: string | number, wanted: string | number) => {
        if (String(actual) !== String(wanted)) problems.push(what + ' is ' + actual + ', expected ' + wanted)
    }
    const caseRow = new GlideRecord(CASE_TABLE)
    if (!caseRow.get(caseSysId)) return 'the test case ' + caseSysId + ' no longer exists'
    const incident = new GlideRecord('incident')
    if (!incident.get(incidentSysId)) return 'the test incident ' + incidentSysId + ' no longer exists'
    expect('case status', caseRow.getValue('status') || '', 'open')
    expect('case severity', caseRow.getValue('severity') || '', 'c')
    expect('case owner', caseRow.getValue('owner') || '', '')
    expect('case closed', String(booleanField(caseRow, 'closed')), 'false')
    expect('case last update from Microsoft', caseRow.getValue('last_update') || '', '')
    expect('incident state', incident.getValue('state') || '', incidentState)
    expect('incident comments', commentCount(incidentSysId), 0)
    expect('communication rows of the case', communicationCount(caseSysId), 0)
    return problems.join('; ')
}

/**
 * Whether the incident follows the status map for a Microsoft status (the admin-editable rows of
 * x_mioms_m365_assis_status_map, read now, as the connector read them): the mapped state, and the
 * hold reason for On Hold, a resolution code and (for a close) the resolution in the notes when
 * resolved or closed; an inactive or missing row means the incident keeps `stateBefore`.
 * '' when it does, else what differs.
 */
export function statusMapProblems(incidentSysId: string, status: string, stateBefore: string, resolution?: string): string {
    const incident = new GlideRecord('incident')
    if (!incident.get(incidentSysId)) return 'the test incident ' + incidentSysId + ' no longer exists'
    const mapping = mappingFor(status)
    const state = incident.getValue('state') || ''
    const wanted = mapping ? mapping.incidentState : stateBefore
    const problems: string[] = []
    if (state !== wanted) {
        problems.push('incident state is ' + state + ', the status map ' + (mapping ? 'maps ' + status + ' to ' + wanted : 'has no active row for ' + status + ', so it should stay ' + wanted))
    }
    if (mapping && mapping.incidentState === '3' && mapping.holdReason && (incident.getValue('hold_reason') || '') !== mapping.holdReason) {
        problems.push('hold reason is ' + (incident.getValue('hold_reason') || '(empty)') + ', the status map says ' + mapping.holdReason)
    }
    if (mapping && (wanted === '6' || wanted === '7')) {
        if (!incident.getValue('close_code')) problems.push('the incident was resolved without a resolution code')
        const notes = incident.getValue('close_notes') || ''
        if (resolution && notes.indexOf(resolution) < 0) problems.push("the resolution notes do not hold Microsoft's resolution: " + notes)
    }
    return problems.join('; ')
}
