/** The Setup wizard's cross-scope privileges ship with the app (install.md lists them). */
import { readBuiltApp } from '../../sandbox/instance/dist-records'

test('Setup declares what it reads and, with consent, changes outside the app scope', () => {
    const privileges = readBuiltApp()
        .byTable('sys_scope_privilege')
        .map((record) => `${record.fields.operation}:${record.fields.target_name}`)
    expect(privileges).toEqual(
        expect.arrayContaining([
            'read:sys_db_object',
            'write:oauth_entity',
            'create:oauth_entity_profile',
            'read:oauth_entity_scope',
            'create:oauth_entity_scope',
            'read:oauth_entity_profile_scope',
            'create:oauth_entity_profile_scope',
            'read:sys_script_include',
            'read:sys_user_role',
            'read:sys_ui_section',
            'read:sys_ui_form',
            'create:sys_ui_form_section',
            'delete:sys_ui_form_section',
            // resolution codes differ between releases: read incident.close_code's choices
            'read:sys_choice',
        ]),
    )
})
