/**
 * What the app knows about incident.state, in one place so service health and the connector API
 * never disagree. Out-of-box values: 1 New, 2 In Progress, 3 On Hold, 6 Resolved, 7 Closed,
 * 8 Canceled.
 *
 * Closed and Canceled are final: the platform reopens resolved incidents only (docs "Reopening an
 * incident", https://www.servicenow.com/docs/r/it-service-management/incident-management/reopening-incident.html),
 * and its Task Active State Management rule makes them inactive. The app reads `state`, never
 * `active`: active is derived from state through the close_states dictionary attribute, which an
 * instance may configure differently.
 */
import { GlideRecord } from '@servicenow/glide'

export const INCIDENT_STATE = {
    inProgress: '2',
    onHold: '3',
    resolved: '6',
    closed: '7',
    canceled: '8',
} as const

/** Resolved: done, but the caller (or Microsoft) may still reopen it. */
export const INCIDENT_RESOLVED = INCIDENT_STATE.resolved

/** Closed and Canceled: nothing from Microsoft changes their state or adds to them. */
export const INCIDENT_FINAL_STATES: readonly string[] = [INCIDENT_STATE.closed, INCIDENT_STATE.canceled]

/** Resolved, Closed or Canceled: the incident's work is done (service health stops updating it). */
export const INCIDENT_DONE_STATES: readonly string[] = [INCIDENT_RESOLVED, ...INCIDENT_FINAL_STATES]

/** English names for the log (the admin reads them beside the number; the form's labels may be translated or renamed). */
const STATE_NAMES: { [state: string]: string } = { '1': 'New', '2': 'In Progress', '3': 'On Hold', '6': 'Resolved', '7': 'Closed', '8': 'Canceled' }

/** 'Closed', 'Resolved', ...; the raw value for a state the base system does not have. */
export function stateName(state: string | null | undefined): string {
    return STATE_NAMES[state || ''] || String(state || '')
}

/** True for Closed (7) and Canceled (8). */
export function isFinalState(state: string | null | undefined): boolean {
    return INCIDENT_FINAL_STATES.indexOf(state || '') >= 0
}

export function isIncidentClosed(incident: GlideRecord): boolean {
    return isFinalState(incident.getValue('state'))
}

export function isIncidentResolved(incident: GlideRecord): boolean {
    return (incident.getValue('state') || '') === INCIDENT_RESOLVED
}
