/**
 * Fidelity switches: where ServiceNow's behaviour is undocumented, the emulation takes the strict
 * side (refuse, cut, return the less convenient type) and offers one switch per behaviour for the
 * lenient side, so the app is tested on both (docs/platform-fidelity.md lists each switch).
 *
 * A Platform starts strict. Tests flip one switch with `platform.fidelity.<name> = 'lenient'`;
 * the sandbox instance reads `SANDBOX_LENIENT=<name>,<name>` (or `all`) from its environment.
 */
export type FidelityMode = 'strict' | 'lenient'

/**
 * Every undocumented behaviour the emulation decides, with what the strict side does. Add one
 * entry per behaviour (and its ledger row); the key is the switch's name.
 */
export const FIDELITY_BEHAVIOURS = {
    /** GlideRecord: the order of rows a sort leaves tied, or of an unsorted query, is undocumented. */
    sortTies: 'rows that orderBy leaves tied (every row of an unsorted query) come back in reverse insertion order (lenient: insertion order)',
    /** The classic form renderer: a section linked to a form (sys_ui_form_section) whose sys_ui_section.view is not the form's view. */
    formSectionView: "strict: the section is left off the form (its tab is missing); lenient: it shows whatever its view",
    /** fieldTypes.ts: what the instance stores for a non-number in an integer/decimal field is undocumented. */
    typedNumbers: 'a value that is not a number, set on an integer or decimal field, is stored empty (lenient: kept as typed)',
    /** fieldTypes.ts: how the instance parses a glide_date_time value not in its internal format is undocumented. */
    typedDateTime: "a glide_date_time value not in 'YYYY-MM-DD HH:mm:ss' is stored empty (lenient: kept as typed)",
    closeInfoDataPolicy:
        "the out-of-box data policy 'Make close info mandatory when resolved or closed' is active: a GlideRecord insert/update of an incident in state Resolved (6) or Closed (7) with an empty close_code or close_notes is refused (lenient: only the form's UI policy, scripts are not checked)",
    crossScopeFormSectionWrite:
        "sys_ui_form_section's application access from other scopes is undocumented: strict refuses a scoped app's create/update/delete (sys_db_object create_access/update_access/delete_access taken as false unless the table's row says otherwise)",
    crossScopeSyslogWrite:
        "syslog's application access from other scopes is undocumented: strict refuses a scoped app's create/update/delete (sys_db_object create_access/update_access/delete_access taken as false unless the table's row says otherwise)",
    restOAuthFailureText:
        'the RESTMessageV2 error text when its OAuth profile cannot get a token is undocumented: strict gives the neutral HTTP/connection text of RESTResponseV2 (no mention of OAuth, no token endpoint answer)',
    oauthClientErrorParameters:
        "whether GlideOAuthClientResponse.getResponseParameters() holds the token endpoint's error fields is undocumented: strict leaves it empty on a failed request (only getResponseCode() and getBody() carry the answer)",
    oauthClientUnreachable:
        'what GlideOAuthClient.requestTokenByRequest does when the token endpoint does not answer is undocumented: strict throws (a Java-style connection exception); lenient returns a response with an empty response code and the exception text as error message',
    // GlideElement - Scoped, changes(): "available for all available data types, except Journal fields"
    // (https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideElementScopedAPI.html);
    // community scripts report `current.comments.changes()` working, so the instance's answer is contested.
    journalChanges: "changes()/changesTo()/changesFrom() of a journal field (comments, work_notes) are always false; lenient: true after a new entry was set",
    /** fieldLength.ts: MySQL documents MEDIUMTEXT (not cut at max_length) for max_length ≥ 256; other back ends are undocumented. */
    longTextCut: 'string-family values are cut at max_length on save for every length, not only VARCHAR columns (max_length ≤ 255)',
    /** taskActiveState.ts: incident's close_states attribute is not published (docs give "any state >= 7 is inactive" for incident). */
    incidentActiveState:
        "the Task Active State Management rule runs on incident with close_states 7;8: a GlideRecord insert/update sets active false in Closed (7) and Canceled (8), true in every other state (Resolved 6 included); lenient: active is left as written (an instance whose incident.state has no close_states attribute)",
    /** fieldLength.ts: what a GlideRecord holds after it wrote a value the table cut is undocumented. */
    writtenValueUncut: 'after insert()/update() the GlideRecord keeps the value as set, so only a re-read shows the cut (lenient: the record holds the cut value)',
    // ATF "Fail on server error": the Test record form says only "The errors detected while performing UI steps on
    // the server that occur and fail the test" (https://www.servicenow.com/docs/r/application-development/automated-test-framework-atf/atf-test-record-form.html).
    atfServerErrors:
        'with Fail on server error set, every error-level syslog entry written while the test runs fails the test (lenient: only those written during form (UI) steps)',
    /** GlideElement.ts / GlideRecord.ts: setValue on a password (hash) or password2 (encrypted) field is undocumented; setDisplayValue is the way scripts set them. */
    passwordSetValue:
        'setValue / assignment on a password or password2 field stores the text as given (not hashed, not encrypted): a login with it fails and getDecryptedValue() gives empty; lenient: stored like setDisplayValue',
    /** applicationAccess.ts: the application access of sys_user, sys_user_has_role and sys_auth_profile_basic from other scopes is undocumented. */
    crossScopeUserAdminWrite:
        "sys_user, sys_user_has_role and sys_auth_profile_basic: a scoped app's create/update/delete is refused (sys_db_object create_access/update_access/delete_access taken as false unless the table's row says otherwise); lenient: allowed",
    // Static content (images, CSS, JavaScript) is documented as sent with Cache-Control private/public and an Expires of
    // 369 days (glide.http.cache_control, glide.http.expire.days: https://www.servicenow.com/docs/r/zurich/platform-security/instance-security-hardening-settings/sc-cache-control-http-header-value.html);
    // whether the UI page bundles served as /uxasset/externals/<scope>/<page>.jsdbx count as such static content is not documented.
    uxAssetCaching:
        'the UI page bundles (/uxasset/externals/….jsdbx) are sent with Cache-Control: no-store, so the browser downloads them on every view; lenient: sent as the documented static content (Cache-Control: private, Expires 369 days), so a later view uses the browser\'s copy until the page\'s uxpcb cache buster changes',
    /** security/applicationAccess.ts: the application access of the REST API access policy tables from other scopes is undocumented. */
    crossScopeApiPolicyWrite:
        "sys_api_access_policy, std_http_auth and sys_auth_profile_mapping: a scoped app's create/update/delete is refused (sys_db_object create_access/update_access/delete_access taken as false unless the table's row says otherwise); lenient: allowed",
    // "Create an authentication profile" lists an OAuth Entity field for the ID Token and OAuth types
    // (https://www.servicenow.com/docs/r/platform-security/authentication/create-authentication-profile.html)
    // but does not say that it narrows the profile to that entity's tokens.
    accessPolicyTokenEntity:
        "an OAuth profile of a REST API access policy matches only bearer tokens the instance issued to its OAuth Entity, an ID Token profile only external tokens validated by its OIDC entity; lenient: any valid bearer token matches any OAuth or ID Token profile",
} as const satisfies Record<string, string>

export type FidelityBehaviour = keyof typeof FIDELITY_BEHAVIOURS
export type FidelitySwitches = Record<FidelityBehaviour, FidelityMode>

const BEHAVIOUR_NAMES = Object.keys(FIDELITY_BEHAVIOURS) as FidelityBehaviour[]

export function strictFidelity(): FidelitySwitches {
    const switches: Record<string, FidelityMode> = {}
    for (const name of BEHAVIOUR_NAMES) switches[name] = 'strict'
    return switches as FidelitySwitches
}

/** Parses `SANDBOX_LENIENT` ('' | 'all' | 'a,b'): an unknown name throws, so a typo cannot pass silently. */
export function fidelityFromEnv(value: string | undefined): FidelitySwitches {
    const switches: Record<string, FidelityMode> = strictFidelity()
    for (const name of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
        if (name === 'all') {
            for (const known of BEHAVIOUR_NAMES) switches[known] = 'lenient'
        } else if ((BEHAVIOUR_NAMES as string[]).includes(name)) {
            switches[name] = 'lenient'
        } else {
            throw new Error(`SANDBOX_LENIENT: unknown behaviour '${name}' (known: ${BEHAVIOUR_NAMES.join(', ') || 'none'})`)
        }
    }
    return switches as FidelitySwitches
}
