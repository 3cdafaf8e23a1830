#!/usr/bin/env bash
# Every check, in the order that fails fastest. Jest's results land in .test-results/jest.json
# so CI can print its totals.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "[test] lint"
npx eslint .
echo "[test] typecheck"
npx tsc -p tsconfig.json --noEmit
echo "[test] build (now-sdk build --frozenKeys, strip source maps, pack)"
npm run --silent build
echo "[test] jest"
mkdir -p .test-results
npx jest --json --outputFile=.test-results/jest.json "$@"
