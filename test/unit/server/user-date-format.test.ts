/**
 * The page context carries the session user's date format (src/server/time/user-date-format.ts):
 * the user's own sys_user choice first, then the system properties, then the documented
 * defaults; a zone nobody set stays empty (the page then shows UTC and says so).
 */
import { createTestPlatform, Platform } from '../../../sandbox/glide'
import { readAppContext } from '../../../src/server/app/context-route'
import { readUserDateFormat } from '../../../src/server/time/user-date-format'

describe("the user's date format for the pages", () => {
    let platform: Platform
    beforeEach(() => {
        platform = createTestPlatform()
    })

    it('a user with no choice of their own and no system properties gets the documented defaults and no zone', () => {
        platform.createUser('plain.user')
        platform.setSessionUser('plain.user')
        expect(readUserDateFormat()).toEqual({ dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm:ss', timeZone: '' })
    })

    it('the system properties change the default for everyone who chose nothing', () => {
        platform.setProperty('glide.sys.date_format', 'dd.MM.yyyy')
        platform.setProperty('glide.sys.time_format', 'hh:mm:ss a')
        platform.setProperty('glide.sys.default.tz', 'Europe/Berlin')
        platform.createUser('plain.user')
        platform.setSessionUser('plain.user')
        expect(readUserDateFormat()).toEqual({ dateFormat: 'dd.MM.yyyy', timeFormat: 'hh:mm:ss a', timeZone: 'Europe/Berlin' })
    })

    it("the user's own date format, time format and zone win", () => {
        platform.setProperty('glide.sys.date_format', 'dd.MM.yyyy')
        platform.setProperty('glide.sys.default.tz', 'Europe/Berlin')
        platform.createUser('own.format', { fields: { date_format: 'MM-dd-yyyy', time_format: 'HH:mm', time_zone: 'America/New_York' } })
        platform.setSessionUser('own.format')
        expect(readUserDateFormat()).toEqual({ dateFormat: 'MM-dd-yyyy', timeFormat: 'HH:mm', timeZone: 'America/New_York' })
    })

    it('the app context route hands it to every page', () => {
        platform.createUser('own.format', { fields: { date_format: 'dd/MM/yyyy' } })
        platform.setSessionUser('own.format')
        expect(readAppContext().dates).toEqual({ dateFormat: 'dd/MM/yyyy', timeFormat: 'HH:mm:ss', timeZone: '' })
    })
})
