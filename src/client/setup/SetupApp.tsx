import React, { useCallback, useEffect, useRef, useState } from 'react'
import { ApiRequestError, callApi } from '../shared/api'
import { LABELS, MESSAGES, formatMessage } from '../../server/messages/catalogue'

/*
 * The Setup wizard. Everything it shows comes from the server (GET /setup/state); every step is
 * posted to the server, which validates it and answers 400 with one message when it is wrong.
 * A reload resumes at the saved step; the step list lets the admin go back and change anything.
 */

type StepId = 'consent' | 'environment' | 'tenant' | 'outbound' | 'inbound' | 'user' | 'repository' | 'settings' | 'complete' | 'done'
type Values = Record<string, string>

interface Provider {
    profileId: string
    profileName: string
    entityName: string
    clientId: string
    tokenUrl: string
    tokenUrlKind: 'v1' | 'v2' | 'mismatch'
    hasApiScript: boolean
}
interface InboundChoice {
    entityId: string
    name: string
    clientId: string
}
interface UserChoice {
    userId: string
    userName: string
    name: string
    webServiceOnly: boolean
    incidentManager: boolean
    admin: boolean
}
interface Choices {
    refused?: boolean
    refusedMessage?: string
    expectedTokenUrl?: string
    graphPermissionNote?: string
    providers?: Provider[]
    oauthClients?: InboundChoice[]
    oidcEntities?: InboundChoice[]
    users?: UserChoice[]
    openCases?: number
}
interface SetupState {
    step: StepId
    viewing: StepId
    mode: '' | 'basic' | 'aad' | 'insights' | 'none'
    modeLabel: string
    consent: boolean
    completed: boolean
    steps: StepId[]
    values: Values
    choices: Choices
    completion: Record<string, string> | null
    notes?: string[]
    warnings?: string[]
}
interface TestResult {
    id: string
    label: string
    status: 'passed' | 'failed' | 'skipped' | 'pending'
    message: string
}
interface PermissionCheck {
    permission: string
    enables: string
    state: 'granted' | 'missing' | 'unknown'
    message: string
}
interface TestRun {
    ranAt: string
    correlationId: string
    passed: boolean
    results: TestResult[]
    permissions?: PermissionCheck[]
}
interface FormTab {
    formId: string
    domain: string
    view: string
    attached: boolean
}

const L = LABELS.setup
const TEST_BADGE: Record<TestResult['status'], string> = { passed: 'positive', failed: 'critical', skipped: 'info', pending: 'info' }
/** A missing Graph permission is a warning: Setup completes without it, the features it enables do not work. */
const PERMISSION_BADGE: Record<PermissionCheck['state'], string> = { granted: 'positive', missing: 'warning', unknown: 'warning' }
const STEP_TITLE: Record<StepId, string> = L.stepTitles

export function SetupApp() {
    const [state, setState] = useState<SetupState | null>(null)
    const [error, setError] = useState('')
    const [busy, setBusy] = useState(false)
    const heading = useRef<HTMLHeadingElement>(null)

    const load = useCallback(async (step?: StepId) => {
        try {
            setState(await callApi<SetupState>('GET', '/setup/state' + (step ? '?step=' + step : '')))
            setError('')
        } catch (e) {
            setError(e instanceof Error ? e.message : String(e))
        }
    }, [])

    useEffect(() => {
        void load()
    }, [load])

    useEffect(() => {
        heading.current?.focus()
    }, [state?.viewing])

    const submit = async (step: StepId, body: unknown) => {
        setBusy(true)
        try {
            const path = step === 'consent' ? '/setup/consent' : '/setup/step/' + step
            const answer = await callApi<SetupState>('POST', path, body)
            if (step === 'consent') await load()
            else setState(answer)
            setError('')
        } catch (e) {
            // A refused consent shows the catalogue's message, never the API's wording of the request.
            const refusedConsent = step === 'consent' && e instanceof ApiRequestError && e.status === 400
            setError(refusedConsent ? MESSAGES.SETUP_CONSENT_REQUIRED : e instanceof Error ? e.message : String(e))
        } finally {
            setBusy(false)
        }
    }

    if (!state) {
        return (
            <main className="now-page">
                <h1 className="now-heading-1">{L.title}</h1>
                {error ? (
                    <div role="alert" className="now-alert now-alert--critical">
                        {error}
                    </div>
                ) : (
                    <p className="now-muted">{LABELS.common.loading}</p>
                )}
            </main>
        )
    }
    const viewing: StepId = state.consent ? state.viewing : 'consent'
    const reached = state.steps.indexOf(state.step)

    return (
        <main className="now-page">
            <h1 className="now-heading-1">{L.title}</h1>
            <nav aria-label={L.stepsNav}>
                <ol className="now-stepper">
                    {state.steps.map((step, index) => {
                        const done = state.consent && (index < reached || (state.completed && step !== 'done'))
                        const where = step === viewing ? ' now-stepper__item--current' : done ? ' now-stepper__item--done' : ''
                        return (
                            <li key={step} className={'now-stepper__item' + where}>
                                <button
                                    type="button"
                                    className="now-button now-button--bare"
                                    aria-current={step === viewing ? 'step' : undefined}
                                    disabled={index > Math.max(reached, 1) || (!state.consent && step !== 'consent')}
                                    onClick={() => void load(step)}
                                >
                                    {STEP_TITLE[step]}
                                    {done ? <span className="now-sr-only">{L.stepDone}</span> : null}
                                </button>
                            </li>
                        )
                    })}
                </ol>
            </nav>
            <p className="now-muted" id="setup-progress">
                {formatMessage(L.stepOf, [String(state.steps.indexOf(viewing) + 1), String(state.steps.length)])}
            </p>
            <section aria-labelledby="step-heading">
                <h2 className="now-heading-2" id="step-heading" tabIndex={-1} ref={heading} style={{ marginTop: 0 }}>
                    {STEP_TITLE[viewing]}
                </h2>
                {error ? (
                    <div role="alert" className="now-alert now-alert--critical" id="setup-error">
                        {error}
                    </div>
                ) : null}
                {state.notes && state.notes.length ? (
                    <ul aria-label={L.notes} id="setup-notes" className="now-alert now-alert--info">
                        {state.notes.map((n) => (
                            <li key={n}>{n}</li>
                        ))}
                    </ul>
                ) : null}
                {state.warnings && state.warnings.length ? (
                    <ul aria-label={L.warnings} id="setup-warnings" className="now-alert now-alert--warning">
                        {state.warnings.map((n) => (
                            <li key={n}>{n}</li>
                        ))}
                    </ul>
                ) : null}
                <StepBody key={viewing + state.step} step={viewing} state={state} busy={busy} submit={submit} reload={load} />
            </section>
        </main>
    )
}

interface StepProps {
    step: StepId
    state: SetupState
    busy: boolean
    submit: (step: StepId, body: unknown) => Promise<void>
    reload: (step?: StepId) => Promise<void>
}

function StepBody(props: StepProps) {
    switch (props.step) {
        case 'consent':
            return <ConsentStep {...props} />
        case 'environment':
            return <EnvironmentStep {...props} />
        case 'tenant':
            return <TenantStep {...props} />
        case 'outbound':
            return <OutboundStep {...props} />
        case 'inbound':
            return <InboundStep {...props} />
        case 'user':
            return <UserStep {...props} />
        case 'repository':
            return <RepositoryStep {...props} />
        case 'settings':
            return <SettingsStep {...props} />
        case 'complete':
            return <CompleteStep {...props} />
        default:
            return <DoneStep {...props} />
    }
}

function Form(props: { onSubmit: () => void; busy: boolean; label?: string; children: React.ReactNode }) {
    return (
        <form
            onSubmit={(e) => {
                e.preventDefault()
                props.onSubmit()
            }}
        >
            {props.children}
            <div className="now-actions">
                <button type="submit" id="setup-next" className="now-button now-button--primary" disabled={props.busy}>
                    {props.label || L.next}
                </button>
            </div>
        </form>
    )
}

function ConsentStep({ busy, submit }: StepProps) {
    const [agree, setAgree] = useState(false)
    return (
        <Form busy={busy} label={L.consentContinue} onSubmit={() => void submit('consent', { agree })}>
            <p>{L.consentText}</p>
            <label className="now-check">
                <input type="checkbox" id="consent-agree" checked={agree} onChange={(e) => setAgree(e.target.checked)} />
                <span>{L.consentAgree}</span>
            </label>
        </Form>
    )
}

function EnvironmentStep({ state, busy, submit }: StepProps) {
    const [mode, setMode] = useState(state.values.mode || '')
    const [test, setTest] = useState(state.values.test_environment !== 'false')
    const [confirmOpenCases, setConfirmOpenCases] = useState(false)
    const modes = (['basic', 'aad', 'insights', 'none'] as const).map((value) => [value, L.modes[value], L.modeHints[value]])
    return (
        <Form busy={busy} label={L.startSetup} onSubmit={() => void submit('environment', { mode, testEnvironment: test, confirmOpenCases })}>
            <label className="now-check">
                <input type="checkbox" id="env-test" checked={test} onChange={(e) => setTest(e.target.checked)} />
                <span>{L.testEnvironmentCheck}</span>
            </label>
            <fieldset className="now-field">
                <legend className="now-label">{L.setupType}</legend>
                {modes.map(([value, label, hint]) => (
                    <div key={value}>
                        <label className="now-check" style={{ marginBottom: 0 }}>
                            <input type="radio" name="mode" id={'mode-' + value} value={value} checked={mode === value} onChange={() => setMode(value)} aria-describedby={'mode-hint-' + value} />
                            <span>{label}</span>
                        </label>
                        <p className="now-help" id={'mode-hint-' + value} style={{ margin: '0 0 0.75rem 1.5rem' }}>
                            {hint}
                        </p>
                    </div>
                ))}
            </fieldset>
            {mode === 'insights' && (state.choices.openCases || 0) > 0 ? (
                <label className="now-check">
                    <input type="checkbox" id="env-confirm-open-cases" checked={confirmOpenCases} onChange={(e) => setConfirmOpenCases(e.target.checked)} />
                    <span>{L.confirmOpenCases}</span>
                </label>
            ) : null}
        </Form>
    )
}

function TenantStep({ state, busy, submit }: StepProps) {
    const [tenant, setTenant] = useState(state.values.tenant_domain || '')
    return (
        <Form busy={busy} onSubmit={() => void submit('tenant', { tenantDomain: tenant })}>
            <div className="now-field">
                <label className="now-label" htmlFor="tenant-domain">
                    {L.tenantDomain}
                </label>
                <input id="tenant-domain" className="now-input" value={tenant} onChange={(e) => setTenant(e.target.value)} placeholder={L.tenantPlaceholder} aria-describedby="tenant-hint" />
                <span className="now-help" id="tenant-hint">
                    {L.tenantHint}
                </span>
            </div>
        </Form>
    )
}

function OutboundStep({ state, busy, submit }: StepProps) {
    const providers = state.choices.providers || []
    const [profileId, setProfileId] = useState(state.values.outbound_profile || '')
    const [configure, setConfigure] = useState(false)
    if (state.choices.refused) {
        return (
            <div role="alert" id="outbound-refused" className="now-alert now-alert--critical">
                {state.choices.refusedMessage}
            </div>
        )
    }
    const chosen = providers.filter((p) => p.profileId === profileId)[0]
    return (
        <Form busy={busy} onSubmit={() => void submit('outbound', { profileId, configureProvider: configure })}>
            <p>{formatMessage(L.outboundIntro, [state.choices.expectedTokenUrl || ''])}</p>
            <div className="now-field">
            <label className="now-label" htmlFor="outbound-profile">
                {L.outboundProfile}
            </label>
            <select id="outbound-profile" className="now-select" value={profileId} onChange={(e) => setProfileId(e.target.value)}>
                <option value="">{LABELS.common.chooseOption}</option>
                {providers.map((p) => (
                    <option key={p.profileId} value={p.profileId}>
                        {p.entityName} / {p.profileName}
                    </option>
                ))}
            </select>
            </div>
            {chosen ? (
                <p id="outbound-details" className="now-card">
                    {formatMessage(L.outboundDetails, [
                        chosen.clientId,
                        chosen.tokenUrl,
                        chosen.tokenUrlKind === 'mismatch' ? L.tokenUrlMismatch : chosen.tokenUrlKind === 'v1' ? L.tokenUrlV1 : L.tokenUrlV2,
                    ])}
                </p>
            ) : null}
            <label className="now-check">
                <input type="checkbox" id="outbound-configure" checked={configure} onChange={(e) => setConfigure(e.target.checked)} />
                <span>{L.outboundConfigure}</span>
            </label>
            <p className="now-help">{state.choices.graphPermissionNote}</p>
        </Form>
    )
}

function InboundStep({ state, busy, submit }: StepProps) {
    const [useOidc, setUseOidc] = useState(state.values.use_oidc === 'true' || state.mode === 'aad')
    const [entityId, setEntityId] = useState(state.values.inbound_entity || '')
    const [restrictAccess, setRestrictAccess] = useState(false)
    const list = (useOidc ? state.choices.oidcEntities : state.choices.oauthClients) || []
    return (
        <Form busy={busy} onSubmit={() => void submit('inbound', { useOidc, entityId, restrictAccess })}>
            {state.choices.refused ? (
                <div role="alert" className="now-alert now-alert--critical">
                    {state.choices.refusedMessage}
                </div>
            ) : null}
            <label className="now-check">
                <input type="checkbox" id="inbound-oidc" checked={useOidc} onChange={(e) => setUseOidc(e.target.checked)} />
                <span>{L.inboundOidc}</span>
            </label>
            <div className="now-field">
            <label className="now-label" htmlFor="inbound-entity">
                {useOidc ? L.inboundOidcEntity : L.inboundClientEndpoint}
            </label>
            <select id="inbound-entity" className="now-select" value={entityId} onChange={(e) => setEntityId(e.target.value)} aria-describedby="inbound-hint">
                <option value="">{LABELS.common.chooseOption}</option>
                {list.map((c) => (
                    <option key={c.entityId} value={c.entityId}>
                        {c.name} ({c.clientId})
                    </option>
                ))}
            </select>
            <span className="now-help" id="inbound-hint">
                {useOidc ? L.inboundOidcHint : L.inboundClientHint}
            </span>
            </div>
            <label className="now-check">
                <input type="checkbox" id="inbound-restrict" checked={restrictAccess} onChange={(e) => setRestrictAccess(e.target.checked)} />
                <span>{L.inboundRestrict}</span>
            </label>
        </Form>
    )
}

function UserStep({ state, busy, submit }: StepProps) {
    const [userId, setUserId] = useState(state.values.integration_user || '')
    const [clientId, setClientId] = useState(state.values.rest_user_client_id || '')
    if (state.mode === 'aad') {
        return (
            <Form busy={busy} onSubmit={() => void submit('user', { clientId })}>
                <div className="now-field">
                    <label className="now-label" htmlFor="user-client-id">
                        {L.restUserClientId}
                    </label>
                    <input id="user-client-id" className="now-input" value={clientId} onChange={(e) => setClientId(e.target.value)} aria-describedby="user-client-hint" />
                    <span className="now-help" id="user-client-hint">
                        {L.restUserClientIdHint}
                    </span>
                </div>
            </Form>
        )
    }
    const users = state.choices.users || []
    return (
        <Form busy={busy} onSubmit={() => void submit('user', { userId })}>
            <div className="now-field">
            <label className="now-label" htmlFor="user-id">
                {L.integrationUser}
            </label>
            <select id="user-id" className="now-select" value={userId} onChange={(e) => setUserId(e.target.value)}>
                <option value="">{LABELS.common.chooseOption}</option>
                {users.map((u) => (
                    <option key={u.userId} value={u.userId}>
                        {u.userName} ({u.name}){u.webServiceOnly ? '' : L.userNotWebServiceOnly}
                        {u.incidentManager ? '' : L.userNoIncidentManager}
                        {u.admin ? L.userIsAdmin : ''}
                    </option>
                ))}
            </select>
            </div>
        </Form>
    )
}

function RepositoryStep({ state, busy, submit }: StepProps) {
    const [repositoryId, setRepositoryId] = useState(state.values.repository_id || '')
    return (
        <Form busy={busy} onSubmit={() => void submit('repository', { repositoryId })}>
            <div className="now-field">
                <label className="now-label" htmlFor="repository-id">
                    {L.repositoryId}
                </label>
                <input id="repository-id" className="now-input" value={repositoryId} onChange={(e) => setRepositoryId(e.target.value)} aria-describedby="repository-hint" />
                <span className="now-help" id="repository-hint">
                    {L.repositoryHint}
                </span>
            </div>
        </Form>
    )
}

function SettingsStep({ state, busy, submit }: StepProps) {
    const [sso, setSso] = useState(state.values.sso_enabled === 'true')
    const [email, setEmail] = useState(state.values.admin_email || '')
    const [test, setTest] = useState(state.values.test_environment !== 'false')
    return (
        <Form busy={busy} onSubmit={() => void submit('settings', { ssoEnabled: sso, adminEmail: email, testEnvironment: test })}>
            <label className="now-check">
                <input type="checkbox" id="settings-sso" checked={sso} onChange={(e) => setSso(e.target.checked)} />
                <span>{L.settingsSso}</span>
            </label>
            <div className="now-field">
                <label className="now-label" htmlFor="settings-email">
                    {L.adminEmail}
                </label>
                <input id="settings-email" className="now-input" type="text" inputMode="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="settings-email-hint" />
                <span className="now-help" id="settings-email-hint">
                    {L.adminEmailHint}
                </span>
            </div>
            <label className="now-check">
                <input type="checkbox" id="settings-test" checked={test} onChange={(e) => setTest(e.target.checked)} />
                <span>{L.settingsTestEnvironment}</span>
            </label>
        </Form>
    )
}

function CopyValue({ id, label, value }: { id: string; label: string; value: string }) {
    const [copied, setCopied] = useState(false)
    const copy = async () => {
        try {
            await navigator.clipboard.writeText(value)
        } catch {
            const field = document.getElementById('value-' + id) as HTMLInputElement | null
            field?.select()
            document.execCommand('copy')
        }
        setCopied(true)
    }
    return (
        <tr>
            <th scope="row">
                <label htmlFor={'value-' + id}>{label}</label>
            </th>
            <td>
                <input id={'value-' + id} className="now-input" readOnly value={value} size={48} />
            </td>
            <td>
                <button type="button" id={'copy-' + id} className="now-button now-button--secondary" onClick={() => void copy()} aria-label={formatMessage(L.copyNamed, [label])}>
                    {L.copy}
                </button>{' '}
                <span aria-live="polite">{copied ? L.copied : ''}</span>
            </td>
        </tr>
    )
}

function CompleteStep({ state, step, reload }: StepProps) {
    const c = state.completion || {}
    const instructions = state.mode === 'aad' ? MESSAGES.SETUP_INSTRUCTIONS_AAD : state.mode === 'insights' ? MESSAGES.SETUP_INSTRUCTIONS_INSIGHTS : MESSAGES.SETUP_INSTRUCTIONS_BASIC
    return (
        <div>
            <p id="complete-instructions" className="now-alert now-alert--info">
                {instructions}
            </p>
            {c.enforcement ? (
                <p id="complete-enforcement" className="now-alert now-alert--info">
                    <strong>{L.enforcement}:</strong> {c.enforcement}
                </p>
            ) : null}
            <table className="now-table" id="completion-values">
                <tbody>
                <CopyValue id="outbound-app-id" label={L.outboundAppId} value={c.outboundAppId || ''} />
                <CopyValue id="repository-id" label={L.repositoryId} value={c.repositoryId || ''} />
                <CopyValue id="endpoint" label={L.endpoint} value={c.endpoint || ''} />
                <CopyValue id="auth-type" label={L.authenticationType} value={c.authenticationType || ''} />
                <CopyValue id="client-id" label={L.clientId} value={c.clientId || ''} />
                {state.mode === 'insights' ? <CopyValue id="client-secret" label={L.clientSecret} value={c.clientSecret || ''} /> : null}
                <CopyValue id="user-name" label={L.userName} value={c.userName || ''} />
                {state.mode === 'insights' ? <CopyValue id="password" label={L.restUserPassword} value={c.password || ''} /> : null}
                <CopyValue id="refresh-expiration" label={L.refreshTokenExpiration} value={c.refreshTokenExpiration || ''} />
                </tbody>
            </table>
            <FormSection />
            <Tests mode={state.mode} onPassed={step === 'complete' ? () => void reload() : undefined} />
        </div>
    )
}

function FormSection() {
    const [forms, setForms] = useState<FormTab[] | null>(null)
    const [agree, setAgree] = useState(false)
    const [message, setMessage] = useState('')
    const [error, setError] = useState('')
    const refresh = useCallback(async () => {
        try {
            setForms((await callApi<{ forms: FormTab[] }>('GET', '/setup/form-section')).forms)
        } catch (e) {
            setError(e instanceof Error ? e.message : String(e))
        }
    }, [])
    useEffect(() => {
        void refresh()
    }, [refresh])
    const act = async (method: 'POST' | 'DELETE') => {
        try {
            const answer = await callApi<{ message: string; forms: FormTab[] }>(method, '/setup/form-section', method === 'POST' ? { agree } : undefined)
            setMessage(answer.message)
            setForms(answer.forms)
            setError('')
        } catch (e) {
            // A refused write (409) says what the instance refused and the manual Form Layout way; show the forms as they now are.
            setMessage('')
            setError(e instanceof Error ? e.message : String(e))
            void refresh()
        }
    }
    return (
        <section aria-labelledby="form-section-heading" className="now-card">
            <h3 className="now-heading-3" id="form-section-heading" style={{ marginTop: 0 }}>
                {L.formSectionHeading}
            </h3>
            <p>{MESSAGES.FORM_SECTION_EXPLAIN}</p>
            {forms ? (
                <ul id="form-section-forms">
                    {forms.map((f) => (
                        <li key={f.formId}>
                            {formatMessage(L.formSectionForm, [f.domain, f.view, f.attached ? L.formSectionShown : L.formSectionMissing])}
                        </li>
                    ))}
                </ul>
            ) : null}
            <label className="now-check">
                <input type="checkbox" id="form-section-agree" checked={agree} onChange={(e) => setAgree(e.target.checked)} />
                <span>{L.formSectionAgree}</span>
            </label>
            <div className="now-actions">
                <button type="button" id="form-section-attach" className="now-button now-button--secondary" onClick={() => void act('POST')}>
                    {L.formSectionAttach}
                </button>
                <button type="button" id="form-section-remove" className="now-button now-button--bare" onClick={() => void act('DELETE')}>
                    {L.formSectionRemove}
                </button>
            </div>
            {message ? (
                <div role="status" id="form-section-message" className="now-alert now-alert--positive">
                    {message}
                </div>
            ) : null}
            {error ? (
                <div role="alert" className="now-alert now-alert--critical">
                    {error}
                </div>
            ) : null}
        </section>
    )
}

/** Setup is complete: Insights only has no Microsoft cases, so agents need only the insights role. */
function completedMessage(mode: SetupState['mode']): string {
    return mode === 'insights' ? MESSAGES.SETUP_COMPLETED_INSIGHTS : MESSAGES.SETUP_COMPLETED
}

function Tests({ mode, onPassed }: { mode: SetupState['mode']; onPassed?: () => void }) {
    const [run, setRun] = useState<TestRun | null>(null)
    const [busy, setBusy] = useState(false)
    const [error, setError] = useState('')
    useEffect(() => {
        void callApi<{ run: TestRun | null }>('GET', '/setup/tests').then((a) => setRun(a.run), () => undefined)
    }, [])
    // The inbound round trip finishes after Microsoft calls back: poll while a test is pending.
    const pending = !!run && run.results.some((r) => r.status === 'pending')
    const passed = !!run && run.passed
    const reported = useRef(false)
    useEffect(() => {
        if (passed && onPassed && !reported.current) {
            reported.current = true
            onPassed()
        }
    }, [passed, onPassed])
    useEffect(() => {
        if (!pending) return undefined
        const timer = window.setTimeout(() => {
            void callApi<{ run: TestRun | null }>('GET', '/setup/tests').then(
                (a) => setRun(a.run),
                (e: Error) => setError(e.message),
            )
        }, 1000)
        return () => window.clearTimeout(timer)
    }, [pending, run])
    const start = async () => {
        setBusy(true)
        try {
            setRun((await callApi<{ run: TestRun }>('POST', '/setup/tests', {})).run)
            setError('')
        } catch (e) {
            setError(e instanceof Error ? e.message : String(e))
        } finally {
            setBusy(false)
        }
    }
    return (
        <section aria-labelledby="tests-heading" className="now-card">
            <h3 className="now-heading-3" id="tests-heading" style={{ marginTop: 0 }}>
                {L.testsHeading}
            </h3>
            <button type="button" id="setup-run-tests" className="now-button now-button--primary" onClick={() => void start()} disabled={busy}>
                {busy ? L.testing : L.runTests}
            </button>
            {error ? (
                <div role="alert" className="now-alert now-alert--critical">
                    {error}
                </div>
            ) : null}
            {run ? (
                <div id="test-results" aria-live="polite" style={{ marginTop: '1rem' }}>
                    {pending ? (
                        <p id="tests-waiting" className="now-alert now-alert--info">
                            {MESSAGES.SETUP_TEST_INBOUND_PENDING}
                        </p>
                    ) : (
                        <p id="tests-summary" className={'now-alert now-alert--' + (run.passed ? 'positive' : 'critical')}>
                            {run.passed ? completedMessage(mode) : L.testsFailed}
                        </p>
                    )}
                    <table className="now-table">
                        <tbody>
                            {run.results.map((r) => (
                                <tr key={r.id} data-test={r.id} data-status={r.status}>
                                    <th scope="row">{r.label}</th>
                                    <td>
                                        <span className={'now-badge now-badge--' + TEST_BADGE[r.status]}>{L.testStatus[r.status]}</span>
                                    </td>
                                    <td>{r.status === 'passed' ? null : <span className="test-message">{r.message}</span>}</td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                    {run.permissions ? <Permissions permissions={run.permissions} /> : null}
                    <p className="now-muted">{formatMessage(MESSAGES.REFERENCE_ID, [run.correlationId])}</p>
                </div>
            ) : null}
        </section>
    )
}

/** Each Microsoft Graph permission, what it enables, and for one not granted the features that will not work and the fix. */
function Permissions({ permissions }: { permissions: PermissionCheck[] }) {
    const lacking = permissions.filter((p) => p.state !== 'granted')
    return (
        <div id="graph-permissions">
            <h4 className="now-heading-3">{L.permissionsHeading}</h4>
            <p className="now-help">{L.permissionsIntro}</p>
            <table className="now-table">
                <thead>
                    <tr>
                        <th scope="col">{L.permissionColumns.permission}</th>
                        <th scope="col">{L.permissionColumns.enables}</th>
                        <th scope="col">{L.permissionColumns.state}</th>
                    </tr>
                </thead>
                <tbody>
                    {permissions.map((p) => (
                        <tr key={p.permission} data-permission={p.permission} data-state={p.state}>
                            <th scope="row">{p.permission}</th>
                            <td>{p.enables}</td>
                            <td>
                                <span className={'now-badge now-badge--' + PERMISSION_BADGE[p.state]}>{L.permissionState[p.state]}</span>
                            </td>
                        </tr>
                    ))}
                </tbody>
            </table>
            {lacking.length ? (
                <ul id="permission-warnings" aria-label={L.warnings} className="now-alert now-alert--warning">
                    {lacking.map((p) => (
                        <li key={p.permission} data-permission={p.permission}>
                            {p.message}
                        </li>
                    ))}
                </ul>
            ) : null}
        </div>
    )
}

function DoneStep({ state, reload }: StepProps) {
    return (
        <div>
            <p id="setup-done" className={'now-alert now-alert--' + (state.completed || state.mode === 'none' ? 'positive' : 'warning')}>
                {state.mode === 'none' ? MESSAGES.SETUP_COMPLETED_WITHOUT_SETUP : state.completed ? completedMessage(state.mode) : MESSAGES.SETUP_INCOMPLETE}
            </p>
            <p>{formatMessage(L.setupTypeValue, [state.modeLabel])}</p>
            <div className="now-actions">
                <button type="button" id="setup-change" className="now-button now-button--secondary" onClick={() => void reload('environment')}>
                    {L.changeSetup}
                </button>
            </div>
            {state.mode !== 'none' ? <CompleteStep {...{ step: 'done', state, busy: false, submit: async () => undefined, reload }} /> : null}
        </div>
    )
}
