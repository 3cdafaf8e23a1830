import React from 'react'
import { HealthItem } from './types'

/** ISO time as the agent's local date and time; empty stays empty. */
export function when(value: string | null | undefined): string {
    if (!value) return ''
    const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? value.replace(' ', 'T') + 'Z' : value
    const date = new Date(iso)
    return isNaN(date.getTime()) ? value : date.toLocaleString()
}

export function HealthList({ items }: { items: HealthItem[] }) {
    if (items.length === 0) return null
    return (
        <ul id="m365-health" className="m365-health">
            {items.map((issue) => (
                <li key={issue.id} className="m365-health-issue" data-issue={issue.id}>
                    <strong>{issue.title}</strong> <span className="m365-muted">({issue.id})</span>
                    <dl>
                        <dt>Service</dt>
                        <dd>{issue.feature ? issue.service + ' – ' + issue.feature : issue.service}</dd>
                        <dt>Status</dt>
                        <dd className="m365-health-status">{issue.status}</dd>
                        <dt>User impact</dt>
                        <dd>{issue.impact}</dd>
                        <dt>Last update</dt>
                        <dd>{when(issue.lastUpdate)}</dd>
                        <dt>Next update</dt>
                        <dd>{when(issue.nextUpdate) || '—'}</dd>
                        {issue.reasons.length > 0 ? (
                            <>
                                <dt>Why it matches</dt>
                                <dd>{issue.reasons.join('; ')}</dd>
                            </>
                        ) : null}
                    </dl>
                </li>
            ))}
        </ul>
    )
}
