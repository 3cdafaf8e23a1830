import React, { useEffect, useState } from 'react'
import { callApi } from '../shared/api'
import { errorText } from '../shared/error-text'
import { formatDateTime, type UserDateFormat } from '../shared/words'
import { loadUserDateFormat } from '../shared/user-date-format'
import { LABELS, MESSAGES, formatMessage } from '../../server/messages/catalogue'
import type { DiagnosticsRun } from '../../server/diagnostics/run-diagnostics'
import type { CheckGroup, CheckResult, CheckStatus } from '../../server/diagnostics/checks/check'

const L = LABELS.diagnostics
const GROUPS: CheckGroup[] = ['configuration', 'platform', 'microsoft', 'traffic']
/** The platform's list of the ATF suite the app ships (the menu module Verify on This Instance opens the same). */
const ATF_SUITE_LIST = 'sys_atf_test_suite_list.do?sysparm_query=' + encodeURIComponent('name=Microsoft 365 support integration')

const BADGE: Record<CheckStatus | 'missing', string> = { passed: 'now-badge now-badge--positive', failed: 'now-badge now-badge--critical', not_applicable: 'now-badge', missing: 'now-badge' }

function statusText(status: CheckStatus | 'missing'): string {
    return status === 'missing' ? L.status.not_applicable : L.status[status]
}

function CheckRow({ check }: { check: CheckResult }) {
    return (
        <tr data-check={check.id} data-status={check.status}>
            <th scope="row">{L.names[check.id]}</th>
            <td>
                <span className={BADGE[check.status]}>{statusText(check.status)}</span>
            </td>
            <td>{check.looked_at}</td>
            <td>
                {check.fix ? <p className="now-alert now-alert--critical" data-testid="fix">{check.fix}</p> : null}
                {check.items && check.items.length ? (
                    <details>
                        <summary>
                            {L.itemsLabel} ({check.items.length})
                        </summary>
                        <ul>
                            {check.items.map((item, i) => (
                                <li key={i}>
                                    {item.cause ? <span className="now-badge">{item.cause}</span> : null} {item.link ? <a href={'/' + item.link}>{item.text}</a> : item.text}
                                    {item.correlation_id ? <span className="now-muted"> {formatMessage(MESSAGES.REFERENCE_ID, [item.correlation_id])}</span> : null}
                                </li>
                            ))}
                        </ul>
                    </details>
                ) : null}
            </td>
        </tr>
    )
}

export function DiagnosticsApp() {
    const [run, setRun] = useState<DiagnosticsRun | null>(null)
    const [error, setError] = useState<string | null>(null)
    const [busy, setBusy] = useState(false)
    const [dates, setDates] = useState<UserDateFormat | null>(null)

    const load = async () => {
        setBusy(true)
        setError(null)
        try {
            setRun(await callApi<DiagnosticsRun>('GET', '/diagnostics/checks'))
        } catch (e) {
            setError(errorText(e))
        } finally {
            setBusy(false)
        }
    }

    useEffect(() => {
        void loadUserDateFormat().then(setDates)
        void load()
    }, [])

    const count = (status: CheckStatus) => (run ? run.checks.filter((c) => c.status === status).length : 0)

    return (
        <main className="now-page">
            <h1 className="now-heading-1">{L.title}</h1>
            <p className="now-muted">{L.intro}</p>
            <p>
                <button type="button" className="now-button now-button--primary" onClick={() => void load()} disabled={busy}>
                    {L.run}
                </button>
            </p>
            {busy ? (
                <p className="now-alert now-alert--info" role="status">
                    {L.running}
                </p>
            ) : null}
            {error ? (
                <p className="now-alert now-alert--critical" role="alert">
                    {error}
                </p>
            ) : null}
            {run ? (
                <>
                    <p className={count('failed') ? 'now-alert now-alert--warning' : 'now-alert now-alert--positive'} data-testid="summary">
                        {formatMessage(L.summary, [String(count('failed')), String(count('passed')), String(count('not_applicable'))])}{' '}
                        {formatMessage(L.ranAt, [formatDateTime(run.ran_at, dates), String(run.duration_ms)])}
                    </p>
                    {GROUPS.map((group) => (
                        <section key={group} aria-labelledby={'group-' + group}>
                            <h2 className="now-heading-2" id={'group-' + group}>
                                {L.groups[group]}
                            </h2>
                            <table className="now-table">
                                <thead>
                                    <tr>
                                        <th scope="col">{L.columns.check}</th>
                                        <th scope="col">{L.columns.status}</th>
                                        <th scope="col">{L.columns.lookedAt}</th>
                                        <th scope="col">{L.columns.fix}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {run.checks
                                        .filter((c) => c.group === group)
                                        .map((check) => (
                                            <CheckRow key={check.id} check={check} />
                                        ))}
                                </tbody>
                            </table>
                        </section>
                    ))}
                    <section aria-labelledby="rows-heading">
                        <h2 className="now-heading-2" id="rows-heading">
                            {L.rowsHeading}
                        </h2>
                        <details>
                            <summary>{L.rowsIntro}</summary>
                            <table className="now-table">
                            <thead>
                                <tr>
                                    <th scope="col">{L.rowColumns.row}</th>
                                    <th scope="col">{L.rowColumns.symptom}</th>
                                    <th scope="col">{L.rowColumns.checks}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {run.rows.map((row) => (
                                    <tr key={row.row} data-row={row.row} data-status={row.status}>
                                        <td>{row.row}</td>
                                        <td>{row.symptom}</td>
                                        <td>
                                            <ul>
                                                {row.checks.map((c) => (
                                                    <li key={c.id}>
                                                        <span className={BADGE[c.status]}>{statusText(c.status)}</span> {L.names[c.id]}
                                                    </li>
                                                ))}
                                            </ul>
                                        </td>
                                    </tr>
                                ))}
                            </tbody>
                            </table>
                        </details>
                    </section>
                </>
            ) : null}
            <section className="now-card" aria-labelledby="atf-heading">
                <h2 className="now-heading-3" id="atf-heading">
                    {L.atfHeading}
                </h2>
                <p>{L.atfText}</p>
                <a className="now-button now-button--secondary" href={'/' + ATF_SUITE_LIST}>
                    {L.atfLink}
                </a>
            </section>
        </main>
    )
}
