/**
 * Docs that tell the truth (issue 13): no page calls a built feature "being built" or "planned",
 * no page holds a path of a particular machine, and install.md's menu table names every module of
 * the menu the build emits (dist/app), with nothing extra.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { readBuiltApp } from '../../sandbox/instance/dist-records'

const ROOT = join(__dirname, '..', '..')

function markdownFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : []
    })
}

const DOCS = [...markdownFiles(join(ROOT, 'docs')), join(ROOT, 'README.md')]

/** Words that say something exists later, not now ("In Progress", an incident state, and Microsoft's "planned change" are not). */
const NOT_YET = [/being built/i, /\b(is|are|be|still|currently) planned\b/i, /\bplanned (for|feature|work|next)\b/i, /\(planned\)/i, /\bnot (yet )?(built|implemented|available yet)\b/i, /\bcoming soon\b/i, /\bwork in progress\b/i, /\bis in progress\b/]
/** Paths of a particular machine: a home or work folder, a temporary folder, a Windows drive. */
const MACHINE_PATHS = [/(^|[\s`'"(])\/(work|home|Users|tmp|root)\//, /\b[A-Z]:\\\\/]

function offending(patterns: RegExp[]): string[] {
    const found: string[] = []
    for (const file of DOCS) {
        readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
                if (patterns.some((pattern) => pattern.test(line))) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`)
            })
    }
    return found
}

test('no page says a feature is being built, planned or in progress', () => {
    expect(offending(NOT_YET)).toEqual([])
})

test('no page holds a path of a particular machine', () => {
    expect(offending(MACHINE_PATHS)).toEqual([])
})

test("install.md's menu table lists exactly the modules of the built app menu", () => {
    const install = readFileSync(join(ROOT, 'docs', 'admin', 'install.md'), 'utf8')
    const section = install.split(/^### Menu: /m)[1]?.split(/^#{2,3} /m)[0] ?? ''
    const documented = section
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| module') && !line.startsWith('|---'))
        .map((line) => line.split('|')[1].trim())
    const built = readBuiltApp()
        .byTable('sys_app_module')
        .map((module) => String(module.fields.title))
    expect(documented.sort()).toEqual(built.sort())
})
