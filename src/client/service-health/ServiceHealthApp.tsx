import React, { useEffect, useState } from 'react'
import { callApi } from '../shared/api'
import { errorText } from '../shared/error-text'
import { formatDateTime, wordFor, type UserDateFormat } from '../shared/words'
import { loadUserDateFormat } from '../shared/user-date-format'
import { LABELS, MESSAGES, formatMessage } from '../../server/messages/catalogue'
import type { CurrentIssue, HealthSettingsInput as Settings } from '../../server/health/health-routes'
import { MessageCenter } from './MessageCenter'

interface Choice {
    value: string
    label: string
}

type Issue = CurrentIssue

interface PageData {
    settings: Settings
    syncMinutes: number
    highWater: string | null
    choices: { groups: Choice[]; users: Choice[]; categories: string[]; closeCodes: Choice[] }
    /** The resolution code auto-resolve uses when none is chosen; null when the instance offers none the app can read. */
    defaultCloseCode: string | null
    issues: Issue[]
}

interface SyncAnswer {
    sync: { calls: number; received: number; created: number; updated: number; unchanged: number; newPosts: number }
    incidents: { created: number; notes: number; resolved: number; stopped: number; skipped: string } | null
    services: { id: string; service: string; status: string }[] | null
    /** Message center's own outcome: its failure (e.g. no ServiceMessage.Read.All) is said, not an error of the sync. */
    messages: { ok: true; received: number; created: number; updated: number } | { ok: false; message: string }
}

const L = LABELS.serviceHealth


export function ServiceHealthApp() {
    const [data, setData] = useState<PageData | null>(null)
    const [form, setForm] = useState<Settings | null>(null)
    const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)
    const [busy, setBusy] = useState(false)
    const [services, setServices] = useState<SyncAnswer['services']>(null)
    const [dates, setDates] = useState<UserDateFormat | null>(null)
    const [synced, setSynced] = useState(0)

    const load = async () => {
        const answer = await callApi<PageData>('GET', '/health/settings')
        setData(answer)
        setForm(answer.settings)
    }

    useEffect(() => {
        load().catch((e) => setMessage({ kind: 'error', text: errorText(e) }))
        void loadUserDateFormat().then(setDates)
    }, [])

    const save = async (event: React.FormEvent) => {
        event.preventDefault()
        if (!form) return
        setBusy(true)
        setMessage(null)
        try {
            await callApi('PUT', '/health/settings', form)
            await load()
            setMessage({ kind: 'info', text: MESSAGES.HEALTH_SETTINGS_SAVED })
        } catch (e) {
            setMessage({ kind: 'error', text: errorText(e) })
        } finally {
            setBusy(false)
        }
    }

    const syncNow = async () => {
        setBusy(true)
        setMessage(null)
        try {
            const answer = await callApi<SyncAnswer>('POST', '/health/sync')
            setServices(answer.services)
            await load()
            setSynced((n) => n + 1)
            const i = answer.incidents
            const m = answer.messages
            setMessage({
                kind: 'info',
                text:
                    formatMessage(MESSAGES.HEALTH_SYNC_DONE, [answer.sync.received, answer.sync.created, answer.sync.updated, answer.sync.newPosts].map(String)) +
                    (i && !i.skipped ? ' ' + formatMessage(MESSAGES.HEALTH_SYNC_INCIDENTS, [i.created, i.notes, i.resolved].map(String)) : '') +
                    ' ' +
                    (m.ok ? formatMessage(MESSAGES.HEALTH_SYNC_MESSAGES, [m.received, m.created, m.updated].map(String)) : m.message),
            })
        } catch (e) {
            setMessage({ kind: 'error', text: errorText(e) })
        } finally {
            setBusy(false)
        }
    }

    const set = (patch: Partial<Settings>) => form && setForm({ ...form, ...patch })

    const check = (name: 'autoIncident' | 'autoResolve', label: string) =>
        form && (
            <label className="now-check">
                <input type="checkbox" name={name} checked={form[name]} onChange={(e) => set({ [name]: e.target.checked })} />
                <span>{label}</span>
            </label>
        )

    return (
        <main className="now-page">
            <h1 className="now-heading-1">{L.title}</h1>
            {message && (
                <div role={message.kind === 'error' ? 'alert' : 'status'} className={'now-alert now-alert--' + (message.kind === 'error' ? 'critical' : 'positive')} data-testid="health-message">
                    {message.text}
                </div>
            )}
            {form && data && (
                <form onSubmit={save} aria-label={L.automaticIncidents} className="now-card">
                    <h2 className="now-heading-2" style={{ marginTop: 0 }}>
                        {L.automaticIncidents}
                    </h2>
                    <p>{formatMessage(L.intro, [String(data.syncMinutes)])}</p>
                    {check('autoIncident', L.autoIncident)}
                    {check('autoResolve', L.autoResolve)}
                    <div className="now-field">
                        <label className="now-label" htmlFor="health-group">
                            {L.assignmentGroup}
                        </label>
                        <select id="health-group" className="now-select" name="assignmentGroup" value={form.assignmentGroup} onChange={(e) => set({ assignmentGroup: e.target.value })}>
                            <option value="">{LABELS.common.noneOption}</option>
                            {data.choices.groups.map((g) => (
                                <option key={g.value} value={g.value}>
                                    {g.label}
                                </option>
                            ))}
                        </select>
                    </div>
                    <div className="now-field">
                        <label className="now-label" htmlFor="health-category">
                            {L.category}
                        </label>
                        <select id="health-category" className="now-select" name="category" value={form.category} onChange={(e) => set({ category: e.target.value })}>
                            <option value="">{LABELS.common.noneOption}</option>
                            {data.choices.categories.map((c) => (
                                <option key={c} value={c}>
                                    {c}
                                </option>
                            ))}
                        </select>
                    </div>
                    <div className="now-field">
                        <label className="now-label" htmlFor="health-subcategory">
                            {L.subcategory}
                        </label>
                        <input id="health-subcategory" className="now-input" type="text" name="subcategory" value={form.subcategory} maxLength={40} onChange={(e) => set({ subcategory: e.target.value })} />
                    </div>
                    <div className="now-field">
                        <label className="now-label" htmlFor="health-assigned-to">
                            {L.assignedTo}
                        </label>
                        <select id="health-assigned-to" className="now-select" name="assignedTo" value={form.assignedTo} onChange={(e) => set({ assignedTo: e.target.value })}>
                            <option value="">{LABELS.common.noneOption}</option>
                            {data.choices.users.map((u) => (
                                <option key={u.value} value={u.value}>
                                    {u.label}
                                </option>
                            ))}
                        </select>
                    </div>
                    <div className="now-field">
                        <label className="now-label" htmlFor="health-close-code">
                            {L.closeCode}
                        </label>
                        <select id="health-close-code" className="now-select" name="closeCode" value={form.closeCode} onChange={(e) => set({ closeCode: e.target.value })} aria-describedby="close-code-hint">
                            <option value="">{data.defaultCloseCode ? formatMessage(L.closeCodeAutomatic, [data.defaultCloseCode]) : L.closeCodeNone}</option>
                            {data.choices.closeCodes.map((c) => (
                                <option key={c.value} value={c.value}>
                                    {c.label}
                                </option>
                            ))}
                        </select>
                        <span id="close-code-hint" className="now-help">
                            {L.closeCodeHint}
                        </span>
                    </div>
                    <p className="now-muted">{L.fieldMap}</p>
                    <div className="now-actions">
                        <button type="submit" className="now-button now-button--primary" disabled={busy}>
                            {L.save}
                        </button>
                        <button type="button" className="now-button now-button--secondary" onClick={syncNow} disabled={busy}>
                            {L.syncNow}
                        </button>
                    </div>
                </form>
            )}
            {services && (
                <section aria-labelledby="health-services-heading">
                    <h2 className="now-heading-2" id="health-services-heading">
                        {L.serviceStatus}
                    </h2>
                    <table className="now-table" data-testid="health-services">
                        <thead>
                            <tr>
                                <th scope="col">{L.service}</th>
                                <th scope="col">{L.status}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {services.map((s) => (
                                <tr key={s.id}>
                                    <td>{s.service}</td>
                                    <td>
                                        <span className={'now-badge now-badge--' + (s.status === 'serviceOperational' ? 'positive' : 'warning')}>{wordFor('healthStatus', s.status)}</span>
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                </section>
            )}
            {data && (
                <section aria-labelledby="health-issues-heading">
                    <h2 className="now-heading-2" id="health-issues-heading">
                        {L.currentIssues}
                    </h2>
                    <p className="now-muted">{formatMessage(L.lastChange, [data.highWater ? formatDateTime(data.highWater, dates) : L.never])}</p>
                    {data.issues.length === 0 ? (
                        <p>{MESSAGES.HEALTH_NO_ISSUES}</p>
                    ) : (
                        <table className="now-table" data-testid="health-issues">
                            <thead>
                                <tr>
                                    <th scope="col">{L.issue}</th>
                                    <th scope="col">{L.service}</th>
                                    <th scope="col">{L.issueTitle}</th>
                                    <th scope="col">{L.classification}</th>
                                    <th scope="col">{L.status}</th>
                                    <th scope="col">{L.lastUpdate}</th>
                                    <th scope="col">{L.nextUpdate}</th>
                                    <th scope="col">{L.incident}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {data.issues.map((i) => (
                                    <tr key={i.id} data-issue={i.id}>
                                        <td>{i.id}</td>
                                        <td>{i.service}</td>
                                        <td title={i.impact}>{i.title}</td>
                                        <td>{wordFor('classification', i.classification)}</td>
                                        <td>{i.isResolved ? formatMessage(L.resolved, [wordFor('healthStatus', i.status)]) : wordFor('healthStatus', i.status)}</td>
                                        <td>{formatDateTime(i.lastUpdate, dates)}</td>
                                        <td>{formatDateTime(i.nextUpdate, dates)}</td>
                                        <td>
                                            {i.incident ? <a href={'/incident.do?sys_id=' + i.incident}>{i.incidentNumber || i.incident}</a> : ''}
                                            {i.reportUrl && (
                                                <>
                                                    <br />
                                                    {/* The attachment on the incident: the instance's download checks the reader may read that incident. */}
                                                    <a href={i.reportUrl} data-testid="health-report">
                                                        {L.report}
                                                    </a>
                                                </>
                                            )}
                                        </td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    )}
                </section>
            )}
            {data && <MessageCenter dates={dates} version={synced} />}
        </main>
    )
}
