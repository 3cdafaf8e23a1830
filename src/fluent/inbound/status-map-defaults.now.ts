import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import { MESSAGES } from '../../server/messages/catalogue'

// The default Microsoft case status → incident state mapping (admins may change the rows).
// Incident states: 2 In Progress, 3 On Hold (hold reason 1 Awaiting Caller), 6 Resolved, 7 Closed.
export const statusOpen = Record({
    $id: Now.ID['status_map_open'],
    table: 'x_mioms_m365_assis_status_map',
    data: { microsoft_status: 'open', incident_state: 2, active: true },
})
export const statusInProgress = Record({
    $id: Now.ID['status_map_in_progress'],
    table: 'x_mioms_m365_assis_status_map',
    data: { microsoft_status: 'inProgress', incident_state: 2, active: true },
})
export const statusWaitingForCustomer = Record({
    $id: Now.ID['status_map_waiting_for_customer'],
    table: 'x_mioms_m365_assis_status_map',
    data: { microsoft_status: 'waitingForCustomer', incident_state: 3, hold_reason: 1, active: true },
})
export const statusResolved = Record({
    $id: Now.ID['status_map_resolved'],
    table: 'x_mioms_m365_assis_status_map',
    data: {
        microsoft_status: 'resolved',
        incident_state: 6,
        close_code: 'Solution provided',
        close_notes: MESSAGES.INBOUND_RESOLVED_NOTE,
        active: true,
    },
})
export const statusClosed = Record({
    $id: Now.ID['status_map_closed'],
    table: 'x_mioms_m365_assis_status_map',
    data: {
        microsoft_status: 'closed',
        incident_state: 7,
        close_code: 'Solution provided',
        close_notes: MESSAGES.INBOUND_CLOSED_NOTE,
        active: true,
    },
})
