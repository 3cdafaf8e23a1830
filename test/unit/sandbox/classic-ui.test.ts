/**
 * uiaction: the sandbox's UI16 form buttons (sandbox/instance/classic-ui.ts formButtons) over the
 * BUILT app's sys_ui_action records: roles from sys_ui_action_role, the server-side condition
 * run against the incident, and a condition that cannot run hides the button and is logged.
 * Run `npm run build` first (dist/app).
 */
import { readBuiltApp } from '../../../sandbox/instance/dist-records'
import { GlideRecord, createTestPlatform, Platform } from '../../../sandbox/glide'
import { term } from '../../../sandbox/glide/store/semantics'
import { installApp } from '../../../sandbox/instance/app-installer'
import { formButtons } from '../../../sandbox/instance/classic-ui'

let platform: Platform
let incidentId = ''
const actionId = () => platform.store.query('sys_ui_action', { where: term('name', '=', 'Microsoft 365') })[0].sys_id as string

beforeEach(() => {
    platform = createTestPlatform()
    installApp(platform.store, readBuiltApp())
    platform.createUser('agent', { roles: ['x_mioms_m365_assis.insights_user', 'itil'] })
    platform.createUser('itil.only', { roles: ['itil'] })
    const incident = new GlideRecord('incident')
    incident.initialize()
    incident.setValue('short_description', 'Teams calls drop')
    incidentId = incident.insert() as string
})

const labels = (user: string) => {
    platform.setSessionUser(user)
    return formButtons(platform, 'incident', incidentId).map((b) => b.label)
}

test('the Microsoft 365 button is shown to insights users and admin, with its onclick and client script', () => {
    expect(labels('agent')).toEqual(['Microsoft 365'])
    expect(labels('admin')).toEqual(['Microsoft 365'])
    const [button] = formButtons(platform, 'incident', incidentId)
    expect(button.id).toBe('x_mioms_m365_assis_open_panel')
    expect(button.onclick).toBe('openMicrosoft365Panel()')
    expect(button.script).toMatch(/function openMicrosoft365Panel\(\)/)
})

test('a user without one of the action roles does not get the button', () => {
    expect(labels('itil.only')).toEqual([])
})

test('the server-side condition is evaluated against the incident', () => {
    platform.store.update('sys_ui_action', actionId(), { condition: 'current.isNewRecord()' })
    expect(labels('agent')).toEqual([])
    platform.store.update('sys_ui_action', actionId(), { condition: "current.getValue('short_description') == 'Other'" })
    expect(labels('agent')).toEqual([])
    platform.store.update('sys_ui_action', actionId(), { condition: "current.getValue('short_description') == 'Teams calls drop' && !current.isNewRecord()" })
    expect(labels('agent')).toEqual(['Microsoft 365'])
})

test('a condition that cannot be evaluated hides the button and is logged', () => {
    platform.store.update('sys_ui_action', actionId(), { condition: 'current.noSuchMethod()' })
    expect(labels('agent')).toEqual([])
    const logged = platform.syslog().filter((row) => row.source === 'sandbox' && String(row.message).includes("UI action 'Microsoft 365'"))
    expect(logged).toHaveLength(1)
})

test('inactive actions and actions of other tables are not shown', () => {
    platform.store.update('sys_ui_action', actionId(), { active: 'false' })
    expect(labels('agent')).toEqual([])
    platform.store.update('sys_ui_action', actionId(), { active: 'true', table: 'problem' })
    expect(labels('agent')).toEqual([])
})
