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
    SETUP_GRAPH_PERMISSION_NOTE: 'The outbound Azure AD app needs the Microsoft Graph application permission ServiceHealth.Read.All (with admin consent) for service health.',
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
    INBOUND_INCIDENT_CLOSED: 'The incident of this case is closed or canceled: it takes no more messages. Open a new case for a new problem.',
    INBOUND_INCIDENT_RESOLVED: 'The incident of this case is resolved, and this instance does not reopen resolved incidents for messages from Microsoft.',
    // {0} the Microsoft case number
    INBOUND_REOPENED_NOTE: 'Microsoft support posted on case {0} while this incident was resolved: the incident is reopened (In Progress).',
    // {0} the code entered, {1} the instance's incident resolution codes
    STATUS_MAP_CLOSE_CODE_INVALID: "'{0}' is not a resolution code of this instance, so the mapping was not saved. Use one of: {1}.",
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
        // the connector contract's case status (docs/connector-api.openapi.yaml)
        caseStatus: { open: 'Open', inProgress: 'In progress', waitingForCustomer: 'Waiting for customer', resolved: 'Resolved', closed: 'Closed' },
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
        testing: 'Testing…',
        runTests: 'Next: run the tests',
        testsFailed: 'Some tests failed. Fix what each message says, then run the tests again.',
        // done
        setupTypeValue: 'Setup type: {0}',
        changeSetup: 'Change setup',
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
        // Contact Microsoft support form
        caseTitle: 'Title',
        caseDescription: 'Description',
        contactDetails: 'Contact details',
        contactEmail: 'Microsoft 365 admin email (linked account)',
        contactEmailHelp: 'Microsoft contacts the linked admin account. Change it at Microsoft 365 Support > Link Account.',
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
    },
} as const

/** Replaces `{0}`, `{1}`, ... the way `gs.getMessage` does; used by client pages. */
export function formatMessage(text: string, args: ReadonlyArray<string> = []): string {
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)]
        return value === undefined ? whole : value
    })
}
