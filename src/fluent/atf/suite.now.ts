import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

// The suite an admin runs on their instance in one click (docs/admin/verify.md). Each test file
// beside this one adds its tests to it with sys_atf_test_suite_test records.
export const verificationSuite = Record({
    $id: Now.ID['atf_suite'],
    table: 'sys_atf_test_suite',
    data: {
        name: 'Microsoft 365 support integration',
        description:
            'Verifies on this instance what the app relies on: platform behaviours (booleans, field lengths, journal, logs, the Default view, close codes, cross-scope access), roles and ACLs, the inbound connector API, business rules, the Microsoft 365 tab and Setup. No test calls Microsoft.',
        active: true,
    },
})
