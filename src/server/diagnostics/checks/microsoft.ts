/**
 * Microsoft checks: a token can be obtained, the support connector answers, the repository is
 * registered, Microsoft Graph grants each permission the app uses, the last health sync, and
 * Microsoft Learn answers when it is the solutions source. Calls go
 * through the one outbound path (src/server/connector, so each is in the outbound HTTP log) with
 * no retries: no check blocks longer than the outbound timeout. The token is asked for the way
 * Setup's test does (sn_auth.GlideOAuthClient); the token itself never reaches this code's answer.
 */
import { GlideDateTime } from '@servicenow/glide'
import { readHealthSettings, readSettings, solutionsSource } from '../../config/settings'
import { getRepository, Outcome } from '../../connector/connector-client'
import { Repository } from '../../connector/types'
import { GRAPH_PERMISSIONS, GraphPermission, PermissionResult, featureNames, probeGraphPermissions } from '../../health/graph-permissions'
import { highWaterMark, lastSyncAttempt } from '../../health/sync'
import { crossScopeReadRefused, outboundTokenTarget } from '../../setup/setup-store'
import { tokenTest } from '../../setup/setup-tests'
import { SEARCH_TOOL, listLearnTools } from '../../solutions/learn-client'
import { CheckId, CheckResult, failed, lookedAt, notApplicable, passed } from './check'
import { SetupFacts, connects } from './setup-facts'

const GROUP = 'microsoft'

/** `outboundProfile`: that check's result; a token is not asked for a profile already known to be unusable. */
export function checkToken(facts: SetupFacts | null, outboundProfile?: CheckResult): CheckResult {
    if (!connects(facts)) return notApplicable('token', GROUP, lookedAt('noConnection'))
    if (outboundProfile && outboundProfile.status === 'failed') return notApplicable('token', GROUP, lookedAt('outboundFailed'))
    for (const table of ['oauth_entity_profile', 'oauth_entity']) {
        if (crossScopeReadRefused(table)) return notApplicable('token', GROUP, lookedAt('readRefused', [table]))
    }
    const target = outboundTokenTarget(facts.outboundProfile)
    const looked = lookedAt('token', target ? [target.providerName, target.tokenUrl] : ['?', '?'])
    const test = tokenTest(facts.outboundProfile, facts.tenantDomain)
    if (test.status === 'passed') return passed('token', GROUP, looked)
    return failed('token', GROUP, looked, 'DIAG_FIX_TOKEN', [test.message])
}

/** The connector's answer to the repository read, shared by the connector and repository checks. */
export type RepositoryOutcome = Outcome<Repository> | null

export function readRepository(facts: SetupFacts, correlationId: string): Outcome<Repository> {
    return getRepository(facts.repositoryId, correlationId, 0)
}

function repositoryUrl(facts: SetupFacts): string {
    return readSettings().connectorBaseUrl + '/v1/tenants/' + encodeURIComponent(facts.tenantDomain) + '/repositories/' + encodeURIComponent(facts.repositoryId)
}

/** The connector answered when it said anything the contract knows, RepositoryNotRegistered included. */
export function checkConnector(facts: SetupFacts | null, token: CheckResult, outcome: RepositoryOutcome): CheckResult {
    if (!connects(facts)) return notApplicable('connector', GROUP, lookedAt('noConnection'))
    if (token.status === 'failed' || !outcome) return notApplicable('connector', GROUP, lookedAt('noToken'))
    const looked = lookedAt('connector', [repositoryUrl(facts)])
    if (outcome.ok === true) return passed('connector', GROUP, looked)
    if (outcome.code === 'RepositoryNotRegistered') return passed('connector', GROUP, looked)
    const what = (outcome.code || 'HTTP ' + outcome.status) + ': ' + outcome.detail.substring(0, 200)
    return failed('connector', GROUP, looked, 'DIAG_FIX_CONNECTOR', [readSettings().connectorBaseUrl, what], [{ text: what, correlation_id: outcome.correlationId }])
}

export function checkRepository(facts: SetupFacts | null, connector: CheckResult, outcome: RepositoryOutcome): CheckResult {
    if (!connects(facts)) return notApplicable('repository', GROUP, lookedAt('noConnection'))
    if (connector.status !== 'passed' || !outcome) return notApplicable('repository', GROUP, lookedAt('connectorFailed'))
    const looked = lookedAt('repository', [facts.repositoryId || lookedAt('none'), facts.tenantDomain])
    if (outcome.ok === true) return passed('repository', GROUP, looked)
    return failed('repository', GROUP, looked, 'DIAG_FIX_REPOSITORY', [facts.repositoryId, facts.tenantDomain], [{ text: outcome.code + ': ' + outcome.detail.substring(0, 200), correlation_id: outcome.correlationId }])
}

/** Each Graph permission's check (graph-permissions.ts lists the permissions and what each enables). */
export const PERMISSION_CHECK: Record<GraphPermission, CheckId> = {
    'ServiceHealth.Read.All': 'graph_service_health',
    'ServiceMessage.Read.All': 'graph_service_message',
}

/** One check per Graph permission: red when Graph refuses its read (missing) or does not answer it (unknown). */
export function checkGraphPermissions(facts: SetupFacts | null, token: CheckResult, correlationId: string): CheckResult[] {
    const ids = GRAPH_PERMISSIONS.map((spec) => PERMISSION_CHECK[spec.permission])
    if (!connects(facts)) return ids.map((id) => notApplicable(id, GROUP, lookedAt('noConnection')))
    if (token.status === 'failed') return ids.map((id) => notApplicable(id, GROUP, lookedAt('noToken')))
    return probeGraphPermissions(facts.graphProfile, correlationId, 0).map((probe) => permissionCheck(probe))
}

export function permissionCheck(probe: PermissionResult): CheckResult {
    const id = PERMISSION_CHECK[probe.permission]
    const looked = lookedAt('graph', [probe.url])
    if (probe.state === 'granted') return passed(id, GROUP, looked)
    const what = probe.detail || ''
    const items = [{ text: what, correlation_id: probe.correlationId }]
    if (probe.state === 'missing') return failed(id, GROUP, looked, 'GRAPH_PERMISSION_MISSING', [probe.permission, featureNames(probe.features), what], items)
    return failed(id, GROUP, looked, 'GRAPH_PERMISSION_UNKNOWN', [probe.permission, readSettings().graphBaseUrl, what], items)
}

/**
 * Microsoft Learn, when it is the solutions source: Learn answers MCP and lists the search tool
 * the panel calls. Needs no Setup (Learn takes no authentication).
 */
export function checkLearn(correlationId: string): CheckResult {
    const source = solutionsSource()
    if (source !== 'learn') return notApplicable('learn', GROUP, lookedAt('learnNotSource', [source]))
    const endpoint = readSettings().learnMcpUrl
    const looked = lookedAt('learn', [endpoint])
    const tools = listLearnTools(correlationId)
    if (tools.ok === true && tools.value.indexOf(SEARCH_TOOL) >= 0) return passed('learn', GROUP, looked)
    const what = tools.ok === true ? 'ToolMissing: tools/list has no ' + SEARCH_TOOL + ' (' + tools.value.join(', ') + ')' : (tools.code || 'HTTP ' + tools.status) + ': ' + tools.detail.substring(0, 200)
    return failed('learn', GROUP, looked, 'DIAG_FIX_LEARN', [endpoint, what], [{ text: what, correlation_id: correlationId }])
}

/** A sync counts as recent within two sync intervals plus the job's own minute. */
export function syncStale(lastAttempt: string, syncMinutes: number, nowMs: number): boolean {
    const at = Date.parse(lastAttempt.replace(' ', 'T') + 'Z')
    return isNaN(at) || nowMs - at > (2 * syncMinutes + 1) * 60000
}

export function checkHealthSync(facts: SetupFacts | null): CheckResult {
    if (!connects(facts)) return notApplicable('health_sync', GROUP, lookedAt('noConnection'))
    const last = lastSyncAttempt()
    const mark = highWaterMark()
    const never = lookedAt('never')
    const looked = lookedAt('healthSync', [last || never, mark || never])
    if (!last) return failed('health_sync', GROUP, looked, 'DIAG_FIX_HEALTH_SYNC_NEVER')
    const minutes = readHealthSettings().syncMinutes
    if (syncStale(last, minutes, new GlideDateTime().getNumericValue())) return failed('health_sync', GROUP, looked, 'DIAG_FIX_HEALTH_SYNC_STALE', [last, String(2 * minutes + 1)])
    return passed('health_sync', GROUP, looked)
}
