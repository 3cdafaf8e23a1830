import { LABELS, formatMessage } from '../../server/messages/catalogue'
import { UserDateFormat, formatDateTime, wordFor } from '../shared/words'
import { Fact, Facts } from './facts'
import { h } from './dom'
import { HealthItem } from './types'

const L = LABELS.panel

/** The facts of a service health issue. */
function issueRows(issue: HealthItem, dates: UserDateFormat): Fact[] {
    return [
        [L.service, issue.feature ? issue.service + ' – ' + issue.feature : issue.service],
        [L.status, wordFor('healthStatus', issue.status), 'm365-health-status'],
        [L.userImpact, issue.impact],
        [L.lastUpdate, formatDateTime(issue.lastUpdate, dates)],
        [L.nextUpdate, formatDateTime(issue.nextUpdate, dates) || '—'],
    ]
}

/** The facts of a Message center post: labelled as a planned change, with the date Microsoft asks admins to act by. */
function messageRows(post: HealthItem, dates: UserDateFormat): Fact[] {
    return [
        [L.service, post.service],
        [L.status, formatMessage(L.messageCenterPost, [wordFor('messageCategory', post.category)]), 'm365-health-kind'],
        post.actionRequiredBy ? [L.actionRequiredBy, formatDateTime(post.actionRequiredBy, dates), 'm365-health-action'] : null,
        [L.lastUpdate, formatDateTime(post.lastUpdate, dates)],
    ]
}

export function HealthList({ items, dates }: { items: HealthItem[]; dates: UserDateFormat }) {
    if (items.length === 0) return null
    return h(
        'ul',
        { id: 'm365-health', class: 'm365-list' },
        items.map((item) =>
            h(
                'li',
                { key: item.id, class: 'now-card', 'data-issue': item.id, 'data-kind': item.kind },
                h('strong', null, item.title),
                ' ',
                h('span', { class: 'now-muted' }, '(' + item.id + ')'),
                h(Facts, {
                    rows: [...(item.kind === 'message' ? messageRows(item, dates) : issueRows(item, dates)), item.reasons.length > 0 ? [L.whyItMatches, item.reasons.join('; ')] : null],
                }),
            ),
        ),
    )
}
