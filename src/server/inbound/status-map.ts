/**
 * Microsoft case status → incident state, through the admin-editable mapping table
 * (x_mioms_m365_assis_status_map). An inactive or missing row leaves the incident as it is.
 * The rows' resolution codes are checked against the instance's choices when an admin saves them
 * (checkStatusMapCloseCode, a before rule) and again when applied (codes differ between releases).
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { closeCodes, isCloseCode, resolutionCodeFor } from '../incidents/close-codes'
import { INCIDENT_STATE, isIncidentClosed } from '../incidents/incident-state'
import { userMessage } from '../messages/user-message'

export const STATUS_MAP_TABLE = 'x_mioms_m365_assis_status_map'

export interface StateMapping {
    incidentState: string
    holdReason: string
    closeCode: string
    closeNotes: string
}

export function mappingFor(status: string): StateMapping | null {
    const row = new GlideRecord(STATUS_MAP_TABLE)
    row.addQuery('microsoft_status', status)
    row.addQuery('active', 'true')
    row.setLimit(1)
    row.query()
    if (!row.next()) return null
    const state = row.getValue('incident_state') || ''
    if (!/^-?\d+$/.test(state)) return null
    return {
        incidentState: state,
        holdReason: row.getValue('hold_reason') || '',
        closeCode: row.getValue('close_code') || '',
        closeNotes: row.getValue('close_notes') || '',
    }
}

/** What Microsoft's status did to the incident: changed it, nothing to change, or left it because it is Closed or Canceled. */
export type StatusOutcome = 'changed' | 'unchanged' | 'final'

/**
 * Follows Microsoft's status on the incident (not saved: the caller updates it). A Closed or
 * Canceled incident is never changed, whatever the mapping says: closed is final on the platform
 * (../incidents/incident-state.ts); the caller logs why. A Resolved one follows the mapping.
 */
export function followStatus(incident: GlideRecord, status: string, notes?: string): StatusOutcome {
    if (isIncidentClosed(incident)) return 'final'
    const mapping = mappingFor(status)
    if (!mapping) return 'unchanged'
    return applyMapping(incident, mapping, notes, status) ? 'changed' : 'unchanged'
}

/**
 * Sets the incident's state (and hold reason or resolution fields) per the mapping; true when a
 * field changed. `notes` overrides the mapping's resolution notes (the close call's resolution).
 * Resolved and Closed need a resolution code the instance offers (the base system's data policy
 * makes it mandatory): the mapping's code when valid, else a fallback with a warning; with no
 * readable code at all the incident keeps its state. A Closed or Canceled incident is left alone.
 */
export function applyMapping(incident: GlideRecord, mapping: StateMapping, notes?: string, status?: string): boolean {
    if (isIncidentClosed(incident)) return false
    const resolving = mapping.incidentState === INCIDENT_STATE.resolved || mapping.incidentState === INCIDENT_STATE.closed
    let closeCode: string | null = null
    if (resolving) {
        closeCode = resolutionCodeFor(mapping.closeCode, 'Case status mapping' + (status ? " '" + status + "'" : ''))
        if (!closeCode) return false
    }
    let changed = false
    const set = (field: string, value: string) => {
        if ((incident.getValue(field) || '') === value) return
        incident.setValue(field, value)
        changed = true
    }
    set('state', mapping.incidentState)
    if (mapping.incidentState === INCIDENT_STATE.onHold && mapping.holdReason) set('hold_reason', mapping.holdReason)
    if (closeCode) {
        set('close_code', closeCode)
        // Resolution notes are mandatory with the code: the shipped note when the row has none.
        set('close_notes', notes || mapping.closeNotes || userMessage(mapping.incidentState === INCIDENT_STATE.closed ? 'INBOUND_CLOSED_NOTE' : 'INBOUND_RESOLVED_NOTE'))
    }
    return changed
}

/**
 * Before rule on the status map (insert, or update changing close_code): refuses a resolution
 * code this instance does not offer and tells the admin which ones it does. When the choices
 * cannot be read the row is saved; the run-time check still applies.
 */
export function checkStatusMapCloseCode(current: GlideRecord): void {
    const code = current.getValue('close_code') || ''
    if (!code) return
    const choices = closeCodes()
    if (choices.length === 0 || isCloseCode(code, choices)) return
    gs.addErrorMessage(userMessage('STATUS_MAP_CLOSE_CODE_INVALID', [code, choices.map((c) => c.value).join(', ')]))
    current.setAbortAction(true)
}
