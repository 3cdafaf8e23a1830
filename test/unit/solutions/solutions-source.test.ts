/**
 * The solutions source property decides what the panel asks, in every Setup mode: Learn in every
 * mode (even with no Setup), the connector only when Setup connected one, nothing when off.
 */
import { PROPERTY } from '../../../src/server/config/settings'
import { getIncidentPanel, postSearch } from '../../../src/server/insights/panel-routes'
import { useSimulator } from '../../support/simulator-process'
import { callRoute, panelPlatform } from '../../support/panel-platform'

const sim = useSimulator()
const view = (platform: any, sysId: string) => callRoute(platform, 'agent', getIncidentPanel, { method: 'GET', sysId })
const learnCalls = async () => ((await sim.control('GET', '/_sim/journal')) as { path: string }[]).filter((e) => e.path === '/api/mcp').length
const connectorCalls = async () => ((await sim.control('GET', '/_sim/journal')) as { path: string }[]).filter((e) => e.path === '/v1/solutions/search').length

function withoutSetup(source: string) {
    const p = panelPlatform(sim.url, { solutionsSource: source as 'learn' })
    p.platform.store.delete('x_mioms_m365_assis_setup', p.setupId)
    return p
}

describe('solutions source', () => {
    it('learn (the default) answers Learn solutions with no Setup, stored for the incident, and searches too', async () => {
        const { platform, incidentId } = withoutSetup('learn')
        platform.setProperty(PROPERTY.solutionsSource, '')
        const answer = view(platform, incidentId)
        expect(answer.status).toBe(200)
        expect(answer.json.abilities).toMatchObject({ mode: 'unconfigured', feedbackEnabled: true, canSearch: true })
        expect(answer.json.solutions.items.length).toBeGreaterThan(0)
        expect(answer.json.solutions.items.every((s: { source: string; sysId: string }) => s.source === 'microsoftLearn' && s.sysId)).toBe(true)
        expect(answer.json.problems.map((p: { code: string }) => p.code)).toEqual(['SETUP_INCOMPLETE'])
        const again = view(platform, incidentId)
        expect(again.json.solutions.fromCache).toBe(true)
        const search = callRoute(platform, 'agent', postSearch, { method: 'POST', body: { query: 'OneDrive sync problems' } })
        expect(search.status).toBe(200)
        expect(search.json.items[0].title).toBe('OneDrive sync problems')
        expect(await connectorCalls()).toBe(0)
    })

    it('connector without Setup asks nobody and says Setup is incomplete', async () => {
        const { platform, incidentId } = withoutSetup('connector')
        const answer = view(platform, incidentId)
        expect(answer.json.solutions.items).toEqual([])
        expect(answer.json.abilities.canSearch).toBe(false)
        expect(platform.stats().outboundCalls).toBe(0)
    })

    it('off sends nothing anywhere: search links built on the instance, no feedback', async () => {
        const { platform, incidentId } = panelPlatform(sim.url, { solutionsSource: 'off' })
        const answer = view(platform, incidentId)
        expect(answer.json.solutions.basic).toBe(true)
        expect(answer.json.abilities.feedbackEnabled).toBe(false)
        expect(await learnCalls()).toBe(0)
        expect(await connectorCalls()).toBe(0)
    })

    it('a change of source is not hidden by the per-incident cache: the next view asks the new source', async () => {
        const { platform, incidentId } = panelPlatform(sim.url, { solutionsSource: 'learn' })
        const first = view(platform, incidentId)
        expect(first.json.solutions.items.every((s: { source: string }) => s.source === 'microsoftLearn')).toBe(true)
        const connectorBefore = await connectorCalls()
        platform.setProperty(PROPERTY.solutionsSource, 'connector')
        const second = view(platform, incidentId)
        expect(second.json.solutions.fromCache).toBe(false)
        expect(await connectorCalls()).toBe(connectorBefore + 1)
        const third = view(platform, incidentId)
        expect(third.json.solutions.fromCache).toBe(true)
        expect(await connectorCalls()).toBe(connectorBefore + 1)
    })
})
