/**
 * Scripted REST request/response objects — docs: "RESTAPIRequest - Scoped", "RESTAPIRequestBody
 * - Scoped", "RESTAPIResponse - Scoped", "RESTAPIResponseStream - Scoped". Build them through
 * invokeRoute() in ../rest.ts.
 */
import { ServiceError } from './sn_ws_err'

export interface IncomingRequest {
    method: string
    /** Path of the resource as requested, e.g. /api/x_mioms_m365_assis/v1/health/ping */
    uri: string
    url: string
    queryString: string
    pathParams: Record<string, string>
    queryParams: Record<string, string[]>
    /** Header names in lower case. */
    headers: Record<string, string>
    body: string | null
}

/**
 * docs: RESTAPIRequestBody — data (parsed JSON) and dataString (raw text). "REST web services
 * consume data, datastream, and dataString via stream. Because streams are only consumed once,
 * only one can be called. For example, if calling both data and dataString, the second call will
 * return empty." (https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_ScriptableServiceRequestBody.html)
 * So the first read of any of the three returns the body and every later read returns empty
 * ('' for dataString, undefined for data): a route reads its body once and keeps it.
 */
export class RESTAPIRequestBody {
    private consumed = false

    constructor(private readonly request: IncomingRequest) {}

    /** The body text for the first read, '' for any later one. */
    private read(): string {
        const method = this.request.method.toUpperCase()
        if (method === 'GET' || method === 'DELETE') {
            // Platform message for reading a body on GET/DELETE (Scripted REST).
            throw new ServiceError('Service error: attempt to access request body is not allowed when request method is GET or DELETE').setStatus(400)
        }
        if (this.consumed) return ''
        this.consumed = true
        return this.request.body ?? ''
    }

    get dataString(): string {
        return this.read()
    }

    /** Parsed JSON (the emulation parses JSON only; other content types give the text). */
    get data(): unknown {
        const text = this.read()
        const type = this.request.headers['content-type'] ?? 'application/json'
        if (!/json/i.test(type)) return text
        if (text === '') return undefined
        try {
            return JSON.parse(text)
        } catch {
            throw new ServiceError('Exception while reading request').setStatus(400).setDetail('The payload is not valid JSON.')
        }
    }

    /** docs: dataStream — the body as a stream; it consumes the body too. The stream object is not emulated (strict: reading it throws). */
    get dataStream(): unknown {
        this.read()
        throw new Error('RESTAPIRequestBody.dataStream is not emulated (sandbox/glide/ns/sn_ws_int.ts)')
    }

    hasNext(): boolean {
        return false
    }
}

export class RESTAPIRequest {
    readonly body: RESTAPIRequestBody
    readonly pathParams: Record<string, string>
    /** docs: queryParams — each value is an array of strings. */
    readonly queryParams: Record<string, string[]>
    readonly headers: Record<string, string>
    readonly queryString: string
    readonly uri: string
    readonly url: string

    constructor(request: IncomingRequest) {
        this.body = new RESTAPIRequestBody(request)
        this.pathParams = { ...request.pathParams }
        this.queryParams = { ...request.queryParams }
        this.headers = { ...request.headers }
        this.queryString = request.queryString
        this.uri = request.uri
        this.url = request.url
    }

    /** docs: getHeader(name) — header names are case-insensitive. */
    getHeader(name: string): string | undefined {
        return this.headers[name.toLowerCase()]
    }

    getSupportedResponseContentTypes(): string[] {
        return (this.headers.accept ?? 'application/json')
            .split(',')
            .map((t) => t.split(';')[0].trim())
            .filter(Boolean)
    }
}

export class RESTAPIResponseStream {
    constructor(private readonly sink: (text: string) => void) {}

    writeString(text: string): void {
        this.sink(String(text))
    }
}

/** The state a RESTAPIResponse accumulates; rendered by rest.ts. */
export interface ResponseState {
    status: number | undefined
    headers: Record<string, string>
    body: { set: boolean; value: unknown }
    streamed: string | undefined
    error: ServiceError | undefined
}

export class RESTAPIResponse {
    readonly state: ResponseState = {
        status: undefined,
        headers: {},
        body: { set: false, value: undefined },
        streamed: undefined,
        error: undefined,
    }

    setStatus(status: number): void {
        this.state.status = status
    }

    setHeader(name: string, value: string): void {
        this.state.headers[name] = String(value)
    }

    setHeaders(headers: Record<string, string>): void {
        for (const [name, value] of Object.entries(headers)) this.setHeader(name, value)
    }

    setContentType(contentType: string): void {
        this.setHeader('Content-Type', contentType)
    }

    setLocation(location: string): void {
        this.setHeader('Location', location)
    }

    /** docs: setBody(Object) — serialised to JSON (the emulation does not produce XML). */
    setBody(body: unknown): void {
        this.state.body = { set: true, value: body }
    }

    /** docs: setError(error) — a sn_ws_err error; a plain Error is rendered as a 500 ServiceError. */
    setError(error: ServiceError | Error): void {
        this.state.error = error instanceof ServiceError ? error : new ServiceError(error.message)
    }

    /** docs: getStreamWriter() — text written is the whole body, without the `result` wrapper. */
    getStreamWriter(): RESTAPIResponseStream {
        if (this.state.streamed === undefined) this.state.streamed = ''
        return new RESTAPIResponseStream((text) => {
            this.state.streamed = (this.state.streamed ?? '') + text
        })
    }
}
