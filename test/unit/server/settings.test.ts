import { createTestPlatform } from '../../../sandbox/glide'
import { DEFAULTS, PROPERTY, parseBaseUrl, parseBoolean, parseInteger, readSettings } from '../../../src/server/config/settings'

describe('settings', () => {
    test('missing properties fall back to the shipped defaults', () => {
        createTestPlatform()
        expect(readSettings()).toEqual(DEFAULTS)
    })

    test('properties override the defaults; unusable values are ignored', () => {
        const platform = createTestPlatform()
        platform.setProperty(PROPERTY.connectorBaseUrl, 'http://127.0.0.1:4010/')
        platform.setProperty(PROPERTY.httpTimeoutMs, '5000')
        platform.setProperty(PROPERTY.httpMaxRetries, '99')
        platform.setProperty(PROPERTY.feedbackOptOut, 'true')
        platform.setProperty(PROPERTY.graphBaseUrl, 'javascript:alert(1)')
        const settings = readSettings()
        expect(settings.connectorBaseUrl).toBe('http://127.0.0.1:4010')
        expect(settings.httpTimeoutMs).toBe(5000)
        expect(settings.httpMaxRetries).toBe(DEFAULTS.httpMaxRetries)
        expect(settings.feedbackOptOut).toBe(true)
        expect(settings.graphBaseUrl).toBe(DEFAULTS.graphBaseUrl)
    })

    test.each([
        ['12', 12],
        [' 7 ', 7],
        ['1.5', 3],
        ['-1', 3],
        ['abc', 3],
        ['', 3],
        [null, 3],
    ])('parseInteger(%p) within 0..100 with fallback 3 gives %p', (raw, expected) => {
        expect(parseInteger(raw as string | null, 3, 0, 100)).toBe(expected)
    })

    test('parseBoolean accepts only true/false', () => {
        expect(parseBoolean('TRUE', false)).toBe(true)
        expect(parseBoolean('false', true)).toBe(false)
        expect(parseBoolean('yes', true)).toBe(true)
        expect(parseBoolean(undefined, false)).toBe(false)
    })

    test('parseBaseUrl accepts absolute http(s) URLs only', () => {
        expect(parseBaseUrl('https://graph.microsoft.us', 'x')).toBe('https://graph.microsoft.us')
        expect(parseBaseUrl('https://host/path//', 'x')).toBe('https://host/path')
        expect(parseBaseUrl('ftp://host', 'x')).toBe('x')
        expect(parseBaseUrl('https://host?q=1', 'x')).toBe('x')
        expect(parseBaseUrl('  ', 'x')).toBe('x')
    })
})
