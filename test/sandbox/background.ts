/**
 * The sandbox's background worker, standing in for the instance's scheduler: every tick it
 * drains the async business-rule queue and runs the app's scheduled scripts (sysauto_script,
 * run_type periodically) whose period has elapsed since they last ran (or since the sandbox
 * started). Scheduled scripts run with no session user unless run_as names one, as on the instance.
 * A failing job is logged in syslog and the worker carries on.
 */
import { Platform } from '../glide/platform'
import { term } from '../glide/store/semantics'
import { Row } from '../glide/store/types'
import { ModuleRuntime } from './module-runtime'

export interface Background {
    /** Runs one tick now (what the timer does); returns how many async rules and jobs ran. */
    tick(): { asyncRules: number; jobs: string[] }
    stop(): void
}

/** '1970-01-01 00:05:00' (a glide_duration) → milliseconds; days count from 1970-01-01. */
export function periodMs(runPeriod: string | null): number {
    const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(String(runPeriod ?? ''))
    if (!match) return 0
    const [, year, month, day, hours, minutes, seconds] = match.map(Number)
    return Date.UTC(year, month - 1, day, hours, minutes, seconds)
}

export function startBackground(platform: Platform, runtime: ModuleRuntime, options: { intervalMs?: number } = {}): Background {
    const lastRun = new Map<string, number>()
    const started = platform.now()

    function dueJobs(now: number): Row[] {
        return platform.store
            .query('sysauto_script', { where: term('run_type', '=', 'periodically') })
            .filter((job) => job.active !== 'false')
            .filter((job) => {
                const period = periodMs(job.run_period)
                return period > 0 && now - (lastRun.get(String(job.sys_id)) ?? started) >= period
            })
    }

    function tick(): { asyncRules: number; jobs: string[] } {
        let asyncRules = platform.runAsyncQueue()
        const ran: string[] = []
        const now = platform.now()
        for (const job of dueJobs(now)) {
            lastRun.set(String(job.sys_id), now)
            try {
                platform.runAs(job.run_as || null, () => runtime.runScript(String(job.script ?? ''), {}))
                ran.push(String(job.name ?? job.sys_id))
            } catch (error) {
                platform.log('error', `Scheduled job ${job.name}: ${error instanceof Error ? error.message : String(error)}`, 'Scheduler')
            }
        }
        asyncRules += platform.runAsyncQueue()
        return { asyncRules, jobs: ran }
    }

    const timer = setInterval(tick, options.intervalMs ?? 5000)
    timer.unref()
    return { tick, stop: () => clearInterval(timer) }
}
