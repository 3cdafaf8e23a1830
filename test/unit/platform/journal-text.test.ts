/**
 * The journal-text neutraliser (src/server/platform/journal-text.ts): [code] tags and
 * bidirectional controls in text from outside cannot change how a journal entry renders.
 */
import { journalText } from '../../../src/server/platform/journal-text'

describe('journalText', () => {
    test('[code] and [/code] tags, any case and inner spaces, lose their brackets; the rest reads the same', () => {
        expect(journalText('See [code]<img src=x onerror=alert(1)>[/code] now')).toBe('See (code)<img src=x onerror=alert(1)>(/code) now')
        expect(journalText('[CODE]<b>x</b>[/Code] [ code ] [ / code ]')).toBe('(code)<b>x</b>(/code) (code) (/code)')
        expect(journalText('Plain text [with brackets] and [codec] stay as they are.')).toBe('Plain text [with brackets] and [codec] stay as they are.')
    })

    test('bidirectional embedding, override and isolate controls are removed; marks stay', () => {
        const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']
        for (const c of controls) expect(journalText(`invoice${c}fdp.exe`)).toBe('invoicefdp.exe')
        expect(journalText('a\u200Eb\u200Fc\u061Cd')).toBe('a\u200Eb\u200Fc\u061Cd')
        expect(journalText('שלום world')).toBe('שלום world')
    })

    test('removing a control cannot join the pieces of a tag', () => {
        expect(journalText('[co\u202Ede]<script>x</script>[/co\u2066de]')).toBe('(code)<script>x</script>(/code)')
        expect(journalText('[[code]code]')).toBe('[(code)code]')
    })

    test('the result holds no tag and no control, whatever is put together', () => {
        const pieces = ['[', ']', '/', 'code', 'CODE', ' ', '\u202E', '\u2067', 'x', '<b>']
        let seed = 7
        const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
        for (let i = 0; i < 2000; i++) {
            let text = ''
            for (let j = 0; j < 12; j++) text += pieces[next() % pieces.length]
            const out = journalText(text)
            expect(out).not.toMatch(/\[\s*\/?\s*code\s*\]/i)
            expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
        }
    })
})
