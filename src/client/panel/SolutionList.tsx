import React from 'react'
import { SolutionItem } from './types'

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
                        <div className="m365-feedback" role="group" aria-label={'Was this helpful? ' + solution.title}>
                            {solution.feedback ? (
                                <span className="m365-feedback-given">{solution.feedback === 'helpful' ? 'Marked helpful.' : 'Marked not helpful.'}</span>
                            ) : (
                                <>
                                    <span>Was this helpful?</span>
                                    <button type="button" onClick={() => onFeedback(solution, true)}>
                                        Yes
                                    </button>
                                    <button type="button" onClick={() => onFeedback(solution, false)}>
                                        No
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
