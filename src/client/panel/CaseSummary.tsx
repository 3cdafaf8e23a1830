import React, { useState } from 'react'
import { callApi } from '../shared/api'
import { when } from './HealthList'
import { MicrosoftCase, Problem } from './types'

interface Props {
    path: string
    microsoftCase: MicrosoftCase
    onRefreshed(updated: MicrosoftCase, problems: Problem[]): void
    onError(error: unknown): void
}

export function CaseSummary({ path, microsoftCase, onRefreshed, onError }: Props) {
    const [busy, setBusy] = useState(false)
    async function refresh() {
        setBusy(true)
        try {
            const answer = await callApi<{ microsoftCase: MicrosoftCase; problems: Problem[] }>('GET', path + '/case')
            onRefreshed(answer.microsoftCase, answer.problems)
        } catch (error) {
            onError(error)
        } finally {
            setBusy(false)
        }
    }
    return (
        <section aria-labelledby="m365-case-heading" className="m365-section" id="m365-case">
            <h2 id="m365-case-heading">Microsoft case</h2>
            <dl>
                <dt>Case number</dt>
                <dd id="m365-case-number">{microsoftCase.number}</dd>
                <dt>Status</dt>
                <dd id="m365-case-status">{microsoftCase.status}</dd>
                <dt>Severity</dt>
                <dd>{microsoftCase.severity}</dd>
                <dt>Title</dt>
                <dd>{microsoftCase.title}</dd>
                <dt>Contact</dt>
                <dd>{microsoftCase.contactEmail}</dd>
                <dt>Opened</dt>
                <dd>{when(microsoftCase.openedOn)}</dd>
                <dt>Last update from Microsoft</dt>
                <dd>{when(microsoftCase.lastUpdate)}</dd>
                {microsoftCase.testEnvironment ? (
                    <>
                        <dt>Test environment</dt>
                        <dd>Yes: Microsoft support will not contact you about this case.</dd>
                    </>
                ) : null}
            </dl>
            <h3>Latest updates</h3>
            {microsoftCase.updates.length === 0 ? (
                <p className="m365-muted">No updates yet.</p>
            ) : (
                <ul id="m365-case-updates">
                    {microsoftCase.updates.map((update, index) => (
                        <li key={index}>
                            <strong>{update.author}</strong> <span className="m365-muted">{when(update.at)}</span>: {update.body}
                        </li>
                    ))}
                </ul>
            )}
            <button type="button" onClick={refresh} disabled={busy}>
                Refresh case
            </button>
        </section>
    )
}
