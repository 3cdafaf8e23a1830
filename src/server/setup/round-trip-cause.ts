/**
 * What a failed inbound round trip means, when its cause is known more precisely than "the
 * credentials in the admin center are wrong": the value Azure AD refused when Microsoft signed in
 * (AAD Auth, the contract's `refusedCredential`), a caller that is not Setup's integration user
 * (the instance's own NotIntegrationUser refusal, whose trace names who signed in), or a
 * repository registered with the other setup type's authentication.
 */
import { GlideRecord } from '@servicenow/glide'
import { ConnectionTest } from '../connector/connection-test'
import { MessageId } from '../messages/catalogue'
import { REFUSAL_TABLE } from '../inbound/refusal-log'
import { MODE_LABEL, SetupMode } from './wizard-steps'
import { readRecordField } from './setup-store'

export interface Cause {
    messageId: MessageId
    args: string[]
    code: string
}

const REFUSED_MESSAGE: Record<NonNullable<ConnectionTest['refusedCredential']>, MessageId> = {
    password: 'SETUP_TEST_INBOUND_PASSWORD_REFUSED',
    clientSecret: 'SETUP_TEST_INBOUND_CLIENT_SECRET_REFUSED',
    username: 'SETUP_TEST_INBOUND_USERNAME_REFUSED',
    clientId: 'SETUP_TEST_INBOUND_CLIENT_ID_REFUSED',
}

/** The admin center's authentication type(s) that fit a setup type (its label, and the registration values). */
const REGISTRATION_FOR: Record<string, { label: string; types: string[] }> = {
    basic: { label: 'Basic authentication', types: ['basic', 'oauth'] },
    aad: { label: 'AAD Auth', types: ['aad'] },
}
const REGISTERED_LABEL: Record<string, string> = { basic: 'Basic authentication', oauth: 'Basic authentication', aad: 'AAD Auth' }

/** AAD Auth: Azure AD refused a registered value when Microsoft signed in; the message names which one to fix. */
export function refusedCredentialCause(test: ConnectionTest, repositoryId: string, values: Record<string, string>): Cause | null {
    const field = test.refusedCredential
    if (!field || !REFUSED_MESSAGE[field]) return null
    const stated = /AADSTS\d+/.exec(test.detail || '')
    const code = stated ? stated[0] : 'AADSTS'
    const expected = field === 'username' ? values.rest_user_client_id : field === 'clientId' ? values.inbound_client_id : ''
    return { messageId: REFUSED_MESSAGE[field], args: [repositoryId, code, expected], code: field + 'Refused' }
}

/** The instance refused the ping because Microsoft signed in as someone other than Setup's integration user. */
export function wrongUserCause(test: ConnectionTest, mode: SetupMode, values: Record<string, string>): Cause | null {
    const detail = test.detail || ''
    if (detail.indexOf('NotIntegrationUser') < 0) return null
    const integrationUser = mode === 'aad' ? values.rest_user_client_id : readRecordField('sys_user', values.integration_user, 'user_name')
    const shown = integrationUser || '(none)'
    const caller = refusedCaller(detail)
    if (caller) return { messageId: 'SETUP_TEST_INBOUND_WRONG_USER', args: [caller, shown, MODE_LABEL[mode]], code: 'NotIntegrationUser' }
    return { messageId: 'SETUP_TEST_INBOUND_NOT_INTEGRATION_USER', args: [shown, MODE_LABEL[mode]], code: 'NotIntegrationUser' }
}

/** Who signed in, from the refusal trace the ping's answer points to (its correlation id). */
function refusedCaller(detail: string): string {
    const found = /correlation id (M365-[0-9A-F]+)/.exec(detail)
    if (!found) return ''
    const row = new GlideRecord(REFUSAL_TABLE)
    row.addQuery('last_correlation_id', found[1])
    row.setLimit(1)
    row.query()
    return row.next() ? row.getValue('caller') || '' : ''
}

/** The repository is registered with an authentication type the setup type cannot answer. */
export function registrationMismatch(registered: string, mode: SetupMode, repositoryId: string): Cause | null {
    const needed = REGISTRATION_FOR[mode]
    if (!needed || !registered || needed.types.indexOf(registered) >= 0) return null
    return {
        messageId: 'SETUP_TEST_REPOSITORY_AUTH_TYPE_MISMATCH',
        args: [repositoryId, REGISTERED_LABEL[registered] || registered, MODE_LABEL[mode], needed.label],
        code: 'AuthenticationTypeMismatch',
    }
}
