import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

// Agents: see Microsoft recommended solutions and service health on incidents.
export const insightsUser = Role({
    name: 'x_mioms_m365_assis.insights_user',
    description: 'Sees Microsoft 365 recommended solutions and service health incidents on incidents.',
})

// Admins: run Setup, link the Microsoft 365 admin account, open Microsoft support cases.
export const administrator = Role({
    name: 'x_mioms_m365_assis.administrator',
    description: 'Runs Setup, links the Microsoft 365 admin account and opens Microsoft 365 support cases.',
    containsRoles: [insightsUser],
})
