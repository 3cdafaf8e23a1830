/**
 * Cases recorded by hand (issue 15) as an install sees them in the build output: the case
 * table's kind column (connector by default, so rows from before it stay connector cases), its
 * field ACL for administrators only, and the two routes, each enforcing the administrators' REST ACL.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppRecord, BuiltApp, readBuiltApp } from '../../sandbox/instance/dist-records'

const ROOT = join(__dirname, '..', '..')

const ADMIN = 'x_mioms_m365_assis.administrator'
let app: BuiltApp
beforeAll(() => {
    app = readBuiltApp()
})

function aclRoles(acl: AppRecord): string[] {
    const roleIds = app
        .byTable('sys_security_acl_role')
        .filter((link) => link.fields.sys_security_acl === acl.fields.sys_id)
        .map((link) => link.fields.sys_user_role)
    return app
        .byTable('sys_user_role')
        .filter((role) => roleIds.includes(role.fields.sys_id))
        .map((role) => role.fields.name)
}

test('the case table has a kind column: connector or recorded by hand, connector by default', () => {
    const kind = app.byTable('sys_dictionary').find((row) => row.fields.name === 'x_mioms_m365_assis_case' && row.fields.element === 'kind')
    expect(kind?.fields.default_value).toBe('connector')
    // The choices ship as one sys_choice_v2 set (author_elective_update), which the record reader does not unpack: read its XML.
    const set = readFileSync(join(ROOT, 'dist', 'app', 'author_elective_update', 'sys_choice_x_mioms_m365_assis_case_kind.xml'), 'utf8')
    const choices = [...set.matchAll(/<label>([^<]*)<\/label>\s*<value>([^<]*)<\/value>/g)].map((m) => [m[2], m[1]])
    expect(choices.sort()).toEqual([
        ['connector', 'Opened through the Microsoft support connector'],
        ['manual', 'Recorded by hand from the Microsoft 365 admin center'],
    ])
})

test('only administrators write the kind (a field ACL besides the table ACL)', () => {
    const acl = app.byTable('sys_security_acl').find((row) => row.fields.name === 'x_mioms_m365_assis_case.kind' && row.fields.operation === 'write')
    expect(acl).toBeDefined()
    expect(acl?.fields.type).toBe('record')
    expect(acl?.fields.active).toBe('true')
    expect(aclRoles(acl as AppRecord)).toEqual([ADMIN])
})

test('recording and updating a service request are administrator routes', () => {
    const routes = app.byTable('sys_ws_operation').filter((row) => /\/recorded-case$/.test(row.fields.operation_uri))
    expect(routes.map((row) => row.fields.http_method).sort()).toEqual(['PATCH', 'POST'])
    for (const route of routes) {
        const acls = route.fields.enforce_acl.split(',').filter(Boolean)
        expect(acls).toHaveLength(1)
        const acl = app.byTable('sys_security_acl').find((row) => row.fields.sys_id === acls[0]) as AppRecord
        expect(acl.fields.type).toBe('REST_Endpoint')
        expect(aclRoles(acl)).toEqual([ADMIN])
    }
})
