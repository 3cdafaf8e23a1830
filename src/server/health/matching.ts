/**
 * Ranks Microsoft 365 service health issues against an incident's text (short description and
 * description). Pure and deterministic: the same text and issues always give the same order,
 * and every match carries the human-readable reasons that produced its score.
 *
 * Score (0..100, rounded):
 *   - the text names the issue's service (directly or by a product alias such as "Outlook" for
 *     Exchange Online): +40; names its feature or feature group: +10
 *   - words the text shares with the issue's title, user impact and feature, weighted by how rare
 *     the word is among the issues given (a word every issue has says little): up to +45
 *   - the issue is still active (Microsoft has not resolved it): +5
 * An issue with no service mention and no shared word is not a match. Ties break on the
 * newest lastModified, then on the issue id, so the order never depends on the input order.
 */

export interface MatchableHealthIssue {
    id: string
    title: string
    service: string
    feature?: string | null
    featureGroup?: string | null
    impactDescription?: string | null
    classification?: string | null
    status?: string | null
    isResolved?: boolean
    lastModified?: string | null
}

export interface RankedHealthIssue<T extends MatchableHealthIssue = MatchableHealthIssue> {
    issue: T
    score: number
    reasons: string[]
}

export const MATCH_WEIGHTS = { service: 40, feature: 10, words: 45, active: 5 } as const

/** Product words people use for each Microsoft 365 service (lower case, whole words or phrases). */
export const SERVICE_ALIASES: { [service: string]: string[] } = {
    'Exchange Online': ['exchange', 'outlook', 'email', 'e-mail', 'mail', 'mailbox', 'owa', 'calendar', 'inbox'],
    'Microsoft Teams': ['teams', 'ms teams', 'teams meeting', 'teams chat'],
    'SharePoint Online': ['sharepoint', 'spo', 'intranet site', 'team site'],
    'OneDrive for Business': ['onedrive', 'one drive', 'odfb'],
    'Microsoft 365 suite': ['microsoft 365', 'office 365', 'o365', 'm365', 'admin center', 'admin portal', 'sign in', 'sign-in', 'login', 'log in', 'password'],
    'Microsoft Intune': ['intune', 'enroll', 'enrol', 'enrollment', 'enrolment', 'device management', 'mdm'],
    'Power BI': ['power bi', 'powerbi'],
    'Microsoft Entra': ['entra', 'azure ad', 'azure active directory', 'aad', 'mfa'],
    'Planner': ['planner'],
    'Yammer Enterprise': ['yammer', 'viva engage'],
}

const STOP_WORDS: { [word: string]: true } = {}
;(
    'a about after all also am an and any are as at be been being but by can cannot cant could did do does doing done ' +
    'for from get gets getting had has have having he her his how i if in into is it its just me may might more most my ' +
    'no not now of on one or our out over please same she should since so some still than that the their them then there ' +
    'these they this those to too under until up us user users was we were what when where which while who why will with ' +
    'would you your unable able issue issues problem problems error errors working work works today since someone anyone ' +
    'microsoft 365 office ticket help hi hello thanks thank new every'
)
    .split(' ')
    .forEach((w) => {
        STOP_WORDS[w] = true
    })

/** Lower-cases, splits on anything that is not a letter or digit, drops stop words and short words, stems lightly. */
export function tokenize(text: string | null | undefined, originals?: { [stemmed: string]: string }): string[] {
    const words = String(text || '')
        .toLowerCase()
        .replace(/<[^>]*>/g, ' ')
        .split(/[^a-z0-9]+/)
    const out: string[] = []
    for (let i = 0; i < words.length; i++) {
        const w = words[i]
        if (w.length < 3 || STOP_WORDS[w]) continue
        const s = stem(w)
        if (originals && !originals[s]) originals[s] = w
        out.push(s)
    }
    return out
}

/** A very small suffix stripper: "meetings"/"meeting", "receiving"/"receive", "uploaded"/"upload" meet. */
export function stem(word: string): string {
    let w = word
    if (w.length > 5 && /ies$/.test(w)) w = w.slice(0, -3) + 'y'
    else if (w.length > 4 && /(ss|us)$/.test(w) === false && /s$/.test(w)) w = w.slice(0, -1)
    if (w.length > 6 && /ing$/.test(w)) w = w.slice(0, -3)
    else if (w.length > 5 && /ed$/.test(w)) w = w.slice(0, -2)
    if (w.length > 4 && /e$/.test(w)) w = w.slice(0, -1)
    return w
}

function unique(words: string[]): string[] {
    const seen: { [w: string]: true } = {}
    const out: string[] = []
    for (let i = 0; i < words.length; i++) {
        if (!seen[words[i]]) {
            seen[words[i]] = true
            out.push(words[i])
        }
    }
    return out
}

function containsPhrase(haystack: string, phrase: string): boolean {
    const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp('(^|[^a-z0-9])' + escaped + '([^a-z0-9]|$)').test(haystack)
}

/** Which services the text names, and the word that named each (the service's own name first). */
export function mentionedServices(text: string, services: string[]): { [service: string]: string } {
    const haystack = ' ' + String(text || '').toLowerCase() + ' '
    const found: { [service: string]: string } = {}
    for (let i = 0; i < services.length; i++) {
        const service = services[i]
        if (!service || found[service]) continue
        if (containsPhrase(haystack, service)) {
            found[service] = service
            continue
        }
        const aliases = SERVICE_ALIASES[service] || []
        for (let j = 0; j < aliases.length; j++) {
            if (containsPhrase(haystack, aliases[j])) {
                found[service] = aliases[j]
                break
            }
        }
    }
    return found
}

function issueWords(issue: MatchableHealthIssue): string[] {
    return unique(tokenize([issue.title, issue.impactDescription, issue.feature, issue.featureGroup].join(' ')))
}

function round(n: number): number {
    return Math.round(n * 10) / 10
}

/**
 * Ranks `issues` against `text`; returns at most `limit` matches, best first, each with its reasons.
 * `limit` below 1 gives an empty list.
 */
export function rankHealthIssues<T extends MatchableHealthIssue>(text: string, issues: T[], limit: number): RankedHealthIssue<T>[] {
    if (!(limit >= 1) || !issues || issues.length === 0) return []
    const spelled: { [stemmed: string]: string } = {}
    const textWords = unique(tokenize(text, spelled))
    const lowered = String(text || '').toLowerCase()
    const services = unique(issues.map((i) => i.service || ''))
    const mentioned = mentionedServices(text, services)

    // Document frequency of each word over the issues: rare shared words weigh more.
    const wordsOf: string[][] = []
    const df: { [w: string]: number } = {}
    for (let i = 0; i < issues.length; i++) {
        const words = issueWords(issues[i])
        wordsOf.push(words)
        for (let j = 0; j < words.length; j++) df[words[j]] = (df[words[j]] || 0) + 1
    }
    const n = issues.length
    const idf = (w: string) => Math.log(1 + n / (df[w] || 1))

    const ranked: RankedHealthIssue<T>[] = []
    for (let i = 0; i < issues.length; i++) {
        const issue = issues[i]
        const reasons: string[] = []
        let score = 0
        let relevant = false

        const via = mentioned[issue.service]
        if (via) {
            score += MATCH_WEIGHTS.service
            relevant = true
            reasons.push(via.toLowerCase() === issue.service.toLowerCase() ? `Mentions ${issue.service}` : `Mentions "${via}" (${issue.service})`)
        }
        const feature = (issue.feature || '').toLowerCase()
        const group = (issue.featureGroup || '').toLowerCase()
        if (feature && containsPhrase(' ' + lowered + ' ', feature)) {
            score += MATCH_WEIGHTS.feature
            reasons.push(`Mentions the feature "${issue.feature}"`)
        } else if (group && containsPhrase(' ' + lowered + ' ', group)) {
            score += MATCH_WEIGHTS.feature
            reasons.push(`Mentions the feature group "${issue.featureGroup}"`)
        }

        const own = wordsOf[i]
        if (own.length > 0 && textWords.length > 0) {
            const ownSet: { [w: string]: true } = {}
            for (let j = 0; j < own.length; j++) ownSet[own[j]] = true
            const shared: string[] = []
            let sharedWeight = 0
            let textWeight = 0
            for (let j = 0; j < textWords.length; j++) {
                const w = textWords[j]
                const weight = idf(w)
                textWeight += weight
                if (ownSet[w]) {
                    shared.push(spelled[w] || w)
                    sharedWeight += weight
                }
            }
            if (shared.length > 0) {
                relevant = true
                // Share of the incident text's (weighted) words that the issue explains.
                score += MATCH_WEIGHTS.words * (textWeight > 0 ? sharedWeight / textWeight : 0)
                reasons.push(`Shares the words: ${shared.slice().sort().join(', ')}`)
            }
        }
        if (!relevant) continue
        if (issue.isResolved === false) {
            score += MATCH_WEIGHTS.active
            reasons.push('Microsoft has not resolved it yet' + (issue.status ? ` (${issue.status})` : ''))
        } else if (issue.isResolved === true) {
            reasons.push('Resolved by Microsoft' + (issue.status ? ` (${issue.status})` : ''))
        }
        ranked.push({ issue, score: round(score), reasons })
    }
    ranked.sort((a, b) => {
        if (b.score !== a.score) return b.score - a.score
        const am = a.issue.lastModified || ''
        const bm = b.issue.lastModified || ''
        if (am !== bm) return am < bm ? 1 : -1
        return a.issue.id < b.issue.id ? -1 : a.issue.id > b.issue.id ? 1 : 0
    })
    return ranked.slice(0, Math.floor(limit))
}
