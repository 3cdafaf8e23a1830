/**
 * The Microsoft 365 admin account Microsoft contacts about cases: the account linked at
 * Microsoft 365 Support > Link Account (admin-account table, newest row), else Setup's
 * "Microsoft 365 admin email". The one place that reads it.
 */
import { GlideRecord } from '@servicenow/glide'
import { findSetup } from '../setup/setup-record'

export function readLinkedAdminEmail(): string {
    const account = new GlideRecord('x_mioms_m365_assis_admin_account')
    account.orderByDesc('sys_updated_on')
    account.setLimit(1)
    account.query()
    if (account.next()) {
        const email = account.getValue('email') || ''
        if (email) return email
    }
    const setup = findSetup()
    return setup ? setup.getValue('admin_email') || '' : ''
}
