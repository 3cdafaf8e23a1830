// `./dev start`: the app is built (dist/, target/) by the time this runs; start the local
// platform (Microsoft simulator + sandbox instance running the built app). Arguments pass
// through, e.g. `./dev start --fresh`.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'

const zips = readdirSync(join(process.cwd(), 'target')).filter((file) => file.endsWith('.zip'))
console.log(`Installable app: ${zips.map((zip) => join('target', zip)).join(', ')}`)
const child = spawn(process.execPath, ['sandbox/instance/start.cjs', ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
