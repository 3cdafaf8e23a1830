import React from 'react'
import { LABELS } from '../../server/messages/catalogue'
import { HealthItem } from './types'

const L = LABELS.panel

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
                        <dt>{L.service}</dt>
                        <dd>{issue.feature ? issue.service + ' – ' + issue.feature : issue.service}</dd>
                        <dt>{L.status}</dt>
                        <dd className="m365-health-status">{issue.status}</dd>
                        <dt>{L.userImpact}</dt>
                        <dd>{issue.impact}</dd>
                        <dt>{L.lastUpdate}</dt>
                        <dd>{when(issue.lastUpdate)}</dd>
                        <dt>{L.nextUpdate}</dt>
                        <dd>{when(issue.nextUpdate) || '—'}</dd>
                        {issue.reasons.length > 0 ? (
                            <>
                                <dt>{L.whyItMatches}</dt>
                                <dd>{issue.reasons.join('; ')}</dd>
                            </>
                        ) : null}
                    </dl>
                </li>
            ))}
        </ul>
    )
}
