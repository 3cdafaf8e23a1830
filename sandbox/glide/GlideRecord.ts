/**
 * GlideRecord and GlideRecordSecure — docs: "GlideRecord - Scoped", "GlideRecordSecure - Scoped".
 * See README.md for the supported subset. Fields are also reachable as properties
 * (gr.short_description is a GlideElement; assigning gr.short_description = 'x' sets the value).
 */
import { displayFieldOf, recordDisplayValue } from './displayValue'
import { currentPlatform } from './current'
import { GlideElement } from './GlideElement'
import { Platform } from './platform'
import { parseEncodedQuery, toEncodedQuery } from './query/encodedQuery'
import { accessChecker, AclOperation } from './security/acl'
import { allOf, anyOf, term as makeTerm } from './store/semantics'
import { AnyOf, assertName, Condition, Operator, OrderBy, Row, Store, Term } from './store/types'
import { newSysId } from './sysId'
import { RuleAction } from './businessRules'
import { applyDictionaryDefaults, DefaultContext } from './defaults'
import { FieldKind, fieldKind, storedTrue, toGetValue, toStored, toStringValue, typedCondition } from './fieldTypes'
import { applyPriorityLookup } from './priorityLookup'
import { applyTaskActiveState } from './taskActiveState'
import { dataPolicyViolation } from './dataPolicy'
import { UniqueKeyViolation } from './store/types'
import { dropInvalidTerms, RETURNS_NO_ROWS_PROPERTY } from './invalidQuery'
import { journalEntries, journalFieldsOf, writeJournalEntry } from './journal'
import { checkCrossScope, CrossScopeOperation } from './security/applicationAccess'
import { passwordKind, storedPassword } from './passwords'
import { rowAsSaved } from './fieldLength'

/** addQuery operator spellings — docs: GlideRecord addQuery(name, operator, value). */
const ADD_QUERY_OPERATORS: Record<string, Operator> = {
    '=': '=',
    '!=': '!=',
    '<>': '!=',
    '>': '>',
    '>=': '>=',
    '<': '<',
    '<=': '<=',
    IN: 'IN',
    'NOT IN': 'NOT IN',
    STARTSWITH: 'STARTSWITH',
    ENDSWITH: 'ENDSWITH',
    CONTAINS: 'LIKE',
    'DOES NOT CONTAIN': 'NOT LIKE',
    LIKE: 'LIKE',
    'NOT LIKE': 'NOT LIKE',
    ISEMPTY: 'ISEMPTY',
    ISNOTEMPTY: 'ISNOTEMPTY',
}

const FIELD_PROPERTY = /^[a-z][a-z0-9_]*$/
const NEVER_FIELDS = new Set(['then', 'constructor', 'toJSON', 'inspect', 'asymmetricMatch', 'nodeType', 'length'])

/** Converts a value handed to setValue/addQuery to its stored string form (null for empty). */
export function toFieldString(value: unknown): string | null {
    if (value === null || value === undefined) return null
    if (Array.isArray(value)) return value.map((v) => toFieldString(v) ?? '').join(',')
    // GlideElement and GlideDateTime convert through toString(), as in a script on the instance.
    const text = String(value)
    return text === '' ? null : text
}

function buildTerm(args: unknown[]): Term {
    const field = String(args[0])
    if (field.includes('.')) throw new Error(`Dot-walked fields are not supported by the emulation: ${field}`)
    if (args.length < 3) return makeTerm(field, '=', toFieldString(args[1]) ?? '')
    const spelled = String(args[1]).toUpperCase()
    const operator = ADD_QUERY_OPERATORS[spelled]
    if (!operator) throw new Error(`Unsupported addQuery operator: ${String(args[1])}`)
    return makeTerm(field, operator, toFieldString(args[2]) ?? '')
}

/** docs: "GlideQueryCondition - Scoped" — returned by addQuery; addOrCondition ORs with it. */
export class GlideQueryCondition {
    constructor(private readonly group: AnyOf) {}

    addOrCondition(...args: unknown[]): GlideQueryCondition {
        this.group.conditions.push(buildTerm(args))
        return this
    }

    addCondition(...args: unknown[]): GlideQueryCondition {
        const last = this.group.conditions.pop()!
        this.group.conditions.push(allOf([last, buildTerm(args)]))
        return this
    }
}

const fieldAccess: ProxyHandler<GlideRecord> = {
    get(target, prop, receiver) {
        if (typeof prop !== 'string' || prop in target || NEVER_FIELDS.has(prop) || !FIELD_PROPERTY.test(prop)) {
            return Reflect.get(target, prop, receiver)
        }
        return target.getElement(prop)
    },
    set(target, prop, value) {
        if (typeof prop !== 'string' || prop in target || !FIELD_PROPERTY.test(prop)) {
            return Reflect.set(target, prop, value)
        }
        target.setValue(prop, value)
        return true
    },
}

export class GlideRecord {
    protected readonly _platform: Platform
    protected _enforceAcls = false
    private readonly _table: string
    private _conditions: Condition[] = []
    private _orderBy: OrderBy[] = []
    private _limit: number | undefined = undefined
    private _offset: number | undefined = undefined
    private _results: Row[] = []
    private _cursor = -1
    private _values: Row = {}
    private _original: Row = {}
    private _new = false
    private _valid = false
    private _workflow = true
    private _autoSys = true
    private _aborted = false
    private _operation = ''
    private _lastError = ''
    private _setFields = new Set<string>()
    private _elements = new Map<string, GlideElement>()
    private _kinds = new Map<string, FieldKind>()

    constructor(table: string) {
        assertName('table', table)
        this._platform = currentPlatform()
        this._table = table
        return new Proxy(this, fieldAccess)
    }

    // --- query building ------------------------------------------------------------------
    /** docs: addQuery(name, value) / addQuery(name, operator, value) / addQuery(encodedQuery). */
    addQuery(...args: unknown[]): GlideQueryCondition {
        if (args.length === 1) {
            this.addEncodedQuery(String(args[0]))
            const last = this._conditions[this._conditions.length - 1]
            return new GlideQueryCondition(last?.kind === 'or' ? last : anyOf([]) as AnyOf)
        }
        const group = anyOf([buildTerm(args)]) as AnyOf
        this._conditions.push(group)
        return new GlideQueryCondition(group)
    }

    addEncodedQuery(query: string): void {
        if (!query) return
        const parsed = parseEncodedQuery(query)
        this._conditions.push(parsed.condition)
        this._orderBy.push(...parsed.orderBy)
    }

    addNullQuery(field: string): GlideQueryCondition {
        return this.addQuery(field, 'ISEMPTY', '')
    }

    addNotNullQuery(field: string): GlideQueryCondition {
        return this.addQuery(field, 'ISNOTEMPTY', '')
    }

    addActiveQuery(): GlideQueryCondition {
        return this.addQuery('active', 'true')
    }

    addInactiveQuery(): GlideQueryCondition {
        return this.addQuery('active', 'false')
    }

    orderBy(field: string): void {
        this._orderBy.push({ field, descending: false })
    }

    orderByDesc(field: string): void {
        this._orderBy.push({ field, descending: true })
    }

    setLimit(limit: number): void {
        this._limit = limit
    }

    /** docs: chooseWindow(firstRow, lastRow) — rows first (inclusive) to last (exclusive). */
    chooseWindow(first: number, last: number): void {
        this._offset = first
        this._limit = Math.max(0, last - first)
    }

    getEncodedQuery(): string {
        return toEncodedQuery(allOf(this._conditions), this._orderBy)
    }

    // --- running queries -----------------------------------------------------------------
    query(...args: unknown[]): void {
        if (args.length >= 2) this.addQuery(...args)
        this._results = this._select(allOf(this._conditions), this._limit, this._offset)
        this._cursor = -1
    }

    _query(...args: unknown[]): void {
        this.query(...args)
    }

    private _select(where: Condition, limit?: number, offset?: number): Row[] {
        if (this._crossScopeRefused('read')) return []
        // docs: the invalid part of a query is dropped, or no rows with glide.invalid_query.returns_no_rows (invalidQuery.ts).
        const checked = dropInvalidTerms(this._platform.store, this._table, where)
        if (checked.invalidFields.length > 0) {
            this._platform.log('warn', `Invalid query detected: unknown field ${checked.invalidFields.join(', ')} in table ${this._table}; that part of the query is dropped`, 'GlideRecord')
            if (storedTrue(this._platform.getProperty(RETURNS_NO_ROWS_PROPERTY))) return []
        }
        // True/False terms match either spelling (active=true and active=1), as on the instance (fieldTypes.ts).
        const typed = typedCondition(this._platform.store, this._table, checked.condition)
        // The platform documents no order for rows a sort leaves tied (or an unsorted query): strict gives the reverse of insertion order.
        const ties = this._platform.fidelity.sortTies === 'lenient' ? 'insertion' : 'reverse'
        const rows = this._platform.store.query(this._table, { where: typed, orderBy: this._orderBy, ties, limit, offset })
        if (!this._enforceAcls) return rows
        const canRead = this._checker('read')
        const readable = rows.filter((row) => canRead(row))
        if (readable.length < rows.length) {
            this._securityLog('read', `${rows.length - readable.length} rows removed by security constraints`)
        }
        return readable
    }

    next(): boolean {
        if (this._cursor + 1 >= this._results.length) {
            this._cursor = this._results.length
            this._valid = false
            return false
        }
        this._cursor++
        this._load(this._results[this._cursor])
        return true
    }

    _next(): boolean {
        return this.next()
    }

    hasNext(): boolean {
        return this._cursor + 1 < this._results.length
    }

    /** docs: getRowCount() — the number of rows in the query result. */
    getRowCount(): number {
        return this._results.length
    }

    /** docs: get(name, value) — or get(sysId) with one argument; positions on the record found. */
    get(nameOrId: unknown, value?: unknown): boolean {
        const field = value === undefined ? 'sys_id' : String(nameOrId)
        const wanted = toFieldString(value === undefined ? nameOrId : value)
        if (wanted === null) return false
        this._results = this._select(makeTerm(field, '=', wanted), 1)
        this._cursor = -1
        return this.next()
    }

    _get(nameOrId: unknown, value?: unknown): boolean {
        return this.get(nameOrId, value)
    }

    private _load(row: Row): void {
        this._values = { ...row }
        this._original = { ...row }
        this._new = false
        this._valid = true
        this._aborted = false
        this._setFields.clear()
    }

    // --- record state --------------------------------------------------------------------
    /**
     * docs: initialize() — an empty record ready for insert (no sys_id yet); dictionary defaults
     * are filled in by insert() for the fields never set (see defaults.ts).
     */
    initialize(): void {
        this._values = {}
        this._original = {}
        this._new = true
        this._valid = false
        this._aborted = false
        this._setFields.clear()
    }

    /** docs: newRecord() — sets the default values for the fields and assigns a unique ID (see defaults.ts). */
    newRecord(): void {
        this.initialize()
        applyDictionaryDefaults(this._defaultContext(), this._table, this._values)
        this._values.sys_id = newSysId()
    }

    isNewRecord(): boolean {
        return this._new
    }

    isValidRecord(): boolean {
        return this._valid
    }

    isValid(): boolean {
        return this._platform.store.hasTable(this._table) || !!this._platform.findRow('sys_db_object', 'name', this._table)
    }

    getTableName(): string {
        return this._table
    }

    getRecordClassName(): string {
        return this._values.sys_class_name ?? this._table
    }

    getUniqueValue(): string {
        return this._values.sys_id ?? ''
    }

    /** docs: getValue(name) — the stored string, or null when the field is empty; True/False fields give '1'/'0' (fieldTypes.ts). */
    getValue(name: string): string | null {
        return toGetValue(this._kind(name), this._values[name])
    }

    /** Stores the value in its field type's form (fieldTypes.ts): true/'1' → 'true', '01' → '1' in an integer field, ... */
    setValue(name: string, value: unknown): void {
        if (name.includes('.')) throw new Error(`Dot-walked fields are not supported by the emulation: ${name}`)
        assertName('column', name)
        // Password fields: undocumented for setValue, strict stores the text as given (passwords.ts, fidelity passwordSetValue).
        const password = this._platform.fidelity.passwordSetValue === 'lenient' ? passwordKind(this._platform.store, this._table, name) : null
        if (password && value !== 'NULL' && value !== null && value !== undefined && value !== '') return this._setStoredValue(name, storedPassword(password, toFieldString(value) ?? ''))
        // docs "Setting a GlideRecord variable to 'NULL'": the text 'NULL' returns the field to its initial (null) state.
        this._values[name] = value === 'NULL' ? null : this._typed(name, value)
        this._setFields.add(name)
    }

    /** Sets the value exactly as the platform stores it (a password's hash or encrypted form, from GlideElement.setDisplayValue). */
    _setStoredValue(name: string, stored: string | null): void {
        assertName('column', name)
        this._values[name] = stored
        this._setFields.add(name)
    }

    setNewGuidValue(guid: string): void {
        this._values.sys_id = guid
    }

    setNewGuid(): string {
        this._values.sys_id = newSysId()
        return this._values.sys_id
    }

    getElement(name: string): GlideElement {
        let element = this._elements.get(name)
        if (!element) {
            element = new GlideElement(this, name)
            this._elements.set(name, element)
        }
        return element
    }

    /** docs: getDisplayValue() / getDisplayValue(field) — see displayValue.ts for the rules. */
    getDisplayValue(field?: string): string {
        if (field) return this.getElement(field).getDisplayValue()
        return recordDisplayValue(this._platform.store, this._table, this._values)
    }

    getDisplayFieldName(): string | undefined {
        return displayFieldOf(this._platform.store, this._table, this._values)
    }

    /** The record's values as a Row (for conditions and rule filters). */
    toRow(): Row {
        return { ...this._values }
    }

    getLastErrorMessage(): string {
        return this._lastError
    }

    operation(): string {
        return this._operation
    }

    // --- write control -------------------------------------------------------------------
    setWorkflow(enabled: boolean): void {
        this._workflow = enabled
    }

    isWorkflow(): boolean {
        return this._workflow
    }

    autoSysFields(enabled: boolean): void {
        this._autoSys = enabled
    }

    /** docs: setAbortAction(true) — the current insert/update/delete is cancelled. */
    setAbortAction(abort: boolean): void {
        this._aborted = abort
    }

    isActionAborted(): boolean {
        return this._aborted
    }

    // --- writes --------------------------------------------------------------------------
    /** docs: insert() — the new record's sys_id, or null when the insert did not happen. */
    insert(): string | null {
        this._aborted = false
        if (!this._allowed('create', this._values)) return null
        // docs (Application access): a refused cross-scope create returns null and writes nothing.
        if (this._crossScopeRefused('create')) return null
        // docs: dictionary default values apply to the fields an insert leaves unset (defaults.ts).
        applyDictionaryDefaults(this._defaultContext(), this._table, this._values)
        if (this._workflow) applyPriorityLookup(this._table, this._values)
        if (!this._values.sys_id) this._values.sys_id = newSysId()
        if (this._autoSys) this._stampSysFields(true)
        const sysId = this._values.sys_id
        return this._write('insert', null, () => this._platform.store.insert(this._table, rowAsSaved(this._platform, this._table, this._withoutJournal(this._values), this._values))) ? sysId : null
    }

    /** docs: update() — the sys_id of the updated record (inserts a new record), or null when aborted or denied. */
    update(reason?: unknown): string | null {
        void reason
        if (this._new) return this.insert()
        if (!this._valid) return null
        this._aborted = false
        if (!this._allowed('write', this._values)) return null
        if (this._crossScopeRefused('write')) return null
        if (this._workflow) applyPriorityLookup(this._table, this._values)
        if (this._changedFields().length === 0) return this.getUniqueValue()
        const previous = this._snapshot(this._original)
        const ok = this._write('update', previous, () => {
            if (this._autoSys) this._stampSysFields(false)
            const changes: Row = {}
            for (const f of this._changedFields()) changes[f] = this._values[f] ?? null
            for (const f of this._journalFields()) delete changes[f]
            this._platform.store.update(this._table, this.getUniqueValue(), rowAsSaved(this._platform, this._table, changes, this._values))
        })
        return ok ? this.getUniqueValue() : null
    }

    /** docs: deleteRecord() — true when the record was deleted. */
    deleteRecord(): boolean {
        if (!this._valid) return false
        this._aborted = false
        if (!this._allowed('delete', this._values)) return false
        if (this._crossScopeRefused('delete')) return false
        const snapshot = this._snapshot(this._values)
        return this._write('delete', snapshot, () => this._platform.store.delete(this._table, this.getUniqueValue()))
    }

    /** docs: deleteMultiple() — deletes every record matching the query (rules run per record unless setWorkflow(false)). */
    deleteMultiple(): void {
        for (const row of this._select(allOf(this._conditions), this._limit, this._offset)) {
            this._sibling(row).deleteRecord()
        }
    }

    /** docs: updateMultiple() — applies the values set with setValue to every matching record. */
    updateMultiple(): void {
        const fields = [...this._setFields]
        for (const row of this._select(allOf(this._conditions), this._limit, this._offset)) {
            const gr = this._sibling(row)
            for (const f of fields) gr.setValue(f, this._values[f])
            gr.update()
        }
    }

    /** Runs before rules, the write, then after rules and queues async rules; false when aborted. */
    private _write(action: RuleAction, previous: GlideRecord | null, write: () => void): boolean {
        const rules = this._platform.businessRules
        this._operation = action
        let written = false
        try {
            if (this._workflow) rules.run('before', action, this, previous)
            if (this._aborted) {
                this._lastError = `Operation against file '${this._table}' was aborted by Business Rule`
                this._platform.log('info', this._lastError, 'BusinessRule')
                return false
            }
            // active follows state (Task Active State Management, taskActiveState.ts), on the state the before rules left.
            if (this._workflow && action !== 'delete') applyTaskActiveState(this._table, this._values, this._platform.fidelity)
            // Data policies run on every GlideRecord write after the before rules (dataPolicy.ts).
            const refused = action === 'delete' ? null : dataPolicyViolation(this._platform, this._table, this._values)
            if (refused) return this._refuse(refused)
            const journal = action === 'delete' ? [] : this._journalFields().filter((f) => this._values[f])
            try {
                write()
            } catch (error) {
                // A unique index refused the row (another transaction got there first): the database
                // writes nothing, the insert/update returns null and the platform logs the refusal.
                if (!(error instanceof UniqueKeyViolation)) throw error
                this._lastError = `Unique Key violation detected by database (${error.message})`
                this._platform.log('error', this._lastError, 'GlideRecord')
                return false
            }
            written = true
            if (action === 'delete') {
                this._valid = false
            } else {
                for (const element of journal) {
                    writeJournalEntry({ table: this._table, element, elementId: this.getUniqueValue(), value: this._values[element]!, insertRow: (t, v) => this._platform.insertRow(t, v) })
                }
                this._new = false
                this._valid = true
                this._setFields.clear()
            }
            if (this._workflow) {
                rules.run('after', action, this, previous)
                const table = this._table
                const sysId = this.getUniqueValue()
                const snapshot = this._snapshot(this._values)
                // The async rules' conditions are evaluated now, on this write's current and previous.
                rules.enqueueAsync(table, action, this, previous, () => {
                    if (action === 'delete') return { current: snapshot, previous: null }
                    const fresh = new GlideRecord(table)
                    return fresh.get(sysId) ? { current: fresh, previous: null } : null
                })
            }
            return true
        } finally {
            this._operation = ''
            if (written && action !== 'delete') {
                // docs (Business rules): after rules and async conditions see the write's changes ("the
                // condition field supports changes()"), so the loaded values become the written ones only now.
                // A journal field was empty before (it stores nothing, see journal.ts): its new entry is a
                // change unless changes() of journal fields is off (fidelity journalChanges, GlideElement.ts).
                this._original = { ...this._values }
                // docs (Journal fields): once written, the field reads back empty.
                for (const element of this._journalFields()) {
                    this._values[element] = null
                    this._original[element] = null
                }
            }
        }
    }

    /** A write refused by the platform (data policy): nothing written, the reason in getLastErrorMessage(), syslog and the session. */
    private _refuse(reason: string): boolean {
        this._lastError = reason
        this._platform.log('error', reason, 'DataPolicy')
        this._platform.session.errorMessages.push(reason)
        return false
    }

    /** Journal fields among the record's current values (see journal.ts). */
    private _journalFields(): string[] {
        return journalFieldsOf(this._platform.store, this._table, Object.keys(this._values))
    }

    private _withoutJournal(row: Row): Row {
        const copy = { ...row }
        for (const f of journalFieldsOf(this._platform.store, this._table, Object.keys(copy))) delete copy[f]
        return copy
    }

    private _stampSysFields(inserting: boolean): void {
        const now = this._platform.nowValue()
        const by = this._platform.sessionUserName()
        if (inserting) {
            this._values.sys_created_on = now
            this._values.sys_created_by = by
            this._values.sys_mod_count = '0'
        } else {
            this._values.sys_mod_count = String(Number(this._original.sys_mod_count ?? '0') + 1)
        }
        this._values.sys_updated_on = now
        this._values.sys_updated_by = by
    }

    private _changedFields(): string[] {
        const norm = (v: string | null | undefined) => (v === undefined || v === '' ? null : v)
        return Object.keys(this._values).filter((f) => norm(this._values[f]) !== norm(this._original[f]))
    }

    private _snapshot(row: Row): GlideRecord {
        const gr = new GlideRecord(this._table)
        gr._load(row)
        return gr
    }

    private _sibling(row: Row): GlideRecord {
        const Kind = this.constructor as typeof GlideRecord
        const gr = new Kind(this._table)
        gr._load(row)
        gr.setWorkflow(this._workflow)
        gr.autoSysFields(this._autoSys)
        return gr
    }

    // --- security ------------------------------------------------------------------------
    private _checker(operation: AclOperation): (row?: Row) => boolean {
        const p = this._platform
        return accessChecker(
            { store: p.store, scope: p.scope, roles: p.userRoles() },
            { type: 'record', name: this._table, operation },
        )
    }

    private _currentRow(): Row | undefined {
        return this._valid || this._new ? this._values : undefined
    }

    canRead(): boolean {
        return this._checker('read')(this._currentRow())
    }

    canWrite(): boolean {
        return this._checker('write')(this._currentRow())
    }

    canCreate(): boolean {
        return this._checker('create')(this._currentRow())
    }

    canDelete(): boolean {
        return this._checker('delete')(this._currentRow())
    }

    /** GlideRecordSecure only: checks the ACL and logs a warning when denied. */
    private _allowed(operation: AclOperation, row: Row): boolean {
        if (!this._enforceAcls || this._checker(operation)(row)) return true
        this._lastError = `Security restricted: ${operation} operation on table '${this._table}' denied by ACL`
        this._securityLog(operation, 'denied by ACL')
        return false
    }

    /**
     * Application access from other scopes (security/applicationAccess.ts): a refused read finds
     * nothing, a refused write writes nothing; neither throws (KB0727180, KB1641480; community
     * reports: an empty GlideRecord, canRead() still true). The refusal is logged by the platform
     * only: getLastErrorMessage() is not set (undocumented; strict: the script learns nothing).
     */
    private _crossScopeRefused(operation: CrossScopeOperation): boolean {
        return !checkCrossScope(this._platform, this._table, operation)
    }

    private _securityLog(operation: AclOperation, detail: string): void {
        const user = this._platform.sessionUserName()
        this._platform.log('warn', `Security restricted: ${operation} operation on table '${this._table}' for user '${user}': ${detail}`, 'GlideRecordSecure')
    }

    // --- field types -------------------------------------------------------------------
    /** The field's kind from the dictionary, looked up once per record object (fieldTypes.ts). */
    private _kind(name: string): FieldKind {
        let kind = this._kinds.get(name)
        if (kind === undefined) {
            kind = fieldKind(this._platform.store, this._table, name)
            this._kinds.set(name, kind)
        }
        return kind
    }

    private _defaultContext(): DefaultContext {
        const p = this._platform
        return { store: p.store, nowValue: () => p.nowValue(), sessionUserId: () => p.session.userId }
    }

    // --- ElementHost ---------------------------------------------------------------------
    _originalValue(name: string): string | null {
        const v = this._original[name]
        return v === undefined || v === '' ? null : v
    }

    _storedValue(name: string): string | null {
        const v = this._values[name]
        return v === undefined || v === '' ? null : v
    }

    _stringValue(name: string): string {
        return toStringValue(this._kind(name), this._values[name])
    }

    _typed(name: string, value: unknown): string | null {
        return toStored(this._kind(name), toFieldString(value), this._platform.fidelity)
    }

    _isNewRow(): boolean {
        return this._new
    }

    _store(): Store {
        return this._platform.store
    }

    _journalEntry(name: string, mostRecent: number): string {
        return journalEntries(this._platform.store, this._table, name, this._isNewRow() ? '' : this.getUniqueValue(), mostRecent)
    }

    _openRecord(table: string, sysId: string): GlideRecord {
        if (!table) throw new Error('getRefRecord: the field is not a reference')
        const gr = new GlideRecord(table)
        if (sysId) gr.get(sysId)
        return gr
    }
}

/** GlideRecordSecure — GlideRecord that enforces ACLs for the session user (docs: "GlideRecordSecure - Scoped"). */
export class GlideRecordSecure extends GlideRecord {
    constructor(table: string) {
        super(table)
        this._enforceAcls = true
    }
}
