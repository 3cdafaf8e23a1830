/** Date-time text in the platform's internal format, 'YYYY-MM-DD HH:mm:ss' in UTC — docs: GlideDateTime getValue(). */
export function formatGlideDateTime(ms: number): string {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** Parses 'YYYY-MM-DD HH:mm:ss' or 'YYYY-MM-DD' as UTC; undefined when the text is not in that format. */
export function parseGlideDateTime(text: string): number | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(text.trim())
    if (!m) return undefined
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = m
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
    return formatGlideDateTime(ms).startsWith(`${y}-${mo}-${d}`) ? ms : undefined
}
