/**
 * The sandbox's own web layer against a real sandbox process: a path whose %-encoding does not
 * decode is refused with 400 before authentication, on every route family; the login page's
 * `next` parameter only ever redirects to a path on the sandbox.
 */
import { request } from 'node:http'
import { DEMO_REPOSITORY_ID, DEMO_USERS } from '../../sandbox/instance/demo'
import { RunningSandbox, startSandbox } from './harness'
import { CONNECTOR, INTEGRATION_BASIC, configureSetup } from './inbound-support'

let sandbox: RunningSandbox

beforeAll(async () => {
    sandbox = await startSandbox()
    configureSetup(sandbox, 'basic')
})
afterAll(async () => {
    await sandbox?.stop()
})

/** One request with the path sent byte for byte as given (fetch would normalise it). */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; location: string; text: string }> {
    const target = new URL(sandbox.url)
    return new Promise((resolve, reject) => {
        const req = request({ host: target.hostname, port: target.port, method, path, headers }, (res) => {
            let text = ''
            res.setEncoding('utf8')
            res.on('data', (chunk: string) => (text += chunk))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? ''), text }))
        })
        req.on('error', reject)
        if (body !== undefined) req.write(body)
        req.end()
    })
}

const MALFORMED = ['%zz', '%E0%A4%A', '%C0%AF', '%FF', '%', '%2']

describe('a path with malformed %-encoding answers 400 before authentication', () => {
    const families: { name: string; path: (bad: string) => string }[] = [
        { name: 'scripted REST API, in a path parameter', path: (bad) => `${CONNECTOR}/tickets/${DEMO_REPOSITORY_ID}/${bad}` },
        { name: 'scripted REST API, in the repository', path: (bad) => `${CONNECTOR}/tickets/${bad}/2611230000001/communications` },
        { name: 'a UI page', path: (bad) => `/x_mioms_m365_assis_panel.do${bad}` },
        { name: 'the login page', path: (bad) => `/login.do${bad}` },
        { name: 'the incident form', path: (bad) => `/incident.do/${bad}` },
        { name: 'a page asset', path: (bad) => `/uxasset/externals/${bad}.jsdbx` },
        { name: 'an unknown path', path: (bad) => `/${bad}` },
    ]

    test.each(families)('$name', async (family) => {
        for (const bad of MALFORMED) {
            for (const authorization of [undefined, INTEGRATION_BASIC]) {
                const answer = await raw('GET', family.path(bad), authorization ? { Authorization: authorization } : {})
                expect({ path: family.path(bad), authenticated: Boolean(authorization), status: answer.status }).toEqual({
                    path: family.path(bad),
                    authenticated: Boolean(authorization),
                    status: 400,
                })
            }
        }
        // A POST is refused the same way, body unread.
        const post = await raw('POST', family.path('%zz'), { 'Content-Type': 'application/json', Authorization: INTEGRATION_BASIC }, '{}')
        expect(post.status).toBe(400)
    })

    test('a request target the URL parser reads as a host (//%zz) is a 400 too, and the sandbox keeps answering', async () => {
        expect((await raw('GET', '//%zz/x')).status).toBe(400)
        const health = await raw('GET', '/_sandbox/health')
        expect(health.status).toBe(200)
    })

    test('well-formed encodings still reach their route', async () => {
        // %41 is "A": a well-formed case id route is found, authenticated and answered by the app (404 UnknownCase, not 400 from the web tier).
        const unknown = await raw('GET', `${CONNECTOR}/tickets/${DEMO_REPOSITORY_ID}/99999%3999`, { Authorization: INTEGRATION_BASIC })
        expect(unknown.status).toBe(404)
        expect(JSON.parse(unknown.text).error.detail).toMatch(/^UnknownCase:/)
        expect((await raw('GET', `/login.do`)).status).toBe(200)
    })
})

describe('the login page redirects only within the sandbox', () => {
    const outside = [
        '/\\evil.example',
        '/\\\\evil.example',
        '\\\\evil.example',
        '//evil.example',
        '///evil.example',
        'https://evil.example',
        'http:evil.example',
        '/%5Cevil.example',
        '/%5cevil.example',
        '/%2F%2Fevil.example',
        '/%2f/evil.example',
        '/./%2Fevil.example',
        '/.//evil.example',
        '/\t/evil.example',
        '/\n/evil.example',
        '/\r\nLocation: https://evil.example',
        ' //evil.example',
        '/%09/evil.example',
        '/%0D%0ALocation:%20https://evil.example',
        '/%E0%A4%A',
        'javascript:alert(1)',
    ]

    async function logInWith(next: string): Promise<{ status: number; location: string }> {
        const form = new URLSearchParams({ user_name: DEMO_USERS.agent.userName, user_password: DEMO_USERS.agent.password, next })
        const response = await fetch(`${sandbox.url}/login.do`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: form.toString(),
            redirect: 'manual',
        })
        return { status: response.status, location: response.headers.get('location') ?? '' }
    }

    test.each(outside)('next=%j goes to the incident list', async (next) => {
        const answer = await logInWith(next)
        expect(answer).toEqual({ status: 302, location: '/incident_list.do' })
    })

    test.each(outside)('the login form for next=%j carries the incident list, not the target', async (next) => {
        const page = await fetch(`${sandbox.url}/login.do?next=${encodeURIComponent(next)}`)
        const html = await page.text()
        expect(html).toContain('name="next" value="/incident_list.do"')
    })

    test('a path on the sandbox, with its query, is kept', async () => {
        expect(await logInWith('/incident.do?sys_id=0123456789abcdef0123456789abcdef')).toEqual({
            status: 302,
            location: '/incident.do?sys_id=0123456789abcdef0123456789abcdef',
        })
        expect(await logInWith('/x_mioms_m365_assis_setup.do')).toEqual({ status: 302, location: '/x_mioms_m365_assis_setup.do' })
        // A space inside is harmless (the browser encodes it); the form carries the target back as given.
        const page = await fetch(`${sandbox.url}/login.do?next=${encodeURIComponent('/incident.do?sys_id=a b')}`)
        expect(await page.text()).toContain('name="next" value="/incident.do?sys_id=a b"')
        // Characters a Location header cannot carry are sent encoded.
        expect(await logInWith('/incident.do?q=\u00e9\u4e2d')).toEqual({ status: 302, location: '/incident.do?q=%C3%A9%E4%B8%AD' })
    })

    test('an unauthenticated page visit sends the user to the login page and back to that page', async () => {
        const visit = await fetch(`${sandbox.url}/incident.do?sys_id=abc`, { redirect: 'manual' })
        expect(visit.status).toBe(302)
        const loginUrl = new URL(String(visit.headers.get('location')), sandbox.url)
        const next = loginUrl.searchParams.get('next') ?? ''
        expect(next).toBe('/incident.do?sys_id=abc')
        expect(await logInWith(next)).toEqual({ status: 302, location: '/incident.do?sys_id=abc' })
    })

    test('a wrong password keeps a safe next in the form only', async () => {
        const form = new URLSearchParams({ user_name: DEMO_USERS.agent.userName, user_password: 'wrong', next: '/\\evil.example' })
        const response = await fetch(`${sandbox.url}/login.do`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString(), redirect: 'manual' })
        expect(response.status).toBe(401)
        expect(await response.text()).toContain('name="next" value="/incident_list.do"')
    })
})
