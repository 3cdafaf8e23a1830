/**
 * Setup's last step: tests that the integration works, each failure with its own message.
 *   POST /setup/tests   runs them now and stores the results in setup.last_test_results
 *   GET  /setup/tests   the stored results
 * The inbound round trip is asynchronous (Microsoft calls back after answering): POST starts it
 * and records it as pending; GET asks Microsoft for its outcome until it is known.
 * Setup is `completed` only when every test that applies to the mode passed.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { readSettings } from '../config/settings'
import { getRepository } from '../connector/connector-client'
import { ConnectionTest, getConnectionTest, startConnectionTest } from '../connector/connection-test'
import { logInfo, logWarn, newCorrelationId } from '../diagnostics/logger'
import { LABELS, MessageId } from '../messages/catalogue'
import { userMessage } from '../messages/user-message'
import { RouteResponse, sendError, sendJson } from '../rest/respond'
import { findSetup } from './setup-record'
import { SetupRequest, SetupSnapshot, refuseUnlessAdministrator, snapshot } from './setup-routes'
import { refusedCredentialCause, registrationMismatch, wrongUserCause } from './round-trip-cause'
import { inboundEndpoint } from './setup-store'
import { TokenRefusal, requestOutboundToken, secretProblem } from '../connector/outbound-token'
import { booleanField } from '../platform/booleans'
import { GraphPermission, PermissionResult, PermissionState, featureNames, probeGraphPermissions } from '../health/graph-permissions'
import { setText } from '../platform/field-length'

export type TestId = 'token' | 'connector' | 'repository' | 'roundTrip'
export type TestStatus = 'passed' | 'failed' | 'skipped' | 'pending'

export interface TestResult {
    id: TestId
    label: string
    status: TestStatus
    message: string
    code?: string
    /** The round trip's connection test at Microsoft, while it is pending. */
    testId?: string
}

/** One Graph permission as the Setup page shows it: never part of `passed` (a missing one is a warning). */
export interface PermissionCheck {
    permission: GraphPermission
    /** The features it enables, in words. */
    enables: string
    state: PermissionState
    /** For a missing or unknown permission: which features will not work and the fix. */
    message: string
}

export interface TestRun {
    ranAt: string
    correlationId: string
    passed: boolean
    results: TestResult[]
    /** Probed once a token was obtained (health/graph-permissions.ts); absent when the token test failed. */
    permissions?: PermissionCheck[]
}

/** The tests' names, as the Setup page lists them (the catalogue's LABELS). */
const LABEL: Record<TestId, string> = LABELS.setup.testNames

function result(id: TestId, status: TestStatus, messageId: MessageId, args: string[] = [], code?: string): TestResult {
    return { id, label: LABEL[id], status, message: userMessage(messageId, args), code }
}

/** What a refused token request says to fix, from AAD's error fields (never from the platform's own error text). */
export function tokenFailure(refusal: TokenRefusal, tenant: string): TestResult {
    const has = (...codes: string[]) => codes.filter((c) => refusal.codes.indexOf(c) >= 0)[0]
    const secret = secretProblem(refusal)
    if (secret === 'expired') return result('token', 'failed', 'SETUP_TEST_TOKEN_SECRET_EXPIRED', [], 'AADSTS7000222')
    if (secret === 'wrong') return result('token', 'failed', 'SETUP_TEST_TOKEN_WRONG_SECRET', [], 'AADSTS7000215')
    const tenantCode = has('90002', '700016', '90023', '900023')
    if (tenantCode) return result('token', 'failed', 'SETUP_TEST_TOKEN_WRONG_TENANT', [tenant, 'AADSTS' + tenantCode], 'AADSTS' + tenantCode)
    if (has('900144') && /resource/.test(refusal.description)) return result('token', 'failed', 'SETUP_TEST_TOKEN_NEEDS_RESOURCE', [], 'AADSTS900144')
    const detail = 'HTTP ' + refusal.status + (refusal.error ? ' ' + refusal.error : '') + (refusal.description ? ': ' + refusal.description : '')
    return result('token', 'failed', 'SETUP_TEST_TOKEN_FAILED', [detail.substring(0, 300)], refusal.codes.length ? 'AADSTS' + refusal.codes[0] : 'TokenRefused')
}

/**
 * Setup's token test: asks for a token explicitly (connector/outbound-token.ts) and classifies
 * from the response: its code, AAD's error fields, or no answer at all.
 */
export function tokenTest(profileId: string, tenant: string): TestResult {
    const answer = requestOutboundToken(profileId)
    if (answer.kind === 'token') return result('token', 'passed', 'SETUP_TEST_PASSED')
    if (answer.kind === 'no_provider') return result('token', 'failed', 'SETUP_TEST_TOKEN_FAILED', [answer.detail], answer.code)
    if (answer.kind === 'unreachable') return result('token', 'failed', 'SETUP_TEST_TOKEN_UNREACHABLE', [answer.target.tokenUrl, answer.detail], 'TokenHostUnreachable')
    return tokenFailure(answer.refusal, tenant)
}

/** What the Setup page shows for each probed permission. */
export function permissionChecks(probes: PermissionResult[]): PermissionCheck[] {
    return probes.map((probe) => {
        const enables = featureNames(probe.features)
        let message = ''
        if (probe.state === 'missing') message = userMessage('GRAPH_PERMISSION_MISSING', [probe.permission, enables, probe.detail || ''])
        else if (probe.state === 'unknown') message = userMessage('GRAPH_PERMISSION_UNKNOWN', [probe.permission, readSettings().graphBaseUrl, probe.detail || ''])
        return { permission: probe.permission, enables, state: probe.state, message }
    })
}

/** Runs the tests for the saved Setup (pure in its inputs: the outcome of one getRepository call). */
export function runSetupTests(): TestRun | null {
    const setup = findSetup()
    const state = snapshot(setup)
    if (!setup || !state.mode || state.mode === 'none') return null
    const correlationId = newCorrelationId()
    const tenant = state.values.tenant_domain
    const repositoryId = state.values.repository_id
    const results: TestResult[] = []
    const skipped = (id: TestId) => result(id, 'skipped', 'SETUP_TEST_SKIPPED')
    const token = tokenTest(state.values.outbound_profile, tenant)
    const outcome = token.status === 'passed' ? getRepository(repositoryId, correlationId) : null
    const failed = outcome && outcome.ok === false ? outcome : null
    if (!outcome) {
        results.push(token, skipped('connector'), skipped('repository'))
    } else if (!failed) {
        // A registration made for the other setup type (e.g. before the admin re-ran Setup in another mode) fails here, not as a refused call.
        const mismatch = outcome.ok ? registrationMismatch(outcome.value.authenticationType, state.mode, repositoryId) : null
        const repository = mismatch ? result('repository', 'failed', mismatch.messageId, mismatch.args, mismatch.code) : result('repository', 'passed', 'SETUP_TEST_PASSED')
        results.push(token, result('connector', 'passed', 'SETUP_TEST_PASSED'), repository)
    } else {
        results.push(token)
        if (failed.code === 'RepositoryNotRegistered') {
            results.push(result('connector', 'passed', 'SETUP_TEST_PASSED'), result('repository', 'failed', 'SETUP_TEST_REPOSITORY_NOT_REGISTERED', [repositoryId, tenant], failed.code))
        } else {
            let connector: TestResult
            if (failed.code === 'TenantNotConfigured') connector = result('connector', 'failed', 'SETUP_TEST_TENANT_NOT_CONFIGURED', [tenant, state.values.outbound_client_id], failed.code)
            else if (failed.code === 'Forbidden') connector = result('connector', 'failed', 'SETUP_TEST_TENANT_MISMATCH', [tenant, failed.detail.substring(0, 200)], failed.code)
            else if (failed.kind === 'unavailable') connector = result('connector', 'failed', 'SETUP_TEST_CONNECTOR_UNREACHABLE', [readSettings().connectorBaseUrl, failed.detail.substring(0, 200)], failed.code)
            else connector = result('connector', 'failed', 'SETUP_TEST_CONNECTOR_FAILED', [(failed.code || 'HTTP ' + failed.status) + ': ' + failed.detail.substring(0, 200)], failed.code)
            results.push(connector, skipped('repository'))
        }
    }
    if (state.mode === 'insights') results.push(result('roundTrip', 'skipped', 'SETUP_TEST_NOT_NEEDED_INSIGHTS'))
    else if (results.every((r) => r.status === 'passed')) results.push(startRoundTrip(state, correlationId))
    else results.push(skipped('roundTrip'))
    const run: TestRun = { ranAt: new GlideDateTime().getValue(), correlationId, passed: false, results }
    // The Graph profile Setup made, else the outbound profile (as the health sync uses them: connector/connection.ts).
    if (token.status === 'passed') run.permissions = permissionChecks(probeGraphPermissions(state.values.graph_profile || state.values.outbound_profile, correlationId))
    return saveRun(setup, run, state.mode)
}

function startRoundTrip(state: SetupSnapshot, correlationId: string): TestResult {
    const started = startConnectionTest(state.values.repository_id, correlationId)
    if (started.ok === false) return result('roundTrip', 'failed', 'SETUP_TEST_INBOUND_FAILED', [inboundEndpoint(), (started.code || 'HTTP ' + started.status) + ': ' + started.detail.substring(0, 200)], started.code)
    return roundTripResult(started.value, state)
}

/** What the connection test says, as the round trip's result: the precise cause when it is known (round-trip-cause.ts). */
export function roundTripResult(test: ConnectionTest, state: SetupSnapshot): TestResult {
    if (test.status === 'pending') return { ...result('roundTrip', 'pending', 'SETUP_TEST_INBOUND_PENDING'), testId: test.testId }
    if (test.status === 'succeeded') return result('roundTrip', 'passed', 'SETUP_TEST_PASSED')
    const cause = refusedCredentialCause(test, state.values.repository_id, state.values) || (state.mode ? wrongUserCause(test, state.mode, state.values) : null)
    if (cause) return result('roundTrip', 'failed', cause.messageId, cause.args, cause.code)
    const status = test.httpStatus || 0
    const detail = (test.detail || '').substring(0, 300)
    if (status === 0) return result('roundTrip', 'failed', 'SETUP_TEST_INBOUND_UNREACHABLE', [inboundEndpoint(), detail || 'no answer'], 'Unreachable')
    if (status === 401 || status === 403) return result('roundTrip', 'failed', 'SETUP_TEST_INBOUND_UNAUTHORIZED', [inboundEndpoint(), 'HTTP ' + status + (detail ? ' ' + detail : '')], 'HTTP' + status)
    return result('roundTrip', 'failed', 'SETUP_TEST_INBOUND_FAILED', [inboundEndpoint(), 'HTTP ' + status + (detail ? ' ' + detail : '')], 'HTTP' + status)
}

/** Asks Microsoft for a pending round trip's outcome and stores it; the run as it now stands. */
export function refreshRoundTrip(setup: GlideRecord): TestRun | null {
    const run = readTestRun(setup)
    const pending = run ? run.results.filter((r) => r.id === 'roundTrip' && r.status === 'pending' && r.testId)[0] : undefined
    if (!run || !pending) return run
    const state = snapshot(setup)
    const polled = getConnectionTest(state.values.repository_id, pending.testId as string, run.correlationId)
    if (polled.ok === false) {
        run.results = run.results.map((r) => (r === pending ? result('roundTrip', 'failed', 'SETUP_TEST_INBOUND_FAILED', [inboundEndpoint(), (polled.code || 'HTTP ' + polled.status) + ': ' + polled.detail.substring(0, 200)], polled.code) : r))
    } else if (polled.value.status !== 'pending') {
        run.results = run.results.map((r) => (r === pending ? roundTripResult(polled.value, state) : r))
    } else {
        return run
    }
    return saveRun(setup, run, state.mode)
}

function saveRun(setup: GlideRecord, run: TestRun, mode: string): TestRun {
    const correlationId = run.correlationId
    const results = run.results
    const passed = results.every((r) => r.status === 'passed' || (r.id === 'roundTrip' && mode === 'insights'))
    run.passed = passed
    // JSON is never stored cut (a cut document no longer parses): when the messages make it too long, they are shortened first.
    if (!setText(setup, 'last_test_results', JSON.stringify(run), 'refuse', correlationId)) {
        const shorten = <T extends { message: string }>(r: T): T => (r.message.length > 300 ? { ...r, message: r.message.substring(0, 299) + '…' } : r)
        const permissions = run.permissions ? run.permissions.map(shorten) : undefined
        setText(setup, 'last_test_results', JSON.stringify({ ...run, results: run.results.map(shorten), permissions }), 'refuse', correlationId)
    }
    setup.setValue('completed', String(passed))
    if (passed) {
        setup.setValue('completed_on', new GlideDateTime().getValue())
        setup.setValue('step', 'done')
    }
    setup.update()
    if (passed) logInfo('Setup tests passed; Setup is complete', correlationId)
    else if (results.some((r) => r.status === 'pending')) logInfo('Setup tests: waiting for Microsoft to call this instance back', correlationId)
    else logWarn('Setup tests failed: ' + results.filter((r) => r.status === 'failed').map((r) => r.id + ' ' + (r.code || '')).join(', '), correlationId)
    const lacking = (run.permissions || []).filter((p) => p.state !== 'granted')
    if (lacking.length) logWarn('Setup tests: Microsoft Graph permission(s) ' + lacking.map((p) => p.permission + ' ' + p.state).join(', '), correlationId)
    return run
}

export function readTestRun(setup: GlideRecord | null): TestRun | null {
    const raw = setup ? setup.getValue('last_test_results') : null
    if (!raw) return null
    try {
        return JSON.parse(raw) as TestRun
    } catch {
        return null
    }
}

export function postSetupTests(_request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const state = snapshot(findSetup())
    if (!state.consent || !state.mode) {
        sendError(response, 400, { id: 'SETUP_STEP_NOT_REACHED', args: [state.consent ? 'environment' : 'consent'] })
        return
    }
    if (state.mode === 'none') {
        sendError(response, 400, { id: 'SETUP_NOTHING_TO_TEST' })
        return
    }
    if (state.step !== 'complete' && state.step !== 'done') {
        sendError(response, 400, { id: 'SETUP_STEP_NOT_REACHED', args: [state.step] })
        return
    }
    const run = runSetupTests()
    sendJson(response, 200, { run, completed: !!run && run.passed })
}

export function getSetupTests(_request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const setup = findSetup()
    const run = setup ? refreshRoundTrip(setup) : null
    sendJson(response, 200, { run, completed: !!setup && booleanField(setup, 'completed') })
}
