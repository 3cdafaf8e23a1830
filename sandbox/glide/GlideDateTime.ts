/**
 * GlideDateTime subset — docs: "GlideDateTime - Scoped". Values are UTC; the internal format
 * is 'YYYY-MM-DD HH:mm:ss'. Implemented: constructor(), constructor(String UTC value),
 * constructor(GlideDateTime), getValue, setValue (string or milliseconds), getNumericValue,
 * setNumericValue, addSeconds, add(ms), addDaysUTC, before, after, compareTo, equals,
 * getDisplayValue / getDisplayValueInternal (the emulated session time zone is UTC and the
 * date format the system default, so they equal getValue), isValid, toString.
 * "Now" is the current platform's clock (platform.setClock), so tests can move time.
 */
import { currentPlatform } from './current'
import { formatGlideDateTime, parseGlideDateTime } from './time'

export class GlideDateTime {
    private ms: number | undefined

    constructor(value?: string | GlideDateTime) {
        if (value instanceof GlideDateTime) this.ms = value.ms
        else if (value === undefined) this.ms = currentPlatform().now()
        else this.ms = parseGlideDateTime(value)
    }

    /** docs: getValue() — the date and time in the internal format, UTC. */
    getValue(): string {
        return this.ms === undefined ? '' : formatGlideDateTime(this.ms)
    }

    /** docs: setValue(Object) — a 'yyyy-MM-dd HH:mm:ss' UTC string or milliseconds since the epoch. */
    setValue(value: string | number | GlideDateTime): void {
        if (value instanceof GlideDateTime) this.ms = value.ms
        else if (typeof value === 'number') this.ms = value
        else this.ms = parseGlideDateTime(value)
    }

    /** docs: getNumericValue() — milliseconds since January 1, 1970 00:00:00 GMT. */
    getNumericValue(): number {
        return this.ms ?? 0
    }

    setNumericValue(ms: number): void {
        this.ms = ms
    }

    /** docs: addSeconds(Number) — adds (or subtracts, when negative) seconds. */
    addSeconds(seconds: number): void {
        if (this.ms !== undefined) this.ms += seconds * 1000
    }

    /** docs: add(Number milliseconds). */
    add(ms: number): void {
        if (this.ms !== undefined) this.ms += ms
    }

    addDaysUTC(days: number): void {
        if (this.ms !== undefined) this.ms += days * 86_400_000
    }

    /** docs: before(GlideDateTime) / after(GlideDateTime). */
    before(other: GlideDateTime): boolean {
        return this.compareTo(other) < 0
    }

    after(other: GlideDateTime): boolean {
        return this.compareTo(other) > 0
    }

    /** docs: compareTo(Object) — 0 when equal, 1 when this is after, -1 when before. */
    compareTo(other: GlideDateTime | string): number {
        const o = typeof other === 'string' ? new GlideDateTime(other) : other
        const diff = this.getNumericValue() - o.getNumericValue()
        return diff === 0 ? 0 : diff > 0 ? 1 : -1
    }

    equals(other: GlideDateTime | string): boolean {
        return this.compareTo(other) === 0
    }

    getDisplayValue(): string {
        return this.getValue()
    }

    getDisplayValueInternal(): string {
        return this.getValue()
    }

    /** docs: isValid() — false after setting an unparseable value. */
    isValid(): boolean {
        return this.ms !== undefined
    }

    toString(): string {
        return this.getValue()
    }
}
