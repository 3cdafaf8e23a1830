/**
 * The administrator's update of a service request recorded by hand: the status the Microsoft 365
 * admin center shows now and/or a note. The server writes each update as a work note.
 */
import { useState } from 'preact/hooks'
import { callApi } from '../shared/api'
import { LABELS } from '../../server/messages/catalogue'
import { Field } from './CaseForm'
import { useBusyCall } from './busy'
import { h, valueOf } from './dom'
import { MicrosoftCase } from './types'

const L = LABELS.panel
const STATUSES = LABELS.words.caseStatus

interface Props {
    path: string
    microsoftCase: MicrosoftCase
    onUpdated(updated: MicrosoftCase, message: string): void
    onError(error: unknown): void
}

export function RecordedCaseUpdate({ path, microsoftCase, onUpdated, onError }: Props) {
    const [status, setStatus] = useState(microsoftCase.status || 'open')
    const [note, setNote] = useState('')
    const [busy, run] = useBusyCall(onError)

    function submit(event: Event) {
        event.preventDefault()
        return run(async () => {
            const answer = await callApi<{ microsoftCase: MicrosoftCase; message: string }>('PATCH', path + '/recorded-case', { status, note })
            setNote('')
            onUpdated(answer.microsoftCase, answer.message)
        })
    }

    return h(
        'form',
        { id: 'm365-record-update', onSubmit: submit, 'aria-busy': busy },
        h('h3', { class: 'now-heading-3' }, L.updateHeading),
        h(
            Field,
            { id: 'm365-record-status', label: L.newStatus },
            h(
                'select',
                { id: 'm365-record-status', class: 'now-select', value: status, onChange: (e: Event) => setStatus(valueOf(e)) },
                Object.keys(STATUSES).map((value) => h('option', { key: value, value }, STATUSES[value as keyof typeof STATUSES])),
            ),
        ),
        h(
            Field,
            { id: 'm365-record-note', label: L.note },
            h('textarea', { id: 'm365-record-note', class: 'now-textarea', maxLength: 4000, rows: 3, value: note, onInput: (e: Event) => setNote(valueOf(e)) }),
        ),
        h('button', { type: 'submit', id: 'm365-record-save', class: 'now-button now-button--primary', disabled: busy }, L.saveUpdate),
    )
}
