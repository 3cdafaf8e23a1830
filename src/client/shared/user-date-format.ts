/**
 * The session user's date format, read once per page from the app's context route (GET
 * /app/context): the app's pages are direct UI pages without the classic page globals such as
 * g_user_date_time_format. A page that cannot read it shows dates in UTC and says so (words.ts).
 */
import { callApi } from './api'
import type { UserDateFormat } from './words'

let pending: Promise<UserDateFormat | null> | null = null

export function loadUserDateFormat(): Promise<UserDateFormat | null> {
    if (!pending) {
        pending = callApi<{ dates?: UserDateFormat }>('GET', '/app/context').then(
            (context) => context.dates || null,
            () => null,
        )
    }
    return pending
}
