/**
 * What every browser test checks on the app's pages, admin and agent alike: an accessibility scan
 * with axe-core (serious and critical violations fail the test), and screenshots for the admin
 * docs (test-results/ always; docs/admin/images/ when UPDATE_DOC_SCREENSHOTS=1).
 */
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { Frame, Page } from 'playwright-core'
import { ARTIFACTS, ROOT } from '../harness'

const AXE = require.resolve('axe-core/axe.min.js')
export const DOC_IMAGES = join(ROOT, 'docs', 'admin', 'images')

interface Violation {
    id: string
    impact: string
    help: string
    nodes: string[]
}

/** The serious and critical axe-core violations of the page (or frame) as it is now. */
export async function accessibilityViolations(target: Page | Frame): Promise<Violation[]> {
    const loaded = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')
    if (!loaded) await target.addScriptTag({ path: AXE })
    return target.evaluate(async () => {
        type Result = { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe
        const result = await axe.run(document, { resultTypes: ['violations'] })
        return result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => ({ id: v.id, impact: String(v.impact), help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
    })
}

/**
 * Fails with the list of serious/critical violations, naming the page state that has them.
 * `knownElsewhere` names rules a separate test pins as a known defect (that test fails once fixed).
 */
export async function expectAccessible(target: Page | Frame, what: string, knownElsewhere: string[] = []): Promise<void> {
    const violations = (await accessibilityViolations(target)).filter((v) => knownElsewhere.indexOf(v.id) < 0)
    if (violations.length) throw new Error(`${what}: accessibility violations (axe-core)\n${JSON.stringify(violations, null, 2)}`)
}

/** A full-page screenshot as test-results/<name>.png, and docs/admin/images/<name>.png when asked to update the docs. */
export async function docScreenshot(page: Page, name: string): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true })
    const file = join(ARTIFACTS, `${name}.png`)
    await page.screenshot({ path: file, fullPage: true })
    if (process.env.UPDATE_DOC_SCREENSHOTS === '1') {
        mkdirSync(DOC_IMAGES, { recursive: true })
        copyFileSync(file, join(DOC_IMAGES, `${name}.png`))
    }
}

/** The same page in the browser's dark colour scheme: screenshot, accessibility check, then back to light. */
export async function inDarkScheme(page: Page, name: string, what: string): Promise<void> {
    await page.emulateMedia({ colorScheme: 'dark' })
    try {
        await docScreenshot(page, name)
        await expectAccessible(page, what + ' (dark)')
    } finally {
        await page.emulateMedia({ colorScheme: 'light' })
    }
}
