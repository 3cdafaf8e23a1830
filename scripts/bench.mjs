#!/usr/bin/env node
// npm run bench: runs every test/bench/*.bench.ts in its own node process (TypeScript through the
// repo's require hook, `@servicenow/glide` mapped to the emulation) and prints what each prints.
// Benches print figures (ratios, counts, times); they do not assert on timings.
// `npm run bench -- health` runs only the bench files whose name contains "health".
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, 'test', 'bench')
const filter = process.argv[2] ?? ''
const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
    .sort()
if (files.length === 0) {
    console.error(`No test/bench/*.bench.ts${filter ? ` matching "${filter}"` : ''}`)
    process.exit(1)
}
let failed = 0
for (const file of files) {
    console.log(`\n=== ${file} ===`)
    const started = Date.now()
    const run = spawnSync(
        process.execPath,
        ['--expose-gc', '-r', './sandbox/register-ts.cjs', '-r', './sandbox/glide-alias.cjs', join('test', 'bench', file)],
        { cwd: root, stdio: 'inherit' },
    )
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    if (run.status !== 0) {
        failed++
        console.log(`=== ${file}: FAILED (exit ${run.status ?? run.signal}) after ${seconds} s ===`)
    } else console.log(`=== ${file}: done in ${seconds} s ===`)
}
process.exit(failed ? 1 : 0)
