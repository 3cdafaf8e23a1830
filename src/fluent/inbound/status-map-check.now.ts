import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { checkStatusMapCloseCode } from '../../server/inbound/status-map'

// Resolution codes differ between releases: a mapping row may only name one this instance offers.
export const statusMapCloseCodeRule = BusinessRule({
    $id: Now.ID['br_status_map_close_code'],
    name: 'Microsoft 365: status mapping resolution code must be a valid choice',
    table: 'x_mioms_m365_assis_status_map',
    when: 'before',
    action: ['insert', 'update'],
    condition: 'current.close_code.changes()',
    order: 100,
    active: true,
    script: checkStatusMapCloseCode,
    description: "Refuses a resolution code that is not one of this instance's incident Resolution code choices and lists the valid ones.",
})
