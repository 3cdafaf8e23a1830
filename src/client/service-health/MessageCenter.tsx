import React, { useEffect, useState } from 'react'
import { callApi } from '../shared/api'
import { errorText } from '../shared/error-text'
import { formatDateTime, wordFor, type UserDateFormat } from '../shared/words'
import { LABELS, MESSAGES, formatMessage } from '../../server/messages/catalogue'
import type { MessageList } from '../../server/health/message-view'

const L = LABELS.serviceHealth

interface Filters {
    service: string
    category: string
    within: string
}

interface Body {
    id: string
    title: string
    text: string
}


/** One labelled filter of the Message center; its first option is "any". */
function FilterSelect(props: { id: string; name: string; label: string; value: string; options: { value: string; label: string }[]; onChange: (value: string) => void }) {
    return (
        <div className="now-field">
            <label className="now-label" htmlFor={props.id}>
                {props.label}
            </label>
            <select id={props.id} className="now-select" name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
                {props.options.map((o) => (
                    <option key={o.value} value={o.value}>
                        {o.label}
                    </option>
                ))}
            </select>
        </div>
    )
}

/**
 * The Service Health page's Message center section: synced posts with filters by service,
 * category and action date (the server bounds each list), and a post's body on demand. The body
 * arrives as plain text and is rendered as text, so Microsoft's HTML never runs on the page.
 * `version` changes after a sync, which reloads the list.
 */
export function MessageCenter({ dates, version }: { dates: UserDateFormat | null; version: number }) {
    const [filters, setFilters] = useState<Filters>({ service: '', category: '', within: 'any' })
    const [list, setList] = useState<MessageList | null>(null)
    const [error, setError] = useState('')
    const [open, setOpen] = useState<Body | null>(null)
    // Which filters the list shown answers (also lets a browser test wait for the list it asked for).
    const [loadedFor, setLoadedFor] = useState('')

    useEffect(() => {
        const query = new URLSearchParams({ service: filters.service, category: filters.category, within: filters.within })
        callApi<MessageList>('GET', '/health/messages?' + query.toString())
            .then((answer) => {
                setList(answer)
                setLoadedFor(query.toString())
                setError('')
            })
            .catch((e) => setError(errorText(e)))
    }, [filters, version])

    const toggle = async (id: string) => {
        if (open && open.id === id) {
            setOpen(null)
            return
        }
        try {
            setOpen(await callApi<Body>('GET', '/health/messages/' + encodeURIComponent(id)))
        } catch (e) {
            setError(errorText(e))
        }
    }

    const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch })
    const filtered = filters.service !== '' || filters.category !== '' || filters.within !== 'any'

    return (
        <section aria-labelledby="health-messages-heading" data-loaded-for={loadedFor}>
            <h2 className="now-heading-2" id="health-messages-heading">
                {L.messageCenter}
            </h2>
            <p className="now-muted">{L.messageCenterIntro}</p>
            {error && (
                <div role="alert" className="now-alert now-alert--critical" data-testid="messages-error">
                    {error}
                </div>
            )}
            {list && (
                <div role="group" aria-label={L.messageFilters} className="now-actions" data-testid="message-filters">
                    <FilterSelect
                        id="message-service"
                        name="messageService"
                        label={L.filterService}
                        value={filters.service}
                        onChange={(v) => set({ service: v })}
                        options={[{ value: '', label: L.anyService }, ...list.services.map((s) => ({ value: s, label: s }))]}
                    />
                    <FilterSelect
                        id="message-category"
                        name="messageCategory"
                        label={L.filterCategory}
                        value={filters.category}
                        onChange={(v) => set({ category: v })}
                        options={[{ value: '', label: L.anyCategory }, ...list.categories.map((c) => ({ value: c, label: wordFor('messageCategory', c) }))]}
                    />
                    <FilterSelect
                        id="message-within"
                        name="messageWithin"
                        label={L.filterActionRequired}
                        value={filters.within}
                        onChange={(v) => set({ within: v })}
                        options={[{ value: 'any', label: L.actionAny }, ...list.actionWithinDays.map((d) => ({ value: String(d), label: formatMessage(L.actionWithin, [String(d)]) }))]}
                    />
                </div>
            )}
            {list && list.items.length === 0 && <p data-testid="messages-empty">{filtered ? MESSAGES.HEALTH_NO_MESSAGES_FILTERED : MESSAGES.HEALTH_NO_MESSAGES}</p>}
            {list && list.items.length > 0 && (
                <table className="now-table" data-testid="health-messages">
                    <thead>
                        <tr>
                            <th scope="col">{L.message}</th>
                            <th scope="col">{L.messageTitle}</th>
                            <th scope="col">{L.services}</th>
                            <th scope="col">{L.categoryColumn}</th>
                            <th scope="col">{L.severity}</th>
                            <th scope="col">{L.actionRequiredBy}</th>
                            <th scope="col">{L.lastUpdate}</th>
                            <th scope="col">{L.majorChange}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {list.items.map((m) => (
                            <React.Fragment key={m.id}>
                                <tr data-message={m.id}>
                                    <td>{m.id}</td>
                                    <td>
                                        <button type="button" className="now-button now-button--bare" style={{ textAlign: 'left' }} aria-expanded={!!open && open.id === m.id} aria-controls={'message-body-' + m.id} onClick={() => void toggle(m.id)}>
                                            {m.title}
                                        </button>
                                    </td>
                                    <td>{m.services.join(', ')}</td>
                                    <td>{wordFor('messageCategory', m.category)}</td>
                                    <td>{wordFor('messageSeverity', m.severity)}</td>
                                    <td>{formatDateTime(m.actionRequiredBy, dates)}</td>
                                    <td>{formatDateTime(m.lastUpdate, dates)}</td>
                                    <td>{m.isMajorChange ? L.yes : L.no}</td>
                                </tr>
                                {open && open.id === m.id && (
                                    <tr>
                                        <td colSpan={8}>
                                            <div id={'message-body-' + m.id} role="region" aria-label={formatMessage(L.bodyOf, [m.id])} data-testid="message-body" style={{ whiteSpace: 'pre-line' }}>
                                                {open.text}
                                            </div>
                                        </td>
                                    </tr>
                                )}
                            </React.Fragment>
                        ))}
                    </tbody>
                </table>
            )}
        </section>
    )
}
