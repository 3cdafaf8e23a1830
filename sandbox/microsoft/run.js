#!/usr/bin/env node
// Runs the TypeScript simulator from plain node (no ts-node): a require hook transpiles .ts with the
// installed `typescript` (transpileModule, CommonJS, no type check). Usage:
//   node sandbox/microsoft/run.js [--port 0] [--state file.json] [--seed 1] [--health-issues 0] [--strict] [--config file.json] [--verbose]
// --state keeps the simulator's world (signing key, tenants, repositories, cases) in that file across restarts. Env: MICROSOFT_SIMULATOR_PORT, MICROSOFT_SIMULATOR_SEED. Prints MICROSOFT_SIMULATOR_URL=http://127.0.0.1:PORT.
'use strict'
const fs = require('node:fs')
const path = require('node:path')

function registerTypeScript() {
    require('../register-ts.cjs')
}

function parseArgs(argv) {
    const out = {}
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]
        const next = () => argv[++i]
        if (a === '--port') out.port = Number(next())
        else if (a === '--state') out.statePath = path.resolve(next())
        else if (a === '--seed') out.seed = Number(next())
        else if (a === '--health-issues') out.healthIssues = Number(next())
        else if (a === '--config') out.config = next()
        else if (a === '--strict') out.strict = true
        else if (a === '--verbose') out.verbose = true
        else if (a === '--help' || a === '-h') out.help = true
        else throw new Error(`Unknown argument ${a}`)
    }
    return out
}

async function main() {
    const args = parseArgs(process.argv.slice(2))
    if (args.help) {
        process.stdout.write(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 5).join('\n') + '\n')
        return
    }
    registerTypeScript()
    const { startSimulator } = require('./index.ts')
    const env = process.env
    const sim = await startSimulator({
        port: args.port ?? (env.MICROSOFT_SIMULATOR_PORT ? Number(env.MICROSOFT_SIMULATOR_PORT) : 0),
        statePath: args.statePath,
        seed: args.seed ?? (env.MICROSOFT_SIMULATOR_SEED ? Number(env.MICROSOFT_SIMULATOR_SEED) : undefined),
        healthIssues: args.healthIssues,
        strict: args.strict,
        verbose: args.verbose,
    })
    if (args.config) sim.control.configure(JSON.parse(fs.readFileSync(path.resolve(args.config), 'utf8')))
    process.stdout.write(`MICROSOFT_SIMULATOR_URL=${sim.url}\n`)
    const stop = () => sim.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}

module.exports = { registerTypeScript }

if (require.main === module) {
    main().catch((e) => {
        process.stderr.write(`${e && e.stack ? e.stack : e}\n`)
        process.exit(1)
    })
}
