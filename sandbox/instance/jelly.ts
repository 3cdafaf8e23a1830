/**
 * Jelly, as the instance renders it for the app: UI pages (renderUiPage) and UI macros, i.e. the
 * formatters on the incident form (JellyMacroRenderer).
 *
 * UI macros follow the platform's rules, strictly:
 * - A macro is XML and must be well-formed: it is read with a real XML parser (fast-xml-parser,
 *   plus the checks it leaves out: a bare '&' or a '<' inside an attribute, an undeclared entity,
 *   more than one root). A parse error is an error, never a best guess. Jelly is an XML engine
 *   (https://commons.apache.org/jelly/); the SDK's UI page guide: "prevent Jelly from parsing
 *   JavaScript operators like `<` and `&&` as XML syntax" (now-sdk explain ui-page-guide).
 * - Two phases (doc "Extensions to Jelly syntax",
 *   https://www.servicenow.com/docs/r/yokohama/api-reference/scripts/c_ExtensionsToJellySyntax.html):
 *   phase one (j:/g: tags, ${...}) runs first and "these are cached except when used in a UI
 *   page"; phase two (j2:/g2: tags, $[...]) is "never cached". Here phase one runs once per macro
 *   (keyed by the macro, not by the record or the user) and its output is kept; each request parses
 *   that output again and runs phase two with its own `current` and user.
 * - Phase one's Jelly variables are gone in phase two (SlightlyLoony, "Jelly: the second phase of
 *   madness", https://www.servicenow.com/community/in-other-news/jelly-the-second-phase-of-madness/ba-p/2281107).
 *
 * Emulated tags (doc "Jelly tags", https://www.servicenow.com/docs/r/api-reference/scripts/r_JellyTags.html):
 * j:jelly, j:if test, g:evaluate var/expression/object/jelly (expression attribute or script body;
 * the value of its last statement), and their phase-two forms j2:if, g2:evaluate; every other
 * element is output with its attributes. Expressions are jexl.ts. Any other j:/g: tag is an error
 * naming it, so a macro never renders differently here without saying so.
 */
import { createContext, runInContext, Context } from 'node:vm'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import * as ts from 'typescript'
import { JellyError, Template, evaluateTemplate, expressionNames, jellyText, parseTemplate } from './jexl'

export { JellyError } from './jexl'

// --- UI pages ------------------------------------------------------------------------------

/**
 * Just enough of the instance's page rendering to serve the app's React UI pages: the SDK
 * emits a Jelly template whose `$[...]` expressions give the session token (g_ck) and cache
 * busters, and whose <g:requires>/<g2:client_script> tags pull in platform scripts the React
 * page does not use. Unknown expressions render empty, as Jelly renders a null.
 */
export interface PageContext {
    sessionToken: string
    /**
     * UxFrameworkScriptables.getFlushTimestamp(): the SDK appends it to each bundle's URL as `uxpcb`
     * (isomorphic-rollup createUpdateSrcPath), a cache buster that changes when the instance flushes its
     * caches; the sandbox flushes (installs the app) when it starts, so it is the server's start time.
     */
    flushTimestamp: string
}

export function renderUiPage(html: string, context: PageContext): string {
    return html
        .replace(/<!-- @fluent-import-html[\s\S]*?-->/, '')
        .replace(/<g:requires\b[^>]*>\s*<\/g:requires>/g, '')
        .replace(/<g:requires\b[^>]*\/>/g, '')
        .replace(/<g2:client_script\b[^>]*>\s*<\/g2:client_script>/g, '')
        .replace(/\$\[AMP\]/g, '&')
        .replace(/\$\[gs\.getSession\(\)\.getSessionToken\(\) \|\| gs\.getSessionToken\(\)\]/g, context.sessionToken)
        .replace(/\$\[UxFrameworkScriptables\.getFlushTimestamp\(\)\]/g, context.flushTimestamp)
        .replace(/\$\[[^\]]*\]/g, '')
}

// --- strict XML ------------------------------------------------------------------------------

export type XmlNode = XmlElement | XmlText
export interface XmlElement {
    type: 'element'
    name: string
    attributes: Array<[string, string]>
    children: XmlNode[]
}
export interface XmlText {
    type: 'text'
    text: string
}

const xmlParser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    allowBooleanAttributes: false,
    // Raw values: entities are decoded below, strictly.
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    commentPropName: '#comment',
    cdataPropName: '#cdata',
    ignoreDeclaration: true,
    ignorePiTags: true,
})

/** XML 1.0 §4.6: the five predefined entities; a document without a DTD declares no others. */
const PREDEFINED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function entityText(name: string): string | null {
    if (Object.prototype.hasOwnProperty.call(PREDEFINED_ENTITIES, name)) return PREDEFINED_ENTITIES[name]
    const code = /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.substring(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.substring(1), 10) : NaN
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null
}

/**
 * Decodes a raw attribute value or text as a conforming XML parser does, refusing what XML 1.0
 * refuses (§2.4, §3.1 AttValue): '&' that does not start a reference, an undeclared entity, and
 * '<' in an attribute value.
 */
function decodeXml(raw: string, where: string, attribute: boolean): string {
    let out = ''
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i]
        if (attribute && c === '<') throw new JellyError(`not well-formed XML: '<' in ${where} (write &lt;)`)
        if (c !== '&') {
            out += c
            continue
        }
        const end = raw.indexOf(';', i)
        const text = end < 0 ? null : entityText(raw.substring(i + 1, end))
        if (text === null) {
            throw new JellyError(`not well-formed XML: '&' in ${where} does not start an entity reference (in a Jelly test write 'and' instead of '&&')`)
        }
        out += text
        i = end
    }
    return out
}

function toNodes(entries: Array<Record<string, any>>): XmlNode[] {
    const nodes: XmlNode[] = []
    for (const entry of entries) {
        for (const key of Object.keys(entry)) {
            if (key === ':@' || key === '#comment' || key.startsWith('?')) continue
            const value = entry[key]
            if (key === '#text') {
                nodes.push({ type: 'text', text: decodeXml(String(value), 'text', false) })
            } else if (key === '#cdata') {
                // CDATA content is character data as written.
                nodes.push({ type: 'text', text: (value as Array<Record<string, unknown>>).map((part) => String(part['#text'] ?? '')).join('') })
            } else {
                const attributes = Object.entries((entry[':@'] ?? {}) as Record<string, unknown>).map(
                    ([name, raw]): [string, string] => [name, decodeXml(String(raw), `attribute ${name} of <${key}>`, true)],
                )
                nodes.push({ type: 'element', name: key, attributes, children: toNodes(value as Array<Record<string, any>>) })
            }
        }
    }
    return nodes
}

/** Parses a Jelly document strictly; returns its root element or throws a JellyError saying where. */
export function parseJellyXml(xml: string): XmlElement {
    const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false })
    if (valid !== true) throw new JellyError(`not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`)
    const top = toNodes(xmlParser.parse(xml) as Array<Record<string, any>>)
    const roots = top.filter((node): node is XmlElement => node.type === 'element')
    if (roots.length !== 1 || top.some((node) => node.type === 'text' && node.text.trim() !== '')) {
        throw new JellyError('not well-formed XML: a document has exactly one root element and no text outside it')
    }
    return roots[0]
}

// --- serialising -------------------------------------------------------------------------------

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;')
/** HTML void elements: written as <br/>; every other element gets its end tag (an <iframe/> would swallow the page). */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

function serialize(nodes: XmlNode[]): string {
    return nodes
        .map((node) => {
            if (node.type === 'text') return escapeText(node.text)
            const attributes = node.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')
            if (node.children.length === 0 && VOID_ELEMENTS.has(node.name)) return `<${node.name}${attributes}/>`
            return `<${node.name}${attributes}>${serialize(node.children)}</${node.name}>`
        })
        .join('')
}

// --- the two phases ------------------------------------------------------------------------------

interface Phase {
    /** Namespace prefixes this phase executes (the other phase's tags are output as written). */
    core: 'j' | 'j2'
    glide: 'g' | 'g2'
    marker: '${' | '$['
}
const PHASE_ONE: Phase = { core: 'j', glide: 'g', marker: '${' }
const PHASE_TWO: Phase = { core: 'j2', glide: 'g2', marker: '$[' }

const prefixOf = (name: string) => (name.includes(':') ? name.substring(0, name.indexOf(':')) : '')
const localName = (name: string) => name.substring(name.indexOf(':') + 1)
const attribute = (element: XmlElement, name: string) => element.attributes.find(([n]) => n === name)?.[1]

/** Jelly's ExpressionSupport.evaluateAsBoolean, as the doc's "If tests" describes it: Boolean true, or a String "true", "yes", "on" or "1". */
function jellyTruth(value: unknown): boolean {
    if (typeof value === 'boolean') return value
    if (typeof value === 'string') return ['true', 'yes', 'on'].includes(value.toLowerCase()) || value === '1'
    return false
}

/** One phase over a tree: its own Jelly variables and one script scope for its g:evaluate scripts. */
class PhaseRun {
    private readonly variables = new Map<string, unknown>()
    private readonly scripts: Context

    constructor(
        private readonly phase: Phase,
        globals: Record<string, unknown>,
    ) {
        this.scripts = createContext({ ...globals })
    }

    private template(text: string): Template {
        return parseTemplate(text, this.phase.marker)
    }
    private value(text: string): unknown {
        return evaluateTemplate(this.template(text), this.variables)
    }

    run(nodes: XmlNode[]): XmlNode[] {
        const out: XmlNode[] = []
        for (const node of nodes) {
            if (node.type === 'text') {
                out.push({ type: 'text', text: jellyText(this.value(node.text)) })
                continue
            }
            const prefix = prefixOf(node.name)
            if (prefix === this.phase.core || prefix === this.phase.glide) {
                out.push(...this.tag(node, prefix === this.phase.core ? 'core' : 'glide'))
                continue
            }
            // Plain HTML, or the other phase's tag: output with this phase's expressions filled in.
            const attributes = node.attributes.map(([name, value]): [string, string] => [name, jellyText(this.value(value))])
            out.push({ type: 'element', name: node.name, attributes, children: this.run(node.children) })
        }
        return out
    }

    private tag(element: XmlElement, library: 'core' | 'glide'): XmlNode[] {
        const name = localName(element.name)
        if (library === 'core' && name === 'jelly') return this.run(element.children)
        if (library === 'core' && name === 'if') {
            const test = attribute(element, 'test')
            if (test === undefined) throw new JellyError(`<${element.name}> needs a test attribute`)
            return jellyTruth(this.value(test)) ? this.run(element.children) : []
        }
        if (library === 'glide' && name === 'evaluate') {
            this.evaluate(element)
            return []
        }
        throw new JellyError(`<${element.name}> is not emulated by the sandbox (sandbox/instance/jelly.ts)`)
    }

    /** g:evaluate: runs the script (expression attribute, else the body) and keeps its last value in `var`. */
    private evaluate(element: XmlElement): void {
        const expression = attribute(element, 'expression')
        let script: string
        if (expression !== undefined) {
            script = jellyText(this.value(expression))
        } else {
            if (element.children.some((child) => child.type === 'element')) throw new JellyError(`<${element.name}> holds elements; its body is a script`)
            script = element.children.map((child) => jellyText(this.value((child as XmlText).text))).join('')
        }
        // jelly="true" makes the Jelly variables readable as jelly.<name> (doc "Jelly tags", evaluate).
        this.scripts.jelly = attribute(element, 'jelly') === 'true' ? Object.fromEntries(this.variables) : undefined
        let result: unknown
        try {
            result = runInContext(script, this.scripts, { timeout: 1000 })
        } catch (error) {
            throw new JellyError(`<${element.name}${attribute(element, 'var') ? ` var="${attribute(element, 'var')}"` : ''}> failed: ${(error as Error).message ?? String(error)}`)
        }
        const variable = attribute(element, 'var')
        if (!variable) return
        // Without object="true" the variable holds the result as a string (doc "Jelly tags", evaluate).
        const kept = attribute(element, 'object') === 'true' ? result : result === null || result === undefined ? null : String(result)
        this.variables.set(variable, kept)
    }
}

/** What a macro is rendered from: `key` identifies the macro (its sys_id), never the record or the user. */
export interface MacroSource {
    key: string
    xml: string
}

/**
 * Renders UI macros as the instance does: phase one once per macro and cached (shared by every
 * record and user that renders it afterwards), phase two per request. One renderer per instance.
 */
export class JellyMacroRenderer {
    private readonly phaseOneOutput = new Map<string, string>()

    /** `globals`: what scripts see in this request (`gs`, `current`). Throws JellyError when the macro does not parse or fails. */
    render(macro: MacroSource, globals: Record<string, unknown>): string {
        // A changed macro is a different cache entry (the instance flushes its cache on update).
        const cacheKey = `${macro.key}\u0000${macro.xml}`
        let phaseOne = this.phaseOneOutput.get(cacheKey)
        if (phaseOne === undefined) {
            const root = parseJellyXml(macro.xml)
            phaseOne = serialize(new PhaseRun(PHASE_ONE, globals).run([root]))
            this.phaseOneOutput.set(cacheKey, phaseOne)
        }
        // Phase two parses phase one's output again (one wrapper element makes it a document).
        const second = parseJellyXml(`<phase-two>${phaseOne}</phase-two>`)
        return serialize(new PhaseRun(PHASE_TWO, globals).run(second.children)).trim()
    }

    /** How many macros have a cached phase-one output. */
    get cachedMacros(): number {
        return this.phaseOneOutput.size
    }
}

// --- static check: what phase one reads ------------------------------------------------------------

/** Free identifiers of a server script (not property names, not declared names), from TypeScript's parser. */
function scriptNames(script: string): Set<string> {
    const names = new Set<string>()
    const source = ts.createSourceFile('evaluate.js', script, ts.ScriptTarget.ES2021, true, ts.ScriptKind.JS)
    const visit = (node: ts.Node) => {
        if (ts.isIdentifier(node)) {
            const parent = node.parent
            const isPropertyName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node)
            const isDeclaration = (ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent) || ts.isParameter(parent)) && parent.name === node
            if (!isPropertyName && !isDeclaration) names.add(node.text)
        }
        ts.forEachChild(node, visit)
    }
    visit(source)
    return names
}

/**
 * Where a macro reads any of `names` (e.g. current, gs) in phase one — g:evaluate scripts, ${...}
 * in attributes and text, j:if tests — whose output the instance caches for every record and user.
 * Throws a JellyError when the macro does not parse. Each finding names the element.
 */
export function phaseOneReads(xml: string, names: readonly string[]): string[] {
    const findings = new Set<string>()
    const report = (element: XmlElement, what: string, read: Set<string>) => {
        for (const name of names) if (read.has(name)) findings.add(`<${element.name}> ${what} reads ${name} in phase one`)
    }
    const expressions = (text: string) => {
        const read = new Set<string>()
        for (const part of parseTemplate(text, '${')) if (typeof part !== 'string') expressionNames(part, read)
        return read
    }
    const visit = (element: XmlElement) => {
        for (const [name, value] of element.attributes) report(element, `attribute ${name}`, expressions(value))
        if (element.name === 'g:evaluate') {
            const script = attribute(element, 'expression') ?? element.children.map((child) => (child.type === 'text' ? child.text : '')).join('')
            report(element, 'script', scriptNames(script))
        }
        for (const child of element.children) {
            if (child.type === 'element') visit(child)
            else report(element, 'text', expressions(child.text))
        }
    }
    visit(parseJellyXml(xml))
    return [...findings]
}
