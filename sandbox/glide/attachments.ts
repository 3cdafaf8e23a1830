/**
 * Attachments as the platform keeps them — docs "Administering attachments"
 * (https://www.servicenow.com/docs/r/platform-administration/r_AdministeringAttachments.html):
 * "a record is created in the Attachment [sys_attachment] table that contains attachment metadata.
 * The file data is stored in the Attachment Document [sys_attachment_doc] table, in 4k chunks."
 * The emulation keeps each 4 KiB chunk base64-encoded in sys_attachment_doc.data (the instance also
 * compresses them; that is not emulated). Bytes go in and come out unchanged.
 */
import { createHash } from 'node:crypto'
import type { Platform } from './platform'
import { term } from './store/semantics'

export const ATTACHMENT_TABLE = 'sys_attachment'
export const ATTACHMENT_DOC_TABLE = 'sys_attachment_doc'
const CHUNK_BYTES = 4096

export interface NewAttachment {
    table: string
    tableSysId: string
    fileName: string
    contentType: string
    bytes: Buffer
}

/** Writes sys_attachment and its sys_attachment_doc chunks; returns the attachment's sys_id. */
export function writeAttachment(platform: Platform, file: NewAttachment): string {
    const sysId = platform.insertRow(ATTACHMENT_TABLE, {
        table_name: file.table,
        table_sys_id: file.tableSysId,
        file_name: file.fileName,
        content_type: file.contentType,
        size_bytes: String(file.bytes.length),
        chunk_size_bytes: String(CHUNK_BYTES),
        hash: createHash('sha256').update(file.bytes).digest('hex'),
        compressed: 'false',
        state: 'available',
    })
    for (let position = 0; position * CHUNK_BYTES < file.bytes.length; position++) {
        const chunk = file.bytes.subarray(position * CHUNK_BYTES, (position + 1) * CHUNK_BYTES)
        platform.insertRow(ATTACHMENT_DOC_TABLE, { sys_attachment: sysId, position: String(position), length: String(chunk.length), data: chunk.toString('base64') })
    }
    return sysId
}

/** The attachment's bytes, or undefined when there is no such attachment. */
export function readAttachment(platform: Platform, sysId: string): Buffer | undefined {
    if (!platform.store.get(ATTACHMENT_TABLE, sysId)) return undefined
    const chunks = platform.store
        .query(ATTACHMENT_DOC_TABLE, { where: term('sys_attachment', '=', sysId) })
        .sort((a, b) => Number(a.position) - Number(b.position))
    return Buffer.concat(chunks.map((c) => Buffer.from(String(c.data ?? ''), 'base64')))
}

/** Removes the attachment and its chunks; false when there was none. */
export function deleteAttachment(platform: Platform, sysId: string): boolean {
    if (!platform.store.get(ATTACHMENT_TABLE, sysId)) return false
    for (const chunk of platform.store.query(ATTACHMENT_DOC_TABLE, { where: term('sys_attachment', '=', sysId) })) platform.store.delete(ATTACHMENT_DOC_TABLE, chunk.sys_id!)
    return platform.store.delete(ATTACHMENT_TABLE, sysId)
}
