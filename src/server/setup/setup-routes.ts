/**
 * The Setup wizard's REST routes (administrators only; route ACL + the role check here):
 *   GET  /setup/state[?step=<id>]  where the admin is, the saved values, the choices for a step,
 *                                  and the completion page's values once they exist
 *   POST /setup/step/{step}        one step's input: validated here, saved only when valid
 * A refused step answers 400 with one catalogue message and leaves the saved row as it was.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { readSettings } from '../config/settings'
import { logInfo, logWarn } from '../diagnostics/logger'
import { countOpenCases } from '../cases/case-record'
import { userMessage } from '../messages/user-message'
import { RouteResponse, sendError, sendJson } from '../rest/respond'
import { RouteRequest, queryParam } from '../rest/route-request'
import { ROLE, refuseWithoutRole } from '../security/roles'
import { findOrCreateSetup, findSetup, setupModeOf } from './setup-record'
import {
    configureProvider,
    findOutboundChoice,
    findProviderName,
    findUser,
    inboundEndpoint,
    listInbound,
    listOutboundProviders,
    listUsers,
    readRecordField,
} from './setup-store'
import {
    ALL_STEPS,
    MODE_LABEL,
    Refusal,
    SetupMode,
    StepId,
    canEnter,
    checkEnvironment,
    checkInboundInput,
    checkOutboundInput,
    checkRepositoryId,
    checkSettings,
    checkTenantDomain,
    checkUserInput,
    expectedTokenUrls,
    nextStep,
    readInput,
    stepsFor,
    tokenUrlKind,
} from './wizard-steps'
import { booleanField } from '../platform/booleans'
import { permissionSummary } from '../health/graph-permissions'
import { CONNECTOR_POLICY_NAME, applyAccessPolicy, policyMatchesMode, readAccessPolicy, suspendAccessPolicy } from './access-policy'

/** Setup's routes read requests as every route does (rest/route-request.ts). */
export type SetupRequest = RouteRequest

/** The administrator check every Setup route makes in code (the route ACL is the other half). */
export function refuseUnlessAdministrator(response: RouteResponse): boolean {
    return refuseWithoutRole(response, ROLE.administrator)
}

export interface SetupSnapshot {
    step: StepId
    mode: SetupMode | ''
    consent: boolean
    completed: boolean
    values: Record<string, string>
}

const FIELDS = [
    'mode',
    'test_environment',
    'tenant_domain',
    'outbound_profile',
    'graph_profile',
    'outbound_client_id',
    'use_oidc',
    'inbound_entity',
    'inbound_client_id',
    'integration_user',
    'rest_user_client_id',
    'repository_id',
    'sso_enabled',
    'admin_email',
]

/** True/False fields among FIELDS: the page reads them as 'true'/'false' ('' when empty), whatever getValue returns ('1'/'0'). */
const BOOLEAN_FIELDS = ['test_environment', 'use_oidc', 'sso_enabled']

function fieldText(setup: GlideRecord | null, field: string): string {
    const value = setup ? setup.getValue(field) || '' : ''
    if (!value || BOOLEAN_FIELDS.indexOf(field) < 0) return value
    return booleanField(setup!, field) ? 'true' : 'false'
}

export function snapshot(setup: GlideRecord | null): SetupSnapshot {
    const values: Record<string, string> = {}
    for (const field of FIELDS) values[field] = fieldText(setup, field)
    const rawStep = (setup && setup.getValue('step')) || 'consent'
    return {
        step: ALL_STEPS.indexOf(rawStep as StepId) >= 0 ? (rawStep as StepId) : 'consent',
        mode: (values.mode as SetupMode) || '',
        consent: !!setup && booleanField(setup, 'consent'),
        completed: !!setup && booleanField(setup, 'completed'),
        values,
    }
}

export function getSetupState(request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const state = snapshot(findSetup())
    const asked = queryParam(request, 'step') as StepId
    const step = ALL_STEPS.indexOf(asked) >= 0 ? asked : state.step
    sendJson(response, 200, describe(state, step))
}

export function describe(state: SetupSnapshot, step: StepId): Record<string, unknown> {
    return {
        step: state.step,
        viewing: step,
        mode: state.mode,
        modeLabel: state.mode ? MODE_LABEL[state.mode] : '',
        consent: state.consent,
        completed: state.completed,
        steps: stepsFor(state.mode),
        values: state.values,
        choices: choicesFor(step, state),
        completion: state.mode && state.mode !== 'none' ? completionValues(state) : null,
    }
}

function choicesFor(step: StepId, state: SetupSnapshot): Record<string, unknown> {
    const settings = readSettings()
    if (step === 'outbound') {
        const listing = listOutboundProviders()
        const tenant = state.values.tenant_domain
        return {
            refused: listing.refused,
            refusedMessage: listing.refused ? userMessage('OAUTH_ENTITY_READ_REFUSED') : '',
            expectedTokenUrl: tenant ? expectedTokenUrls(settings.tokenHost, tenant).v1 : '',
            graphPermissionNote: userMessage('SETUP_GRAPH_PERMISSION_NOTE', [permissionSummary()]),
            providers: listing.items.map((c) => ({ ...c, tokenUrlKind: tenant ? tokenUrlKind(c.tokenUrl, settings.tokenHost, tenant) : 'mismatch' })),
        }
    }
    if (step === 'inbound') {
        const clients = listInbound(false)
        const oidc = listInbound(true)
        return {
            refused: clients.refused,
            refusedMessage: clients.refused ? userMessage('OAUTH_ENTITY_READ_REFUSED') : '',
            oauthClients: clients.items,
            oidcEntities: oidc.items,
        }
    }
    if (step === 'user') return { users: state.mode === 'basic' ? listUsers() : [] }
    // The page asks for confirmation before Insights only when cases are open (SETUP_INSIGHTS_OPEN_CASES).
    if (step === 'environment') return { openCases: state.mode === 'basic' || state.mode === 'aad' ? countOpenCases() : 0 }
    return {}
}

/** What the Microsoft 365 admin copies into the admin center (PRODUCT.md step 9). */
export function completionValues(state: SetupSnapshot): Record<string, string> {
    const v = state.values
    const insights = state.mode === 'insights'
    let clientId = 'ignored'
    let userName = 'ignored'
    if (state.mode === 'basic') {
        clientId = readRecordField('oauth_entity', v.inbound_entity, 'client_id')
        userName = readRecordField('sys_user', v.integration_user, 'user_name')
    } else if (state.mode === 'aad') {
        clientId = readRecordField('oauth_oidc_entity', v.inbound_entity, 'client_id')
        userName = v.rest_user_client_id
    }
    return {
        enforcement: insights ? '' : enforcementText(state.mode, v.inbound_entity, clientId),
        outboundAppId: v.outbound_client_id,
        repositoryId: v.repository_id,
        endpoint: inboundEndpoint(),
        // Insights only registers like AAD (docs/admin/setup.md, step 9): its values are ignored by Microsoft.
        authenticationType: state.mode === 'basic' ? 'Basic authentication' : 'AAD Auth',
        clientId,
        userName,
        clientSecret: insights ? 'ignored' : '',
        password: insights ? 'ignored' : '',
        refreshTokenExpiration: '864000',
    }
}

/** What the platform and the app enforce on the connector API's credentials, read from the policy records. */
export function enforcementText(mode: SetupMode | '', inboundEntity: string, clientId: string): string {
    if (mode !== 'basic' && mode !== 'aad') return ''
    const enforced = policyMatchesMode(readAccessPolicy(), mode, inboundEntity)
    const id = mode === 'aad' ? (enforced ? 'SETUP_ENFORCED_AAD' : 'SETUP_NOT_ENFORCED_AAD') : enforced ? 'SETUP_ENFORCED_BASIC' : 'SETUP_NOT_ENFORCED_BASIC'
    return userMessage(id, [CONNECTOR_POLICY_NAME, clientId])
}

type Saver = (setup: GlideRecord) => void

interface StepOutcome {
    refusal?: Refusal
    save?: Saver
    notes?: string[]
    warnings?: string[]
}

function refused(refusal: Refusal): StepOutcome {
    return { refusal }
}

export function postSetupStep(request: SetupRequest, response: RouteResponse): void {
    if (refuseUnlessAdministrator(response)) return
    const step = ((request.pathParams && request.pathParams.step) || '') as StepId
    if (ALL_STEPS.indexOf(step) < 0 || step === 'done' || step === 'consent' || step === 'complete') {
        sendError(response, 404, { text: 'Unknown Setup step.' })
        return
    }
    const input = readInput(request.body ? request.body.data : undefined)
    const current = snapshot(findSetup())
    const entry = canEnter(current.mode, current.step, current.consent, step)
    if (entry.ok === false) {
        sendError(response, 400, entry.refusal)
        return
    }
    const outcome = runStep(step, current, input)
    if (outcome.refusal) {
        sendError(response, 400, outcome.refusal)
        return
    }
    const setup = findOrCreateSetup()
    if (outcome.save) outcome.save(setup)
    const mode = setupModeOf(setup) || ''
    const next = nextStep(mode, step)
    setup.setValue('step', next)
    if (mode === 'none') {
        setup.setValue('completed', 'true')
        setup.setValue('completed_on', new GlideDateTime().getValue())
    } else {
        setup.setValue('completed', 'false')
    }
    const saved = setup.isNewRecord() ? setup.insert() : setup.update()
    if (!saved) {
        sendError(response, 500, { id: 'CONTACT_APP_SUPPORT' })
        return
    }
    logInfo('Setup step ' + step + ' saved by ' + gs.getUserName() + '; next: ' + next)
    const state = snapshot(findSetup())
    sendJson(response, 200, { ...describe(state, next), notes: outcome.notes || [], warnings: outcome.warnings || [] })
}

function runStep(step: StepId, current: SetupSnapshot, input: Record<string, unknown>): StepOutcome {
    const mode = current.mode as SetupMode
    if (step === 'environment') {
        const checked = checkEnvironment(input)
        if (checked.ok === false) return refused(checked.refusal)
        // Insights only ends the connector both ways: with cases still open, the admin confirms knowing what stops.
        const openCases = checked.value.mode === 'insights' && current.mode !== 'insights' ? countOpenCases() : 0
        if (openCases > 0 && input.confirmOpenCases !== true) return refused({ id: 'SETUP_INSIGHTS_OPEN_CASES', args: [String(openCases)] })
        if (openCases > 0) logWarn('Setup switched to Insights only by ' + gs.getUserName() + ' with ' + openCases + ' open Microsoft case(s): Microsoft can no longer update them through this instance')
        const cleared = modeChangeClears(current, checked.value.mode)
        const notes: string[] = cleared.length ? [userMessage('SETUP_MODE_CHANGED_CLEARED', [MODE_LABEL[mode], MODE_LABEL[checked.value.mode]])] : []
        return {
            notes,
            save: (setup) => {
                // Another mode's pin would refuse the new mode's credentials until its Inbound step.
                if (current.mode && current.mode !== checked.value.mode && suspendAccessPolicy()) notes.push(userMessage('SETUP_ACCESS_POLICY_SUSPENDED', [CONNECTOR_POLICY_NAME]))
                setup.setValue('mode', checked.value.mode)
                setup.setValue('test_environment', String(checked.value.testEnvironment))
                for (const field of cleared) setup.setValue(field, field === 'use_oidc' ? 'false' : '')
            },
        }
    }
    if (step === 'tenant') {
        const checked = checkTenantDomain(input)
        if (checked.ok === false) return refused(checked.refusal)
        return { save: (setup) => setup.setValue('tenant_domain', checked.value) }
    }
    if (step === 'outbound') return outboundStep(current, input)
    if (step === 'inbound') {
        const checked = checkInboundInput(mode, input, current.values.tenant_domain)
        if (checked.ok === false) return refused(checked.refusal)
        const value = checked.value
        if (value.skip) {
            return {
                save: (setup) => {
                    setup.setValue('use_oidc', 'false')
                    setup.setValue('inbound_entity', '')
                    setup.setValue('inbound_client_id', '')
                },
            }
        }
        const listing = listInbound(value.useOidc)
        if (listing.refused) return refused({ id: 'OAUTH_ENTITY_READ_REFUSED' })
        const chosen = listing.items.filter((i) => i.entityId === value.entityId)[0]
        if (!chosen) return refused({ id: 'SETUP_INBOUND_NOT_FOUND' })
        const notes: string[] = []
        const warnings: string[] = []
        return {
            notes,
            warnings,
            save: (setup) => {
                setup.setValue('use_oidc', String(value.useOidc))
                setup.setValue('inbound_entity', chosen.entityId)
                setup.setValue('inbound_client_id', chosen.clientId)
                if (!value.restrictAccess || (mode !== 'basic' && mode !== 'aad')) return
                const pinned = applyAccessPolicy(mode, chosen.entityId)
                if (pinned.enforced) notes.push(userMessage('SETUP_ACCESS_POLICY_APPLIED', [CONNECTOR_POLICY_NAME, enforcementText(mode, chosen.entityId, chosen.clientId)]))
                else warnings.push(userMessage('SETUP_ACCESS_POLICY_REFUSED', [CONNECTOR_POLICY_NAME, pinned.problem]))
            },
        }
    }
    if (step === 'user') {
        const checked = checkUserInput(mode, input)
        if (checked.ok === false) return refused(checked.refusal)
        const user = mode === 'aad' ? findUser('user_name', checked.value.clientId) : findUser('sys_id', checked.value.userId)
        if (!user) return refused(mode === 'aad' ? { id: 'SETUP_USER_CLIENT_ID_NO_USER', args: [checked.value.clientId] } : { id: 'SETUP_USER_NOT_FOUND' })
        // The guides ask for a web-service-only user with incident_manager: a credential that can administer the instance is refused.
        if (user.admin) return refused({ id: 'SETUP_USER_IS_ADMIN', args: [user.userName] })
        const warnings: string[] = []
        if (!user.webServiceOnly) warnings.push(userMessage('SETUP_USER_NOT_WEB_SERVICE_ONLY', [user.userName]))
        if (!user.incidentManager) warnings.push(userMessage('SETUP_USER_NO_INCIDENT_MANAGER', [user.userName]))
        return {
            warnings,
            save: (setup) => {
                setup.setValue('integration_user', user.userId)
                setup.setValue('rest_user_client_id', mode === 'aad' ? checked.value.clientId : '')
            },
        }
    }
    if (step === 'repository') {
        const checked = checkRepositoryId(input)
        if (checked.ok === false) return refused(checked.refusal)
        return { save: (setup) => setup.setValue('repository_id', checked.value) }
    }
    if (step === 'settings') {
        const checked = checkSettings(mode, input)
        if (checked.ok === false) return refused(checked.refusal)
        return {
            save: (setup) => {
                setup.setValue('sso_enabled', String(checked.value.sso))
                setup.setValue('admin_email', checked.value.adminEmail)
                setup.setValue('test_environment', String(checked.value.testEnvironment))
            },
        }
    }
    return refused({ id: 'CONTACT_APP_SUPPORT' })
}

/**
 * What belongs to one setup type only: the inbound provider and the integration user (basic: an
 * OAuth API endpoint and a user with a password; AAD: an OIDC entity and the REST user app's user)
 * and the tests run for it. Kept across a change of type, a value of the old type would be offered
 * as the new type's choice and make the round trip fail for a reason no message points at.
 */
const MODE_SPECIFIC_FIELDS = ['use_oidc', 'inbound_entity', 'inbound_client_id', 'integration_user', 'rest_user_client_id', 'last_test_results']

/** The saved values a change of setup type clears (none when the type stays, or nothing was saved). */
export function modeChangeClears(current: SetupSnapshot, next: SetupMode): string[] {
    if (!current.mode || current.mode === next) return []
    const setup = findSetup()
    if (!setup) return []
    return MODE_SPECIFIC_FIELDS.filter((field) => (field === 'use_oidc' ? booleanField(setup, field) : (setup.getValue(field) || '') !== ''))
}

function outboundStep(current: SetupSnapshot, input: Record<string, unknown>): StepOutcome {
    const checked = checkOutboundInput(input)
    if (checked.ok === false) return refused(checked.refusal)
    const found = findOutboundChoice(checked.value.profileId)
    if (found.refused) return refused({ id: 'OAUTH_ENTITY_READ_REFUSED' })
    const choice = found.items[0]
    if (!choice) {
        const other = findProviderName(checked.value.profileId)
        if (other && other.grant !== 'client_credentials') return refused({ id: 'SETUP_OUTBOUND_NOT_CLIENT_CREDENTIALS', args: [other.name] })
        return refused({ id: 'SETUP_OUTBOUND_NOT_FOUND' })
    }
    const tenant = current.values.tenant_domain
    const settings = readSettings()
    const kind = tokenUrlKind(choice.tokenUrl, settings.tokenHost, tenant)
    if (kind === 'mismatch') {
        return refused({ id: 'SETUP_OUTBOUND_TOKEN_URL_MISMATCH', args: [choice.entityName, choice.tokenUrl || '(empty)', tenant, expectedTokenUrls(settings.tokenHost, tenant).v1] })
    }
    if (kind === 'v1' && !choice.hasApiScript && !checked.value.configure) return refused({ id: 'SETUP_OUTBOUND_NEEDS_CONFIGURE', args: [choice.entityName] })
    const notes: string[] = [userMessage('SETUP_GRAPH_PERMISSION_NOTE', [permissionSummary()])]
    return {
        notes,
        save: (setup) => {
            let graphProfileId = ''
            if (checked.value.configure) {
                const configured = configureProvider(choice, kind === 'v1')
                graphProfileId = configured.graphProfileId
                if (configured.changes.length) notes.unshift(userMessage('SETUP_OUTBOUND_CONFIGURED', [choice.entityName, configured.changes.join('; ')]))
            }
            setup.setValue('outbound_profile', choice.profileId)
            setup.setValue('outbound_client_id', choice.clientId)
            setup.setValue('graph_profile', graphProfileId)
        },
    }
}
