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
