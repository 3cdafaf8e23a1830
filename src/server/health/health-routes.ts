/**
 * Service Health page routes (administrators; each route also has its route ACL):
 *   GET  /health/settings  the automatic-incident settings, choices for them (incl. the instance's
 *                          resolution codes), the current issues
 *   PUT  /health/settings  saves them; assignment group and category are required to turn
 *                          creation on, a resolution code must be one the instance offers
 *                          (400 with a clear message, nothing saved)
 *   POST /health/sync      "Sync now": the incremental Graph sync and the automatic incident pass,
 *                          plus each service's current status (healthOverviews) for the page,
 *                          and the Message center sync's outcome (its failure does not fail the answer)
 *   GET  /health/messages  Message center posts (?service=&category=&within=7|30|90|any), bounded
 *   GET  /health/messages/{message_id}  one post's body as plain text (read on demand)
 */
import { GlideRecord, gs } from '@servicenow/glide'
import { HEALTH_PROPERTY, HealthSettings, readHealthSettings } from '../config/settings'
import { newCorrelationId } from '../diagnostics/logger'
import type { MessageId } from '../messages/catalogue'
import { userMessage } from '../messages/user-message'
import { ROLE, refuseWithoutRole } from '../security/roles'
import { RouteResponse, sendError, sendJson } from '../rest/respond'
import { HEALTH_TABLE } from './health-store'
import { isoFromGlide } from '../time/date-time'
import { readHealthOverviews } from './graph-client'
import { messageFeedFailureText, runHealthSync } from './run-sync'
import { listMessages, messageBodyText, parseMessageFilter } from './message-view'
import { pathParam, queryParam, type RouteRequest as ParamRequest } from '../rest/route-request'
import { highWaterMark } from './sync'
import { booleanField } from '../platform/booleans'
import { closeCodes, fallbackCloseCode, isCloseCode } from '../incidents/close-codes'

interface RouteRequest {
    body?: { data?: unknown }
}

/** What the settings page edits: the health settings without the sync tuning. */
export type HealthSettingsInput = Omit<HealthSettings, 'pageSize' | 'syncMinutes'>

/** Incident categories offered on the page (the base system's incident.category choices). */
export const CATEGORY_CHOICES = ['inquiry', 'software', 'hardware', 'network', 'database']

const SYS_ID = /^[0-9a-f]{32}$/

function exists(table: string, sysId: string): boolean {
    if (!SYS_ID.test(sysId)) return false
    const gr = new GlideRecord(table)
    return gr.get(sysId)
}

/** Checks the page's input; returns the settings to save or the catalogue message explaining what is wrong. */
export function validateHealthSettings(data: unknown): { ok: true; value: HealthSettingsInput } | { ok: false; messageId: MessageId; args?: string[] } {
    if (!data || typeof data !== 'object') return { ok: false, messageId: 'HEALTH_SETTINGS_INVALID' }
    const d = data as { [k: string]: unknown }
    if (typeof d.autoIncident !== 'boolean' || typeof d.autoResolve !== 'boolean') return { ok: false, messageId: 'HEALTH_SETTINGS_INVALID' }
    const text = (name: string, max: number): string | null => {
        const v = d[name]
        if (v === undefined || v === null) return ''
        if (typeof v !== 'string' || v.trim().length > max) return null
        return v.trim()
    }
    const assignmentGroup = text('assignmentGroup', 32)
    const category = text('category', 40)
    const subcategory = text('subcategory', 40)
    const assignedTo = text('assignedTo', 32)
    const closeCode = text('closeCode', 100)
    if (assignmentGroup === null || assignedTo === null || closeCode === null) return { ok: false, messageId: 'HEALTH_SETTINGS_INVALID' }
    if (category === null || subcategory === null) return { ok: false, messageId: 'HEALTH_CATEGORY_INVALID' }
    const value: HealthSettingsInput = { autoIncident: d.autoIncident, autoResolve: d.autoResolve, assignmentGroup, category, subcategory, assignedTo, closeCode }
    if (value.autoIncident && !value.assignmentGroup && !value.category) return { ok: false, messageId: 'HEALTH_NEEDS_GROUP_AND_CATEGORY' }
    if (value.autoIncident && !value.assignmentGroup) return { ok: false, messageId: 'HEALTH_NEEDS_GROUP' }
    if (value.autoIncident && !value.category) return { ok: false, messageId: 'HEALTH_NEEDS_CATEGORY' }
    if (value.assignmentGroup && !exists('sys_user_group', value.assignmentGroup)) return { ok: false, messageId: 'HEALTH_GROUP_NOT_FOUND' }
    if (value.assignedTo && !exists('sys_user', value.assignedTo)) return { ok: false, messageId: 'HEALTH_ASSIGNEE_NOT_FOUND' }
    const token = /^[A-Za-z0-9 _-]*$/
    if (!token.test(value.category) || !token.test(value.subcategory)) return { ok: false, messageId: 'HEALTH_CATEGORY_INVALID' }
    // Resolution codes differ between releases: only one this instance offers ('' = the app chooses).
    if (value.closeCode) {
        const codes = closeCodes()
        if (!isCloseCode(value.closeCode, codes)) {
            return { ok: false, messageId: 'HEALTH_CLOSE_CODE_INVALID', args: [value.closeCode, codes.map((c) => c.value).join(', ')] }
        }
    }
    return { ok: true, value }
}

function choices(table: string, labelField: string, limit: number): { value: string; label: string }[] {
    const gr = new GlideRecord(table)
    gr.addActiveQuery()
    gr.orderBy(labelField)
    gr.setLimit(limit)
    gr.query()
    const out: { value: string; label: string }[] = []
    while (gr.next()) out.push({ value: gr.getUniqueValue(), label: gr.getValue(labelField) || gr.getUniqueValue() })
    return out
}

export interface CurrentIssue {
    id: string
    title: string
    service: string
    status: string
    classification: string
    isResolved: boolean
    lastUpdate: string | null
    nextUpdate: string | null
    impact: string
    incident: string | null
    incidentNumber: string | null
    updatesStopped: boolean
    /** Microsoft's post-incident report attached to the incident: the download link (null: none yet). */
    reportUrl: string | null
}

/** The instance's download of an attachment (readable by whoever may read the incident it is on). */
export function reportUrl(attachmentId: string | null): string | null {
    return attachmentId && SYS_ID.test(attachmentId) ? '/sys_attachment.do?sys_id=' + attachmentId : null
}

/** The issues Microsoft has not resolved, newest change first, then the most recently resolved ones. */
export function currentIssues(limit: number): CurrentIssue[] {
    const gr = new GlideRecord(HEALTH_TABLE)
    gr.orderBy('is_resolved')
    gr.orderByDesc('last_modified')
    gr.setLimit(limit)
    gr.query()
    const out: CurrentIssue[] = []
    while (gr.next()) {
        const incident = gr.getValue('incident')
        let incidentNumber: string | null = null
        if (incident) {
            const inc = new GlideRecord('incident')
            if (inc.get(incident)) incidentNumber = inc.getValue('number') || incident
        }
        out.push({
            id: gr.getValue('issue_id') || '',
            title: gr.getValue('title') || '',
            service: gr.getValue('service') || '',
            status: gr.getValue('status') || '',
            classification: gr.getValue('classification') || '',
            isResolved: booleanField(gr, 'is_resolved'),
            lastUpdate: isoFromGlide(gr.getValue('last_modified')),
            nextUpdate: isoFromGlide(gr.getValue('next_update')),
            impact: gr.getValue('impact_description') || '',
            incident,
            incidentNumber,
            updatesStopped: booleanField(gr, 'incident_updates_stopped'),
            reportUrl: reportUrl(gr.getValue('report_attachment')),
        })
    }
    return out
}

export function getHealthSettings(_request: RouteRequest, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.administrator)) return
    const s = readHealthSettings()
    const closeCodeChoices = closeCodes()
    sendJson(response, 200, {
        settings: { autoIncident: s.autoIncident, autoResolve: s.autoResolve, assignmentGroup: s.assignmentGroup, category: s.category, subcategory: s.subcategory, assignedTo: s.assignedTo, closeCode: s.closeCode },
        syncMinutes: s.syncMinutes,
        highWater: highWaterMark(),
        choices: { groups: choices('sys_user_group', 'name', 500), users: choices('sys_user', 'name', 500), categories: CATEGORY_CHOICES, closeCodes: closeCodeChoices },
        // What auto-resolve writes when no valid code is configured (null: the instance offers none the app can read).
        defaultCloseCode: fallbackCloseCode(closeCodeChoices),
        issues: currentIssues(200),
    })
}

export function putHealthSettings(request: RouteRequest, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.administrator)) return
    const checked = validateHealthSettings(request.body ? request.body.data : undefined)
    if (checked.ok === false) {
        sendError(response, 400, { id: checked.messageId, args: checked.args })
        return
    }
    const v = checked.value
    gs.setProperty(HEALTH_PROPERTY.assignmentGroup, v.assignmentGroup)
    gs.setProperty(HEALTH_PROPERTY.category, v.category)
    gs.setProperty(HEALTH_PROPERTY.subcategory, v.subcategory)
    gs.setProperty(HEALTH_PROPERTY.assignedTo, v.assignedTo)
    gs.setProperty(HEALTH_PROPERTY.closeCode, v.closeCode)
    gs.setProperty(HEALTH_PROPERTY.autoResolve, v.autoResolve ? 'true' : 'false')
    gs.setProperty(HEALTH_PROPERTY.autoIncident, v.autoIncident ? 'true' : 'false')
    sendJson(response, 200, { settings: v })
}

export function postHealthSync(_request: RouteRequest, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.administrator)) return
    const id = newCorrelationId()
    const run = runHealthSync(id)
    if (run.sync.ok === false) {
        sendError(response, run.sync.failure.kind === 'setup_incomplete' ? 409 : 502, { id: run.sync.failure.messageId }, run.sync.failure.correlationId)
        return
    }
    const s = run.sync
    const overviews = readHealthOverviews(id)
    const m = run.messages
    sendJson(response, 200, {
        sync: { calls: s.calls, received: s.received, created: s.created, updated: s.updated, unchanged: s.unchanged, newPosts: s.newPosts },
        incidents: run.incidents,
        reports: run.reports,
        // Message center is on its own: a missing ServiceMessage.Read.All or a throttled read is said, not failed.
        messages: m && m.ok ? { ok: true, received: m.received, created: m.created, updated: m.updated } : { ok: false, message: m ? messageFeedFailureText(m) : userMessage('HEALTH_MESSAGES_FAILED', ['error']) },
        // Service status is a nice-to-have: a failure here does not fail the sync.
        services: overviews.ok ? overviews.overviews : null,
        correlationId: id,
    })
}

export function getHealthMessages(request: ParamRequest, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.administrator)) return
    const parsed = parseMessageFilter(queryParam(request, 'service'), queryParam(request, 'category'), queryParam(request, 'within'))
    if (parsed.ok === false) {
        sendError(response, 400, { id: parsed.messageId })
        return
    }
    sendJson(response, 200, listMessages(parsed.filter, new Date().getTime()))
}

export function getHealthMessage(request: ParamRequest, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.administrator)) return
    const post = messageBodyText(pathParam(request, 'message_id'))
    if (!post) {
        sendError(response, 404, { id: 'HEALTH_MESSAGE_NOT_FOUND' })
        return
    }
    sendJson(response, 200, post)
}
