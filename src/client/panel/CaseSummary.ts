import { useState } from 'preact/hooks'
import { callApi } from '../shared/api'
import { LABELS } from '../../server/messages/catalogue'
import { UserDateFormat, formatDateTime, wordFor } from '../shared/words'
import { Facts } from './facts'
import { h } from './dom'
import { MicrosoftCase, Problem } from './types'

interface Props {
    path: string
    microsoftCase: MicrosoftCase
    dates: UserDateFormat
    onRefreshed(updated: MicrosoftCase, problems: Problem[]): void
    onError(error: unknown): void
}

const L = LABELS.panel

/** The incident's Microsoft case; Refresh asks Microsoft for its status and communications. */
export function CaseSummary({ path, microsoftCase: c, dates, onRefreshed, onError }: Props) {
    const when = (value: string) => formatDateTime(value, dates)
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
    return h(
        'section',
        { 'aria-labelledby': 'm365-case-heading', id: 'm365-case' },
        h('h2', { id: 'm365-case-heading', class: 'now-heading-2' }, L.caseHeading),
        h(
            'div',
            { class: 'now-card' },
            h(Facts, {
                rows: [
                    [L.caseNumber, c.number, '#m365-case-number'],
                    [L.status, wordFor('caseStatus', c.status), '#m365-case-status'],
                    [L.severity, wordFor('severity', c.severity)],
                    [L.caseTitle, c.title],
                    [L.contact, c.contactEmail],
                    [L.opened, when(c.openedOn)],
                    [L.lastUpdateFromMicrosoft, when(c.lastUpdate)],
                    c.testEnvironment ? [L.testEnvironment, L.caseTestEnvironment] : null,
                ],
            }),
            h('h3', { class: 'now-heading-3' }, L.latestUpdates),
            c.updates.length === 0
                ? h('p', { class: 'now-muted' }, L.noUpdates)
                : h(
                      'ul',
                      { id: 'm365-case-updates', class: 'm365-list' },
                      c.updates.map((update, index) => h('li', { key: index }, h('strong', null, update.author), ' ', h('span', { class: 'now-muted' }, when(update.at)), ': ', update.body)),
                  ),
            h('button', { type: 'button', class: 'now-button now-button--secondary', onClick: refresh, disabled: busy }, L.refreshCase),
        ),
    )
}
