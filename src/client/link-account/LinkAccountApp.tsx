import React, { useEffect, useRef, useState } from 'react'
import { callApi } from '../shared/api'
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
    const errorRef = useRef<HTMLParagraphElement>(null)

    useEffect(() => {
        callApi<{ account: Account | null }>('GET', '/setup/linkaccount').then(
            (a) => setAccount(a.account),
            (e: Error) => setError(e.message),
        )
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
        <main className="m365-page" style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, padding: 16 }}>
            <h1>{L.title}</h1>
            <p id="linked-account">
                {account ? formatMessage(L.linked, [account.email, account.valid ? L.validatedSuffix : '']) : L.noneLinked}
            </p>
            <form
                onSubmit={(e) => {
                    e.preventDefault()
                    void save()
                }}
            >
                <label htmlFor="link-email">{L.email}</label>{' '}
                <input id="link-email" type="text" inputMode="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="link-hint" />
                <p id="link-hint">{L.hint}</p>
                <button type="submit" id="link-save" disabled={busy}>
                    {account ? L.replace : L.link}
                </button>
            </form>
            {error ? (
                <p role="alert" id="link-error" tabIndex={-1} ref={errorRef} style={{ color: '#b00020' }}>
                    {error}
                </p>
            ) : null}
            {message ? (
                <p role="status" id="link-message">
                    {message}
                </p>
            ) : null}
        </main>
    )
}
