/**
 * Runs every check, in group order, within a time budget. Each Microsoft call is made without
 * retries, so one check blocks at most one outbound timeout (x_mioms_m365_assis.http.timeout_ms);
 * a Microsoft check that could not finish inside the budget is not run (not applicable, saying so).
 */
import { GlideDateTime } from '@servicenow/glide'
import { readSettings } from '../config/settings'
import { newCorrelationId } from './logger'
import { CheckId, CheckResult, failed, notApplicable } from './checks/check'
import { configurationChecks } from './checks/configuration'
import { GRAPH_PERMISSIONS } from '../health/graph-permissions'
import { PERMISSION_CHECK, checkConnector, checkGraphPermissions, checkHealthSync, checkLearn, checkRepository, checkToken, readRepository, RepositoryOutcome } from './checks/microsoft'
import { platformChecks } from './checks/platform'
import { connects, readSetupFacts } from './checks/setup-facts'
import { trafficChecks } from './checks/traffic'
import { TroubleshootingRow, troubleshootingRows } from './troubleshooting-rows'

/** The whole run stays well inside a REST transaction: each Microsoft call is started only if a full timeout still fits. */
export const BUDGET_MS = 60000

export interface DiagnosticsRun {
    ran_at: string
    duration_ms: number
    correlation_id: string
    checks: CheckResult[]
    rows: TroubleshootingRow[]
}

/** The clock, replaceable in tests. */
export interface Clock {
    now(): number
}
const PLATFORM_CLOCK: Clock = { now: () => new GlideDateTime().getNumericValue() }

export function runDiagnostics(clock: Clock = PLATFORM_CLOCK): DiagnosticsRun {
    const started = clock.now()
    const correlationId = newCorrelationId()
    const timeout = readSettings().httpTimeoutMs
    const fitsCalls = (calls: number) => clock.now() - started + calls * timeout <= BUDGET_MS
    const fits = () => fitsCalls(1)
    const overBudget = (id: CheckId): CheckResult => {
        const skipped = notApplicable(id, 'microsoft', '')
        const budget = failed(id, 'microsoft', '', 'DIAG_BUDGET_EXCEEDED')
        return { ...skipped, looked_at: budget.fix || '' }
    }
    const facts = readSetupFacts()
    const checks: CheckResult[] = configurationChecks(facts).concat(platformChecks(facts))

    const token = fits() ? checkToken(facts, checks.filter((c) => c.id === 'outbound_profile')[0]) : overBudget('token')
    let outcome: RepositoryOutcome = null
    if (connects(facts) && token.status === 'passed' && fits()) outcome = readRepository(facts, correlationId)
    const connector = token.status === 'passed' && !outcome && connects(facts) ? overBudget('connector') : checkConnector(facts, token, outcome)
    const repository = checkRepository(facts, connector, outcome)
    // One call per permission: the probes run together only if all fit.
    const graph = fitsCalls(GRAPH_PERMISSIONS.length) ? checkGraphPermissions(facts, token, correlationId) : GRAPH_PERMISSIONS.map((p) => overBudget(PERMISSION_CHECK[p.permission]))
    checks.push(token, connector, repository, ...graph, checkHealthSync(facts))
    // Microsoft Learn needs no Setup. Its first call must fit; a new session's next two calls follow only once Learn answered the first.
    checks.push(fits() ? checkLearn(correlationId) : overBudget('learn'))

    const all = checks.concat(trafficChecks())
    return { ran_at: new GlideDateTime().getValue(), duration_ms: clock.now() - started, correlation_id: correlationId, checks: all, rows: troubleshootingRows(all) }
}
