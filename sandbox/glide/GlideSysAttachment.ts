/**
 * GlideSysAttachment — docs: "GlideSysAttachment - Scoped"
 * (https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideSysAttachmentScopedAPI.html).
 * Supported: getAttachments(tableName, sys_id) (a GlideRecord on sys_attachment), getContentBase64(
 * attachment GlideRecord) ("up to 5MB of data") and deleteAttachment(sys_id) (also its chunks).
 * The rest of the API is not emulated and is absent, so a call to it fails loudly.
 */
import { deleteAttachment, readAttachment, ATTACHMENT_TABLE } from './attachments'
import { currentPlatform } from './current'
import { GlideRecord } from './GlideRecord'

/** getContentBase64 "Returns up to 5MB of data". */
const MAX_CONTENT_BYTES = 5 * 1024 * 1024

export class GlideSysAttachment {
    getAttachments(tableName: string, sysId: string): GlideRecord {
        const gr = new GlideRecord(ATTACHMENT_TABLE)
        gr.addQuery('table_name', String(tableName))
        gr.addQuery('table_sys_id', String(sysId))
        gr.query()
        return gr
    }

    getContentBase64(attachment: GlideRecord): string {
        const bytes = readAttachment(currentPlatform(), attachment.getUniqueValue())
        return bytes ? bytes.subarray(0, MAX_CONTENT_BYTES).toString('base64') : ''
    }

    deleteAttachment(attachmentId: string): void {
        deleteAttachment(currentPlatform(), String(attachmentId))
    }
}
