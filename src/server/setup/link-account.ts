/**
 * Link Account (administrators only): the single Microsoft 365 admin account contacted when
 * cases are created. Microsoft validates the address; an invalid one gets the troubleshooting
 * page's exact message with the address filled in, and the linked account stays as it was.
 *   GET  /setup/linkaccount   the linked account
 *   POST /setup/linkaccount   {"email": "..."}: set or replace it
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { validateAdmin } from '../connector/connector-client'
import { logInfo, logWarn } from '../diagnostics/logger'
import { userMessage } from '../messages/user-message'
import { RouteResponse, sendError, sendJson } from '../rest/respond'
import { SetupRequest, refuseUnlessAdministrator } from './setup-routes'
import { isEmail } from './wizard-steps'
import { booleanField } from '../platform/booleans'

export function findLinked(): GlideRecord | null {
    const account = new GlideRecord('x_mioms_m365_assis_admin_account')
    account.orderByDesc('sys_updated_on')
    account.setLimit(1)
    account.query()
    return account.next() ? account : null
}

function describeLinked(account: GlideRecord | null): Record<string, unknown> | null {
    if (!account) return null
    return {
        email: account.getValue('email') || '',
        valid: booleanField(account, 'valid'),
        canCreateTickets: booleanField(account, 'can_create_tickets'),
        validatedOn: account.getValue('validated_on') || '',
    }
}

export function getLinkAccount(_request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    sendJson(response, 200, { account: describeLinked(findLinked()) })
}

export function postLinkAccount(request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const data = request.body ? request.body.data : undefined
    const raw = data && typeof data === 'object' ? (data as { email?: unknown }).email : undefined
    const email = typeof raw === 'string' ? raw.trim() : ''
    if (!isEmail(email)) {
        sendError(response, 400, { id: 'LINK_ACCOUNT_EMAIL_INVALID', args: [email.substring(0, 254)] })
        return
    }
    const verdict = validateAdmin(email)
    if (verdict.ok === false) {
        sendError(response, verdict.kind === 'invalid_admin' ? 400 : 502, verdict.kind === 'invalid_admin' ? { id: 'INVALID_ADMIN_ACCOUNT', args: [email] } : { id: verdict.messageId }, verdict.correlationId)
        return
    }
    if (!verdict.value.valid || !verdict.value.canCreateTickets) {
        logWarn('Link Account refused ' + email + ': ' + (verdict.value.reason || 'not an admin'), verdict.correlationId)
        sendError(response, 400, { id: 'INVALID_ADMIN_ACCOUNT', args: [email] }, verdict.correlationId)
        return
    }
    const account = findLinked() || new GlideRecord('x_mioms_m365_assis_admin_account')
    if (!account.isValidRecord()) account.initialize()
    account.setValue('email', email.toLowerCase())
    account.setValue('valid', 'true')
    account.setValue('can_create_tickets', 'true')
    account.setValue('validated_on', new GlideDateTime().getValue())
    account.setValue('validation_message', '')
    account.setValue('linked_by', gs.getUserID())
    const saved = account.isNewRecord() ? account.insert() : account.update()
    if (!saved) {
        sendError(response, 500, { id: 'CONTACT_APP_SUPPORT' })
        return
    }
    logInfo('Linked Microsoft 365 admin account ' + email, verdict.correlationId)
    sendJson(response, 200, { account: describeLinked(findLinked()), message: userMessage('LINK_ACCOUNT_LINKED', [email]) })
}
