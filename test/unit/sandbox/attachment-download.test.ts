/**
 * /sys_attachment.do (sandbox/instance/attachment-download.ts): an attachment goes only to a user who
 * may read its parent record (the parent table's read ACLs for that row); nothing else grants it.
 */
import { createTestPlatform } from '../../../sandbox/glide'
import { writeAttachment } from '../../../sandbox/glide/attachments'
import { attachmentDownload, contentDisposition } from '../../../sandbox/instance/attachment-download'

function world() {
    const platform = createTestPlatform()
    const incident = platform.insertRow('incident', { short_description: 'Mail is down' })
    const bytes = Buffer.from([0, 255, 1, 254])
    const attachment = writeAttachment(platform, { table: 'incident', tableSysId: incident, fileName: 'EX1-post-incident-report', contentType: 'application/octet-stream', bytes })
    platform.addAcl({ name: 'incident', operation: 'read', roles: ['itil'] })
    const reader = platform.createUser('reader', { roles: ['itil'] })
    const outsider = platform.createUser('outsider', { roles: ['snc_internal'] })
    return { platform, incident, bytes, attachment, reader, outsider }
}

describe('attachment download', () => {
    it("serves the bytes to a user who can read the parent record, and refuses one who cannot", () => {
        const { platform, bytes, attachment, reader, outsider } = world()
        const ok = attachmentDownload(platform, attachment, reader)
        expect(ok).toMatchObject({ status: 200, contentType: 'application/octet-stream', fileName: 'EX1-post-incident-report' })
        expect((ok.body as Buffer).equals(bytes)).toBe(true)
        expect(attachmentDownload(platform, attachment, outsider).status).toBe(403)
    })

    it('refuses an attachment whose parent record is gone, and answers 404 for an unknown one', () => {
        const { platform, incident, attachment, reader } = world()
        platform.store.delete('incident', incident)
        expect(attachmentDownload(platform, attachment, reader).status).toBe(403)
        expect(attachmentDownload(platform, 'f'.repeat(32), reader).status).toBe(404)
        expect(attachmentDownload(platform, '../etc', reader).status).toBe(404)
    })

    it('names the file safely in Content-Disposition', () => {
        expect(contentDisposition('a"b\u00e9.pdf')).toBe(`attachment; filename="a_b_.pdf"; filename*=UTF-8''a%22b%C3%A9.pdf`)
    })
})
