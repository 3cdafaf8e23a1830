/**
 * The ATF REST category (doc "REST category",
 * https://www.servicenow.com/docs/r/yokohama/application-development/automated-test-framework-atf/test-steps-rest-category.html,
 * and "REST test steps",
 * https://www.servicenow.com/docs/r/application-development/automated-test-framework-atf/rest-test-steps.html):
 * Send REST Request - Inbound sends real HTTP to the running sandbox instance and keeps the
 * response; the assert steps check it. Inputs are the stored strings of the SDK's step table
 * (sdk-step-configs.ts): `simple_name_values` (query parameters, headers) are a JSON object
 * (the SDK's test plugin serializes them with JSON.stringify), integers are decimal text.
 *
 * What the docs say and this file does:
 * - "REST requests can only be sent to the current instance"; the path "accepts only the portion
 *   of the URI after the instance name. If you use https://<instance name>, you get an error":
 *   a path that is a URL (or protocol-relative) fails the step.
 * - "No HTTP response validation is performed as part of this step": any status is a success of
 *   the send step; it fails only when the request cannot be made.
 * - Without a basic auth profile the request carries "the credentials of the user who scheduled
 *   the test" (not the impersonated user): the runner's own user (context.runnerUserId), sent
 *   with an in-process session of that user (the sandbox has no password to send). With Basic
 *   authentication and a `sys_auth_profile_basic`, the profile's username and decrypted password
 *   go out as HTTP Basic. Authentication type None sends no credentials. Mutual (certificate)
 *   authentication is not emulated and fails the step.
 * - "Assert steps must immediately follow a Send REST Request - Inbound step. You can have
 *   multiple REST assert steps following [it], but the assert steps cannot be separated from the
 *   Send REST Request - Inbound step by steps from other test categories": an assert whose
 *   previous step is not of the REST category, or that has no response to check, fails.
 * - Assert JSON Response Payload Element takes an "SNC path" such as `/result/short_description`
 *   (doc "REST category"), pointing to "Importing JSON files"
 *   (https://www.servicenow.com/docs/r/australia/integrate-applications/system-import-sets/json-data-source-examples.html):
 *   "Predicates such as @element, [index], or text(), as well as Axis such as children,
 *   siblings, or ancestors are not supported". So a path is '/'-separated member names; a
 *   predicate fails the step, and so does a path that reaches into an array (undocumented: strict).
 * - The XML asserts are not emulated (the app's API answers JSON): they fail, saying so.
 *
 * Undocumented and taken strictly here: comparisons are case-sensitive (status code name, header
 * value, payload, element value); an absent header or element fails every operation, including
 * "is not" and "does not contain"; a JSON element that is an object or array compares as its
 * JSON text; a number or boolean as its JSON text ('200', 'true').
 */
import { passed as pass, failed as fail } from './types'
import type { AtfRunContext, AtfStep, RestResponse, StepExecutor, StepExecutors, StepOutcome } from './types'
import { sdkStepConfig } from './sdk-step-configs'
import { decryptPassword2 } from '../glide/passwords'


const METHODS = ['get', 'post', 'put', 'delete', 'patch']

/** A simple_name_values input: '' or a JSON object of string values (the SDK writes JSON.stringify of the object). */
function nameValues(step: AtfStep, input: string): Record<string, string> | string {
    const text = step.inputs[input] ?? ''
    if (text === '') return {}
    let parsed: unknown
    try {
        parsed = JSON.parse(text)
    } catch {
        return `input ${input} is not a name-value list: ${text}`
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return `input ${input} is not a name-value list: ${text}`
    const out: Record<string, string> = {}
    for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) out[name] = String(value)
    return out
}

/** The Authorization (or session) headers for the step's authentication, or why there are none. */
function credentials(step: AtfStep, context: AtfRunContext): { headers: Record<string, string>; sessionId?: string } | string {
    const auth = step.inputs.auth ?? 'basic'
    if (auth === 'mutual') return 'Mutual authentication (client certificate) is not emulated by the sandbox: use Basic authentication with a basic auth profile'
    if (auth === '') return { headers: {} }
    if (auth !== 'basic') return `unknown authentication type '${auth}'`
    const profileId = step.inputs.basicAuthentication ?? ''
    if (profileId) {
        const profile = context.platform.store.get('sys_auth_profile_basic', profileId)
        if (!profile) return `basic auth profile ${profileId} (sys_auth_profile_basic) does not exist`
        const password = decryptPassword2(profile.password)
        if (password === null) return `basic auth profile '${String(profile.name ?? profileId)}' has no password the platform encrypted (set it with setDisplayValue)`
        const token = Buffer.from(`${String(profile.username ?? '')}:${password}`, 'utf8').toString('base64')
        return { headers: { Authorization: `Basic ${token}` } }
    }
    // "Send as me": the user who runs the test, with a session the runner holds for them.
    if (!context.runnerUserId) return 'no basic auth profile and no runner user to send as (context.runnerUserId is not set)'
    const session = context.server.sessions.openSessionFor(context.runnerUserId)
    return { headers: { Cookie: `JSESSIONID=${session.id}`, 'X-UserToken': session.token }, sessionId: session.id }
}

/** The request URL on the current instance, or why the path is refused. */
function requestUrl(step: AtfStep, context: AtfRunContext, query: Record<string, string>): URL | string {
    const path = step.inputs.path ?? ''
    if (!path) return 'the request has no path'
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
        return `REST requests can only be sent to the current instance: give the path after the instance name, not the URL '${path}'`
    }
    const url = new URL(path.startsWith('/') ? path : `/${path}`, context.server.url)
    for (const [name, value] of Object.entries(query)) url.searchParams.append(name, value)
    return url
}

const sendRestRequest: StepExecutor = async (step, context) => {
    context.lastResponse = null
    const method = (step.inputs.method || 'get').toLowerCase()
    if (!METHODS.includes(method)) return fail(`unknown HTTP method '${step.inputs.method}'`)
    const query = nameValues(step, 'queryParameters')
    if (typeof query === 'string') return fail(query)
    const headers = nameValues(step, 'headers')
    if (typeof headers === 'string') return fail(headers)
    const url = requestUrl(step, context, query)
    if (typeof url === 'string') return fail(url)
    const auth = credentials(step, context)
    if (typeof auth === 'string') return fail(auth)
    const body = step.inputs.body ?? ''
    const started = performance.now()
    let answer: Response
    let text: string
    try {
        answer = await fetch(url, {
            method: method.toUpperCase(),
            headers: { ...headers, ...auth.headers },
            body: body && method !== 'get' ? body : undefined,
            redirect: 'manual',
        })
        text = await answer.text()
    } catch (error) {
        return fail(`the request could not be sent: ${(error as Error).message}`)
    } finally {
        // The runner's session lives for this one request.
        if (auth.sessionId) context.server.sessions.logout(auth.sessionId)
    }
    const response: RestResponse = {
        status: answer.status,
        statusText: answer.statusText,
        headers: Object.fromEntries([...answer.headers.entries()].map(([name, value]) => [name.toLowerCase(), value])),
        body: text,
        elapsedMs: performance.now() - started,
    }
    context.lastResponse = response
    return pass(`${method.toUpperCase()} ${url.pathname}${url.search}: ${response.status} ${response.statusText}`)
}

/** An assert runs only right after a REST step of this test, with a response to check. */
function withResponse(check: (step: AtfStep, response: RestResponse) => StepOutcome): StepExecutor {
    return (step, context) => {
        const previous = context.previousStep
        if (!previous || previous.category !== 'rest') {
            return fail(
                `Assert steps must immediately follow a Send REST Request - Inbound step (or another REST assert after it); the previous step is ${
                    previous ? `'${previous.configName}' (order ${previous.order})` : 'none'
                }`,
            )
        }
        if (!context.lastResponse) return fail('there is no REST response to assert: the Send REST Request - Inbound step did not get one')
        return check(step, context.lastResponse)
    }
}

type TextOperation = 'equals' | 'not_equals' | 'contains' | 'does_not_contain' | 'exists'

const TEXT_WORDS: Record<TextOperation, string> = { equals: 'is', not_equals: 'is not', contains: 'contains', does_not_contain: 'does not contain', exists: 'is not empty' }

/** One text comparison as the REST asserts offer it; `actual` null means absent. */
function compareText(what: string, operation: string, actual: string | null, expected: string, allowed: TextOperation[]): StepOutcome {
    if (!(allowed as string[]).includes(operation)) return fail(`${what}: unknown operation '${operation}' (allowed: ${allowed.join(', ')})`)
    const op = operation as TextOperation
    if (actual === null) return fail(`${what} is absent, so it cannot be checked with '${TEXT_WORDS[op]}'`)
    const holds = {
        equals: actual === expected,
        not_equals: actual !== expected,
        contains: actual.includes(expected),
        does_not_contain: !actual.includes(expected),
        exists: actual !== '',
    }[op]
    const shown = actual.length > 300 ? `${actual.substring(0, 300)}…` : actual
    const statement = op === 'exists' ? `${what} ${TEXT_WORDS[op]}` : `${what} ${TEXT_WORDS[op]} '${expected}'`
    return holds ? pass(statement) : fail(`expected: ${statement}; actual: '${shown}'`)
}

function integerInput(step: AtfStep, input: string): number | string {
    const text = (step.inputs[input] ?? '').trim()
    return /^-?\d+$/.test(text) ? Number(text) : `input ${input} is not an integer: '${text}'`
}

const NUMBER_OPERATIONS: Record<string, [string, (a: number, b: number) => boolean]> = {
    equals: ['is', (a, b) => a === b],
    not_equals: ['is not', (a, b) => a !== b],
    less_than: ['is less than', (a, b) => a < b],
    greater_than: ['is greater than', (a, b) => a > b],
    less_than_equals: ['is less than or is', (a, b) => a <= b],
    greater_than_equals: ['is greater than or is', (a, b) => a >= b],
}

function compareNumber(what: string, operation: string, actual: number, expected: number, allowed: string[]): StepOutcome {
    const known = NUMBER_OPERATIONS[operation]
    if (!known || !allowed.includes(operation)) return fail(`${what}: unknown operation '${operation}' (allowed: ${allowed.join(', ')})`)
    const [word, holds] = known
    return holds(actual, expected) ? pass(`${what} ${actual} ${word} ${expected}`) : fail(`expected: ${what} ${word} ${expected}; actual: ${actual}`)
}

const assertStatusCode = withResponse((step, response) => {
    const expected = integerInput(step, 'statusCode')
    if (typeof expected === 'string') return fail(expected)
    return compareNumber('status code', step.inputs.operation || 'equals', response.status, expected, Object.keys(NUMBER_OPERATIONS))
})

const assertStatusCodeName = withResponse((step, response) =>
    compareText('status code name', step.inputs.operation || 'contains', response.statusText, step.inputs.codeName ?? '', ['contains', 'does_not_contain', 'equals', 'not_equals']),
)

// Timing is never deterministic: no test of this project may depend on this step's outcome.
const assertResponseTime = withResponse((step, response) => {
    const expected = integerInput(step, 'responseTime')
    if (typeof expected === 'string') return fail(expected)
    return compareNumber('response time (ms)', step.inputs.operation || 'less_than', Math.round(response.elapsedMs), expected, ['less_than', 'greater_than'])
})

const assertResponseHeader = withResponse((step, response) => {
    const name = (step.inputs.headerName ?? '').trim()
    if (!name) return fail('no header name given')
    // HTTP header names are case-insensitive (RFC 9110 section 5.1).
    const value = response.headers[name.toLowerCase()] ?? null
    return compareText(`header ${name}`, step.inputs.operation || 'exists', value, step.inputs.headerValue ?? '', ['equals', 'not_equals', 'exists', 'contains', 'does_not_contain'])
})

const assertResponsePayload = withResponse((step, response) =>
    compareText('response payload', step.inputs.operation || 'contains', response.body, step.inputs.responseBody ?? '', ['equals', 'not_equals', 'exists', 'contains', 'does_not_contain']),
)

const assertResponseJsonPayloadIsValid = withResponse((_step, response) => {
    try {
        JSON.parse(response.body)
        return pass('the response payload is valid JSON')
    } catch (error) {
        return fail(`the response payload is not valid JSON (${(error as Error).message}): '${response.body.substring(0, 200)}'`)
    }
})

/** The element at an SNC path ('/result/status'), as text; null when absent; a string when the path cannot be followed. */
function jsonElement(body: string, path: string): { value: string | null } | string {
    let node: unknown
    try {
        node = JSON.parse(body)
    } catch {
        return 'the response payload is not valid JSON'
    }
    if (!path.startsWith('/')) return `element path '${path}' must start with '/' (e.g. /result/status)`
    const names = path.substring(1).split('/')
    for (const name of names) {
        if (!name || /[[\]@()]/.test(name)) return `element path '${path}': predicates, indexes and axes are not supported in SNC paths (doc "JSON file import examples")`
        if (Array.isArray(node)) return `element path '${path}' reaches into an array at '${name}': SNC paths name object members only`
        if (!node || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, name)) return { value: null }
        node = (node as Record<string, unknown>)[name]
    }
    if (node === null) return { value: null }
    return { value: typeof node === 'string' ? node : JSON.stringify(node) }
}

const assertJsonResponsePayloadElement = withResponse((step, response) => {
    const path = (step.inputs.elementName ?? '').trim()
    const element = jsonElement(response.body, path)
    if (typeof element === 'string') return fail(element)
    return compareText(`element ${path}`, step.inputs.operation || 'exists', element.value, step.inputs.elementValue ?? '', ['contains', 'does_not_contain', 'equals', 'not_equals', 'exists'])
})

const notEmulated = (name: string): StepExecutor =>
    withResponse(() => fail(`'${name}' is not emulated by the sandbox (the app's REST API answers JSON): assert the JSON payload instead`))

const rest = (method: string) => sdkStepConfig('rest', method).stepConfigId

/** Executors of the REST category, by step configuration sys_id. */
export const restSteps: StepExecutors = {
    [rest('sendRestRequest')]: sendRestRequest,
    [rest('assertStatusCode')]: assertStatusCode,
    [rest('assertStatusCodeName')]: assertStatusCodeName,
    [rest('assertResponseTime')]: assertResponseTime,
    [rest('assertResponseHeader')]: assertResponseHeader,
    [rest('assertResponsePayload')]: assertResponsePayload,
    [rest('assertResponseJSONPayloadIsValid')]: assertResponseJsonPayloadIsValid,
    [rest('assertJsonResponsePayloadElement')]: assertJsonResponsePayloadElement,
    [rest('assertXMLResponsePayloadElement')]: notEmulated('Assert XML Response Payload Element'),
    [rest('assertResponseXMLPayloadIsWellFormed')]: notEmulated('Assert Response XML Payload Is Well-Formed'),
}
