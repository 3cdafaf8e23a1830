/**
 * Scoped GlideSystem (`gs`) subset — docs: "GlideSystem - Scoped". Every call acts on the
 * current platform (current.ts).
 */
import { currentPlatform } from './current'
import type { Platform } from './platform'
import { allOf, term } from './store/semantics'
import { newSysId } from './sysId'

type LogLevelName = 'debug' | 'info' | 'warn' | 'error'
const VERBOSITY: LogLevelName[] = ['debug', 'info', 'warn', 'error']

/** Replaces {0}, {1}, … with the arguments — docs: gs.info(message, parm1…parm5) / getMessage(key, args). */
export function substitute(text: string, args: unknown[]): string {
    return text.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole))
}

/**
 * Scoped logging honours the application's `<scope>.logging.verbosity` property
 * (debug | info | warn | error) — docs: "Scoped script logging". Emulation default when the
 * property is absent: info (debug messages are dropped).
 */
function write(level: LogLevelName, message: unknown, params: unknown[]): void {
    const p = currentPlatform()
    const verbosity = (p.getProperty(`${p.scope}.logging.verbosity`) ?? 'info') as LogLevelName
    const threshold = VERBOSITY.indexOf(verbosity)
    if (VERBOSITY.indexOf(level) < (threshold < 0 ? 1 : threshold)) return
    p.log(level, substitute(String(message), params))
}

export interface GlideUser {
    getID(): string
    getName(): string
    getDisplayName(): string
    getFirstName(): string
    getLastName(): string
    getFullName(): string
    getEmail(): string
    hasRole(role: string): boolean
    getRoles(): string[]
    isMemberOf(group: string): boolean
}

/** docs: "GlideUser - Scoped". */
function glideUser(p: Platform): GlideUser {
    const user = p.sessionUser()
    const id = user?.sys_id ?? ''
    const get = (field: string): string => user?.[field] ?? ''
    return {
        getID: () => id,
        getName: () => get('user_name'),
        getDisplayName: () => get('name'),
        getFirstName: () => get('first_name'),
        getLastName: () => get('last_name'),
        getFullName: () => get('name'),
        getEmail: () => get('email'),
        hasRole: (role) => p.hasRole(role, id || null),
        getRoles: () => [...p.userRoles(id || null)],
        isMemberOf: (group) => {
            const groupRow = p.store.get('sys_user_group', group) ?? p.findRow('sys_user_group', 'name', group)
            if (!groupRow || !id) return false
            return p.store.count('sys_user_grmember', allOf([term('user', '=', id), term('group', '=', groupRow.sys_id!)])) > 0
        },
    }
}

interface RecordLike {
    getTableName(): string
    getUniqueValue(): string
}

export const gs = {
    /** docs: getProperty(key, alt) — the sys_properties value, or alt when the property does not exist. */
    getProperty(name: string, alt?: unknown): any {
        const value = currentPlatform().getProperty(name)
        if (value === undefined) return alt === undefined ? null : alt
        return value ?? ''
    },

    /** docs: setProperty(key, value, description) — creates the property when missing. */
    setProperty(name: string, value: unknown, description?: string): void {
        const p = currentPlatform()
        p.setProperty(name, value === null || value === undefined ? null : String(value))
        if (description) {
            const row = p.findRow('sys_properties', 'name', name)
            if (row) p.store.update('sys_properties', row.sys_id!, { description })
        }
    },

    info(message: unknown, ...params: unknown[]): void {
        write('info', message, params)
    },
    warn(message: unknown, ...params: unknown[]): void {
        write('warn', message, params)
    },
    error(message: unknown, ...params: unknown[]): void {
        write('error', message, params)
    },
    debug(message: unknown, ...params: unknown[]): void {
        write('debug', message, params)
    },
    isDebugging(): boolean {
        const p = currentPlatform()
        return p.getProperty(`${p.scope}.logging.verbosity`) === 'debug'
    },

    /** docs: getUserID() — sys_id of the session user. */
    getUserID(): string {
        return currentPlatform().session.userId ?? ''
    },
    /** docs: getUserName() — user_name of the session user. */
    getUserName(): string {
        return currentPlatform().sessionUserName()
    },
    getUserDisplayName(): string {
        return currentPlatform().sessionUser()?.name ?? ''
    },
    getUser(): GlideUser {
        return glideUser(currentPlatform())
    },
    /** docs: hasRole(role) — true when the user has the role or is admin. */
    hasRole(role: string): boolean {
        return currentPlatform().hasRole(role)
    },

    /**
     * docs: getMessage(id, args) — the sys_ui_message text for the session language (falling back
     * to English, then to the key), with {n} replaced by args (one value or an array).
     */
    getMessage(key: string, args?: unknown): string {
        const p = currentPlatform()
        const lookup = (language: string) =>
            p.store.query('sys_ui_message', {
                where: allOf([term('key', '=', key), term('language', '=', language)]),
                limit: 1,
            })[0]?.message
        const text = lookup(p.session.language) ?? lookup('en') ?? key
        if (args === undefined || args === null) return text
        return substitute(text, Array.isArray(args) ? args : [args])
    },

    /** Not available to scoped applications — docs (Now SDK module guide): use new GlideDateTime(). */
    nowDateTime(): string {
        throw new Error(`Function nowDateTime is not allowed in scope ${currentPlatform().scope}`)
    },

    /** docs: generateGUID() — a 32-character hexadecimal GUID. */
    generateGUID(): string {
        return newSysId()
    },

    /** docs: eventQueue(name, record, parm1, parm2, queue) — writes a sysevent row in state ready. */
    eventQueue(name: string, record: RecordLike | null, parm1?: unknown, parm2?: unknown, queue?: string): void {
        const p = currentPlatform()
        p.insertRow('sysevent', {
            name,
            table: record?.getTableName() ?? null,
            instance: record?.getUniqueValue() ?? null,
            parm1: parm1 === undefined || parm1 === null ? null : String(parm1),
            parm2: parm2 === undefined || parm2 === null ? null : String(parm2),
            queue: queue ?? null,
            state: 'ready',
            user_id: p.session.userId,
            user_name: p.sessionUserName(),
            process_on: p.nowValue(),
        })
    },

    /** Session messages; read them back from platform.session.infoMessages / errorMessages. */
    addInfoMessage(message: unknown): void {
        currentPlatform().session.infoMessages.push(String(message))
    },
    addErrorMessage(message: unknown): void {
        currentPlatform().session.errorMessages.push(String(message))
    },

    /** docs: nil(o) — true when o is null, undefined, an empty string or an empty GlideElement. */
    nil(value: unknown): boolean {
        if (value === null || value === undefined || value === '') return true
        if (typeof value === 'object' && typeof (value as { nil?: unknown }).nil === 'function') {
            return (value as { nil(): boolean }).nil()
        }
        return false
    },

    /** docs: isInteractive() — false for REST, scheduled and background work (the emulation's default). */
    isInteractive(): boolean {
        return currentPlatform().session.interactive
    },

    getCurrentScopeName(): string {
        return currentPlatform().scope
    },
}
