/**
 * Task Active State Management on incident (taskActiveState.ts): `active` follows `state` on
 * every GlideRecord insert and update that runs the engines; Closed (7) and Canceled (8) are
 * inactive, Resolved (6) stays active. The lenient side of the switch leaves `active` as written.
 */
import { createTestPlatform, GlideRecord, Platform } from '../../../sandbox/glide'

describe('Task Active State Management (incident)', () => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
    })

    // The base system's close-info data policy (dataPolicy.ts) needs these on Resolved and Closed.
    const CLOSE_INFO = { close_code: 'Solution provided', close_notes: 'Fixed.' }

    function insertIncident(values: Record<string, unknown>, workflow = true): string {
        const gr = new GlideRecord('incident')
        gr.initialize()
        gr.setWorkflow(workflow)
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        const id = gr.insert()
        if (!id) throw new Error('insert refused: ' + gr.getLastErrorMessage())
        return id
    }

    function setState(id: string, state: string, extra: Record<string, unknown> = {}, workflow = true): void {
        const gr = new GlideRecord('incident')
        gr.get(id)
        gr.setWorkflow(workflow)
        gr.setValue('state', state)
        for (const [k, v] of Object.entries(extra)) gr.setValue(k, v)
        if (!gr.update()) throw new Error('update refused: ' + gr.getLastErrorMessage())
    }

    const activeOf = (id: string) => platform.store.get('incident', id)?.active

    it('an update to Closed (7) or Canceled (8) makes the incident inactive; Resolved (6) keeps it active', () => {
        const closed = insertIncident({ short_description: 'a' })
        setState(closed, '7', CLOSE_INFO)
        expect(activeOf(closed)).toBe('false')
        const canceled = insertIncident({ short_description: 'b' })
        setState(canceled, '8')
        expect(activeOf(canceled)).toBe('false')
        const resolved = insertIncident({ short_description: 'c' })
        setState(resolved, '6', CLOSE_INFO)
        expect(activeOf(resolved)).toBe('true')
    })

    it('an insert in a close state is inactive; a script cannot keep a closed incident active', () => {
        expect(activeOf(insertIncident({ state: '7', active: 'true', ...CLOSE_INFO }))).toBe('false')
        expect(activeOf(insertIncident({ state: '2', active: 'false' }))).toBe('true')
    })

    it('reopening (Closed back to In Progress) makes it active again', () => {
        const id = insertIncident({ short_description: 'a' })
        setState(id, '7', CLOSE_INFO)
        setState(id, '2')
        expect(activeOf(id)).toBe('true')
    })

    it('a write with setWorkflow(false) skips it, like the other business rules', () => {
        const id = insertIncident({ short_description: 'a' })
        setState(id, '8', {}, false)
        expect(activeOf(id)).toBe('true')
    })

    it("lenient side (incidentActiveState): active is left as written, as on an instance whose incident.state has no close_states", () => {
        platform.fidelity.incidentActiveState = 'lenient'
        const id = insertIncident({ short_description: 'a' })
        setState(id, '8')
        expect(activeOf(id)).toBe('true')
    })

    it('other task tables are not touched (their close_states differ and the app does not write them)', () => {
        const gr = new GlideRecord('task')
        gr.initialize()
        gr.setValue('state', '7')
        gr.setValue('active', 'true')
        const id = gr.insert()!
        expect(platform.store.get('task', id)?.active).toBe('true')
    })
})
