import React, { useEffect, useState } from 'react'
import { callApi, ApiRequestError } from '../shared/api'
import { LABELS, MESSAGES, formatMessage } from '../../server/messages/catalogue'
import type { CurrentIssue, HealthSettingsInput as Settings } from '../../server/health/health-routes'

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
}

const L = LABELS.serviceHealth

function errorText(e: unknown): string {
    if (e instanceof ApiRequestError) return e.message + (e.correlationId ? ' ' + formatMessage(MESSAGES.REFERENCE_ID, [e.correlationId]) : '')
    return e instanceof Error ? e.message : String(e)
}

export function ServiceHealthApp() {
    const [data, setData] = useState<PageData | null>(null)
    const [form, setForm] = useState<Settings | null>(null)
    const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)
    const [busy, setBusy] = useState(false)
    const [services, setServices] = useState<SyncAnswer['services']>(null)

    const load = async () => {
        const answer = await callApi<PageData>('GET', '/health/settings')
        setData(answer)
        setForm(answer.settings)
    }

    useEffect(() => {
        load().catch((e) => setMessage({ kind: 'error', text: errorText(e) }))
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
            const i = answer.incidents
            setMessage({
                kind: 'info',
                text:
                    formatMessage(MESSAGES.HEALTH_SYNC_DONE, [answer.sync.received, answer.sync.created, answer.sync.updated, answer.sync.newPosts].map(String)) +
                    (i && !i.skipped ? ' ' + formatMessage(MESSAGES.HEALTH_SYNC_INCIDENTS, [i.created, i.notes, i.resolved].map(String)) : ''),
            })
        } catch (e) {
            setMessage({ kind: 'error', text: errorText(e) })
        } finally {
            setBusy(false)
        }
    }

    const set = (patch: Partial<Settings>) => form && setForm({ ...form, ...patch })

    return (
        <main className="m365-page">
            <h1>{L.title}</h1>
            {message && (
                <p role={message.kind === 'error' ? 'alert' : 'status'} className={'m365-' + message.kind} data-testid="health-message">
                    {message.text}
                </p>
            )}
            {form && data && (
                <form onSubmit={save} aria-label={L.automaticIncidents}>
                    <h2>{L.automaticIncidents}</h2>
                    <p>{formatMessage(L.intro, [String(data.syncMinutes)])}</p>
                    <label>
                        <input type="checkbox" name="autoIncident" checked={form.autoIncident} onChange={(e) => set({ autoIncident: e.target.checked })} /> {L.autoIncident}
                    </label>
                    <br />
                    <label>
                        <input type="checkbox" name="autoResolve" checked={form.autoResolve} onChange={(e) => set({ autoResolve: e.target.checked })} /> {L.autoResolve}
                    </label>
                    <br />
                    <label>
                        {L.assignmentGroup}
                        <select name="assignmentGroup" value={form.assignmentGroup} onChange={(e) => set({ assignmentGroup: e.target.value })}>
                            <option value="">{LABELS.common.noneOption}</option>
                            {data.choices.groups.map((g) => (
                                <option key={g.value} value={g.value}>
                                    {g.label}
                                </option>
                            ))}
                        </select>
                    </label>
                    <br />
                    <label>
                        {L.category}
                        <select name="category" value={form.category} onChange={(e) => set({ category: e.target.value })}>
                            <option value="">{LABELS.common.noneOption}</option>
                            {data.choices.categories.map((c) => (
                                <option key={c} value={c}>
                                    {c}
                                </option>
                            ))}
                        </select>
                    </label>
                    <br />
                    <label>
                        {L.subcategory}
                        <input type="text" name="subcategory" value={form.subcategory} maxLength={40} onChange={(e) => set({ subcategory: e.target.value })} />
                    </label>
                    <br />
                    <label>
                        {L.assignedTo}
                        <select name="assignedTo" value={form.assignedTo} onChange={(e) => set({ assignedTo: e.target.value })}>
                            <option value="">{LABELS.common.noneOption}</option>
                            {data.choices.users.map((u) => (
                                <option key={u.value} value={u.value}>
                                    {u.label}
                                </option>
                            ))}
                        </select>
                    </label>
                    <br />
                    <label>
                        {L.closeCode}
                        <select name="closeCode" value={form.closeCode} onChange={(e) => set({ closeCode: e.target.value })} aria-describedby="close-code-hint">
                            <option value="">{data.defaultCloseCode ? formatMessage(L.closeCodeAutomatic, [data.defaultCloseCode]) : L.closeCodeNone}</option>
                            {data.choices.closeCodes.map((c) => (
                                <option key={c.value} value={c.value}>
                                    {c.label}
                                </option>
                            ))}
                        </select>
                    </label>
                    <p id="close-code-hint">{L.closeCodeHint}</p>
                    <p>{L.fieldMap}</p>
                    <button type="submit" disabled={busy}>
                        {L.save}
                    </button>{' '}
                    <button type="button" onClick={syncNow} disabled={busy}>
                        {L.syncNow}
                    </button>
                </form>
            )}
            {services && (
                <section aria-label={L.serviceStatus}>
                    <h2>{L.serviceStatus}</h2>
                    <ul data-testid="health-services">
                        {services.map((s) => (
                            <li key={s.id}>
                                {s.service}: {s.status}
                            </li>
                        ))}
                    </ul>
                </section>
            )}
            {data && (
                <section aria-label={L.currentIssues}>
                    <h2>{L.currentIssues}</h2>
                    <p>{formatMessage(L.lastChange, [data.highWater || L.never])}</p>
                    {data.issues.length === 0 ? (
                        <p>{MESSAGES.HEALTH_NO_ISSUES}</p>
                    ) : (
                        <table data-testid="health-issues">
                            <thead>
                                <tr>
                                    <th>{L.issue}</th>
                                    <th>{L.service}</th>
                                    <th>{L.issueTitle}</th>
                                    <th>{L.classification}</th>
                                    <th>{L.status}</th>
                                    <th>{L.lastUpdate}</th>
                                    <th>{L.nextUpdate}</th>
                                    <th>{L.incident}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {data.issues.map((i) => (
                                    <tr key={i.id} data-issue={i.id}>
                                        <td>{i.id}</td>
                                        <td>{i.service}</td>
                                        <td title={i.impact}>{i.title}</td>
                                        <td>{i.classification}</td>
                                        <td>{i.isResolved ? formatMessage(L.resolved, [i.status]) : i.status}</td>
                                        <td>{i.lastUpdate || ''}</td>
                                        <td>{i.nextUpdate || ''}</td>
                                        <td>{i.incident ? <a href={'/incident.do?sys_id=' + i.incident}>{i.incidentNumber || i.incident}</a> : ''}</td>
                                    </tr>
                                ))}
                            </tbody>
                        </table>
                    )}
                </section>
            )}
        </main>
    )
}
