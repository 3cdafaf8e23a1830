/**
 * The instance's incident resolution codes (incident.close_code choices), read at run time.
 * They differ between releases: current ones offer "Solution provided", "Resolved by caller", ...,
 * older ones "Solved (Permanently)", "Closed/Resolved by Caller", ... A code that is not an active
 * choice is still stored by a script write, but the form shows it as invalid and reports on the
 * resolution code miss it, so the app writes only codes this instance offers.
 *
 * sys_choice is a global table: the app reads it through its cross-scope privilege
 * (src/fluent/cross-scope.now.ts); a refused read comes back empty (nothing thrown), and the app
 * then writes no code at all rather than an unverified one.
 */
import { GlideRecord } from '@servicenow/glide'
import { logWarn, newCorrelationId } from '../diagnostics/logger'

export interface CloseCodeChoice {
    value: string
    label: string
}

/**
 * What the app falls back to when no valid code is configured, best first: a permanent solution
 * (the Microsoft side fixed it) in the current and the older wording, then "resolved by caller".
 */
export const PREFERRED_CLOSE_CODES = ['Solution provided', 'Solved (Permanently)', 'Solved Remotely (Permanently)', 'Resolved by caller', 'Closed/Resolved by Caller']

/** The active incident.close_code choices (English labels), in the instance's order; [] when none can be read. */
export function closeCodes(): CloseCodeChoice[] {
    const gr = new GlideRecord('sys_choice')
    gr.addQuery('name', 'incident')
    gr.addQuery('element', 'close_code')
    gr.addQuery('inactive', '!=', 'true')
    gr.addQuery('language', 'en')
    gr.orderBy('sequence')
    gr.query()
    const out: CloseCodeChoice[] = []
    const seen: { [value: string]: boolean } = {}
    while (gr.next()) {
        const value = gr.getValue('value') || ''
        if (!value || seen[value]) continue
        seen[value] = true
        out.push({ value: value, label: gr.getValue('label') || value })
    }
    return out
}

export function isCloseCode(code: string, choices: CloseCodeChoice[] = closeCodes()): boolean {
    for (let i = 0; i < choices.length; i++) if (choices[i].value === code) return true
    return false
}

/** The code to write when nothing valid is configured: the first preferred one offered, else the instance's first; null when it offers none. */
export function fallbackCloseCode(choices: CloseCodeChoice[]): string | null {
    for (let i = 0; i < PREFERRED_CLOSE_CODES.length; i++) if (isCloseCode(PREFERRED_CLOSE_CODES[i], choices)) return PREFERRED_CLOSE_CODES[i]
    return choices.length > 0 ? choices[0].value : null
}

/**
 * The resolution code to write for `configured` (what an admin set; '' for "let the app choose"):
 * it when the instance offers it, else the fallback, with a warning naming `where` and the
 * correlation id; null (and a warning) when the instance offers no readable code: the caller must
 * then not resolve the incident.
 */
export function resolutionCodeFor(configured: string, where: string, correlationId?: string): string | null {
    const choices = closeCodes()
    if (configured && isCloseCode(configured, choices)) return configured
    const fallback = fallbackCloseCode(choices)
    if (!fallback) {
        logWarn(where + ': no resolution code could be read from this instance (incident.close_code choices in sys_choice); the incident was not resolved.', correlationId || newCorrelationId())
        return null
    }
    if (configured) {
        logWarn(where + ": '" + configured + "' is not a resolution code of this instance; '" + fallback + "' was used instead. Valid codes: " + choices.map((c) => c.value).join(', ') + '.', correlationId || newCorrelationId())
    }
    return fallback
}
