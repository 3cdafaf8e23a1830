/**
 * Reads the built app (`dist/app`, the output of `now-sdk build`) as plain records: what an
 * install would write to the instance. Build tests assert on these records, and the sandbox
 * loads them into its store, so what is tested is what ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

export interface AppRecord {
    /** The record's table, e.g. `sys_security_acl`. */
    table: string
    /** `INSERT_OR_UPDATE`, `DELETE` or `delete_multiple` (with `query`). */
    action: string
    /** For `delete_multiple`: the encoded query of the rows to delete (e.g. a step's variable values before they are written again). */
    query?: string
    /** Field values as the platform stores them: strings ('' for empty). */
    fields: Record<string, string>
    /** Display values the XML carries for reference fields (`<field display_value="...">`). */
    displayValues: Record<string, string>
    /** File the record came from, for error messages. */
    file: string
}

export interface DictionaryColumn {
    name: string
    type: string
    label: string
    maxLength?: number
    mandatory: boolean
    reference?: string
    defaultValue?: string
}

export interface DictionaryTable {
    name: string
    label: string
    wsAccess: boolean
    columns: DictionaryColumn[]
    /** The table's index definitions (Fluent Table `index`), columns in order. */
    indexes: { name: string; unique: boolean; columns: string[] }[]
}

export interface BuiltApp {
    records: AppRecord[]
    tables: DictionaryTable[]
    byTable(table: string): AppRecord[]
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    cdataPropName: false as unknown as string,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
})

export function defaultDistDir(): string {
    return join(__dirname, '..', '..', 'dist', 'app')
}

export function readBuiltApp(distDir: string = defaultDistDir()): BuiltApp {
    const updateDir = join(distDir, 'update')
    if (!existsSync(updateDir)) {
        throw new Error(`No built app at ${distDir}: run \`npm run build\` first.`)
    }
    const records: AppRecord[] = []
    for (const file of readdirSync(updateDir).sort()) {
        if (!file.endsWith('.xml')) continue
        records.push(...parseUpdateFile(join(updateDir, file)))
    }
    const tables: DictionaryTable[] = []
    const dictionaryDir = join(distDir, 'dictionary')
    if (existsSync(dictionaryDir)) {
        for (const file of readdirSync(dictionaryDir).sort()) {
            if (file.endsWith('.xml')) tables.push(...parseDictionaryFile(join(dictionaryDir, file)))
        }
    }
    return {
        records,
        tables,
        byTable: (table) => records.filter((record) => record.table === table),
    }
}

function parseUpdateFile(file: string): AppRecord[] {
    const doc = parser.parse(readFileSync(file, 'utf8')) as Record<string, any>
    const update = doc.record_update
    if (!update || typeof update !== 'object') return []
    const records: AppRecord[] = []
    for (const [table, value] of Object.entries(update)) {
        if (table.startsWith('@') || table === '#text') continue
        for (const element of Array.isArray(value) ? value : [value]) {
            if (isContainer(element)) records.push(...containedRecords(element, file))
            else records.push(toRecord(table, element, file))
        }
    }
    return records
}

/**
 * A section update (`<sys_ui_section section_id=...>`) wraps its records: the section itself and
 * its sys_ui_element rows, each child carrying its own `action`.
 */
function isContainer(element: unknown): element is Record<string, any> {
    if (!element || typeof element !== 'object' || '@action' in (element as object)) return false
    return Object.entries(element as Record<string, any>).some(
        ([name, child]) => !name.startsWith('@') && (Array.isArray(child) ? child : [child]).some((c) => c && typeof c === 'object' && '@action' in c),
    )
}

function containedRecords(element: Record<string, any>, file: string): AppRecord[] {
    const records: AppRecord[] = []
    for (const [table, value] of Object.entries(element)) {
        if (table.startsWith('@') || table === '#text') continue
        for (const child of Array.isArray(value) ? value : [value]) {
            if (child && typeof child === 'object' && '@action' in child) records.push(toRecord(table, child, file))
        }
    }
    return records
}

function toRecord(table: string, element: Record<string, any>, file: string): AppRecord {
    const fields: Record<string, string> = {}
    const displayValues: Record<string, string> = {}
    for (const [name, raw] of Object.entries(element)) {
        if (name.startsWith('@') || name === '#text') continue
        if (raw !== null && typeof raw === 'object') {
            fields[name] = textOf(raw)
            if (typeof raw['@display_value'] === 'string') displayValues[name] = raw['@display_value']
            else if (typeof raw['@name'] === 'string') displayValues[name] = raw['@name']
        } else {
            fields[name] = raw === undefined || raw === null ? '' : String(raw)
        }
    }
    const query = typeof element['@query'] === 'string' ? element['@query'] : undefined
    return { table, action: String(element['@action'] ?? 'INSERT_OR_UPDATE'), fields, displayValues, file, ...(query === undefined ? {} : { query }) }
}

function textOf(node: Record<string, any>): string {
    const text = node['#text']
    return text === undefined || text === null ? '' : String(text)
}

function parseDictionaryFile(file: string): DictionaryTable[] {
    const doc = parser.parse(readFileSync(file, 'utf8')) as Record<string, any>
    const database = doc.database
    if (!database) return []
    const elements = Array.isArray(database.element) ? database.element : [database.element]
    return elements.filter(Boolean).map((table: Record<string, any>) => {
        const children = table.element === undefined ? [] : Array.isArray(table.element) ? table.element : [table.element]
        const indexes = table.index === undefined ? [] : Array.isArray(table.index) ? table.index : [table.index]
        return {
            name: String(table['@name']),
            label: String(table['@label'] ?? ''),
            wsAccess: table['@ws_access'] === 'true',
            columns: children.map((column: Record<string, any>) => ({
                name: String(column['@name']),
                type: String(column['@type']),
                label: String(column['@label'] ?? ''),
                maxLength: column['@max_length'] ? Number(column['@max_length']) : undefined,
                mandatory: column['@mandatory'] === 'true',
                reference: column['@reference'] ? String(column['@reference']) : undefined,
                defaultValue: column['@default_value'] !== undefined ? String(column['@default_value']) : undefined,
            })),
            indexes: indexes.map((index: Record<string, any>) => {
                const columns = index.element === undefined ? [] : Array.isArray(index.element) ? index.element : [index.element]
                return { name: String(index['@name']), unique: index['@unique'] === 'true', columns: columns.map((c: Record<string, any>) => String(c['@name'])) }
            }),
        }
    })
}
