/**
 * Lets plain `node` load the project's TypeScript (sandbox/glide, sandbox/instance, sandbox/microsoft)
 * without a build step: each .ts file is transpiled on require with the TypeScript compiler
 * the project already pins. Types are not checked here (`npm run typecheck` does that).
 */
const fs = require('node:fs')
const ts = require('typescript')

const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2021,
    esModuleInterop: true,
    jsx: ts.JsxEmit.ReactJSX,
    sourceMap: false,
    inlineSourceMap: true,
}

function compile(module, filename) {
    const source = fs.readFileSync(filename, 'utf8')
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename })
    module._compile(outputText, filename)
}

for (const extension of ['.ts', '.tsx']) {
    if (!require.extensions[extension]) require.extensions[extension] = compile
}
