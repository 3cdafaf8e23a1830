/**
 * Text from outside the instance (Microsoft's messages, case resolutions, service health posts)
 * made unable to change how an incident renders, before it is written to a journal field
 * (additional comments, work notes) or the resolution notes. The one neutraliser every such path uses.
 *
 * - `[code]…[/code]`: journal fields render the text between these tags as HTML while
 *   glide.ui.security.allow_codetag is true, its default (docs "Render journal field entries as
 *   HTML", https://www.servicenow.com/docs/r/platform-administration/render-journal-field-entries-as-html.html;
 *   "Allow embedded HTML code (instance security hardening)": "journal fields can render text
 *   enclosed within code tags as HTML"). Each tag's brackets become parentheses, `[code]` →
 *   `(code)`, `[/code]` → `(/code)`, whatever its case or inner spaces: the text reads the same,
 *   and the platform escapes the HTML between them as it does any journal text.
 * - Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which
 *   reorder how the characters after them display ("Trojan Source", CVE-2021-42574), are removed.
 *   The marks U+200E, U+200F and U+061C are kept: each is a zero-width strong character that only
 *   sets the direction of neighbouring neutral characters (it cannot reorder letters), and
 *   right-to-left text needs them.
 * Controls are removed first, so that removing them cannot join the pieces of a tag.
 */

/** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/** A [code] or [/code] tag as a journal field might read it: any case, spaces inside the brackets. */
const CODE_TAG = /\[\s*(\/?)\s*code\s*\]/gi

export function journalText(text: string): string {
    return String(text).replace(BIDI_CONTROLS, '').replace(CODE_TAG, '($1code)')
}
