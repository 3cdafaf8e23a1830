/**
 * Runs the app's shipped server code: the `sys_module` records of the build (ES modules with
 * types stripped) and the generated glue of routes and business rules, e.g.
 *   const { fn } = require('x_mioms_m365_assis/<pkg>/<ver>/src/server/x.ts'); fn(request, response);
 * Each module is transpiled to CommonJS once and evaluated with a `require` that resolves as
 * the instance does (NOTES.md): `@servicenow/glide[/ns]` to the emulation, relative paths
 * against the importing module's path (`.ts` implied), and bare names through the app's
 * package.json module record.
 */
import * as ts from 'typescript'
import * as glide from '../glide'
import { Store } from '../glide/store/types'

type Exports = Record<string, unknown>

/**
 * Globals the instance's JavaScript engine does not give server code, shadowed in every module
 * and script the sandbox evaluates so that using one fails here as it would there. Sources:
 * "JavaScript engine feature support" (every `Reflect.*` is Disallowed in ES2021 mode; "Disallowed
 * features result in an error"), and the scoped GlideSystem API (no timers, no sleep): Node's and
 * the browser's globals (timers, process, Buffer, fetch, ...) do not exist on the instance.
 */
const NON_RHINO_GLOBALS = [
    'Reflect', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate',
    'queueMicrotask', 'process', 'Buffer', 'fetch', 'XMLHttpRequest', 'window', 'document', 'global',
    'structuredClone', 'TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams', 'AbortController',
] as const

/** A stand-in that throws on any use, naming the global, so the failure says what to change. */
function unavailable(name: string): unknown {
    const fail = (): never => {
        throw new ReferenceError(`${name} is not available to server scripts on the instance (ServiceNow JavaScript engine, ES2021 mode)`)
    }
    return new Proxy(function () {}, { get: fail, apply: fail, construct: fail, has: fail, set: fail })
}

const SHADOWED = NON_RHINO_GLOBALS.map((name) => unavailable(name))

// Exported by name so that, in the transpiled module, `load`'s local `exports` cannot shadow it.
export { NON_RHINO_GLOBALS }

const GLIDE_NAMESPACES = ['sn_ws', 'sn_ws_err', 'sn_ws_int']

export interface ModuleRuntime {
    require(id: string): unknown
    /** Runs SDK glue (route operation_script, business rule script) with the given globals. */
    runScript(script: string, globals: Record<string, unknown>): unknown
    /** Modules evaluated so far (for tests and diagnostics). */
    loaded(): string[]
}

export function createModuleRuntime(store: Store): ModuleRuntime {
    const cache = new Map<string, Exports>()

    function loadNamespace(name: string): unknown {
        if (!GLIDE_NAMESPACES.includes(name)) throw new Error(`@servicenow/glide/${name} is not emulated`)
        return require(`../glide/ns/${name}`)
    }

    function moduleSource(path: string): string {
        const rows = store.query('sys_module', { where: { kind: 'term', field: 'path', operator: '=', value: path } })
        if (rows.length === 0 || rows[0].content === null) throw new Error(`Cannot find module '${path}' in sys_module`)
        return rows[0].content as string
    }

    function resolve(id: string, fromPath: string | null): string {
        if (id.startsWith('./') || id.startsWith('../')) {
            if (!fromPath) throw new Error(`Relative import '${id}' outside a module`)
            const base = fromPath.split('/').slice(0, -1)
            for (const part of id.split('/')) {
                if (part === '.' || part === '') continue
                if (part === '..') base.pop()
                else base.push(part)
            }
            const joined = base.join('/')
            return /\.(ts|js|json)$/.test(joined) ? joined : `${joined}.ts`
        }
        return id
    }

    function requireFrom(fromPath: string | null) {
        return (id: string): unknown => {
            if (id === '@servicenow/glide') return glide
            if (id.startsWith('@servicenow/glide/')) return loadNamespace(id.substring('@servicenow/glide/'.length))
            const path = resolve(id, fromPath)
            if (!path.startsWith('x_mioms_m365_assis/')) {
                throw new Error(`Module '${id}' is not part of the app (npm dependencies are bundled by the SDK; none are declared)`)
            }
            return load(path)
        }
    }

    function load(path: string): Exports {
        const cached = cache.get(path)
        if (cached) return cached
        const source = moduleSource(path)
        const exports: Exports = {}
        cache.set(path, exports)
        if (path.endsWith('.json')) {
            Object.assign(exports, JSON.parse(source))
            return exports
        }
        const { outputText } = ts.transpileModule(source, {
            compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
            fileName: path,
        })
        const module = { exports }
        const evaluate = new Function('exports', 'require', 'module', ...NON_RHINO_GLOBALS, outputText)
        evaluate(exports, requireFrom(path), module, ...SHADOWED)
        if (module.exports !== exports) {
            cache.set(path, module.exports as Exports)
            return module.exports as Exports
        }
        return exports
    }

    return {
        require: requireFrom(null),
        runScript(script, globals) {
            const names = Object.keys(globals)
            const shadowed = NON_RHINO_GLOBALS.filter((name) => !names.includes(name))
            const fn = new Function('require', ...names, ...shadowed, script)
            return fn(requireFrom(null), ...names.map((name) => globals[name]), ...shadowed.map((name) => unavailable(name)))
        },
        loaded: () => [...cache.keys()],
    }
}
