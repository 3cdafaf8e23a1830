/**
 * Platform checks: the cross-scope reads the app needs are not refused, the Microsoft 365 section
 * is on each Default-view incident form, the app's scheduled jobs are active and ran recently,
 * and the resolution codes the app writes are ones the instance offers.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { readHealthSettings } from '../../config/settings'
import { findAppSection, incidentDefaultForms } from '../../incident-form/form-section'
import { closeCodes, isCloseCode } from '../../incidents/close-codes'
import { booleanField } from '../../platform/booleans'
import { crossScopeReadRefused } from '../../setup/setup-store'
import { CheckId, CheckResult, failed, lookedAt, notApplicable, passed } from './check'
import { SetupFacts, connects, modeName, receivesCalls } from './setup-facts'

const GROUP = 'platform'

/**
 * Platform tables the app reads from its scope (its Application Cross-Scope Access records in
 * src/fluent/cross-scope.now.ts). A table whose own Application Access clears "Can read" refuses
 * them silently: the script sees no rows, the platform logs "Security restricted: Read operation
 * against ... refused" (KB0727180, docs "Application access settings").
 */
export const CROSS_SCOPE_READS = [
    'oauth_entity',
    'oauth_entity_profile',
    'oauth_oidc_entity',
    'sys_user',
    'sys_user_has_role',
    'incident',
    'sys_ui_form',
    'sys_ui_form_section',
    'sys_choice',
    'sysauto_script',
    'sys_trigger',
    'syslog',
    'sys_outbound_http_log',
]

export function checkCrossScopeReads(): CheckResult {
    const looked = lookedAt('crossScope', [CROSS_SCOPE_READS.join(', ')])
    const refused = CROSS_SCOPE_READS.filter((table) => crossScopeReadRefused(table))
    if (refused.length) return failed('cross_scope_reads', GROUP, looked, 'DIAG_FIX_CROSS_SCOPE_READ', [refused.map((t) => "'" + t + "'").join(', ')])
    return passed('cross_scope_reads', GROUP, looked)
}

export function checkFormSection(): CheckResult {
    for (const table of ['sys_ui_form', 'sys_ui_form_section']) {
        if (crossScopeReadRefused(table)) return notApplicable('form_section', GROUP, lookedAt('readRefused', [table]))
    }
    const sectionId = findAppSection()
    if (!sectionId) return failed('form_section', GROUP, lookedAt('formSection', [lookedAt('none')]), 'DIAG_FIX_FORM_SECTION_NOT_INSTALLED')
    const forms = incidentDefaultForms(sectionId)
    const describe = (f: { domain: string; view: string }) => 'domain ' + f.domain + ' (' + f.view + ')'
    const looked = lookedAt('formSection', [forms.length ? forms.map((f) => describe(f) + (f.attached ? ': shows the tab' : ': no tab')).join(', ') : lookedAt('none')])
    const missing = forms.filter((f) => !f.attached)
    if (forms.length === 0 || missing.length) return failed('form_section', GROUP, looked, 'DIAG_FIX_FORM_SECTION', [forms.length ? missing.map(describe).join(', ') : lookedAt('none')])
    return passed('form_section', GROUP, looked)
}

/** The app's scheduled jobs by name (src/fluent/health/sync-job.now.ts, src/fluent/inbound/comment-sync.now.ts; a build test keeps them equal). */
export const APP_JOBS = {
    healthSync: 'Microsoft 365 service health sync',
    commentRetry: 'Microsoft 365: retry comments to Microsoft support',
} as const

/** run_period is a duration stored as a date-time from the epoch ('1970-01-01 00:05:00'). */
export function periodMs(runPeriod: string | null): number {
    const m = /^1970-01-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(runPeriod || '')
    if (!m) return 0
    return (((Number(m[1]) - 1) * 24 + Number(m[2])) * 3600 + Number(m[3]) * 60 + Number(m[4])) * 1000
}

/** How late a job's next run may be before the check calls it stuck: one period plus this. */
export const JOB_GRACE_MS = 5 * 60 * 1000

/**
 * Whether a job's schedule item is overdue. The instance's scheduler keeps one sys_trigger row
 * ("Schedule Item") per active scheduled job and moves its next_action forward each time the job
 * runs, so a next_action further in the past than a period plus grace means the job is not running.
 */
export function overdue(nextAction: string, period: number, nowMs: number): boolean {
    const at = Date.parse(nextAction.replace(' ', 'T') + 'Z')
    return isNaN(at) || nowMs - at > period + JOB_GRACE_MS
}

/**
 * The job's schedule item: sys_trigger.document_key is the job's sys_id (public evidence, not a
 * ServiceNow doc), and the item carries the job's name; either identifies it.
 */
function scheduleItem(jobId: string, name: string): GlideRecord | null {
    const trigger = new GlideRecord('sys_trigger')
    trigger.addQuery('document_key', jobId).addOrCondition('name', name)
    trigger.orderByDesc('next_action')
    trigger.setLimit(1)
    trigger.query()
    return trigger.next() ? trigger : null
}

export function checkJob(id: CheckId, name: string, needed: boolean, mode: string): CheckResult {
    if (!needed) return notApplicable(id, GROUP, lookedAt('notInMode', [mode]))
    for (const table of ['sysauto_script', 'sys_trigger']) {
        if (crossScopeReadRefused(table)) return notApplicable(id, GROUP, lookedAt('readRefused', [table]))
    }
    const job = new GlideRecord('sysauto_script')
    job.addQuery('name', name)
    job.setLimit(1)
    job.query()
    if (!job.next()) return failed(id, GROUP, lookedAt('job', [name, 'false', lookedAt('none')]), 'DIAG_FIX_JOB_MISSING', [name])
    const active = booleanField(job, 'active')
    const item = active ? scheduleItem(job.getUniqueValue(), name) : null
    const next = item ? item.getValue('next_action') || '' : ''
    const looked = lookedAt('job', [name, String(active), next || lookedAt('none')])
    if (!active) return failed(id, GROUP, looked, 'DIAG_FIX_JOB_INACTIVE', [name])
    if (!next || overdue(next, periodMs(job.getValue('run_period')), new GlideDateTime().getNumericValue())) {
        return failed(id, GROUP, looked, 'DIAG_FIX_JOB_NOT_RUNNING', [name, next || 'no schedule item'])
    }
    return passed(id, GROUP, looked)
}

export function checkCloseCodes(): CheckResult {
    if (crossScopeReadRefused('sys_choice')) return notApplicable('close_codes', GROUP, lookedAt('readRefused', ['sys_choice']))
    const codes = closeCodes()
    const configured = readHealthSettings().closeCode
    const looked = lookedAt('closeCodes', [String(codes.length), configured || lookedAt('none')])
    if (codes.length === 0) return failed('close_codes', GROUP, looked, 'DIAG_FIX_NO_CLOSE_CODES')
    if (configured && !isCloseCode(configured, codes)) return failed('close_codes', GROUP, looked, 'DIAG_FIX_CLOSE_CODE', [configured, codes.map((c) => c.value).join(', ')])
    return passed('close_codes', GROUP, looked)
}

export function platformChecks(facts: SetupFacts | null): CheckResult[] {
    const mode = modeName(facts)
    return [
        checkCrossScopeReads(),
        checkFormSection(),
        checkJob('job_health_sync', APP_JOBS.healthSync, connects(facts), mode),
        checkJob('job_comment_retry', APP_JOBS.commentRetry, receivesCalls(facts), mode),
        checkCloseCodes(),
    ]
}
