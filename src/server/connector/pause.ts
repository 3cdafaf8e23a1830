/**
 * Waiting between retries. Scoped apps have no timers and no `gs.sleep`, and an outbound call
 * is synchronous anyway, so the wait is a short bounded spin on the platform clock. Callers cap
 * the total (see MAX_WAIT_MS in microsoft-http.ts) so a transaction never stalls for long.
 */
import { GlideDateTime } from '@servicenow/glide'

/** Safety net should the clock not move (a frozen test clock): never spin forever. */
const MAX_SPINS = 50000000

export function pause(milliseconds: number): void {
    if (milliseconds <= 0) return
    const until = new GlideDateTime().getNumericValue() + milliseconds
    let spins = 0
    while (new GlideDateTime().getNumericValue() < until && spins < MAX_SPINS) spins++
}
