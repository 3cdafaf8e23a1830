/**
 * Who may call the connector API: only the integration user chosen in Setup. The route ACL
 * (incident_manager) lets the platform refuse strangers early; this check in code pins the
 * caller to the one configured account:
 * - basic mode (basic auth or an OAuth bearer from oauth_token.do): the Setup row's integration user;
 * - AAD mode (a JWT mapped by the OIDC provider's `appid` claim to a User ID): the user whose
 *   user name is the REST user app's client id.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { findSetup, setupModeOf } from '../setup/setup-record'
import { InboundFailure, failure } from './errors'
import { HeaderSource, checkAadCredential } from './credential'

/** The role of the route ACL x_mioms_m365_assis.connector_api (src/fluent/rest-api/connector-acl.now.ts). */
export const CONNECTOR_ROLE = 'incident_manager'

export interface InboundSetup {
    mode: string
    integrationUser: string
    restUserClientId: string
    /** The inbound provider's client id (AAD: the OIDC entity's, the tokens' audience). */
    inboundClientId: string
    repositoryId: string
}

export function readInboundSetup(): InboundSetup | null {
    const setup = findSetup()
    if (!setup) return null
    return inboundSetupOf(setup)
}

export function inboundSetupOf(setup: GlideRecord): InboundSetup {
    return {
        mode: setupModeOf(setup) || '',
        integrationUser: setup.getValue('integration_user') || '',
        restUserClientId: setup.getValue('rest_user_client_id') || '',
        inboundClientId: setup.getValue('inbound_client_id') || '',
        repositoryId: setup.getValue('repository_id') || '',
    }
}

/**
 * The Setup values an inbound call needs, or why the caller is refused (403). `request`: the
 * route's RESTAPIRequest, whose Authorization header AAD mode checks (credential.ts); without it
 * an AAD-mode caller is refused.
 */
export function checkCaller(request?: HeaderSource): InboundSetup | InboundFailure {
    const setup = readInboundSetup()
    if (!setup || (setup.mode !== 'basic' && setup.mode !== 'aad') || !setup.repositoryId) {
        return failure(403, 'INBOUND_NOT_CONFIGURED', 'NotConfigured', 'Microsoft support is not set up on this instance (Setup mode, integration user and repository).')
    }
    if (setup.mode === 'aad') {
        const wrongCredential = checkAadCredential(request, setup.inboundClientId)
        if (wrongCredential) return wrongCredential
    }
    if (!isIntegrationUser(setup, gs.getUserID(), gs.getUserName())) {
        return failure(403, 'INBOUND_NOT_INTEGRATION_USER', 'NotIntegrationUser', 'The caller is not the integration user configured in Setup.')
    }
    // The route ACL's role, checked again in code (should the ACL be deactivated or changed).
    if (!gs.hasRole(CONNECTOR_ROLE)) {
        return failure(403, 'INBOUND_NOT_INTEGRATION_USER', 'MissingRole', 'The integration user needs the ' + CONNECTOR_ROLE + ' role.')
    }
    return setup
}

/** The integration user's user name (what sys_created_by holds on the records it writes); '' when not set. */
export function integrationUserName(setup: InboundSetup): string {
    if (setup.mode === 'aad') return setup.restUserClientId
    if (!setup.integrationUser) return ''
    const user = new GlideRecord('sys_user')
    return user.get(setup.integrationUser) ? user.getValue('user_name') || '' : ''
}

export function isIntegrationUser(setup: InboundSetup, userSysId: string, userName: string): boolean {
    if (!userSysId) return false
    if (setup.mode === 'aad') {
        return Boolean(setup.restUserClientId) && userName === setup.restUserClientId
    }
    return Boolean(setup.integrationUser) && userSysId === setup.integrationUser
}
