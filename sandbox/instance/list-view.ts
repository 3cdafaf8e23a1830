/**
 * The classic list (`<table>_list.do`) and the application navigator's modules, as an admin uses
 * them to open the app's menu: Microsoft 365 Support > Service Health, Logs, Outbound HTTP Logs, ...
 *
 * Modules (sys_app_module): a module opens the URL its link type names — "List of Records" (LIST)
 * and "List Filter" (FILTER) open `<table>_list.do?sysparm_query=<filter>`, a direct link (DIRECT)
 * opens its `query` (a UI page). A module shows only to users holding one of its roles (none = all)
 * and one of its menu's roles (ServiceNow docs, "Create a module": Roles "Restricts module access to
 * the specified roles": https://docs.servicenow.com/bundle/london-platform-user-interface/page/administer/navigation-and-ui/task/t_CreateAModule.html).
 *
 * The list: `sysparm_query` is an encoded query and its ORDERBY/ORDERBYDESC terms sort the list
 * (docs, "Navigate to a record or module using a URL": for a list, sysparm_query "Returns records
 * that match the query conditions":
 * https://www.servicenow.com/docs/r/australia/platform-user-interface/navigate-using-url.html). Rows
 * are read with GlideRecordSecure, so a user sees only the rows the table's read ACLs allow, and the
 * list says how many were removed ("Number of rows removed from this list by Security constraints").
 * Columns: the list layout of the table's default view (sys_ui_list / sys_ui_list_element) when the
 * instance has one, else the base system's layout of the platform tables the menu opens, else the
 * table's own fields in dictionary order (the first eight). Not emulated: paging (the first 100 rows
 * show), personalised columns, the filter builder, list editing and links to each record's form.
 */
import { GlideRecord, GlideRecordSecure } from '../glide'
import { Platform } from '../glide/platform'
import { storedTrue } from '../glide/fieldTypes'
import { allOf, term } from '../glide/store/semantics'
import { Row } from '../glide/store/types'

/** Rows a list shows (the instance pages by 20 by default; the sandbox shows one longer page). */
export const LIST_ROWS = 100

/**
 * Who may read the platform tables the app's menu opens. The emulation loads no out-of-box ACLs
 * (security/acl.ts lets every user read a platform table without ACL rows), so the list applies the
 * base system's table read roles itself, on the strict side: the system log, the outbound HTTP log
 * and system properties are administrators' (their modules sit under System Logs / System
 * Properties, admin only), the ATF suite list needs an ATF role (docs/admin/verify.md).
 */
const PLATFORM_READ_ROLES: Record<string, string[]> = {
    syslog: ['admin'],
    sys_outbound_http_log: ['admin'],
    sys_properties: ['admin'],
    sys_atf_test_suite: ['atf_test_admin', 'atf_test_designer'],
}

/** The base system's default list columns of the platform tables the app's menu opens. */
const PLATFORM_LIST_LAYOUTS: Record<string, string[]> = {
    syslog: ['sys_created_on', 'level', 'message', 'source'],
    sys_outbound_http_log: ['sys_created_on', 'url', 'method', 'response_status', 'elapsed_time'],
    sys_properties: ['name', 'value', 'description'],
    sys_atf_test_suite: ['name', 'description', 'active'],
}

export interface AppModule {
    title: string
    url: string
    order: number
}

export interface AppMenu {
    title: string
    modules: AppModule[]
}

function roleList(value: unknown): string[] {
    return String(value ?? '')
        .split(',')
        .map((role) => role.trim())
        .filter((role) => role && role !== '[object Object]')
}

/** The menu's role names (a comma list, or sys_user_role sys_ids as a Fluent ApplicationMenu writes them). */
function menuRoles(platform: Platform, menu: Row): string[] {
    return roleList(menu.roles).map((role) => (/^[0-9a-f]{32}$/.test(role) ? String(platform.store.get('sys_user_role', role)?.name ?? role) : role))
}

function visibleTo(platform: Platform, roles: string[]): boolean {
    return roles.length === 0 || roles.some((role) => platform.hasRole(role))
}

/** The URL a module opens on an instance. */
export function moduleUrl(module: Row): string | null {
    const linkType = String(module.link_type ?? '')
    if (linkType === 'DIRECT') return module.query ? `/${String(module.query).replace(/^\/+/, '')}` : null
    if (linkType === 'LIST' || linkType === 'FILTER') {
        if (!module.name) return null
        const filter = String(module.filter ?? '')
        return `/${String(module.name)}_list.do${filter ? `?sysparm_query=${encodeURIComponent(filter)}` : ''}`
    }
    return null
}

/** The active application menus and the modules the session user may open, in order. */
export function applicationMenus(platform: Platform): AppMenu[] {
    if (!platform.store.hasTable('sys_app_application')) return []
    const menus = platform.store.query('sys_app_application', { where: term('active', '=', 'true'), orderBy: [{ field: 'title', descending: false }] })
    const result: AppMenu[] = []
    for (const menu of menus) {
        if (!visibleTo(platform, menuRoles(platform, menu))) continue
        const modules = platform.store
            .query('sys_app_module', { where: allOf([term('application', '=', String(menu.sys_id)), term('active', '=', 'true')]) })
            .filter((module) => visibleTo(platform, roleList(module.roles)))
            .map((module) => ({ title: String(module.title ?? ''), url: moduleUrl(module), order: Number(module.order ?? 100) }))
            .filter((module): module is AppModule => module.url !== null)
            .sort((a, b) => a.order - b.order)
        if (modules.length) result.push({ title: String(menu.title ?? ''), modules })
    }
    return result
}

/** The list's columns: the default view's list layout, the platform's base layout, or the table's first fields. */
function listColumns(platform: Platform, table: string): string[] {
    if (platform.store.hasTable('sys_ui_list')) {
        const list = platform.store.query('sys_ui_list', { where: allOf([term('name', '=', table), term('view', '=', 'Default view')]), limit: 1 })[0]
        if (list) {
            const elements = platform.store.query('sys_ui_list_element', { where: term('list_id', '=', String(list.sys_id)), orderBy: [{ field: 'position', descending: false }] })
            if (elements.length) return elements.map((e) => String(e.element))
        }
    }
    if (PLATFORM_LIST_LAYOUTS[table]) return PLATFORM_LIST_LAYOUTS[table]
    // No layout: the display field, then the mandatory fields, then the others (undocumented; a sandbox choice).
    const rank = (row: Row) => (storedTrue(row.display) ? 0 : storedTrue(row.mandatory) ? 1 : 2)
    return platform.store
        .query('sys_dictionary', { where: term('name', '=', table) })
        .filter((row) => row.element && !String(row.element).startsWith('sys_'))
        .sort((a, b) => rank(a) - rank(b))
        .map((row) => String(row.element))
        .slice(0, 8)
}

function columnLabel(platform: Platform, table: string, column: string): string {
    const row = platform.store.query('sys_dictionary', { where: allOf([term('name', '=', table), term('element', '=', column)]), limit: 1 })[0]
    if (row?.column_label) return String(row.column_label)
    if (column === 'sys_created_on') return 'Created'
    return column.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase())
}

export interface ListView {
    table: string
    query: string
    columns: { name: string; label: string }[]
    rows: Record<string, string>[]
    /** Rows the user's read ACLs removed. */
    removed: number
    /** The user may not read the table at all ("Security constraints prevent access to requested page"). */
    denied: boolean
}

/** The list of `table` for the session user, filtered and sorted by the encoded query. */
export function listView(platform: Platform, table: string, query: string): ListView {
    const names = listColumns(platform, table)
    const columns = names.map((name) => ({ name, label: columnLabel(platform, table, name) }))
    const readRoles = PLATFORM_READ_ROLES[table]
    const tableReadable = readRoles ? visibleTo(platform, readRoles) : platform.canAccess({ type: 'record', name: table, operation: 'read' })
    if (!tableReadable) return { table, query, columns, rows: [], removed: 0, denied: true }
    const read = (record: GlideRecord) => {
        if (query) record.addEncodedQuery(query)
        record.setLimit(LIST_ROWS)
        record.query()
        return record
    }
    const secure = read(new GlideRecordSecure(table))
    const rows: Record<string, string>[] = []
    while (secure.next()) rows.push(Object.fromEntries(names.map((name) => [name, secure.getDisplayValue(name)])))
    // The same page without ACLs, to say how many rows security removed (as the instance's list does).
    const removed = Math.max(0, read(new GlideRecord(table)).getRowCount() - rows.length)
    return { table, query, columns, rows, removed, denied: false }
}
