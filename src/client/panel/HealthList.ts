import { LABELS } from '../../server/messages/catalogue'
import { Facts, when } from './facts'
import { h } from './dom'
import { HealthItem } from './types'

const L = LABELS.panel

export function HealthList({ items }: { items: HealthItem[] }) {
    if (items.length === 0) return null
    return h(
        'ul',
        { id: 'm365-health', class: 'm365-list' },
        items.map((issue) =>
            h(
                'li',
                { key: issue.id, class: 'now-card', 'data-issue': issue.id },
                h('strong', null, issue.title),
                ' ',
                h('span', { class: 'now-muted' }, '(' + issue.id + ')'),
                h(Facts, {
                    rows: [
                        [L.service, issue.feature ? issue.service + ' – ' + issue.feature : issue.service],
                        [L.status, issue.status, 'm365-health-status'],
                        [L.userImpact, issue.impact],
                        [L.lastUpdate, when(issue.lastUpdate)],
                        [L.nextUpdate, when(issue.nextUpdate) || '—'],
                        issue.reasons.length > 0 ? [L.whyItMatches, issue.reasons.join('; ')] : null,
                    ],
                }),
            ),
        ),
    )
}
