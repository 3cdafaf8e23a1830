/**
 * What the panel may do, from the Setup row and the caller's roles:
 * - `unconfigured`: Setup not started or unfinished → SETUP_INCOMPLETE, nothing else;
 * - `basic`: "continue without setup" (mode none) → search links built from the incident text, no Microsoft call;
 * - `insights`: solutions and service health, never Contact Microsoft support;
 * - `full` (basic or AAD authentication): also Contact Microsoft support, for administrators.
 */
import { findSetup, isTestEnvironment, setupModeOf } from '../setup/setup-record'
import { ROLE, currentUserHas } from '../security/roles'
import { booleanField } from '../platform/booleans'

export type PanelMode = 'unconfigured' | 'basic' | 'insights' | 'full'

export interface PanelAbilities {
    mode: PanelMode
    /** The caller may open a Microsoft case (administrator, and a mode with service requests). */
    canContactSupport: boolean
    /** Setup's final step passed (cases need it). */
    setupCompleted: boolean
    testEnvironment: boolean
}

export function readPanelAbilities(): PanelAbilities {
    const setup = findSetup()
    const rawMode = setupModeOf(setup)
    let mode: PanelMode = 'unconfigured'
    if (rawMode === 'none') mode = 'basic'
    else if (rawMode === 'insights') mode = 'insights'
    else if (rawMode === 'basic' || rawMode === 'aad') mode = 'full'
    return {
        mode,
        canContactSupport: mode === 'full' && currentUserHas(ROLE.administrator),
        setupCompleted: setup ? booleanField(setup, 'completed') : false,
        testEnvironment: isTestEnvironment(setup),
    }
}
