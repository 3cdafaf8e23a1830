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
    CASE_NOT_FOUND: 'This incident has no Microsoft case.',
    CASE_TITLE_INVALID: 'Enter a title of at most 160 characters.',
    CASE_DESCRIPTION_INVALID: 'Enter a description of at most 4000 characters.',
    CASE_SEVERITY_INVALID: 'Choose a severity: A, B or C.',
    CASE_PHONE_INVALID: 'Enter a phone number (digits, spaces, +, -, parentheses; at most 40 characters) to be contacted by phone.',
    CASE_NO_ADMIN_LINKED: 'No Microsoft 365 admin account is linked. In the app, link the admin account.',
    CASE_CREATED: 'Microsoft case {0} was opened for this incident.',
    // --- end panel ---
} as const

export type MessageId = keyof typeof MESSAGES

/** Replaces `{0}`, `{1}`, ... the way `gs.getMessage` does; used by client pages. */
export function formatMessage(text: string, args: ReadonlyArray<string> = []): string {
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)]
        return value === undefined ? whole : value
    })
}
