/**
 * Platform: one emulated instance node. It owns the Store and the session, and reads its
 * configuration from tables the way the instance does (sys_properties, sys_user, sys_user_role,
 * sys_user_role_contains, sys_user_has_role, sys_security_acl(+_role), sys_ui_message, sys_script).
 * Helpers such as createUser/addAcl only write those rows; nothing is kept beside the tables
 * except the session, registered code rules, the async queue and counters.
 */
import { BusinessRuleEngine, CodeBusinessRule, RuleRecord } from './businessRules'
import { setCurrentPlatform } from './current'
import { gs } from './gs'
import { AccessRequest, decide, isAccessAllowed } from './security/acl'
import { expandUserRoles, roleIdByName } from './security/roles'
import { MemoryStore } from './store/MemoryStore'
import { allOf, term } from './store/semantics'
import { Row, Store } from './store/types'
import { isSysId, newSysId } from './sysId'
import { formatGlideDateTime } from './time'
import { installedIndexRows, installedSchemaRows } from './dictionary'
import { FidelitySwitches, strictFidelity } from './fidelity'
import { applyDictionaryDefaults } from './defaults'
import { storedFalse, typedRow } from './fieldTypes'
import { installPlatformDictionary } from './platformDictionary'
import { installPlatformChoices } from './platformChoices'
import { installPlatformDataPolicies } from './dataPolicy'
import { cutToFieldLengths } from './fieldLength'

export const APP_SCOPE = 'x_mioms_m365_assis'

/** Roles of a fresh instance (besides admin) that the app's records reference by name. */
const OUT_OF_BOX_ROLES = ['itil', 'incident_manager', 'snc_internal']

export type ScriptRunner = (script: string, globals: Record<string, unknown>) => unknown
export type ModuleRequire = (id: string) => unknown
export type InputValue = string | number | boolean | null | undefined

/** syslog levels — docs: System Log [syslog] table, level choices. */
export const LOG_LEVEL = { debug: '-1', info: '0', warn: '1', error: '2' } as const
export type LogLevel = keyof typeof LOG_LEVEL

export interface SessionState {
    userId: string | null
    language: string
    interactive: boolean
    infoMessages: string[]
    errorMessages: string[]
}

export interface PlatformStats {
    outboundCalls: number
    tokenRequests: number
}

export interface PlatformOptions {
    store?: Store
    scope?: string
    clock?: () => number
}

/** Default runner: evaluates script text with `new Function`, the globals as parameters. */
export const functionScriptRunner: ScriptRunner = (script, globals) =>
    new Function(...Object.keys(globals), script)(...Object.values(globals))

function toStored(value: InputValue): string | null {
    if (value === null || value === undefined || value === '') return null
    return String(value)
}

export class Platform {
    readonly store: Store
    private currentScope: string
    /** syslog.source for gs logging calls (the app's scope on the instance). */
    logSource: string
    readonly session: SessionState = {
        userId: null,
        language: 'en',
        interactive: false,
        infoMessages: [],
        errorMessages: [],
    }
    readonly businessRules: BusinessRuleEngine
    /** Strict or lenient side of each undocumented behaviour (fidelity.ts); strict unless a test or SANDBOX_LENIENT says otherwise. */
    readonly fidelity: FidelitySwitches = strictFidelity()
    /** Errors thrown by business-rule scripts, also written to syslog. */
    readonly scriptErrors: { source: string; error: unknown }[] = []
    private clock: () => number
    private scriptRunner: ScriptRunner = functionScriptRunner
    private requireFn: ModuleRequire = (id) => {
        throw new Error(`require('${id}'): no module loader configured (platform.setRequire)`)
    }
    private counters: PlatformStats = { outboundCalls: 0, tokenRequests: 0 }

    /** The application scope scripts run in (cross-scope checks: security/applicationAccess.ts). */
    get scope(): string {
        return this.currentScope
    }

    /**
     * Runs platform code that is not the app's script in another scope, e.g. an ATF step
     * configuration's own implementation (ServiceNow's code: the app's cross-scope policy does not
     * govern it), then restores the scope.
     */
    withScope<T>(scope: string, fn: () => T): T {
        const saved = this.currentScope
        this.currentScope = scope
        try {
            return fn()
        } finally {
            this.currentScope = saved
        }
    }

    constructor(options: PlatformOptions = {}) {
        this.store = options.store ?? new MemoryStore()
        this.currentScope = options.scope ?? APP_SCOPE
        this.logSource = this.currentScope
        this.clock = options.clock ?? Date.now
        this.businessRules = new BusinessRuleEngine({
            store: this.store,
            runScript: (script, globals) => this.scriptRunner(script, globals),
            scriptGlobals: (current, previous) => this.scriptGlobals(current, previous),
            reportScriptError: (source, error) => this.reportScriptError(source, error),
            runAs: (userId, fn) => this.runAs(userId, fn),
            sessionUserId: () => this.session.userId,
            getProperty: (name) => this.getProperty(name),
        })
    }

    // --- time ------------------------------------------------------------------------------
    now(): number {
        return this.clock()
    }
    setClock(clock: () => number): void {
        this.clock = clock
    }
    nowValue(): string {
        return formatGlideDateTime(this.now())
    }

    // --- rows ------------------------------------------------------------------------------
    /**
     * A system write (no business rules, no ACLs) filling sys_id and the sys fields; returns the
     * sys_id. Values are typed by the dictionary (fieldTypes.ts) and the dictionary defaults fill
     * the fields not given (defaults.ts), as for any insert on the instance.
     */
    insertRow(table: string, values: Record<string, InputValue>): string {
        const given: Row = {}
        for (const [k, v] of Object.entries(values)) given[k] = toStored(v)
        const row = typedRow(this.store, table, given, this.fidelity)
        applyDictionaryDefaults({ store: this.store, nowValue: () => this.nowValue(), sessionUserId: () => this.session.userId }, table, row)
        const sysId = row.sys_id ?? newSysId()
        const now = this.nowValue()
        const by = this.sessionUserName()
        // A system write is still a database write: values are cut to the field's length (fieldLength.ts).
        this.store.insert(table, cutToFieldLengths(this, table, {
            sys_created_on: now,
            sys_created_by: by,
            sys_updated_on: now,
            sys_updated_by: by,
            sys_mod_count: '0',
            ...row,
            sys_id: sysId,
        }))
        return sysId
    }

    /** First row matching an encoded-query-free field=value lookup. */
    findRow(table: string, field: string, value: string): Row | undefined {
        return this.store.query(table, { where: term(field, '=', value), limit: 1 })[0]
    }

    // --- users, roles and session ------------------------------------------------------------
    ensureRole(name: string, contains: string[] = []): string {
        const roleId = roleIdByName(this.store, name) ?? this.insertRow('sys_user_role', { name })
        for (const inner of contains) {
            const innerId = this.ensureRole(inner)
            const exists = this.store.count(
                'sys_user_role_contains',
                allOf([term('role', '=', roleId), term('contains', '=', innerId)]),
            )
            if (!exists) this.insertRow('sys_user_role_contains', { role: roleId, contains: innerId })
        }
        return roleId
    }

    createUser(userName: string, options: { roles?: string[]; fields?: Record<string, InputValue> } = {}): string {
        const userId = this.insertRow('sys_user', {
            user_name: userName,
            name: userName,
            active: 'true',
            web_service_access_only: 'false',
            ...options.fields,
        })
        for (const role of options.roles ?? []) this.grantRole(userId, role)
        return userId
    }

    grantRole(user: string, roleName: string): void {
        const userId = this.resolveUserId(user)
        this.insertRow('sys_user_has_role', { user: userId, role: this.ensureRole(roleName) })
    }

    findUser(userNameOrId: string): Row | undefined {
        if (isSysId(userNameOrId)) {
            const byId = this.store.get('sys_user', userNameOrId)
            if (byId) return byId
        }
        return this.findRow('sys_user', 'user_name', userNameOrId)
    }

    private resolveUserId(userNameOrId: string): string {
        const user = this.findUser(userNameOrId)
        if (!user) throw new Error(`No sys_user ${userNameOrId}`)
        return user.sys_id!
    }

    /** Sets the session user by user_name or sys_id; null leaves no user (a system context). */
    setSessionUser(userNameOrId: string | null): void {
        this.session.userId = userNameOrId === null ? null : this.resolveUserId(userNameOrId)
    }

    runAs<T>(userNameOrId: string | null, fn: () => T): T {
        const saved = this.session.userId
        this.setSessionUser(userNameOrId)
        try {
            return fn()
        } finally {
            this.session.userId = saved
        }
    }

    sessionUser(): Row | undefined {
        return this.session.userId ? this.store.get('sys_user', this.session.userId) : undefined
    }

    sessionUserName(): string {
        return this.sessionUser()?.user_name ?? 'system'
    }

    /** Role names of a user (default: session user), expanded through contained roles. */
    userRoles(userId: string | null = this.session.userId): Set<string> {
        return expandUserRoles(this.store, userId)
    }

    /** gs.hasRole semantics: true when the user holds the role or holds admin — docs: GlideSystem hasRole(). */
    hasRole(role: string, userId: string | null = this.session.userId): boolean {
        const roles = this.userRoles(userId)
        return roles.has('admin') || role.split(',').some((r) => roles.has(r.trim()))
    }

    // --- security --------------------------------------------------------------------------
    addAcl(acl: {
        name: string
        operation: AccessRequest['operation']
        type?: AccessRequest['type']
        roles?: string[]
        adminOverrides?: boolean
        decisionType?: 'allow' | 'deny'
        condition?: string
        active?: boolean
    }): string {
        const aclId = this.insertRow('sys_security_acl', {
            name: acl.name,
            operation: acl.operation,
            type: acl.type ?? 'record',
            active: acl.active ?? true,
            admin_overrides: acl.adminOverrides ?? true,
            decision_type: acl.decisionType ?? 'allow',
            condition: acl.condition,
            script: '',
        })
        for (const role of acl.roles ?? []) {
            this.insertRow('sys_security_acl_role', { sys_security_acl: aclId, sys_user_role: this.ensureRole(role) })
        }
        return aclId
    }

    canAccess(request: AccessRequest, userId: string | null = this.session.userId): boolean {
        return isAccessAllowed({ store: this.store, scope: this.scope, roles: this.userRoles(userId) }, request)
    }

    /** Decision of a given list of ACLs (e.g. a REST route's `acls`); no ACL listed → denied. */
    passesAcls(aclIds: string[], row?: Row, userId: string | null = this.session.userId): boolean {
        const acls = aclIds
            .map((id) => this.store.get('sys_security_acl', id))
            .filter((a): a is Row => !!a && !storedFalse(a.active))
        return decide({ store: this.store, scope: this.scope, roles: this.userRoles(userId) }, acls, row) ?? false
    }

    // --- configuration tables ----------------------------------------------------------------
    getProperty(name: string): string | null | undefined {
        const row = this.findRow('sys_properties', 'name', name)
        return row ? (row.value ?? null) : undefined
    }

    setProperty(name: string, value: InputValue): void {
        const row = this.findRow('sys_properties', 'name', name)
        if (row) this.store.update('sys_properties', row.sys_id!, { value: toStored(value), sys_updated_on: this.nowValue() })
        else this.insertRow('sys_properties', { name, value })
    }

    addMessage(key: string, message: string, language = 'en'): string {
        return this.insertRow('sys_ui_message', { key, message, language })
    }

    // --- logging ---------------------------------------------------------------------------
    log(level: LogLevel, message: string, source: string = this.logSource): void {
        this.insertRow('syslog', { level: LOG_LEVEL[level], message, source })
    }

    syslog(): Row[] {
        return this.store.query('syslog')
    }

    private reportScriptError(source: string, error: unknown): void {
        this.scriptErrors.push({ source, error })
        const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)
        this.log('error', `${source}: ${text}`, source)
    }

    // --- scripts and business rules -----------------------------------------------------------
    setScriptRunner(runner: ScriptRunner): void {
        this.scriptRunner = runner
    }
    runScript(script: string, globals: Record<string, unknown>): unknown {
        return this.scriptRunner(script, globals)
    }
    setRequire(fn: ModuleRequire): void {
        this.requireFn = fn
    }
    require(id: string): unknown {
        return this.requireFn(id)
    }
    scriptGlobals(current: RuleRecord | null, previous: RuleRecord | null): Record<string, unknown> {
        return { current, previous, gs, require: (id: string) => this.require(id) }
    }
    addBusinessRule(rule: CodeBusinessRule): void {
        this.businessRules.add(rule)
    }
    /** Runs queued async business rules; returns how many ran. */
    runAsyncQueue(): number {
        return this.businessRules.drainAsync()
    }

    // --- outbound HTTP counters --------------------------------------------------------------
    countOutbound(kind: 'rest' | 'oauth_token'): void {
        this.counters.outboundCalls++
        if (kind === 'oauth_token') this.counters.tokenRequests++
    }
    stats(): PlatformStats {
        return { ...this.counters }
    }
    resetStats(): void {
        this.counters = { outboundCalls: 0, tokenRequests: 0 }
    }

    /**
     * What a fresh instance has before any app: the platform tables' dictionary
     * (platformDictionary.ts), the admin role with an `admin` user holding it, and the
     * out-of-box choice lists and data policies the app meets.
     */
    bootstrap(): void {
        installPlatformDictionary(this.store)
        if (!this.findUser('admin')) this.createUser('admin', { roles: ['admin'], fields: { name: 'System Administrator', email: 'admin@example.com' } })
        installPlatformChoices(this)
        installPlatformDataPolicies(this)
        // Out-of-box roles the app names (its ACLs and Setup): every instance has them before the app is installed.
        for (const role of OUT_OF_BOX_ROLES) this.ensureRole(role)
    }
}

/** A fresh in-memory platform with an `admin` user (role admin) as session user, made current. */
export function createTestPlatform(options: PlatformOptions = {}): Platform {
    const platform = new Platform(options)
    platform.bootstrap()
    // The app is installed on every test instance: its tables' dictionary, as built (dictionary.ts).
    for (const { table, row } of installedSchemaRows()) {
        if (row.sys_id && !platform.store.get(table, row.sys_id)) platform.store.insert(table, { ...row })
    }
    // Its tables' indexes: unique ones refuse a second row with the key; the others make the queries they serve cheap.
    for (const index of installedIndexRows()) {
        if (index.unique) platform.store.ensureUniqueIndex(index.table, index.name, index.columns)
        else platform.store.ensureIndex(index.table, index.columns)
    }
    platform.setSessionUser('admin')
    setCurrentPlatform(platform)
    return platform
}
