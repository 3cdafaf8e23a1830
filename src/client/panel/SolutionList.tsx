import React from 'react'
import { LABELS, formatMessage } from '../../server/messages/catalogue'
import { SolutionItem } from './types'

const L = LABELS.panel

interface Props {
    id: string
    items: SolutionItem[]
    feedbackEnabled: boolean
    onFeedback(solution: SolutionItem, helpful: boolean): void
}

export function SolutionList({ id, items, feedbackEnabled, onFeedback }: Props) {
    if (items.length === 0) return null
    return (
        <ol id={id} className="m365-solutions">
            {items.map((solution, index) => (
                <li key={solution.sysId || solution.url || index} className="m365-solution">
                    {solution.url ? (
                        <a href={solution.url} target="_blank" rel="noopener noreferrer">
                            {solution.title}
                        </a>
                    ) : (
                        <strong>{solution.title}</strong>
                    )}
                    {solution.summary ? <p className="m365-summary">{solution.summary}</p> : null}
                    {feedbackEnabled && solution.sysId ? (
                        <div className="m365-feedback" role="group" aria-label={formatMessage(L.feedbackGroup, [solution.title])}>
                            {solution.feedback ? (
                                <span className="m365-feedback-given">{solution.feedback === 'helpful' ? L.markedHelpful : L.markedNotHelpful}</span>
                            ) : (
                                <>
                                    <span>{L.wasHelpful}</span>
                                    <button type="button" onClick={() => onFeedback(solution, true)}>
                                        {L.yes}
                                    </button>
                                    <button type="button" onClick={() => onFeedback(solution, false)}>
                                        {L.no}
                                    </button>
                                </>
                            )}
                        </div>
                    ) : null}
                </li>
            ))}
        </ol>
    )
}
