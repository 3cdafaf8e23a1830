/** What the checks need from the Setup record, read once per run as plain values. */
import { findSetup, setupModeOf, SetupMode } from '../../setup/setup-record'
import { booleanField } from '../../platform/booleans'

export interface SetupFacts {
    mode: SetupMode | null
    step: string
    completed: boolean
    tenantDomain: string
    outboundProfile: string
    graphProfile: string
    useOidc: boolean
    inboundEntity: string
    integrationUser: string
    repositoryId: string
}

export function readSetupFacts(): SetupFacts | null {
    const setup = findSetup()
    if (!setup) return null
    return {
        mode: setupModeOf(setup),
        step: setup.getValue('step') || '',
        completed: booleanField(setup, 'completed'),
        tenantDomain: setup.getValue('tenant_domain') || '',
        outboundProfile: setup.getValue('outbound_profile') || '',
        graphProfile: setup.getValue('graph_profile') || setup.getValue('outbound_profile') || '',
        useOidc: booleanField(setup, 'use_oidc'),
        inboundEntity: setup.getValue('inbound_entity') || '',
        integrationUser: setup.getValue('integration_user') || '',
        repositoryId: setup.getValue('repository_id') || '',
    }
}

/** Modes that talk to Microsoft at all. */
export function connects(facts: SetupFacts | null): facts is SetupFacts {
    return !!facts && (facts.mode === 'basic' || facts.mode === 'aad' || facts.mode === 'insights')
}

/** Modes in which Microsoft calls this instance (inbound provider, integration user, comments). */
export function receivesCalls(facts: SetupFacts | null): facts is SetupFacts {
    return !!facts && (facts.mode === 'basic' || facts.mode === 'aad')
}

export function modeName(facts: SetupFacts | null): string {
    return facts && facts.mode ? facts.mode : 'none'
}
