/**
 * Task Active State Management — docs "TaskStateUtil - Global"
 * (https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_TaskStateUtil.html):
 * the business rule sets `active` from `state` using the `close_states` attribute of the
 * task.state dictionary element or a table's override ("Semicolon delimited list of state values
 * that are inactive, used to identify whether the task should be set to active or inactive").
 *
 * incident's close_states value is not published. Docs "Configure state field choice values"
 * (https://www.servicenow.com/docs/r/platform-administration/c_BPForStateFieldChoiceValues.html):
 * for incident "the Closed state has a value of 7 and the Resolved state has a value of 6. Any
 * state greater than or equal to 7 is assumed to be inactive"; the out-of-box incident states end
 * in Closed (7) and Canceled (8). Strict reading: close_states=7;8, every other state (Resolved 6
 * included) active. Emulated for incident only (the app writes no other task table); applied on
 * every insert/update that runs the engines, after the before rules, so `active` agrees with the
 * state written (the rule's order among before rules is undocumented). The lenient side of
 * `incidentActiveState` (fidelity.ts) leaves `active` as written: an instance whose incident.state
 * carries no close_states attribute.
 */
import type { FidelitySwitches } from './fidelity'
import { Row } from './store/types'

/** close_states per table, as the dictionary attribute lists them (strict reading, see above). */
const CLOSE_STATES: Record<string, readonly string[]> = {
    incident: ['7', '8'],
}

/** Sets values.active from values.state when the table has close_states and the state is set. */
export function applyTaskActiveState(table: string, values: Row, fidelity: FidelitySwitches): void {
    const closeStates = CLOSE_STATES[table]
    if (!closeStates || fidelity.incidentActiveState === 'lenient') return
    const state = values.state
    if (state === null || state === undefined || state === '') return
    values.active = closeStates.includes(state) ? 'false' : 'true'
}
