/**
 * The built panel pieces: the "Microsoft 365" UI action on incidents (Workspace and classic),
 * linked to the real insights_user role, and the panel REST routes with their route ACLs.
 */
import { BuiltApp, readBuiltApp } from '../../sandbox/instance/dist-records'

let app: BuiltApp
beforeAll(() => {
    app = readBuiltApp()
})

describe('Microsoft 365 UI action on incidents', () => {
    const action = () => {
        const found = app.byTable('sys_ui_action').filter((r) => r.fields.table === 'incident' && r.fields.name === 'Microsoft 365')
        expect(found).toHaveLength(1)
        return found[0]
    }

    test('opens the panel page in a Workspace modal with g_modal.showFrame', () => {
        const fields = action().fields
        expect(fields.form_button_v2).toBe('true')
        expect(fields.client_script_v2).toMatch(/g_modal\.showFrame\(/)
        expect(fields.client_script_v2).toContain("'/x_mioms_m365_assis_panel.do?sysparm_incident=' + encodeURIComponent(g_form.getUniqueValue())")
        expect(fields.client_script_v2).toMatch(/height: '\d+px'/)
    })

    test('opens the same page in a GlideModal on the classic UI16 form', () => {
        const fields = action().fields
        expect(fields).toMatchObject({ client: 'true', ui16_compatible: 'true', form_button: 'true', show_update: 'true', show_insert: 'false' })
        expect(fields.onclick).toBe('openMicrosoft365Panel()')
        expect(fields.script).toMatch(/function openMicrosoft365Panel\(\)/)
        expect(fields.script).toMatch(/new GlideModal\(/)
        expect(fields.script).toContain('/x_mioms_m365_assis_panel.do?sysparm_incident=')
        expect(fields.condition).toBe('!current.isNewRecord()')
    })

    test('is limited to the insights_user role by its real sys_id (a Role object, not an invented id)', () => {
        const links = app.byTable('sys_ui_action_role').filter((r) => r.fields.sys_ui_action === action().fields.sys_id)
        expect(links).toHaveLength(1)
        const role = app.byTable('sys_user_role').find((r) => r.fields.sys_id === links[0].fields.sys_user_role)
        expect(role?.fields.name).toBe('x_mioms_m365_assis.insights_user')
    })
})

describe('panel REST API', () => {
    const aclName = (id: string) => app.byTable('sys_security_acl').find((r) => r.fields.sys_id === id)?.fields.name
    const route = (method: string, uri: string) => {
        const found = app.byTable('sys_ws_operation').filter((r) => r.fields.http_method === method && r.fields.operation_uri === `/api/x_mioms_m365_assis/v1/panel${uri}`)
        expect(found).toHaveLength(1)
        return found[0].fields
    }

    test.each([
        ['GET', '/incidents/{sys_id}', 'x_mioms_m365_assis.insights_api'],
        ['POST', '/search', 'x_mioms_m365_assis.insights_api'],
        ['POST', '/incidents/{sys_id}/feedback', 'x_mioms_m365_assis.insights_api'],
        ['GET', '/incidents/{sys_id}/case', 'x_mioms_m365_assis.insights_api'],
        ['POST', '/incidents/{sys_id}/case', 'x_mioms_m365_assis.administrator_api'],
    ])('%s %s enforces %s', (method, uri, acl) => {
        const fields = route(method, uri)
        expect(fields.enforce_acl.split(',').filter(Boolean).map(aclName)).toEqual([acl])
        expect(fields.requires_authentication).toBe('true')
    })
})
