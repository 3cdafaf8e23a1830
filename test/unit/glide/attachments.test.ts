/**
 * RESTMessageV2.saveResponseBodyAsAttachment and GlideSysAttachment (sandbox/glide/attachments.ts):
 * the body is kept byte for byte as sys_attachment + sys_attachment_doc chunks, getBody() is an
 * error once the body is saved, a failed call's body is getErrorMessage(), and whether an error
 * answer is saved too is the fidelity switch restAttachmentOnError (strict: saved).
 */
import { GlideSysAttachment, createTestPlatform, type Platform } from '../../../sandbox/glide'
import { RESTMessageV2 } from '../../../sandbox/glide/ns/sn_ws'
import { readAttachment } from '../../../sandbox/glide/attachments'
import { EchoServer, startEchoServer } from './fixtures/startEchoServer'

let server: EchoServer
beforeAll(async () => {
    server = await startEchoServer()
})
afterAll(() => server.stop())

let platform: Platform
let incident: string
beforeEach(() => {
    platform = createTestPlatform()
    incident = platform.insertRow('incident', { short_description: 'Mail is down' })
})

function fetchAsAttachment(path: string, record = incident) {
    const rm = new RESTMessageV2()
    rm.setEndpoint(`${server.url}${path}`)
    rm.setHttpMethod('get')
    rm.saveResponseBodyAsAttachment('incident', record, 'report.bin')
    return rm.execute()
}

const expected = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 256))

describe('saveResponseBodyAsAttachment', () => {
    it('keeps a binary body byte for byte as an attachment of the record, in 4 KiB chunks', () => {
        const res = fetchAsAttachment('/bytes')
        expect(res.getStatusCode()).toBe(200)
        expect(res.haveError()).toBe(false)
        const id = res.getResponseAttachmentSysid()!
        const row = platform.store.get('sys_attachment', id)!
        expect(row).toMatchObject({ table_name: 'incident', table_sys_id: incident, file_name: 'report.bin', content_type: 'application/octet-stream', size_bytes: '5000' })
        expect(platform.store.query('sys_attachment_doc', {}).filter((c) => c.sys_attachment === id)).toHaveLength(2)
        expect(readAttachment(platform, id)!.equals(expected)).toBe(true)

        // What a script reads back through the documented API is the same bytes.
        const attachments = new GlideSysAttachment().getAttachments('incident', incident)
        expect(attachments.next()).toBe(true)
        expect(Buffer.from(new GlideSysAttachment().getContentBase64(attachments), 'base64').equals(expected)).toBe(true)
    })

    it('makes getBody() an error, as documented, once the body is saved', () => {
        const res = fetchAsAttachment('/bytes')
        expect(() => res.getBody()).toThrow(/attachment/)
    })

    it('gives a failed call\'s body through getErrorMessage(); strict also saves the error body, which deleteAttachment removes', () => {
        const res = fetchAsAttachment('/status/404')
        expect([res.getStatusCode(), res.haveError()]).toEqual([404, true])
        expect(JSON.parse(res.getErrorMessage())).toEqual({ status: 404 })
        const id = res.getResponseAttachmentSysid()!
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        new GlideSysAttachment().deleteAttachment(id)
        expect(platform.store.query('sys_attachment', {})).toHaveLength(0)
        expect(platform.store.query('sys_attachment_doc', {})).toHaveLength(0)
    })

    it('saves only a 2xx body with restAttachmentOnError lenient', () => {
        platform.fidelity.restAttachmentOnError = 'lenient'
        const res = fetchAsAttachment('/status/404')
        expect(res.getResponseAttachmentSysid()).toBeNull()
        expect(platform.store.query('sys_attachment', {})).toHaveLength(0)
    })

    it('reports a record that does not exist through haveError() and getErrorMessage(), with no attachment', () => {
        const res = fetchAsAttachment('/bytes', 'f'.repeat(32))
        expect(res.getStatusCode()).toBe(200)
        expect(res.haveError()).toBe(true)
        expect(res.getErrorMessage()).toMatch(/attachment/)
        expect(res.getResponseAttachmentSysid()).toBeNull()
    })

    it('does not emulate the encrypted variant', () => {
        expect(() => new RESTMessageV2().saveResponseBodyAsAttachment('incident', incident, 'x', 'context')).toThrow(/not emulated/)
    })
})
