import React, { useEffect, useState } from 'react'
import { callApi, ApiRequestError } from '../shared/api'
import { MESSAGES, formatMessage } from '../../server/messages/catalogue'
import type { CurrentIssue } from '../../server/health/health-routes'

interface Settings {
    autoIncident: boolean
    autoResolve: boolean
    assignmentGroup: string
    category: string
    subcategory: string
    assignedTo: string
}

interface Choice {
    value: string
    label: string
}

type Issue = CurrentIssue

interface PageData {
    settings: Settings
    syncMinutes: number
    highWater: string | null
    choices: { groups: Choice[]; users: Choice[]; categories: string[] }
    issues: Issue[]
}

interface SyncAnswer {
    sync: { calls: number; received: number; created: number; updated: number; unchanged: number; newPosts: number }
    incidents: { created: number; notes: number; resolved: number; stopped: number; skipped: string } | null
    services: { id: string; service: string; status: string }[] | null
}

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
            <h1>Microsoft 365 Service Health</h1>
            {message && (
                <p role={message.kind === 'error' ? 'alert' : 'status'} className={'m365-' + message.kind} data-testid="health-message">
                    {message.text}
                </p>
            )}
            {form && data && (
                <form onSubmit={save} aria-label="Automatic incidents">
                    <h2>Automatic incidents</h2>
                    <p>
                        One incident per Microsoft 365 service health issue. Each update Microsoft posts is added once as a work note. Synced every{' '}
                        {data.syncMinutes} minute(s).
                    </p>
                    <label>
                        <input type="checkbox" name="autoIncident" checked={form.autoIncident} onChange={(e) => set({ autoIncident: e.target.checked })} /> Create incidents
                        automatically
                    </label>
                    <br />
                    <label>
                        <input type="checkbox" name="autoResolve" checked={form.autoResolve} onChange={(e) => set({ autoResolve: e.target.checked })} /> Resolve the incident when
                        Microsoft resolves the issue
                    </label>
                    <br />
                    <label>
                        Assignment group (required)
                        <select name="assignmentGroup" value={form.assignmentGroup} onChange={(e) => set({ assignmentGroup: e.target.value })}>
                            <option value="">-- None --</option>
                            {data.choices.groups.map((g) => (
                                <option key={g.value} value={g.value}>
                                    {g.label}
                                </option>
                            ))}
                        </select>
                    </label>
                    <br />
                    <label>
                        Category (required)
                        <select name="category" value={form.category} onChange={(e) => set({ category: e.target.value })}>
                            <option value="">-- None --</option>
                            {data.choices.categories.map((c) => (
                                <option key={c} value={c}>
                                    {c}
                                </option>
                            ))}
                        </select>
                    </label>
                    <br />
                    <label>
                        Subcategory (optional)
                        <input type="text" name="subcategory" value={form.subcategory} maxLength={40} onChange={(e) => set({ subcategory: e.target.value })} />
                    </label>
                    <br />
                    <label>
                        Assigned to (optional)
                        <select name="assignedTo" value={form.assignedTo} onChange={(e) => set({ assignedTo: e.target.value })}>
                            <option value="">-- None --</option>
                            {data.choices.users.map((u) => (
                                <option key={u.value} value={u.value}>
                                    {u.label}
                                </option>
                            ))}
                        </select>
                    </label>
                    <p>Field map: title → short description, classification → impact, status → urgency, everything else → description.</p>
                    <button type="submit" disabled={busy}>
                        Save
                    </button>{' '}
                    <button type="button" onClick={syncNow} disabled={busy}>
                        Sync now
                    </button>
                </form>
            )}
            {services && (
                <section aria-label="Service status">
                    <h2>Service status</h2>
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
                <section aria-label="Current issues">
                    <h2>Current issues</h2>
                    <p>Last change synced from Microsoft: {data.highWater || 'never'}</p>
                    {data.issues.length === 0 ? (
                        <p>{MESSAGES.HEALTH_NO_ISSUES}</p>
                    ) : (
                        <table data-testid="health-issues">
                            <thead>
                                <tr>
                                    <th>Issue</th>
                                    <th>Service</th>
                                    <th>Title</th>
                                    <th>Classification</th>
                                    <th>Status</th>
                                    <th>Last update</th>
                                    <th>Next update</th>
                                    <th>Incident</th>
                                </tr>
                            </thead>
                            <tbody>
                                {data.issues.map((i) => (
                                    <tr key={i.id} data-issue={i.id}>
                                        <td>{i.id}</td>
                                        <td>{i.service}</td>
                                        <td title={i.impact}>{i.title}</td>
                                        <td>{i.classification}</td>
                                        <td>{i.isResolved ? 'Resolved (' + i.status + ')' : i.status}</td>
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
