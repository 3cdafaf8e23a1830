/**
 * GET /api/x_mioms_m365_assis/v1/panel/incidents/{sys_id}: everything the incident's
 * Microsoft 365 panel shows, and what the caller may do there. At most one Microsoft call per
 * view (recommended solutions when the stored ones are missing or stale, from Microsoft Learn in
 * every mode or from the connector: solutions/source.ts); service health is
 * read from the synced health table; the case from the case table.
 */
import { readSettings } from '../config/settings'
import { logWarn, newCorrelationId } from '../diagnostics/logger'
import { findMatchingHealthIssues, HealthIssueMatch } from '../health/health-matches'
import { userMessage } from '../messages/user-message'
import { CaseContact, readCaseContact } from '../cases/linked-admin'
import { UserDateFormat, readUserDateFormat } from '../time/user-date-format'
import { CaseView, findCaseRecord, toCaseView } from '../cases/case-record'
import { ADMIN_CENTER_SUPPORT_URL } from '../cases/recorded-case'
import { IncidentFacts, incidentQuery } from './incident'
import { PanelAbilities, readPanelAbilities } from './panel-mode'
import { PanelProblem, SolutionView, basicSolutionLinks, solutionsForIncident } from './solutions'
import { solutionsPlan } from '../solutions/source'

export const HEALTH_MATCHES_SHOWN = 5

export interface ShownProblem {
    code: string
    message: string
    correlationId: string
}

export interface PanelView {
    incident: IncidentFacts
    abilities: PanelAbilities & { feedbackEnabled: boolean; canSearch: boolean }
    solutions: { items: SolutionView[]; basic: boolean; fromCache: boolean; fetchedAt: string; notice: string }
    health: { items: HealthIssueMatch[]; notice: string }
    microsoftCase: CaseView | null
    /** Prefill of Contact Microsoft support or of recording a service request (administrators who may do either). */
    contact: CaseContact | null
    problems: ShownProblem[]
    /** The user's date and time format, so the page shows dates as the instance does without asking again. */
    dates: UserDateFormat
    /** Where an administrator opens and views Microsoft 365 service requests (cases recorded by hand). */
    adminCenterUrl: string
}

export function showProblem(problem: PanelProblem): ShownProblem {
    return { code: problem.messageId, message: userMessage(problem.messageId, problem.args), correlationId: problem.correlationId }
}

export function buildPanelView(incident: IncidentFacts): PanelView {
    const abilities = readPanelAbilities()
    const settings = readSettings()
    const plan = solutionsPlan(abilities.mode)
    const stored = plan === 'learn' || plan === 'connector'
    const problems: ShownProblem[] = []
    const view: PanelView = {
        incident,
        // Feedback is kept on the stored solution rows, whichever source filled them.
        abilities: { ...abilities, feedbackEnabled: !settings.feedbackOptOut && stored, canSearch: plan !== 'none' },
        solutions: { items: [], basic: false, fromCache: true, fetchedAt: '', notice: '' },
        health: { items: [], notice: '' },
        microsoftCase: null,
        contact: null,
        problems,
        dates: readUserDateFormat(),
        adminCenterUrl: ADMIN_CENTER_SUPPORT_URL,
    }
    if (stored) fillSolutions(view, incident)
    else if (plan === 'links') view.solutions = { items: basicSolutionLinks(incidentQuery(incident)), basic: true, fromCache: true, fetchedAt: '', notice: userMessage('PANEL_BASIC_SOLUTIONS') }
    if (abilities.mode === 'unconfigured') {
        const correlationId = newCorrelationId()
        logWarn('Microsoft 365 panel for ' + incident.number + ': Setup is incomplete, only Microsoft Learn (when it is the solutions source) was asked', correlationId)
        problems.push(showProblem({ messageId: 'SETUP_INCOMPLETE', correlationId }))
        return view
    }
    view.microsoftCase = storedCaseView(incident.sysId)
    // Prefill of either form: the linked admin account, else Setup's admin email.
    if (abilities.canContactSupport || abilities.canRecordCase) view.contact = readCaseContact()
    if (abilities.mode === 'basic') return view

    const health = findMatchingHealthIssues(incidentQuery(incident), HEALTH_MATCHES_SHOWN)
    view.health = { items: health, notice: health.length === 0 ? userMessage('PANEL_NO_HEALTH') : '' }
    return view
}

/** The incident's newest case as stored (no Microsoft call), or null. */
export function storedCaseView(incidentSysId: string): CaseView | null {
    const row = findCaseRecord(incidentSysId)
    return row ? toCaseView(row) : null
}

/** The incident's stored solutions, refreshed from the source when stale (at most one search). */
function fillSolutions(view: PanelView, incident: IncidentFacts): void {
    const solutions = solutionsForIncident(incident, newCorrelationId())
    view.solutions = {
        items: solutions.solutions,
        basic: false,
        fromCache: solutions.fromCache,
        fetchedAt: solutions.fetchedAt,
        notice: solutions.solutions.length === 0 && !solutions.problem ? userMessage('PANEL_NO_SOLUTIONS') : '',
    }
    if (solutions.problem) view.problems.push(showProblem(solutions.problem))
}
