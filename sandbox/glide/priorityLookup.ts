/**
 * Incident priority — docs "Incident priority and data lookup rules"
 * (https://docs.servicenow.com/bundle/jakarta-it-service-management/page/product/incident-management/reference/r_PrioritizationOfIncidents.html):
 * priority is calculated from impact and urgency by the Priority Data Lookup rules (table
 * dl_u_priority) when an incident is inserted or updated; 3 - Low / 3 - Low gives 5 - Planning.
 * The out-of-box matrix is emulated as data, for incident only; a write with setWorkflow(false)
 * skips it like the other engines.
 */
import { Row } from './store/types'

/** impact → urgency → priority, out of box. */
const PRIORITY: Record<string, Record<string, string>> = {
    '1': { '1': '1', '2': '2', '3': '3' },
    '2': { '1': '2', '2': '3', '3': '4' },
    '3': { '1': '3', '2': '4', '3': '5' },
}

/** Sets values.priority from impact and urgency when the table is incident and both have a value in the matrix. */
export function applyPriorityLookup(table: string, values: Row): void {
    if (table !== 'incident') return
    const priority = PRIORITY[values.impact ?? '']?.[values.urgency ?? '']
    if (priority) values.priority = priority
}
