/**
 * Scripted REST error objects — docs: "Scripted REST API error objects" / "Available error
 * objects": ServiceError (status 500, empty message and detail by default; setStatus, setMessage,
 * setDetail) and the predefined BadRequestError 400, NotFoundError 404, NotAcceptableError 406,
 * ConflictError 409, UnsupportedMediaTypeError 415 (optional message in the constructor).
 * They extend Error so a resource script may also throw them.
 */
export class ServiceError extends Error {
    status = 500
    detail = ''

    constructor(message = '') {
        super(message)
        this.name = 'ServiceError'
    }

    setStatus(status: number): ServiceError {
        this.status = status
        return this
    }

    setMessage(message: string): ServiceError {
        this.message = message
        return this
    }

    setDetail(detail: string): ServiceError {
        this.detail = detail
        return this
    }
}

function predefined(name: string, status: number) {
    return class extends ServiceError {
        constructor(message = '') {
            super(message)
            this.name = name
            this.status = status
        }
    }
}

export const BadRequestError = predefined('BadRequestError', 400)
export const NotFoundError = predefined('NotFoundError', 404)
export const NotAcceptableError = predefined('NotAcceptableError', 406)
export const ConflictError = predefined('ConflictError', 409)
export const UnsupportedMediaTypeError = predefined('UnsupportedMediaTypeError', 415)
