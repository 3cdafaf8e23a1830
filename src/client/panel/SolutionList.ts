import { LABELS, formatMessage } from '../../server/messages/catalogue'
import { Fragment, h } from './dom'
import { SolutionItem } from './types'

const L = LABELS.panel

interface Props {
    id: string
    items: SolutionItem[]
    feedbackEnabled: boolean
    onFeedback(solution: SolutionItem, helpful: boolean): void
}

function Feedback({ solution, onFeedback }: { solution: SolutionItem; onFeedback: Props['onFeedback'] }) {
    const answer = (helpful: boolean, label: string) => h('button', { type: 'button', class: 'now-button now-button--bare', onClick: () => onFeedback(solution, helpful) }, label)
    return h(
        'div',
        { class: 'm365-row', role: 'group', 'aria-label': formatMessage(L.feedbackGroup, [solution.title]) },
        solution.feedback
            ? h('span', { class: 'now-muted' }, solution.feedback === 'helpful' ? L.markedHelpful : L.markedNotHelpful)
            : h(Fragment, null, h('span', { class: 'now-muted' }, L.wasHelpful), answer(true, L.yes), answer(false, L.no)),
    )
}

export function SolutionList({ id, items, feedbackEnabled, onFeedback }: Props) {
    if (items.length === 0) return null
    return h(
        'ol',
        { id, class: 'm365-list' },
        items.map((solution, index) =>
            h(
                'li',
                { key: solution.sysId || solution.url || index, class: 'm365-solution' },
                solution.url ? h('a', { href: solution.url, target: '_blank', rel: 'noopener noreferrer' }, solution.title) : h('strong', null, solution.title),
                solution.summary ? h('p', { class: 'm365-summary' }, solution.summary) : null,
                feedbackEnabled && solution.sysId ? h(Feedback, { solution, onFeedback }) : null,
            ),
        ),
    )
}
