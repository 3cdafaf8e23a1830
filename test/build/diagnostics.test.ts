/**
 * Build test for Microsoft 365 Support > Diagnostics: the administrator-only page (ACL, menu module),
 * its one route with the administrator ACL, the read privileges its checks need, and the job names
 * the platform check looks for equal to the jobs the app ships.
 */
import { readBuiltApp, BuiltApp } from '../../sandbox/instance/dist-records'
import { APP_JOBS, CROSS_SCOPE_READS } from '../../src/server/diagnostics/checks/platform'

let app: BuiltApp
beforeAll(() => {
    app = readBuiltApp()
})

test('the page, its ui_page ACL (administrator) and the menu module', () => {
    expect(app.byTable('sys_ui_page').map((p) => p.fields.endpoint)).toContain('x_mioms_m365_assis_diagnostics.do')
    const acl = app.byTable('sys_security_acl').find((a) => a.fields.type === 'ui_page' && a.fields.name === 'x_mioms_m365_assis_diagnostics')
    expect(acl).toBeDefined()
    const roleIds = app.byTable('sys_security_acl_role').filter((r) => r.fields.sys_security_acl === acl!.fields.sys_id).map((r) => r.fields.sys_user_role)
    const roles = app.byTable('sys_user_role').filter((r) => roleIds.includes(r.fields.sys_id)).map((r) => r.fields.name)
    expect(roles).toEqual(['x_mioms_m365_assis.administrator'])
    const module = app.byTable('sys_app_module').find((m) => m.fields.title === 'Diagnostics')
    expect(module?.fields).toMatchObject({ link_type: 'DIRECT', query: 'x_mioms_m365_assis_diagnostics.do', roles: 'x_mioms_m365_assis.administrator' })
})

test('one GET route under /diagnostics, behind the administrator REST ACL', () => {
    const routes = app.byTable('sys_ws_operation').filter((r) => r.fields.operation_uri.startsWith('/api/x_mioms_m365_assis/v1/diagnostics/'))
    expect(routes.map((r) => `${r.fields.http_method} ${r.fields.operation_uri}`)).toEqual(['GET /api/x_mioms_m365_assis/v1/diagnostics/checks'])
    const acl = app.byTable('sys_security_acl').find((a) => a.fields.sys_id === routes[0].fields.enforce_acl)
    expect(acl?.fields.name).toBe('x_mioms_m365_assis.administrator_api')
})

test('a read privilege for every platform table the checks read', () => {
    const privileges = app.byTable('sys_scope_privilege').map((r) => `${r.fields.operation}:${r.fields.target_name}`)
    for (const table of CROSS_SCOPE_READS) expect(privileges).toContain(`read:${table}`)
})

test('the scheduled jobs the platform check looks for are the ones the app ships', () => {
    const jobs = app.byTable('sysauto_script').map((j) => j.fields.name)
    expect(jobs.sort()).toEqual(Object.values(APP_JOBS).sort())
})
