/**
 * The app's message catalogue: every user-facing string, in English, in one place.
 *
 * Server code shows them through `gs.getMessage(text, args)` (see `./user-message.ts`) so an
 * instance can translate them with `sys_ui_message` records; the app ships one English
 * `sys_ui_message` per entry (src/fluent/messages.now.ts, checked by a build test). Client pages
 * import this module directly. Placeholders use the platform's `{0}`, `{1}` form.
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
    OAUTH_ENTITY_READ_REFUSED:
        "Read operation against 'oauth_entity' from scope 'x_mioms_m365_assis' has been refused due to the table's cross-scope access policy. Open System Definition > Tables > oauth_entity and check All application scopes > Can read, then reload Setup.",
    NOT_AUTHORIZED: 'You do not have the role needed for this action.',
    REFERENCE_ID: 'Reference: {0}',
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
    SETUP_GRAPH_PERMISSION_NOTE: 'The outbound Azure AD app needs the Microsoft Graph application permission ServiceHealth.Read.All (with admin consent) for service health.',
    SETUP_INBOUND_SKIP_INSIGHTS_ONLY: 'Only the Insights only setup skips this step: choose the inbound provider Microsoft uses to call this instance.',
    SETUP_INBOUND_OIDC_REQUIRED: 'The Azure AD (AAD) OAuth token setup needs "External OIDC authentication token" checked and the OIDC entity (such as {0}_application_inbound_api) chosen.',
    SETUP_INBOUND_OIDC_NOT_BASIC: 'The Basic authentication setup uses an OAuth API endpoint for external clients: clear "External OIDC authentication token" and choose that endpoint.',
    SETUP_INBOUND_NOT_FOUND: 'Choose one of the listed inbound providers. If yours is missing, create it in System OAuth > Application Registry (Basic: "Create an OAuth API endpoint for external clients"; AAD: "Configure an OIDC provider to verify ID tokens").',
    SETUP_USER_NOT_FOUND: 'Choose an active user as the integration user.',
    SETUP_USER_CLIENT_ID_INVALID: '"{0}" is not an application (client) ID. Enter the REST user app\'s client ID from Azure AD, a GUID such as 00000000-0000-0000-0000-000000000000.',
    SETUP_USER_CLIENT_ID_NO_USER: 'No active user has the User ID {0}. Create the integration user with User ID set to the REST user app\'s client ID, Web service access only checked, and the incident_manager role.',
    SETUP_USER_NOT_WEB_SERVICE_ONLY: 'Warning: {0} is not "Web service access only"; Microsoft\'s calls would use an account that can also log in interactively.',
    SETUP_USER_NO_INCIDENT_MANAGER: 'Warning: {0} does not have the incident_manager role; Microsoft support could not update incidents through it.',
    SETUP_REPOSITORY_INVALID: '"{0}" is not a valid repository ID: use 3 to 100 letters, digits, dots, hyphens or underscores, starting with a letter or digit.',
    SETUP_EMAIL_INVALID: '"{0}" is not an email address. Enter the Microsoft 365 admin email to contact when cases are created.',
    SETUP_EMAIL_REQUIRED: 'Enter the Microsoft 365 admin email: Microsoft contacts this admin when cases are created.',
    SETUP_NOTHING_TO_TEST: 'There is nothing to test: Setup was continued without configuring Microsoft access.',
    SETUP_TEST_TOKEN_WRONG_SECRET: 'Token acquisition failed: Azure AD rejected the client secret of the outbound OAuth provider (AADSTS7000215). In Azure AD, create a new client secret for the outbound app and paste its Value (not its Secret ID) into the OAuth provider\'s Client Secret.',
    SETUP_TEST_TOKEN_WRONG_TENANT: 'Token acquisition failed: Azure AD does not know the outbound app in tenant {0} ({1}). Check the tenant domain, the token URL and the client ID of the outbound OAuth provider.',
    SETUP_TEST_TOKEN_NEEDS_RESOURCE: 'Token acquisition failed: Azure AD v1 needs a resource parameter. Re-run the outbound OAuth provider step and let Setup configure the provider, or use the v2.0 token URL.',
    SETUP_TEST_TOKEN_FAILED: 'Token acquisition failed: {0}. Check the client ID, client secret and token URL of the outbound OAuth provider.',
    SETUP_TEST_CONNECTOR_UNREACHABLE: 'The Microsoft support connector at {0} did not answer ({1}). Allow outbound HTTPS to it and check the property x_mioms_m365_assis.microsoft.connector_base_url.',
    SETUP_TEST_TENANT_NOT_CONFIGURED: 'Microsoft 365 tenant {0} has not set {1} as the Outbound App ID. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles > Basic information, choose ServiceNow as the internal support tool and enter the Outbound App ID shown on this page.',
    SETUP_TEST_TENANT_MISMATCH: 'The outbound app belongs to a different tenant than {0} ({1}). Use the token URL and app of tenant {0}, or correct the tenant domain.',
    SETUP_TEST_REPOSITORY_NOT_REGISTERED: 'Repository {0} is not registered for tenant {1}: this is the final set up step. In the Microsoft 365 admin center > Organization profiles > Repositories, add a repository with the values shown on this page, then run the tests again.',
    SETUP_TEST_CONNECTOR_FAILED: 'The Microsoft support connector refused the test call ({0}). Check the outbound OAuth provider and the tenant domain; the system log (source x_mioms_m365_assit) has the details.',
    SETUP_TEST_INBOUND_UNREACHABLE: 'Microsoft could not reach this instance at {0} ({1}). Make the endpoint reachable from the Microsoft service IPs and check the property glide.servlet.uri.',
    SETUP_TEST_INBOUND_UNAUTHORIZED: 'Microsoft called {0} but this instance answered {1}: the integration user\'s credentials in the repository registration are wrong. Check the client ID, client secret, user name and password entered in the Microsoft 365 admin center.',
    SETUP_TEST_INBOUND_FAILED: 'Microsoft called {0} but the call failed ({1}). Check that the app\'s inbound API is active and the integration user has the incident_manager and snc_internal roles.',
    SETUP_TEST_INBOUND_PENDING: 'Waiting for Microsoft to call this instance back.',
    SETUP_TEST_SKIPPED: 'Not run: an earlier test failed.',
    SETUP_TEST_NOT_NEEDED_INSIGHTS: 'Not needed in the Insights only setup: Microsoft does not call this instance.',
    SETUP_TEST_PASSED: 'Passed.',
    FORM_SECTION_CONSENT_REQUIRED: 'Select "I agree" to let Setup add the Microsoft 365 section to the incident form.',
    FORM_SECTION_NO_FORM: 'No incident form for the Default view was found, so the Microsoft 365 section was not added. Open an incident once (it creates the form), then try again.',
    FORM_SECTION_ATTACHED: 'Added the Microsoft 365 section at the end of {0} incident form(s) (Default view): {1}.',
    FORM_SECTION_ALREADY: 'The Microsoft 365 section is already on every incident form for the Default view: {0}.',
    FORM_SECTION_REMOVED: 'Removed the Microsoft 365 section from {0} incident form(s); the other sections were not touched.',
    LINK_ACCOUNT_EMAIL_INVALID: '"{0}" is not an email address. Enter the Microsoft 365 admin email of the account to link.',
    SETUP_INSTRUCTIONS_BASIC:
        'Give these values to your Microsoft 365 Support admin or Service request admin. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles: on the Basic information tab choose ServiceNow as the internal support tool and enter the Outbound App ID; on the Repositories tab add a new repository with the Repository ID, the Endpoint, authentication type Basic authentication, the Client ID and client secret of the inbound OAuth provider, refresh token expiration 864000, and the integration user\'s User Name and password. Then select Next to run the tests.',
    SETUP_INSTRUCTIONS_AAD:
        'Give these values to your Microsoft 365 Support admin or Service request admin. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles: on the Basic information tab choose ServiceNow as the internal support tool and enter the Outbound App ID; on the Repositories tab add a new repository with the Repository ID, the Endpoint, authentication type AAD Auth, the Client ID and client secret of the inbound REST API app, and as User Name the REST user app\'s client ID (its client secret as the password). Then select Next to run the tests.',
    SETUP_INSTRUCTIONS_INSIGHTS:
        'Give these values to your Microsoft 365 Support admin or Service request admin. In the Microsoft 365 admin center > Settings > Org settings > Organization profiles: on the Basic information tab choose ServiceNow and enter the Outbound App ID; on the Repositories tab add the Repository ID and the Endpoint. Client ID, client secret, user name and password can be any value, such as "ignored". Then select Next to run the tests.',
    SETUP_COMPLETED: 'Setup is complete. Grant users the Microsoft 365 roles (insights_user, administrator) to let them use the app.',
    SETUP_COMPLETED_WITHOUT_SETUP: 'Setup is complete without Microsoft configuration: the app offers basic recommended solutions only.',
    FORM_SECTION_EXPLAIN:
        'Setup can add the Microsoft 365 section at the end of this instance\'s incident form (Default view, each domain). The other sections are not changed, and you can remove it again here.',
    LINK_ACCOUNT_LINKED: '{0} is linked: Microsoft confirmed it is a Microsoft 365 admin who can open service requests.',
    // --- inbound (connector API): the `message` of the errors Microsoft's connector receives ---
    INBOUND_NOT_CONFIGURED: 'Microsoft support is not set up on this ServiceNow instance.',
    INBOUND_NOT_INTEGRATION_USER: 'Only the integration user configured for Microsoft 365 support can call this API.',
    INBOUND_INVALID_REQUEST: 'The request is not valid for the Microsoft 365 support connector API.',
    INBOUND_NOT_FOUND: 'The repository or case was not found on this ServiceNow instance.',
    INBOUND_CONFLICT: 'The ticket cannot be changed in its current state.',
    INBOUND_TOO_LARGE: 'The request body is larger than the connector API accepts.',
    INBOUND_FAILED: 'The ServiceNow instance could not process the request.',
    INBOUND_COMMENT_HEADER: 'Microsoft support ({0}) on case {1}:',
    INBOUND_RESOLVED_NOTE: 'Microsoft support resolved the case.',
    INBOUND_CLOSED_NOTE: 'Microsoft support closed the case.',
    INBOUND_CLOSED_RESOLUTION: 'Microsoft support closed case {0}: {1}',
} as const

export type MessageId = keyof typeof MESSAGES

/** Replaces `{0}`, `{1}`, ... the way `gs.getMessage` does; used by client pages. */
export function formatMessage(text: string, args: ReadonlyArray<string> = []): string {
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)]
        return value === undefined ? whole : value
    })
}
