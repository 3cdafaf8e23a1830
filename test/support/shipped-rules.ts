/**
 * Installs the built app's business rules (dist/app sys_script rows, with their `condition`) and
 * server modules into a test platform, and runs them through the sandbox's module runtime: a
 * unit test then exercises the rules exactly as they ship, not a copy of their definition.
 */
import { Platform } from '../../sandbox/glide'
import { installApp } from '../../sandbox/instance/app-installer'
import { BuiltApp, readBuiltApp } from '../../sandbox/instance/dist-records'
import { createModuleRuntime } from '../../sandbox/instance/module-runtime'

const RUNTIME_TABLES = new Set(['sys_module', 'sys_script'])

/** Installs the shipped business rules of these tables (every table when omitted). */
export function installShippedRules(platform: Platform, tables?: string[]): void {
    const app = readBuiltApp()
    const records = app.records.filter(
        (record) => RUNTIME_TABLES.has(record.table) && (record.table !== 'sys_script' || !tables || tables.includes(record.fields.collection)),
    )
    const subset: BuiltApp = { records, tables: [], byTable: (table) => records.filter((record) => record.table === table) }
    installApp(platform.store, subset)
    const runtime = createModuleRuntime(platform.store)
    platform.setRequire(runtime.require)
    platform.setScriptRunner(runtime.runScript)
}
