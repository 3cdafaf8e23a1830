/**
 * The session user's date and time format and time zone, for the app's pages to show dates the
 * way the rest of the instance shows them to this user. The app's pages are direct UI pages: the
 * SDK's <sdk:now-ux-globals> gives them g_ck and the theme but not the classic page globals
 * (g_user_date_time_format), so the page's context route passes these along.
 *
 * The user's own choice (sys_user date_format / time_format / time_zone, "Personalize the system
 * date format") wins; empty means the system default: glide.sys.date_format (default yyyy-MM-dd),
 * glide.sys.time_format (default HH:mm:ss) — docs "Global date and time field format":
 * https://www.servicenow.com/docs/r/platform-administration/time-configuration/r_FormatDateAndTimeFields.html
 * and glide.sys.default.tz. A zone nobody set is returned empty: the page then says it shows UTC
 * rather than guess the instance's default zone.
 */
import { GlideRecord, gs } from '@servicenow/glide'

export interface UserDateFormat {
    /** Java SimpleDateFormat pattern, e.g. yyyy-MM-dd. */
    dateFormat: string
    /** Java SimpleDateFormat pattern, e.g. HH:mm:ss. */
    timeFormat: string
    /** IANA / Java time zone id, or '' when neither the user nor the system sets one. */
    timeZone: string
}

export const SYSTEM_DATE_FORMAT = 'yyyy-MM-dd'
export const SYSTEM_TIME_FORMAT = 'HH:mm:ss'

export function readUserDateFormat(): UserDateFormat {
    const user = new GlideRecord('sys_user')
    const found = user.get(gs.getUserID())
    const own = (field: string): string => (found ? String(user.getValue(field) || '') : '')
    return {
        dateFormat: own('date_format') || String(gs.getProperty('glide.sys.date_format', SYSTEM_DATE_FORMAT) || SYSTEM_DATE_FORMAT),
        timeFormat: own('time_format') || String(gs.getProperty('glide.sys.time_format', SYSTEM_TIME_FORMAT) || SYSTEM_TIME_FORMAT),
        timeZone: own('time_zone') || String(gs.getProperty('glide.sys.default.tz', '') || ''),
    }
}
