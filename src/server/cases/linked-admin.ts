/**
 * The Microsoft 365 admin account Microsoft contacts about cases: the account linked at
 * Microsoft 365 Support > Link Account (setup/link-account.ts keeps it), else Setup's
 * "Microsoft 365 admin email". The one place cases read it.
 */
import { findLinked } from '../setup/link-account'
import { findSetup } from '../setup/setup-record'

export function readLinkedAdminEmail(): string {
    const account = findLinked()
    const email = account ? account.getValue('email') || '' : ''
    if (email) return email
    const setup = findSetup()
    return setup ? setup.getValue('admin_email') || '' : ''
}
