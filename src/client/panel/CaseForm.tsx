import React, { useState } from 'react'
import { callApi } from '../shared/api'
import { LABELS } from '../../server/messages/catalogue'
import { MicrosoftCase, PanelView } from './types'

const L = LABELS.panel

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
            <label htmlFor="m365-case-title">{L.caseTitle}</label>
            <input id="m365-case-title" required maxLength={160} value={title} onChange={(e) => setTitle(e.target.value)} />
            <label htmlFor="m365-case-description">{L.caseDescription}</label>
            <textarea id="m365-case-description" required maxLength={4000} rows={5} value={description} onChange={(e) => setDescription(e.target.value)} />
            <fieldset>
                <legend>{L.contactDetails}</legend>
                <label htmlFor="m365-case-email">{L.contactEmail}</label>
                <input id="m365-case-email" type="email" readOnly value={contactEmail} aria-describedby="m365-case-email-help" />
                <p id="m365-case-email-help" className="m365-muted">
                    {L.contactEmailHelp}
                </p>
                <label htmlFor="m365-case-phone">{L.phone}</label>
                <input id="m365-case-phone" type="tel" maxLength={40} value={phone} onChange={(e) => setPhone(e.target.value)} required={preferredContact === 'phone'} />
                <fieldset>
                    <legend>{L.preferredContact}</legend>
                    <label>
                        <input type="radio" name="m365-preferred" value="email" checked={preferredContact === 'email'} onChange={() => setPreferredContact('email')} /> {L.email}
                    </label>
                    <label>
                        <input type="radio" name="m365-preferred" value="phone" checked={preferredContact === 'phone'} onChange={() => setPreferredContact('phone')} /> {L.phone}
                    </label>
                </fieldset>
            </fieldset>
            <label htmlFor="m365-case-severity">{L.severity}</label>
            <select id="m365-case-severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
                <option value="A">{L.severityA}</option>
                <option value="B">{L.severityB}</option>
                <option value="C">{L.severityC}</option>
            </select>
            {testEnvironment ? <p className="m365-muted">{L.testEnvironmentNotice}</p> : null}
            <div className="m365-actions">
                <button type="submit" id="m365-case-submit" disabled={busy}>
                    {L.submitCase}
                </button>
                <button type="button" onClick={onCancel} disabled={busy}>
                    {L.cancel}
                </button>
            </div>
        </form>
    )
}
