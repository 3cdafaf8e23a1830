// `./dev start`: the app is built (dist/, target/) by the time this runs.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const target = join(process.cwd(), 'target')
const zips = readdirSync(target).filter((file) => file.endsWith('.zip'))
console.log(`Installable app: ${zips.map((zip) => join('target', zip)).join(', ')}`)
console.log('Install it on an instance with `npx now-sdk auth --add <instance>` then `npx now-sdk install`.')
