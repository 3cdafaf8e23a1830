/**
 * For plain `node` runs (npm run bench): resolves `@servicenow/glide[/ns]` to the project's
 * emulation in sandbox/glide, as jest's moduleNameMapper does. Load after register-ts.cjs.
 */
const Module = require('node:module')
const path = require('node:path')

const glideRoot = path.join(__dirname, 'glide')
const original = Module._resolveFilename

Module._resolveFilename = function resolve(request, parent, ...rest) {
    if (request === '@servicenow/glide') return original.call(this, path.join(glideRoot, 'index.ts'), parent, ...rest)
    if (request.startsWith('@servicenow/glide/')) return original.call(this, path.join(glideRoot, 'ns', request.slice('@servicenow/glide/'.length) + '.ts'), parent, ...rest)
    return original.call(this, request, parent, ...rest)
}
