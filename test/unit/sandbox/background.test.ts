/** The sandbox's async worker drains async business rules queued outside a request. */
import { GlideRecord, createTestPlatform } from '../../../sandbox/glide'
import { startBackground } from '../../../sandbox/instance/background'

test('a tick runs the queued async rules once', async () => {
    const platform = createTestPlatform()
    const ran: string[] = []
    platform.addBusinessRule({ table: 'x_t', when: 'async', actions: ['insert'], fn: () => ran.push('async') })
    const background = startBackground(platform, { intervalMs: 100 })
    try {
        const record = new GlideRecord('x_t')
        record.initialize()
        record.insert()
        expect(ran).toEqual([])
        await new Promise((resolve) => setTimeout(resolve, 250))
        expect(ran).toEqual(['async'])
        expect(background.tick()).toBe(0)
    } finally {
        background.stop()
    }
})
