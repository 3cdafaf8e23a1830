/**
 * Ranks Microsoft 365 service health issues and Message center posts against an incident's text
 * (short description and description). Pure and deterministic: the same text and candidates always
 * give the same order, and every match carries the human-readable reasons that produced its score.
 *
 * What carries a match is the problem, not the product. The text and each candidate are reduced to
 * concepts: words after stop words are dropped and a light stem, with synonyms folded together
 * ("arrive"/"deliver"/"receive", "login"/"sign in", "late"/"delay"). Product words ("Outlook",
 * "Teams", "SharePoint", "Excel", ...) are no concepts: they only say which service the text names.
 *
 * A text that reports nothing broken or changed (no PROBLEM_SIGNAL word: a question such as "how do
 * I share my calendar" or a request such as "please create a shared mailbox") matches nothing.
 *
 * Evidence of a candidate: the concepts the text shares with it, each weighted by where the
 * candidate has it (title, feature/feature group, user impact or post body: FIELD_WEIGHTS), by
 * GENERIC_CONCEPTS for common problem words ("error", "fail", "open") and by how rare it is among
 * the candidates (0.5 for a concept every candidate has, 1 for one only this candidate has).
 * The minimum score: a candidate matches only when its evidence reaches MIN_EVIDENCE, or
 * MIN_EVIDENCE_NAMED when the text names the candidate's service; a product word therefore never
 * matches alone, and one shared concept matches only with the service named.
 *
 * Score of a match (0..100, rounded to one decimal), which only orders the matches:
 *   - MATCH_WEIGHTS.concepts × evidence / (evidence + EVIDENCE_HALF), multiplied by
 *     MATCH_WEIGHTS.otherService when the text names services but not this candidate's
 *   - the text names the candidate's service (or a product word of it): +MATCH_WEIGHTS.service
 *   - the text and the candidate name the same product ("Excel", "OWA"): +MATCH_WEIGHTS.product
 *   - the text names the candidate's feature or feature group: +MATCH_WEIGHTS.feature
 *   - a health issue Microsoft has not resolved: +MATCH_WEIGHTS.active
 * Ties break on the newest lastModified, then on the id, so the order never depends on the input
 * order.
 * Tuned on the tuning half of test/fixtures/health-matching.json only (see match-quality.ts).
 */

import type { GraphIssue } from './mapping'
import type { MessageId } from '../messages/catalogue'

export interface MatchableHealthIssue {
    id: string
    title: string
    /** The service (for a Message center post: the first service it names). */
    service: string
    /** Every service the candidate concerns (a Message center post can name several); defaults to [service]. */
    services?: string[] | null
    feature?: string | null
    featureGroup?: string | null
    /** Microsoft's user impact text (for a Message center post: the post's body as plain text). */
    impactDescription?: string | null
    classification?: string | null
    status?: string | null
    isResolved?: boolean
    lastModified?: string | null
    /** 'message' for a Message center post (no resolution; its body is long); a health issue otherwise. */
    kind?: 'issue' | 'message'
}

/** Why a candidate matched: a catalogue message and its arguments (the panel shows it in the user's language). */
export interface MatchReason {
    id: MessageId
    args: string[]
}

export interface RankedHealthIssue<T extends MatchableHealthIssue = MatchableHealthIssue> {
    issue: T
    score: number
    reasons: MatchReason[]
}

/**
 * Microsoft Graph serviceUpdateMessage (a Message center post), the fields the matcher reads
 * (https://learn.microsoft.com/en-us/graph/api/resources/serviceupdatemessage: services is a
 * collection, category is preventOrFixIssue / planForChange / stayInformed, body an itemBody).
 */
export interface GraphServiceUpdateMessage {
    id: string
    title: string
    services?: string[] | null
    category?: string | null
    lastModifiedDateTime?: string | null
    body?: { contentType?: string | null; content?: string | null } | null
}

export const MATCH_WEIGHTS = { concepts: 70, service: 20, otherService: 0.75, product: 6, feature: 5, active: 5 } as const
/** Concept weight per field of a candidate: the title says what broke; a long post body says much else. */
export const FIELD_WEIGHTS = { title: 1, feature: 0.8, impact: 0.7, body: 0.5 } as const
/** Evidence (sum of weighted shared concepts) at which the concept part is half of its maximum. */
export const EVIDENCE_HALF = 3
/** Below this evidence a candidate never matches; when the text names the candidate's service, MIN_EVIDENCE_NAMED suffices. */
export const MIN_EVIDENCE = 1.35
export const MIN_EVIDENCE_NAMED = 0.75
/** How much of a Message center post's body is read (posts are long; their opening says what changes). */
export const MESSAGE_BODY_CHARS = 600

/** Product words people use for each Microsoft 365 service (lower case, whole words or phrases). */
export const SERVICE_ALIASES: { [service: string]: string[] } = {
    'Exchange Online': ['exchange', 'outlook', 'owa', 'webmail', 'email', 'e-mail', 'emails', 'mail', 'mails', 'mailbox', 'inbox', 'calendar'],
    'Microsoft Teams': ['teams', 'ms teams'],
    'SharePoint Online': ['sharepoint', 'spo', 'intranet', 'team site', 'microsoft lists'],
    'OneDrive for Business': ['onedrive', 'one drive', 'odfb'],
    'Microsoft 365 suite': ['microsoft 365', 'office 365', 'o365', 'm365', 'admin center', 'admin portal', 'portal.office.com', 'microsoft365.com'],
    'Microsoft 365 apps': ['office', 'outlook', 'word', 'excel', 'powerpoint', 'onenote', 'microsoft 365 apps'],
    'Microsoft Intune': ['intune', 'company portal', 'autopilot', 'mdm'],
    'Microsoft Entra': ['entra', 'azure ad', 'azure active directory', 'aad', 'authenticator', 'active directory'],
    'Microsoft Purview': ['purview', 'compliance portal'],
    'Power BI': ['power bi', 'powerbi', 'pbi'],
    'Microsoft Viva': ['viva', 'yammer', 'viva engage', 'engage'],
    'Yammer Enterprise': ['yammer', 'viva engage'],
    Planner: ['planner', 'tasks by planner'],
    'Microsoft Bookings': ['bookings', 'booking', 'booking page'],
    'Microsoft Forms': ['forms', 'ms forms'],
    'Windows 365': ['windows 365', 'cloud pc', 'cloud pcs', 'windows app'],
    'Microsoft Defender for Office 365': ['defender', 'mdo', 'safe links', 'safe attachments'],
    'Microsoft Defender for Endpoint': ['defender', 'mde', 'defender antivirus'],
    'Microsoft Defender XDR': ['defender', 'defender xdr'],
    'Power Automate': ['power automate', 'flow', 'flows'],
    'Microsoft Stream': ['stream'],
    'Microsoft Copilot (Microsoft 365)': ['copilot', 'copilot chat'],
}

/** Words that name products or the vendor: they say which service, never what the problem is. */
const PRODUCT_WORDS =
    'microsoft 365 office o365 m365 exchange outlook owa webmail teams sharepoint spo onedrive odfb intune entra azure aad purview ' +
    'power powerbi pbi viva yammer engage planner bookings forms windows cloud defender copilot stream automate word excel powerpoint ' +
    'onenote autopilot mdo mde xdr'

const STOP_WORDS =
    'a about after again all also am an and any anymore are as at be been being but by can cannot cant could did do does doing done dont doesnt didnt ' +
    'for from get gets getting got had has have having he her his how i if in into is it its just me may might more most my ' +
    'no not now of on one or our out over please same she should since so some still than that the their them then there ' +
    'these they this those to too under until up us user users was we were what when where which while who why will with won wont ' +
    'would you your unable able issue issues problem problems working work works today someone anyone everyone nobody ' +
    'ticket help hi hello thanks thank new every many several some people person colleague colleagues team staff ' +
    // Function and time words: they appear in reports of every kind of problem.
    'during via before already yet ago very really only morning afternoon evening yesterday hour hours minute minutes day days week weeks ' +
    'ist nicht der die das und bei seit kann keine el la los las de que no se por para es una un le les des est pas'

/** Synonyms folded to one concept (after stemming): the left word becomes the right one. */
const SYNONYMS: { [stem: string]: string } = {
    arriv: 'receiv',
    deliver: 'receiv',
    incom: 'receiv',
    late: 'delay',
    slow: 'delay',
    lag: 'delay',
    mail: 'email',
    emails: 'email',
    'e-mail': 'email',
    sent: 'send',
    appear: 'show',
    login: 'signin',
    logon: 'signin',
    disconnect: 'connect',
    connection: 'connect',
    sync: 'sync',
    synchroniz: 'sync',
    synchronization: 'sync',
    recover: 'restor',
    notification: 'notif',
    notifi: 'notif',
    notify: 'notif',
    push: 'notif',
    unlicens: 'licens',
    licenc: 'licens',
    activat: 'activ',
    activation: 'activ',
    enrol: 'enroll',
    enrollment: 'enroll',
    enrolment: 'enroll',
    noncompliant: 'complian',
    compliant: 'complian',
    complianc: 'complian',
    multifactor: 'mfa',
    '2fa': 'mfa',
    authenticator: 'mfa',
    phish: 'phish',
    quarantin: 'quarantin',
    document: 'file',
    doc: 'file',
    docx: 'file',
    folder: 'file',
    upload: 'upload',
    recording: 'record',
    bounc: 'ndr',
    undeliverabl: 'ndr',
    crash: 'crash',
    freez: 'crash',
    present: 'shar',
    dataset: 'semant',
    refresh: 'refresh',
    websit: 'site',
    intranet: 'site',
    sites: 'site',
}

/** Common problem words: they make a text a problem report but hardly tell two problems apart. */
const GENERIC_CONCEPTS: { [concept: string]: number } = {
    error: 0.3,
    fail: 0.3,
    failur: 0.3,
    stuck: 0.3,
    broken: 0.3,
    wrong: 0.3,
    access: 0.4,
    open: 0.5,
    load: 0.5,
    show: 0.3,
    see: 0.3,
    use: 0.3,
    file: 0.6,
    email: 0.7,
    app: 0.4,
    devic: 0.6,
    chang: 0.6,
    updat: 0.6,
    delay: 0.8,
    data: 0.5,
    time: 0.4,
}

/** Product words too common to tell candidates apart. */
const GENERIC_PRODUCT: { [word: string]: true } = { microsoft: true, '365': true, office: true, o365: true, m365: true }

const STOP: { [word: string]: true } = {}
STOP_WORDS.split(' ').forEach((w) => {
    STOP[w] = true
})
const PRODUCT: { [word: string]: true } = {}
PRODUCT_WORDS.split(' ').forEach((w) => {
    PRODUCT[w] = true
})

/**
 * A text with none of these is a question or a request ("how do I share my calendar", "please create
 * a shared mailbox"), not a report of something broken or changed: it matches nothing.
 */
const PROBLEM_SIGNAL =
    /\b(not|no|never|nothing|none|nobody|unable|cannot|fail\w*|error\w*|down|outage|broken|stuck|slow\w*|delay\w*|late|crash\w*|freez\w*|drop\w*|disconnect\w*|hang\w*|missing|gone|blank|empty|bounc\w*|ndrs?|denied|block\w*|disabled|inactive|offline|unlicensed|time[ -]?outs?|timing out|lost|wrong|incorrect\w*|chang(ed|es|ing)|switched|different|disappear\w*|loop\w*|again|keeps?|stopp?\w*|unavailable|spinn\w*|quarantin\w*|renamed|issues?|problems?|undeliverable|rejected|outdated|stale|expired?|legit\w*|suspicious|virus|(can|won|don|doesn|isn|aren|didn|couldn|wasn|haven)'?t)\b/

/** Phrases folded before splitting into words, so "log in", "sign-in" and "back up" each give one concept. */
const PHRASES: [RegExp, string][] = [
    [/\b(sign|log)(ged|ging)?[ -]?(in|on)\b/g, ' signin '],
    [/\b(back(ed|ing)?[ -]?up|backup)\b/g, ' backup '],
    [/\bout[ -]of[ -](the[ -])?office\b|\booo\b/g, ' automatic reply '],
    [/\bmulti[ -]factor\b/g, ' mfa '],
    [/\bscreen ?shar(e|ing)\b/g, ' screen shar '],
    [/\bwent wrong\b/g, ' error '],
    // Status codes such as "5.7.233" are rare and exact: one concept each.
    [/\b(\d)\.(\d)\.(\d+)\b/g, ' code$1x$2x$3 '],
    [/\bnon[ -]?delivery\b|\bndrs?\b/g, ' ndr '],
    [/\bcan'?t\b|\bcannot\b|\bwon'?t\b|\bdoesn'?t\b|\bdon'?t\b|\bisn'?t\b|\baren'?t\b|\bdidn'?t\b/g, ' not '],
]

/** Lower-cases, folds phrases, splits on anything that is not a letter or digit, drops stop and product words, stems. */
export function tokenize(text: string | null | undefined, originals?: { [stemmed: string]: string }): string[] {
    let lowered = String(text || '')
        .toLowerCase()
        .replace(/<[^>]*>/g, ' ')
    for (let i = 0; i < PHRASES.length; i++) lowered = lowered.replace(PHRASES[i][0], PHRASES[i][1])
    const words = lowered.split(/[^a-z0-9]+/)
    const out: string[] = []
    for (let i = 0; i < words.length; i++) {
        const w = words[i]
        if (w.length < 3 || STOP[w] || PRODUCT[w] || /^[0-9]+$/.test(w)) continue
        const s = concept(w)
        if (originals && !originals[s]) originals[s] = w
        out.push(s)
    }
    return out
}

/** The concept of one word: its stem, folded through SYNONYMS. */
export function concept(word: string): string {
    const s = stem(word)
    return SYNONYMS[s] || SYNONYMS[word] || s
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

/** A health issue as Graph (or the health table) gives it, as a matching candidate. */
export function matchableFromIssue(issue: GraphIssue): MatchableHealthIssue {
    return { ...issue, lastModified: issue.lastModifiedDateTime || null, kind: 'issue' }
}

/** A Message center post as a matching candidate: its services, title and the opening of its body. */
export function matchableFromMessage(message: GraphServiceUpdateMessage): MatchableHealthIssue {
    const services = (message.services || []).filter((s) => !!s)
    const body = String((message.body && message.body.content) || '')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim()
    return {
        id: message.id,
        title: message.title,
        service: services[0] || '',
        services,
        feature: null,
        featureGroup: null,
        impactDescription: body.substring(0, MESSAGE_BODY_CHARS),
        classification: message.category || null,
        lastModified: message.lastModifiedDateTime || null,
        kind: 'message',
    }
}

function isMessage(issue: MatchableHealthIssue): boolean {
    return issue.kind === 'message'
}

/** The product words a text names ("excel", "owa"), which tell apart candidates of one service. */
function productWords(text: string): { [word: string]: true } {
    const out: { [word: string]: true } = {}
    const words = String(text || '')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
    for (let i = 0; i < words.length; i++) if (PRODUCT[words[i]] && !GENERIC_PRODUCT[words[i]]) out[words[i]] = true
    return out
}

/** Each concept of a candidate with the weight of the best field that has it. */
function candidateConcepts(issue: MatchableHealthIssue): { [concept: string]: number } {
    const out: { [concept: string]: number } = {}
    const add = (text: string | null | undefined, weight: number) => {
        const words = tokenize(text)
        for (let i = 0; i < words.length; i++) if (!(out[words[i]] >= weight)) out[words[i]] = weight
    }
    add(issue.impactDescription, isMessage(issue) ? FIELD_WEIGHTS.body : FIELD_WEIGHTS.impact)
    add([issue.feature, issue.featureGroup].join(' '), FIELD_WEIGHTS.feature)
    add(issue.title, FIELD_WEIGHTS.title)
    return out
}

function servicesOf(issue: MatchableHealthIssue): string[] {
    return issue.services && issue.services.length > 0 ? issue.services : [issue.service || '']
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
    const spelled: { [concept: string]: string } = {}
    const textConcepts: { [concept: string]: true } = {}
    tokenize(text, spelled).forEach((c) => {
        textConcepts[c] = true
    })
    const lowered = ' ' + String(text || '').toLowerCase() + ' '
    if (!PROBLEM_SIGNAL.test(lowered)) return []
    const allServices: string[] = []
    const conceptsOf: { [concept: string]: number }[] = []
    // Document frequency of each concept over the candidates: rare shared concepts weigh more.
    const df: { [c: string]: number } = {}
    for (let i = 0; i < issues.length; i++) {
        const own = candidateConcepts(issues[i])
        conceptsOf.push(own)
        for (const c in own) df[c] = (df[c] || 0) + 1
        const services = servicesOf(issues[i])
        for (let j = 0; j < services.length; j++) if (allServices.indexOf(services[j]) < 0) allServices.push(services[j])
    }
    const mentioned = mentionedServices(text, allServices)
    const textProducts = productWords(text)
    const anyMentioned = Object.keys(mentioned).length > 0
    const n = issues.length
    // Rarity in 0.5..1: shared by one candidate 1, by every candidate 0.5 (bounded, so a small candidate set stays sane).
    const rarity = (c: string) => 0.5 + 0.5 * (Math.log(1 + n / (df[c] || 1)) / Math.log(1 + n))

    const ranked: RankedHealthIssue<T>[] = []
    for (let i = 0; i < issues.length; i++) {
        const issue = issues[i]
        const own = conceptsOf[i]
        let evidence = 0
        const shared: string[] = []
        for (const c in textConcepts) {
            if (!own[c]) continue
            evidence += own[c] * (GENERIC_CONCEPTS[c] === undefined ? 1 : GENERIC_CONCEPTS[c]) * rarity(c)
            shared.push(spelled[c] || c)
        }
        let via = ''
        let viaService = ''
        const services = servicesOf(issue)
        for (let j = 0; j < services.length && !via; j++) {
            if (mentioned[services[j]]) {
                via = mentioned[services[j]]
                viaService = services[j]
            }
        }
        if (evidence < (via ? MIN_EVIDENCE_NAMED : MIN_EVIDENCE)) continue

        const reasons: MatchReason[] = []
        const because = (id: MessageId, ...args: string[]) => reasons.push({ id, args })
        let score = MATCH_WEIGHTS.concepts * (evidence / (evidence + EVIDENCE_HALF))
        if (!via && anyMentioned) score *= MATCH_WEIGHTS.otherService
        if (via) {
            score += MATCH_WEIGHTS.service
            if (via.toLowerCase() === viaService.toLowerCase()) because('MATCH_SERVICE', viaService)
            else because('MATCH_SERVICE_BY_NAME', via, viaService)
        }
        const products = productWords([issue.title, issue.feature, issue.impactDescription].join(' '))
        const named: string[] = []
        for (const w in textProducts) if (products[w]) named.push(w)
        if (named.length > 0) {
            score += MATCH_WEIGHTS.product
            because('MATCH_PRODUCT_WORDS', named.sort().map((w) => '"' + w + '"').join(', '))
        }
        const feature = (issue.feature || '').toLowerCase()
        const group = (issue.featureGroup || '').toLowerCase()
        if (feature && containsPhrase(lowered, feature)) {
            score += MATCH_WEIGHTS.feature
            because('MATCH_FEATURE', issue.feature || '')
        } else if (group && containsPhrase(lowered, group)) {
            score += MATCH_WEIGHTS.feature
            because('MATCH_FEATURE_GROUP', issue.featureGroup || '')
        }
        because('MATCH_SHARED_WORDS', shared.slice().sort().join(', '))
        // The status and a post's category are shown beside the match, in words; the reason says only which kind it is.
        if (issue.isResolved === false) {
            score += MATCH_WEIGHTS.active
            because('MATCH_ACTIVE')
        } else if (issue.isResolved === true) {
            because('MATCH_RESOLVED')
        } else if (isMessage(issue)) {
            because('MATCH_MESSAGE_CENTER')
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
