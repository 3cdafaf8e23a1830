/**
 * The sandbox evaluates the app's sys_module records with only what the instance's JavaScript
 * engine offers: Reflect (Disallowed in ES2021 mode), timers, process, Buffer, fetch... fail on
 * use, with a message naming the global, in modules and in route / business-rule glue alike.
 */
import { createTestPlatform } from '../../../sandbox/glide'
import { createModuleRuntime, NON_RHINO_GLOBALS } from '../../../sandbox/instance/module-runtime'

function runtimeWith(modules: Record<string, string>) {
    const platform = createTestPlatform()
    for (const [path, content] of Object.entries(modules)) platform.insertRow('sys_module', { path, content })
    return createModuleRuntime(platform.store)
}

const PATH = 'x_mioms_m365_assis/app/1.0.0/src/server/probe.ts'

test.each([
    ['Reflect', 'return Reflect.ownKeys({ a: 1 })'],
    ['setTimeout', 'return setTimeout(() => 1, 10)'],
    ['process', 'return process.env.HOME'],
    ['Buffer', "return Buffer.from('x').length"],
    ['fetch', "return fetch('http://127.0.0.1')"],
])('a module using %s fails with a message naming it', (name, body) => {
    const runtime = runtimeWith({ [PATH]: `export function probe() { ${body} }` })
    const { probe } = runtime.require(PATH) as { probe: () => unknown }
    expect(() => probe()).toThrow(new RegExp(`${name} is not available to server scripts on the instance`))
})

test('what the engine does offer still works in modules: JSON, Math, Date, Object, Array, RegExp, Proxy, Promise', () => {
    const runtime = runtimeWith({
        [PATH]: `export function probe() {
            const p = new Proxy({}, { get: () => 2 })
            return [JSON.stringify({ a: Math.max(1, p.x) }), typeof Promise, Object.keys({ b: 1 }).join(), /x/.test('x'), Array.from('ab').length, typeof Date.now()].join('|')
        }`,
    })
    const { probe } = runtime.require(PATH) as { probe: () => string }
    expect(probe()).toBe('{"a":2}|function|b|true|2|number')
})

test('route and rule glue gets the same shadowing, and its own globals win', () => {
    const runtime = runtimeWith({})
    expect(() => runtime.runScript('return typeof Reflect.get', {})).toThrow(/Reflect is not available/)
    expect(runtime.runScript('return current', { current: 'the record' })).toBe('the record')
    expect(NON_RHINO_GLOBALS).toEqual(expect.arrayContaining(['Reflect', 'setTimeout', 'process']))
})
