import { useState } from 'preact/hooks'
import { callApi } from '../shared/api'
import { LABELS } from '../../server/messages/catalogue'
import { useBusyCall } from './busy'
import { ComponentChildren, h, valueOf } from './dom'
import { CaseContact, MicrosoftCase, PanelView } from './types'

const L = LABELS.panel

interface Props {
    path: string
    incident: PanelView['incident']
    contact: CaseContact
    testEnvironment: boolean
    onCancel(): void
    onCreated(created: MicrosoftCase, message: string): void
    onError(error: unknown): void
}

/** A labelled form field (.now-field): the label names the control by its id. */
export function Field({ id, label, children }: { id: string; label: string; children?: ComponentChildren }) {
    return h('div', { class: 'now-field' }, h('label', { class: 'now-label', for: id }, label), children)
}

/** Email or phone, as both case forms ask (the connector's and the one recorded by hand). */
export function PreferredContactField({ value, onChange }: { value: 'email' | 'phone'; onChange(value: 'email' | 'phone'): void }) {
    const radio = (choice: 'email' | 'phone', label: string) =>
        h('label', { class: 'm365-row' }, h('input', { type: 'radio', name: 'm365-preferred', value: choice, checked: value === choice, onChange: () => onChange(choice) }), ' ' + label)
    return h('fieldset', { class: 'm365-fieldset' }, h('legend', { class: 'now-label' }, L.preferredContact), radio('email', L.email), radio('phone', L.phone))
}

/** Severity A, B or C, as both case forms ask. */
export function SeverityField({ value, onChange }: { value: string; onChange(value: string): void }) {
    return h(
        Field,
        { id: 'm365-case-severity', label: L.severity },
        h(
            'select',
            { id: 'm365-case-severity', class: 'now-select', value, onChange: (e: Event) => onChange(valueOf(e)) },
            h('option', { value: 'A' }, L.severityA),
            h('option', { value: 'B' }, L.severityB),
            h('option', { value: 'C' }, L.severityC),
        ),
    )
}

/** Contact Microsoft support: title and description prefilled from the incident, contact details, severity. */
export function CaseForm({ path, incident, contact, testEnvironment, onCancel, onCreated, onError }: Props) {
    const [title, setTitle] = useState(incident.shortDescription.substring(0, 160))
    const [description, setDescription] = useState((incident.description || incident.shortDescription).substring(0, 4000))
    const [phone, setPhone] = useState('')
    const [preferredContact, setPreferredContact] = useState<'email' | 'phone'>('email')
    const [severity, setSeverity] = useState('C')
    const [busy, run] = useBusyCall(onError)

    function submit(event: Event) {
        event.preventDefault()
        return run(async () => {
            const answer = await callApi<{ microsoftCase: MicrosoftCase; message: string }>('POST', path + '/case', { title, description, phone, preferredContact, severity })
            onCreated(answer.microsoftCase, answer.message)
        })
    }

    return h(
        'form',
        { id: 'm365-case-form', onSubmit: submit, 'aria-busy': busy },
        h(Field, { id: 'm365-case-title', label: L.caseTitle }, h('input', { id: 'm365-case-title', class: 'now-input', required: true, maxLength: 160, value: title, onInput: (e: Event) => setTitle(valueOf(e)) })),
        h(
            Field,
            { id: 'm365-case-description', label: L.caseDescription },
            h('textarea', { id: 'm365-case-description', class: 'now-textarea', required: true, maxLength: 4000, rows: 5, value: description, onInput: (e: Event) => setDescription(valueOf(e)) }),
        ),
        h(
            'fieldset',
            { class: 'm365-fieldset' },
            h('legend', { class: 'now-label' }, L.contactDetails),
            // An address from Setup is not a linked account: the label and help say which it is.
            h(
                Field,
                { id: 'm365-case-email', label: contact.linked ? L.contactEmail : L.contactEmailFromSetup },
                h('input', { id: 'm365-case-email', class: 'now-input', type: 'email', readOnly: true, value: contact.email, 'aria-describedby': 'm365-case-email-help' }),
                h('p', { id: 'm365-case-email-help', class: 'now-help' }, contact.linked ? L.contactEmailHelp : L.contactEmailFromSetupHelp),
            ),
            h(
                Field,
                { id: 'm365-case-phone', label: L.phone },
                h('input', { id: 'm365-case-phone', class: 'now-input', type: 'tel', maxLength: 40, value: phone, onInput: (e: Event) => setPhone(valueOf(e)), required: preferredContact === 'phone' }),
            ),
            h(PreferredContactField, { value: preferredContact, onChange: setPreferredContact }),
        ),
        h(SeverityField, { value: severity, onChange: setSeverity }),
        testEnvironment ? h('p', { class: 'now-alert now-alert--info' }, L.testEnvironmentNotice) : null,
        h(
            'div',
            { class: 'm365-row' },
            h('button', { type: 'submit', id: 'm365-case-submit', class: 'now-button now-button--primary', disabled: busy }, L.submitCase),
            h('button', { type: 'button', class: 'now-button now-button--secondary', onClick: onCancel, disabled: busy }, L.cancel),
        ),
    )
}
