/**
 * What a person does in the sandbox's classic UI, shared by the browser e2e tests: log in,
 * open an incident's Microsoft 365 tab, post an additional comment on the incident form; and a
 * bounded wait for something another process does (the async worker, the simulator's agent).
 */
import { mkdirSync } from 'node:fs'
import { Browser, FrameLocator, Page } from 'playwright-core'
import { ARTIFACTS, RunningSandbox, launchChromium, startSandbox } from '../harness'

export interface Credentials {
    userName: string
    password: string
}

/** A fresh browser context logged in as `user`; `next` is where the login lands. */
export async function logIn(browser: Browser, sandbox: RunningSandbox, user: Credentials, next = '/incident_list.do'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    await page.goto(`${sandbox.url}/login.do?next=${encodeURIComponent(next)}`)
    await page.fill('#user_name', user.userName)
    await page.fill('#user_password', user.password)
    await Promise.all([page.waitForNavigation(), page.click('#sysverb_login')])
    return page
}

/** Opens the incident's Microsoft 365 tab and returns the panel's frame once its heading shows. */
export async function openMicrosoftTab(page: Page): Promise<FrameLocator> {
    await page.click('role=tab[name="Microsoft 365"]')
    const frame = page.frameLocator('#x_mioms_m365_assis_panel_frame')
    await frame.getByRole('heading', { name: /Microsoft 365 Insights/ }).waitFor({ timeout: 15_000 })
    return frame
}

/** Types an additional comment on the incident form (Notes tab), posts it and waits until it is listed. */
export async function postComment(page: Page, sandbox: RunningSandbox, incidentSysId: string, text: string): Promise<void> {
    await page.goto(`${sandbox.url}/incident.do?sys_id=${incidentSysId}`)
    await page.click('role=tab[name="Notes"]')
    await page.fill('#comments', text)
    await Promise.all([page.waitForNavigation(), page.click('form:has(#comments) button[type="submit"]')])
    await page.click('role=tab[name="Notes"]')
    await page.waitForSelector(`#activity li:has-text(${JSON.stringify(text)})`)
}

/** Polls `read` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 10_000, intervalMs = 100): Promise<T> {
    const until = Date.now() + timeoutMs
    for (;;) {
        const value = await read()
        if (value !== undefined) return value
        if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
        await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
}

/**
 * Registers the suite's hooks: a sandbox (the built app + simulator) and Chromium started before
 * the tests, both stopped after; test-results/ exists. Read `.sandbox`/`.browser` inside tests.
 */
export function usePlatform(options: { env?: Record<string, string> } = {}): { readonly sandbox: RunningSandbox; readonly browser: Browser } {
    const started: { sandbox?: RunningSandbox; browser?: Browser } = {}
    beforeAll(async () => {
        mkdirSync(ARTIFACTS, { recursive: true })
        started.sandbox = await startSandbox(options)
        started.browser = await launchChromium()
    })
    afterAll(async () => {
        await started.browser?.close()
        await started.sandbox?.stop()
    })
    return {
        get sandbox() {
            if (!started.sandbox) throw new Error('the sandbox is not running (usePlatform hooks did not run)')
            return started.sandbox
        },
        get browser() {
            if (!started.browser) throw new Error('Chromium is not running (usePlatform hooks did not run)')
            return started.browser
        },
    }
}
