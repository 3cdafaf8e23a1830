/**
 * Configuration checks: Setup is complete for its mode, each record Setup refers to still exists
 * and is active (outbound OAuth provider and profile, inbound OAuth client or OIDC entity,
 * integration user), properties hold usable values and every Microsoft URL is well-formed.
 */
import { GlideRecord } from '@servicenow/glide'
import { PROPERTY, microsoftUrls, unusableProperties } from '../../config/settings'
import { booleanField } from '../../platform/booleans'
import { crossScopeReadRefused, holdsRole } from '../../setup/setup-store'
import { CheckResult, failed, lookedAt, notApplicable, passed } from './check'
import { SetupFacts, connects, modeName, receivesCalls } from './setup-facts'

const GROUP = 'configuration'

export function checkSetupComplete(facts: SetupFacts | null): CheckResult {
    if (!facts) return failed('setup_complete', GROUP, lookedAt('noSetupRow'), 'DIAG_FIX_SETUP_NOT_STARTED')
    const looked = lookedAt('setupRow', [facts.mode || 'none', facts.step || 'consent', String(facts.completed)])
    // "Continue without setup" is a complete setup of its own: basic recommended solutions only.
    if (facts.completed && facts.mode) return passed('setup_complete', GROUP, looked)
    return failed('setup_complete', GROUP, looked, 'DIAG_FIX_SETUP_NOT_COMPLETE', [facts.step || 'consent'])
}

/** A record by sys_id, or null (also for an empty or malformed id). */
function record(table: string, sysId: string): GlideRecord | null {
    if (!/^[0-9a-f]{32}$/.test(sysId)) return null
    const gr = new GlideRecord(table)
    return gr.get(sysId) ? gr : null
}

export function checkOutboundProfile(facts: SetupFacts | null): CheckResult {
    if (!connects(facts)) return notApplicable('outbound_profile', GROUP, lookedAt('noConnection'))
    for (const table of ['oauth_entity_profile', 'oauth_entity']) {
        if (crossScopeReadRefused(table)) return notApplicable('outbound_profile', GROUP, lookedAt('readRefused', [table]))
    }
    const id = facts.outboundProfile || LOOKED_NONE()
    const profile = record('oauth_entity_profile', facts.outboundProfile)
    if (!profile) return failed('outbound_profile', GROUP, lookedAt('outboundProfile', ['?', id, '?']), 'DIAG_FIX_OUTBOUND_PROFILE', [id, 'the profile does not exist'])
    const entity = record('oauth_entity', profile.getValue('oauth_entity') || '')
    const looked = lookedAt('outboundProfile', [profile.getValue('name') || '', id, entity ? entity.getValue('name') || '' : '?'])
    if (!entity) return failed('outbound_profile', GROUP, looked, 'DIAG_FIX_OUTBOUND_PROFILE', [id, 'its OAuth provider does not exist'])
    if (!booleanField(entity, 'active', true)) return failed('outbound_profile', GROUP, looked, 'DIAG_FIX_OUTBOUND_PROFILE', [id, 'its OAuth provider is inactive'])
    if (entity.getValue('default_grant_type') !== 'client_credentials') {
        return failed('outbound_profile', GROUP, looked, 'DIAG_FIX_OUTBOUND_PROFILE', [id, 'its OAuth provider does not use Client Credentials'])
    }
    return passed('outbound_profile', GROUP, looked)
}

const LOOKED_NONE = () => lookedAt('none')

export function checkInboundProvider(facts: SetupFacts | null): CheckResult {
    if (!receivesCalls(facts)) return notApplicable('inbound_provider', GROUP, lookedAt('notInMode', [modeName(facts)]))
    const table = facts.useOidc ? 'oauth_oidc_entity' : 'oauth_entity'
    if (crossScopeReadRefused(table)) return notApplicable('inbound_provider', GROUP, lookedAt('readRefused', [table]))
    const id = facts.inboundEntity || LOOKED_NONE()
    const looked = lookedAt('inboundProvider', [table, id])
    if (facts.mode === 'aad' && !facts.useOidc) return failed('inbound_provider', GROUP, looked, 'DIAG_FIX_INBOUND_PROVIDER', [id, 'the AAD setup needs the OIDC entity'])
    const entity = record(table, facts.inboundEntity)
    if (!entity) return failed('inbound_provider', GROUP, looked, 'DIAG_FIX_INBOUND_PROVIDER', [id, 'it does not exist'])
    const named = lookedAt('inboundProvider', [table, (entity.getValue('name') || '') + ' (' + id + ')'])
    if (!booleanField(entity, 'active', true)) return failed('inbound_provider', GROUP, named, 'DIAG_FIX_INBOUND_PROVIDER', [id, 'it is inactive'])
    if (!facts.useOidc && entity.getValue('type') !== 'client') return failed('inbound_provider', GROUP, named, 'DIAG_FIX_INBOUND_PROVIDER', [id, 'it is not an OAuth API endpoint for external clients'])
    return passed('inbound_provider', GROUP, named)
}

/** Roles the integration user needs: incident_manager to work incidents, snc_internal for the app's routes (NOTES.md). */
export const INTEGRATION_ROLES = ['incident_manager', 'snc_internal']

export function checkIntegrationUser(facts: SetupFacts | null): CheckResult {
    if (!receivesCalls(facts)) return notApplicable('integration_user', GROUP, lookedAt('notInMode', [modeName(facts)]))
    for (const table of ['sys_user', 'sys_user_has_role']) {
        if (crossScopeReadRefused(table)) return notApplicable('integration_user', GROUP, lookedAt('readRefused', [table]))
    }
    const user = record('sys_user', facts.integrationUser)
    if (!user) {
        const id = facts.integrationUser || LOOKED_NONE()
        return failed('integration_user', GROUP, lookedAt('integrationUser', [id, 'not found']), 'DIAG_FIX_INTEGRATION_USER', [id, 'the user does not exist'])
    }
    const name = user.getValue('user_name') || facts.integrationUser
    const problems: string[] = []
    if (!booleanField(user, 'active', true)) problems.push('inactive')
    if (!booleanField(user, 'web_service_access_only')) problems.push('Web service access only is not checked')
    for (const role of INTEGRATION_ROLES) if (!holdsRole(facts.integrationUser, role)) problems.push('no ' + role + ' role')
    if (holdsRole(facts.integrationUser, 'admin')) problems.push('holds the admin role')
    const facts_ = ['active ' + booleanField(user, 'active', true), 'web service only ' + booleanField(user, 'web_service_access_only'), 'roles checked: ' + INTEGRATION_ROLES.join(', ') + ', admin'].join('; ')
    const looked = lookedAt('integrationUser', [name, facts_])
    if (problems.length) return failed('integration_user', GROUP, looked, 'DIAG_FIX_INTEGRATION_USER', [name, problems.join(', ')])
    return passed('integration_user', GROUP, looked)
}

export function checkProperties(): CheckResult {
    const bad = unusableProperties()
    const looked = lookedAt('properties', [String(Object.keys(PROPERTY).length)])
    if (bad.length) return failed('properties', GROUP, looked, 'DIAG_FIX_PROPERTIES', [bad.join('; ')])
    return passed('properties', GROUP, looked)
}

/** The outbound provider's token URL, when Setup chose one and it can be read. */
function outboundTokenUrl(facts: SetupFacts | null): string | null {
    if (!connects(facts) || crossScopeReadRefused('oauth_entity')) return null
    const profile = record('oauth_entity_profile', facts.outboundProfile)
    const entity = profile ? record('oauth_entity', profile.getValue('oauth_entity') || '') : null
    return entity ? entity.getValue('token_url') || '' : null
}

export function checkMicrosoftUrls(facts: SetupFacts | null): CheckResult {
    const urls = microsoftUrls()
    const tokenUrl = outboundTokenUrl(facts)
    const all = urls.map((u) => ({ name: u.name, value: u.value || '(default)', usable: u.usable }))
    if (tokenUrl !== null) all.push({ name: 'token_url', value: tokenUrl, usable: /^https?:\/\/[^\s/?#]+\/[^\s]*$/i.test(tokenUrl) })
    const looked = lookedAt('microsoftUrls', [all.map((u) => u.name + ' ' + u.value).join(', ')])
    const bad = all.filter((u) => !u.usable)
    if (bad.length) return failed('microsoft_urls', GROUP, looked, 'DIAG_FIX_MICROSOFT_URLS', [bad.map((u) => u.name + ' = ' + u.value).join('; ')])
    return passed('microsoft_urls', GROUP, looked)
}

export function configurationChecks(facts: SetupFacts | null): CheckResult[] {
    return [
        checkSetupComplete(facts),
        checkOutboundProfile(facts),
        checkInboundProvider(facts),
        checkIntegrationUser(facts),
        checkProperties(),
        checkMicrosoftUrls(facts),
    ]
}
