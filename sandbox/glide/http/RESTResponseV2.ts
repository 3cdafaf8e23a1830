/**
 * RESTResponseV2 — docs: "RESTResponseV2 - Scoped".
 *  - getStatusCode(): the HTTP status, 0 when no response arrived (connection refused, timeout);
 *  - haveError(): true when no response arrived or the status is 400 or more;
 *  - getErrorMessage(): for HTTP errors the instance's text "Method failed: (<path>) with code:
 *    <status>"; for failures without a response a Java-style exception text;
 *  - getErrorCode(): the platform code is internal; emulated as the HTTP status, or 1 without a response.
 * When the message saved its body as an attachment (RESTMessageV2.saveResponseBodyAsAttachment):
 *  - getBody() "will cause an error" (docs: getBody), so it throws;
 *  - getErrorMessage() of a failed call gives the body ("call getErrorMessage() on the response to
 *    retrieve the body content", docs: getBody), and the reason when the attachment was not saved;
 *  - getResponseAttachmentSysid(): the new attachment's sys_id; with none saved the answer is
 *    undocumented: null (the strict, less convenient type).
 */
import type { WireResponse } from './wire'

const FAILURE_TEXT: Record<string, string> = {
    ECONNREFUSED: 'java.net.ConnectException: Connection refused (Connection refused)',
    ETIMEDOUT: 'java.net.SocketTimeoutException: Read timed out',
}

/** What saveResponseBodyAsAttachment did: the attachment written (null: none), and why not when it failed. */
export interface SavedAttachment {
    sysId: string | null
    failure?: string
}

export interface GlideHTTPHeader {
    name: string
    value: string
}

export class RESTResponseV2 {
    constructor(
        private readonly wire: WireResponse,
        private readonly path: string,
        private readonly failure?: string,
        private readonly attachment?: SavedAttachment,
    ) {}

    getStatusCode(): number {
        return this.wire.status
    }

    getBody(): string {
        if (this.attachment) throw new Error('getBody() is not available: the response body was saved as an attachment (saveResponseBodyAsAttachment)')
        return this.wire.body
    }

    getResponseAttachmentSysid(): string | null {
        return this.attachment ? this.attachment.sysId : null
    }

    /** Header value by case-insensitive name; null when absent. */
    getHeader(name: string): string | null {
        const lower = name.toLowerCase()
        const found = this.wire.headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v)
        return found.length ? found.join(', ') : null
    }

    getHeaders(): Record<string, string> {
        const out: Record<string, string> = {}
        for (const [name, value] of this.wire.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value
        return out
    }

    getAllHeaders(): GlideHTTPHeader[] {
        return this.wire.headers.map(([name, value]) => ({ name, value }))
    }

    haveError(): boolean {
        return this.failure !== undefined || this.attachment?.failure !== undefined || this.wire.status === 0 || this.wire.status >= 400
    }

    getErrorMessage(): string {
        if (this.failure !== undefined) return this.failure
        if (this.attachment && this.wire.status >= 400) return this.wire.body
        if (this.attachment?.failure !== undefined) return this.attachment.failure
        if (this.wire.status === 0) {
            const code = this.wire.error?.code ?? ''
            return FAILURE_TEXT[code] ?? `java.io.IOException: ${this.wire.error?.message ?? 'no response'}`
        }
        if (this.wire.status >= 400) return `Method failed: (${this.path}) with code: ${this.wire.status}`
        return ''
    }

    getErrorCode(): number {
        if (!this.haveError()) return 0
        return this.wire.status === 0 ? 1 : this.wire.status
    }

    /** executeAsync() responses are already complete in the emulation. */
    waitForResponse(timeoutSecs?: number): void {
        void timeoutSecs
    }
}
