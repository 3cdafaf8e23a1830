/**
 * The hand-written validators agree with the contract's closed schemas (ajv on
 * docs/connector-api.openapi.yaml) on valid and invalid samples, and say what is wrong.
 */
import { isFailure } from '../../../src/server/inbound/errors'
import { codePoints, validateClose, validateCommunication, validateTicketUpdate } from '../../../src/server/inbound/validate'
import { readJsonBody, utf8Length } from '../../../src/server/inbound/body'
import { createTestPlatform } from '../../../sandbox/glide'
import { theContract } from './fixture'

const valid = { messageId: 'ms-1:a.b_c-d', body: 'Hello', author: 'Alex', createdDateTime: '2026-11-23T05:00:00Z' }

const SAMPLES: Record<string, { schema: string; check: (data: any) => unknown; samples: unknown[] }> = {
    communication: {
        schema: 'InboundCommunication',
        check: validateCommunication,
        samples: [
            valid,
            { ...valid, createdDateTime: '2026-11-23T05:00:00.123+01:00' },
            { ...valid, body: 'x'.repeat(60000) },
            { ...valid, body: '😀'.repeat(60000) },
            { ...valid, body: 'x'.repeat(60001) },
            { ...valid, body: '' },
            { ...valid, messageId: 'has space' },
            { ...valid, messageId: 'x'.repeat(129) },
            { ...valid, author: '' },
            { ...valid, author: 'a'.repeat(201) },
            { ...valid, createdDateTime: 'yesterday' },
            { ...valid, createdDateTime: '2026-11-23 05:00:00' },
            { ...valid, extra: 1 },
            { messageId: 'x', body: 'y', author: 'z' },
            { ...valid, body: 5 },
        ],
    },
    update: {
        schema: 'TicketUpdate',
        check: validateTicketUpdate,
        samples: [
            { status: 'resolved' },
            { severity: 'A' },
            { owner: null },
            { owner: 'o'.repeat(200) },
            { owner: 'o'.repeat(201) },
            { status: 'done' },
            { severity: 'D' },
            { owner: 5 },
            {},
            { status: 'open', note: 'x' },
        ],
    },
    close: {
        schema: 'CloseRequest',
        check: validateClose,
        samples: [{ resolution: 'Fixed' }, { resolution: '' }, { resolution: 'r'.repeat(4001) }, {}, { resolution: 'x', more: true }, { resolution: 1 }],
    },
}

describe.each(Object.entries(SAMPLES))('%s validator', (_name, { schema, check, samples }) => {
    test.each(samples.map((sample, index) => [index, sample]))('sample %i agrees with the contract', (_index, sample) => {
        const contractSays = theContract().schemaRef(schema)(sample)
        const ours = check(sample)
        expect({ valid: !isFailure(ours) }).toEqual({ valid: contractSays })
        if (isFailure(ours)) {
            expect(ours).toMatchObject({ status: 400, reason: 'InvalidPayload' })
            expect(ours.detail.length).toBeGreaterThan(5)
        }
    })
})

describe('body reading', () => {
    beforeEach(() => createTestPlatform())

    test('UTF-8 and code point counts', () => {
        expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4)
        expect(codePoints('aé€😀')).toBe(4)
    })

    test('empty, not JSON, not an object, too large', () => {
        expect(readJsonBody('')).toMatchObject({ status: 400, reason: 'InvalidPayload' })
        expect(readJsonBody('{')).toMatchObject({ status: 400, reason: 'InvalidPayload' })
        expect(readJsonBody('"text"')).toMatchObject({ status: 400, reason: 'InvalidPayload' })
        expect(readJsonBody('[1]')).toMatchObject({ status: 400, reason: 'InvalidPayload' })
        expect(readJsonBody(JSON.stringify({ a: 'x'.repeat(65536) }))).toMatchObject({ status: 413, reason: 'PayloadTooLarge' })
        expect(readJsonBody('{"a":1}')).toEqual({ a: 1 })
    })
})
