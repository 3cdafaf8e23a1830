import { createTestPlatform, GlideDateTime, GlideRecord, gs, Platform } from '../../../sandbox/glide'

describe('gs', () => {
    let platform: Platform
    let now: number
    beforeEach(() => {
        now = Date.UTC(2026, 1, 3, 4, 5, 6)
        platform = createTestPlatform({ clock: () => now })
    })

    it('reads properties from sys_properties with a default for missing ones', () => {
        platform.setProperty('x_mioms_m365_assis.mode', 'simulator')
        platform.setProperty('x_mioms_m365_assis.empty', '')
        expect(gs.getProperty('x_mioms_m365_assis.mode', 'live')).toBe('simulator')
        expect(gs.getProperty('x_mioms_m365_assis.empty', 'fallback')).toBe('')
        expect(gs.getProperty('x_mioms_m365_assis.missing', 'fallback')).toBe('fallback')
        expect(gs.getProperty('x_mioms_m365_assis.missing')).toBeNull()
        gs.setProperty('x_mioms_m365_assis.mode', 'live')
        expect(platform.store.query('sys_properties', { where: { kind: 'term', field: 'name', operator: '=', value: 'x_mioms_m365_assis.mode' } })).toHaveLength(1)
        expect(gs.getProperty('x_mioms_m365_assis.mode')).toBe('live')
    })

    it('writes syslog rows with level, source and {n} parameters, honouring the verbosity property', () => {
        gs.info('Synced {0} of {1}', 3, 5)
        gs.warn('careful')
        gs.error('failed: {0}', 'timeout')
        gs.debug('hidden at the default verbosity')
        platform.setProperty('x_mioms_m365_assis.logging.verbosity', 'debug')
        gs.debug('now visible')
        expect(platform.syslog().map((r) => [r.level, r.message, r.source, r.sys_created_by])).toEqual([
            ['0', 'Synced 3 of 5', 'x_mioms_m365_assis', 'admin'],
            ['1', 'careful', 'x_mioms_m365_assis', 'admin'],
            ['2', 'failed: timeout', 'x_mioms_m365_assis', 'admin'],
            ['-1', 'now visible', 'x_mioms_m365_assis', 'admin'],
        ])
        platform.setProperty('x_mioms_m365_assis.logging.verbosity', 'error')
        gs.info('dropped')
        expect(platform.syslog()).toHaveLength(4)
    })

    it('looks up messages for the session language, falling back to English, then the key', () => {
        platform.addMessage('m365.case.created', 'Case {0} created for {1}')
        platform.addMessage('m365.case.created', 'Fall {0} erstellt für {1}', 'de')
        platform.addMessage('m365.only.english', 'Only English')
        expect(gs.getMessage('m365.case.created', ['42', 'INC1'])).toBe('Case 42 created for INC1')
        expect(gs.getMessage('m365.case.created', '42')).toBe('Case 42 created for {1}')
        platform.session.language = 'de'
        expect(gs.getMessage('m365.case.created', ['42', 'INC1'])).toBe('Fall 42 erstellt für INC1')
        expect(gs.getMessage('m365.only.english')).toBe('Only English')
        expect(gs.getMessage('Unknown key {0}', ['x'])).toBe('Unknown key x')
    })

    it('describes the session user', () => {
        platform.createUser('ivan', { fields: { name: 'Ivan I', email: 'ivan@example.com', first_name: 'Ivan' } })
        platform.runAs('ivan', () => {
            expect(gs.getUserName()).toBe('ivan')
            expect(gs.getUserID()).toBe(platform.findUser('ivan')!.sys_id)
            const user = gs.getUser()
            expect([user.getName(), user.getEmail(), user.getFirstName(), user.getDisplayName()]).toEqual(['ivan', 'ivan@example.com', 'Ivan', 'Ivan I'])
            expect(user.hasRole('admin')).toBe(false)
        })
        expect(gs.getUserName()).toBe('admin')
    })

    it('queues events, collects session messages, and answers small questions', () => {
        const gr = new GlideRecord('incident')
        gr.initialize()
        const id = gr.insert()!
        gs.eventQueue('x_mioms_m365_assis.case.created', gr, 'p1', 2)
        expect(platform.store.query('sysevent')[0]).toMatchObject({ name: 'x_mioms_m365_assis.case.created', table: 'incident', instance: id, parm1: 'p1', parm2: '2', state: 'ready', user_name: 'admin' })
        gs.addInfoMessage('Saved')
        expect(platform.session.infoMessages).toEqual(['Saved'])
        expect(gs.generateGUID()).toMatch(/^[0-9a-f]{32}$/)
        expect([gs.nil(null), gs.nil(''), gs.nil('x'), gs.nil((gr as any).close_code)]).toEqual([true, true, false, true])
        expect(gs.isInteractive()).toBe(false)
        expect(() => gs.nowDateTime()).toThrow(/not allowed in scope x_mioms_m365_assis/)
    })
})

describe('GlideDateTime', () => {
    beforeEach(() => createTestPlatform({ clock: () => Date.UTC(2026, 1, 3, 4, 5, 6) }))

    it('is "now" in UTC by default, in the internal format', () => {
        const now = new GlideDateTime()
        expect(now.getValue()).toBe('2026-02-03 04:05:06')
        expect(now.getNumericValue()).toBe(Date.UTC(2026, 1, 3, 4, 5, 6))
        expect(now.getDisplayValue()).toBe('2026-02-03 04:05:06')
    })

    it('parses, adds and compares', () => {
        const a = new GlideDateTime('2026-02-28 23:59:30')
        const b = new GlideDateTime(a)
        b.addSeconds(45)
        expect(b.getValue()).toBe('2026-03-01 00:00:15')
        expect([a.before(b), a.after(b), a.compareTo(b), b.compareTo(a), a.compareTo(new GlideDateTime(a))]).toEqual([true, false, -1, 1, 0])
        b.setValue(0)
        expect(b.getValue()).toBe('1970-01-01 00:00:00')
        b.setValue('2026-02-30 00:00:00')
        expect(b.isValid()).toBe(false)
        b.setValue('2026-02-03')
        expect(String(b)).toBe('2026-02-03 00:00:00')
    })
})
