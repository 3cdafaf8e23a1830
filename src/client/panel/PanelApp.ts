import { useEffect, useState } from 'preact/hooks'
import { ApiRequestError, callApi } from '../shared/api'
import { LABELS, MESSAGES, formatMessage } from '../../server/messages/catalogue'
import { CaseForm, Field } from './CaseForm'
import { CaseSummary } from './CaseSummary'
import { AdminCenterInstructions, RecordCaseForm } from './RecordCaseForm'
import { useCasePolling } from './case-polling'
import { ComponentChildren, Fragment, h, valueOf } from './dom'
import { loadPanelView } from './first-view'
import { HealthList } from './HealthList'
import { SolutionList } from './SolutionList'
import { MicrosoftCase, Problem, PanelView, SearchAnswer, SolutionItem } from './types'
import '../shared/now.css'
import './panel.css'

const L = LABELS.panel
const SYS_ID = /^[0-9a-f]{32}$/

/** A failed call as a problem shown at the top of the panel (catalogue message + reference). */
export function toProblem(error: unknown): Problem {
    if (error instanceof ApiRequestError) {
        // The platform refuses a route (its ACL) before the app's code runs, in its own words.
        if (error.status === 403 && !error.correlationId) return { code: 'NOT_AUTHORIZED', message: MESSAGES.NOT_AUTHORIZED, correlationId: '' }
        return { code: String(error.status), message: error.message, correlationId: error.correlationId || '' }
    }
    return { code: 'network', message: MESSAGES.CONTACT_APP_SUPPORT, correlationId: '' }
}

export function Problems({ problems }: { problems: Problem[] }) {
    if (problems.length === 0) return null
    return h(
        'div',
        { class: 'now-alert now-alert--critical', role: 'alert', 'aria-live': 'assertive' },
        problems.map((problem, index) =>
            h(
                'p',
                { key: index, class: 'm365-problem', 'data-code': problem.code },
                h('span', { class: 'm365-problem-message' }, problem.message),
                problem.correlationId ? h('span', { class: 'm365-reference' }, ' ' + formatMessage(MESSAGES.REFERENCE_ID, [problem.correlationId])) : null,
            ),
        ),
    )
}

function Section({ id, heading, notice, children }: { id: string; heading: string; notice?: string; children?: ComponentChildren }) {
    return h('section', { 'aria-labelledby': id }, h('h2', { id, class: 'now-heading-2' }, heading), notice ? h('p', { class: 'now-muted' }, notice) : null, children)
}

export function PanelApp({ incidentSysId }: { incidentSysId: string }) {
    const [view, setView] = useState<PanelView | null>(null)
    const [problems, setProblems] = useState<Problem[]>([])
    const [loading, setLoading] = useState(true)
    const [query, setQuery] = useState('')
    const [searching, setSearching] = useState(false)
    const [results, setResults] = useState<SearchAnswer | null>(null)
    const [showCaseForm, setShowCaseForm] = useState(false)
    const [info, setInfo] = useState('')

    const path = '/panel/incidents/' + encodeURIComponent(incidentSysId)
    const setCase = (microsoftCase: MicrosoftCase) => setView((current) => (current ? { ...current, microsoftCase } : current))
    const showError = (error: unknown) => setProblems([toProblem(error)])

    useEffect(() => {
        if (!SYS_ID.test(incidentSysId)) {
            setProblems([{ code: 'PANEL_INCIDENT_NOT_FOUND', message: MESSAGES.PANEL_INCIDENT_NOT_FOUND, correlationId: '' }])
            setLoading(false)
            return
        }
        loadPanelView(path)
            .then((answer) => {
                setView(answer)
                setProblems(answer.problems)
            }, showError)
            .finally(() => setLoading(false))
    }, [incidentSysId, path])

    const openCase = view?.microsoftCase && !view.microsoftCase.closed ? view.microsoftCase : null
    // Only a connector case changes from outside (Microsoft's callbacks); one recorded by hand is never polled.
    useCasePolling(path, openCase && openCase.kind === 'connector' ? openCase.sysId : '', setCase)

    async function search(event: Event) {
        event.preventDefault()
        if (query.trim() === '') {
            setProblems([{ code: 'PANEL_SEARCH_REQUIRED', message: MESSAGES.PANEL_SEARCH_REQUIRED, correlationId: '' }])
            return
        }
        setSearching(true)
        try {
            setResults(await callApi<SearchAnswer>('POST', '/panel/search', { query }))
            setProblems([])
        } catch (error) {
            showError(error)
        } finally {
            setSearching(false)
        }
    }

    async function feedback(solution: SolutionItem, helpful: boolean) {
        try {
            const answer = await callApi<{ feedback: string; message: string }>('POST', path + '/feedback', { solution: solution.sysId, helpful })
            setInfo(answer.message)
            setView((current) =>
                current
                    ? { ...current, solutions: { ...current.solutions, items: current.solutions.items.map((s) => (s.sysId === solution.sysId ? { ...s, feedback: answer.feedback } : s)) } }
                    : current,
            )
        } catch (error) {
            showError(error)
        }
    }

    if (loading) {
        return h('main', { class: 'now-page m365-panel', 'aria-busy': 'true' }, h('h1', { class: 'now-heading-1' }, L.title), h('p', { role: 'status' }, LABELS.common.loading))
    }

    const abilities = view ? view.abilities : null
    const searchForm = () =>
        h(
            Section,
            { id: 'm365-search-heading', heading: L.searchHeading },
            h(
                'form',
                { class: 'm365-row', role: 'search', onSubmit: search },
                h(Field, { id: 'm365-search-query', label: L.searchQuery }, h('input', { id: 'm365-search-query', class: 'now-input', type: 'search', value: query, maxLength: 1000, onInput: (e: Event) => setQuery(valueOf(e)) })),
                h(
                    Field,
                    { id: 'm365-search-source', label: L.searchIn },
                    h('select', { id: 'm365-search-source', class: 'now-select', value: 'solutions' }, h('option', { value: 'solutions' }, L.searchSourceSolutions)),
                ),
                h('button', { type: 'submit', class: 'now-button now-button--primary', disabled: searching }, L.search),
            ),
            h(
                'div',
                { 'aria-live': 'polite' },
                results
                    ? h(
                          Fragment,
                          null,
                          results.notice ? h('p', { class: 'now-muted' }, results.notice) : null,
                          h(SolutionList, { id: 'm365-search-results', items: results.items, feedbackEnabled: false, onFeedback: feedback }),
                      )
                    : null,
            ),
        )
    const caseSaved = (saved: MicrosoftCase, message: string) => {
        setShowCaseForm(false)
        setProblems([])
        setInfo(message)
        setCase(saved)
    }
    // No connector: the administrator opens the request in the admin center and records it here.
    const record = (v: PanelView) =>
        h(
            Section,
            { id: 'm365-contact-heading', heading: L.contactHeading },
            h(AdminCenterInstructions, { adminCenterUrl: v.adminCenterUrl }),
            showCaseForm
                ? h(RecordCaseForm, { path, incident: v.incident, contact: v.contact || { email: '', linked: false }, onCancel: () => setShowCaseForm(false), onRecorded: caseSaved, onError: showError })
                : h('button', { type: 'button', id: 'm365-record-case', class: 'now-button now-button--primary', onClick: () => setShowCaseForm(true) }, L.recordCase),
        )
    const contact = (v: PanelView) =>
        h(
            Section,
            { id: 'm365-contact-heading', heading: L.contactHeading },
            showCaseForm
                ? h(CaseForm, {
                      path,
                      incident: v.incident,
                      contact: v.contact || { email: '', linked: false },
                      testEnvironment: v.abilities.testEnvironment,
                      onCancel: () => setShowCaseForm(false),
                      onCreated: caseSaved,
                      onError: showError,
                  })
                : h('button', { type: 'button', id: 'm365-contact-support', class: 'now-button now-button--primary', onClick: () => setShowCaseForm(true) }, L.contactSupport),
        )

    return h(
        'main',
        { class: 'now-page m365-panel', 'data-incident': incidentSysId },
        h(Problems, { problems }),
        info ? h('p', { class: 'now-alert now-alert--positive', role: 'status' }, info) : null,
        view && abilities
            ? h(
                  Fragment,
                  null,
                  h('h1', { class: 'now-heading-1' }, L.title, ' ', h('span', { class: 'now-muted' }, view.incident.number)),
                  // Before Setup the server may still send solutions (Microsoft Learn needs no Setup): show what it sent.
                  abilities.mode !== 'unconfigured' || view.solutions.items.length > 0
                      ? h(
                            Section,
                            { id: 'm365-solutions-heading', heading: L.solutionsHeading, notice: view.solutions.notice },
                            h(SolutionList, { id: 'm365-solutions', items: view.solutions.items, feedbackEnabled: abilities.feedbackEnabled, onFeedback: feedback }),
                        )
                      : null,
                  abilities.canSearch ? searchForm() : null,
                  abilities.mode === 'insights' || abilities.mode === 'full'
                      ? h(Section, { id: 'm365-health-heading', heading: L.healthHeading, notice: view.health.notice }, h(HealthList, { items: view.health.items, dates: view.dates }))
                      : null,
                  view.microsoftCase
                      ? h(CaseSummary, {
                            path,
                            microsoftCase: view.microsoftCase,
                            dates: view.dates,
                            adminCenterUrl: view.adminCenterUrl,
                            // Any administrator (also after Setup later chose a connector: the request still needs closing by hand).
                            canUpdate: abilities.canRecordCase || abilities.canContactSupport,
                            onRefreshed: (updated, refreshProblems) => {
                                setCase(updated)
                                setProblems(refreshProblems)
                            },
                            onUpdated: (updated, message) => {
                                setCase(updated)
                                setProblems([])
                                setInfo(message)
                            },
                            onError: showError,
                        })
                      : null,
                  abilities.canContactSupport && !openCase ? contact(view) : null,
                  abilities.canRecordCase && !openCase ? record(view) : null,
              )
            : null,
    )
}
