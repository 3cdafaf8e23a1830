/**
 * The built panel pieces: the "Microsoft 365" UI action on incidents (Workspace and classic),
 * linked to the real insights_user role, the panel REST routes with their route ACLs, and the
 * panel page's weight: every bundle it loads, followed through their imports, at most 30 kB gzipped.
 */
import { gzipSync } from 'node:zlib'
import { API_BASE } from '../../src/client/shared/api'
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

describe('the panel page is light', () => {
    const PANEL_BUDGET_GZIPPED = 30_000
    const page = () => app.byTable('sys_ui_page').find((r) => r.fields.endpoint === 'x_mioms_m365_assis_panel.do')!.fields.html
    const asset = (name: string) => app.byTable('sys_ux_lib_asset').find((r) => r.fields.name === name)?.fields.content

    /** The page's /uxasset/externals bundles and, inside them, every static import of another bundle (vendor chunks). */
    function shippedBundles(): Map<string, string> {
        const found = new Map<string, string>()
        const pending = [...page().matchAll(/(?:src|href)="\/uxasset\/externals\/([^"?]+)\.jsdbx[^"]*"/g)].map((m) => m[1])
        while (pending.length) {
            const name = pending.pop()!
            if (found.has(name)) continue
            const content = asset(name)
            if (content === undefined) throw new Error(`the panel page loads ${name}, which the app does not ship`)
            found.set(name, content)
            const dir = name.substring(0, name.lastIndexOf('/') + 1)
            for (const m of content.matchAll(/(?:from|import)\s*["']([^"']+)\.jsdbx["']/g)) pending.push(new URL(m[1], 'https://x/' + dir).pathname.substring(1))
        }
        return found
    }

    test('everything it loads, JavaScript and CSS, is at most 30 kB gzipped, and none of it is React', () => {
        const bundles = shippedBundles()
        expect([...bundles.keys()]).toEqual(['x_mioms_m365_assis/panel/main'])
        const gzipped = [...bundles.values()].reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0)
        expect(gzipped).toBeLessThanOrEqual(PANEL_BUDGET_GZIPPED)
        for (const content of bundles.values()) expect(content).not.toMatch(/react\.(transitional\.)?element|__SECRET_INTERNALS|reactJsxRuntime/)
    })

    test('it pulls in no platform script it does not use (sdk:now-ux-globals would add prototype.js, GlideAjax and the UX framework library)', () => {
        const html = page()
        expect(html).not.toMatch(/<g:requires|<g2:client_script|@devsnc\/library-uxf|set-cache-buster/)
        // The session token, for the API's X-UserToken check, and the instance's theme tokens for now.css.
        expect(html).toContain('window.g_ck = "$[gs.getSession().getSessionToken() || gs.getSessionToken()]"')
        expect(html).toMatch(/<link [^>]*rel="stylesheet" href="\/\$uxappimmutables\.do\?sysparm_request_type=ux_theme/)
    })

    test("its inline script starts the panel's own GET before the bundle loads, at the API the bundle calls", () => {
        const html = page()
        const inline = html.indexOf("fetch('" + API_BASE + "/panel/incidents/' + incident")
        expect(inline).toBeGreaterThan(0)
        expect(inline).toBeLessThan(html.indexOf('/uxasset/externals/x_mioms_m365_assis/panel/main.jsdbx'))
        expect(html).toContain("'X-UserToken': window.g_ck")
    })
})
