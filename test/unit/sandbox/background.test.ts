/** The sandbox's scheduler stand-in: async rules drain, periodic scheduled scripts run when due. */
import { GlideRecord, createTestPlatform } from '../../glide'
import { periodMs, startBackground } from '../../sandbox/background'

test('glide_duration periods', () => {
    expect(periodMs('1970-01-01 00:05:00')).toBe(5 * 60_000)
    expect(periodMs('1970-01-02 01:00:00')).toBe(25 * 3600_000)
    expect(periodMs(null)).toBe(0)
})

test('a tick drains async rules and runs each periodic job once per period', () => {
    let now = Date.UTC(2026, 0, 1)
    const platform = createTestPlatform({ clock: () => now })
    const ran: string[] = []
    const asyncRan: string[] = []
    platform.addBusinessRule({ table: 'x_t', when: 'async', actions: ['insert'], fn: () => asyncRan.push('async') })
    platform.insertRow('sysauto_script', { name: 'five', run_type: 'periodically', run_period: '1970-01-01 00:05:00', active: 'true', script: 'five' })
    platform.insertRow('sysauto_script', { name: 'off', run_type: 'periodically', run_period: '1970-01-01 00:01:00', active: 'false', script: 'off' })
    platform.insertRow('sysauto_script', { name: 'daily', run_type: 'daily', run_period: null, active: 'true', script: 'daily' })
    const runtime = { runScript: (script: string) => ran.push(script), require: () => ({}) } as any
    const background = startBackground(platform, runtime, { intervalMs: 3_600_000 })
    try {
        platform.runAs('admin', () => {
            const record = new GlideRecord('x_t')
            record.initialize()
            record.insert()
        })
        expect(background.tick()).toEqual({ asyncRules: 1, jobs: [] })
        now += 5 * 60_000
        expect(background.tick().jobs).toEqual(['five'])
        now += 60_000
        expect(background.tick().jobs).toEqual([])
        now += 4 * 60_000
        expect(background.tick().jobs).toEqual(['five'])
        expect(ran).toEqual(['five', 'five'])
        expect(asyncRan).toEqual(['async'])
    } finally {
        background.stop()
    }
})
