#!/usr/bin/env node
// Plain-node entry point of the sandbox: loads the TypeScript sources through the project's
// require hook, then starts simulator + sandbox (see main.ts for the options).
require('../register-ts.cjs')
require('./main.ts')
    .main(process.argv.slice(2))
    .catch((error) => {
        console.error(error)
        process.exit(1)
    })
