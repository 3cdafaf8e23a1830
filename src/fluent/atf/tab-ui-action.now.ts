import '@servicenow/sdk/global'
import { Record, Test } from '@servicenow/sdk/core'
import { insightsUser } from '../roles.now'
import { verificationSuite } from './suite.now'

// The "Microsoft 365" UI action on incident (src/fluent/panel/ui-action.now.ts): a form button for
// users with the insights_user role on an existing incident. It is referenced by
// its Now.ID key (a UiAction is not a Record object the step accepts). Each user opens an incident
// they are the caller of, which the base system lets them read without itil: a role looked up at
// run time cannot be given to Create a User (the SDK cannot write a step output into its role
// list), and granting one from the app's scope is a cross-scope write to sys_user_has_role.

export const panelActionVisibility = Test(
    {
        $id: Now.ID['atf_tab_ui_action_visibility'],
        name: 'Microsoft 365 UI action: visible on an incident to a user with the app role, hidden from a user without it',
        description:
            'Opens an existing incident (standard UI) as a user with insights_user and asserts the Microsoft 365 form button is visible (UI Action Visibility), then opens one as a user without any app role and asserts it is not; each user is the caller of the incident they open, so both may read it.',
        failOnServerError: true,
    },
    (atf) => {
        const agent = atf.server.createUser({
            $id: Now.ID['atf_tab_ui_action_agent'],
            firstName: 'ATF',
            lastName: 'Microsoft 365 agent',
            fieldValues: { user_name: 'atf.m365.tab.agent' },
            roles: [insightsUser],
            groups: [],
            impersonate: false,
        })
        const other = atf.server.createUser({
            $id: Now.ID['atf_tab_ui_action_no_role'],
            firstName: 'ATF',
            lastName: 'User without Microsoft 365',
            fieldValues: { user_name: 'atf.m365.tab.norole' },
            roles: [],
            groups: [],
            impersonate: false,
        })
        const agentIncident = atf.server.recordInsert({
            $id: Now.ID['atf_tab_ui_action_agent_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF Microsoft 365: the UI action is shown to the app role', caller_id: agent.user },
            assert: 'record_successfully_inserted',
        })
        const otherIncident = atf.server.recordInsert({
            $id: Now.ID['atf_tab_ui_action_other_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF Microsoft 365: the UI action is hidden without the app role', caller_id: other.user },
            assert: 'record_successfully_inserted',
        })
        atf.server.impersonate({ $id: Now.ID['atf_tab_ui_action_as_agent'], user: agent.user })
        atf.form.openExistingRecord({
            $id: Now.ID['atf_tab_ui_action_agent_opens'],
            table: 'incident',
            recordId: agentIncident.record_id,
            formUI: 'standard_ui',
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf_tab_ui_action_agent_sees'],
            table: 'incident',
            visible: [Now.ref('sys_ui_action', 'ui_action_m365_panel')],
            formUI: 'standard_ui',
        })
        atf.server.impersonate({ $id: Now.ID['atf_tab_ui_action_as_other'], user: other.user })
        atf.form.openExistingRecord({
            $id: Now.ID['atf_tab_ui_action_no_role_opens'],
            table: 'incident',
            recordId: otherIncident.record_id,
            formUI: 'standard_ui',
        })
        atf.form.uiActionVisibility({
            $id: Now.ID['atf_tab_ui_action_no_role_hidden'],
            table: 'incident',
            notVisible: [Now.ref('sys_ui_action', 'ui_action_m365_panel')],
            formUI: 'standard_ui',
        })
    },
)

export const panelActionVisibilityInSuite = Record({
    $id: Now.ID['atf_suite_tab_ui_action_visibility'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: verificationSuite, test: panelActionVisibility, order: 3320 },
})
