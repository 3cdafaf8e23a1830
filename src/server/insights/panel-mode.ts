/**
 * What the panel may do, from the Setup row and the caller's roles:
 * - `unconfigured`: Setup not started or unfinished → SETUP_INCOMPLETE, nothing else;
 * - `basic`: "continue without setup" (mode none) → search links built from the incident text, no Microsoft call;
 * - `insights`: solutions and service health, never Contact Microsoft support;
 * - `full` (basic or AAD authentication): also Contact Microsoft support, for administrators.
 * In `basic` and `insights` no connector is configured: Contact Microsoft support lets an
 * administrator record the service request they opened in the Microsoft 365 admin center
 * (cases/recorded-case.ts); it never pretends to open one.
 */
import { findSetup, isTestEnvironment, setupModeOf } from '../setup/setup-record'
import { ROLE, currentUserHas } from '../security/roles'
import { booleanField } from '../platform/booleans'
import { recordsByHand } from '../cases/recorded-case'

export type PanelMode = 'unconfigured' | 'basic' | 'insights' | 'full'

export interface PanelAbilities {
    mode: PanelMode
    /** The caller may open a Microsoft case (administrator, and a mode with service requests). */
    canContactSupport: boolean
    /** The caller may record a service request opened in the Microsoft 365 admin center (administrator, no connector). */
    canRecordCase: boolean
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
        canRecordCase: recordsByHand(rawMode) && currentUserHas(ROLE.administrator),
        setupCompleted: setup ? booleanField(setup, 'completed') : false,
        testEnvironment: isTestEnvironment(setup),
    }
}
