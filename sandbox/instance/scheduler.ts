/**
 * Runs the installed app's scheduled jobs (sysauto_script, run_type "periodically") in the
 * sandbox, the way the instance's scheduler would: each job's generated glue every run_period,
 * as the job's run_as user (admin when empty). Off unless SANDBOX_SCHEDULER=1; the interval can
 * be shortened with SANDBOX_SCHEDULER_MS (e.g. 5000 for a demo). A failing job is logged and the
 * scheduler carries on.
 *
 * Like the instance's scheduler it keeps one sys_trigger row ("Schedule Item", with its Next action)
 * per active job, pointing at the job by document/document_key, moves next_action forward each
 * time the job runs, and removes the item of a job that is no longer active; so what an admin (and
 * the app's Diagnostics) reads about a job's last and next run is what an instance records.
 */
import { Platform } from '../glide/platform'
import { ModuleRuntime } from './module-runtime'
import { storedTrue } from '../glide/fieldTypes'
import { term } from '../glide/store/semantics'

export interface Scheduler {
    /** Runs every due job now (tests, demos). Returns the names run. */
    runAll(): string[]
    stop(): void
}

function periodMs(runPeriod: string | null): number {
    // run_period is a duration stored as a date-time from the epoch: '1970-01-01 00:15:00'.
    const m = /^1970-01-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(runPeriod ?? '')
    if (!m) return 0
    return (((Number(m[1]) - 1) * 24 + Number(m[2])) * 3600 + Number(m[3]) * 60 + Number(m[4])) * 1000
}

export function startScheduler(platform: Platform, runtime: ModuleRuntime, env: NodeJS.ProcessEnv = process.env): Scheduler | null {
    if (env.SANDBOX_SCHEDULER !== '1') return null
    const override = Number(env.SANDBOX_SCHEDULER_MS ?? 0)
    const lastRun = new Map<string, number>()

    const jobs = () =>
        platform.store
            .query('sysauto_script', {})
            .filter((row) => storedTrue(row.active) && row.run_type === 'periodically' && row.script)

    const glideTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
    const triggerOf = (jobId: string) => platform.store.query('sys_trigger', { where: term('document_key', '=', jobId), limit: 1 })[0]
    /** The schedule item of each active job (created when missing), none for an inactive one. */
    const syncTriggers = (now: number) => {
        for (const row of platform.store.query('sysauto_script', {})) {
            const id = String(row.sys_id)
            const item = triggerOf(id)
            if (!storedTrue(row.active) || row.run_type !== 'periodically') {
                if (item) platform.store.delete('sys_trigger', String(item.sys_id))
            } else if (!item) {
                platform.insertRow('sys_trigger', { name: row.name, document: 'sysauto_script', document_key: id, trigger_type: '1', state: '0', next_action: glideTime(now) })
            }
        }
    }
    const ranAt = (jobId: string, now: number, every: number) => {
        const item = triggerOf(jobId)
        if (item) platform.store.update('sys_trigger', String(item.sys_id), { next_action: glideTime(now + every) })
    }

    const runJob = (row: Record<string, string | null>) => {
        try {
            platform.runAs(row.run_as || 'admin', () => runtime.runScript(String(row.script), {}))
        } catch (error) {
            process.stderr.write(`scheduled job "${row.name}" failed: ${(error as Error).stack ?? error}\n`)
        }
    }

    const tick = () => {
        const now = Date.now()
        syncTriggers(now)
        for (const row of jobs()) {
            const every = override > 0 ? override : periodMs(row.run_period)
            if (every <= 0) continue
            const id = String(row.sys_id)
            if (now - (lastRun.get(id) ?? 0) < every) continue
            lastRun.set(id, now)
            runJob(row)
            ranAt(id, now, every)
        }
    }

    const timer = setInterval(tick, Math.max(1000, Math.min(override > 0 ? override : 15000, 15000)))
    timer.unref()
    return {
        runAll() {
            const names: string[] = []
            const now = Date.now()
            syncTriggers(now)
            for (const row of jobs()) {
                runJob(row)
                ranAt(String(row.sys_id), now, override > 0 ? override : periodMs(row.run_period))
                names.push(String(row.name))
            }
            return names
        },
        stop: () => clearInterval(timer),
    }
}
