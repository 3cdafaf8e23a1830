/**
 * The list of shipped ATF tests in docs/admin/verify.md, generated from the built app so the admin
 * doc names every test the app ships, in suite order, with the description the test carries on the
 * instance. `npm run docs:atf` rewrites the section; a build test fails when it is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BuiltApp } from '../instance/dist-records'
import { SHIPPED_SUITE } from './suite'

export const VERIFY_DOC = join(__dirname, '..', '..', 'docs', 'admin', 'verify.md')
const START = '<!-- atf-tests:start -->'
const END = '<!-- atf-tests:end -->'

/** The markdown between the markers: one row per test of the shipped suite, in suite order. */
export function testsSection(app: BuiltApp): string {
    const suite = app.byTable('sys_atf_test_suite').find((s) => s.fields.name === SHIPPED_SUITE)
    if (!suite) return '\n_The built app holds no suite named "' + SHIPPED_SUITE + '"._\n'
    const links = app
        .byTable('sys_atf_test_suite_test')
        .filter((link) => link.fields.test_suite === suite.fields.sys_id)
        .sort((a, b) => Number(a.fields.order) - Number(b.fields.order))
    const tests = new Map(app.byTable('sys_atf_test').map((test) => [test.fields.sys_id, test]))
    const stepCount = (testId: string) => app.byTable('sys_atf_step').filter((step) => step.fields.test === testId).length
    const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()
    const rows = links.flatMap((link, index) => {
        const test = tests.get(link.fields.test)
        if (!test) return []
        return [`| ${index + 1} | ${cell(test.fields.name)} | ${stepCount(test.fields.sys_id)} | ${cell(test.fields.description)} |`]
    })
    const total = rows.length
    const steps = links.reduce((sum, link) => sum + stepCount(link.fields.test), 0)
    return ['', `${total} tests, ${steps} steps.`, '', '| # | Test | Steps | What it proves, and how |', '|---|---|---|---|', ...rows, ''].join('\n')
}

export function currentSection(doc: string = readFileSync(VERIFY_DOC, 'utf8')): string {
    const start = doc.indexOf(START)
    const end = doc.indexOf(END)
    if (start < 0 || end < start) throw new Error(`${VERIFY_DOC} has no ${START} … ${END} section`)
    return doc.slice(start + START.length, end)
}

export function writeTestsSection(app: BuiltApp): void {
    const doc = readFileSync(VERIFY_DOC, 'utf8')
    const section = currentSection(doc)
    writeFileSync(VERIFY_DOC, doc.replace(START + section + END, START + testsSection(app) + END))
}
