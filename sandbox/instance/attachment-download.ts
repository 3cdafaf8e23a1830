/**
 * /sys_attachment.do?sys_id=<id>: the instance's attachment download. Who may download follows the
 * out-of-box read ACL of sys_attachment, whose script (`answer = getAttachmentReadAnswer()`) defers to
 * the parent record (public evidence: KB2504499 "Multiple Read ACLs Exist for sys_attachment",
 * https://support.servicenow.com/kb?id=kb_article_view&sysparm_article=KB2504499, and instance ACL
 * exports quoting that script). Strict where the details are unpublished: the parent record must
 * exist and the user must pass its table's read ACLs for that row; nothing else grants access.
 */
import { readAttachment, ATTACHMENT_TABLE } from '../glide/attachments'
import type { Platform } from '../glide/platform'

export interface Download {
    status: number
    contentType: string
    body: Buffer | string
    fileName?: string
}

const DENIED = '<!doctype html><title>Security constraints</title><p>Security constraints prevent access to requested page</p>'

export function attachmentDownload(platform: Platform, sysId: string, userId: string): Download {
    const attachment = /^[0-9a-f]{32}$/.test(sysId) ? platform.store.get(ATTACHMENT_TABLE, sysId) : undefined
    if (!attachment) return { status: 404, contentType: 'text/plain', body: 'Attachment not found' }
    const table = String(attachment.table_name ?? '')
    const parent = table ? platform.store.get(table, String(attachment.table_sys_id ?? '')) : undefined
    if (!parent || !platform.canAccess({ type: 'record', name: table, operation: 'read', row: parent }, userId)) {
        return { status: 403, contentType: 'text/html', body: DENIED }
    }
    return {
        status: 200,
        contentType: String(attachment.content_type || 'application/octet-stream'),
        body: readAttachment(platform, sysId) ?? Buffer.alloc(0),
        fileName: String(attachment.file_name ?? 'attachment'),
    }
}

/** Content-Disposition for a download: the name as a quoted ASCII string plus RFC 6266's filename* in UTF-8. */
export function contentDisposition(fileName: string): string {
    const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
    return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
