/**
 * The expression language inside Jelly's `${...}` (phase one) and `$[...]` (phase two): a subset of
 * Apache Commons JEXL 1.x, the expression engine of Jelly 1.0 (https://commons.apache.org/jelly/,
 * "Expressions"). Enough for what UI macros write in attributes, tests and text:
 *   literals ('text', "text", numbers, true, false, null), Jelly variables (jvar_x), member access
 *   and method calls on objects (jvar_gr.getValue('x')), `!`/`not`, `==`/`eq`, `!=`/`ne`,
 *   `<`/`lt`, `>`/`gt`, `<=`/`le`, `>=`/`ge`, `and`/`&&`, `or`/`||`, `empty(x)`, parentheses.
 * Anything else is a JellyError naming what is not emulated, never a silent guess.
 */
export class JellyError extends Error {
    constructor(message: string) {
        super(message)
        this.name = 'JellyError'
    }
}

export type Expression =
    | { kind: 'literal'; value: unknown }
    | { kind: 'variable'; name: string }
    | { kind: 'member'; object: Expression; name: string }
    | { kind: 'call'; object: Expression; name: string; args: Expression[] }
    | { kind: 'empty'; operand: Expression }
    | { kind: 'not'; operand: Expression }
    | { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression }

type BinaryOperator = 'and' | 'or' | 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge'

type Token = { type: 'string' | 'number' | 'name' | 'symbol'; text: string; value?: unknown }

const WORD_OPERATORS: Record<string, BinaryOperator> = { and: 'and', or: 'or', eq: 'eq', ne: 'ne', lt: 'lt', gt: 'gt', le: 'le', ge: 'ge' }
const SYMBOL_OPERATORS: Record<string, BinaryOperator> = { '&&': 'and', '||': 'or', '==': 'eq', '!=': 'ne', '<': 'lt', '>': 'gt', '<=': 'le', '>=': 'ge' }
const SYMBOLS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '(', ')', '.', ',']

const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$'
const isDigit = (c: string) => c >= '0' && c <= '9'
const isNamePart = (c: string) => isNameStart(c) || isDigit(c)

/**
 * Reads the tokens of one expression starting at `start` (just after `${` or `$[`) up to its
 * closing `}` or `]`; returns them with the index just after the closing character.
 */
function tokenize(source: string, start: number, close: '}' | ']'): { tokens: Token[]; end: number } {
    const tokens: Token[] = []
    let i = start
    while (i < source.length) {
        const c = source[i]
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            i++
        } else if (c === close) {
            return { tokens, end: i + 1 }
        } else if (c === "'" || c === '"') {
            let text = ''
            let j = i + 1
            while (j < source.length && source[j] !== c) {
                if (source[j] === '\\' && j + 1 < source.length) j++
                text += source[j++]
            }
            if (j >= source.length) throw new JellyError(`unterminated string in expression '${source.substring(start - 2)}'`)
            tokens.push({ type: 'string', text: source.substring(i, j + 1), value: text })
            i = j + 1
        } else if (isDigit(c)) {
            let j = i
            while (j < source.length && (isDigit(source[j]) || source[j] === '.')) j++
            tokens.push({ type: 'number', text: source.substring(i, j), value: Number(source.substring(i, j)) })
            i = j
        } else if (isNameStart(c)) {
            let j = i
            while (j < source.length && isNamePart(source[j])) j++
            tokens.push({ type: 'name', text: source.substring(i, j) })
            i = j
        } else {
            const symbol = SYMBOLS.find((s) => source.startsWith(s, i))
            if (!symbol) throw new JellyError(`'${c}' in expression '${source.substring(start - 2)}' is not emulated by the sandbox's JEXL`)
            tokens.push({ type: 'symbol', text: symbol })
            i += symbol.length
        }
    }
    throw new JellyError(`expression '${source.substring(start - 2)}' has no closing '${close}'`)
}

/** Recursive descent over the tokens of one expression (precedence: or < and < comparison < not < member). */
class Parser {
    private index = 0
    constructor(
        private readonly tokens: Token[],
        private readonly text: string,
    ) {}

    parse(): Expression {
        if (this.tokens.length === 0) throw new JellyError(`empty expression '${this.text}'`)
        const expression = this.or()
        if (this.index < this.tokens.length) throw new JellyError(`unexpected '${this.tokens[this.index].text}' in expression '${this.text}'`)
        return expression
    }

    private peek(): Token | undefined {
        return this.tokens[this.index]
    }
    private take(): Token {
        const token = this.tokens[this.index++]
        if (!token) throw new JellyError(`expression '${this.text}' ends too early`)
        return token
    }
    private expect(symbol: string): void {
        const token = this.take()
        if (token.text !== symbol) throw new JellyError(`expected '${symbol}' instead of '${token.text}' in expression '${this.text}'`)
    }
    private binaryOperator(token: Token | undefined): BinaryOperator | undefined {
        if (!token) return undefined
        if (token.type === 'name') return WORD_OPERATORS[token.text]
        if (token.type === 'symbol') return SYMBOL_OPERATORS[token.text]
        return undefined
    }

    private or(): Expression {
        let left = this.and()
        while (this.binaryOperator(this.peek()) === 'or') {
            this.take()
            left = { kind: 'binary', operator: 'or', left, right: this.and() }
        }
        return left
    }
    private and(): Expression {
        let left = this.comparison()
        while (this.binaryOperator(this.peek()) === 'and') {
            this.take()
            left = { kind: 'binary', operator: 'and', left, right: this.comparison() }
        }
        return left
    }
    private comparison(): Expression {
        let left = this.unary()
        for (;;) {
            const operator = this.binaryOperator(this.peek())
            if (!operator || operator === 'and' || operator === 'or') return left
            this.take()
            left = { kind: 'binary', operator, left, right: this.unary() }
        }
    }
    private unary(): Expression {
        const token = this.peek()
        if (token && (token.text === '!' || (token.type === 'name' && token.text === 'not'))) {
            this.take()
            return { kind: 'not', operand: this.unary() }
        }
        return this.member()
    }
    private member(): Expression {
        let object = this.primary()
        while (this.peek()?.text === '.') {
            this.take()
            const name = this.take()
            if (name.type !== 'name') throw new JellyError(`expected a name after '.' in expression '${this.text}'`)
            if (this.peek()?.text === '(') object = { kind: 'call', object, name: name.text, args: this.args() }
            else object = { kind: 'member', object, name: name.text }
        }
        return object
    }
    private args(): Expression[] {
        this.expect('(')
        const args: Expression[] = []
        if (this.peek()?.text === ')') {
            this.take()
            return args
        }
        for (;;) {
            args.push(this.or())
            const next = this.take()
            if (next.text === ')') return args
            if (next.text !== ',') throw new JellyError(`expected ',' or ')' in expression '${this.text}'`)
        }
    }
    private primary(): Expression {
        const token = this.take()
        if (token.type === 'string' || token.type === 'number') return { kind: 'literal', value: token.value }
        if (token.text === '(') {
            const inner = this.or()
            this.expect(')')
            return inner
        }
        if (token.type === 'name') {
            if (token.text === 'true') return { kind: 'literal', value: true }
            if (token.text === 'false') return { kind: 'literal', value: false }
            if (token.text === 'null') return { kind: 'literal', value: null }
            if (token.text === 'empty') {
                const [operand] = this.args()
                return { kind: 'empty', operand }
            }
            if (this.peek()?.text === '(') throw new JellyError(`function '${token.text}()' is not emulated by the sandbox's JEXL`)
            return { kind: 'variable', name: token.text }
        }
        throw new JellyError(`unexpected '${token.text}' in expression '${this.text}'`)
    }
}

/** A text with embedded expressions: literal parts and parsed expressions, in order. */
export type Template = Array<string | Expression>

/** Splits `text` at each `marker` (`${` or `$[`) into literal parts and parsed expressions. */
export function parseTemplate(text: string, marker: '${' | '$['): Template {
    const close = marker === '${' ? '}' : ']'
    const parts: Template = []
    let from = 0
    for (;;) {
        const at = text.indexOf(marker, from)
        if (at < 0) break
        if (at > from) parts.push(text.substring(from, at))
        const { tokens, end } = tokenize(text, at + 2, close)
        parts.push(new Parser(tokens, text.substring(at, end)).parse())
        from = end
    }
    if (from < text.length || parts.length === 0) parts.push(text.substring(from))
    return parts
}

/** The Jelly variables an expression reads (its free names), for static checks of a macro. */
export function expressionNames(expression: Expression, into: Set<string> = new Set()): Set<string> {
    switch (expression.kind) {
        case 'variable':
            into.add(expression.name)
            break
        case 'member':
            expressionNames(expression.object, into)
            break
        case 'call':
            expressionNames(expression.object, into)
            expression.args.forEach((arg) => expressionNames(arg, into))
            break
        case 'empty':
        case 'not':
            expressionNames(expression.operand, into)
            break
        case 'binary':
            expressionNames(expression.left, into)
            expressionNames(expression.right, into)
            break
        default:
            break
    }
    return into
}

/** JEXL 1.x Coercion.coerceBoolean: Boolean as is, a String by Boolean.valueOf ('true' only), anything else false. */
export function jexlBoolean(value: unknown): boolean {
    if (typeof value === 'boolean') return value
    if (typeof value === 'string') return value.toLowerCase() === 'true'
    return false
}

/** JEXL 1.x equality: null only equals null; numbers numerically; booleans as booleans; else as strings. */
function jexlEquals(left: unknown, right: unknown): boolean {
    if (left === null && right === null) return true
    if (left === null || right === null) return false
    if (typeof left === typeof right) return left === right
    if (typeof left === 'number' || typeof right === 'number') return Number(left) === Number(right)
    if (typeof left === 'boolean' || typeof right === 'boolean') return jexlBoolean(left) === jexlBoolean(right)
    return String(left) === String(right)
}

function compare(left: unknown, right: unknown): number {
    if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0
    return Number(left) - Number(right)
}

const normalise = (value: unknown) => (value === undefined ? null : value)

export function evaluateExpression(expression: Expression, variables: ReadonlyMap<string, unknown>): unknown {
    switch (expression.kind) {
        case 'literal':
            return expression.value
        case 'variable':
            return normalise(variables.get(expression.name))
        case 'member': {
            const object = evaluateExpression(expression.object, variables)
            return object === null ? null : normalise((object as Record<string, unknown>)[expression.name])
        }
        case 'call': {
            const object = evaluateExpression(expression.object, variables) as Record<string, unknown> | null
            const method = object === null ? undefined : object[expression.name]
            if (typeof method !== 'function') throw new JellyError(`'${expression.name}' is not a method of the value it is called on`)
            return normalise(method.apply(object, expression.args.map((arg) => evaluateExpression(arg, variables))))
        }
        case 'empty': {
            const value = evaluateExpression(expression.operand, variables)
            return value === null || value === '' || (Array.isArray(value) && value.length === 0)
        }
        case 'not':
            return !jexlBoolean(evaluateExpression(expression.operand, variables))
        case 'binary': {
            const left = evaluateExpression(expression.left, variables)
            // and/or short-circuit, as JEXL does.
            if (expression.operator === 'and') return jexlBoolean(left) && jexlBoolean(evaluateExpression(expression.right, variables))
            if (expression.operator === 'or') return jexlBoolean(left) || jexlBoolean(evaluateExpression(expression.right, variables))
            const right = evaluateExpression(expression.right, variables)
            if (expression.operator === 'eq') return jexlEquals(left, right)
            if (expression.operator === 'ne') return !jexlEquals(left, right)
            const order = compare(left, right)
            if (expression.operator === 'lt') return order < 0
            if (expression.operator === 'gt') return order > 0
            if (expression.operator === 'le') return order <= 0
            return order >= 0
        }
    }
}

/**
 * A template's value: a lone expression gives its value as is (a test's boolean, an object);
 * text with expressions gives a string, a null rendering as nothing (as Jelly renders a null).
 */
export function evaluateTemplate(template: Template, variables: ReadonlyMap<string, unknown>): unknown {
    if (template.length === 1 && typeof template[0] !== 'string') return evaluateExpression(template[0], variables)
    return template.map((part) => (typeof part === 'string' ? part : jellyText(evaluateExpression(part, variables)))).join('')
}

export function jellyText(value: unknown): string {
    return value === null || value === undefined ? '' : String(value)
}
