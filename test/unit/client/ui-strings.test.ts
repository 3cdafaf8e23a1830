/**
 * The pages' visible text comes from the catalogue (LABELS / MESSAGES in
 * src/server/messages/catalogue.ts), never typed inline in a component. Each .tsx and .ts under
 * src/client is parsed with the TypeScript compiler (the panel builds its elements with Preact's
 * h(tag, props, ...children), which is checked like JSX); the test fails on
 * - a JSX text node with a letter in it (`<h1>Setup</h1>`, `<input /> Agree`),
 * - a string with a letter in the attributes people read: aria-label, title, placeholder, alt, label
 *   (`label="Continue"`, `aria-label={'Copy ' + name}`),
 * - a string with a letter shown as a child expression (`{busy ? 'Testing…' : L.run}`).
 * Conditions are not text (`{kind === 'helpful' ? ... : ...}`), so only what can be shown is checked:
 * both branches of `?:`, both sides of `||`, `??` and `+`, the right side of `&&`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { LABELS } from '../../../src/server/messages/catalogue'

const ROOT = join(__dirname, '..', '..', '..')
const CLIENT = join(ROOT, 'src', 'client')
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label'])
const LETTER = /\p{L}/u

function pageFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) return pageFiles(path)
        return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
    })
}

/** h(tag, props, ...children): Preact's element call, as the panel writes its elements. */
function isElementCall(node: ts.Node): node is ts.CallExpression {
    return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'h' && node.arguments.length >= 1
}

/** The string literals of an expression that can end up on screen (not its conditions). */
function shownStrings(node: ts.Expression): ts.Node[] {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node]
    if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.map((span) => span.literal)]
    if (ts.isParenthesizedExpression(node)) return shownStrings(node.expression)
    if (ts.isConditionalExpression(node)) return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)]
    if (ts.isBinaryExpression(node)) {
        const operator = node.operatorToken.kind
        if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return shownStrings(node.right)
        if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.PlusToken) {
            return [...shownStrings(node.left), ...shownStrings(node.right)]
        }
    }
    return []
}

function textOf(node: ts.Node): string {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) return node.text
    if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text
    return node.getText()
}

/** Every inline user-visible string of a .tsx source, as `line: text`. */
export function inlineStrings(fileName: string, source: string): string[] {
    const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
    const found: string[] = []
    const report = (node: ts.Node, what: string) => {
        const text = textOf(node).replace(/\s+/g, ' ').trim()
        if (!LETTER.test(text)) return
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1
        found.push(`${line}: ${what} "${text}"`)
    }
    const visit = (node: ts.Node): void => {
        if (ts.isJsxText(node)) report(node, 'text')
        else if (ts.isJsxAttribute(node)) {
            const name = node.name.getText(file)
            if (TEXT_ATTRIBUTES.has(name) && node.initializer) {
                if (ts.isStringLiteral(node.initializer)) report(node.initializer, name)
                else if (ts.isJsxExpression(node.initializer) && node.initializer.expression) {
                    for (const literal of shownStrings(node.initializer.expression)) report(literal, name)
                }
            }
        } else if (ts.isJsxExpression(node) && node.expression && node.parent && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
            for (const literal of shownStrings(node.expression)) report(literal, 'child expression')
        } else if (isElementCall(node)) {
            const [, props, ...children] = node.arguments
            if (props && ts.isObjectLiteralExpression(props)) {
                for (const property of props.properties) {
                    if (!ts.isPropertyAssignment(property)) continue
                    const name = ts.isStringLiteral(property.name) || ts.isIdentifier(property.name) ? property.name.text : ''
                    if (TEXT_ATTRIBUTES.has(name)) for (const literal of shownStrings(property.initializer)) report(literal, name)
                }
            }
            for (const child of children) for (const literal of shownStrings(child)) report(literal, 'child expression')
        }
        ts.forEachChild(node, visit)
    }
    visit(file)
    return found
}

describe('UI strings come from the catalogue', () => {
    const files = pageFiles(CLIENT)

    test('the four pages are checked', () => {
        const pages = new Set(files.map((file) => relative(CLIENT, file).split(/[\\/]/)[0]))
        expect([...pages].sort()).toEqual(expect.arrayContaining(['link-account', 'panel', 'service-health', 'setup']))
    })

    test.each(files.map((file) => [relative(ROOT, file), file]))('%s has no inline user-visible text', (_name, file) => {
        expect(inlineStrings(file, readFileSync(file, 'utf8'))).toEqual([])
    })

    test('the checker finds each kind of inline text, and lets catalogue references and non-text through', () => {
        const source = `
            const L = { title: 'x' }
            export function Page({ busy, kind, name }: { busy: boolean; kind: string; name: string }) {
                return (
                    <main className="m365-page" id="page" data-status={kind === 'passed' ? 'ok' : 'no'}>
                        <h1>Inline heading</h1>
                        <h2>{L.title}</h2>
                        <label><input type="checkbox" /> Agree</label>
                        <input placeholder="contoso.onmicrosoft.com" aria-label={'Copy ' + name} />
                        <Form label="Continue" />
                        <img alt={\`Logo of \${name}\`} />
                        <button title={busy ? L.title : 'Working'}>{busy ? 'Testing…' : L.title}</button>
                        <p>{kind === 'helpful' ? L.title : name}</p>
                        <p>{name || 'never'} — {1} ({name})</p>
                        <span>{kind && 'Marked'}</span>
                    </main>
                )
            }`
        expect(inlineStrings('sample.tsx', source)).toEqual([
            '6: text "Inline heading"',
            '8: text "Agree"',
            '9: placeholder "contoso.onmicrosoft.com"',
            '9: aria-label "Copy"',
            '10: label "Continue"',
            '11: alt "Logo of"',
            '12: title "Working"',
            '12: child expression "Testing…"',
            '14: child expression "never"',
            '15: child expression "Marked"',
        ])
    })

    test('the checker reads h() calls like JSX: text children and text attributes, not tags, classes or ids', () => {
        const source = `
            const L = { title: 'x' }
            export function Panel({ busy, name }: { busy: boolean; name: string }) {
                return h('main', { class: 'now-page', id: 'panel' },
                    h('h1', null, 'Inline heading'),
                    h('h2', { 'aria-label': busy ? L.title : 'Working' }, L.title),
                    h('p', { title: 'Hint' }, name, ' (', name, ')', busy ? 'Testing…' : L.title),
                    h(Field, { label: 'Continue' }))
            }`
        expect(inlineStrings('sample.ts', source)).toEqual([
            '5: child expression "Inline heading"',
            '6: aria-label "Working"',
            '7: title "Hint"',
            '7: child expression "Testing…"',
            '8: label "Continue"',
        ])
    })

    test('LABELS holds only non-empty English text with {n} placeholders', () => {
        const leaves: string[] = []
        const walk = (value: unknown): void => {
            if (typeof value === 'string') leaves.push(value)
            else for (const child of Object.values(value as object)) walk(child)
        }
        walk(LABELS)
        expect(leaves.length).toBeGreaterThan(100)
        for (const text of leaves) {
            expect(text.trim()).not.toBe('')
            expect(text).not.toContain('${')
            // {0}, {1}, ... are filled by formatMessage; {tenant} is shown as is (a name pattern).
            const placeholders = (text.match(/\{[^}]*\}/g) || []).filter((p) => p !== '{tenant}')
            expect(placeholders.every((p) => /^\{\d\}$/.test(p))).toBe(true)
        }
    })
})
