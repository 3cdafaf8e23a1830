/**
 * The sandbox's async worker: the instance runs async business rules on its worker threads soon
 * after the transaction that queued them. The sandbox drains the queue after each request it
 * serves (server.ts); this timer also drains what was queued outside a request (a scheduled job
 * from scheduler.ts, a background script), every few seconds.
 */
import { Platform } from '../glide/platform'

export interface Background {
    /** Drains the queue now (what the timer does); returns how many async rules ran. */
    tick(): number
    stop(): void
}

export function startBackground(platform: Platform, options: { intervalMs?: number } = {}): Background {
    const tick = () => {
        try {
            return platform.runAsyncQueue()
        } catch (error) {
            platform.log('error', `Async business rules: ${error instanceof Error ? error.message : String(error)}`, 'Scheduler')
            return 0
        }
    }
    const timer = setInterval(tick, Math.max(100, options.intervalMs ?? 5000))
    timer.unref()
    return { tick, stop: () => clearInterval(timer) }
}
