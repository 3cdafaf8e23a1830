/**
 * The Microsoft 365 admin account Microsoft contacts about cases: the account linked at
 * Microsoft 365 Support > Link Account (setup/link-account.ts keeps it), else Setup's
 * "Microsoft 365 admin email". The one place cases read it.
 */
import { findLinked } from '../setup/link-account'
import { findSetup } from '../setup/setup-record'

/** Who Microsoft contacts, and whether that address is a linked account or only Setup's admin email. */
export interface CaseContact {
    email: string
    linked: boolean
}

export function readCaseContact(): CaseContact {
    const account = findLinked()
    const email = account ? account.getValue('email') || '' : ''
    if (email) return { email, linked: true }
    const setup = findSetup()
    return { email: setup ? setup.getValue('admin_email') || '' : '', linked: false }
}

export function readLinkedAdminEmail(): string {
    return readCaseContact().email
}
