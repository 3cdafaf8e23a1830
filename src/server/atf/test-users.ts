/**
 * Credentials for the users the shipped ATF suite creates (src/fluent/atf), called only by its
 * Run Server Side Script steps. A "Send REST Request - Inbound" step sends the request as the
 * user of its basic auth profile (sys_auth_profile_basic: user name + password of a valid user);
 * without one it uses the credentials of whoever runs the test (docs "REST test steps"). A user
 * from a "Create a User" step has no password, so this gives it a random one and a profile
 * holding the same. The test's rollback removes the user, its roles and the profile.
 */
import { GlideRecord, gs } from '@servicenow/glide'

export const PROFILE_TABLE = 'sys_auth_profile_basic'

/**
 * Gives the user a random password and creates the basic auth profile a REST step authenticates
 * with; returns the profile's sys_id. Refuses ('' and the reason in the log) a user that already
 * has a password: only a user the test has just created is ever touched.
 */
export function createBasicAuthProfile(userSysId: string): string {
    const user = new GlideRecord('sys_user')
    if (!userSysId || !user.get(userSysId)) {
        gs.error('ATF: no user ' + userSysId + ' to create a basic auth profile for')
        return ''
    }
    if (user.getValue('user_password')) {
        gs.error('ATF: user ' + user.getValue('user_name') + ' already has a password; the suite only sets one for a user it created')
        return ''
    }
    // Random per run, never stored anywhere but the user (one-way) and the profile (encrypted).
    // The suffix meets the usual password policies (upper case, digit, symbol).
    const password = gs.generateGUID() + 'Aa1!'
    user.getElement('user_password').setDisplayValue(password)
    user.setValue('password_needs_reset', 'false')
    user.setValue('locked_out', 'false')
    user.setValue('active', 'true')
    if (!user.update()) {
        gs.error('ATF: could not set the password of ' + user.getValue('user_name'))
        return ''
    }
    const profile = new GlideRecord(PROFILE_TABLE)
    profile.initialize()
    profile.setValue('name', 'Microsoft 365 support integration ATF: ' + user.getValue('user_name'))
    profile.setValue('username', user.getValue('user_name') || '')
    profile.getElement('password').setDisplayValue(password)
    const profileId = profile.insert()
    if (!profileId) gs.error('ATF: could not create the basic auth profile of ' + user.getValue('user_name'))
    return profileId || ''
}
