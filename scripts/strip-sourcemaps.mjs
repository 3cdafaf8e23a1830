// Release builds ship no source maps to the instance: the SDK's client build emits one
// sys_ux_lib_asset per .map (the React vendor map alone is ~2.4 MB) and a sourceMappingURL
// comment in each script asset. Remove both from dist/app before `now-sdk pack`.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const updateDir = join(process.cwd(), 'dist', 'app', 'update')
let removed = 0
let stripped = 0
for (const file of readdirSync(updateDir)) {
    if (!file.startsWith('sys_ux_lib_asset_')) continue
    const path = join(updateDir, file)
    const xml = readFileSync(path, 'utf8')
    const name = /<name>([^<]*)<\/name>/.exec(xml)?.[1] ?? ''
    if (name.endsWith('.map')) {
        rmSync(path)
        removed++
        continue
    }
    const cleaned = xml.replace(/\n?\/\/# sourceMappingURL=[^\n\]]*/g, '')
    if (cleaned !== xml) {
        writeFileSync(path, cleaned)
        stripped++
    }
}
console.log(`strip-sourcemaps: removed ${removed} source map asset(s), stripped ${stripped} sourceMappingURL comment(s)`)
