/**
 * Connector API bench (npm run bench): platform operations (store calls) and latency of each
 * inbound call with 1,000 and with 100,000 incidents in a SQLite-backed instance running the
 * BUILT app (dist/, as the sandbox does: route glue, business rules, indexes). Goal: the
 * 100,000 / 1,000 latency ratio ≤ 1.2 and the same operation count. Prints figures; asserts nothing.
 *
 *   npm run build && npm run bench -- inbound      (INBOUND_BENCH_CALLS=200 per operation)
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readBuiltApp } from '../../sandbox/instance/dist-records'
import { Platform, createTestPlatform } from '../../sandbox/glide'
import { setCurrentPlatform } from '../../sandbox/glide/current'
import { CountingStore, countStoreCalls } from '../../sandbox/glide/store/countingStore'
import { SqliteStore } from '../../sandbox/glide/store/SqliteStore'
import { installApp } from '../../sandbox/instance/app-installer'
import { createModuleRuntime } from '../../sandbox/instance/module-runtime'
import { findOperation } from '../../sandbox/instance/server'
import { runRoute } from '../../sandbox/instance/route-runner'

const SIZES = (process.env.INBOUND_BENCH_SIZES ?? '1000,100000').split(',').map(Number)
const CALLS = Number(process.env.INBOUND_BENCH_CALLS ?? 200)
const REPOSITORY = 'contoso-servicenow'
const BASE = '/api/x_mioms_m365_assis/v1/connector'
const COMMENTS_PER_INCIDENT = 2

function hex(n: number, salt: string): string {
    return (salt + n.toString(16)).padStart(32, '0').slice(-32)
}

function stamp(offsetSeconds: number): string {
    return new Date(Date.UTC(2026, 0, 1) + offsetSeconds * 1000).toISOString().replace('T', ' ').substring(0, 19)
}

function seed(store: SqliteStore, incidents: number, integrationUser: string): string[] {
    const caseIds: string[] = []
    const cases = Math.max(CALLS + 10, Math.floor(incidents / 100))
    store.transaction(() => {
        for (let i = 0; i < incidents; i++) {
            const sysId = hex(i, 'a')
            store.insert('incident', {
                sys_id: sysId,
                number: 'INC' + String(1000000 + i),
                short_description: 'Incident ' + i,
                description: 'Description of incident ' + i,
                state: '2',
                priority: '3',
                caller_id: integrationUser,
                active: 'true',
                sys_created_on: stamp(i),
                sys_updated_on: stamp(i),
            })
            for (let c = 0; c < COMMENTS_PER_INCIDENT; c++) {
                store.insert('sys_journal_field', {
                    sys_id: hex(i * COMMENTS_PER_INCIDENT + c, 'b'),
                    name: 'incident',
                    element: 'comments',
                    element_id: sysId,
                    value: 'Comment ' + c + ' on incident ' + i,
                    sys_created_by: 'agent',
                    sys_created_on: stamp(i + c),
                })
            }
            if (i % Math.max(1, Math.floor(incidents / cases)) === 0 && caseIds.length < cases) {
                const caseId = String(100000000 + caseIds.length)
                store.insert('x_mioms_m365_assis_case', {
                    sys_id: hex(i, 'c'),
                    case_number: caseId,
                    incident: sysId,
                    repository_id: REPOSITORY,
                    status: 'open',
                    severity: 'c',
                    closed: 'false',
                    sys_created_on: stamp(i),
                })
                caseIds.push(caseId)
            }
        }
    })
    return caseIds
}

interface Instance {
    incidents: number
    platform: Platform
    counter: CountingStore
    sqlite: SqliteStore
    dir: string
    caseIds: string[]
    call(method: string, path: string, body?: string): { status: number }
}

function openInstance(incidents: number): Instance {
    const dir = mkdtempSync(join(tmpdir(), 'inbound-bench-'))
    const sqlite = new SqliteStore(join(dir, 'bench.db'))
    const counter = countStoreCalls(sqlite)
    const platform = createTestPlatform({ store: counter.store })
    installApp(sqlite, readBuiltApp())
    const runtime = createModuleRuntime(counter.store)
    platform.setRequire(runtime.require)
    platform.setScriptRunner(runtime.runScript)
    const integrationUser = platform.createUser('m365.integration', { roles: ['incident_manager', 'snc_internal'], fields: { name: 'Microsoft 365 connector' } })
    platform.insertRow('x_mioms_m365_assis_setup', { mode: 'basic', integration_user: integrationUser, repository_id: REPOSITORY, step: 'done', completed: 'true' })
    const started = Date.now()
    const caseIds = seed(sqlite, incidents, integrationUser)
    console.log(`${incidents.toLocaleString('en')} incidents (${(incidents * COMMENTS_PER_INCIDENT).toLocaleString('en')} comments, ${caseIds.length} cases) seeded in ${Date.now() - started} ms`)
    console.log(`  journal by incident: ${sqlite.explain('sys_journal_field', { kind: 'term', field: 'element_id', operator: '=', value: 'x' })}`)
    console.log(`  case by number:      ${sqlite.explain('x_mioms_m365_assis_case', { kind: 'term', field: 'case_number', operator: '=', value: 'x' })}`)
    console.log(`  message by case:     ${sqlite.explain('x_mioms_m365_assis_communication', { kind: 'term', field: 'case', operator: '=', value: 'x' })}`)
    platform.setSessionUser(integrationUser)
    const call = (method: string, path: string, body = '') => {
        const match = findOperation(platform, method, path)
        if (!match) throw new Error(`no route ${method} ${path}`)
        return runRoute(platform, runtime, match.operation, {
            method,
            url: 'http://127.0.0.1' + path,
            path,
            pathParams: match.pathParams,
            query: new URLSearchParams(),
            headers: { 'content-type': 'application/json' },
            body,
        })
    }
    return { incidents, platform, counter, sqlite, dir, caseIds, call }
}

interface Operation {
    name: string
    status: number
    run(instance: Instance, i: number): { status: number }
}

const ticket = (instance: Instance, i: number) => `${BASE}/tickets/${REPOSITORY}/${instance.caseIds[i % instance.caseIds.length]}`
const message = (i: number) => JSON.stringify({ messageId: 'bench-' + i, body: 'Message ' + i, author: 'Alex', createdDateTime: '2026-11-23T06:00:00Z' })

const OPERATIONS: Operation[] = [
    { name: 'inboundPing', status: 200, run: (x) => x.call('GET', `${BASE}/ping`) },
    { name: 'inboundGetTicket', status: 200, run: (x, i) => x.call('GET', ticket(x, i)) },
    { name: 'inboundUpdateTicket', status: 200, run: (x, i) => x.call('PATCH', ticket(x, i), JSON.stringify({ severity: i % 2 ? 'A' : 'B', owner: 'Engineer ' + i })) },
    { name: 'inboundPostCommunication', status: 201, run: (x, i) => x.call('POST', `${ticket(x, i)}/communications`, message(i)) },
    { name: 'inboundPostCommunication replay', status: 200, run: (x, i) => x.call('POST', `${ticket(x, i)}/communications`, message(i)) },
    { name: 'inboundCloseTicket', status: 200, run: (x, i) => x.call('POST', `${ticket(x, i)}/close`, JSON.stringify({ resolution: 'Fixed ' + i })) },
]

/** One call on one instance: its store operations and milliseconds. */
function timeCall(instance: Instance, operation: Operation, i: number): { ops: number; ms: number } {
    setCurrentPlatform(instance.platform)
    instance.counter.reset()
    const started = process.hrtime.bigint()
    const result = operation.run(instance, i)
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (result.status !== operation.status) throw new Error(`${operation.name} on ${instance.incidents} incidents: status ${result.status}`)
    return { ops: instance.counter.total(), ms }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

function main(): void {
    const instances = SIZES.map(openInstance)
    try {
        // Warm-up (module loading, statement caches, JIT) on reads only, on every instance.
        for (const instance of instances) for (let i = 0; i < 30; i++) for (const op of OPERATIONS.slice(0, 2)) timeCall(instance, op, i)
        console.log(`\nPer inbound call, ${CALLS} calls per operation, instances interleaved call by call: store operations, median and mean ms`)
        const header = ['operation', ...instances.flatMap((x) => [`ops@${x.incidents}`, `p50@${x.incidents}`, `mean@${x.incidents}`]), 'p50 ratio', 'ops ratio']
        const rows: string[][] = [header]
        let worst = 0
        for (const op of OPERATIONS) {
            const figures = instances.map(() => ({ ops: [] as number[], ms: [] as number[] }))
            for (let i = 0; i < CALLS; i++) {
                instances.forEach((instance, k) => {
                    const one = timeCall(instance, op, i)
                    figures[k].ops.push(one.ops)
                    figures[k].ms.push(one.ms)
                })
            }
            const first = figures[0]
            const last = figures[figures.length - 1]
            const ratio = median(last.ms) / median(first.ms)
            worst = Math.max(worst, ratio)
            rows.push([
                op.name,
                ...figures.flatMap((f) => [mean(f.ops).toFixed(1), median(f.ms).toFixed(2), mean(f.ms).toFixed(2)]),
                ratio.toFixed(2),
                (mean(last.ops) / mean(first.ops)).toFixed(2),
            ])
        }
        const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i].length)))
        for (const row of rows) console.log('  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '))
        const [small, large] = [instances[0], instances[instances.length - 1]]
        console.log(`\nWorst median-latency ratio ${large.incidents.toLocaleString('en')} / ${small.incidents.toLocaleString('en')} incidents: ${worst.toFixed(2)}  [goal ≤ 1.2: ${worst <= 1.2 ? 'met' : 'NOT met'}]`)
    } finally {
        for (const instance of instances) {
            instance.sqlite.close()
            rmSync(instance.dir, { recursive: true, force: true })
        }
    }
}

main()
