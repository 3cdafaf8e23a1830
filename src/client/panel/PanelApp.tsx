import React, { useCallback, useEffect, useState } from 'react'
import { ApiRequestError, callApi } from '../shared/api'
import { LABELS, MESSAGES, formatMessage } from '../../server/messages/catalogue'
import { CaseForm } from './CaseForm'
import { CaseSummary } from './CaseSummary'
import { HealthList } from './HealthList'
import { SolutionList } from './SolutionList'
import { Problem, PanelView, SearchAnswer, SolutionItem } from './types'
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
    return (
        <div className="m365-problems" role="alert" aria-live="assertive">
            {problems.map((problem, index) => (
                <p key={index} className="m365-problem" data-code={problem.code}>
                    <span className="m365-problem-message">{problem.message}</span>
                    {problem.correlationId ? <span className="m365-reference"> {formatMessage(MESSAGES.REFERENCE_ID, [problem.correlationId])}</span> : null}
                </p>
            ))}
        </div>
    )
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

    const load = useCallback(async () => {
        if (!SYS_ID.test(incidentSysId)) {
            setProblems([{ code: 'PANEL_INCIDENT_NOT_FOUND', message: MESSAGES.PANEL_INCIDENT_NOT_FOUND, correlationId: '' }])
            setLoading(false)
            return
        }
        setLoading(true)
        try {
            const answer = await callApi<PanelView>('GET', path)
            setView(answer)
            setProblems(answer.problems)
        } catch (error) {
            setProblems([toProblem(error)])
        } finally {
            setLoading(false)
        }
    }, [incidentSysId, path])

    useEffect(() => {
        void load()
    }, [load])

    async function search(event: React.FormEvent) {
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
            setProblems([toProblem(error)])
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
            setProblems([toProblem(error)])
        }
    }

    if (loading && !view) {
        return (
            <main className="m365-panel" aria-busy="true">
                <h1>{L.title}</h1>
                <p role="status">{LABELS.common.loading}</p>
            </main>
        )
    }

    const abilities = view?.abilities
    const openCase = view?.microsoftCase && !view.microsoftCase.closed ? view.microsoftCase : null
    return (
        <main className="m365-panel" data-incident={incidentSysId} aria-busy={loading}>
            <Problems problems={problems} />
            {info ? (
                <p className="m365-info" role="status">
                    {info}
                </p>
            ) : null}
            {view ? (
                <>
                    <h1>
                        {L.title} <span className="m365-incident-number">{view.incident.number}</span>
                    </h1>
                    {abilities && abilities.mode !== 'unconfigured' ? (
                        <section aria-labelledby="m365-solutions-heading" className="m365-section">
                            <h2 id="m365-solutions-heading">{L.solutionsHeading}</h2>
                            {view.solutions.notice ? <p className="m365-notice">{view.solutions.notice}</p> : null}
                            <SolutionList id="m365-solutions" items={view.solutions.items} feedbackEnabled={abilities.feedbackEnabled} onFeedback={feedback} />
                        </section>
                    ) : null}
                    {abilities && abilities.canSearch ? (
                        <section aria-labelledby="m365-search-heading" className="m365-section">
                            <h2 id="m365-search-heading">{L.searchHeading}</h2>
                            <form className="m365-search" role="search" onSubmit={search}>
                                <label htmlFor="m365-search-query">{L.searchQuery}</label>
                                <input id="m365-search-query" type="search" value={query} maxLength={1000} onChange={(e) => setQuery(e.target.value)} />
                                <label htmlFor="m365-search-source">{L.searchIn}</label>
                                <select id="m365-search-source" defaultValue="solutions">
                                    <option value="solutions">{L.searchSourceSolutions}</option>
                                </select>
                                <button type="submit" disabled={searching}>
                                    {L.search}
                                </button>
                            </form>
                            <div aria-live="polite">
                                {results ? (
                                    <>
                                        {results.notice ? <p className="m365-notice">{results.notice}</p> : null}
                                        <SolutionList id="m365-search-results" items={results.items} feedbackEnabled={false} onFeedback={feedback} />
                                    </>
                                ) : null}
                            </div>
                        </section>
                    ) : null}
                    {abilities && (abilities.mode === 'insights' || abilities.mode === 'full') ? (
                        <section aria-labelledby="m365-health-heading" className="m365-section">
                            <h2 id="m365-health-heading">{L.healthHeading}</h2>
                            {view.health.notice ? <p className="m365-notice">{view.health.notice}</p> : null}
                            <HealthList items={view.health.items} />
                        </section>
                    ) : null}
                    {view.microsoftCase ? (
                        <CaseSummary
                            path={path}
                            microsoftCase={view.microsoftCase}
                            onRefreshed={(updated, refreshProblems) => {
                                setView((current) => (current ? { ...current, microsoftCase: updated } : current))
                                setProblems(refreshProblems)
                            }}
                            onError={(error) => setProblems([toProblem(error)])}
                        />
                    ) : null}
                    {abilities && abilities.canContactSupport && !openCase ? (
                        <section aria-labelledby="m365-contact-heading" className="m365-section">
                            <h2 id="m365-contact-heading">{L.contactHeading}</h2>
                            {showCaseForm ? (
                                <CaseForm
                                    path={path}
                                    incident={view.incident}
                                    contactEmail={view.contact ? view.contact.email : ''}
                                    testEnvironment={abilities.testEnvironment}
                                    onCancel={() => setShowCaseForm(false)}
                                    onCreated={(created, message) => {
                                        setShowCaseForm(false)
                                        setProblems([])
                                        setInfo(message)
                                        setView((current) => (current ? { ...current, microsoftCase: created } : current))
                                    }}
                                    onError={(error) => setProblems([toProblem(error)])}
                                />
                            ) : (
                                <button type="button" id="m365-contact-support" onClick={() => setShowCaseForm(true)}>
                                    {L.contactSupport}
                                </button>
                            )}
                        </section>
                    ) : null}
                </>
            ) : null}
        </main>
    )
}
