/**
 * Pure mapping from a Microsoft Graph serviceHealthIssue to incident fields and work notes.
 * Field map: title → short description, classification → impact, status → urgency, everything
 * else → description. Post content (HTML from Microsoft) becomes plain text; work and resolution
 * notes are neutralised (../platform/journal-text.ts).
 */
import { journalText } from '../platform/journal-text'

export interface GraphPost {
    createdDateTime: string
    postType?: string | null
    description?: { contentType?: string; content?: string } | null
}

export interface GraphIssue {
    id: string
    title: string
    service: string
    feature?: string | null
    featureGroup?: string | null
    classification?: string | null
    status?: string | null
    origin?: string | null
    startDateTime?: string | null
    endDateTime?: string | null
    lastModifiedDateTime: string
    isResolved?: boolean
    highImpact?: boolean | null
    impactDescription?: string | null
    posts?: GraphPost[] | null
}

/** A post as the app keeps it (one x_mioms_m365_assis_health_post row per key, ever). */
export interface StoredPost {
    key: string
    createdDateTime: string
    postType: string
    contentType: string
    content: string
}

/** Graph posts have no id: a post is its creation time and type. */
export function postKey(post: GraphPost): string {
    return String(post.createdDateTime || '') + '|' + String(post.postType || 'regular')
}

export interface MergedPosts<P extends StoredPost> {
    /** Every post, one per key, ordered by creation time. */
    posts: (P | StoredPost)[]
    /** Posts Graph sent that were not stored yet (to insert). */
    fresh: StoredPost[]
    /** Stored posts whose text Microsoft corrected (to update); the objects given, with the new text. */
    corrected: P[]
    added: number
    changed: boolean
}

/** Merges Graph's posts into the stored ones, one per key, ordered by creation time. */
export function mergePosts<P extends StoredPost>(stored: P[], incoming: GraphPost[] | null | undefined): MergedPosts<P> {
    const byKey: { [key: string]: P | StoredPost } = {}
    const out: (P | StoredPost)[] = []
    for (let i = 0; i < stored.length; i++) {
        if (byKey[stored[i].key]) continue
        byKey[stored[i].key] = stored[i]
        out.push(stored[i])
    }
    const fresh: StoredPost[] = []
    const corrected: P[] = []
    const list = incoming || []
    for (let i = 0; i < list.length; i++) {
        const p = list[i]
        const key = postKey(p)
        const content = (p.description && p.description.content) || ''
        const contentType = (p.description && p.description.contentType) || 'text'
        const existing = byKey[key]
        if (existing) {
            // Microsoft may correct a post's text: keep the newest text under the same key.
            if (existing.content !== content || existing.contentType !== contentType) {
                existing.content = content
                existing.contentType = contentType
                if (fresh.indexOf(existing) < 0 && corrected.indexOf(existing as P) < 0) corrected.push(existing as P)
            }
            continue
        }
        const post: StoredPost = { key, createdDateTime: p.createdDateTime, postType: String(p.postType || 'regular'), contentType, content }
        byKey[key] = post
        out.push(post)
        fresh.push(post)
    }
    out.sort((a, b) => (a.createdDateTime < b.createdDateTime ? -1 : a.createdDateTime > b.createdDateTime ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    return { posts: out, fresh, corrected, added: fresh.length, changed: fresh.length > 0 || corrected.length > 0 }
}

/** HTML (as Microsoft posts it) → plain text with one line per paragraph or line break. */
export function htmlToText(html: string | null | undefined): string {
    return String(html || '')
        .replace(/<\s*br\s*\/?>/gi, '\n')
        .replace(/<\/\s*(p|div|li|h[1-6])\s*>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
}

/** "Next update by: <date>" from the latest post, as ISO 8601, or null (resolved issues have none). */
export function nextUpdateFrom(posts: StoredPost[], isResolved: boolean): string | null {
    if (isResolved || posts.length === 0) return null
    const text = htmlToText(posts[posts.length - 1].content)
    const m = /Next update by:\s*([^\n]+)/i.exec(text)
    if (!m) return null
    const ms = Date.parse(m[1].trim().replace(/\s+UTC$/i, 'Z'))
    if (isNaN(ms)) return null
    return new Date(ms).toISOString()
}

/** incident.impact: 1 High, 2 Medium, 3 Low. An incident (service outage) is Medium, High when Microsoft flags high impact; an advisory is Low. */
export function impactFor(classification: string | null | undefined, highImpact?: boolean | null): string {
    if (classification === 'incident') return highImpact === true ? '1' : '2'
    return '3'
}

/** incident.urgency: 1 High, 2 Medium, 3 Low, from Microsoft's current status. */
export function urgencyFor(status: string | null | undefined): string {
    switch (status) {
        case 'serviceInterruption':
            return '1'
        case 'investigating':
        case 'serviceDegradation':
        case 'restoringService':
        case 'verifyingService':
        case 'extendedRecovery':
        case 'confirmed':
        case 'reported':
            return '2'
        default:
            return '3'
    }
}

/** incident.short_description (160 characters on the instance). */
export function shortDescriptionFor(issue: GraphIssue): string {
    const text = String(issue.title || issue.id)
    return text.length > 160 ? text.substring(0, 157) + '...' : text
}

/** incident.description: everything Microsoft says about the issue that has no field of its own. */
export function descriptionFor(issue: GraphIssue): string {
    const lines = [
        'Microsoft 365 service health issue ' + issue.id,
        'Service: ' + (issue.service || ''),
    ]
    if (issue.featureGroup || issue.feature) lines.push('Feature: ' + [issue.featureGroup, issue.feature].filter((x) => !!x).join(' / '))
    lines.push('Classification: ' + (issue.classification || ''))
    lines.push('Status: ' + (issue.status || ''))
    if (issue.origin) lines.push('Origin: ' + issue.origin)
    if (issue.startDateTime) lines.push('Started: ' + issue.startDateTime)
    if (issue.endDateTime) lines.push('Ended: ' + issue.endDateTime)
    lines.push('Last updated by Microsoft: ' + issue.lastModifiedDateTime)
    lines.push('')
    lines.push('User impact: ' + (issue.impactDescription || ''))
    return lines.join('\n')
}

/** Stored instead of a post too long for the post table's body (never reached by a real post; the warning is logged). */
export function postNotStoredHtml(characters: number, limit: number): string {
    return '<p>This Microsoft update has ' + characters + ' characters, more than the app stores (' + limit + '). Read it in the Microsoft 365 admin center under Health > Service health.</p>'
}

/** The work note for one Microsoft update (neutralised: journal-text.ts). */
export function workNoteFor(issueId: string, post: StoredPost): string {
    return journalText('Microsoft 365 service health update for ' + issueId + ' (' + post.createdDateTime + '):\n' + htmlToText(post.content))
}

/** close_notes when Microsoft resolved the issue. */
export function resolutionNoteFor(issue: GraphIssue): string {
    const iso = issue.endDateTime || issue.lastModifiedDateTime
    const when = iso ? String(iso).slice(0, 19).replace('T', ' ') + ' UTC' : 'an unknown time'
    return journalText('Microsoft resolved service health issue ' + issue.id + ' on ' + when + ' (status: ' + (issue.status || 'resolved') + '). Resolved automatically by the Microsoft 365 support app.')
}
