/**
 * The sandbox's Jelly for UI macros (sandbox/instance/jelly.ts): strict XML, and two phases with
 * phase one cached per macro (doc "Extensions to Jelly syntax": phase one is "cached except when
 * used in a UI page", phase two "never cached").
 */
import { GlideRecord, Platform, createTestPlatform, gs } from '../../../sandbox/glide'
import { JellyError, JellyMacroRenderer, parseJellyXml, phaseOneReads } from '../../../sandbox/instance/jelly'

const PREAMBLE = '<?xml version="1.0" encoding="utf-8" ?>\n<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null">'
const macro = (body: string) => `${PREAMBLE}${body}</j:jelly>`

let platform: Platform
let incidents: string[]

beforeEach(() => {
    platform = createTestPlatform()
    platform.createUser('agent', { roles: ['x_mioms_m365_assis.insights_user'] })
    platform.createUser('itil.only', { roles: ['itil'] })
    incidents = ['INC0010001', 'INC0010002'].map((number) => platform.insertRow('incident', { number, short_description: `${number} <b>&</b>` }))
})

function current(sysId: string): GlideRecord {
    const record = new GlideRecord('incident')
    if (!record.get(sysId)) throw new Error(`no incident ${sysId}`)
    return record
}

/** Renders one macro for an incident as a user, through one renderer (one instance's cache). */
function renderAs(renderer: JellyMacroRenderer, xml: string, user: string, incident: string): string {
    platform.setSessionUser(user)
    return renderer.render({ key: 'macro-1', xml }, { gs, current: current(incident) })
}

describe('Jelly is strict XML', () => {
    test.each([
        ['&& inside an attribute', macro('<j2:if test="$[jvar_a &amp;&amp; jvar_b]"><p/></j2:if><j:if test="${jvar_a && jvar_b}"><p/></j:if>'), /'&' in attribute test of <j:if> does not start an entity reference/],
        ['& alone in text', macro('<p>Fish & chips</p>'), /not well-formed XML/],
        ["'<' inside an attribute", macro('<g:evaluate var="jvar_x" expression="1 < 2"/>'), /'<' in attribute expression of <g:evaluate>/],
        ['an undeclared entity', macro('<p>&nbsp;</p>'), /does not start an entity reference/],
        ['a tag closed in the wrong order', macro('<p><b></p></b>'), /not well-formed XML \(line \d+, column \d+\)/],
        ['two root elements', `${macro('')}<p/>`, /exactly one root element/],
        ['an attribute without quotes', macro('<p class=x></p>'), /not well-formed XML/],
    ])('refuses %s', (_what, xml, message) => {
        expect(() => parseJellyXml(xml)).toThrow(JellyError)
        expect(() => parseJellyXml(xml)).toThrow(message)
        expect(() => new JellyMacroRenderer().render({ key: 'm', xml }, { gs })).toThrow(message)
    })

    test('reads entity and character references, CDATA and comments as XML does', () => {
        const root = parseJellyXml(macro('<p title="a &amp; b &#x263A; &#9731;">&lt;x&gt; &quot;<![CDATA[ raw & <y> ]]><!-- gone --></p>'))
        const p = root.children.find((child) => child.type === 'element')!
        expect(p).toMatchObject({ name: 'p', attributes: [['title', 'a & b \u263a \u2603']] })
        expect(p.type === 'element' && p.children.map((c) => (c.type === 'text' ? c.text : '')).join('')).toBe('<x> " raw & <y> ')
    })
})

describe('two phases, phase one cached per macro', () => {
    test('a macro reading the record in phase one shows the FIRST record on the second (the cache is per macro)', () => {
        const renderer = new JellyMacroRenderer()
        const xml = macro('<g:evaluate var="jvar_id" expression="current.getUniqueValue()"/><span id="${jvar_id}">${jvar_id}</span>')
        expect(renderAs(renderer, xml, 'agent', incidents[0])).toBe(`<span id="${incidents[0]}">${incidents[0]}</span>`)
        expect(renderAs(renderer, xml, 'agent', incidents[1])).toBe(`<span id="${incidents[0]}">${incidents[0]}</span>`)
        expect(renderer.cachedMacros).toBe(1)
        // A new instance (a fresh cache) renders the other record first.
        expect(renderAs(new JellyMacroRenderer(), xml, 'agent', incidents[1])).toContain(incidents[1])
    })

    test('a role check in phase one shows the first user\'s answer to the next user', () => {
        const renderer = new JellyMacroRenderer()
        const xml = macro('<g:evaluate var="jvar_ok" expression="gs.hasRole(\'x_mioms_m365_assis.insights_user\')"/><j:if test="${jvar_ok}"><iframe src="/panel"></iframe></j:if>')
        expect(renderAs(renderer, xml, 'agent', incidents[0])).toBe('<iframe src="/panel"></iframe>')
        expect(renderAs(renderer, xml, 'itil.only', incidents[0])).toBe('<iframe src="/panel"></iframe>')
    })

    test('phase two (g2:evaluate, $[], j2:if) runs per record and per user', () => {
        const renderer = new JellyMacroRenderer()
        const xml = macro(
            '<g2:evaluate var="jvar_ok" expression="gs.hasRole(\'x_mioms_m365_assis.insights_user\')"/>' +
                '<g2:evaluate var="jvar_id">current.getUniqueValue()</g2:evaluate>' +
                '<j2:if test="$[jvar_ok and jvar_id != \'\']"><iframe src="/panel?sysparm_incident=$[jvar_id]"></iframe></j2:if>',
        )
        expect(renderAs(renderer, xml, 'agent', incidents[0])).toBe(`<iframe src="/panel?sysparm_incident=${incidents[0]}"></iframe>`)
        expect(renderAs(renderer, xml, 'agent', incidents[1])).toBe(`<iframe src="/panel?sysparm_incident=${incidents[1]}"></iframe>`)
        expect(renderAs(renderer, xml, 'itil.only', incidents[1])).toBe('')
        expect(renderer.cachedMacros).toBe(1)
    })

    test("phase one's variables are gone in phase two; phase one's output is what phase two reads", () => {
        const renderer = new JellyMacroRenderer()
        const xml = macro('<g:evaluate var="jvar_one" expression="\'first\'"/><p>${jvar_one}|$[jvar_one]</p><p title="${jvar_one}">$[jvar_missing]</p>')
        expect(renderAs(renderer, xml, 'agent', incidents[0])).toBe('<p>first|</p><p title="first"></p>')
    })

    test('values are escaped as XML on the way out, in both phases', () => {
        const renderer = new JellyMacroRenderer()
        const xml = macro('<g:evaluate var="jvar_a" expression="current.getValue(\'short_description\')"/><g2:evaluate var="jvar_b" expression="\'&quot;&lt;i&gt;&quot;\'"/><p title="$[jvar_b]">${jvar_a} $[jvar_b]</p><br/>')
        expect(renderAs(renderer, xml, 'agent', incidents[0])).toBe('<p title="&quot;&lt;i&gt;&quot;">INC0010001 &lt;b&gt;&amp;&lt;/b&gt; "&lt;i&gt;"</p><br/>')
    })

    test('JEXL tests: and, or, not, ==, !=, empty(); a string result is true only for true/yes/on/1', () => {
        const renderer = new JellyMacroRenderer()
        const cases: Array<[string, boolean]> = [
            ["jvar_t and jvar_s != ''", true],
            ["jvar_f and jvar_s != ''", false],
            ['jvar_f or jvar_t', true],
            ['!jvar_f', true],
            ['not jvar_t', false],
            ["jvar_s == 'abc'", true],
            ['jvar_none == null', true],
            ["jvar_none != ''", true],
            ['empty(jvar_none)', true],
            ['jvar_s', false],
            ['jvar_yes', true],
            ['(jvar_f or jvar_t) and !(jvar_s == \'x\')', true],
        ]
        const tests = cases.map(([test], i) => `<j2:if test="$[${test}]">${i};</j2:if>`).join('')
        const xml = macro(
            '<g2:evaluate var="jvar_t" expression="1 == 1"/><g2:evaluate var="jvar_f" expression="1 == 2"/>' +
                '<g2:evaluate var="jvar_s" expression="\'abc\'"/><g2:evaluate var="jvar_yes" expression="\'yes\'"/>' +
                tests,
        )
        const expected = cases.map(([, holds], i) => (holds ? `${i};` : '')).join('')
        expect(renderAs(renderer, xml, 'agent', incidents[0])).toBe(expected)
    })

    test('a tag the sandbox does not emulate, or a failing script, is an error, not a silent guess', () => {
        expect(() => renderAs(new JellyMacroRenderer(), macro('<g:macro_invoke macro="x"/>'), 'agent', incidents[0])).toThrow(/<g:macro_invoke> is not emulated/)
        expect(() => renderAs(new JellyMacroRenderer(), macro('<g2:evaluate var="jvar_x" expression="nothing.here()"/>'), 'agent', incidents[0])).toThrow(/var="jvar_x"> failed/)
    })
})

describe('phaseOneReads: the static check the build test runs', () => {
    test('finds current and gs read in g:evaluate, ${} and j:if; phase two reads are fine', () => {
        const xml = macro(
            '<g:evaluate var="jvar_a" expression="current.sys_id"/>' +
                '<g:evaluate var="jvar_b">var x = { gs: 1 }; x.gs + gs.getUserID()</g:evaluate>' +
                '<j:if test="${gs.hasRole(\'x\')}"><p title="${current.number}"/></j:if>' +
                '<g2:evaluate var="jvar_c" expression="current.getUniqueValue() + gs.getUserID()"/><p>$[current]</p>',
        )
        expect(phaseOneReads(xml, ['current', 'gs'])).toEqual([
            '<g:evaluate> script reads current in phase one',
            '<g:evaluate> script reads gs in phase one',
            '<j:if> attribute test reads gs in phase one',
            '<p> attribute title reads current in phase one',
        ])
        expect(phaseOneReads(macro('<g:evaluate var="jvar_a" expression="var current = 1; current"/>'), ['current'])).toEqual([
            '<g:evaluate> script reads current in phase one',
        ])
        expect(phaseOneReads(macro('<g:evaluate var="jvar_a" expression="var x = { current: 1 }; x.current"/>'), ['current'])).toEqual([])
    })
})
