// Loads docs/connector-api.openapi.yaml and turns it into routes and ajv (2020-12) validators.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

export const CONTRACT_PATH = join(__dirname, '..', '..', 'docs', 'connector-api.openapi.yaml')
const ROOT_ID = 'urn:x-mioms-m365-assis:connector-api'

type Json = Record<string, any>

interface ParamSpec {
    name: string
    in: 'path' | 'query'
    required: boolean
    type: string | undefined
    validate: ValidateFunction
}

export interface Operation {
    operationId: string
    method: string
    pathTemplate: string
    tag: 'outbound' | 'inbound'
    regex: RegExp
    pathParamNames: string[]
    params: ParamSpec[]
    bodyRequired: boolean
    body?: ValidateFunction
    responses: Map<string, { validate?: ValidateFunction; requiredHeaders: string[] }>
}

/** Rewrites `#/components/schemas/X` so that any fragment of the document compiles on its own. */
function rewriteRefs(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(rewriteRefs)
    if (node && typeof node === 'object') {
        const out: Json = {}
        for (const [k, v] of Object.entries(node)) {
            out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/') ? `${ROOT_ID}#/$defs/${v.slice(21)}` : rewriteRefs(v)
        }
        return out
    }
    return node
}

export function formatErrors(errors: ErrorObject[] | null | undefined, where: string): string[] {
    return (errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
}

function coerce(value: string, type: string | undefined): unknown {
    if (type === 'integer' || type === 'number') return value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value
    if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value
    return value
}

export class Contract {
    readonly doc: Json
    readonly ajv: Ajv2020
    readonly operations: Operation[] = []

    constructor(path = CONTRACT_PATH) {
        this.doc = parse(readFileSync(path, 'utf8'))
        this.ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, allowUnionTypes: true })
        addFormats(this.ajv)
        this.ajv.addSchema({ $id: ROOT_ID, $defs: rewriteRefs(this.doc.components.schemas) as Json })
        for (const [pathTemplate, item] of Object.entries<Json>(this.doc.paths)) {
            for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
                if (item[method]) this.operations.push(this.buildOperation(pathTemplate, method, item, item[method]))
            }
        }
    }

    /** Compile a schema in this contract's ajv (refs to `urn:…#/$defs/X` resolve to the components). */
    compile(schema: object): ValidateFunction {
        return this.ajv.compile(rewriteRefs(schema) as object)
    }

    schemaRef(name: string): ValidateFunction {
        return this.ajv.compile({ $ref: `${ROOT_ID}#/$defs/${name}` })
    }

    private deref(node: Json): Json {
        if (typeof node?.$ref !== 'string') return node
        const target = (node.$ref as string).slice(2).split('/').reduce((acc: Json, key) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc)
        if (!target) throw new Error(`Unresolved $ref ${node.$ref}`)
        return this.deref(target)
    }

    private buildOperation(pathTemplate: string, method: string, item: Json, op: Json): Operation {
        const pathParamNames: string[] = []
        const regex = new RegExp(
            '^' +
                pathTemplate.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_m, name: string) => {
                    pathParamNames.push(name)
                    return '([^/]+)'
                }) +
                '$',
        )
        const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => {
            const spec = this.deref(p)
            const schema = this.deref(spec.schema)
            return { name: spec.name, in: spec.in, required: !!spec.required, type: schema.type as string | undefined, validate: this.compile(spec.schema) }
        })
        const reqBody = op.requestBody ? this.deref(op.requestBody) : undefined
        const bodySchema = reqBody?.content?.['application/json']?.schema
        const responses = new Map<string, { validate?: ValidateFunction; requiredHeaders: string[] }>()
        for (const [status, r] of Object.entries<Json>(op.responses ?? {})) {
            const resp = this.deref(r)
            const schema = resp.content?.['application/json']?.schema
            const requiredHeaders = Object.entries<Json>(resp.headers ?? {})
                .filter(([, h]) => h.required)
                .map(([name]) => name.toLowerCase())
            responses.set(status, { validate: schema ? this.compile(schema) : undefined, requiredHeaders })
        }
        return {
            operationId: op.operationId,
            method: method.toUpperCase(),
            pathTemplate,
            tag: (op.tags ?? [])[0],
            regex,
            pathParamNames,
            params,
            bodyRequired: !!reqBody?.required,
            body: bodySchema ? this.compile(bodySchema) : undefined,
            responses,
        }
    }

    operation(operationId: string): Operation {
        const op = this.operations.find((o) => o.operationId === operationId)
        if (!op) throw new Error(`No operation ${operationId}`)
        return op
    }

    /** Finds the operation for a request path relative to the tag's server base. */
    match(method: string, path: string, tag: 'outbound' | 'inbound'): { op?: Operation; params: Record<string, string>; pathKnown: boolean } {
        let pathKnown = false
        for (const op of this.operations) {
            if (op.tag !== tag) continue
            const m = op.regex.exec(path)
            if (!m) continue
            pathKnown = true
            if (op.method !== method) continue
            const params: Record<string, string> = {}
            op.pathParamNames.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])))
            return { op, params, pathKnown }
        }
        return { params: {}, pathKnown }
    }

    /** Returns human-readable violations (empty when the request follows the contract) and the coerced query. */
    validateRequest(op: Operation, req: { params: Record<string, string>; query: URLSearchParams; body: unknown; hasBody: boolean }) {
        const errors: string[] = []
        const query: Record<string, unknown> = {}
        for (const p of op.params) {
            const raw = p.in === 'path' ? req.params[p.name] : req.query.get(p.name) ?? undefined
            if (raw === undefined) {
                if (p.required) errors.push(`${p.in}.${p.name} is required`)
                continue
            }
            const value = coerce(raw, p.type)
            if (!p.validate(value)) errors.push(...formatErrors(p.validate.errors, `${p.in}.${p.name}`))
            if (p.in === 'query') query[p.name] = value
        }
        if (op.body) {
            if (!req.hasBody) {
                if (op.bodyRequired) errors.push('body is required')
            } else if (!op.body(req.body)) errors.push(...formatErrors(op.body.errors, 'body'))
        }
        return { errors, query }
    }

    validateResponse(op: Operation, status: number, body: unknown, headers: Record<string, string | number | undefined> = {}): string[] {
        const spec = op.responses.get(String(status))
        if (!spec) return [`status ${status} is not a documented response of ${op.operationId}`]
        const errors: string[] = []
        for (const h of spec.requiredHeaders) if (headers[h] === undefined) errors.push(`header ${h} is required`)
        if (spec.validate && !spec.validate(body)) errors.push(...formatErrors(spec.validate.errors, 'response'))
        return errors
    }
}
