import { callApi } from '../shared/api'
import { LABELS } from '../../server/messages/catalogue'
import { UserDateFormat, formatDateTime, wordFor } from '../shared/words'
import { Facts } from './facts'
import { useBusyCall } from './busy'
import { h } from './dom'
import { MicrosoftCase, Problem } from './types'
import { RecordedCaseUpdate } from './RecordedCaseUpdate'

interface Props {
    path: string
    microsoftCase: MicrosoftCase
    dates: UserDateFormat
    /** Where a request recorded by hand is found when it has no link of its own. */
    adminCenterUrl: string
    /** An administrator may update a request recorded by hand; everyone else sees it read-only. */
    canUpdate: boolean
    onRefreshed(updated: MicrosoftCase, problems: Problem[]): void
    onUpdated(updated: MicrosoftCase, message: string): void
    onError(error: unknown): void
}

const L = LABELS.panel

/**
 * The incident's Microsoft case, and which kind it is. A connector case has Refresh (asks Microsoft
 * for its status and communications); a case recorded by hand links to the admin center and is
 * updated by an administrator, never by asking Microsoft.
 */
export function CaseSummary({ path, microsoftCase: c, dates, adminCenterUrl, canUpdate, onRefreshed, onUpdated, onError }: Props) {
    const byHand = c.kind === 'manual'
    const when = (value: string) => formatDateTime(value, dates)
    const [busy, run] = useBusyCall(onError)
    const refresh = () =>
        run(async () => {
            const answer = await callApi<{ microsoftCase: MicrosoftCase; problems: Problem[] }>('GET', path + '/case')
            onRefreshed(answer.microsoftCase, answer.problems)
        })
    return h(
        'section',
        { 'aria-labelledby': 'm365-case-heading', id: 'm365-case' },
        h('h2', { id: 'm365-case-heading', class: 'now-heading-2' }, L.caseHeading),
        h(
            'div',
            { class: 'now-card' },
            h(Facts, {
                rows: [
                    [L.caseKind, wordFor('caseKind', c.kind), '#m365-case-kind'],
                    [L.caseNumber, c.number, '#m365-case-number'],
                    [L.status, wordFor('caseStatus', c.status), '#m365-case-status'],
                    [L.severity, wordFor('severity', c.severity)],
                    [L.caseTitle, c.title],
                    [L.contact, [c.contactName, c.contactEmail, byHand ? c.contactPhone : ''].filter(Boolean).join(', ')],
                    [L.opened, when(c.openedOn)],
                    [byHand ? L.lastUpdateByHand : L.lastUpdateFromMicrosoft, when(c.lastUpdate)],
                    c.testEnvironment && !byHand ? [L.testEnvironment, L.caseTestEnvironment] : null,
                ],
            }),
            byHand
                ? h('p', null, h('a', { href: c.link || adminCenterUrl, target: '_blank', rel: 'noopener noreferrer', id: 'm365-case-link' }, L.requestInAdminCenter))
                : null,
            h('h3', { class: 'now-heading-3' }, L.latestUpdates),
            c.updates.length === 0
                ? h('p', { class: 'now-muted' }, L.noUpdates)
                : h(
                      'ul',
                      { id: 'm365-case-updates', class: 'm365-list' },
                      c.updates.map((update, index) => h('li', { key: index }, h('strong', null, update.author), ' ', h('span', { class: 'now-muted' }, when(update.at)), ': ', update.body)),
                  ),
            byHand ? null : h('button', { type: 'button', class: 'now-button now-button--secondary', onClick: refresh, disabled: busy }, L.refreshCase),
            byHand && canUpdate && !c.closed ? h(RecordedCaseUpdate, { path, microsoftCase: c, onUpdated, onError }) : null,
            byHand && !canUpdate ? h('p', { class: 'now-muted', id: 'm365-case-read-only' }, L.recordedReadOnly) : null,
        ),
    )
}
