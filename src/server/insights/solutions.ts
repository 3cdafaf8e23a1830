/**
 * Recommended solutions for an incident (from Microsoft Learn or the connector: solutions/source.ts), kept per incident in the solution table so a
 * reopened incident shows them again. Rows younger than `cache.solutions_minutes` for the same
 * incident text and the same source (the rows keep which one answered, so switching the source
 * property is not hidden behind old answers) are served without a Microsoft call; otherwise one search
 * replaces them all. Feedback stays on the instance whatever the source. A failed refresh keeps the previous rows and reports the failure.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { readSettings } from '../config/settings'
import { findSolutions } from '../solutions/source'
import { solutionsSource } from '../config/settings'
import { Solution } from '../connector/types'
import { logError, logInfo } from '../diagnostics/logger'
import { MessageId } from '../messages/catalogue'
import { IncidentFacts, incidentQuery } from './incident'
import { setText } from '../platform/field-length'

export const SOLUTION_TABLE = 'x_mioms_m365_assis_solution'
export const SOLUTIONS_PER_INCIDENT = 5

export interface SolutionView {
    /** sys_id of the stored row (feedback goes to it); empty for search results and basic links. */
    sysId: string
    title: string
    summary: string
    url: string
    source: string
    feedback: string
}

export interface PanelProblem {
    messageId: MessageId
    args?: string[]
    correlationId: string
}

export interface SolutionsResult {
    solutions: SolutionView[]
    fromCache: boolean
    fetchedAt: string
    problem: PanelProblem | null
}

/** The incident's solutions: cached rows when fresh, else one call to Microsoft. */
export function solutionsForIncident(incident: IncidentFacts, correlationId: string): SolutionsResult {
    const query = incidentQuery(incident)
    const cached = readStored(incident.sysId)
    const answeredBy = solutionsSource()
    if (cached.found && cached.query === query && cached.answeredBy === answeredBy && isFresh(cached.fetchedAt, readSettings().solutionsCacheMinutes)) {
        return { solutions: cached.rows, fromCache: true, fetchedAt: cached.fetchedAt, problem: null }
    }
    if (query === '') return { solutions: cached.rows, fromCache: true, fetchedAt: cached.fetchedAt, problem: null }
    const answer = findSolutions(query, SOLUTIONS_PER_INCIDENT, incident.sysId, correlationId)
    if (answer.ok === false) {
        logError(
            'Recommended solutions for ' + incident.number + ' failed (' + answer.kind + ', ' + answer.code + '): ' + answer.detail + '; showing ' + cached.rows.length + ' stored',
            answer.correlationId,
        )
        return { solutions: cached.rows, fromCache: true, fetchedAt: cached.fetchedAt, problem: { messageId: answer.messageId, correlationId: answer.correlationId } }
    }
    const fetchedAt = new GlideDateTime().getValue()
    const stored = replaceStored(incident.sysId, query, answeredBy, answer.value, fetchedAt, correlationId)
    logInfo('Stored ' + stored.length + ' recommended solutions for ' + incident.number, correlationId)
    return { solutions: stored, fromCache: false, fetchedAt, problem: null }
}

/** Solutions for a typed problem: never stored per incident. */
export function toSearchViews(solutions: ReadonlyArray<Solution>): SolutionView[] {
    return solutions.map((s) => ({ sysId: '', title: s.title || '', summary: s.summary || '', url: safeUrl(s.url), source: s.source || '', feedback: '' }))
}

/** Mode "continue without setup": searches of Microsoft's public help built from the text. */
export function basicSolutionLinks(text: string): SolutionView[] {
    const terms = encodeURIComponent(text.replace(/\s+/g, ' ').trim().substring(0, 200))
    return [
        { sysId: '', title: 'Microsoft Learn', summary: text, url: 'https://learn.microsoft.com/en-us/search/?terms=' + terms, source: 'microsoftLearn', feedback: '' },
        { sysId: '', title: 'Microsoft Support', summary: text, url: 'https://support.microsoft.com/en-us/search/results?query=' + terms, source: 'supportArticle', feedback: '' },
    ]
}

/** Rank 0 marks "Microsoft had no solutions for this text" so an empty answer is kept too. */
const NONE_MARKER_RANK = '0'

function readStored(incidentSysId: string): { found: boolean; rows: SolutionView[]; query: string; answeredBy: string; fetchedAt: string } {
    const row = new GlideRecord(SOLUTION_TABLE)
    row.addQuery('incident', incidentSysId)
    row.orderBy('rank')
    row.query()
    const rows: SolutionView[] = []
    let query = ''
    let answeredBy = ''
    let fetchedAt = ''
    let found = false
    while (row.next()) {
        found = true
        if (row.getValue('rank') !== NONE_MARKER_RANK) rows.push(toView(row))
        query = row.getValue('query') || ''
        answeredBy = row.getValue('answered_by') || ''
        const at = row.getValue('fetched_at') || ''
        if (fetchedAt === '' || at < fetchedAt) fetchedAt = at
    }
    return { found, rows, query, answeredBy, fetchedAt }
}

function isFresh(fetchedAt: string, minutes: number): boolean {
    if (!fetchedAt || minutes <= 0) return false
    const at = new GlideDateTime(fetchedAt).getNumericValue()
    return new GlideDateTime().getNumericValue() - at < minutes * 60000
}

/** Deletes the incident's rows and writes the new answer (one refresh, one set of rows). */
function replaceStored(incidentSysId: string, query: string, answeredBy: string, solutions: ReadonlyArray<Solution>, fetchedAt: string, correlationId: string): SolutionView[] {
    const old = new GlideRecord(SOLUTION_TABLE)
    old.addQuery('incident', incidentSysId)
    old.deleteMultiple()
    const views: SolutionView[] = []
    solutions.slice(0, SOLUTIONS_PER_INCIDENT).forEach((solution, index) => {
        const row = new GlideRecord(SOLUTION_TABLE)
        row.initialize()
        row.setValue('incident', incidentSysId)
        row.setValue('query', query)
        row.setValue('answered_by', answeredBy)
        // Microsoft's text: what is longer than its field is cut (and logged); a cut link would be broken, so it is left out.
        setText(row, 'solution_id', String(solution.id || ''), 'cut', correlationId)
        setText(row, 'title', String(solution.title || ''), 'cut', correlationId)
        setText(row, 'summary', String(solution.summary || ''), 'cut', correlationId)
        setText(row, 'url', safeUrl(solution.url), 'refuse', correlationId)
        setText(row, 'source', String(solution.source || ''), 'cut', correlationId)
        row.setValue('rank', String(index + 1))
        row.setValue('fetched_at', fetchedAt)
        if (row.insert()) views.push(toView(row))
    })
    if (solutions.length === 0) {
        const marker = new GlideRecord(SOLUTION_TABLE)
        marker.initialize()
        marker.setValue('incident', incidentSysId)
        marker.setValue('query', query)
        marker.setValue('answered_by', answeredBy)
        marker.setValue('rank', NONE_MARKER_RANK)
        marker.setValue('fetched_at', fetchedAt)
        marker.insert()
    }
    return views
}

function toView(row: GlideRecord): SolutionView {
    return {
        sysId: row.getUniqueValue(),
        title: row.getValue('title') || '',
        summary: row.getValue('summary') || '',
        url: row.getValue('url') || '',
        source: row.getValue('source') || '',
        feedback: row.getValue('feedback') || '',
    }
}

/** Only http(s) links reach the page. */
function safeUrl(url: unknown): string {
    const text = typeof url === 'string' ? url.trim() : ''
    return /^https?:\/\//i.test(text) ? text.substring(0, 1024) : ''
}

/** Records "Was this helpful?" on a stored solution of this incident; false when there is no such row. */
export function recordFeedback(incidentSysId: string, solutionSysId: string, helpful: boolean): boolean {
    const row = new GlideRecord(SOLUTION_TABLE)
    if (!row.get(solutionSysId) || row.getValue('incident') !== incidentSysId) return false
    row.setValue('feedback', helpful ? 'helpful' : 'not_helpful')
    row.setValue('feedback_by', gs.getUserID())
    row.setValue('feedback_on', new GlideDateTime().getValue())
    return row.update() !== null
}
