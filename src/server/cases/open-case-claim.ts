/**
 * One open case per incident, whichever way the case comes (opened through the connector or
 * recorded by hand): the incident must have no open case, checked before and again under the
 * incident's claim (platform/claim.ts: of two admins saving at once, on any nodes, one wins; the
 * other is told the case is being saved, or which case is open). The claim is released when the
 * save is done or failed, so the admin can try again.
 */
import { logWarn } from '../diagnostics/logger'
import { MessageId } from '../messages/catalogue'
import { IncidentFacts } from '../insights/incident'
import { claim, openCaseClaimKey, release } from '../platform/claim'
import { findOpenCase } from './case-record'

export interface CaseRefusal {
    ok: false
    status: number
    messageId: MessageId
    args?: string[]
    correlationId: string
}

/** Runs `save` holding the incident's claim when the incident has no open case; else the 409 refusal. `action` names it in the log. */
export function withOpenCaseClaim<T>(incident: IncidentFacts, action: string, correlationId: string, save: () => T): T | CaseRefusal {
    const open = refuseOpenCase(incident, action, correlationId)
    if (open) return open
    const held = claim(openCaseClaimKey(incident.sysId), correlationId)
    if (!held) {
        // Another request holds the incident: it may have saved its case in between (then name it).
        const saved = refuseOpenCase(incident, action, correlationId)
        if (saved) return saved
        logWarn(action + ' for ' + incident.number + ' refused: another request is saving a case for it right now', correlationId)
        return { ok: false, status: 409, messageId: 'CASE_OPENING', correlationId }
    }
    try {
        // Checked again under the claim: the request that held it before may have saved a case since.
        return refuseOpenCase(incident, action, correlationId) || save()
    } finally {
        release(held)
    }
}

/** 409 CASE_ALREADY_OPEN when the incident has an open case, else null. */
function refuseOpenCase(incident: IncidentFacts, action: string, correlationId: string): CaseRefusal | null {
    const existing = findOpenCase(incident.sysId)
    if (!existing) return null
    logWarn(action + ' for ' + incident.number + ' refused: case ' + existing.getValue('case_number') + ' is still open', correlationId)
    return { ok: false, status: 409, messageId: 'CASE_ALREADY_OPEN', args: [existing.getValue('case_number') || ''], correlationId }
}
