import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { Contract, CONTRACT_PATH } from '../../../sandbox/microsoft/contract'

const doc = parse(readFileSync(CONTRACT_PATH, 'utf8'))
const INBOUND = 'https://{instance}.service-now.com/api/x_mioms_m365_assis/v1/connector'

describe('docs/connector-api.openapi.yaml', () => {
    it('is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator, ESM: child process)', () => {
        const run = spawnSync(process.execPath, [join(__dirname, '../../../sandbox/microsoft/validate-contract.mjs'), CONTRACT_PATH], { encoding: 'utf8' })
        expect(run.stderr).toBe('')
        expect(JSON.parse(run.stdout)).toEqual({ valid: true, version: '3.1' })
        expect(run.status).toBe(0)
    })

    it('tags every operation outbound or inbound, with the right server', () => {
        expect(doc.servers[0].url).toBe('https://connector.rave.microsoft.com')
        const ops = new Contract().operations
        expect(ops.map((o) => o.operationId).sort()).toEqual(
            ['createServiceRequest', 'getConnectionTest', 'getRepository', 'getServiceRequest', 'getTenantHealth', 'inboundCloseTicket', 'inboundGetTicket', 'inboundPing', 'inboundPostCommunication', 'inboundUpdateTicket', 'listServiceRequestCommunications', 'postServiceRequestCommunication', 'searchSolutions', 'startConnectionTest', 'validateAdmin'].sort(),
        )
        for (const op of ops) {
            expect(['outbound', 'inbound']).toContain(op.tag)
            const servers = doc.paths[op.pathTemplate].servers
            if (op.tag === 'outbound') {
                expect(op.pathTemplate.startsWith('/v1/')).toBe(true)
                expect(servers).toBeUndefined()
            } else {
                expect(servers[0].url).toBe(INBOUND)
                expect(doc.paths[op.pathTemplate][op.method.toLowerCase()].security.map((s: object) => Object.keys(s)[0])).toEqual(['instanceBasic', 'instanceOAuth', 'aadJwt'])
            }
        }
    })

    it('closes every object schema and lists required fields', () => {
        const open: string[] = []
        const walk = (node: any, where: string) => {
            if (!node || typeof node !== 'object') return
            if (node.type === 'object' && node.additionalProperties !== false) open.push(where)
            if (node.type === 'object' && node.properties && !node.required && node.minProperties === undefined) open.push(`${where} (no required)`)
            for (const [k, v] of Object.entries(node)) walk(v, `${where}/${k}`)
        }
        walk(doc.components.schemas, '#/components/schemas')
        expect(open).toEqual([])
    })

    it('documents the error codes and the 64 KB inbound limit', () => {
        expect(doc.components.schemas.ErrorCode.enum).toEqual(expect.arrayContaining(['InvalidToken', 'TenantNotConfigured', 'RepositoryNotRegistered', 'InvalidAdmin', 'Throttled', 'InternalError']))
        const post = doc.paths['/tickets/{repositoryId}/{caseId}/communications'].post
        expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '401', '403', '404', '409', '413']))
        expect(doc.components.responses.Throttled.headers['Retry-After'].required).toBe(true)
    })

    it('validates payloads with ajv 2020 (phone required when preferred)', () => {
        const create = new Contract().operation('createServiceRequest')
        const ok = { repositoryId: 'repo1', incidentNumber: 'INC0010001', incidentSysId: 'a'.repeat(32), title: 't', description: 'd', severity: 'B', contact: { email: 'admin@contoso.onmicrosoft.com', preferredContactMethod: 'email' }, isTestEnvironment: true }
        expect(create.body?.(ok)).toBe(true)
        expect(create.body?.({ ...ok, contact: { email: 'admin@contoso.onmicrosoft.com', preferredContactMethod: 'phone' } })).toBe(false)
        expect(create.body?.({ ...ok, severity: 'D' })).toBe(false)
        expect(create.body?.({ ...ok, extra: 1 })).toBe(false)
    })
})
