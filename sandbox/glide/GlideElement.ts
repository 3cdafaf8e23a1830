/**
 * GlideElement subset — docs: "GlideElement - Scoped": toString, getValue (string, null when
 * empty), setValue, getDisplayValue, nil, changes, changesTo, changesFrom, getName, getTableName,
 * getReferenceTable, getRefRecord, getJournalEntry (journal.ts), getED (GlideElementDescriptor.ts), canRead, canWrite. Reached as gr.<field> or gr.getElement(field).
 */
import { currentPlatform } from './current'
import { fieldDisplayValue, referenceTableOf } from './displayValue'
import { isJournalField } from './journal'
import { GlideElementDescriptor } from './GlideElementDescriptor'
import { Store } from './store/types'
import { decryptPassword2, passwordKind, storedPassword } from './passwords'

/** What an element needs from its record (implemented by GlideRecord). */
export interface ElementHost {
    getTableName(): string
    getValue(name: string): string | null
    setValue(name: string, value: unknown): void
    /** Sets the value in its stored form (no typing, no password transform). */
    _setStoredValue(name: string, stored: string | null): void
    canRead(): boolean
    canWrite(): boolean
    _originalValue(name: string): string | null
    /** The value as stored (True/False as 'true'/'false'). */
    _storedValue(name: string): string | null
    /** What toString() gives (fieldTypes.ts). */
    _stringValue(name: string): string
    /** A value in the field's stored form, for comparisons. */
    _typed(name: string, value: unknown): string | null
    _isNewRow(): boolean
    _store(): Store
    _journalEntry(name: string, mostRecent: number): string
    _openRecord(table: string, sysId: string): unknown
}

export class GlideElement {
    constructor(
        private readonly record: ElementHost,
        private readonly name: string,
    ) {}

    getName(): string {
        return this.name
    }

    getTableName(): string {
        return this.record.getTableName()
    }

    getValue(): string | null {
        return this.record.getValue(this.name)
    }

    setValue(value: unknown): void {
        this.record.setValue(this.name, value)
    }

    /** docs: toString() — the value as a string; empty fields give ''; True/False fields 'true'/'false' (fieldTypes.ts). */
    toString(): string {
        return this.record._stringValue(this.name)
    }

    getDisplayValue(): string {
        return fieldDisplayValue(this.record._store(), this.getTableName(), this.name, this.record._storedValue(this.name))
    }

    /**
     * docs: setDisplayValue(value) — "Sets the display value of the field". Emulated for password
     * fields only, where the display value is the plain password: a `password` field stores its
     * one-way hash (what login and basic auth check), a `password2` field its encrypted value
     * (passwords.ts). Other field types fail loudly (display-to-value conversion not emulated).
     */
    setDisplayValue(value: unknown): void {
        const kind = passwordKind(this.record._store(), this.getTableName(), this.name)
        if (!kind) throw new Error(`GlideElement.setDisplayValue is emulated for password fields only (${this.getTableName()}.${this.name})`)
        const plain = value === null || value === undefined ? '' : String(value)
        this.record._setStoredValue(this.name, plain === '' ? null : storedPassword(kind, plain))
    }

    /**
     * docs: getDecryptedValue() — the clear text of a Password (2 Way Encrypted) field. From a
     * scoped app "this is allowed only when the record is within the scope of your application"
     * (ServiceNow community, staff answer:
     * https://www.servicenow.com/community/developer-forum/scoped-applications-and-missing-api-s/m-p/1708514 );
     * what a refused call does is undocumented: strict throws. A stored value the platform did not
     * encrypt (set with setValue, fidelity passwordSetValue) gives ''. Other field types fail loudly.
     */
    getDecryptedValue(): string {
        const table = this.getTableName()
        if (passwordKind(this.record._store(), table, this.name) !== 'password2') {
            throw new Error(`GlideElement.getDecryptedValue is emulated for Password (2 Way Encrypted) fields only (${table}.${this.name})`)
        }
        const scope = currentPlatform().scope
        if (scope && scope !== 'global' && !table.startsWith(`${scope}_`)) {
            throw new Error(`getDecryptedValue refused: ${table} is not in scope ${scope} (a scoped app may decrypt only its own records)`)
        }
        return decryptPassword2(this.record._storedValue(this.name)) ?? ''
    }

    /** docs: nil() — true when the field is null or empty. */
    nil(): boolean {
        return this.getValue() === null
    }

    /**
     * docs: changes() — true when the value differs from the value loaded (or, on insert, was set).
     * Journal fields: "available for all available data types, except Journal fields" (GlideElement -
     * Scoped); strict: always false, lenient (fidelity journalChanges): true after a new entry was set.
     */
    changes(): boolean {
        if (currentPlatform().fidelity.journalChanges === 'strict' && isJournalField(this.record._store(), this.getTableName(), this.name)) return false
        return this.record._storedValue(this.name) !== this.record._originalValue(this.name)
    }

    /** Compared in the field's stored form, so changesTo(true) and changesTo('1') agree on a True/False field. */
    changesTo(value: unknown): boolean {
        return this.changes() && this.record._storedValue(this.name) === this.record._typed(this.name, value)
    }

    changesFrom(value: unknown): boolean {
        return this.changes() && this.record._originalValue(this.name) === this.record._typed(this.name, value)
    }

    getReferenceTable(): string {
        return referenceTableOf(this.record._store(), this.getTableName(), this.name) ?? ''
    }

    /** docs: getRefRecord() — the referenced record (a GlideRecord; isValidRecord() false when empty or missing). */
    getRefRecord(): unknown {
        return this.record._openRecord(this.getReferenceTable(), this.getValue() ?? '')
    }

    /** docs: getJournalEntry(mostRecent) — 1 the newest entry, -1 all entries (see journal.ts). */
    getJournalEntry(mostRecent: number): string {
        return this.record._journalEntry(this.name, mostRecent)
    }

    /** docs: getED() — the field's GlideElementDescriptor (length, internal type, name, label). */
    getED(): GlideElementDescriptor {
        return new GlideElementDescriptor(this.record._store(), this.getTableName(), this.name)
    }

    canRead(): boolean {
        return this.record.canRead()
    }

    canWrite(): boolean {
        return this.record.canWrite()
    }
}
