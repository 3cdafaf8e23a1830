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
    // --- health (Service Health page and routes) ---
    HEALTH_NEEDS_GROUP_AND_CATEGORY: 'Choose an assignment group and a category before turning on automatic incidents. Nothing was saved.',
    HEALTH_NEEDS_GROUP: 'Choose an assignment group before turning on automatic incidents. Nothing was saved.',
    HEALTH_NEEDS_CATEGORY: 'Choose a category before turning on automatic incidents. Nothing was saved.',
    HEALTH_GROUP_NOT_FOUND: 'The assignment group does not exist. Nothing was saved.',
    HEALTH_ASSIGNEE_NOT_FOUND: 'The assignee does not exist. Nothing was saved.',
    HEALTH_CATEGORY_INVALID: 'The category and subcategory may only hold letters, digits, spaces, - and _ (at most 40 characters). Nothing was saved.',
    HEALTH_SETTINGS_INVALID: 'The Service Health settings must be a JSON object: autoIncident and autoResolve true or false; assignmentGroup, category, subcategory and assignedTo short text. Nothing was saved.',
    HEALTH_SETTINGS_SAVED: 'Service Health settings saved.',
    HEALTH_SYNC_DONE: 'Sync done: {0} issue(s) received, {1} new, {2} updated, {3} new update(s).',
    HEALTH_SYNC_INCIDENTS: 'Incidents: {0} created, {1} work note(s), {2} resolved.',
    HEALTH_NO_ISSUES: 'No service health issues synced yet.',
    // --- end health ---
} as const

export type MessageId = keyof typeof MESSAGES

/** Replaces `{0}`, `{1}`, ... the way `gs.getMessage` does; used by client pages. */
export function formatMessage(text: string, args: ReadonlyArray<string> = []): string {
    return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
        const value = args[Number(index)]
        return value === undefined ? whole : value
    })
}
