#!/usr/bin/env node
// npm run docs:atf: rewrites the list of shipped ATF tests in docs/admin/verify.md from dist/app
// (run `npm run build` first). test/build/atf-suite.test.ts fails when the list is out of date.
require('../sandbox/register-ts.cjs')
const { readBuiltApp } = require('../sandbox/instance/dist-records')
const { writeTestsSection, VERIFY_DOC } = require('../sandbox/atf/doc')
writeTestsSection(readBuiltApp())
console.log(`Updated the list of ATF tests in ${require('node:path').relative(process.cwd(), VERIFY_DOC)}`)
