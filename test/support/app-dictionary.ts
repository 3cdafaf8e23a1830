/**
 * jest setup (jest.config.js setupFiles): every test platform knows the app's own tables the way
 * an instance that installed the app does, so field types and lengths apply in unit tests too.
 * The rows come from the built app (dist/app: `npm run build`, which `./dev test` runs first).
 */
import { setInstalledSchema } from '../../sandbox/glide/dictionary'
import { readBuiltApp } from '../../sandbox/instance/dist-records'

const SCHEMA_TABLES = new Set(['sys_db_object', 'sys_dictionary', 'sys_choice'])

const app = readBuiltApp()
setInstalledSchema(
    app.records
        .filter((record) => SCHEMA_TABLES.has(record.table) && record.action === 'INSERT_OR_UPDATE')
        .map((record) => ({ table: record.table, row: Object.fromEntries(Object.entries(record.fields).map(([k, v]) => [k, v === '' ? null : v])) })),
    // The indexes the app's tables declare: unique ones refuse a second row with the same key.
    app.tables.flatMap((table) => (table.indexes ?? []).map((index) => ({ table: table.name, name: index.name, unique: index.unique, columns: index.columns }))),
)
