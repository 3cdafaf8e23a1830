/**
 * The incident a panel request is about: the sys_id is validated and the incident is read with
 * GlideRecordSecure, so a caller sees only incidents the instance lets them read.
 */
import { GlideRecordSecure } from '@servicenow/glide'

export interface IncidentFacts {
    sysId: string
    number: string
    shortDescription: string
    description: string
    state: string
}

const SYS_ID = /^[0-9a-f]{32}$/

export function isSysId(value: unknown): value is string {
    return typeof value === 'string' && SYS_ID.test(value)
}

/** The incident when the id is well formed and the caller may read it; null otherwise. */
export function readIncident(sysId: unknown): IncidentFacts | null {
    if (!isSysId(sysId)) return null
    const incident = new GlideRecordSecure('incident')
    if (!incident.get(sysId)) return null
    return {
        sysId,
        number: incident.getValue('number') || '',
        shortDescription: incident.getValue('short_description') || '',
        description: incident.getValue('description') || '',
        state: incident.getValue('state') || '',
    }
}

/** The text Microsoft is asked about: short description, then description, at most 1000 characters. */
export function incidentQuery(incident: IncidentFacts): string {
    const text = [incident.shortDescription, incident.description]
        .map((part) => part.replace(/\s+/g, ' ').trim())
        .filter((part) => part !== '')
        .join('. ')
    return text.substring(0, 1000)
}
