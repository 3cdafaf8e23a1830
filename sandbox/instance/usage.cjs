// The usage of `./dev start` (= node sandbox/instance/start.cjs): plain JavaScript with no
// dependencies, so `./dev start --help` prints it at once, before installing or building.
'use strict'

module.exports = `Usage: ./dev start [options]

Builds the app into dist/ and target/, then starts the local sandbox instance running the built
app and the Microsoft simulator it calls. Both keep their data across a stop and a start.

Options:
  --port <n>             the sandbox instance's port (default 8080, or SANDBOX_PORT; 0 = any free port)
  --simulator-port <n>   the Microsoft simulator's port (default 4010, or MICROSOFT_SIMULATOR_PORT; 0 = any)
  --db <file>            the sandbox database (default .sandbox/sandbox.db); the simulator keeps its
                         state next to it (<file without .db>.microsoft.json)
  --fresh                forget both: a new database and a new Microsoft simulator state
  --join                 another node of an instance already running on --db (no install, no seed,
                         no simulator of its own); needs --simulator-url
  --simulator-url <url>  use this running Microsoft simulator instead of starting one
  -h, --help             print this and exit

Environment:
  SANDBOX_LENIENT=<switch>,...|all  run the lenient side of undocumented platform behaviours
                                    (docs/platform-fidelity.md)
  SANDBOX_SCHEDULER=1               run scheduled jobs (SANDBOX_SCHEDULER_MS shortens their interval)
  SANDBOX_BACKGROUND_MS=<ms>        how often queued async business rules run (default 5000)
  SANDBOX_DEMO_SEED=<text>          the seed of the demo passwords and secrets (default .sandbox/demo-seed)
`
