// Validates the contract with @seriousme/openapi-schema-validator (ESM-only, hence a separate script
// that jest runs in a child process). Usage: node sandbox/microsoft/validate-contract.mjs [file]
// Prints {"valid":true,"version":"3.1"} or the errors; exit code 1 when invalid.
import { Validator } from '@seriousme/openapi-schema-validator'
import { fileURLToPath } from 'node:url'

const file = process.argv[2] ?? fileURLToPath(new URL('../../docs/connector-api.openapi.yaml', import.meta.url))
const validator = new Validator()
const result = await validator.validate(file)
process.stdout.write(JSON.stringify({ valid: result.valid, version: validator.version, errors: result.errors }) + '\n')
process.exit(result.valid ? 0 : 1)
