/**
 * The app's message catalogue: every user-facing string, in English, in one place.
 *
 * Server code shows them through `gs.getMessage(text, args)` (see `./user-message.ts`) so an
 * instance can translate them with `sys_ui_message` records; the app ships one English
 * `sys_ui_message` per entry (src/fluent/messages.now.ts, checked by a build test). Client pages
 * import this module directly. Placeholders use the platform's `{0}`, `{1}` form.
 *
 * MESSAGES are what the app tells the user (errors, outcomes, instructions). The pages' own
 * visible text (headings, field labels, buttons, hints, aria-labels, empty states) is in LABELS
 * below. The product is English only, so LABELS are not shipped as `sys_ui_message` records and no
 * build test asks for them; the Setup server code shares the mode and test names.
 *
 * The first five are the exact texts of Microsoft's troubleshooting page for the app; admins
 * and Microsoft support search for them verbatim, so never reword them.
 */
export const MESSAGES = {
    SETUP_INCOMPLETE: 'Please contact your ServiceNow admin and ask them to complete the setup steps for the app.',
    FINAL_SETUP_STEP_MISSING:
        'Please contact your ServiceNow admin and ask them to complete the final set up step for the app.',
    INVALID_ADMIN_ACCOUNT:
        '{0} is not a valid Microsoft 365 admin account. You need Microsoft 365 admin privileges to open a service request. In the app, link the admin account.',
    CONTACT_APP_SUPPORT: 'Please contact app support.',
    TICKET_SAVE_FAILED: 'Unable to save ticket details. Please contact App support.',
    // Agents and admins, on recommended solutions, search and Contact Microsoft support: the outbound secret was refused during normal use (the log names the provider).
    OUTBOUND_SECRET_REJECTED: 'Microsoft refused the app\'s sign-in because its client secret is wrong or has expired. Please contact your ServiceNow admin and ask them to renew the client secret of the app\'s outbound OAuth provider.',
    OAUTH_ENTITY_READ_REFUSED:
        "Read operation against 'oauth_entity' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy. Open System Definition > Tables > oauth_entity and check All application scopes > Can read, then reload Setup.",
    NOT_AUTHORIZED: 'You do not have the role needed for this action.',
    REFERENCE_ID: 'Reference: {0}',
    // --- health (Service Health page and routes) ---
    HEALTH_NEEDS_GROUP_AND_CATEGORY: 'Choose an assignment group and a category before turning on automatic incidents. Nothing was saved.',
    HEALTH_NEEDS_GROUP: 'Choose an assignment group before turning on automatic incidents. Nothing was saved.',
    HEALTH_NEEDS_CATEGORY: 'Choose a category before turning on automatic incidents. Nothing was saved.',
    HEALTH_GROUP_NOT_FOUND: 'The assignment group does not exist. Nothing was saved.',
    HEALTH_ASSIGNEE_NOT_FOUND: 'The assignee does not exist. Nothing was saved.',
    HEALTH_CATEGORY_INVALID: 'The category and subcategory may only hold letters, digits, spaces, - and _ (at most 40 characters). Nothing was saved.',
    HEALTH_SETTINGS_INVALID: 'The Service Health settings must be a JSON object: autoIncident and autoResolve true or false; assignmentGroup, category, subcategory and assignedTo short text. Nothing was saved.',
    // {0} the code sent, {1} the instance's incident resolution codes
    HEALTH_CLOSE_CODE_INVALID: "'{0}' is not a resolution code of this instance. Choose one of: {1}. Nothing was saved.",
    HEALTH_SETTINGS_SAVED: 'Service Health settings saved.',
    HEALTH_SYNC_DONE: 'Sync done: {0} issue(s) received, {1} new, {2} updated, {3} new update(s).',
    HEALTH_SYNC_INCIDENTS: 'Incidents: {0} created, {1} work note(s), {2} resolved.',
    HEALTH_NO_ISSUES: 'No service health issues synced yet.',
    // Work note on an automatic incident: {0} the Microsoft issue id, {1} the attachment's file name
    HEALTH_REPORT_ATTACHED: 'Microsoft published the post-incident report for service health issue {0}. It is attached to this incident as {1}.',
    // {0} what happened
    HEALTH_MESSAGES_FAILED: 'Message center posts were not synced this time ({0}); the next sync tries again. Service health issues and automatic incidents are not affected.',
    // {0} received, {1} new, {2} updated
    HEALTH_SYNC_MESSAGES: 'Message center: {0} post(s) received, {1} new, {2} updated.',
    HEALTH_NO_MESSAGES: 'No Message center posts synced yet.',
    HEALTH_NO_MESSAGES_FILTERED: 'No Message center post matches these filters.',
    // Why a service health issue or Message center post matches an incident (the panel's "Why it matches").
    // {0} the service
    MATCH_SERVICE: 'Mentions {0}',
    // {0} the word in the incident, {1} the service it names
    MATCH_SERVICE_BY_NAME: 'Mentions "{0}" ({1})',
    // {0} product words, quoted, comma-separated
    MATCH_PRODUCT_WORDS: 'Names {0} as Microsoft does',
    // {0} Microsoft's feature name
    MATCH_FEATURE: 'Mentions the feature "{0}"',
    // {0} Microsoft's feature group name
    MATCH_FEATURE_GROUP: 'Mentions the feature group "{0}"',
    // {0} the shared words, comma-separated
    MATCH_SHARED_WORDS: 'Shares the words: {0}',
    MATCH_ACTIVE: 'Microsoft has not resolved it yet',
    MATCH_RESOLVED: 'Resolved by Microsoft',
    MATCH_MESSAGE_CENTER: 'A Message center post',
    HEALTH_MESSAGES_FILTER_INVALID: 'Choose the Message center filters from the lists: a service, a category and an action date of any, 7, 30 or 90 days.',
    HEALTH_MESSAGE_NOT_FOUND: 'This Message center post is not synced on this instance.',
    // --- end health ---
    // --- panel (incident Microsoft 365 panel, Contact Microsoft support) ---
    PANEL_INCIDENT_NOT_FOUND: 'The incident was not found, or you do not have access to it.',
    PANEL_BASIC_SOLUTIONS:
        'The app was set up without Microsoft access, so these are Microsoft Learn and Microsoft Support searches for this incident, not Microsoft recommended solutions.',
    PANEL_NO_SOLUTIONS: 'Microsoft has no recommended solutions for this text.',
    PANEL_NO_HEALTH: 'No Microsoft 365 service health incident matches this incident.',
    PANEL_SEARCH_REQUIRED: 'Type a problem (up to 1000 characters) to search Microsoft recommended solutions.',
    PANEL_FEEDBACK_OFF: 'Feedback is turned off for this app.',
    PANEL_FEEDBACK_INVALID: 'Choose whether the solution was helpful.',
    PANEL_FEEDBACK_THANKS: 'Thank you for your feedback.',
    CASE_NOT_AVAILABLE: 'Contact Microsoft support is not available: the app is set up for Microsoft 365 Insights only.',
    CASE_ALREADY_OPEN: 'This incident already has Microsoft case {0}.',
    CASE_OPENING: 'A Microsoft case is being opened for this incident right now (another request got there first). Refresh the panel in a moment to see it.',
    CASE_NOT_FOUND: 'This incident has no Microsoft case.',
    CASE_TITLE_INVALID: 'Enter a title of at most 160 characters.',
    CASE_DESCRIPTION_INVALID: 'Enter a description of at most 4000 characters.',
    CASE_SEVERITY_INVALID: 'Choose a severity: A, B or C.',
    CASE_PHONE_INVALID: 'Enter a phone number (digits, spaces, +, -, parentheses; at most 40 characters) to be contacted by phone.',
    CASE_NO_ADMIN_LINKED: 'No Microsoft 365 admin account is linked. In the app, link the admin account.',
    CASE_CREATED: 'Microsoft case {0} was opened for this incident.',
    // Cases recorded by hand (no connector is set up; no public API creates Microsoft 365 service requests)
    CASE_RECORD_INSTRUCTIONS:
        'No Microsoft support connector is set up, so the app cannot open a service request for you. First open it in the Microsoft 365 admin center (Support > New service request), then record its request number here so the incident keeps it.',
    CASE_RECORD_NOT_AVAILABLE: 'A Microsoft support connector is set up: use Contact Microsoft support to open the case through it. Nothing was saved.',
    CASE_RECORD_NUMBER_INVALID: 'Enter the service request number the Microsoft 365 admin center shows: 6 to 20 digits. Nothing was saved.',
    CASE_RECORD_LINK_INVALID:
        'The link must be an https:// address on admin.microsoft.com (copy it from the service request in the Microsoft 365 admin center), or stay empty. Nothing was saved.',
    CASE_RECORD_NAME_INVALID: 'The contact name may hold at most 100 characters. Nothing was saved.',
    CASE_RECORD_EMAIL_INVALID: 'Enter the contact email address of the service request. Nothing was saved.',
    // {0} the service request number, {1} the incident it is recorded on
    CASE_RECORD_NUMBER_TAKEN: 'Service request {0} is already recorded on incident {1}. Nothing was saved.',
    CASE_RECORDED: 'Service request {0} from the Microsoft 365 admin center was recorded on this incident.',
    CASE_RECORD_STATUS_INVALID: 'Choose a status: Open, In progress, Waiting for customer, Resolved or Closed. Nothing was saved.',
    CASE_RECORD_NOTE_INVALID: 'A note may hold at most 4000 characters. Nothing was saved.',
    CASE_RECORD_UPDATE_EMPTY: 'Change the status or add a note. Nothing was saved.',
    CASE_RECORD_NONE: 'This incident has no open service request recorded by hand. Nothing was saved.',
    CASE_RECORD_UPDATED: 'Service request {0} was updated.',
    // work notes on the incident; {0} number, {1} title, {2} severity, {3} contact, {4} link
    CASE_RECORDED_NOTE: 'Microsoft 365 service request {0} was opened in the Microsoft 365 admin center and recorded on this incident by hand. Title: {1}. Severity: {2}. Contact: {3}. Link: {4}',
    // {0} number, {1} new status, {2} previous status
    CASE_STATUS_NOTE: 'Microsoft 365 service request {0}: status set by hand to {1} (was {2}).',
    // {0} number, {1} the note
    CASE_NOTE_NOTE: 'Microsoft 365 service request {0}, note recorded by hand: {1}',
    // --- end panel ---
    // --- Setup wizard, Link Account and the incident form section (setup capability) ---
    SETUP_CONSENT_REQUIRED: 'Select Agree to continue: Setup needs your consent first.',
    SETUP_STEP_NOT_REACHED: 'Complete the earlier Setup steps first: the next step is {0}.',
    SETUP_STEP_NOT_IN_MODE: 'The step {0} is not part of the {1} setup. Go back to Environment to change the setup type.',
    SETUP_MODE_INVALID: 'Choose a setup type: Basic authentication, Azure AD (AAD) OAuth token, Insights only, or Continue without setup.',
    SETUP_BOOLEAN_INVALID: '{0} must be either checked or cleared (true or false).',
    SETUP_TENANT_INVALID: '"{0}" is not a Microsoft 365 tenant domain. Enter the domain, such as contoso.onmicrosoft.com: letters, digits and hyphens, with at least one dot.',
    SETUP_OUTBOUND_NOT_FOUND: 'Choose one of the listed outbound OAuth providers. If yours is missing, create it in System OAuth > Application Registry > New > "Connect to a third party OAuth Provider" with Default Grant type Client Credentials.',
    SETUP_OUTBOUND_NOT_CLIENT_CREDENTIALS: 'The OAuth provider "{0}" does not use Client Credentials. Open it in System OAuth > Application Registry and set Default Grant type to Client Credentials.',
    SETUP_OUTBOUND_TOKEN_URL_MISMATCH: 'The token URL of "{0}" is {1}, but tenant {2} needs {3} (or the same ending in /oauth2/v2.0/token). Correct the Token URL in System OAuth > Application Registry, or the tenant domain.',
    SETUP_OUTBOUND_NEEDS_CONFIGURE: 'The OAuth provider "{0}" uses the Azure AD v1 token URL, which needs a resource parameter. Select "Let Setup configure this provider for Microsoft" (it sets the OAuth API script to OAuthM365Util), or change the token URL to the v2.0 form.',
    SETUP_OUTBOUND_CONFIGURED: 'Setup configured "{0}": {1}.',
    // {0} each permission with the features it enables (graph-permissions.ts permissionSummary)
    SETUP_GRAPH_PERMISSION_NOTE: 'The outbound Azure AD app needs these Microsoft Graph application permissions, each with admin consent: {0}. The tests on the last step show which are granted.',
    SETUP_INBOUND_SKIP_INSIGHTS_ONLY: 'Only the Insights only setup skips this step: choose the inbound provider Microsoft uses to call this instance.',
    SETUP_INBOUND_OIDC_REQUIRED: 'The Azure AD (AAD) OAuth token setup needs "External OIDC authentication token" checked and the OIDC entity (such as {0}_application_inbound_api) chosen.',
    SETUP_INBOUND_OIDC_NOT_BASIC: 'The Basic authentication setup uses an OAuth API endpoint for external clients: clear "External OIDC authentication token" and choose that endpoint.',
    SETUP_INBOUND_NOT_FOUND: 'Choose one of the listed inbound providers. If yours is missing, create it in System OAuth > Application Registry (Basic: "Create an OAuth API endpoint for external clients"; AAD: "Configure an OIDC provider to verify ID tokens").',
    SETUP_USER_NOT_FOUND: 'Choose an active user as the integration user.',
    SETUP_USER_CLIENT_ID_INVALID: '"{0}" is not an application (client) ID. Enter the REST user app\'s client ID from Azure AD, a GUID such as 00000000-0000-0000-0000-000000000000.',
    SETUP_USER_CLIENT_ID_NO_USER: 'No active user has the User ID {0}. Create the integration user with User ID set to the REST user app\'s client ID, Web service access only checked, and the incident_manager role.',
    SETUP_USER_NOT_WEB_SERVICE_ONLY: 'Warning: {0} is not "Web service access only"; Microsoft\'s calls would use an account that can also log in interactively.',
    SETUP_USER_IS_ADMIN: '{0} has the admin role (directly, through a group, or through a role that contains admin). Microsoft\'s calls run as the integration user, so whoever holds its password or token could administer this instance. Choose a user with "Web service access only" checked and the incident_manager role, without admin.',
    SETUP_USER_NO_INCIDENT_MANAGER: 'Warning: {0} does not have the incident_manager role; Microsoft support could not update incidents through it.',
    SETUP_REPOSITORY_INVALID: '"{0}" is not a valid repository ID: use 3 to 100 letters, digits, dots, hyphens or underscores, starting with a letter or digit.',
    SETUP_EMAIL_INVALID: '"{0}" is not an email address. Enter the Microsoft 365 admin email to contact when cases are created.',
    SETUP_EMAIL_REQUIRED: 'Enter the Microsoft 365 admin email: Microsoft contacts this admin when cases are created.',
    SETUP_NOTHING_TO_TEST: 'There is nothing to test: Setup was continued without configuring Microsoft access.',
    SETUP_TEST_TOKEN_WRONG_SECRET: 'Token acquisition failed: Azure AD rejected the client secret of the outbound OAuth provider (AADSTS7000215). In Azure AD, create a new client secret for the outbound app and paste its Value (not its Secret ID) into the OAuth provider\'s Client Secret.',
    SETUP_TEST_TOKEN_SECRET_EXPIRED: 'Token acquisition failed: the client secret of the outbound OAuth provider has expired (AADSTS7000222). In Azure AD, create a new client secret for the outbound app and paste its Value (not its Secret ID) into the OAuth provider\'s Client Secret.',
    SETUP_TEST_TOKEN_WRONG_TENANT: 'Token acquisition failed: Azure AD does not know the outbound app in tenant {0} ({1}). Check the tenant domain, the token URL and the client ID of the outbound OAuth provider.',
    SETUP_TEST_TOKEN_NEEDS_RESOURCE: 'Token acquisition failed: Azure AD v1 needs a resource parameter. Re-run the outbound OAuth provider step and let Setup configure the provider, or use the v2.0 token URL.',
    SETUP_TEST_TOKEN_FAILED: 'Token acquisition failed: {0}. Check the client ID, client secret and token URL of the outbound OAuth provider.',
    SETUP_TEST_TOKEN_UNREACHABLE: 'Token acquisition failed: the token URL {0} did not answer ({1}). Allow outbound HTTPS from this instance to it, and check the token URL of the outbound OAuth provider.',
    SETUP_TEST_CONNECTOR_UNREACHABLE: 'The Microsoft support connector at {0} did not answer ({1}). Allow outbound HTTPS to it and check the property x_mioms_m365_assis.microsoft.connector_base_url.',
    SETUP_TEST_TENANT_NOT_CONFIGURED: 'Microsoft 365 tenant {0} has not set {1} as the Outbound App ID. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles > Basic information, choose ServiceNow as the internal support tool and enter the Outbound App ID shown on this page.',
    SETUP_TEST_TENANT_MISMATCH: 'The outbound app belongs to a different tenant than {0} ({1}). Use the token URL and app of tenant {0}, or correct the tenant domain.',
    SETUP_TEST_REPOSITORY_NOT_REGISTERED: 'Repository {0} is not registered for tenant {1}: this is the final set up step. In the Microsoft 365 admin center > Organization profiles > Repositories, add a repository with the values shown on this page, then run the tests again.',
    SETUP_TEST_CONNECTOR_FAILED: 'The Microsoft support connector refused the test call ({0}). Check the outbound OAuth provider and the tenant domain; the system log (source x_mioms_m365_assit) has the details.',
    SETUP_TEST_INBOUND_UNREACHABLE: 'Microsoft could not reach this instance at {0} ({1}). Make the endpoint reachable from the Microsoft service IPs and check the property glide.servlet.uri.',
    SETUP_TEST_INBOUND_UNAUTHORIZED: 'Microsoft called {0} but this instance answered {1}: the integration user\'s credentials in the repository registration are wrong. Check the client ID, client secret, user name and password entered in the Microsoft 365 admin center.',
    SETUP_TEST_INBOUND_FAILED: 'Microsoft called {0} but the call failed ({1}). Check that the app\'s inbound API is active and the integration user has the incident_manager and snc_internal roles.',
    SETUP_TEST_INBOUND_PENDING: 'Waiting for Microsoft to call this instance back.',
    // {0} repository ID, {1} Azure AD's error code (AADSTS...)
    SETUP_TEST_INBOUND_PASSWORD_REFUSED: 'Microsoft could not sign in to call this instance: Azure AD refused the Rest user password registered for repository {0} ({1}). In the Microsoft 365 admin center > Settings > Org settings > Organization profiles > Repositories, edit repository {0} and enter the REST user app\'s client secret (its Value, not its Secret ID; create a new one in Azure AD if it expired) as the Rest user password, then run the tests again.',
    SETUP_TEST_INBOUND_CLIENT_SECRET_REFUSED: 'Microsoft could not sign in to call this instance: Azure AD refused the client secret registered for repository {0} ({1}). In the Microsoft 365 admin center > Settings > Org settings > Organization profiles > Repositories, edit repository {0} and enter the inbound REST API app\'s client secret (its Value, not its Secret ID; create a new one in Azure AD if it expired) as the Client secret, then run the tests again.',
    // {0} repository ID, {1} Azure AD's error code, {2} the value the admin center needs
    SETUP_TEST_INBOUND_USERNAME_REFUSED: 'Microsoft could not sign in to call this instance: Azure AD does not know the Rest username registered for repository {0} ({1}). In the Microsoft 365 admin center > Settings > Org settings > Organization profiles > Repositories, edit repository {0} and enter {2} (the REST user app\'s client ID, shown on this page as User Name) as the Rest username, then run the tests again.',
    SETUP_TEST_INBOUND_CLIENT_ID_REFUSED: 'Microsoft could not sign in to call this instance: Azure AD does not know the Client ID registered for repository {0} ({1}). In the Microsoft 365 admin center > Settings > Org settings > Organization profiles > Repositories, edit repository {0} and enter {2} (the inbound REST API app\'s client ID, shown on this page as Client ID), then run the tests again.',
    // {0} the user Microsoft signed in as, {1} Setup's integration user, {2} the setup type
    SETUP_TEST_INBOUND_WRONG_USER: 'Microsoft signed in to this instance as {0}, but the integration user of the {2} setup is {1}, so the call was refused. If {0} is the right account, choose it at the Integration user step; otherwise enter {1}\'s credentials in the repository in the Microsoft 365 admin center.',
    SETUP_TEST_INBOUND_NOT_INTEGRATION_USER: 'Microsoft signed in to this instance as a user that is not the integration user of the {1} setup ({0}), so the call was refused. Check that the repository in the Microsoft 365 admin center holds {0}\'s credentials, or choose the right user at the Integration user step.',
    // {0} repository ID, {1} the authentication type registered, {2} the setup type, {3} the authentication type the setup needs
    SETUP_TEST_REPOSITORY_AUTH_TYPE_MISMATCH: 'Repository {0} is registered in the Microsoft 365 admin center with authentication type {1}, but this instance is set up for {2}. In the admin center, edit repository {0}: choose {3} and enter the values shown on this page, then run the tests again.',
    // {0} the number of open Microsoft cases
    SETUP_INSIGHTS_OPEN_CASES: '{0} Microsoft case(s) are still open. In the Insights only setup Microsoft support no longer calls this instance, so their updates and closures stop reaching the incidents, agents\' comments stop reaching Microsoft, and nobody can open or refresh a case from an incident. Close the cases first, or select "Switch anyway" and Start setup again.',
    // {0} previous setup type, {1} new setup type
    SETUP_MODE_CHANGED_CLEARED: 'The setup type changed from {0} to {1}: the inbound OAuth provider, the integration user and the last test results of the {0} setup were cleared, so none of them is used by mistake. Choose them again where the {1} setup asks, and update the repository in the Microsoft 365 admin center with the values shown on the last step.',
    SETUP_TEST_SKIPPED: 'Not run: an earlier test failed.',
    SETUP_TEST_NOT_NEEDED_INSIGHTS: 'Not needed in the Insights only setup: Microsoft does not call this instance.',
    SETUP_TEST_PASSED: 'Passed.',
    FORM_SECTION_CONSENT_REQUIRED: 'Select "I agree" to let Setup add the Microsoft 365 section to the incident form.',
    FORM_SECTION_NO_FORM: 'No incident form for the Default view was found, so the Microsoft 365 section was not added. Open an incident once (it creates the form), then try again.',
    FORM_SECTION_ATTACHED: 'Added the Microsoft 365 section at the end of {0} incident form(s) (Default view): {1}.',
    FORM_SECTION_ALREADY: 'The Microsoft 365 section is already on every incident form for the Default view: {0}.',
    FORM_SECTION_REMOVED: 'Removed the Microsoft 365 section from {0} incident form(s); the other sections were not touched.',
    // {0} forms changed, {1} the forms the instance refused, {2} FORM_SECTION_MANUAL / FORM_SECTION_REMOVE_MANUAL
    FORM_SECTION_REFUSED:
        'This instance refused to add the Microsoft 365 section to {1}: the cross-scope access policy of the sys_ui_form_section table does not let this app create form sections ({0} form(s) changed). {2}',
    FORM_SECTION_MANUAL:
        'To show the tab, add the section yourself: open any incident, right-click the form header and choose Configure > Form Layout, select the Default view, add the "Microsoft 365" section to the form, and save.',
    FORM_SECTION_REMOVE_REFUSED:
        'This instance refused to remove the Microsoft 365 section from {1}: the cross-scope access policy of the sys_ui_form_section table does not let this app delete form sections ({0} form(s) changed). {2}',
    FORM_SECTION_REMOVE_MANUAL:
        'To remove the tab, open any incident, right-click the form header and choose Configure > Form Layout, select the Default view, remove the "Microsoft 365" section from the form, and save.',
    LINK_ACCOUNT_EMAIL_INVALID: '"{0}" is not an email address. Enter the Microsoft 365 admin email of the account to link.',
    SETUP_INSTRUCTIONS_BASIC:
        'Give these values to your Microsoft 365 Support admin or Service request admin. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles: on the Basic information tab choose ServiceNow as the internal support tool and enter the Outbound App ID; on the Repositories tab add a new repository with the Repository ID, the Endpoint, authentication type Basic authentication, the Client ID and client secret of the inbound OAuth provider, refresh token expiration 864000, and the integration user\'s User Name and password. Then select Next to run the tests.',
    SETUP_INSTRUCTIONS_AAD:
        'Give these values to your Microsoft 365 Support admin or Service request admin. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles: on the Basic information tab choose ServiceNow as the internal support tool and enter the Outbound App ID; on the Repositories tab add a new repository with the Repository ID, the Endpoint, authentication type AAD Auth, the Client ID and client secret of the inbound REST API app, and as User Name the REST user app\'s client ID (its client secret as the password). Then select Next to run the tests.',
    SETUP_INSTRUCTIONS_INSIGHTS:
        'Give these values to your Microsoft 365 Support admin or Service request admin. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles: on the Basic information tab choose ServiceNow and enter the Outbound App ID; on the Repositories tab add the Repository ID and the Endpoint. Client ID, client secret, user name and password can be any value, such as "ignored". Then select Next to run the tests.',
    SETUP_COMPLETED: 'Setup is complete. Grant users the Microsoft 365 roles (insights_user, administrator) to let them use the app.',
    SETUP_COMPLETED_INSIGHTS: 'Setup is complete. Grant agents the Microsoft 365 insights_user role to let them see recommended solutions and service health on their incidents.',
    SETUP_COMPLETED_WITHOUT_SETUP: 'Setup is complete without Microsoft configuration: the app offers basic recommended solutions only.',
    FORM_SECTION_EXPLAIN:
        'Setup can add the Microsoft 365 section at the end of this instance\'s incident form (Default view, each domain). The other sections are not changed, and you can remove it again here.',
    LINK_ACCOUNT_LINKED: '{0} is linked: Microsoft confirmed it is a Microsoft 365 admin who can open service requests.',
    // --- who may authenticate the connector API (src/server/setup/access-policy.ts); {0} the policy name ---
    // {1} one of the SETUP_ENFORCED_* texts
    SETUP_ACCESS_POLICY_APPLIED: 'Setup activated the REST API access policy "{0}" for the connector API. {1}',
    // {1} which record the instance refused or is missing
    SETUP_ACCESS_POLICY_REFUSED:
        'Setup could not restrict who may call the connector API: {1}. Let this app create and update records of sys_api_access_policy, std_http_auth and sys_auth_profile_mapping (System Definition > Tables > Application Access), or map the profiles to the policy "{0}" yourself as the administrator guide (Inbound, "Who may call") describes, then run this step again.',
    SETUP_ACCESS_POLICY_SUSPENDED:
        'The setup type changed, so Setup deactivated the REST API access policy "{0}", which pinned the connector API to the previous type\'s credentials. On the Inbound step, check "Let Setup restrict the connector API to this provider" to pin it to the new one.',
    // {1} the OAuth client's or OIDC entity's client ID
    SETUP_ENFORCED_BASIC:
        'Enforced by the platform: the REST API access policy "{0}" lets only basic authentication and bearer tokens of the OAuth client {1} reach the connector API; tokens of other OAuth clients are refused (401). The app also checks that the caller is the integration user.',
    SETUP_ENFORCED_AAD:
        'Enforced by the platform: the REST API access policy "{0}" lets only Azure AD tokens validated by the OIDC entity {1} reach the connector API; basic authentication and tokens of other OIDC entities are refused (401). The app also refuses any request that is not an Azure AD token for {1}, and any caller other than the REST user.',
    SETUP_NOT_ENFORCED_BASIC:
        'Not enforced by the platform: no active REST API access policy pins the connector API to this setup, so any credential this instance maps to the integration user gets in, including bearer tokens of other OAuth clients. The app checks only that the caller is the integration user. To pin it, run the Inbound step again with "Let Setup restrict the connector API to this provider" checked.',
    SETUP_NOT_ENFORCED_AAD:
        'Not enforced by the platform: no active REST API access policy pins the connector API to the OIDC entity {1}. The app itself refuses basic authentication, tokens for another audience than {1}, and any caller other than the REST user. To have the platform refuse them too, run the Inbound step again with "Let Setup restrict the connector API to this provider" checked.',
    // --- inbound (connector API): the `message` of the errors Microsoft's connector receives ---
    INBOUND_NOT_CONFIGURED: 'Microsoft support is not set up on this ServiceNow instance.',
    INBOUND_NOT_INTEGRATION_USER: 'Only the integration user configured for Microsoft 365 support can call this API.',
    INBOUND_CREDENTIAL_NOT_ALLOWED: 'Only the credential configured for Microsoft 365 support can call this API.',
    INBOUND_INVALID_REQUEST: 'The request is not valid for the Microsoft 365 support connector API.',
    INBOUND_NOT_FOUND: 'The repository or case was not found on this ServiceNow instance.',
    INBOUND_CONFLICT: 'The ticket cannot be changed in its current state.',
    INBOUND_TOO_LARGE: 'The request body is larger than the connector API accepts.',
    INBOUND_FAILED: 'The ServiceNow instance could not process the request.',
    INBOUND_COMMENT_HEADER: 'Microsoft support ({0}) on case {1}:',
    INBOUND_RESOLVED_NOTE: 'Microsoft support resolved the case.',
    INBOUND_CLOSED_NOTE: 'Microsoft support closed the case.',
    INBOUND_CLOSED_RESOLUTION: 'Microsoft support closed case {0}: {1}',
    INBOUND_INCIDENT_CLOSED: 'The incident of this case is closed or canceled: it takes no more messages. Open a new case for a new problem.',
    INBOUND_INCIDENT_RESOLVED: 'The incident of this case is resolved, and this instance does not reopen resolved incidents for messages from Microsoft.',
    // {0} the Microsoft case number
    INBOUND_REOPENED_NOTE: 'Microsoft support posted on case {0} while this incident was resolved: the incident is reopened (In Progress).',
    // {0} the code entered, {1} the instance's incident resolution codes
    STATUS_MAP_CLOSE_CODE_INVALID: "'{0}' is not a resolution code of this instance, so the mapping was not saved. Use one of: {1}.",
    // --- diagnostics (Microsoft 365 Support > Diagnostics): the fix of each failed check, in the admin's words ---
    DIAG_FIX_SETUP_NOT_STARTED: 'Setup has not been run on this instance. Open Microsoft 365 Support > Setup and go through to the last step.',
    // {0} the step Setup stopped at
    DIAG_FIX_SETUP_NOT_COMPLETE:
        'Setup is not complete (current step: {0}). Open Microsoft 365 Support > Setup, finish every step and select Next on the last page so its tests run and pass.',
    // {0} the profile's sys_id, {1} what is wrong with it
    DIAG_FIX_OUTBOUND_PROFILE:
        'The outbound OAuth profile chosen in Setup ({0}) is not usable: {1}. In System OAuth > Application Registry, create or reactivate the provider of the outbound Azure AD app (Client Credentials), then choose its profile in the Outbound OAuth provider step of Setup.',
    // {0} the inbound entity's sys_id (or "none"), {1} what is wrong
    DIAG_FIX_INBOUND_PROVIDER:
        'The inbound provider chosen in Setup ({0}) is not usable: {1}. Create or reactivate it in System OAuth > Application Registry (Basic authentication: an OAuth API endpoint for external clients; AAD: the OIDC entity), then choose it in the Inbound OAuth provider step of Setup.',
    // {0} the user name, {1} what is missing
    DIAG_FIX_INTEGRATION_USER:
        'The integration user {0} is not ready for Microsoft\'s calls: {1}. Open the user in System Security > Users and fix this (keep the user free of the admin role).',
    // {0} property names
    DIAG_FIX_PROPERTIES: 'These properties hold values the app cannot use, so it uses the shipped defaults instead: {0}. Correct them in Microsoft 365 Support > Properties.',
    // {0} names and values
    DIAG_FIX_MICROSOFT_URLS:
        'These Microsoft URLs are not absolute http(s) URLs: {0}. Correct them in Microsoft 365 Support > Properties, or the Token URL in System OAuth > Application Registry.',
    // {0} the tables whose reads are refused
    DIAG_FIX_CROSS_SCOPE_READ:
        "Read operation against {0} from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy. For each table, open System Definition > Tables, open the table and check All application scopes > Can read.",
    // {0} the forms (domain and view) without the tab
    DIAG_FIX_FORM_SECTION:
        'The Microsoft 365 tab is not on the incident form (Default view) of: {0}. Open Microsoft 365 Support > Setup and select Add the Microsoft 365 tab with I agree checked, or add the Microsoft 365 section in Configure > Form Layout (Default view).',
    DIAG_FIX_FORM_SECTION_NOT_INSTALLED: 'The app\'s Microsoft 365 section for the incident form (Default view) is not installed on this instance. Reinstall the app.',
    // {0} the job's name
    DIAG_FIX_JOB_MISSING: 'The scheduled job {0} is not on this instance. Reinstall the app.',
    DIAG_FIX_JOB_INACTIVE: 'The scheduled job {0} is not active. Open System Definition > Scheduled Jobs, open {0}, check Active and save.',
    // {0} the job's name, {1} when it was due (or "no schedule item")
    DIAG_FIX_JOB_NOT_RUNNING:
        'The scheduled job {0} has not run when it should have (next run: {1}). Check System Scheduler > Scheduled Jobs > Today\'s Scheduled Jobs for it; System Logs > All has its errors.',
    // {0} the configured code, {1} the instance's codes
    DIAG_FIX_CLOSE_CODE: "The resolution code '{0}' set for automatically resolved incidents is not one this instance offers ({1}). Choose one in Microsoft 365 Support > Service Health Settings.",
    DIAG_FIX_NO_CLOSE_CODES:
        'This instance offers no incident resolution codes the app can read (sys_choice, incident.close_code), so automatic incidents are never resolved. Check the choices and the app\'s read access to sys_choice.',
    // {0} the token test's own message
    DIAG_FIX_TOKEN: 'No token could be obtained for the outbound OAuth provider. {0}',
    // {0} the connector's base URL, {1} what happened
    DIAG_FIX_CONNECTOR:
        'The Microsoft support connector at {0} did not answer as expected ({1}). Check the property x_mioms_m365_assis.microsoft.connector_base_url, the firewall and proxy rules, and the Microsoft service IP addresses.',
    // {0} the repository id, {1} the tenant
    DIAG_FIX_REPOSITORY:
        'Repository {0} is not registered for tenant {1}: this is the final set up step. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles > Repositories, add it with the values on the last page of Setup, then run Diagnostics again.',
    // Setup's tests and Diagnostics (health/graph-permissions.ts). {0} the permission, {1} the features it enables, {2} what Graph answered
    GRAPH_PERMISSION_MISSING:
        'Without the Microsoft Graph application permission {0}, {1} will not work: Graph refused the read ({2}). In the Microsoft Entra admin center > App registrations > the outbound app > API permissions > Add a permission > Microsoft Graph > Application permissions, select {0}, then Grant admin consent. The instance sees the new consent once its cached token expires (up to an hour).',
    // {0} the permission, {1} the Graph base URL, {2} what happened
    GRAPH_PERMISSION_UNKNOWN:
        'Whether {0} is granted is not known: Microsoft Graph at {1} did not answer the read ({2}). Check the property x_mioms_m365_assis.microsoft.graph_base_url, the Microsoft Graph OAuth profile and outbound HTTPS to the Graph host, then test again.',
    // {0} the Learn MCP endpoint, {1} what happened
    DIAG_FIX_LEARN:
        'Microsoft Learn at {0} did not answer as expected ({1}), so agents see no recommended solutions from it. Check the property x_mioms_m365_assis.microsoft.learn_mcp_url (https://learn.microsoft.com/api/mcp) and allow outbound HTTPS from this instance to learn.microsoft.com in the firewall and proxy. To send nothing, set x_mioms_m365_assis.solutions.source to off.',
    DIAG_FIX_HEALTH_SYNC_NEVER:
        'Service health has never been synced. Check that the scheduled job Microsoft 365 service health sync is active, or select Sync now in Microsoft 365 Support > Service Health Settings.',
    // {0} when it last started, {1} minutes
    DIAG_FIX_HEALTH_SYNC_STALE:
        'The last service health sync started {0}, more than {1} minutes ago. Check the scheduled job Microsoft 365 service health sync and System Logs > All (source x_mioms_m365_assit).',
    // {0} count
    DIAG_FIX_RECENT_FAILURES:
        '{0} failure(s) in the last 24 hours. Open each entry by its reference (System Logs > All, Message contains the reference) and find its cause in the troubleshooting table below.',
    // {0} count
    DIAG_FIX_INBOUND_REFUSALS:
        'Calls to the connector API were refused {0} time(s) in the last 24 hours. Act on each reason; a caller that is not the integration user is worth a look.',
    // {0} failed, {1} waiting
    DIAG_FIX_COMMENT_QUEUE:
        '{0} comment(s) could not be sent to Microsoft support and {1} are waiting to be sent again. Read each Last error in Microsoft 365 Support > Case Communications.',
    DIAG_BUDGET_EXCEEDED: 'Not run: the time Diagnostics may take was used up by the checks before it. Run Diagnostics again.',
} as const

export type MessageId = keyof typeof MESSAGES

/**
 * The visible text of the app's React pages (src/client/): headings, field labels, buttons, hints,
 * aria-labels, placeholders, option texts and empty states, grouped by page. Unlike MESSAGES they
 * are not shipped as `sys_ui_message` records: the product is English only, and the pages are
 * bundled static code that does not call `gs.getMessage`. Texts built with values use `{0}`, `{1}`
 * and `formatMessage`. test/unit/client/ui-strings.test.ts fails on any text typed inline in a page.
 */
export const LABELS = {
    // --- shared by several pages ---
    common: {
        loading: 'Loading…',
        chooseOption: '-- choose --',
        noneOption: '-- None --',
    },
    // --- Microsoft's enum values as words, for every page (src/client/shared/words.ts) ---
    // Values not listed here (Graph enums are evolvable: `unknownFutureValue` and later members)
    // are shown as their camelCase split into a sentence, never raw.
    words: {
        // serviceHealthStatus: https://learn.microsoft.com/en-us/graph/api/resources/servicehealth
        healthStatus: {
            serviceOperational: 'Service operational',
            investigating: 'Investigating',
            restoringService: 'Restoring service',
            verifyingService: 'Verifying service',
            serviceRestored: 'Service restored',
            postIncidentReviewPublished: 'Post-incident report published',
            serviceDegradation: 'Service degradation',
            serviceInterruption: 'Service interruption',
            extendedRecovery: 'Extended recovery',
            falsePositive: 'False positive',
            investigationSuspended: 'Investigation suspended',
            resolved: 'Resolved',
            mitigatedExternal: 'Mitigated (external)',
            mitigated: 'Mitigated',
            resolvedExternal: 'Resolved (external)',
            confirmed: 'Confirmed',
            reported: 'Reported',
        },
        // serviceHealthClassificationType: https://learn.microsoft.com/en-us/graph/api/resources/servicehealthissue
        classification: { advisory: 'Advisory', incident: 'Incident' },
        // serviceUpdateCategory and serviceUpdateSeverity: https://learn.microsoft.com/en-us/graph/api/resources/serviceupdatemessage
        messageCategory: { planForChange: 'Plan for change', preventOrFixIssue: 'Prevent or fix issue', stayInformed: 'Stay informed' },
        messageSeverity: { normal: 'Normal', high: 'High', critical: 'Critical' },
        // the connector contract's case status (docs/connector-api.openapi.yaml)
        caseStatus: { open: 'Open', inProgress: 'In progress', waitingForCustomer: 'Waiting for customer', resolved: 'Resolved', closed: 'Closed' },
        // x_mioms_m365_assis_case.kind: how the case came to be
        caseKind: { connector: 'Opened through the Microsoft support connector', manual: 'Recorded by hand from the Microsoft 365 admin center' },
        severity: { A: 'A - Critical', B: 'B - High', C: 'C - Moderate' },
        solutionSource: { microsoftLearn: 'Microsoft Learn', supportArticle: 'Support article', community: 'Community', serviceHealth: 'Service health' },
        // {0} a date and time in the user's format, {1} the time zone it is shown in
        dateTimeInZone: '{0} ({1})',
    },
    // --- Setup wizard (src/client/setup/SetupApp.tsx) ---
    setup: {
        title: 'Microsoft 365 support integration: Setup',
        stepsNav: 'Setup steps',
        // read after a finished step's name by screen readers (the stepper shows a check mark)
        stepDone: ' (completed)',
        // {0} the step shown, {1} the number of steps of this setup type
        stepOf: 'Step {0} of {1}',
        stepTitles: {
            consent: 'Consent',
            environment: 'Environment and setup type',
            tenant: 'Microsoft 365 tenant',
            outbound: 'Outbound OAuth provider',
            inbound: 'Inbound OAuth provider',
            user: 'Integration user',
            repository: 'Repository ID',
            settings: 'Application settings',
            complete: 'Complete the integration',
            done: 'Setup complete',
        },
        notes: 'What Setup did',
        warnings: 'Warnings',
        next: 'Next',
        // consent
        consentContinue: 'Continue',
        consentText:
            'This app sends incident details (short description, description and the contact you choose) to Microsoft support when you use its features, and lets Microsoft support update incidents that were transferred to it.',
        consentAgree: 'Agree',
        // environment and setup type (the mode names are also the server's MODE_LABEL, src/server/setup/wizard-steps.ts)
        startSetup: 'Start setup',
        testEnvironmentCheck: 'This is a test environment',
        setupType: 'Setup type',
        // shown with Insights only while Microsoft cases are open (SETUP_INSIGHTS_OPEN_CASES says what stops)
        confirmOpenCases: 'Switch anyway: Microsoft support stops updating the open Microsoft cases through this instance',
        modes: {
            basic: 'Basic authentication',
            aad: 'Azure AD (AAD) OAuth token',
            insights: 'Insights only',
            none: 'Continue without setup',
        },
        modeHints: {
            basic: 'Your instance allows basic authentication for inbound web services, and one Microsoft 365 tenant is integrated.',
            aad: 'Your instance does not allow basic authentication; one Microsoft 365 tenant is integrated.',
            insights: 'Service health incidents and recommended solutions only; no Microsoft support cases.',
            none: 'Basic recommended solutions with no Microsoft configuration.',
        },
        // tenant
        tenantDomain: 'Microsoft 365 tenant domain',
        tenantPlaceholder: 'contoso.onmicrosoft.com',
        tenantHint: 'The domain of the tenant to integrate, such as contoso.onmicrosoft.com.',
        // outbound OAuth provider: {0} the token URL the tenant needs
        outboundIntro:
            'Choose the OAuth profile of the provider made in System OAuth > Application Registry > New > "Connect to a third party OAuth Provider" (client ID and secret of the outbound Azure AD app, default grant type Client Credentials, token URL {0}).',
        outboundProfile: 'OAuth provider profile',
        // {0} client ID, {1} token URL, {2} one of the three kinds below
        outboundDetails: 'Client ID {0}; token URL {1}{2}',
        tokenUrlMismatch: ' (does not match the tenant)',
        tokenUrlV1: ' (Azure AD v1)',
        tokenUrlV2: ' (Azure AD v2.0)',
        outboundConfigure:
            'Let Setup configure this provider for Microsoft: set its OAuth API script to OAuthM365Util (Azure AD v1 needs a resource parameter), add the connector scope to its profile, and add a Microsoft Graph profile (scope https://graph.microsoft.com/.default) for service health.',
        // inbound OAuth provider
        inboundOidc: 'External OIDC authentication token',
        inboundOidcHint: 'Choose the OAuth OIDC entity ({tenant}_application_inbound_api) with the inbound REST API app\u2019s client ID and secret.',
        inboundClientHint: 'Choose the provider made with "Create an OAuth API endpoint for external clients".',
        inboundOidcEntity: 'OIDC entity',
        inboundClientEndpoint: 'OAuth API endpoint for external clients',
        inboundRestrict:
            'Let Setup restrict the connector API to this provider: activate the REST API access policy "Microsoft 365 support connector API" with this provider\u2019s profile (Basic authentication: basic authentication and this OAuth client\u2019s tokens; AAD: only tokens validated by this OIDC entity). The platform then refuses every other credential of the integration user.',
        enforcement: 'Who may call the connector API',
        // integration user
        restUserClientId: 'REST user app client ID',
        restUserClientIdHint: 'Setup finds the user whose User ID is this client ID (web service access only, role incident_manager).',
        integrationUser: 'Integration user',
        userNotWebServiceOnly: ' – not web service only',
        userNoIncidentManager: ' – no incident_manager',
        userIsAdmin: ' – holds admin (refused)',
        // repository
        repositoryId: 'Repository ID',
        repositoryHint: 'A name for this instance at Microsoft, such as contoso-servicenow; the Microsoft 365 admin enters the same value.',
        // application settings
        settingsSso: 'SSO with Microsoft 365 (this instance is single-sign-on federated with the tenant)',
        adminEmail: 'Microsoft 365 admin email',
        adminEmailHint: 'Microsoft contacts this admin when cases are created.',
        settingsTestEnvironment: 'Test environment (Microsoft support agents will not contact you while it is set)',
        // completion values (step 9) and their copy buttons
        copy: 'Copy',
        copyNamed: 'Copy {0}',
        copied: 'Copied',
        outboundAppId: 'Outbound App ID',
        endpoint: 'Endpoint',
        authenticationType: 'Authentication type',
        clientId: 'Client ID',
        clientSecret: 'Client secret',
        userName: 'User Name',
        restUserPassword: 'Rest user password',
        refreshTokenExpiration: 'Refresh token expiration',
        // the Microsoft 365 section on the incident form
        formSectionHeading: 'Microsoft 365 tab on the incident form',
        // {0} domain, {1} view, {2} one of the two states below
        formSectionForm: 'Incident form, domain {0} ({1}): {2}',
        formSectionShown: 'shows the Microsoft 365 tab',
        formSectionMissing: 'no Microsoft 365 tab',
        formSectionAgree: 'I agree: add the Microsoft 365 section to the incident form',
        formSectionAttach: 'Add the Microsoft 365 tab',
        formSectionRemove: 'Remove it',
        // tests
        testsHeading: 'Test the integration',
        // the tests' names: the server sends them with each result (src/server/setup/setup-tests.ts)
        testNames: {
            token: 'Token acquisition (outbound OAuth provider)',
            connector: 'Microsoft support connector reachable for the tenant',
            repository: 'Repository registered in the Microsoft 365 admin center',
            roundTrip: 'Microsoft calls this instance back (inbound round trip)',
        },
        // each result's status as shown (the server sends passed | failed | skipped | pending)
        testStatus: { passed: 'Passed', failed: 'Failed', skipped: 'Skipped', pending: 'Waiting for Microsoft' },
        // the Graph permissions under the tests (health/graph-permissions.ts)
        permissionsHeading: 'Microsoft Graph permissions',
        permissionsIntro: 'A missing permission does not stop Setup; the features it enables do not work until it is granted.',
        permissionColumns: { permission: 'Permission', enables: 'Enables', state: 'Status' },
        permissionState: { granted: 'Granted', missing: 'Missing', unknown: 'Not known' },
        testing: 'Testing…',
        runTests: 'Next: run the tests',
        testsFailed: 'Some tests failed. Fix what each message says, then run the tests again.',
        // done
        setupTypeValue: 'Setup type: {0}',
        changeSetup: 'Change setup',
    },
    // --- Microsoft Graph permissions and what each enables (src/server/health/graph-permissions.ts), for Setup and Diagnostics ---
    graphPermissions: {
        features: {
            healthIssues: 'service health issues',
            healthOverviews: 'service health overviews',
            automaticIncidents: 'automatic incidents',
            incidentReports: 'post-incident reports',
            messageCenter: 'Message center posts',
        },
        and: ' and ',
        // {0} permission, {1} its features
        enables: '{0} ({1})',
    },
    // --- Link Account (src/client/link-account/LinkAccountApp.tsx) ---
    linkAccount: {
        title: 'Link Microsoft 365 admin account',
        // {0} the linked email, {1} validatedSuffix or nothing
        linked: 'Linked: {0}{1}',
        validatedSuffix: ' (validated by Microsoft)',
        // {0} when Microsoft validated the account, in the user's date format
        validatedOnSuffix: ' (validated by Microsoft on {0})',
        noneLinked: 'No Microsoft 365 admin account is linked yet.',
        email: 'Microsoft 365 admin email',
        hint: 'The account must be a Microsoft 365 admin with permission to open service requests. Linking replaces the account linked before.',
        replace: 'Replace linked account',
        link: 'Link account',
    },
    // --- incident Microsoft 365 panel (src/client/panel/) ---
    panel: {
        title: 'Microsoft 365 Insights',
        solutionsHeading: 'Microsoft recommended solutions',
        searchHeading: 'Search',
        searchQuery: 'Type a problem',
        searchIn: 'Search in',
        searchSourceSolutions: 'Microsoft recommended solutions',
        search: 'Search',
        healthHeading: 'Microsoft 365 service health',
        contactHeading: 'Contact Microsoft support',
        contactSupport: 'Contact Microsoft support',
        // solution feedback; {0} the solution's title
        feedbackGroup: 'Was this helpful? {0}',
        wasHelpful: 'Was this helpful?',
        markedHelpful: 'Marked helpful.',
        markedNotHelpful: 'Marked not helpful.',
        yes: 'Yes',
        no: 'No',
        // matching service health issues
        service: 'Service',
        status: 'Status',
        userImpact: 'User impact',
        lastUpdate: 'Last update',
        nextUpdate: 'Next update',
        whyItMatches: 'Why it matches',
        // a matching Message center post; {0} its category in words ("Plan for change")
        messageCenterPost: 'Message center post (planned change): {0}',
        actionRequiredBy: 'Action required by',
        // Contact Microsoft support form
        caseTitle: 'Title',
        caseDescription: 'Description',
        contactDetails: 'Contact details',
        contactEmail: 'Microsoft 365 admin email (linked account)',
        contactEmailHelp: 'Microsoft contacts the linked admin account. Change it at Microsoft 365 Support > Link Account.',
        // no account is linked: the address is Setup's "Microsoft 365 admin email"
        contactEmailFromSetup: 'Microsoft 365 admin email (from Setup)',
        contactEmailFromSetupHelp: 'No admin account is linked: Microsoft contacts the admin email given in Setup. To have Microsoft contact another admin account, link it at Microsoft 365 Support > Link Account.',
        phone: 'Phone',
        preferredContact: 'Preferred contact method',
        email: 'Email',
        severity: 'Severity',
        severityA: 'A - Critical',
        severityB: 'B - High',
        severityC: 'C - Moderate',
        testEnvironmentNotice: 'This is a test environment: Microsoft support will not contact you.',
        submitCase: 'Submit to Microsoft support',
        cancel: 'Cancel',
        // the Microsoft case
        caseHeading: 'Microsoft case',
        caseNumber: 'Case number',
        contact: 'Contact',
        opened: 'Opened',
        lastUpdateFromMicrosoft: 'Last update from Microsoft',
        testEnvironment: 'Test environment',
        caseTestEnvironment: 'Yes: Microsoft support will not contact you about this case.',
        latestUpdates: 'Latest updates',
        noUpdates: 'No updates yet.',
        refreshCase: 'Refresh case',
        // a case recorded by hand from the Microsoft 365 admin center
        caseKind: 'Kind',
        openAdminCenter: 'Open the Microsoft 365 admin center (Support > New service request)',
        recordCase: 'Record the service request',
        requestNumber: 'Service request number',
        requestLink: 'Link to the service request (optional, admin.microsoft.com)',
        contactName: 'Contact name (optional)',
        recordedContactEmail: 'Contact email',
        submitRecord: 'Save the service request',
        requestInAdminCenter: 'Open in the Microsoft 365 admin center',
        lastUpdateByHand: 'Last update (recorded by hand)',
        recordedReadOnly: 'An administrator keeps this service request up to date from the Microsoft 365 admin center.',
        updateHeading: 'Update the service request',
        newStatus: 'Status in the Microsoft 365 admin center',
        note: 'Note (optional)',
        saveUpdate: 'Save update',
    },
    // --- Service Health (src/client/service-health/ServiceHealthApp.tsx) ---
    serviceHealth: {
        title: 'Microsoft 365 Service Health',
        automaticIncidents: 'Automatic incidents',
        // {0} minutes between syncs
        intro: 'One incident per Microsoft 365 service health issue. Each update Microsoft posts is added once as a work note. Synced every {0} minute(s).',
        autoIncident: 'Create incidents automatically',
        autoResolve: 'Resolve the incident when Microsoft resolves the issue',
        assignmentGroup: 'Assignment group (required)',
        category: 'Category (required)',
        subcategory: 'Subcategory (optional)',
        assignedTo: 'Assigned to (optional)',
        closeCode: 'Resolution code of automatically resolved incidents',
        // {0} the code the app picks from the instance's resolution codes
        closeCodeAutomatic: 'Automatic ({0})',
        closeCodeNone: 'Automatic (this instance offers no readable resolution code: incidents are not resolved)',
        closeCodeHint: 'Only the resolution codes this instance offers are listed; they differ between ServiceNow releases.',
        fieldMap: 'Field map: title → short description, classification → impact, status → urgency, everything else → description.',
        save: 'Save',
        syncNow: 'Sync now',
        serviceStatus: 'Service status',
        currentIssues: 'Current issues',
        // {0} the time of the last change, or `never`
        lastChange: 'Last change synced from Microsoft: {0}',
        never: 'never',
        issue: 'Issue',
        service: 'Service',
        issueTitle: 'Title',
        classification: 'Classification',
        status: 'Status',
        lastUpdate: 'Last update',
        nextUpdate: 'Next update',
        incident: 'Incident',
        // {0} Microsoft's status of a resolved issue
        resolved: 'Resolved ({0})',
        report: 'Post-incident report',
        // Message center
        messageCenter: 'Message center',
        messageCenterIntro: "Microsoft's announcements of planned changes, retirements and fixes (Microsoft Graph, permission ServiceMessage.Read.All), synced with the issues.",
        messageFilters: 'Message center filters',
        filterService: 'Service',
        filterCategory: 'Category',
        filterActionRequired: 'Action required',
        anyService: 'Any service',
        anyCategory: 'Any category',
        actionAny: 'Any time or none',
        // {0} a number of days
        actionWithin: 'Within the next {0} days',
        message: 'Post',
        messageTitle: 'Title',
        services: 'Services',
        categoryColumn: 'Category',
        severity: 'Severity',
        actionRequiredBy: 'Action required by',
        majorChange: 'Major change',
        yes: 'Yes',
        no: 'No',
        // {0} the post's id
        bodyOf: 'Post {0}',
    },
    // --- Diagnostics (src/client/diagnostics/ and src/server/diagnostics/checks/: what each check looked at) ---
    diagnostics: {
        title: 'Microsoft 365 support integration: Diagnostics',
        intro: 'Runs every check the app can make from inside this instance. Nothing is changed by a check, and no secret is shown.',
        run: 'Run again',
        running: 'Running the checks…',
        // {0} when, {1} milliseconds
        ranAt: 'Checked {0} in {1} ms.',
        // {0} failed, {1} passed, {2} not applicable
        summary: '{0} failed, {1} passed, {2} not applicable.',
        groups: { configuration: 'Configuration', platform: 'Platform', microsoft: 'Microsoft', traffic: 'Traffic' },
        status: { passed: 'Passed', failed: 'Failed', not_applicable: 'Not applicable' },
        columns: { check: 'Check', status: 'Status', lookedAt: 'What it looked at', fix: 'Fix' },
        rowsHeading: "Microsoft's troubleshooting table",
        rowsIntro: 'Each row of the troubleshooting table in Microsoft\'s guide for the app, with the checks that explain it.',
        rowColumns: { row: '#', symptom: 'What the user did and saw', checks: 'Explained by' },
        atfHeading: 'What only a run on the instance proves',
        atfText:
            'The app ships an automated test suite that exercises the platform itself (ACLs, business rules, the form, the connector API). Run it on a sub-production instance.',
        atfLink: 'Verify on This Instance',
        itemsLabel: 'Entries',
        names: {
            setup_complete: 'Setup complete for the mode',
            outbound_profile: 'Outbound OAuth provider and profile',
            inbound_provider: 'Inbound OAuth provider or OIDC entity',
            integration_user: 'Integration user',
            properties: 'Properties valid',
            microsoft_urls: 'Microsoft URLs well-formed',
            cross_scope_reads: 'Cross-scope reads allowed',
            form_section: 'Microsoft 365 tab on the incident form',
            job_health_sync: 'Scheduled job: service health sync',
            job_comment_retry: 'Scheduled job: comment retry',
            close_codes: 'Resolution codes',
            token: 'Token from Azure AD',
            connector: 'Microsoft support connector answers',
            repository: 'Repository registered',
            graph_service_health: 'Graph permission ServiceHealth.Read.All: service health, automatic incidents, post-incident reports',
            graph_service_message: 'Graph permission ServiceMessage.Read.All: Message center posts',
            learn: 'Microsoft Learn solutions',
            health_sync: 'Last service health sync',
            recent_failures: 'Recent failures',
            inbound_refusals: 'Refused calls from Microsoft',
            comment_queue: 'Comments waiting for Microsoft',
        },
        lookedAt: {
            noSetupRow: 'The Setup record (x_mioms_m365_assis_setup): none.',
            // {0} mode, {1} step, {2} completed true/false
            setupRow: 'The Setup record: mode {0}, current step {1}, Setup complete {2}.',
            // {0} the mode
            notInMode: 'Not part of the {0} setup.',
            noConnection: 'Not run: Setup has not chosen a Microsoft connection.',
            // {0} table
            readRefused: 'Not readable: reads of {0} are refused (see Cross-scope reads allowed).',
            // {0} profile name, {1} sys_id, {2} provider name
            outboundProfile: 'OAuth profile {0} ({1}) of provider {2}.',
            // {0} table, {1} sys_id or none
            inboundProvider: '{0} {1}.',
            // {0} user name, {1} facts
            integrationUser: 'User {0}: {1}.',
            // {0} count
            properties: '{0} properties of the app (x_mioms_m365_assis.*).',
            // {0} the URLs
            microsoftUrls: 'Token host, connector, Graph and audience URLs, and the outbound provider\'s token URL: {0}.',
            // {0} tables
            crossScope: 'Application access (Can read) of: {0}.',
            // {0} forms and whether each shows the tab
            formSection: 'Incident forms for the Default view: {0}.',
            // {0} job name, {1} active, {2} next run
            job: 'Scheduled job {0}: active {1}, next run {2}.',
            // {0} count, {1} configured code
            closeCodes: '{0} resolution code(s) of incident.close_code; configured for automatic incidents: {1}.',
            // {0} provider, {1} token URL
            token: 'A client-credentials token request for provider {0} at {1} (the token itself is never shown).',
            // {0} the URL called
            connector: 'GET {0} (no retries, within the outbound timeout).',
            // {0} repository, {1} tenant
            repository: 'Repository {0} of tenant {1} at the connector.',
            connectorFailed: 'Not run: the connector did not answer (see Microsoft support connector answers).',
            noToken: 'Not run: no token (see Token from Azure AD).',
            outboundFailed: 'Not run: the outbound OAuth profile is not usable (see Outbound OAuth provider and profile).',
            // {0} the URL called
            graph: 'GET {0} with the Microsoft Graph OAuth profile (no retries).',
            // {0} the endpoint
            learn: 'One MCP tools/list exchange with {0} (a session is opened first when none is kept; no retries), looking for the tool microsoft_docs_search.',
            // {0} the configured source
            learnNotSource: 'Not run: recommended solutions come from {0}, not Microsoft Learn (x_mioms_m365_assis.solutions.source).',
            // {0} last attempt, {1} newest change synced
            healthSync: 'Last scheduled sync started {0}; newest change synced from Microsoft {1}.',
            // {0} hours
            recentFailures: 'Error entries of the app log (sources x_mioms_m365_assit and x_mioms_m365_assis) and failed calls in the outbound HTTP log, last {0} hours, grouped by cause.',
            inboundRefusals: 'Refusals counted in x_mioms_m365_assis_inbound_refusal, last 24 hours.',
            commentQueue: 'Comments to Microsoft in x_mioms_m365_assis_communication that are waiting to retry or failed.',
            never: 'never',
            none: 'none',
        },
        causes: { token: 'Token', connector: 'Connector', graph: 'Graph', inbound: 'Inbound refusal', other: 'Other' },
        rows: [
            'Cannot see the Microsoft 365 tab on an incident',
            'Selected Microsoft recommended solutions: "Please contact your ServiceNow admin and ask them to complete the setup steps for the app."',
            'Selected Microsoft recommended solutions: "Please contact your ServiceNow admin and ask them to complete the final set up step for the app."',
            'Searched, then selected Microsoft recommended solutions: "… complete the setup steps for the app."',
            'Searched, then selected Microsoft recommended solutions: "… complete the final set up step for the app."',
            'Selected Contact Microsoft support: "… complete the setup steps for the app."',
            'Selected Contact Microsoft support: "… complete the final set up step for the app."',
            'Selected Contact Microsoft support: "(an email address) is not a valid Microsoft 365 admin account. …"',
            'Selected Microsoft recommended solutions: nothing shows up',
            'Selected Microsoft recommended solutions: "Please contact app support."',
            'Searched, then selected Microsoft recommended solutions: nothing shows up',
            'Searched, then selected Microsoft recommended solutions: "Please contact app support."',
            'Selected Contact Microsoft support: nothing happens',
            'Reopened an incident: its Microsoft recommended solutions are gone',
            'Reopened an incident transferred to Microsoft support: its Microsoft case is not shown',
            '"Unable to save ticket details. Please contact App support."',
        ],
    },
} as const

/** Replaces `{0}`, `{1}`, ... the way `gs.getMessage` does; used by client pages. */
export function formatMessage(text: string, args: ReadonlyArray<string> = []): string {
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)]
        return value === undefined ? whole : value
    })
}
