/**
 * Microsoft case status → incident state, through the admin-editable mapping table
 * (x_mioms_m365_assis_status_map). An inactive or missing row leaves the incident as it is.
 */
import { GlideRecord } from '@servicenow/glide'

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

/**
 * Sets the incident's state (and hold reason or resolution fields) per the mapping; true when a
 * field changed. `notes` overrides the mapping's resolution notes (the close call's resolution).
 */
export function applyMapping(incident: GlideRecord, mapping: StateMapping, notes?: string): boolean {
    let changed = false
    const set = (field: string, value: string) => {
        if ((incident.getValue(field) || '') === value) return
        incident.setValue(field, value)
        changed = true
    }
    set('state', mapping.incidentState)
    if (mapping.incidentState === '3' && mapping.holdReason) set('hold_reason', mapping.holdReason)
    if (mapping.incidentState === '6' || mapping.incidentState === '7') {
        if (mapping.closeCode) set('close_code', mapping.closeCode)
        const text = notes || mapping.closeNotes
        if (text) set('close_notes', text)
    }
    return changed
}
