import React, { useEffect, useRef, useState } from 'react'
import { callApi } from '../shared/api'
import { formatDateTime, type UserDateFormat } from '../shared/words'
import { loadUserDateFormat } from '../shared/user-date-format'
import { LABELS, formatMessage } from '../../server/messages/catalogue'

const L = LABELS.linkAccount

/*
 * Link Account: the single Microsoft 365 admin account contacted when cases are created. The
 * server asks Microsoft to validate it; a refused address keeps the linked account unchanged.
 */

interface Account {
    email: string
    valid: boolean
    canCreateTickets: boolean
    validatedOn: string
}

export function LinkAccountApp() {
    const [account, setAccount] = useState<Account | null>(null)
    const [email, setEmail] = useState('')
    const [error, setError] = useState('')
    const [message, setMessage] = useState('')
    const [busy, setBusy] = useState(false)
    const errorRef = useRef<HTMLDivElement>(null)
    const [dates, setDates] = useState<UserDateFormat | null>(null)

    useEffect(() => {
        callApi<{ account: Account | null }>('GET', '/setup/linkaccount').then(
            (a) => setAccount(a.account),
            (e: Error) => setError(e.message),
        )
        void loadUserDateFormat().then(setDates)
    }, [])

    useEffect(() => {
        if (error) errorRef.current?.focus()
    }, [error])

    const save = async () => {
        setBusy(true)
        setMessage('')
        try {
            const answer = await callApi<{ account: Account; message: string }>('POST', '/setup/linkaccount', { email })
            setAccount(answer.account)
            setMessage(answer.message)
            setError('')
        } catch (e) {
            setError(e instanceof Error ? e.message : String(e))
        } finally {
            setBusy(false)
        }
    }

    return (
        <main className="now-page" style={{ maxWidth: '48rem' }}>
            <h1 className="now-heading-1">{L.title}</h1>
            <p id="linked-account" className="now-card">
                {account
                    ? formatMessage(L.linked, [account.email, account.valid ? (account.validatedOn ? formatMessage(L.validatedOnSuffix, [formatDateTime(account.validatedOn, dates)]) : L.validatedSuffix) : ''])
                    : L.noneLinked}
            </p>
            <form
                onSubmit={(e) => {
                    e.preventDefault()
                    void save()
                }}
            >
                <div className="now-field">
                    <label className="now-label" htmlFor="link-email">
                        {L.email}
                    </label>
                    <input id="link-email" className="now-input" type="text" inputMode="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="link-hint" />
                    <span id="link-hint" className="now-help">
                        {L.hint}
                    </span>
                </div>
                <div className="now-actions">
                    <button type="submit" id="link-save" className="now-button now-button--primary" disabled={busy}>
                        {account ? L.replace : L.link}
                    </button>
                </div>
            </form>
            {error ? (
                <div role="alert" id="link-error" className="now-alert now-alert--critical" tabIndex={-1} ref={errorRef}>
                    {error}
                </div>
            ) : null}
            {message ? (
                <div role="status" id="link-message" className="now-alert now-alert--positive">
                    {message}
                </div>
            ) : null}
        </main>
    )
}
