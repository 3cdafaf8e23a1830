/**
 * The 16 rows of Microsoft's troubleshooting table for the app (PRODUCT.md, docs/admin/troubleshooting.md),
 * each with the checks that explain it, so an admin who saw a message in the panel finds its
 * cause in one place. Row texts are the catalogue's LABELS.diagnostics.rows, in the same order.
 */
import { LABELS } from '../messages/catalogue'
import { CheckId, CheckResult, CheckStatus } from './checks/check'

const SETUP: CheckId[] = ['setup_complete', 'outbound_profile', 'cross_scope_reads', 'token', 'properties', 'microsoft_urls']
const FINAL_STEP: CheckId[] = ['setup_complete', 'connector', 'repository']
// Solutions come from Microsoft Learn by default: when it does not answer, nothing shows up or "contact app support".
const NOTHING: CheckId[] = ['token', 'connector', 'learn', 'microsoft_urls', 'properties', 'recent_failures']
const APP_SUPPORT: CheckId[] = ['connector', 'learn', 'recent_failures']

export const ROW_CHECKS: ReadonlyArray<ReadonlyArray<CheckId>> = [
    ['form_section', 'cross_scope_reads', 'setup_complete'], // 1 tab not visible
    SETUP, // 2
    FINAL_STEP, // 3
    SETUP, // 4
    FINAL_STEP, // 5
    SETUP.concat(['integration_user', 'inbound_provider']), // 6
    FINAL_STEP.concat(['integration_user', 'inbound_provider']), // 7
    ['connector', 'recent_failures'], // 8 admin account: Microsoft refused it (validateAdmin in the log)
    NOTHING, // 9
    APP_SUPPORT, // 10
    NOTHING, // 11
    APP_SUPPORT, // 12
    NOTHING.concat(['repository']), // 13
    ['cross_scope_reads', 'recent_failures'], // 14 solutions gone after reopening
    ['cross_scope_reads', 'recent_failures', 'comment_queue', 'inbound_refusals'], // 15 case not shown
    ['cross_scope_reads', 'close_codes', 'recent_failures'], // 16 ticket details not saved
]

export interface TroubleshootingRow {
    row: number
    symptom: string
    checks: { id: CheckId; status: CheckStatus | 'missing' }[]
    /** failed when any of its checks failed. */
    status: 'failed' | 'passed'
}

export function troubleshootingRows(results: CheckResult[]): TroubleshootingRow[] {
    const byId: { [id: string]: CheckResult } = {}
    for (const r of results) byId[r.id] = r
    return ROW_CHECKS.map((ids, index) => {
        const checks = ids.map((id) => ({ id, status: byId[id] ? byId[id].status : ('missing' as const) }))
        return { row: index + 1, symptom: LABELS.diagnostics.rows[index], checks, status: checks.some((c) => c.status === 'failed') ? 'failed' : 'passed' }
    })
}
