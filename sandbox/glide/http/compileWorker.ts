/**
 * Transpiles a TypeScript file to a CommonJS file under the OS temp directory, once per content,
 * so it can run where jest's transform does not reach (worker threads, child processes).
 * Bare `require("synckit")` is rewritten to the resolved path, since the output lives outside
 * the project.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import ts from 'typescript'

export function compileToCommonJs(sourcePath: string): string {
    const source = readFileSync(sourcePath, 'utf8')
    const synckitPath = require.resolve('synckit')
    const hash = createHash('sha1').update(source).update(synckitPath).digest('hex').slice(0, 12)
    const dir = join(tmpdir(), 'x-mioms-glide-emulation')
    const out = join(dir, `${basename(sourcePath, '.ts')}-${hash}.cjs`)
    if (existsSync(out)) return out
    const js = ts
        .transpileModule(source, {
            compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2021, esModuleInterop: true },
        })
        .outputText.replace(/require\("synckit"\)/g, `require(${JSON.stringify(synckitPath)})`)
    mkdirSync(dir, { recursive: true })
    const temp = `${out}.${process.pid}.tmp`
    writeFileSync(temp, js)
    renameSync(temp, out)
    return out
}
