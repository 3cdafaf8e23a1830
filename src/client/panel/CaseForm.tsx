import React, { useState } from 'react'
import { callApi } from '../shared/api'
import { MicrosoftCase, PanelView } from './types'

interface Props {
    path: string
    incident: PanelView['incident']
    contactEmail: string
    testEnvironment: boolean
    onCancel(): void
    onCreated(created: MicrosoftCase, message: string): void
    onError(error: unknown): void
}

/** Contact Microsoft support: title and description prefilled from the incident, contact details, severity. */
export function CaseForm({ path, incident, contactEmail, testEnvironment, onCancel, onCreated, onError }: Props) {
    const [title, setTitle] = useState(incident.shortDescription.substring(0, 160))
    const [description, setDescription] = useState((incident.description || incident.shortDescription).substring(0, 4000))
    const [phone, setPhone] = useState('')
    const [preferredContact, setPreferredContact] = useState<'email' | 'phone'>('email')
    const [severity, setSeverity] = useState('C')
    const [busy, setBusy] = useState(false)

    async function submit(event: React.FormEvent) {
        event.preventDefault()
        setBusy(true)
        try {
            const answer = await callApi<{ microsoftCase: MicrosoftCase; message: string }>('POST', path + '/case', { title, description, phone, preferredContact, severity })
            onCreated(answer.microsoftCase, answer.message)
        } catch (error) {
            onError(error)
        } finally {
            setBusy(false)
        }
    }

    return (
        <form id="m365-case-form" className="m365-case-form" onSubmit={submit} aria-busy={busy}>
            <label htmlFor="m365-case-title">Title</label>
            <input id="m365-case-title" required maxLength={160} value={title} onChange={(e) => setTitle(e.target.value)} />
            <label htmlFor="m365-case-description">Description</label>
            <textarea id="m365-case-description" required maxLength={4000} rows={5} value={description} onChange={(e) => setDescription(e.target.value)} />
            <fieldset>
                <legend>Contact details</legend>
                <label htmlFor="m365-case-email">Microsoft 365 admin email (linked account)</label>
                <input id="m365-case-email" type="email" readOnly value={contactEmail} aria-describedby="m365-case-email-help" />
                <p id="m365-case-email-help" className="m365-muted">
                    Microsoft contacts the linked admin account. Change it at Microsoft 365 Support &gt; Link Account.
                </p>
                <label htmlFor="m365-case-phone">Phone</label>
                <input id="m365-case-phone" type="tel" maxLength={40} value={phone} onChange={(e) => setPhone(e.target.value)} required={preferredContact === 'phone'} />
                <fieldset>
                    <legend>Preferred contact method</legend>
                    <label>
                        <input type="radio" name="m365-preferred" value="email" checked={preferredContact === 'email'} onChange={() => setPreferredContact('email')} /> Email
                    </label>
                    <label>
                        <input type="radio" name="m365-preferred" value="phone" checked={preferredContact === 'phone'} onChange={() => setPreferredContact('phone')} /> Phone
                    </label>
                </fieldset>
            </fieldset>
            <label htmlFor="m365-case-severity">Severity</label>
            <select id="m365-case-severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
                <option value="A">A - Critical</option>
                <option value="B">B - High</option>
                <option value="C">C - Moderate</option>
            </select>
            {testEnvironment ? <p className="m365-muted">This is a test environment: Microsoft support will not contact you.</p> : null}
            <div className="m365-actions">
                <button type="submit" id="m365-case-submit" disabled={busy}>
                    Submit to Microsoft support
                </button>
                <button type="button" onClick={onCancel} disabled={busy}>
                    Cancel
                </button>
            </div>
        </form>
    )
}
