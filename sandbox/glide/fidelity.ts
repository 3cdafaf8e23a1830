/**
 * Fidelity switches: where ServiceNow's behaviour is undocumented, the emulation takes the strict
 * side (refuse, cut, return the less convenient type) and offers one switch per behaviour for the
 * lenient side, so the app is tested on both (docs/platform-fidelity.md lists each switch).
 *
 * A Platform starts strict. Tests flip one switch with `platform.fidelity.<name> = 'lenient'`;
 * the sandbox instance reads `SANDBOX_LENIENT=<name>,<name>` (or `all`) from its environment.
 */
export type FidelityMode = 'strict' | 'lenient'

/**
 * Every undocumented behaviour the emulation decides, with what the strict side does. Add one
 * entry per behaviour (and its ledger row); the key is the switch's name.
 */
export const FIDELITY_BEHAVIOURS = {
    // fieldLength.ts: MySQL documents MEDIUMTEXT (not cut at max_length) for max_length ≥ 256; other back ends are undocumented.
    longTextCut: 'string-family values are cut at max_length on save for every length, not only VARCHAR columns (max_length ≤ 255)',
    // fieldLength.ts: what a GlideRecord holds after it wrote a value the table cut is undocumented.
    writtenValueUncut: 'after insert()/update() the GlideRecord keeps the value as set, so only a re-read shows the cut (lenient: the record holds the cut value)',
} as const satisfies Record<string, string>

export type FidelityBehaviour = keyof typeof FIDELITY_BEHAVIOURS
export type FidelitySwitches = Record<FidelityBehaviour, FidelityMode>

const BEHAVIOUR_NAMES = Object.keys(FIDELITY_BEHAVIOURS) as FidelityBehaviour[]

export function strictFidelity(): FidelitySwitches {
    const switches: Record<string, FidelityMode> = {}
    for (const name of BEHAVIOUR_NAMES) switches[name] = 'strict'
    return switches as FidelitySwitches
}

/** Parses `SANDBOX_LENIENT` ('' | 'all' | 'a,b'): an unknown name throws, so a typo cannot pass silently. */
export function fidelityFromEnv(value: string | undefined): FidelitySwitches {
    const switches: Record<string, FidelityMode> = strictFidelity()
    for (const name of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
        if (name === 'all') {
            for (const known of BEHAVIOUR_NAMES) switches[known] = 'lenient'
        } else if ((BEHAVIOUR_NAMES as string[]).includes(name)) {
            switches[name] = 'lenient'
        } else {
            throw new Error(`SANDBOX_LENIENT: unknown behaviour '${name}' (known: ${BEHAVIOUR_NAMES.join(', ') || 'none'})`)
        }
    }
    return switches as FidelitySwitches
}
