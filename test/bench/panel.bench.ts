/**
 * Benchmark: Microsoft calls per incident panel view, cold and warm (goal ≤ 2 and 0), per case
 * poll of an open panel (goal 0), and token requests per 1,000 connector calls (goal ≤ 1). Runs the real panel route on the in-memory
 * emulation against the Microsoft simulator in its own process; counts come from the
 * emulation's platform.stats() (every outbound request, token requests included).
 *
 *   npm run bench -- panel
 *   (= node -r ./sandbox/register-ts.cjs -r ./sandbox/glide-alias.cjs test/bench/panel.bench.ts)
 *
 * Prints ratios, asserts nothing; the exit code is 1 only when a goal is missed.
 */
import { addIncident, callRoute, panelPlatform } from '../support/panel-platform'
import { startSimulatorProcess } from '../support/simulator-process'
import { getIncidentPanel } from '../../src/server/insights/panel-routes'
import { searchSolutions } from '../../src/server/connector/connector-client'

const INCIDENTS = 20
const CONNECTOR_CALLS = 1000

async function main(): Promise<number> {
    const sim = await startSimulatorProcess()
    try {
        const { platform, incidentId } = panelPlatform(sim.url)
        const incidents = [incidentId]
        const topics = ['Teams meetings drop after a few minutes', 'SharePoint Online site returns access denied', 'OneDrive sync stuck on processing changes', 'Outlook keeps asking for a password', 'Printer on floor 3 jams']
        for (let i = 1; i < INCIDENTS; i++) incidents.push(addIncident(platform, 'INC00200' + String(i).padStart(2, '0'), topics[i % topics.length] + ' (' + i + ')', 'Reported by users in office ' + i))

        const perView = (pass: 'cold' | 'warm' | 'case poll') => {
            let calls = 0
            let worst = 0
            for (const id of incidents) {
                platform.resetStats()
                const answer = callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId: id, query: pass === 'case poll' ? { part: 'case' } : undefined })
                if (answer.status !== 200 || (pass !== 'case poll' && answer.json.problems.length)) throw new Error(`${pass} view failed: ${JSON.stringify(answer.json)}`)
                const made = platform.stats().outboundCalls
                calls += made
                worst = Math.max(worst, made)
            }
            return { mean: calls / incidents.length, worst }
        }
        // The first view of the run also fetches the OAuth token; later cold views reuse it.
        const cold = perView('cold')
        const warm = perView('warm')
        // What the panel asks every 30 s while a case is open (src/client/panel/case-polling.ts).
        const poll = perView('case poll')

        // Start from no cached token (the worst case: the first call must fetch one).
        for (const row of platform.store.query('oauth_credential', {})) platform.store.delete('oauth_credential', row.sys_id as string)
        platform.resetStats()
        for (let i = 0; i < CONNECTOR_CALLS; i++) {
            const result = searchSolutions('Teams meetings drop ' + (i % 10), 3)
            if (!result.ok) throw new Error('connector call failed: ' + result.kind)
        }
        const stats = platform.stats()
        const connectorCalls = stats.outboundCalls - stats.tokenRequests
        const tokensPer1000 = (stats.tokenRequests / connectorCalls) * 1000

        const rows = [
            ['Microsoft calls per incident view, cold (mean / worst)', `${cold.mean.toFixed(2)} / ${cold.worst}`, '≤ 2', cold.worst <= 2],
            ['Microsoft calls per incident view, warm (mean / worst)', `${warm.mean.toFixed(2)} / ${warm.worst}`, '0', warm.worst === 0],
            ['Microsoft calls per case poll of an open panel (mean / worst)', `${poll.mean.toFixed(2)} / ${poll.worst}`, '0', poll.worst === 0],
            [`Token requests per 1,000 connector calls (${connectorCalls} calls)`, tokensPer1000.toFixed(2), '≤ 1', tokensPer1000 <= 1],
        ] as const
        process.stdout.write(`panel bench (${INCIDENTS} incidents, simulator ${sim.url})\n`)
        for (const [name, value, goal, met] of rows) process.stdout.write(`  ${name.padEnd(72)} ${value.padStart(10)}  goal ${goal}  ${met ? 'met' : 'MISSED'}\n`)
        return rows.every((row) => row[3]) ? 0 : 1
    } finally {
        await sim.stop()
    }
}

main().then(
    (code) => process.exit(code),
    (error) => {
        process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
        process.exit(1)
    },
)
