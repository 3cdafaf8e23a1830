import { LABELS } from '../../server/messages/catalogue'
import { UserDateFormat, formatDateTime, wordFor } from '../shared/words'
import { Facts } from './facts'
import { h } from './dom'
import { HealthItem } from './types'

const L = LABELS.panel

export function HealthList({ items, dates }: { items: HealthItem[]; dates: UserDateFormat }) {
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
                        [L.status, wordFor('healthStatus', issue.status), 'm365-health-status'],
                        [L.userImpact, issue.impact],
                        [L.lastUpdate, formatDateTime(issue.lastUpdate, dates)],
                        [L.nextUpdate, formatDateTime(issue.nextUpdate, dates) || '—'],
                        issue.reasons.length > 0 ? [L.whyItMatches, issue.reasons.join('; ')] : null,
                    ],
                }),
            ),
        ),
    )
}
