/**
 * Microsoft Learn answers with en-us links (https://learn.microsoft.com/en-us/...). Without the
 * locale segment learn.microsoft.com sends the reader to their own language, so the app stores
 * and shows links without it.
 */
const LOCALE_SEGMENT = /^[a-z]{2,3}(-[a-z]{2,4}){1,2}$/i

/** `https://learn.microsoft.com/en-us/x/y?z` → `https://learn.microsoft.com/x/y?z`; other links unchanged. */
export function withoutLocale(url: string): string {
    const match = /^(https?:\/\/[^/?#]+)\/([^/?#]+)(\/.*)?$/i.exec(url)
    if (!match || !LOCALE_SEGMENT.test(match[2])) return url
    return match[1] + (match[3] || '/')
}
