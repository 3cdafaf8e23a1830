/**
 * Contact Microsoft support without a connector: the app cannot open a service request (no public
 * API does), so it says so, links to the Microsoft 365 admin center where the administrator opens
 * it, and records what the admin center shows: request number, link, title, severity, contact.
 */
import { useState } from 'preact/hooks'
import { callApi } from '../shared/api'
import { LABELS, MESSAGES } from '../../server/messages/catalogue'
import { Field, PreferredContactField, SeverityField } from './CaseForm'
import { useBusyCall } from './busy'
import { h, valueOf } from './dom'
import { CaseContact, MicrosoftCase, PanelView } from './types'

const L = LABELS.panel

interface Props {
    path: string
    incident: PanelView['incident']
    contact: CaseContact
    onCancel(): void
    onRecorded(recorded: MicrosoftCase, message: string): void
    onError(error: unknown): void
}

/** The instructions and the link to the admin center, shown before the form opens and above it. */
export function AdminCenterInstructions({ adminCenterUrl }: { adminCenterUrl: string }) {
    return h(
        'div',
        { class: 'now-alert now-alert--info', id: 'm365-record-instructions' },
        h('p', null, MESSAGES.CASE_RECORD_INSTRUCTIONS),
        h('p', null, h('a', { href: adminCenterUrl, target: '_blank', rel: 'noopener noreferrer', id: 'm365-admin-center-link' }, L.openAdminCenter)),
    )
}

export function RecordCaseForm({ path, incident, contact, onCancel, onRecorded, onError }: Props) {
    const [number, setNumber] = useState('')
    const [link, setLink] = useState('')
    const [title, setTitle] = useState(incident.shortDescription.substring(0, 160))
    const [severity, setSeverity] = useState('C')
    const [contactName, setContactName] = useState('')
    const [contactEmail, setContactEmail] = useState(contact.email)
    const [phone, setPhone] = useState('')
    const [preferredContact, setPreferredContact] = useState<'email' | 'phone'>('email')
    const [busy, run] = useBusyCall(onError)

    function submit(event: Event) {
        event.preventDefault()
        return run(async () => {
            const body = { number, link, title, severity, contactName, contactEmail, phone, preferredContact }
            const answer = await callApi<{ microsoftCase: MicrosoftCase; message: string }>('POST', path + '/recorded-case', body)
            onRecorded(answer.microsoftCase, answer.message)
        })
    }
    const input = (id: string, label: string, value: string, set: (value: string) => void, extra: Record<string, unknown> = {}) =>
        h(Field, { id, label }, h('input', { id, class: 'now-input', value, onInput: (e: Event) => set(valueOf(e)), ...extra }))

    return h(
        'form',
        { id: 'm365-record-form', onSubmit: submit, 'aria-busy': busy },
        input('m365-record-number', L.requestNumber, number, setNumber, { required: true, inputMode: 'numeric', maxLength: 24, autoComplete: 'off' }),
        input('m365-record-link', L.requestLink, link, setLink, { type: 'url', maxLength: 1024 }),
        input('m365-case-title', L.caseTitle, title, setTitle, { required: true, maxLength: 160 }),
        h(SeverityField, { value: severity, onChange: setSeverity }),
        h(
            'fieldset',
            { class: 'm365-fieldset' },
            h('legend', { class: 'now-label' }, L.contactDetails),
            input('m365-record-contact-name', L.contactName, contactName, setContactName, { maxLength: 100, autoComplete: 'name' }),
            input('m365-record-contact-email', L.recordedContactEmail, contactEmail, setContactEmail, { type: 'email', required: true, maxLength: 254 }),
            input('m365-case-phone', L.phone, phone, setPhone, { type: 'tel', maxLength: 40, required: preferredContact === 'phone' }),
            h(PreferredContactField, { value: preferredContact, onChange: setPreferredContact }),
        ),
        h(
            'div',
            { class: 'm365-row' },
            h('button', { type: 'submit', id: 'm365-record-submit', class: 'now-button now-button--primary', disabled: busy }, L.submitRecord),
            h('button', { type: 'button', class: 'now-button now-button--secondary', onClick: onCancel, disabled: busy }, L.cancel),
        ),
    )
}
