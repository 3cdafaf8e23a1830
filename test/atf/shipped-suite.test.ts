/**
 * The app's shipped ATF suite, run in the sandbox from the built records (dist/app), each ATF
 * test as its own jest test named by the ATF test's name — once with every undocumented behaviour
 * on its strict side, once on its lenient side (fidelity.ts), so the app passes on both.
 * A failure lists every step's result, as the instance's test result does.
 */
import { installApp } from '../../sandbox/instance/app-installer'
import { readBuiltApp } from '../../sandbox/instance/dist-records'
import { MemoryStore } from '../../sandbox/glide/store/MemoryStore'
import { APP_SCOPE } from '../../sandbox/glide/platform'
import { loadSuite } from '../../sandbox/atf/records'
import { formatResult } from '../../sandbox/atf/runner'
import { AtfSandbox, SHIPPED_SUITE, startAtfSandbox } from '../../sandbox/atf/suite'

/** The suite's tests, read when jest collects (jest needs the names before anything runs). */
function shippedTests(): { sysId: string; name: string }[] {
    const store = new MemoryStore()
    installApp(store, readBuiltApp())
    return loadSuite(store, SHIPPED_SUITE, APP_SCOPE).tests.map((test) => ({ sysId: test.sysId, name: test.name }))
}

const tests = shippedTests()

for (const [side, lenient] of [['strict', undefined], ['lenient', 'all']] as const) {
    describe(`ATF suite "${SHIPPED_SUITE}" in the sandbox (${side} fidelity)`, () => {
        let sandbox: AtfSandbox

        beforeAll(async () => {
            sandbox = await startAtfSandbox({ lenient })
        })
        afterAll(async () => {
            await sandbox?.close()
        })

        if (tests.length === 0) {
            it('the built app ships tests in the suite', () => {
                throw new Error(`dist/app has no active test in "${SHIPPED_SUITE}" (npm run build after adding src/fluent/atf tests)`)
            })
            return
        }

        it.each(tests)('$name', async ({ sysId }) => {
            const result = await sandbox.runTest(sandbox.loadTest(sysId))
            if (result.status !== 'success') throw new Error(formatResult(result))
        })
    })
}
