/** The app's health table: its name and how a row reads back, shared by the sync, auto incidents and matching. */
import { GlideRecord } from '@servicenow/glide'
import { isoFromGlide } from '../time/date-time'
import type { GraphIssue } from './mapping'
import { booleanField } from '../platform/booleans'

export const HEALTH_TABLE = 'x_mioms_m365_assis_health_issue'

/** The health row as the Graph issue it came from (for the pure mapping and matching functions). */
export function issueFromRow(row: GlideRecord): GraphIssue {
    return {
        id: row.getValue('issue_id') || '',
        title: row.getValue('title') || '',
        service: row.getValue('service') || '',
        feature: row.getValue('feature'),
        featureGroup: row.getValue('feature_group'),
        classification: row.getValue('classification'),
        status: row.getValue('status'),
        origin: row.getValue('origin'),
        startDateTime: isoFromGlide(row.getValue('start_time')),
        endDateTime: isoFromGlide(row.getValue('end_time')),
        lastModifiedDateTime: isoFromGlide(row.getValue('last_modified')) || '',
        isResolved: booleanField(row, 'is_resolved'),
        impactDescription: row.getValue('impact_description'),
    }
}
