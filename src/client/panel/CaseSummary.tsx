import React, { useState } from 'react'
import { callApi } from '../shared/api'
import { LABELS } from '../../server/messages/catalogue'
import { when } from './HealthList'
import { MicrosoftCase, Problem } from './types'

interface Props {
    path: string
    microsoftCase: MicrosoftCase
    onRefreshed(updated: MicrosoftCase, problems: Problem[]): void
    onError(error: unknown): void
}

const L = LABELS.panel

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
            <h2 id="m365-case-heading">{L.caseHeading}</h2>
            <dl>
                <dt>{L.caseNumber}</dt>
                <dd id="m365-case-number">{microsoftCase.number}</dd>
                <dt>{L.status}</dt>
                <dd id="m365-case-status">{microsoftCase.status}</dd>
                <dt>{L.severity}</dt>
                <dd>{microsoftCase.severity}</dd>
                <dt>{L.caseTitle}</dt>
                <dd>{microsoftCase.title}</dd>
                <dt>{L.contact}</dt>
                <dd>{microsoftCase.contactEmail}</dd>
                <dt>{L.opened}</dt>
                <dd>{when(microsoftCase.openedOn)}</dd>
                <dt>{L.lastUpdateFromMicrosoft}</dt>
                <dd>{when(microsoftCase.lastUpdate)}</dd>
                {microsoftCase.testEnvironment ? (
                    <>
                        <dt>{L.testEnvironment}</dt>
                        <dd>{L.caseTestEnvironment}</dd>
                    </>
                ) : null}
            </dl>
            <h3>{L.latestUpdates}</h3>
            {microsoftCase.updates.length === 0 ? (
                <p className="m365-muted">{L.noUpdates}</p>
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
                {L.refreshCase}
            </button>
        </section>
    )
}
