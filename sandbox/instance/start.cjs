#!/usr/bin/env node
// Plain-node entry point of the sandbox: loads the TypeScript sources through the project's
// require hook, then starts simulator + sandbox (see main.ts for the options). --help prints the
// usage without loading anything else.
const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(require('./usage.cjs'))
    process.exit(0)
}
require('../register-ts.cjs')
require('./main.ts')
    .main(argv)
    .catch((error) => {
        console.error(error)
        process.exit(1)
    })
