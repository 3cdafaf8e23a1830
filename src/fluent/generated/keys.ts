import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_admin_account_create: {
                        table: 'sys_security_acl'
                        id: '86e350a25ba34df59e091a14645f5bbf'
                    }
                    acl_admin_account_delete: {
                        table: 'sys_security_acl'
                        id: '7ce3dba1c2864d20832e04dd91013ed8'
                    }
                    acl_admin_account_read: {
                        table: 'sys_security_acl'
                        id: '53f22e8d12824ac9aea4f5a54af0346d'
                    }
                    acl_admin_account_write: {
                        table: 'sys_security_acl'
                        id: '1fb69f44f8714b3789a079c9f4419e09'
                    }
                    acl_api_administrator: {
                        table: 'sys_security_acl'
                        id: '4d3665c61d6d4b49a7a07a0114761866'
                    }
                    acl_api_connector: {
                        table: 'sys_security_acl'
                        id: 'd70e2149244f4275ac3cd3550dcd90a8'
                    }
                    acl_api_insights: {
                        table: 'sys_security_acl'
                        id: 'd74f570324f8423d9e26167814c37e5c'
                    }
                    acl_case_create: {
                        table: 'sys_security_acl'
                        id: 'afd3e707bbea4d27b3a1869a0adca22b'
                    }
                    acl_case_delete: {
                        table: 'sys_security_acl'
                        id: '3c55d68d670140088b0c861046a62a72'
                    }
                    acl_case_read: {
                        table: 'sys_security_acl'
                        id: '08b323966cb64291b8066d46ae43146e'
                    }
                    acl_case_write: {
                        table: 'sys_security_acl'
                        id: '9ca76296773140e399227174841ba309'
                    }
                    acl_communication_create: {
                        table: 'sys_security_acl'
                        id: '7dc7cc9768b6456fa16366e8d138480f'
                    }
                    acl_communication_delete: {
                        table: 'sys_security_acl'
                        id: 'e39afeaf63894ed880d7aeba820b832c'
                    }
                    acl_communication_read: {
                        table: 'sys_security_acl'
                        id: '6160e08289f1416ebd82da28a5d25d00'
                    }
                    acl_communication_write: {
                        table: 'sys_security_acl'
                        id: '37e8dc472dcf4c05b6811481977cb353'
                    }
                    acl_health_issue_create: {
                        table: 'sys_security_acl'
                        id: 'ea8b0b15453b4960998552e8311a4576'
                    }
                    acl_health_issue_delete: {
                        table: 'sys_security_acl'
                        id: 'c9c4e2f429e2485087377814b595ea9b'
                    }
                    acl_health_issue_read: {
                        table: 'sys_security_acl'
                        id: 'd6e38f7c4d114a04832033f201b6deee'
                    }
                    acl_health_issue_write: {
                        table: 'sys_security_acl'
                        id: '2987af720e484d52af91fac66ffca8b3'
                    }
                    acl_health_post_create: {
                        table: 'sys_security_acl'
                        id: '813861fc419c461b900e39448c41d6d6'
                    }
                    acl_health_post_delete: {
                        table: 'sys_security_acl'
                        id: '8488454771ff4bd28d01a858f03a0da4'
                    }
                    acl_health_post_read: {
                        table: 'sys_security_acl'
                        id: '0f948c2123a240ebae439d30547b32a5'
                    }
                    acl_health_post_write: {
                        table: 'sys_security_acl'
                        id: 'f1eadc3b10924c2298f1d81516fda9ca'
                    }
                    acl_health_sync_create: {
                        table: 'sys_security_acl'
                        id: '495cedd2b3e4497cb4c58753ba524ba6'
                    }
                    acl_health_sync_delete: {
                        table: 'sys_security_acl'
                        id: 'fd3dd1a9bfe449ff9c2aca46f91a2227'
                    }
                    acl_health_sync_read: {
                        table: 'sys_security_acl'
                        id: '95632db9501540fc845cfb30c619de69'
                    }
                    acl_health_sync_write: {
                        table: 'sys_security_acl'
                        id: '8364bde249f34201899435d5f5377741'
                    }
                    acl_page_link_account: {
                        table: 'sys_security_acl'
                        id: '794dd72c97a9468d827599125ee727a1'
                    }
                    acl_page_panel: {
                        table: 'sys_security_acl'
                        id: 'f152c55cc1b74c3eab3ad1014eb2a1a2'
                    }
                    acl_page_service_health: {
                        table: 'sys_security_acl'
                        id: '172ca725ac324741a13082aeb52f3867'
                    }
                    acl_page_setup: {
                        table: 'sys_security_acl'
                        id: '8908bbbb5315407e9e64e7405b65dbbf'
                    }
                    acl_setup_create: {
                        table: 'sys_security_acl'
                        id: '9bcba796316747e49cba767b459de15d'
                    }
                    acl_setup_delete: {
                        table: 'sys_security_acl'
                        id: 'a03fbfb5b21e4ead9aa80cd0bdf98269'
                    }
                    acl_setup_read: {
                        table: 'sys_security_acl'
                        id: '10a388e6aa864597a33212fb4e0b6343'
                    }
                    acl_setup_write: {
                        table: 'sys_security_acl'
                        id: '3a0eca110da1400db41c9a23e3899299'
                    }
                    acl_solution_create: {
                        table: 'sys_security_acl'
                        id: '5a6973008e5545469f01b77313fb1c10'
                    }
                    acl_solution_delete: {
                        table: 'sys_security_acl'
                        id: '1aeb2b46ea804a2ca6967eb911626700'
                    }
                    acl_solution_read: {
                        table: 'sys_security_acl'
                        id: '5f08ce0b6ae24f62baed5ca1ef0cad2d'
                    }
                    acl_solution_write: {
                        table: 'sys_security_acl'
                        id: 'ffa7536fcfe642c385d086c08b2549cd'
                    }
                    acl_status_map_create: {
                        table: 'sys_security_acl'
                        id: 'e2af3a8dba634113998fccf4b38fa930'
                    }
                    acl_status_map_delete: {
                        table: 'sys_security_acl'
                        id: '668bd093a73a4f5095e192ebe8d43435'
                    }
                    acl_status_map_read: {
                        table: 'sys_security_acl'
                        id: '4c0fa37788e14d169b436bee858143ac'
                    }
                    acl_status_map_write: {
                        table: 'sys_security_acl'
                        id: '055bc0cb995f4a6cbae0f9af4be9f221'
                    }
                    api_app: {
                        table: 'sys_ws_definition'
                        id: 'f5aa38a0183c460090808d81432ac8b2'
                    }
                    api_app_context: {
                        table: 'sys_ws_operation'
                        id: '60b6173ec44542bfa0de57e4ea829f1b'
                    }
                    api_app_v1: {
                        table: 'sys_ws_version'
                        id: '554ec47ee0e84b48a8345eb3535a3b3f'
                    }
                    api_connector: {
                        table: 'sys_ws_definition'
                        id: 'e453db0db3b14d2bb6f20ce8bb54006a'
                    }
                    api_connector_close_ticket: {
                        table: 'sys_ws_operation'
                        id: 'bf707b0a28484057a2e69be137b3667d'
                    }
                    api_connector_get_ticket: {
                        table: 'sys_ws_operation'
                        id: '357c27d3c77e4e37854d3a522dcecf9f'
                    }
                    api_connector_ping: {
                        table: 'sys_ws_operation'
                        id: '101fc1797810449d9f40ea49584bbac6'
                    }
                    api_connector_post_communication: {
                        table: 'sys_ws_operation'
                        id: '62cc9d7748724aa6996e8a73032b86f4'
                    }
                    api_connector_update_ticket: {
                        table: 'sys_ws_operation'
                        id: '48549052aa4a4e509e3ca1c0ec92ef1d'
                    }
                    api_connector_v1: {
                        table: 'sys_ws_version'
                        id: '272bd48c3e4a44e98d142fa2ca09ab53'
                    }
                    api_health: {
                        table: 'sys_ws_definition'
                        id: 'a42107c6b0fa40d1b46e1954e677c7bc'
                    }
                    api_health_settings_get: {
                        table: 'sys_ws_operation'
                        id: '20df3ac6f2d144b198349f6661537efe'
                    }
                    api_health_settings_put: {
                        table: 'sys_ws_operation'
                        id: 'be1e7fd9a3a94246b19694eaac85bca4'
                    }
                    api_health_sync: {
                        table: 'sys_ws_operation'
                        id: '14030236b01c4f44b8f82534db576d0e'
                    }
                    api_health_v1: {
                        table: 'sys_ws_version'
                        id: 'ad0dfd34ca35469eaed06c43acce6aa6'
                    }
                    api_panel: {
                        table: 'sys_ws_definition'
                        id: '92a0b99e68f64029b4cefd463947df0a'
                    }
                    api_panel_case_create: {
                        table: 'sys_ws_operation'
                        id: 'b20bad2963a1486f891b756f7353da71'
                    }
                    api_panel_case_get: {
                        table: 'sys_ws_operation'
                        id: '90354f675523464ba4aeced3da995d36'
                    }
                    api_panel_feedback: {
                        table: 'sys_ws_operation'
                        id: '61843f0eade2483fb992e52d92fa40ca'
                    }
                    api_panel_incident: {
                        table: 'sys_ws_operation'
                        id: '464b65c51a4a49c393e374aeef9a3153'
                    }
                    api_panel_search: {
                        table: 'sys_ws_operation'
                        id: '7635d69a4c734e1da0173712aa2ed0a9'
                    }
                    api_panel_v1: {
                        table: 'sys_ws_version'
                        id: '30e7df52ea4543b6af1177cbaeb1ea72'
                    }
                    api_setup: {
                        table: 'sys_ws_definition'
                        id: 'be9b7896364244e48b984a44c41e9942'
                    }
                    api_setup_consent: {
                        table: 'sys_ws_operation'
                        id: 'cd377df058b0414ca3bc95b600e68fc5'
                    }
                    api_setup_form_section_attach: {
                        table: 'sys_ws_operation'
                        id: '1ba7df5d928b41bc91f7a7a06825b84e'
                    }
                    api_setup_form_section_read: {
                        table: 'sys_ws_operation'
                        id: 'ac092a880892445c87dae665ae30c1e9'
                    }
                    api_setup_form_section_remove: {
                        table: 'sys_ws_operation'
                        id: 'cc51a341677f42eea6b6dbfa4fce13a8'
                    }
                    api_setup_linkaccount_read: {
                        table: 'sys_ws_operation'
                        id: '04e96bff54e548d58c5d96ddd3a54fd2'
                    }
                    api_setup_linkaccount_set: {
                        table: 'sys_ws_operation'
                        id: '12da976ede1542ab882088219ac20d08'
                    }
                    api_setup_state: {
                        table: 'sys_ws_operation'
                        id: '40b25b410c924dc9aba4791e56998e9c'
                    }
                    api_setup_step: {
                        table: 'sys_ws_operation'
                        id: '154453e0b24f4cc89c12410a3861b6bd'
                    }
                    api_setup_tests_read: {
                        table: 'sys_ws_operation'
                        id: '99a99849d51e416c9f3ee594bfda350c'
                    }
                    api_setup_tests_run: {
                        table: 'sys_ws_operation'
                        id: '02b6ba79ed174dfa9dbd7ac51fc6e40e'
                    }
                    api_setup_v1: {
                        table: 'sys_ws_version'
                        id: 'd96755f453154c689a65eae44453867b'
                    }
                    atf_rules_agent_comment_queued: {
                        table: 'sys_atf_test'
                        id: 'd3b0dd9e69e54884a36af8e64c88995f'
                    }
                    atf_rules_closed_agent: {
                        table: 'sys_atf_step'
                        id: 'e77e2fbdb6a24774ae5d8876a0efecf0'
                    }
                    atf_rules_closed_case: {
                        table: 'sys_atf_step'
                        id: '3639ecb867814a5e98f9d05eb1a4266c'
                    }
                    atf_rules_closed_case_not_queued: {
                        table: 'sys_atf_test'
                        id: 'fb91103e867448d796c6a6b8e6a11e69'
                    }
                    atf_rules_closed_comment: {
                        table: 'sys_atf_step'
                        id: '7d7bb43204ff413aa347f8864eed782e'
                    }
                    atf_rules_closed_incident: {
                        table: 'sys_atf_step'
                        id: 'c1e759fbd4854ec7b0eee7ca23774c4c'
                    }
                    atf_rules_closed_nothing: {
                        table: 'sys_atf_step'
                        id: '32026c0212774ee786ba1502c946f39c'
                    }
                    atf_rules_closed_setup: {
                        table: 'sys_atf_step'
                        id: '6b66057a4a864afdabc1e7fdd5095b92'
                    }
                    atf_rules_microsoft_agent: {
                        table: 'sys_atf_step'
                        id: 'f61ab6b338384c09abbe58d3205fc011'
                    }
                    atf_rules_microsoft_agent_reply: {
                        table: 'sys_atf_step'
                        id: 'ebe9fbb9a4804e13871fe82ae72ca9bc'
                    }
                    atf_rules_microsoft_agent_update: {
                        table: 'sys_atf_step'
                        id: '413477dac5b74411b758134a4522df8e'
                    }
                    atf_rules_microsoft_as_connector: {
                        table: 'sys_atf_step'
                        id: 'f2ca6f23f0134b4ca91ed165551c43bc'
                    }
                    atf_rules_microsoft_case: {
                        table: 'sys_atf_step'
                        id: '36f4b21a3bfd42fabfd9bd65982d268d'
                    }
                    atf_rules_microsoft_comment: {
                        table: 'sys_atf_step'
                        id: '313a5115f2134903a21b6eb1cba04253'
                    }
                    atf_rules_microsoft_connector: {
                        table: 'sys_atf_step'
                        id: '90268b0b60314547953a85cdb1544fff'
                    }
                    atf_rules_microsoft_incident: {
                        table: 'sys_atf_step'
                        id: '4bf98f090ac84a3c83c44998f20d6c6c'
                    }
                    atf_rules_microsoft_integration_user: {
                        table: 'sys_atf_step'
                        id: 'd89c52fb65f14964885242b057eff392'
                    }
                    atf_rules_microsoft_never_echoed: {
                        table: 'sys_atf_step'
                        id: 'e4063b9df4da4274954e7d676e764426'
                    }
                    atf_rules_microsoft_not_queued: {
                        table: 'sys_atf_test'
                        id: 'bc29693999924e6ca40cbe2d63298ea4'
                    }
                    atf_rules_microsoft_nothing_queued: {
                        table: 'sys_atf_step'
                        id: '439a1474580f40009ede9249cbd184c3'
                    }
                    atf_rules_microsoft_reply_queued: {
                        table: 'sys_atf_step'
                        id: '391bd242978646b4b820fac7dc90ca0b'
                    }
                    atf_rules_microsoft_setup: {
                        table: 'sys_atf_step'
                        id: '9033a0052d5e4404a06231f1f59dba5c'
                    }
                    atf_rules_microsoft_still_nothing: {
                        table: 'sys_atf_step'
                        id: '88a5f4f541ab4ca6a1b37143c8b42b86'
                    }
                    atf_rules_no_case_agent: {
                        table: 'sys_atf_step'
                        id: '989e78a478c1476089fa589051906e8d'
                    }
                    atf_rules_no_case_comment: {
                        table: 'sys_atf_step'
                        id: 'ee4a9f764ba04004b072bd4743c83118'
                    }
                    atf_rules_no_case_incident_kept: {
                        table: 'sys_atf_step'
                        id: '774b59da577e4f8da0adc428fb5464c6'
                    }
                    atf_rules_no_case_insert: {
                        table: 'sys_atf_step'
                        id: '37bb37a449c94026b4184f4835595171'
                    }
                    atf_rules_no_case_insert_nothing: {
                        table: 'sys_atf_step'
                        id: '8b391fe2171f4cd88af38a1844796a37'
                    }
                    atf_rules_no_case_not_queued: {
                        table: 'sys_atf_test'
                        id: 'abc5335722a0479bacb16b9e6494ec1b'
                    }
                    atf_rules_no_case_setup: {
                        table: 'sys_atf_step'
                        id: 'cc3bfef92e874995b303e8ea489d40e6'
                    }
                    atf_rules_no_case_update_nothing: {
                        table: 'sys_atf_step'
                        id: '4b4543d9b984497b8d012d6ff511d1c1'
                    }
                    atf_rules_pending_case: {
                        table: 'sys_atf_step'
                        id: '2a291cd52b1641269dfe9c0dcaedeffd'
                    }
                    atf_rules_pending_comment: {
                        table: 'sys_atf_step'
                        id: '0a9cc2899b6f4b879c45611e0c01d4f6'
                    }
                    atf_rules_pending_incident: {
                        table: 'sys_atf_step'
                        id: 'bdf9b950585d488098126b5db6f85ecf'
                    }
                    atf_rules_pending_nothing: {
                        table: 'sys_atf_step'
                        id: 'bda060cd2bd6478da5e64f96973f2636'
                    }
                    atf_rules_queued_agent: {
                        table: 'sys_atf_step'
                        id: '0bfd428339c24466876da485da2ccd9d'
                    }
                    atf_rules_queued_case: {
                        table: 'sys_atf_step'
                        id: '4f464aabc30d4a3aa5de2d69dda30041'
                    }
                    atf_rules_queued_comment: {
                        table: 'sys_atf_step'
                        id: '3d7b63a0177349f98a134ecbbc4fac8b'
                    }
                    atf_rules_queued_entry: {
                        table: 'sys_atf_step'
                        id: 'ac391022de02453d95cfe6af35758351'
                    }
                    atf_rules_queued_incident: {
                        table: 'sys_atf_step'
                        id: '99daa32806174442956502d2d7ae6c31'
                    }
                    atf_rules_queued_only_once: {
                        table: 'sys_atf_step'
                        id: 'b21480d831044edfbea734c5e234bc40'
                    }
                    atf_rules_queued_plain_update: {
                        table: 'sys_atf_step'
                        id: 'bdd4206a2f9b491ab2d71629874cdf9f'
                    }
                    atf_rules_queued_row: {
                        table: 'sys_atf_step'
                        id: '7fc15233a6ee4b56b96cf04a6dd74910'
                    }
                    atf_rules_queued_second_comment: {
                        table: 'sys_atf_step'
                        id: 'e6aab1dbddb04e1eaf349c0334e111fd'
                    }
                    atf_rules_queued_second_row: {
                        table: 'sys_atf_step'
                        id: '848a2a616f3b402988ddc91454622483'
                    }
                    atf_rules_queued_setup: {
                        table: 'sys_atf_step'
                        id: '45ad261516ac4a7a9cf9247ba26c36fc'
                    }
                    atf_rules_queued_still_once: {
                        table: 'sys_atf_step'
                        id: 'a7a193dc8f4946cca9cedf35b6c945fb'
                    }
                    atf_rules_status_map_close_code: {
                        table: 'sys_atf_test'
                        id: '15ca842dcf724f6087027d67dfc1412a'
                    }
                    atf_rules_status_map_insert_invalid: {
                        table: 'sys_atf_step'
                        id: 'a9f2502a86d3487cba05aae8a311f811'
                    }
                    atf_rules_status_map_insert_no_code: {
                        table: 'sys_atf_step'
                        id: '1caaade2e6c74b1198dffee5f172bba4'
                    }
                    atf_rules_status_map_invalid_absent: {
                        table: 'sys_atf_step'
                        id: '271e4a489c7a4848bd7bbd953a08ebb8'
                    }
                    atf_rules_status_map_unchanged: {
                        table: 'sys_atf_step'
                        id: '88cc43afff5c44bfb451a4ba3b2c63fc'
                    }
                    atf_rules_status_map_update_invalid: {
                        table: 'sys_atf_step'
                        id: '8b3670692669433994de49ad8079f84f'
                    }
                    atf_rules_status_map_valid_code: {
                        table: 'sys_atf_step'
                        id: 'd5c767763fdb47449e57e050fa7ed9e3'
                    }
                    atf_rules_status_map_valid_inserted: {
                        table: 'sys_atf_step'
                        id: 'e943781ef7234bf5a20307da718337ef'
                    }
                    atf_rules_status_map_valid_updated: {
                        table: 'sys_atf_step'
                        id: '08ed16da023f4afbb395f435fbd72677'
                    }
                    atf_setup_consent_admin: {
                        table: 'sys_atf_step'
                        id: '96d8ab63db1940c7bd78d2c4b28cf1a2'
                    }
                    atf_setup_consent_agrees: {
                        table: 'sys_atf_step'
                        id: 'cb0b0ce81cb442edbc52f5fecc29a93e'
                    }
                    atf_setup_consent_fresh: {
                        table: 'sys_atf_step'
                        id: '9e17e610be634eb3a6e91e0f72c446d1'
                    }
                    atf_setup_consent_needs_agree: {
                        table: 'sys_atf_step'
                        id: '6d3e1f46af104cb0938f7ede4eb33ecb'
                    }
                    atf_setup_consent_not_recorded: {
                        table: 'sys_atf_step'
                        id: '163acfb37fa24c3fac9e7ae49f598d3c'
                    }
                    atf_setup_consent_recorded: {
                        table: 'sys_atf_step'
                        id: '7b80f0b37ad44d979f1601861e0b214c'
                    }
                    atf_setup_consent_required: {
                        table: 'sys_atf_test'
                        id: 'f5f18fb618f14cd2b24d972373bb05c2'
                    }
                    atf_setup_consent_steps_refused: {
                        table: 'sys_atf_step'
                        id: 'e50dfe66aef94aecb9aea2f42e115ce1'
                    }
                    atf_setup_mode_choices: {
                        table: 'sys_atf_test'
                        id: '9b832ee4661c470dbe13c504af331ba5'
                    }
                    atf_setup_mode_rules: {
                        table: 'sys_atf_test'
                        id: '5a46cd7956c24558a7aa94ee5beb6154'
                    }
                    atf_setup_modes_aad: {
                        table: 'sys_atf_step'
                        id: '954565096e3840e4807c578f5eaa0cb7'
                        deleted: true
                    }
                    atf_setup_modes_aad_saved: {
                        table: 'sys_atf_step'
                        id: '7714e8d2c4f7465f88da647905791933'
                        deleted: true
                    }
                    atf_setup_modes_admin: {
                        table: 'sys_atf_step'
                        id: 'd1167e90c45c46af82ac3c67bab964e3'
                    }
                    atf_setup_modes_basic: {
                        table: 'sys_atf_step'
                        id: 'd51d85b268064d4a9cd02a490cff72c2'
                        deleted: true
                    }
                    atf_setup_modes_basic_saved: {
                        table: 'sys_atf_step'
                        id: 'fb1f177499f7467ca6bf1f8d9cbb635e'
                        deleted: true
                    }
                    atf_setup_modes_consent: {
                        table: 'sys_atf_step'
                        id: '40e209845e1343efa62052258070ed4a'
                    }
                    atf_setup_modes_each: {
                        table: 'sys_atf_step'
                        id: 'b9e805e61f8041749fcd1e2d80eeb650'
                    }
                    atf_setup_modes_fresh: {
                        table: 'sys_atf_step'
                        id: 'adb10161f1eb4380b70b1d5e08ea71bd'
                    }
                    atf_setup_modes_insights: {
                        table: 'sys_atf_step'
                        id: 'a36af37363004e96ae05f422ba051b8f'
                        deleted: true
                    }
                    atf_setup_modes_insights_saved: {
                        table: 'sys_atf_step'
                        id: '0d3bdaa2586b420dba75eb8d0be3eb16'
                        deleted: true
                    }
                    atf_setup_modes_none: {
                        table: 'sys_atf_step'
                        id: '60d46c609a57415ca3802ea3f289a010'
                        deleted: true
                    }
                    atf_setup_modes_none_saved: {
                        table: 'sys_atf_step'
                        id: '5578d4b8a1cb49928c112e9954f34fa4'
                    }
                    atf_setup_modes_still_none: {
                        table: 'sys_atf_step'
                        id: '836e61df56284669b83ae2ab454e8f4c'
                    }
                    atf_setup_modes_unknown: {
                        table: 'sys_atf_step'
                        id: '8418efba4dfa45c9a0c708f963db3930'
                    }
                    atf_setup_refusals: {
                        table: 'sys_atf_test'
                        id: '629e620d6db746a7832ba55270e40076'
                    }
                    atf_setup_refusals_admin: {
                        table: 'sys_atf_step'
                        id: 'b66b539169d341aba48a3fee7f8fc927'
                    }
                    atf_setup_refusals_consent: {
                        table: 'sys_atf_step'
                        id: 'b1b62d84224f4829be6f5c09613da002'
                    }
                    atf_setup_refusals_fresh: {
                        table: 'sys_atf_step'
                        id: '9ca4143d26874bd08e549e29cbaae2d2'
                    }
                    atf_setup_refusals_insights_kept: {
                        table: 'sys_atf_step'
                        id: 'a6e35ab08a7545af8f229bb3a99ad447'
                    }
                    atf_setup_refusals_not_in_mode: {
                        table: 'sys_atf_step'
                        id: 'bc2e26c6b1474830ab0308144f4a788b'
                    }
                    atf_setup_refusals_order: {
                        table: 'sys_atf_step'
                        id: '678f794b2fd44e6493661dcbda5919fd'
                    }
                    atf_setup_refusals_still_tenant: {
                        table: 'sys_atf_step'
                        id: '51a219036f90436cbb4fac25cba3d07e'
                    }
                    atf_setup_refusals_tenant_saved: {
                        table: 'sys_atf_step'
                        id: 'efad825cffbd41a5a2a9c53a1d087db7'
                    }
                    atf_setup_refusals_tenant_validated: {
                        table: 'sys_atf_step'
                        id: 'c2b320afed754bee91489871962346d7'
                    }
                    atf_setup_rules_aad_client_id: {
                        table: 'sys_atf_step'
                        id: '3a6fd28c0ac346f49027f6293844112b'
                    }
                    atf_setup_rules_aad_unchanged: {
                        table: 'sys_atf_step'
                        id: '945de37c53dc47daa5bed92096b666e0'
                    }
                    atf_setup_rules_admin: {
                        table: 'sys_atf_step'
                        id: '5f59a3a7d01841f2a6a10c1c257f96e6'
                    }
                    atf_setup_rules_at_settings_basic: {
                        table: 'sys_atf_step'
                        id: 'e83cb8dbc56c414c8becc791882df03d'
                    }
                    atf_setup_rules_at_settings_insights: {
                        table: 'sys_atf_step'
                        id: '2f25c2604a3946f78e8e61aff68dd2e6'
                    }
                    atf_setup_rules_at_user_aad: {
                        table: 'sys_atf_step'
                        id: 'd46682e6969843da878f130d446233ff'
                    }
                    atf_setup_rules_basic_needs_email: {
                        table: 'sys_atf_step'
                        id: 'b7b51427a1f246ac85d06a4b197c8001'
                    }
                    atf_setup_rules_basic_unchanged: {
                        table: 'sys_atf_step'
                        id: '927ba325ac984b49a1d1792a8283c72b'
                    }
                    atf_setup_rules_consent: {
                        table: 'sys_atf_step'
                        id: '309fe6d12ade49cea06ac8c3a71bb603'
                    }
                    atf_setup_rules_fresh: {
                        table: 'sys_atf_step'
                        id: 'f30a36869fef4ab8bf97c1e76d604fbb'
                    }
                    atf_setup_rules_insights_no_email: {
                        table: 'sys_atf_step'
                        id: 'bd84fe8df0ef44a0ba17835f0027fadc'
                    }
                    atf_setup_rules_insights_saved: {
                        table: 'sys_atf_step'
                        id: 'f6e3c1c4d75e40e28928448f0f8a2b4a'
                    }
                    atf_suite: {
                        table: 'sys_atf_test_suite'
                        id: '51f05a6e61d14f83b05aec63340d06b0'
                    }
                    atf_suite_rules_agent_comment_queued: {
                        table: 'sys_atf_test_suite_test'
                        id: 'd8bf89ba331e4c50968225bf05c34335'
                    }
                    atf_suite_rules_closed_case_not_queued: {
                        table: 'sys_atf_test_suite_test'
                        id: '92f46d2ce95c4fac9416508a35548f20'
                    }
                    atf_suite_rules_microsoft_not_queued: {
                        table: 'sys_atf_test_suite_test'
                        id: '2d336cb3f92047b5bd86337d48dfe821'
                    }
                    atf_suite_rules_no_case_not_queued: {
                        table: 'sys_atf_test_suite_test'
                        id: '48d84e4778c0479e8650897ffcbd0f9a'
                    }
                    atf_suite_rules_status_map_close_code: {
                        table: 'sys_atf_test_suite_test'
                        id: '4eb60cd236454a0181afa36141ecd287'
                    }
                    atf_suite_setup_consent_required: {
                        table: 'sys_atf_test_suite_test'
                        id: '61b38ed1b3734d8980f628ba4e834c81'
                    }
                    atf_suite_setup_mode_choices: {
                        table: 'sys_atf_test_suite_test'
                        id: '59e13c5565924e7fb0e7870d0613f2c8'
                    }
                    atf_suite_setup_mode_rules: {
                        table: 'sys_atf_test_suite_test'
                        id: '706dbf3531c04e8297ccf190d1ceef16'
                    }
                    atf_suite_setup_refusals: {
                        table: 'sys_atf_test_suite_test'
                        id: '4d68456b581749b0b729c2408a3caac8'
                    }
                    atf_suite_tab_section_default_view: {
                        table: 'sys_atf_test_suite_test'
                        id: '1becfa76bd7b4c888452967962a76d79'
                    }
                    atf_suite_tab_ui_action_visibility: {
                        table: 'sys_atf_test_suite_test'
                        id: '566ff38229c84493b4b4d372b7df3aec'
                        deleted: false
                    }
                    atf_tab_section_app_lookup: {
                        table: 'sys_atf_step'
                        id: '9e3ed8fb355c4ee1a92fc8431020f1c5'
                    }
                    atf_tab_section_default_view: {
                        table: 'sys_atf_test'
                        id: '970d3ecfa838407a88b40c91c6957bf6'
                    }
                    atf_tab_section_element: {
                        table: 'sys_atf_step'
                        id: '6df9939805ec47e2aef319d286c6f8bb'
                    }
                    atf_tab_section_formatter: {
                        table: 'sys_atf_step'
                        id: '7c28e1fb405141279b524bb88d3faa0a'
                    }
                    atf_tab_section_macro: {
                        table: 'sys_atf_step'
                        id: '321feca0cedd44a087a421a55f87d744'
                    }
                    atf_tab_section_roles: {
                        table: 'sys_atf_step'
                        id: '9e34349d28574a28a33d8cef02d3d2bf'
                    }
                    atf_tab_section_section: {
                        table: 'sys_atf_step'
                        id: '1a3dc693df434a4b9c46eefb2163be6d'
                    }
                    atf_tab_section_view: {
                        table: 'sys_atf_step'
                        id: 'dd60553e9c1740d3b1a6f71e4d7f4d67'
                    }
                    atf_tab_ui_action_agent: {
                        table: 'sys_atf_step'
                        id: '3cc1b8b032ac4313af5823d911fe3454'
                        deleted: false
                    }
                    atf_tab_ui_action_agent_incident: {
                        table: 'sys_atf_step'
                        id: '121b94f7674e438d9d88c0fc4d153e7c'
                    }
                    atf_tab_ui_action_agent_new_form: {
                        table: 'sys_atf_step'
                        id: '58ded583e25846d7a7adbde7a67eb9b0'
                        deleted: true
                    }
                    atf_tab_ui_action_agent_opens: {
                        table: 'sys_atf_step'
                        id: '78a101f34fb84569a4252e9d3568f41f'
                        deleted: false
                    }
                    atf_tab_ui_action_agent_sees: {
                        table: 'sys_atf_step'
                        id: 'de66185ee0d747e9b4e39d12b2be626c'
                        deleted: false
                    }
                    atf_tab_ui_action_as_agent: {
                        table: 'sys_atf_step'
                        id: '8fd3d669528841fdac33c61da5c21056'
                    }
                    atf_tab_ui_action_as_other: {
                        table: 'sys_atf_step'
                        id: '57901c938ef0474c8628836f5948d14a'
                    }
                    atf_tab_ui_action_incident: {
                        table: 'sys_atf_step'
                        id: 'ed9715f837284b68b537f86321add2a8'
                        deleted: true
                    }
                    atf_tab_ui_action_itil_role: {
                        table: 'sys_atf_step'
                        id: '449b4113a21b4426970b49eeb1b3b276'
                        deleted: true
                    }
                    atf_tab_ui_action_new_form: {
                        table: 'sys_atf_step'
                        id: 'ea8cf781f76542738d11fdb23be9df9f'
                        deleted: true
                    }
                    atf_tab_ui_action_new_hidden: {
                        table: 'sys_atf_step'
                        id: '2e9e2a03384c4ab5a82402e9677c5a35'
                        deleted: true
                    }
                    atf_tab_ui_action_no_role: {
                        table: 'sys_atf_step'
                        id: '179df7d2df1241959dfe9e6dc3008a7b'
                        deleted: false
                    }
                    atf_tab_ui_action_no_role_hidden: {
                        table: 'sys_atf_step'
                        id: '6085ccf3a4e94626aebd70efc041d7a5'
                        deleted: false
                    }
                    atf_tab_ui_action_no_role_opens: {
                        table: 'sys_atf_step'
                        id: '90432824f31040b583402e29b45508fc'
                        deleted: false
                    }
                    atf_tab_ui_action_other_incident: {
                        table: 'sys_atf_step'
                        id: '8dcabd1d0d194a3e992ed59fc8e9dc0b'
                    }
                    atf_tab_ui_action_visibility: {
                        table: 'sys_atf_test'
                        id: 'b6aae42a4b914d589592ab6419afdb5d'
                        deleted: false
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '0b415162237c438f8f7962ccdcdcd8f2'
                    }
                    br_deliver_queued_comment: {
                        table: 'sys_script'
                        id: '89a4ce706d82480eba6018e69b966cc9'
                    }
                    br_queue_agent_comment: {
                        table: 'sys_script'
                        id: '8f7da21ee5d0474085ae7bdc63ef7567'
                    }
                    br_status_map_close_code: {
                        table: 'sys_script'
                        id: '023cc0a1d7f040a4a5238153fa503c89'
                    }
                    incident_form_m365_formatter: {
                        table: 'sys_ui_formatter'
                        id: '45abbe7ed0434aebb9e86d14a28e3584'
                    }
                    incident_form_m365_macro: {
                        table: 'sys_ui_macro'
                        id: 'b4925bdaa1b24b059c7d919ecf6c3a0f'
                    }
                    job_health_sync: {
                        table: 'sysauto_script'
                        id: '9324bb4cf30c46a2b06512ffbe4abfab'
                    }
                    job_retry_comments: {
                        table: 'sysauto_script'
                        id: 'c1f002d3448941e29a80387f00fdbdb1'
                    }
                    menu_m365_support: {
                        table: 'sys_app_application'
                        id: '7408c66b50ac4f81ab058281347cd3d0'
                    }
                    module_cases: {
                        table: 'sys_app_module'
                        id: '114412aecb5b4357b9f3cf9d5b977dee'
                    }
                    module_communications: {
                        table: 'sys_app_module'
                        id: 'e9648f916afc47d3b1e23f407680826b'
                    }
                    module_link_account: {
                        table: 'sys_app_module'
                        id: '49ec927096cd4b24b6d263fdd3619049'
                    }
                    module_logs: {
                        table: 'sys_app_module'
                        id: '1a705cf1bccc4733a9cfd8f79404f06b'
                    }
                    module_outbound_logs: {
                        table: 'sys_app_module'
                        id: '174f547763434d65b255957de6b623d4'
                    }
                    module_properties: {
                        table: 'sys_app_module'
                        id: '6159edbb42b64fa792ab6de60541bc34'
                    }
                    module_service_health: {
                        table: 'sys_app_module'
                        id: '3900a68dd5b24dfba489e518052b00e6'
                    }
                    module_service_health_settings: {
                        table: 'sys_app_module'
                        id: '3a7074e6d70e472889858dd85c09e31c'
                    }
                    module_setup: {
                        table: 'sys_app_module'
                        id: '71bc819b4dab4f6e8d4bb739fb703fdb'
                    }
                    module_status_mapping: {
                        table: 'sys_app_module'
                        id: 'dc214ec908154c95a7a45e25b9172dd1'
                    }
                    module_verify: {
                        table: 'sys_app_module'
                        id: '2fdcdbb073274d2db2bb6ab76060d871'
                    }
                    msg_case_already_open: {
                        table: 'sys_ui_message'
                        id: '63966c8e8c184774ae66d3593d004b2b'
                    }
                    msg_case_created: {
                        table: 'sys_ui_message'
                        id: '88a12a3a355c4c77a7888c1e62e4ff8d'
                    }
                    msg_case_description_invalid: {
                        table: 'sys_ui_message'
                        id: 'ea620e18d4564faa812f097f03cb9a95'
                    }
                    msg_case_no_admin_linked: {
                        table: 'sys_ui_message'
                        id: '8989ea733f6642f89bfe7ceb27be7720'
                    }
                    msg_case_not_available: {
                        table: 'sys_ui_message'
                        id: '0ddd2ddd511c421aa226ddeda1cb7c45'
                    }
                    msg_case_not_found: {
                        table: 'sys_ui_message'
                        id: 'abb383bf1db6403f84437fdbbc9ae30d'
                    }
                    msg_case_phone_invalid: {
                        table: 'sys_ui_message'
                        id: '4ecc0e4f45cd40e6a2a1cfe1aa143897'
                    }
                    msg_case_severity_invalid: {
                        table: 'sys_ui_message'
                        id: 'f06f23fcc0b44afeb530182f8901b03b'
                    }
                    msg_case_title_invalid: {
                        table: 'sys_ui_message'
                        id: '09bd0d6fcbbb4d6db8058ce2aba554fb'
                    }
                    msg_contact_app_support: {
                        table: 'sys_ui_message'
                        id: '9a7747b161b14a30bf314953c282bb6b'
                    }
                    msg_final_setup_step_missing: {
                        table: 'sys_ui_message'
                        id: '605236776b22446c913da6000b71fa89'
                    }
                    msg_form_section_already: {
                        table: 'sys_ui_message'
                        id: 'd4be830a291e4c4a8e13342e24e6dd30'
                    }
                    msg_form_section_attached: {
                        table: 'sys_ui_message'
                        id: '666b88bdd1f24d37add37e5ac3af9fd2'
                    }
                    msg_form_section_consent_required: {
                        table: 'sys_ui_message'
                        id: 'e1bc6d60d4e840d9a5ce25945897850a'
                    }
                    msg_form_section_explain: {
                        table: 'sys_ui_message'
                        id: '0e9439d3f714474b8ac362be47813571'
                    }
                    msg_form_section_manual: {
                        table: 'sys_ui_message'
                        id: '7dea38ed806249d68b5840abdb309e3e'
                    }
                    msg_form_section_no_form: {
                        table: 'sys_ui_message'
                        id: '84901d55113b47d8aab088e74fe77e68'
                    }
                    msg_form_section_refused: {
                        table: 'sys_ui_message'
                        id: 'e9e0ac2a13994eab907ff5a7af2613c7'
                    }
                    msg_form_section_remove_manual: {
                        table: 'sys_ui_message'
                        id: '4695e7c99b974444b90881be340beac8'
                    }
                    msg_form_section_remove_refused: {
                        table: 'sys_ui_message'
                        id: '14371e531aa74fabb33ce95377ffb1ae'
                    }
                    msg_form_section_removed: {
                        table: 'sys_ui_message'
                        id: 'b2bfe6a9bd9844efa2db9b8537c8b689'
                    }
                    msg_health_assignee_not_found: {
                        table: 'sys_ui_message'
                        id: 'eb638e618ad9492eb26f19e7d9442886'
                    }
                    msg_health_category_invalid: {
                        table: 'sys_ui_message'
                        id: '04fb9def1d4e419f936b2ce2baae7038'
                    }
                    msg_health_close_code_invalid: {
                        table: 'sys_ui_message'
                        id: '33deefdd5c154b2996bd8b56a36e7b3a'
                    }
                    msg_health_group_not_found: {
                        table: 'sys_ui_message'
                        id: '5cc50a3f14a84102baebdac4800ea7ee'
                    }
                    msg_health_needs_category: {
                        table: 'sys_ui_message'
                        id: 'a4ea5bd9b75949a0b753ed73463be311'
                    }
                    msg_health_needs_group: {
                        table: 'sys_ui_message'
                        id: 'c689db9f49824ea6b75ee34bf4d9cfc4'
                    }
                    msg_health_needs_group_and_category: {
                        table: 'sys_ui_message'
                        id: '6b8713ab5d0242a693253be73ca1283b'
                    }
                    msg_health_no_issues: {
                        table: 'sys_ui_message'
                        id: '6bdd9cc3dc114376a2121bf886563af0'
                    }
                    msg_health_settings_invalid: {
                        table: 'sys_ui_message'
                        id: 'cd2cb5da003f4a0a85b2960027190b8f'
                    }
                    msg_health_settings_saved: {
                        table: 'sys_ui_message'
                        id: '55edc72f2976423d8919550ebe82bc67'
                    }
                    msg_health_sync_done: {
                        table: 'sys_ui_message'
                        id: '137b7d0495cd4c91b435c4dba7bb3cb5'
                    }
                    msg_health_sync_incidents: {
                        table: 'sys_ui_message'
                        id: '6228278a083d4f7eacf2ed03326f026b'
                    }
                    msg_inbound_closed_note: {
                        table: 'sys_ui_message'
                        id: 'ed2048684e204162b91be944a629e743'
                    }
                    msg_inbound_closed_resolution: {
                        table: 'sys_ui_message'
                        id: '4eb37ef8da334860bafe9f32acc58954'
                    }
                    msg_inbound_comment_header: {
                        table: 'sys_ui_message'
                        id: '43375817026840c38aabb3349e3dbd96'
                    }
                    msg_inbound_conflict: {
                        table: 'sys_ui_message'
                        id: '85ca225d610c4d0c9ee7e00cebe91713'
                    }
                    msg_inbound_failed: {
                        table: 'sys_ui_message'
                        id: '2ebe5edcbce749b58bc630083a4b1c9c'
                    }
                    msg_inbound_invalid_request: {
                        table: 'sys_ui_message'
                        id: 'bdf1d9d568a748a0acff58be77f5fe5f'
                    }
                    msg_inbound_not_configured: {
                        table: 'sys_ui_message'
                        id: '54891c4020ff476dbd7a894c8b10765b'
                    }
                    msg_inbound_not_found: {
                        table: 'sys_ui_message'
                        id: '211688f87c024697a2f7d1b20e5574ec'
                    }
                    msg_inbound_not_integration_user: {
                        table: 'sys_ui_message'
                        id: '140885a8eaf842d0a07db214a2f4d44b'
                    }
                    msg_inbound_resolved_note: {
                        table: 'sys_ui_message'
                        id: '0ddd163150f44ead9801ab18b0820160'
                    }
                    msg_inbound_too_large: {
                        table: 'sys_ui_message'
                        id: 'eaefa91f3e874818bdae0a0a340338a5'
                    }
                    msg_invalid_admin_account: {
                        table: 'sys_ui_message'
                        id: '3bca426c5a9149738501cfe2fd8414f6'
                    }
                    msg_link_account_email_invalid: {
                        table: 'sys_ui_message'
                        id: 'd8888975babe4c858a0f194dfb17210e'
                    }
                    msg_link_account_linked: {
                        table: 'sys_ui_message'
                        id: 'b044249766f1489699708b90dd62d7de'
                    }
                    msg_not_authorized: {
                        table: 'sys_ui_message'
                        id: '0e83b65f98184d608532fad64045571e'
                    }
                    msg_oauth_entity_read_refused: {
                        table: 'sys_ui_message'
                        id: '00abe962ed3544b3afe1c5237ed19050'
                    }
                    msg_panel_basic_solutions: {
                        table: 'sys_ui_message'
                        id: 'a2d81c9094af4699bd7a7f01fc19c315'
                    }
                    msg_panel_feedback_invalid: {
                        table: 'sys_ui_message'
                        id: 'b9a8c6bdc9924692bf7683b78854fe8c'
                    }
                    msg_panel_feedback_off: {
                        table: 'sys_ui_message'
                        id: '2114a1714168420f88f60a540a5ae78b'
                    }
                    msg_panel_feedback_thanks: {
                        table: 'sys_ui_message'
                        id: 'f1cbf0111632462b9b6a951639f80ad0'
                    }
                    msg_panel_incident_not_found: {
                        table: 'sys_ui_message'
                        id: 'ed07a4905b8d458baefabf42bb761a75'
                    }
                    msg_panel_no_health: {
                        table: 'sys_ui_message'
                        id: 'd80cb670679c4483a41b6287c8f76634'
                    }
                    msg_panel_no_solutions: {
                        table: 'sys_ui_message'
                        id: '304ee8bb56b84ee1be2bfb1c46b2f4e8'
                    }
                    msg_panel_search_required: {
                        table: 'sys_ui_message'
                        id: '17bb22f1e1b549cbb0c6107a6f196ed5'
                    }
                    msg_reference_id: {
                        table: 'sys_ui_message'
                        id: '0c9c1c7865f043c98f95672d0ea54a37'
                    }
                    msg_setup_boolean_invalid: {
                        table: 'sys_ui_message'
                        id: 'e0ff4f3fb0fb4ef1b88a9f17b8d6adc7'
                    }
                    msg_setup_completed: {
                        table: 'sys_ui_message'
                        id: '362ef5008e21475f92f38a6e7d12218d'
                    }
                    msg_setup_completed_without_setup: {
                        table: 'sys_ui_message'
                        id: '73a227503b2d4d72abb6b16b7e8796aa'
                    }
                    msg_setup_consent_required: {
                        table: 'sys_ui_message'
                        id: '71b9b1fce5ce466c80ae84fb1157c789'
                    }
                    msg_setup_email_invalid: {
                        table: 'sys_ui_message'
                        id: '87144255396b42c1958a730dd7f6cde3'
                    }
                    msg_setup_email_required: {
                        table: 'sys_ui_message'
                        id: 'd8dc0753c6f04e32893e6444f61ae3eb'
                    }
                    msg_setup_graph_permission_note: {
                        table: 'sys_ui_message'
                        id: 'c07084cb9f6a44c7a8d02d290d0230ad'
                    }
                    msg_setup_inbound_not_found: {
                        table: 'sys_ui_message'
                        id: '3ed579e78f5c40859f6163561e3c0835'
                    }
                    msg_setup_inbound_oidc_not_basic: {
                        table: 'sys_ui_message'
                        id: '45fef58644b04ec38da2a5c8ef766d99'
                    }
                    msg_setup_inbound_oidc_required: {
                        table: 'sys_ui_message'
                        id: 'b7a0e609953e461e81f16c04264c6dba'
                    }
                    msg_setup_inbound_skip_insights_only: {
                        table: 'sys_ui_message'
                        id: '4f32bfec03b0472ea747ff6f6f4ca0d1'
                    }
                    msg_setup_incomplete: {
                        table: 'sys_ui_message'
                        id: 'c05454de20514b1e86ccab24071eff08'
                    }
                    msg_setup_instructions_aad: {
                        table: 'sys_ui_message'
                        id: '8db0034d07d54e1883ac76d2432d71c6'
                    }
                    msg_setup_instructions_basic: {
                        table: 'sys_ui_message'
                        id: 'a429f11c11d0452ea5bb40ee833ed955'
                    }
                    msg_setup_instructions_insights: {
                        table: 'sys_ui_message'
                        id: '6be55293845f43afb311bfa61857036c'
                    }
                    msg_setup_mode_invalid: {
                        table: 'sys_ui_message'
                        id: '80444e90c99142b49453e480508c8188'
                    }
                    msg_setup_nothing_to_test: {
                        table: 'sys_ui_message'
                        id: 'ce0db06e8d9a4ad7a259f286d1a7ab38'
                    }
                    msg_setup_outbound_configured: {
                        table: 'sys_ui_message'
                        id: '7810f97d724940d092dc3d0f534a885f'
                    }
                    msg_setup_outbound_needs_configure: {
                        table: 'sys_ui_message'
                        id: 'a805cf4abf4c4e74a4e6feda300fb04a'
                    }
                    msg_setup_outbound_not_client_credentials: {
                        table: 'sys_ui_message'
                        id: '1124072643fc48ba8490541525ba4782'
                    }
                    msg_setup_outbound_not_found: {
                        table: 'sys_ui_message'
                        id: '25e853a760b74a5ea44cfe324fcc22ea'
                    }
                    msg_setup_outbound_token_url_mismatch: {
                        table: 'sys_ui_message'
                        id: 'b3a3e7b7c7184deaaf35942916bd31ad'
                    }
                    msg_setup_repository_invalid: {
                        table: 'sys_ui_message'
                        id: '2c57a03edafb4e8eb4aada5e8b167f08'
                    }
                    msg_setup_step_not_in_mode: {
                        table: 'sys_ui_message'
                        id: '51bbdfd0fc1349f69a1e9f8838e925ff'
                    }
                    msg_setup_step_not_reached: {
                        table: 'sys_ui_message'
                        id: '2bb2fc671a354a2d81129aee91b01d79'
                    }
                    msg_setup_tenant_invalid: {
                        table: 'sys_ui_message'
                        id: '96373438a56d48d38925003927fb5a7b'
                    }
                    msg_setup_test_connector_failed: {
                        table: 'sys_ui_message'
                        id: '9c1ddac15f524aef9328c5eb8634bdee'
                    }
                    msg_setup_test_connector_unreachable: {
                        table: 'sys_ui_message'
                        id: 'c288d360bf9f4d2688397d4c2e961ae8'
                    }
                    msg_setup_test_inbound_failed: {
                        table: 'sys_ui_message'
                        id: '2790508f1c52483cb77603392d2f2351'
                    }
                    msg_setup_test_inbound_pending: {
                        table: 'sys_ui_message'
                        id: '0213b1d2b90b4aa693d666c671e8366e'
                    }
                    msg_setup_test_inbound_unauthorized: {
                        table: 'sys_ui_message'
                        id: '4941da44d05547fa87b0ec3651b9db45'
                    }
                    msg_setup_test_inbound_unreachable: {
                        table: 'sys_ui_message'
                        id: 'c983487f781042538be8669778e31736'
                    }
                    msg_setup_test_not_needed_insights: {
                        table: 'sys_ui_message'
                        id: 'f0a53d7e1b9f4cffac9dd20e423d4373'
                    }
                    msg_setup_test_passed: {
                        table: 'sys_ui_message'
                        id: 'e8e214d1de704ed3acd1d8e5a33201ac'
                    }
                    msg_setup_test_repository_not_registered: {
                        table: 'sys_ui_message'
                        id: '66bb37d95c0c458e8e8bdec461d608d5'
                    }
                    msg_setup_test_skipped: {
                        table: 'sys_ui_message'
                        id: '73901b05d0ad48ac89912952aa68627e'
                    }
                    msg_setup_test_tenant_mismatch: {
                        table: 'sys_ui_message'
                        id: '059a36bd1a304e178eae09f02007bcfc'
                    }
                    msg_setup_test_tenant_not_configured: {
                        table: 'sys_ui_message'
                        id: 'b6c55aefc6de48aea568f3e610f2485d'
                    }
                    msg_setup_test_token_failed: {
                        table: 'sys_ui_message'
                        id: '25958bdc5b6b437db8c6c6533c5968eb'
                    }
                    msg_setup_test_token_needs_resource: {
                        table: 'sys_ui_message'
                        id: '6d3cf48418b44e15aaf24ea0d64b9f81'
                    }
                    msg_setup_test_token_unreachable: {
                        table: 'sys_ui_message'
                        id: '3d9f4b02207a44e3a43d22df7e2054b7'
                    }
                    msg_setup_test_token_wrong_secret: {
                        table: 'sys_ui_message'
                        id: '573072fe685d4d088b17b54580f3f720'
                    }
                    msg_setup_test_token_wrong_tenant: {
                        table: 'sys_ui_message'
                        id: '2e59bd126e674a07bd1cb783c025ffcf'
                    }
                    msg_setup_user_client_id_invalid: {
                        table: 'sys_ui_message'
                        id: '077c3f3c69a44ceca25ec5f4176060b3'
                    }
                    msg_setup_user_client_id_no_user: {
                        table: 'sys_ui_message'
                        id: 'f57479fd5d3e442bb4144b7a00422ff2'
                    }
                    msg_setup_user_no_incident_manager: {
                        table: 'sys_ui_message'
                        id: 'e325c5c4a0804eda9d53089d2f914174'
                    }
                    msg_setup_user_not_found: {
                        table: 'sys_ui_message'
                        id: 'fa334fac04e3428b9eccdc79eb4b5dae'
                    }
                    msg_setup_user_not_web_service_only: {
                        table: 'sys_ui_message'
                        id: 'ba246201e61e43ae9ea51767dfe92469'
                    }
                    msg_status_map_close_code_invalid: {
                        table: 'sys_ui_message'
                        id: '996887c61cf443aaaa91f2e601413824'
                    }
                    msg_ticket_save_failed: {
                        table: 'sys_ui_message'
                        id: '02177425e74d46799efc5b2076c9f13f'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'c666da321b164517ad68e16b5a412de9'
                    }
                    prop_cache_health_minutes: {
                        table: 'sys_properties'
                        id: 'b9d48a1cb7d64c85b2e1f96cd7ac34b5'
                    }
                    prop_cache_solutions_minutes: {
                        table: 'sys_properties'
                        id: '43c9062923e64326a2faa20de4eddbe7'
                    }
                    prop_connector_base_url: {
                        table: 'sys_properties'
                        id: 'e30c7249e7984601bd811ba43beb1706'
                    }
                    prop_connector_resource: {
                        table: 'sys_properties'
                        id: 'a2279ff4cc1b45fe8a8675c369803063'
                    }
                    prop_feedback_opt_out: {
                        table: 'sys_properties'
                        id: 'd7173401de974200871861fe06f562e4'
                    }
                    prop_graph_base_url: {
                        table: 'sys_properties'
                        id: '6fdad88469934da48963a25251fa6dd1'
                    }
                    prop_graph_resource: {
                        table: 'sys_properties'
                        id: '008ec29864614051b6c65964d05cd798'
                    }
                    prop_health_assigned_to: {
                        table: 'sys_properties'
                        id: 'bab38e2194ff4193bc4c58cefd81cb31'
                    }
                    prop_health_assignment_group: {
                        table: 'sys_properties'
                        id: '1900f9b4af8f41fdafc1718e26d02e38'
                    }
                    prop_health_auto_incident: {
                        table: 'sys_properties'
                        id: '11060a597c164d5b9ae93e971904ff6e'
                    }
                    prop_health_auto_resolve: {
                        table: 'sys_properties'
                        id: '7c2fd66ec4bf4899884208e7b91b1dff'
                    }
                    prop_health_category: {
                        table: 'sys_properties'
                        id: '70c2683f285f4da98479f0c0aca47732'
                    }
                    prop_health_close_code: {
                        table: 'sys_properties'
                        id: 'bf8baa76a9954ba5a0ed0ad6997fe796'
                    }
                    prop_health_page_size: {
                        table: 'sys_properties'
                        id: '8880d740510c4c399a21e90da1b343c8'
                    }
                    prop_health_subcategory: {
                        table: 'sys_properties'
                        id: '1873e69fe15a4b26b5072b8b82fed1b6'
                    }
                    prop_http_max_retries: {
                        table: 'sys_properties'
                        id: '080231f441564cc7ab1a04756e648dd0'
                    }
                    prop_http_timeout_ms: {
                        table: 'sys_properties'
                        id: '66da094de9774c28b80079138d56e6fa'
                    }
                    prop_inbound_max_body_bytes: {
                        table: 'sys_properties'
                        id: '58dc872adc6d49219a21d56fd7368c4a'
                    }
                    prop_log_debug: {
                        table: 'sys_properties'
                        id: '9dfb61b7f411464487c9e2d1cb3ea9c8'
                    }
                    prop_token_host: {
                        table: 'sys_properties'
                        id: '48543adf9f2c4531a6d5483ed65dc2d5'
                    }
                    si_oauth_m365_util: {
                        table: 'sys_script_include'
                        id: 'bae574b11807431ea49b954fa94e0a7d'
                    }
                    'src_server_app_context-route_ts': {
                        table: 'sys_module'
                        id: '614554d449554be5bad8c35ce6a7a2cb'
                    }
                    'src_server_cases_case-record_ts': {
                        table: 'sys_module'
                        id: '34754ca103474043bc6d9bf8c37bc569'
                    }
                    'src_server_cases_case-routes_ts': {
                        table: 'sys_module'
                        id: '2ee2a755694344ac9c1103a568c1fc1a'
                    }
                    'src_server_cases_linked-admin_ts': {
                        table: 'sys_module'
                        id: '253700db577247b6abea2b815ac61ca0'
                    }
                    'src_server_cases_open-case_ts': {
                        table: 'sys_module'
                        id: '2716394a01dc438fa8e922e1d3494b47'
                    }
                    'src_server_cases_refresh-case_ts': {
                        table: 'sys_module'
                        id: '2bee6072ab6e4ba78ba1e6643f52c969'
                    }
                    src_server_config_settings_ts: {
                        table: 'sys_module'
                        id: '22f12248d37e4502adc8807442f0f433'
                    }
                    src_server_connector_connection_ts: {
                        table: 'sys_module'
                        id: '6e2573a082d34bc29f1cac705d4e7aa7'
                    }
                    'src_server_connector_connection-test_ts': {
                        table: 'sys_module'
                        id: 'fbe954e338e8467dac461a00bb57439d'
                    }
                    'src_server_connector_connector-client_ts': {
                        table: 'sys_module'
                        id: 'd95d5a07a7b3406aa4fb45c2b19082a4'
                    }
                    src_server_connector_failure_ts: {
                        table: 'sys_module'
                        id: '7e8a4bdbbcba495b9478bd9be260cfd4'
                    }
                    'src_server_connector_microsoft-http_ts': {
                        table: 'sys_module'
                        id: '2a266e66a0f64f1791accec1ccbd576d'
                    }
                    src_server_connector_pause_ts: {
                        table: 'sys_module'
                        id: '62225b05b1d54f9a8121965e7203aebf'
                    }
                    src_server_connector_types_ts: {
                        table: 'sys_module'
                        id: '86f7cc939543415ba56958262e647399'
                    }
                    src_server_diagnostics_logger_ts: {
                        table: 'sys_module'
                        id: 'e9faf9f9001c42e6834253a3e8bd10a6'
                    }
                    'src_server_health_auto-incidents_ts': {
                        table: 'sys_module'
                        id: '487dd423e6d54f79ad9eb95ab7bf1eba'
                    }
                    'src_server_health_graph-client_ts': {
                        table: 'sys_module'
                        id: '84564bdcefb94ef3b0c2895133f12b40'
                    }
                    'src_server_health_health-matches_ts': {
                        table: 'sys_module'
                        id: '96feb50282654966b318e62d24702025'
                    }
                    'src_server_health_health-routes_ts': {
                        table: 'sys_module'
                        id: '33fbd4b7947a4e18997125353884e8c0'
                    }
                    'src_server_health_health-store_ts': {
                        table: 'sys_module'
                        id: '59739c6c958d46fca7b851d6cb7f0645'
                    }
                    src_server_health_mapping_ts: {
                        table: 'sys_module'
                        id: '7e34ae1d820944da943dd41881546374'
                    }
                    src_server_health_matching_ts: {
                        table: 'sys_module'
                        id: 'c4e2e5dfbcf144ce8e349df0b0da238c'
                    }
                    src_server_health_precision_ts: {
                        table: 'sys_module'
                        id: 'b43918f9809a45f79010035c8cb54da7'
                    }
                    'src_server_health_run-sync_ts': {
                        table: 'sys_module'
                        id: '454dd14d97444ee898f58f6437ef3fab'
                    }
                    'src_server_health_scheduled-job_ts': {
                        table: 'sys_module'
                        id: '0ef9d57a02294917a3a51b5d83fb8f97'
                    }
                    src_server_health_sync_ts: {
                        table: 'sys_module'
                        id: '5451f70cdfb44961af4fdc1486c42c32'
                    }
                    src_server_inbound_body_ts: {
                        table: 'sys_module'
                        id: 'c147528ddd534be0a907b3f21c215556'
                    }
                    src_server_inbound_caller_ts: {
                        table: 'sys_module'
                        id: '094b4daf52d444a0b956816e07b9b620'
                    }
                    'src_server_inbound_comment-sync_ts': {
                        table: 'sys_module'
                        id: 'f50394ad7c3e4398b83fb227d9046e17'
                    }
                    src_server_inbound_communications_ts: {
                        table: 'sys_module'
                        id: '05bb37e3152440998256812b079dedba'
                    }
                    src_server_inbound_errors_ts: {
                        table: 'sys_module'
                        id: 'fa78badef91d4d328d9d3e88a04796b1'
                    }
                    src_server_inbound_guard_ts: {
                        table: 'sys_module'
                        id: '0804df63bdc74fa28cc820aa70f54437'
                    }
                    'src_server_inbound_ping-route_ts': {
                        table: 'sys_module'
                        id: '140a825ed2624690bf0f5f2d5ea88829'
                    }
                    src_server_inbound_repository_ts: {
                        table: 'sys_module'
                        id: '697e4332ffa64f15831bf63f80b7d352'
                    }
                    src_server_inbound_request_ts: {
                        table: 'sys_module'
                        id: '2b8fdd8e4b1e48739c62989188a34558'
                    }
                    'src_server_inbound_status-map_ts': {
                        table: 'sys_module'
                        id: '6c3693ccb1ea429babf070435530a2ef'
                    }
                    src_server_inbound_ticket_ts: {
                        table: 'sys_module'
                        id: '6e83733c7c1344d9a9b1d1057948cf91'
                    }
                    'src_server_inbound_ticket-routes_ts': {
                        table: 'sys_module'
                        id: 'a307cc3b502f4fa6a5c04f9046a5b929'
                    }
                    src_server_inbound_validate_ts: {
                        table: 'sys_module'
                        id: '595bbd2016144c4b833c1fba8cf92ce3'
                    }
                    'src_server_incident-form_form-section_ts': {
                        table: 'sys_module'
                        id: 'e1b466ca1f4f474e814a8c313e46ab82'
                    }
                    'src_server_incidents_close-codes_ts': {
                        table: 'sys_module'
                        id: '1e1a047d909b416298bee114899860e2'
                    }
                    src_server_insights_incident_ts: {
                        table: 'sys_module'
                        id: '7fab9d2048c447abad5dc6cb99919621'
                    }
                    'src_server_insights_panel-mode_ts': {
                        table: 'sys_module'
                        id: '9811377b59a94f2e83ad8edb566af84c'
                    }
                    'src_server_insights_panel-routes_ts': {
                        table: 'sys_module'
                        id: '3cd3de4712924d7dbfe8856051554bd9'
                    }
                    'src_server_insights_panel-view_ts': {
                        table: 'sys_module'
                        id: '4b7ce084fde44f01967bd156d592cb75'
                    }
                    src_server_insights_solutions_ts: {
                        table: 'sys_module'
                        id: 'f4dec1db53e2499e8d6a6e7bf3504baf'
                    }
                    src_server_messages_catalogue_ts: {
                        table: 'sys_module'
                        id: '9d16cc0b698840918c86a16d49640b90'
                    }
                    'src_server_messages_user-message_ts': {
                        table: 'sys_module'
                        id: '6ad875220e344883940335df532c2232'
                    }
                    src_server_platform_booleans_ts: {
                        table: 'sys_module'
                        id: '4e4ed4ade7df4020acf3ac48a94e4e4c'
                    }
                    'src_server_platform_field-length_ts': {
                        table: 'sys_module'
                        id: 'c513cd7bef5e4c0ebcc9fc769c0c50c3'
                    }
                    src_server_rest_respond_ts: {
                        table: 'sys_module'
                        id: 'ab8742cf062a409bb7dac806101b7b18'
                    }
                    'src_server_rest_route-request_ts': {
                        table: 'sys_module'
                        id: 'e6266501e5ba48b7b2113ddee666a741'
                    }
                    src_server_security_roles_ts: {
                        table: 'sys_module'
                        id: '1fb00c6450b14e3d9e350dedd6d5715d'
                    }
                    'src_server_setup_consent-route_ts': {
                        table: 'sys_module'
                        id: '7d74c00a1ecc4c9d9abd69aebdd09255'
                    }
                    'src_server_setup_link-account_ts': {
                        table: 'sys_module'
                        id: '99fa1879e62b4368b02fedb5ca883db2'
                    }
                    'src_server_setup_setup-record_ts': {
                        table: 'sys_module'
                        id: '70aea5ab23d74c69afd9e89a8f08da88'
                    }
                    'src_server_setup_setup-routes_ts': {
                        table: 'sys_module'
                        id: '749bee1ce3ba4988b57b2cd77c0d340e'
                    }
                    'src_server_setup_setup-store_ts': {
                        table: 'sys_module'
                        id: '1ba892eca5384734a3bfcc85da78c56e'
                    }
                    'src_server_setup_setup-tests_ts': {
                        table: 'sys_module'
                        id: 'cad5f5cc6dad46fd89e8358ea91702a8'
                    }
                    'src_server_setup_wizard-steps_ts': {
                        table: 'sys_module'
                        id: '27b231b6c5ae4fa5814f0d276a9bd2a7'
                    }
                    'src_server_time_date-time_ts': {
                        table: 'sys_module'
                        id: '21fab675a5404e2292a50c54abd96e4e'
                    }
                    'src_server_verification_route-call_ts': {
                        table: 'sys_module'
                        id: 'c51e45acb11a41b994f3d0a63d373338'
                    }
                    status_map_closed: {
                        table: 'x_mioms_m365_assis_status_map'
                        id: 'ba5786a318a74620ade435e549e0731b'
                    }
                    status_map_in_progress: {
                        table: 'x_mioms_m365_assis_status_map'
                        id: '8a8e005da1724f3aa7b079849920e4e1'
                    }
                    status_map_open: {
                        table: 'x_mioms_m365_assis_status_map'
                        id: '9f70505531514ef7986c53ff7b6b6a6c'
                    }
                    status_map_resolved: {
                        table: 'x_mioms_m365_assis_status_map'
                        id: '46f22cfeb3bc47cf8757d936adeeebb3'
                    }
                    status_map_waiting_for_customer: {
                        table: 'x_mioms_m365_assis_status_map'
                        id: '41c0c6f4d8fe4ac78995c00dbd415b61'
                    }
                    ui_action_m365_panel: {
                        table: 'sys_ui_action'
                        id: '11ffc9a3e9814c08964e967031ec4025'
                    }
                    xs_create_incident: {
                        table: 'sys_scope_privilege'
                        id: '1016880bdbe14c0f9a646e80edb65ec8'
                    }
                    xs_create_oauth_entity_profile: {
                        table: 'sys_scope_privilege'
                        id: 'b09d7c39218b49919581edf2a14ab0d9'
                    }
                    xs_create_oauth_entity_profile_scope: {
                        table: 'sys_scope_privilege'
                        id: 'e4764388c323401283f80bcf0099f0bb'
                    }
                    xs_create_oauth_entity_scope: {
                        table: 'sys_scope_privilege'
                        id: '758411f391d24511a50dce90cd661eb3'
                    }
                    xs_create_sys_ui_form_section: {
                        table: 'sys_scope_privilege'
                        id: '04d0abc115dd437883ec50c86f5d3466'
                    }
                    xs_create_syslog: {
                        table: 'sys_scope_privilege'
                        id: '12ae9001e4d849f2b60a704e60015bf9'
                    }
                    xs_delete_sys_ui_form_section: {
                        table: 'sys_scope_privilege'
                        id: '0b8eb66a533f4da3b4411473f9968a32'
                    }
                    xs_read_incident: {
                        table: 'sys_scope_privilege'
                        id: 'db0f57af8cbe45e789c4ef3696c43e1c'
                    }
                    xs_read_oauth_entity: {
                        table: 'sys_scope_privilege'
                        id: '035709651eae40ebb58eb6ea56bb96c9'
                    }
                    xs_read_oauth_entity_profile: {
                        table: 'sys_scope_privilege'
                        id: '3d086a835f3f426c96b2c43058c0dfa1'
                    }
                    xs_read_oauth_entity_profile_scope: {
                        table: 'sys_scope_privilege'
                        id: '926b1d0d3ab14d8296051992f52d1c29'
                    }
                    xs_read_oauth_entity_scope: {
                        table: 'sys_scope_privilege'
                        id: '30e128949df143d19a649ca1f65c0080'
                    }
                    xs_read_oauth_oidc_entity: {
                        table: 'sys_scope_privilege'
                        id: '515a5f2f5caf4523bec7c020c64a09ac'
                    }
                    xs_read_sys_choice: {
                        table: 'sys_scope_privilege'
                        id: '94edb4886aee405686a11dbb6f50c428'
                    }
                    xs_read_sys_db_object: {
                        table: 'sys_scope_privilege'
                        id: 'fc0221734c904a749cc9b0ed5a38c148'
                    }
                    xs_read_sys_journal_field: {
                        table: 'sys_scope_privilege'
                        id: '75329c1ed7fa42bda4ba32b76f0e2025'
                    }
                    xs_read_sys_script_include: {
                        table: 'sys_scope_privilege'
                        id: '5acae5ee3ed24dd58c6b1a0fdef75cc1'
                    }
                    xs_read_sys_ui_form: {
                        table: 'sys_scope_privilege'
                        id: '0142149c2c9b497f8b034a516eb673b9'
                    }
                    xs_read_sys_ui_form_section: {
                        table: 'sys_scope_privilege'
                        id: 'e0423d2f757b4c0fb5d4a34d917d0ade'
                    }
                    xs_read_sys_ui_section: {
                        table: 'sys_scope_privilege'
                        id: '646b5ea9e2d342c39064d215d0877c5a'
                    }
                    xs_read_sys_user: {
                        table: 'sys_scope_privilege'
                        id: '5a666cc964f444179aa40bb863302257'
                    }
                    xs_read_sys_user_group: {
                        table: 'sys_scope_privilege'
                        id: '87d16dabeed740e49f3c160850f3c0e5'
                    }
                    xs_read_sys_user_has_role: {
                        table: 'sys_scope_privilege'
                        id: '80f3c58e68534106816fe87493663487'
                    }
                    xs_read_sys_user_role: {
                        table: 'sys_scope_privilege'
                        id: '0751cd387b354154ae3c0cdb984255cc'
                    }
                    xs_write_incident: {
                        table: 'sys_scope_privilege'
                        id: '16ef91536491442a8ad3ef847f479ce1'
                    }
                    xs_write_oauth_entity: {
                        table: 'sys_scope_privilege'
                        id: '99aaf2946857433abe7c9f9ab9239ab8'
                    }
                }
                composite: [
                    {
                        table: 'sys_variable_value'
                        id: '000d3cc668534462ad9ffa62044572d3'
                        key: {
                            document_key: 'f61ab6b338384c09abbe58d3205fc011'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '005be85033d14a4f82660aaca0affa9d'
                        key: {
                            document_key: 'd1167e90c45c46af82ac3c67bab964e3'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00d857cb94ea4437b7d5b07dc74000f4'
                        key: {
                            document_key: 'b66b539169d341aba48a3fee7f8fc927'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01b103b2de964624a19c0f9505aaf8ed'
                        key: {
                            document_key: '3cc1b8b032ac4313af5823d911fe3454'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01b4fa5c99ed472ba11244c93580758e'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'last_calls'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '01dd8fcd1b4a4b6ca899972f9a746002'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01eff6cd571d4af89d3b67d61f7f77a3'
                        key: {
                            document_key: '3a6fd28c0ac346f49027f6293844112b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0253242a1297459894e89ebde9fc833a'
                        key: {
                            document_key: 'd46682e6969843da878f130d446233ff'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '025ae62411d448049e0d05a36784af29'
                        key: {
                            document_key: 'a9f2502a86d3487cba05aae8a311f811'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02831be1480945d28ac55fac6a793090'
                        key: {
                            document_key: 'e4063b9df4da4274954e7d676e764426'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '028912b0934d4f3a89cad39817eaf6b3'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'f6e3c1c4d75e40e28928448f0f8a2b4a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02a2468c5d2048cf8d01e6a433f00806'
                        key: {
                            document_key: '163acfb37fa24c3fac9e7ae49f598d3c'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02a9df793f3146f78d35e6fb2db6de80'
                        key: {
                            document_key: 'e83cb8dbc56c414c8becc791882df03d'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02ad18df89194ff1927b497f6da6aa39'
                        deleted: true
                        key: {
                            document_key: 'fb1f177499f7467ca6bf1f8d9cbb635e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '02c656572fbf4802bf04e0a2a53721ec'
                        key: {
                            name: 'x_mioms_m365_assis/vendor-react-dom--b817c723'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0323fc4957c34f01b24d3b755a7aa413'
                        key: {
                            document_key: '7d7bb43204ff413aa347f8864eed782e'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0342b5558229474a8bb75b3c94570c33'
                        key: {
                            document_key: '45ad261516ac4a7a9cf9247ba26c36fc'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0345859eb9784a8aa8ad30e87ffc6689'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'graph_profile'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03b3a3299c8c4f96a546bac722082051'
                        deleted: true
                        key: {
                            document_key: '2e9e2a03384c4ab5a82402e9677c5a35'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03e848732ff64437a8815196db0a2ac8'
                        key: {
                            document_key: '989e78a478c1476089fa589051906e8d'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '04ad3e2bc5aa40c8819ff67839a74965'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'test_environment'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '04ccd0de075745a985b6c879120d44bb'
                        key: {
                            application_file: '02c656572fbf4802bf04e0a2a53721ec'
                            source_artifact: '50819136f007434594ff4344e6583d04'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04fdc2093c604efd875f042eca62733b'
                        key: {
                            document_key: '774b59da577e4f8da0adc428fb5464c6'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '058aa6b0df3749548165e7e94b179b1b'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '60d46c609a57415ca3802ea3f289a010'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05c48e35528a44ae97252bb4e9680398'
                        key: {
                            document_key: 'ebe9fbb9a4804e13871fe82ae72ca9bc'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05df86eb7dd94d8f9e23656ca4f6df22'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '060c86e86a2744b1aa44c513ff0e7b69'
                        key: {
                            document_key: '3cc1b8b032ac4313af5823d911fe3454'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '063ddc9caaf14fc7913be1d36f1246b7'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '065403e76e8a46a1b96ed274326811d6'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'last_update'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '068afc306fb4499f9f2a3233e0ca26a1'
                        key: {
                            document_key: 'f61ab6b338384c09abbe58d3205fc011'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '068c0210af0c4c528b5b6fd204c878a3'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'bd84fe8df0ef44a0ba17835f0027fadc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07231519b8e94386866c582aadac5735'
                        key: {
                            document_key: '0bfd428339c24466876da485da2ccd9d'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '072840f64be04e95925701d1f2b30a66'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'severity'
                            value: 'b'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0748d5172b2b42748e0bd00b83c956aa'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '848a2a616f3b402988ddc91454622483'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '07b2976df98248c0b5db170147054ec2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'a7a193dc8f4946cca9cedf35b6c945fb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07b5895b8ec64fc7b35ae85d34568e8c'
                        key: {
                            document_key: 'c2b320afed754bee91489871962346d7'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '07e55043cdf34550bf6cb7bf8c850391'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'impact_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '080f30a7d9604031b7b6578e3003c0d7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e50dfe66aef94aecb9aea2f42e115ce1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08197b81882a4141b4f850e08a41f89b'
                        deleted: true
                        key: {
                            document_key: '60912bd9d6cf497799f2fcf83a54cc27'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '081e8ff88e2c43169c5e65d9d1f6b895'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '678f794b2fd44e6493661dcbda5919fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '08264509fe844adb8cb05ab5c6e2c134'
                        deleted: true
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'posts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0874b33cddfc4369a3f543d9f1c4d061'
                        key: {
                            document_key: 'de66185ee0d747e9b4e39d12b2be626c'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '089cccdeb8c4425980a13a38ad656653'
                        key: {
                            document_key: '9033a0052d5e4404a06231f1f59dba5c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0902490fb24c429fa4a05fc4c378d3c5'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '098f1763f6a447b8b38e1a9dde05ee6d'
                        key: {
                            sys_security_acl: '9ca76296773140e399227174841ba309'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09d3420895274b7ea136c197429aaa78'
                        key: {
                            document_key: '7c28e1fb405141279b524bb88d3faa0a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '09fb1abf44a34755ae0cb65e310c45cf'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a650c5c58bd494fabf1a489b99b9c31'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'tenant_domain'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0ad9478abd3045e791d6d18099a75ef6'
                        key: {
                            sys_security_acl: '3a0eca110da1400db41c9a23e3899299'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b105a3a5c24481295dd4ea1282b3d0c'
                        key: {
                            document_key: '5f59a3a7d01841f2a6a10c1c257f96e6'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b22bba3a6e64a249d74e10332e9f20a'
                        key: {
                            document_key: '3639ecb867814a5e98f9d05eb1a4266c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b4c4146a6bd492cb254d2a62b7625a6'
                        key: {
                            document_key: 'dd60553e9c1740d3b1a6f71e4d7f4d67'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0bec107985274c61a284c3451eb2bb11'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '413477dac5b74411b758134a4522df8e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0bf3ee96f86a4015bfe67477069fadb3'
                        key: {
                            document_key: '9e34349d28574a28a33d8cef02d3d2bf'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0c6abd1caa2f44d8914464cf33f639e2'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '313a5115f2134903a21b6eb1cba04253'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c7a99472c024f4fab9b1e623afacae2'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'last_calls'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c98e3a129e7473eaf1e6f8b40fef6c6'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '0c9cfb4fffe5453a918464f33fa45dfc'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'severity'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '0c9d108281074bdb8095224dfa727e41'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cd30b864e65426aa0953d8c2258957b'
                        key: {
                            document_key: 'bdf9b950585d488098126b5db6f85ecf'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d16417f9e484b3790344515fe69f3b5'
                        key: {
                            document_key: '3d7b63a0177349f98a134ecbbc4fac8b'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d23537791484a90b85e0d9b22f26b66'
                        key: {
                            document_key: '8dcabd1d0d194a3e992ed59fc8e9dc0b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d5ebd5237344d068f2188c7c4629218'
                        key: {
                            document_key: 'c2b320afed754bee91489871962346d7'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d61ec10569e4fc28e24b8606f30125e'
                        key: {
                            document_key: '0bfd428339c24466876da485da2ccd9d'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '0d7591ac8da14265a4aecec73f5f0e90'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0d949926a51a4301850fccdcee9e03f8'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0decace4e77a46f591bc363ea926204e'
                        key: {
                            document_key: 'f6e3c1c4d75e40e28928448f0f8a2b4a'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e901a3a98e847069fb2413f5c716e10'
                        key: {
                            document_key: 'e83cb8dbc56c414c8becc791882df03d'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ea6a528fd0b43268c40e1c38b84b016'
                        key: {
                            document_key: '88a5f4f541ab4ca6a1b37143c8b42b86'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0f4359d83cc041ef9369a17b5b2fb0e2'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f52fc240c4545cdb3ef0410ffe77efe'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '0fafad8b527647e19bd5fca4fe8cbfeb'
                        key: {
                            endpoint: 'x_mioms_m365_assis_panel.do'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0fc1ab57229145e8a125ba83355170a0'
                        key: {
                            document_key: 'e77e2fbdb6a24774ae5d8876a0efecf0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1011fe5f71d64874bade435752cfb971'
                        deleted: true
                        key: {
                            document_key: 'ed9715f837284b68b537f86321add2a8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10386f364f734a55b992e27ea47a5cf4'
                        key: {
                            document_key: '3d7b63a0177349f98a134ecbbc4fac8b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10741f3eceb341e78f40be7f130adc3d'
                        key: {
                            document_key: 'c2b320afed754bee91489871962346d7'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '10aab0cc782e46ecaece5339812fb922'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10b15cd0967a470697de92d5ba330275'
                        key: {
                            document_key: '51a219036f90436cbb4fac25cba3d07e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '11897ed8b14e427195d24681ba4693bb'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'rest_user_client_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '11c5e763785445e8a57f8db461f0eceb'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'post_key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11e7cce8192a410d915cdde50563c3b7'
                        key: {
                            document_key: 'd1167e90c45c46af82ac3c67bab964e3'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1229b056324e4ad0a63f8ed212f1e0f5'
                        key: {
                            document_key: '96d8ab63db1940c7bd78d2c4b28cf1a2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '123f6736a92747f0971b58cf652fc3a9'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'owner'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '124e9224277a481288be584ca66db64e'
                        key: {
                            document_key: '5578d4b8a1cb49928c112e9954f34fa4'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '125798cc36df47f79536b1e22e050d92'
                        key: {
                            document_key: 'e77e2fbdb6a24774ae5d8876a0efecf0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1290d4ff7fae479aa5167eb09e4139af'
                        key: {
                            document_key: '989e78a478c1476089fa589051906e8d'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '12bb9ed16cc54dcf90b9055abed8562c'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'noted'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '137ed969ce4a4db6bbf2ddbe5935720b'
                        key: {
                            document_key: '848a2a616f3b402988ddc91454622483'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '139b4ea5da314da790699b855efcc1fc'
                        key: {
                            document_key: '5f59a3a7d01841f2a6a10c1c257f96e6'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13d434039a5940c187961a62475c966d'
                        key: {
                            document_key: '51a219036f90436cbb4fac25cba3d07e'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '13d7a4122e0244f0bad4d19a57c591cf'
                        deleted: true
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'noted_posts'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1458aad2c42a4780bf41902b62f818b3'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '148785f47edc467f94b2e39c2b1717ec'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'content_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '154c97745f2c44248e2a1b3c7891b01e'
                        key: {
                            sys_security_acl: '495cedd2b3e4497cb4c58753ba524ba6'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1582fea55791479c913bd676f270a452'
                        key: {
                            document_key: '7d7bb43204ff413aa347f8864eed782e'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15e952a6bf4a4e3d8f9ee0e9696964fb'
                        key: {
                            document_key: '32026c0212774ee786ba1502c946f39c'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16060fdcc5734eb397bdbd421c306ecb'
                        key: {
                            document_key: '51a219036f90436cbb4fac25cba3d07e'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16086920db754bc683df90c37349b257'
                        key: {
                            document_key: '836e61df56284669b83ae2ab454e8f4c'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '16211f19f5c04af890342474b981e93b'
                        key: {
                            name: 'incident'
                            caption: 'Microsoft 365'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '16358ab28e894d45b6c13fc46d8f3728'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '8fd3d669528841fdac33c61da5c21056'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '164a038b6eef4ff5a1275b5300fad303'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'mode'
                            value: 'insights'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '171329a95ca34d9583aa0d434035190c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'test_environment'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '173d3cb7288c4ee3b74fdbdc85434255'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'last_modified'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '175adf067ee04471ab0944480c03e125'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'case'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1792e382cb2445b8b053b2458397ec21'
                        key: {
                            document_key: '179df7d2df1241959dfe9e6dc3008a7b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17f0908fecd344428a29740340df7e00'
                        key: {
                            document_key: '321feca0cedd44a087a421a55f87d744'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17f25fadcb5e4c93b55da57206923753'
                        key: {
                            document_key: '78a101f34fb84569a4252e9d3568f41f'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '187f3d4fa2314a02805399b1e4c08a1b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '4b4543d9b984497b8d012d6ff511d1c1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1913553c67904d45ab643f99a8b5981b'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'mode'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19b2cf48ba68420188d29d2bd1ae0929'
                        key: {
                            document_key: '0bfd428339c24466876da485da2ccd9d'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a086fdcc3e34ae98bf20320225cd480'
                        deleted: true
                        key: {
                            document_key: 'f295eb8ac2b14822a0ed4d624fba19fc'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a6ad6577b8c45e8a7db6aa42cd07254'
                        deleted: true
                        key: {
                            document_key: 'ea8cf781f76542738d11fdb23be9df9f'
                            variable: '3a662f60a3023110571967d1361e6134'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a972202aff94d4e82b6bc8a341d53c1'
                        key: {
                            document_key: '9033a0052d5e4404a06231f1f59dba5c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1ac7bd17f915404b96aea5489c38cd38'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd51d85b268064d4a9cd02a490cff72c2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ada49dba2354ad6958fa9ae5fbb41df'
                        key: {
                            document_key: '99daa32806174442956502d2d7ae6c31'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1b089a45a84845b28028b1414075f93d'
                        key: {
                            sys_security_acl: '5f08ce0b6ae24f62baed5ca1ef0cad2d'
                            sys_user_role: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b62f23d87de40a3acb03feeef769c93'
                        key: {
                            document_key: 'd46682e6969843da878f130d446233ff'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b8772c2cbe847fdacfa4804f38abf87'
                        key: {
                            document_key: 'de66185ee0d747e9b4e39d12b2be626c'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bed135a5ef343a6ae51c14723ae21b9'
                        key: {
                            document_key: '439a1474580f40009ede9249cbd184c3'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c9603bcec71440fb1ecfde6c69a9424'
                        key: {
                            document_key: '1caaade2e6c74b1198dffee5f172bba4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '1cc15c491eaa4177993cd49c7e89f6a1'
                        key: {
                            name: 'x_mioms_m365_assis/vendor-react-dom--b817c723.js.map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cf13dfa51214be1a347a3d92e0c89f0'
                        key: {
                            document_key: '08ed16da023f4afbb395f435fbd72677'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d80f830df6444e1b4e16dec6e1ba5c8'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'linked_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1dbf062e47e84a1b9670ee7cde17f2db'
                        key: {
                            document_key: '8b391fe2171f4cd88af38a1844796a37'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1df840e29e5b400685182e6642b1a1a6'
                        key: {
                            document_key: '90268b0b60314547953a85cdb1544fff'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e0b3fc7ce354e1c9bc5ce06f4c6a5da'
                        key: {
                            document_key: '774b59da577e4f8da0adc428fb5464c6'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e85e28bc310400ca32b8e1121bbbe00'
                        key: {
                            document_key: 'ebe9fbb9a4804e13871fe82ae72ca9bc'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e9e96dd1a7840039e29c77695ac0a6f'
                        key: {
                            document_key: '37bb37a449c94026b4184f4835595171'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ed464bd390949f58354b0ae02c3f7ff'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'last_attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1f22434f3eb449c3b524470db3ec7147'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                            value: 'sent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '1f33a3cfff8248d594d3f0b0265f9d00'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1f4b3408fff047108e1623c129adc2f2'
                        key: {
                            sys_security_acl: '37e8dc472dcf4c05b6811481977cb353'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f6de539fcb94d0e898a4bb3a55810dd'
                        key: {
                            document_key: 'b1b62d84224f4829be6f5c09613da002'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '1fd213c90d954597b4cfb42bfa342ac8'
                        key: {
                            role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                            contains: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20872dd4fd864a3c937a54ce92f57cd7'
                        key: {
                            document_key: '4f464aabc30d4a3aa5de2d69dda30041'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '20b8867356f54d0ead3727204cfb9bfd'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2107258b737d4490957787e7c4d63148'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '216cdb0874d142eb80532c04b3082267'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2253ded7ce0e479a9458feaac6cf81fd'
                        key: {
                            document_key: 'ee4a9f764ba04004b072bd4743c83118'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22619729cacc444d9c9a8d1b5a3fb2cf'
                        key: {
                            document_key: '4bf98f090ac84a3c83c44998f20d6c6c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '226a1c0b794e47c085373e90b9bb1a38'
                        key: {
                            document_key: '88cc43afff5c44bfb451a4ba3b2c63fc'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22c2207e65864be68e5b09e38f9db64d'
                        key: {
                            document_key: '321feca0cedd44a087a421a55f87d744'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '22e60dab690f483abc2242f446dcfcbc'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'solution_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '22f6bcab4c974884bc3d7f180f92483d'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_status_map'
                            col_name_string: 'microsoft_status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '232ef5b4f93846dd8caa94b7b8ba3a57'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'solution_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23565982828c4e869036ea59cd398f39'
                        key: {
                            document_key: '927ba325ac984b49a1d1792a8283c72b'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2389253b20a8448bb1edb72a7445cd80'
                        key: {
                            document_key: '78a101f34fb84569a4252e9d3568f41f'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '238fff9ba77b420f9010135fabb44946'
                        key: {
                            sys_security_acl: 'd6e38f7c4d114a04832033f201b6deee'
                            sys_user_role: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '23c67cba7d6747519d2ce0360f80b49d'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'linked_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '240b035d574b4bfd897ed3dac2e3da0c'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'author'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2450bd27314a4ec2ba27797ceff40f63'
                        key: {
                            sys_security_acl: '813861fc419c461b900e39448c41d6d6'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '24c0c77476524841bfa791c2de76bad6'
                        key: {
                            document_key: 'd89c52fb65f14964885242b057eff392'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2550a0aabedf43ca93cb8b5505db53ac'
                        key: {
                            document_key: 'd1167e90c45c46af82ac3c67bab964e3'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '257c40af45f64525ab176c50c4893d33'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'completed'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '260d06c8bc1d4480ae9cd4bc0f41e19a'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'severity'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '261417d3dcc141caa2b96edf358e13d3'
                        key: {
                            document_key: 'b9e805e61f8041749fcd1e2d80eeb650'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '261d59f39382428cbf8fb768b26db8fb'
                        key: {
                            document_key: '78a101f34fb84569a4252e9d3568f41f'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2674d315f0474d3e97360272954b9e96'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '50fd6d3ca27047db842d8078afc9dd29'
                                key: {
                                    name: 'incident'
                                    caption: 'Microsoft 365'
                                    view: {
                                        id: '88e5d4969b9c4fbfb193e361305bfc0c'
                                        key: {
                                            name: 'default_view'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                }
                            }
                            element: 'x_mioms_m365_assis_m365_tab.xml'
                            position: '0'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '269873c2ad904c8b92193adebb9854cb'
                        key: {
                            application_file: '02c656572fbf4802bf04e0a2a53721ec'
                            source_artifact: 'c30bf20b73384e199ca9cbddc02e0340'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '26bd7c2dbb2b4675ad087bac888b3f13'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '27b5f28c99774bf583ad2a9e7069a670'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'last_test_results'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '27cae2b135564d5387861df54f11f190'
                        key: {
                            sys_security_acl: '1fb69f44f8714b3789a079c9f4419e09'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28160c4bd8924b66a78a39cb552dbd65'
                        key: {
                            document_key: '121b94f7674e438d9d88c0fc4d153e7c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2858f044b29e49a5b082d2935a3763b1'
                        key: {
                            document_key: 'd89c52fb65f14964885242b057eff392'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '288c2e0d80b54a28850ac17d799ba66e'
                        key: {
                            document_key: '2a291cd52b1641269dfe9c0dcaedeffd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a07240200f44019ad430d892e309062'
                        key: {
                            document_key: 'e943781ef7234bf5a20307da718337ef'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2a0a936525be45bbbd8553dd8618f17d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'd89c52fb65f14964885242b057eff392'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a1953ef1fc940ceaa1dddc267b72c8a'
                        key: {
                            document_key: '36f4b21a3bfd42fabfd9bd65982d268d'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a37c386a2f44048a67923bf2b5a4812'
                        deleted: true
                        key: {
                            document_key: 'd51d85b268064d4a9cd02a490cff72c2'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a5daeca12aa4952b6cccfa532ff629f'
                        key: {
                            document_key: 'e6aab1dbddb04e1eaf349c0334e111fd'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a805984a29a47f79ae0039e59400237'
                        key: {
                            document_key: '8fd3d669528841fdac33c61da5c21056'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2a83bbabceef43849469573e6d4fc909'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'use_oidc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b70a9fa312443f3b5ab6bfc8e40c58b'
                        key: {
                            document_key: '836e61df56284669b83ae2ab454e8f4c'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b86e17e8ae24459b245ad7ec5c9a427'
                        key: {
                            document_key: 'b66b539169d341aba48a3fee7f8fc927'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2bd241c372fa4f618d9baf6800bf35d9'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'inbound_entity'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bee811284d746c78b986c73b432a5cd'
                        key: {
                            document_key: 'adb10161f1eb4380b70b1d5e08ea71bd'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bf7b7f1b44f425d8279ffb3a44a7df0'
                        key: {
                            document_key: 'd1167e90c45c46af82ac3c67bab964e3'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2c30dade61334b369bb977d924b2139c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'a6e35ab08a7545af8f229bb3a99ad447'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c3c37a0ef8447308fe15ae32fcc7e9a'
                        key: {
                            document_key: '8b391fe2171f4cd88af38a1844796a37'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c7829d63f6041a2b1a64e421583ff72'
                        key: {
                            document_key: '0bfd428339c24466876da485da2ccd9d'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2cd994b615c4409bb48e0b487e9aeb4d'
                        key: {
                            sys_security_acl: '8908bbbb5315407e9e64e7405b65dbbf'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2cfa2d7d21d840c3bf83035ac150718c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d255281aa9846c0901cbcf077566c6a'
                        key: {
                            document_key: 'a6e35ab08a7545af8f229bb3a99ad447'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d2ce07286024bd99d27624e3329899d'
                        key: {
                            document_key: 'a7a193dc8f4946cca9cedf35b6c945fb'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d4435e0f3c44a50a3a79ca589fbeab8'
                        key: {
                            document_key: 'ebe9fbb9a4804e13871fe82ae72ca9bc'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2d611274c76f4dff913063d8dc8d481a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ebe9fbb9a4804e13871fe82ae72ca9bc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2dc8c55356104ab8934222c48e3fd3d4'
                        deleted: true
                        key: {
                            document_key: '972d779638aa4d20b643ff55d4bf85e5'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e82c2823b0845f9ab0f2d62bb6de950'
                        deleted: true
                        key: {
                            document_key: 'fb1f177499f7467ca6bf1f8d9cbb635e'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '2ead1ed3899c4df0b08913e7380322c5'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ebe88d996984e78aa86f140c24c72f0'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'preferred_contact'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ec7e1d3681a4c02bbc7f355edf52350'
                        key: {
                            document_key: '3d7b63a0177349f98a134ecbbc4fac8b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2eff7dc6e2484cdbb81ecce92ded9c73'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f6eee6009e445c0968b2dd3fc6fc876'
                        key: {
                            document_key: '9ca4143d26874bd08e549e29cbaae2d2'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2fb342259bb84ef8bccb187dc5c2df77'
                        key: {
                            document_key: '5578d4b8a1cb49928c112e9954f34fa4'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2fc951810c93492f9230a719459d9e92'
                        deleted: true
                        key: {
                            document_key: '60912bd9d6cf497799f2fcf83a54cc27'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '307f3af784e5407a94a7f87adc5cbd33'
                        deleted: true
                        key: {
                            document_key: '0d3bdaa2586b420dba75eb8d0be3eb16'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3115dd1810954271b1f515785b0fb466'
                        key: {
                            document_key: 'a7a193dc8f4946cca9cedf35b6c945fb'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '319bc4c043dc4e66894f2e1e2a8473e8'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'next_attempt'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '31a887e3c9a64720bfded5feae1a57a6'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31d94fb6d6f742c1a9bce8d89208dc8c'
                        key: {
                            document_key: '9e3ed8fb355c4ee1a92fc8431020f1c5'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '324987b9cce346eba6f624b336f02b39'
                        key: {
                            document_key: '179df7d2df1241959dfe9e6dc3008a7b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '32aff219358a40b283777ce88dc049b8'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'form_section_attached'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32c6c51e5a714c5cb313f59cb833b260'
                        key: {
                            document_key: 'cb0b0ce81cb442edbc52f5fecc29a93e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3386641b98a64931afbd4ca66126708f'
                        key: {
                            document_key: 'b66b539169d341aba48a3fee7f8fc927'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '33910dce2178419ebdb163c0a3beb519'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'content_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '33c984af00244511a1bdc4ecd11b9010'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'email'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33fb214b443d491ea847acb1748ace07'
                        key: {
                            document_key: '313a5115f2134903a21b6eb1cba04253'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3405f8b04a9e49f7abb4dc90435d437f'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '343047c1ea7e49d5aaaf346e9a806b53'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6df9939805ec47e2aef319d286c6f8bb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '349b0f74129c4119a8053b3dfe0c47c6'
                        key: {
                            document_key: '6df9939805ec47e2aef319d286c6f8bb'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '34d8538ca2ba4d4eb60a7b7a4a0e58bc'
                        deleted: true
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'fb1f177499f7467ca6bf1f8d9cbb635e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '34db8f17a899496190a0ca0e77899fb6'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'inbound_client_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35266bf0e25e453e8dd0fc3411bf4676'
                        key: {
                            document_key: 'b21480d831044edfbea734c5e234bc40'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3548a4cbef7042e4b81c4fd364ba449c'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'correlation_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3571244add934891a07e2d3331fde639'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '954565096e3840e4807c578f5eaa0cb7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '358170e914034cbfbd6a3ab48b9eff7a'
                        key: {
                            sys_security_acl: 'd74f570324f8423d9e26167814c37e5c'
                            sys_user_role: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3590a14fd34043d68894493a786f3071'
                        key: {
                            document_key: 'e83cb8dbc56c414c8becc791882df03d'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '35d69df253594248bffefd84dd01d734'
                        key: {
                            sys_security_acl: '794dd72c97a9468d827599125ee727a1'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3618f0156d5e478c99dc4eb82e33d0a7'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'is_resolved'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36c6090849e049f498c1dedd65050541'
                        key: {
                            document_key: 'cc3bfef92e874995b303e8ea489d40e6'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3713737e12de476b8ff3cef1841a7b26'
                        key: {
                            document_key: '8dcabd1d0d194a3e992ed59fc8e9dc0b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37b0761fc66b4e7f98980ce57d1d7487'
                        key: {
                            document_key: '7d7bb43204ff413aa347f8864eed782e'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3849910e1de643fd8315a3a8dcb3f85f'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3854592114cc45efbf55261541fbb07b'
                        key: {
                            document_key: 'a9f2502a86d3487cba05aae8a311f811'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '386b0c55bb4f4959892636cf5c3abf33'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b9e805e61f8041749fcd1e2d80eeb650'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '399c18aac0b54a7693afbc6a077bc2ff'
                        key: {
                            document_key: '6df9939805ec47e2aef319d286c6f8bb'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39e929434e6c4d109b8b09bf56995394'
                        key: {
                            document_key: 'e943781ef7234bf5a20307da718337ef'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a14051a9f1c4d828ead429df2fefc29'
                        key: {
                            document_key: 'bdd4206a2f9b491ab2d71629874cdf9f'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '3a4743eefced42029cf0086436c221d1'
                        key: {
                            application_file: '1cc15c491eaa4177993cd49c7e89f6a1'
                            source_artifact: '50819136f007434594ff4344e6583d04'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3a66d5cdfa7344b68a93687e9860d676'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6d3e1f46af104cb0938f7ede4eb33ecb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ad4d82ac5f24b29ade66e227b075a74'
                        key: {
                            document_key: 'd1167e90c45c46af82ac3c67bab964e3'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b0581d43ed344d696305d26b0bdc438'
                        key: {
                            document_key: '78a101f34fb84569a4252e9d3568f41f'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3b1489dd053d46e7bd5b8f0b46eb9f53'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'feed'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bd7f4e766b6408c808d9ba27d853963'
                        key: {
                            document_key: '5f59a3a7d01841f2a6a10c1c257f96e6'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d0524276c1b4224adee1f0b58f0f38d'
                        key: {
                            document_key: '57901c938ef0474c8628836f5948d14a'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d5c0baa40054322a2691d4d89134ac8'
                        deleted: true
                        key: {
                            document_key: '972d779638aa4d20b643ff55d4bf85e5'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d8cdf5f34604041b068766d6659d093'
                        deleted: true
                        key: {
                            document_key: '972d779638aa4d20b643ff55d4bf85e5'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3daa19f4fabd4669a0af2327bc307204'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '90432824f31040b583402e29b45508fc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3dbb6d7ada5b4ff68577d5bcfcf0920b'
                        key: {
                            document_key: '413477dac5b74411b758134a4522df8e'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3e69c7d48e2340ffa342a69a7f736239'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                            value: 'received'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3f192b53aab3459fab4c8b0cf3778826'
                        key: {
                            sys_security_acl: '86e350a25ba34df59e091a14645f5bbf'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f21123795954056bc45f8eb74bee0ca'
                        key: {
                            document_key: 'c2b320afed754bee91489871962346d7'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '3f305238bb084ef8ba0e0a2fc300cc27'
                        key: {
                            name: 'x_mioms_m365_assis/setup/main'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4011f0a6a994453ea401a0777f6c835f'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'severity'
                            value: 'a'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '40d3553d0f17459d88911b069e0d11a8'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'incident_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '411190dedfc240bf81f01017ff98dedd'
                        key: {
                            document_key: '2a291cd52b1641269dfe9c0dcaedeffd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '414a1db6586647adb0ab503b7dda1925'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'e6aab1dbddb04e1eaf349c0334e111fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41ba0cd360614763a74b53b3cfbaf3b7'
                        key: {
                            document_key: 'e943781ef7234bf5a20307da718337ef'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4201be4cf1404b05b5367ee65ffde880'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4258d8e5f85d4cc18e60981ad8ad191a'
                        key: {
                            document_key: '08ed16da023f4afbb395f435fbd72677'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '42d905717e0643c7b817ea7b49bee139'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                            value: 'retry'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '432fad87cc1b49fe87fc3e6a19164242'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4375951ea4b44fafbe90ff11eba78c02'
                        key: {
                            document_key: 'bdd4206a2f9b491ab2d71629874cdf9f'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '43784c8508ce4bc2833293651d9864ed'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '43f7c9d6a4804399b8d70d2c639ca131'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'url'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '447090613872417b8b685902fd2c0111'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'close_notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44961404e7254f0fa9bb48bf293a6d02'
                        key: {
                            document_key: '9e3ed8fb355c4ee1a92fc8431020f1c5'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '452b1b52bc46494d93ddfcb3d345d331'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'start_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4532f022416b49bb8fc594ebd59dd8c4'
                        key: {
                            document_key: '163acfb37fa24c3fac9e7ae49f598d3c'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46229ae23a974c8c9620c636e5a9dec9'
                        key: {
                            document_key: '6b66057a4a864afdabc1e7fdd5095b92'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '465b0fe8f05e4a69ab5aad43876bdb4d'
                        key: {
                            document_key: '271e4a489c7a4848bd7bbd953a08ebb8'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '465eab8d6334460b9c4ed093f4ef6222'
                        deleted: true
                        key: {
                            document_key: '60d46c609a57415ca3802ea3f289a010'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '46b301ae9ce543dda902f86ab364f3ba'
                        key: {
                            application_file: '6fbf7589b02a40da8e9bb0c3f9140e64'
                            source_artifact: 'c30bf20b73384e199ca9cbddc02e0340'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4722c301d72d4aafab74ec057edf2071'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '472a9946bce1468bbaa04caad6e9f163'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'journal_entry'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '473d8137d9004eb3baa9d205acf482b0'
                        key: {
                            document_key: '7c28e1fb405141279b524bb88d3faa0a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '475a5a38944a496cbdf81b9821ddffb9'
                        key: {
                            document_key: 'a7a193dc8f4946cca9cedf35b6c945fb'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '479505dd61d6416892548e43562f7048'
                        key: {
                            document_key: '271e4a489c7a4848bd7bbd953a08ebb8'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47faec687a8d47e68180e210fef65487'
                        deleted: true
                        key: {
                            document_key: '420999f0cc894ad29fe4ea54267f0063'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '48439029e8c8484aaa6173a6e186c795'
                        key: {
                            sys_security_acl: 'ea8b0b15453b4960998552e8311a4576'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48ebab129c0d4b628a70431f228f8401'
                        key: {
                            document_key: '121b94f7674e438d9d88c0fc4d153e7c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4965508f5371491890e435a6e91ab866'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '2f25c2604a3946f78e8e61aff68dd2e6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49959e1bf1e9428a90ab01bf3f16f84f'
                        key: {
                            document_key: '1caaade2e6c74b1198dffee5f172bba4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4a009ec3abbb4d09ba767c3ff97d6e83'
                        key: {
                            sys_security_acl: '7dc7cc9768b6456fa16366e8d138480f'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a4c1eb6af3d4f8f8da76f2dbe9e1a0b'
                        key: {
                            document_key: 'bdd4206a2f9b491ab2d71629874cdf9f'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '4a83aa4e06884f409af2e2a519daebf8'
                        key: {
                            application_file: 'ae0950cedd63414ba32b7f938453855d'
                            source_artifact: 'c30bf20b73384e199ca9cbddc02e0340'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b041d03c364427bb3ec6dd5c2104e31'
                        key: {
                            document_key: 'a9f2502a86d3487cba05aae8a311f811'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b101d49c2ef45658b8e5f71d1cd8588'
                        deleted: true
                        key: {
                            document_key: '420999f0cc894ad29fe4ea54267f0063'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4b69438ee0d14ef088d170e277f84780'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4be1bb1b7f554bc8a17ea7e6313dd5b2'
                        key: {
                            document_key: 'b66b539169d341aba48a3fee7f8fc927'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c69979ca68c458caf5e539ef9acfcda'
                        key: {
                            document_key: '945de37c53dc47daa5bed92096b666e0'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4cadc324189b46aeac1985d7246d1751'
                        deleted: true
                        key: {
                            document_key: '536eb6d6bd01431c97ee1178e11d2061'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4cf9584209a54ca8b657ea056928b761'
                        key: {
                            document_key: '4b4543d9b984497b8d012d6ff511d1c1'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d314c07742a47febbbd34f3623fd6c9'
                        key: {
                            document_key: '413477dac5b74411b758134a4522df8e'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d43eeeeb0b84fd89c62b14af480d430'
                        deleted: true
                        key: {
                            document_key: 'ea8cf781f76542738d11fdb23be9df9f'
                            variable: '6f2a59a4e7133300b5646ea8c2f6a975'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4d70c12fcd544c36b346d9471578505a'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'valid'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e700aecea0d4cebbd5bce17acb1945e'
                        key: {
                            document_key: '90432824f31040b583402e29b45508fc'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ec9fc833b7340429eadcbfb62ba744b'
                        key: {
                            document_key: '90268b0b60314547953a85cdb1544fff'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4eede57dd14245a8ba7c096ef947f91e'
                        deleted: true
                        key: {
                            document_key: 'ed9715f837284b68b537f86321add2a8'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f1ae15fdd0c44ae8f12bebcd9ba10da'
                        key: {
                            document_key: '989e78a478c1476089fa589051906e8d'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f21293012b040248eacfbe022300961'
                        key: {
                            document_key: '6d3e1f46af104cb0938f7ede4eb33ecb'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4f6b304dbd7147d68d69994d824187ae'
                        key: {
                            sys_security_acl: '4d3665c61d6d4b49a7a07a0114761866'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4f95a67a294545b7962d9b3ea1a173c7'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f9f852b0d9e47f782a8eeb46fb2677d'
                        key: {
                            document_key: '96d8ab63db1940c7bd78d2c4b28cf1a2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4fab5b7cf0684012a2dbe722f801f807'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '78a101f34fb84569a4252e9d3568f41f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fe8261171a54b4cb044ee90ccd203be'
                        key: {
                            document_key: 'f61ab6b338384c09abbe58d3205fc011'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '4ffc4a47d3f34ed686e90f6345ba705e'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5021451bd52d4bb694cb01d511134fb5'
                        key: {
                            document_key: 'b1b62d84224f4829be6f5c09613da002'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: '50819136f007434594ff4344e6583d04'
                        key: {
                            name: 'x_mioms_m365_assis_link_account.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '50fd6d3ca27047db842d8078afc9dd29'
                        deleted: true
                        key: {
                            name: 'incident'
                            caption: 'Microsoft 365'
                            view: {
                                id: '88e5d4969b9c4fbfb193e361305bfc0c'
                                key: {
                                    name: 'default_view'
                                }
                            }
                            sys_domain: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '515172c30e884ce3baf45f46b493b654'
                        key: {
                            document_key: '8dcabd1d0d194a3e992ed59fc8e9dc0b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '517e59a71fd8427280b4d60c171ddaa0'
                        key: {
                            document_key: '37bb37a449c94026b4184f4835595171'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '518b8acd8a2a4e739683a1d66ca22da4'
                        deleted: true
                        key: {
                            document_key: '0d3bdaa2586b420dba75eb8d0be3eb16'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51e6bf132fa74dada857623ec4a171c7'
                        key: {
                            document_key: '37bb37a449c94026b4184f4835595171'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52cf12aa6a774b369f11f5850cacbe72'
                        deleted: true
                        key: {
                            document_key: 'a36af37363004e96ae05f422ba051b8f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '533aff6b232743bc92a428d9feaf50f2'
                        key: {
                            document_key: 'c2b320afed754bee91489871962346d7'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '536fb337dc464a01a91cb31ab455bcc1'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_communication'
                            col_name_string: 'state,next_attempt'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54847891ae9e48cfb459eac0dd3967f7'
                        deleted: true
                        key: {
                            document_key: '7714e8d2c4f7465f88da647905791933'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '54a9e02986a5488e8cb9e83088ee8119'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'classification'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54fb884db64c48e5974f82eeb123841b'
                        key: {
                            document_key: 'a7a193dc8f4946cca9cedf35b6c945fb'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5511139aef644cf190ba691ece650b84'
                        deleted: true
                        key: {
                            document_key: '420999f0cc894ad29fe4ea54267f0063'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '551d5f2c83c84e5da4fab946ef728c3f'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'mode'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55a352fd161149a99632d6c7f03ab9bb'
                        key: {
                            document_key: '163acfb37fa24c3fac9e7ae49f598d3c'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '55c3828f5ff54491875a51de354d37d7'
                        key: {
                            application_file: '02c656572fbf4802bf04e0a2a53721ec'
                            source_artifact: 'cc3a86b8fcb8441a9d572f57f9334461'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55e59b0e9b2847e7bd28aaa653e6c244'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '560b727363d84b72a5b284fe1fddf181'
                        key: {
                            document_key: 'd46682e6969843da878f130d446233ff'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5646e4b662084128a94c64d0d48d362b'
                        key: {
                            document_key: '7b80f0b37ad44d979f1601861e0b214c'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5670b1ab03404e43b17a7f2a4896112b'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56fefcaf44f845c380931138b677cb42'
                        key: {
                            document_key: 'b7b51427a1f246ac85d06a4b197c8001'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '57fe7feacad64c9d985f768bdcbbc52a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '391bd242978646b4b820fac7dc90ca0b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '584cd7df86d54636895c04135661b07f'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '5578d4b8a1cb49928c112e9954f34fa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5871aa50604e4b2ba0faab98a41efae7'
                        key: {
                            document_key: 'efad825cffbd41a5a2a9c53a1d087db7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '588f0acdb8d5498ca1c440d35465c39b'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '58e699ed3f9241e08d2baaa01289db1d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '51a219036f90436cbb4fac25cba3d07e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '590a2bb8ceb946f984ab5f454965f55b'
                        deleted: true
                        key: {
                            document_key: '449b4113a21b4426970b49eeb1b3b276'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '595b6e873c9540c4968fd01f193393ca'
                        key: {
                            document_key: '99daa32806174442956502d2d7ae6c31'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5963f8c36fd84feaa48eecf863efd7b9'
                        key: {
                            document_key: 'e77e2fbdb6a24774ae5d8876a0efecf0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5972b5ba19b043358b40d21cfbda4531'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '36f4b21a3bfd42fabfd9bd65982d268d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59f60fef04e2441690a4d28447933d03'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'consent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: '5a0d8644096348448b05bbfa6cf7f95a'
                        key: {
                            name: 'x_mioms_m365_assis_panel.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a3287f132ee438783a8680788b55d1c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5a3a8dec5a9d4c78bed073d057106100'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'preferred_contact'
                            value: 'email'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a419fe7fcd34050903bb15be3e6c395'
                        deleted: true
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'posts'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a42d9f7606740a98071f5eba7f6874c'
                        deleted: true
                        key: {
                            document_key: '449b4113a21b4426970b49eeb1b3b276'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ae8a6239bdf423f885d32facbdc1242'
                        key: {
                            document_key: '313a5115f2134903a21b6eb1cba04253'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5b60bec23bdd42c5a23a20dd6c21918e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'd89c52fb65f14964885242b057eff392'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5bfa2439b7444ae192fd07ba4d746078'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'high_water'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5cbe69097a59419bae007faf9b9a887f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'ac391022de02453d95cfe6af35758351'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d4d276dc8f44283a0ea227956ae1f79'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'issue'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5d769689e9874430a29be90df8940a66'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'body'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d870252ed1d4319b7f259c12992e9ae'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'incident_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5db62c29f52d46efa1e0dea8176a11be'
                        key: {
                            document_key: '3cc1b8b032ac4313af5823d911fe3454'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5db9ecbf8cfe455eb6e0688c9c762ce4'
                        key: {
                            document_key: '1caaade2e6c74b1198dffee5f172bba4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5de8bc76020748fd915fcaa277f12f62'
                        key: {
                            document_key: 'bd84fe8df0ef44a0ba17835f0027fadc'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e167ead61764af6ba129213769b5325'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'message_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5e18e182a1934ad48c99aebd42f51935'
                        key: {
                            sys_security_acl: '95632db9501540fc845cfb30c619de69'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e783f7aa0aa412f92ad42f118ed5d67'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'sso_enabled'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e84b4a6a84145e2a6102faa56f30ce4'
                        key: {
                            document_key: '96d8ab63db1940c7bd78d2c4b28cf1a2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ebafe5509f44c7d80a13cbbe6c88696'
                        key: {
                            document_key: '945de37c53dc47daa5bed92096b666e0'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f42fe512d3f4c199666aa3273bbae68'
                        key: {
                            document_key: '08ed16da023f4afbb395f435fbd72677'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f487de7b45e44478b26f8b891b3e842'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'correlation_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5fb1d12fbb944cf797a3563888f3ca80'
                        deleted: true
                        key: {
                            document_key: '60912bd9d6cf497799f2fcf83a54cc27'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5fb7ba6860744e66949b893fcdc977f7'
                        key: {
                            document_key: 'ee4a9f764ba04004b072bd4743c83118'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6001581b442742ab876dccdaa3e8aab6'
                        key: {
                            document_key: 'f61ab6b338384c09abbe58d3205fc011'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6002729d738749749d38dc13e3b949bd'
                        key: {
                            document_key: 'e6aab1dbddb04e1eaf349c0334e111fd'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60dcc603570f4334991ed860e5a14224'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'tenant_domain'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '61528d4e52cd47a6a6b4fd0110cbe31d'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'hold_reason'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6196bb42fa7c414691517fc367f7271c'
                        key: {
                            sys_security_acl: '2987af720e484d52af91fac66ffca8b3'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '627cfb10a0944524b54842536ef1c623'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'noted'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '62b080f930324f8ea80789757dc500f3'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback'
                            value: 'helpful'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6329c78d3854473891c8ba329eeb163f'
                        key: {
                            document_key: '8b3670692669433994de49ad8079f84f'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63312e74f5854d998d5c5bc41b261e3e'
                        key: {
                            document_key: '5f59a3a7d01841f2a6a10c1c257f96e6'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6340dc5a69f64fea8ae77a45bfc360db'
                        key: {
                            document_key: '88a5f4f541ab4ca6a1b37143c8b42b86'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '635b5b377d894740aad5823efa96e524'
                        key: {
                            document_key: '6df9939805ec47e2aef319d286c6f8bb'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6374b2b2b818476ca392d79c6b21ee81'
                        key: {
                            document_key: 'efad825cffbd41a5a2a9c53a1d087db7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6450e4a0d5aa423688f094509919f0cc'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'posted_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '64a04d139de841af9bb5e24b5f20b97f'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6524b1f6b2f8444693e8aebd915be3e1'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '7fc15233a6ee4b56b96cf04a6dd74910'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65d6d7d695b249a6b419cc81b3fc8639'
                        key: {
                            document_key: 'adb10161f1eb4380b70b1d5e08ea71bd'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '66090cea3aa2450f8de91f8ad4bb2660'
                        key: {
                            name: 'x_mioms_m365_assis/panel/main.js.map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '661b761befc04ea198c15f447c8f242d'
                        key: {
                            document_key: '88a5f4f541ab4ca6a1b37143c8b42b86'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6626d9f157e84cf0a0d814c96e77507e'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'validated_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6653a9d314cf4d40b940d8f015b41b38'
                        key: {
                            document_key: '3639ecb867814a5e98f9d05eb1a4266c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '672ba3ad241149c980962a47b3b89a04'
                        key: {
                            document_key: 'c1e759fbd4854ec7b0eee7ca23774c4c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '672d301cc48f42abb995939b5c56f24e'
                        key: {
                            document_key: '6085ccf3a4e94626aebd70efc041d7a5'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67821a3fb67a41c083feb7493674c366'
                        key: {
                            document_key: '6085ccf3a4e94626aebd70efc041d7a5'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '679615a5f5714169b3c85d19a5c08182'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '945de37c53dc47daa5bed92096b666e0'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '679b41b1889e4ebd9219771eb25ea66f'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'mode'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67b71648d5004f0ea998355067fee35a'
                        key: {
                            document_key: '2f25c2604a3946f78e8e61aff68dd2e6'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67ebedb2bd05492fafae40be473925f1'
                        key: {
                            document_key: 'f6e3c1c4d75e40e28928448f0f8a2b4a'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '686c0d1d5cf44917a0a2f036bbb0bea4'
                        key: {
                            sys_security_acl: 'afd3e707bbea4d27b3a1869a0adca22b'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '690a29fec2b14430a1a672017891fbc3'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6967a8e388a44e89960bab17432708b0'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69abf7fb82f647fc9c00fbc855258747'
                        key: {
                            document_key: 'e4063b9df4da4274954e7d676e764426'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '69e793444a544f2592a738722f55cb2d'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'issue'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6a0a81eca4aa46879deae9e0105aa9b4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '8b3670692669433994de49ad8079f84f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a2dbd358bf34f1ea75f0b3ce33a8a03'
                        key: {
                            document_key: 'ee4a9f764ba04004b072bd4743c83118'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6a6d52b85ca345abab6e09908e67060d'
                        key: {
                            sys_security_acl: '8364bde249f34201899435d5f5377741'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a74b74b68c64b11ba9097ffb11ff796'
                        key: {
                            document_key: '5f59a3a7d01841f2a6a10c1c257f96e6'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a938548617e44dc806f98d856e969e3'
                        key: {
                            document_key: '271e4a489c7a4848bd7bbd953a08ebb8'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6a966eda44fd4dc4988cbeb2f38e5242'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'outbound_client_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6b5f514d412d490d95a787cb339c050b'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b6fd934a4c04847905a8f96986f859e'
                        key: {
                            document_key: '8dcabd1d0d194a3e992ed59fc8e9dc0b'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b96bc19478f43258f2b94b27ee59db2'
                        deleted: true
                        key: {
                            document_key: '60912bd9d6cf497799f2fcf83a54cc27'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ba621ad6a654f14b2e09090e99a9d3d'
                        key: {
                            document_key: '309fe6d12ade49cea06ac8c3a71bb603'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6c11a7b617e44ffaa5091f45ba81aa82'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'bda060cd2bd6478da5e64f96973f2636'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c912bdca3df4205bd0b32f4ab731f4f'
                        key: {
                            document_key: '945de37c53dc47daa5bed92096b666e0'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6c941039fcb54dc7817a25e9c0b4aeb0'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'microsoft_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ceafc63a83549e1a825d32524d33f47'
                        key: {
                            document_key: '8b391fe2171f4cd88af38a1844796a37'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6d076e8f650448a3b15c235ca4322b38'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'outbound_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6d1be10455364bd996d8cdacd9a7a134'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'step'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6d4283e91c164968be99d17aa960f83c'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6dce53d815764e9892084d4af1478eaa'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback_by'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6dcff18662de4c189ea5e0e97dcfe416'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e84f542cd2f4bcdbf99ca581ac83e02'
                        key: {
                            document_key: '2f25c2604a3946f78e8e61aff68dd2e6'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6edfa5284fa549feb2a904d4e71d58eb'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'inbound_client_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f4e0a863b594a6399e88e37928b545c'
                        key: {
                            document_key: '8b391fe2171f4cd88af38a1844796a37'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6faeb065ad3840cfa7240e545580bb3a'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'rest_user_client_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '6fbf7589b02a40da8e9bb0c3f9140e64'
                        key: {
                            endpoint: 'x_mioms_m365_assis_service_health.do'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6fc4f17ac7374b15bd7dbb7ad1a93574'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6ff715d1491e41109d9be9405329229c'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'use_oidc'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '703b2140611c40b4a5847ee007f14442'
                        deleted: false
                        key: {
                            document_key: '3cc1b8b032ac4313af5823d911fe3454'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                        key: {
                            name: 'x_mioms_m365_assis.insights_user'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70e24116e09341ffaba3da44ec09ba98'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'completed_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70fbd4893a5c48d798d0d5247514f572'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'is_resolved'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '71142fe8b8c543888897f9d395850ecc'
                        key: {
                            sys_security_acl: '055bc0cb995f4a6cbae0f9af4be9f221'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '715b53e972ed4baaa7ffc028607e90b4'
                        key: {
                            application_file: '3f305238bb084ef8ba0e0a2fc300cc27'
                            source_artifact: 'cc3a86b8fcb8441a9d572f57f9334461'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7195917c3a4a4f6590d44fe17a52584a'
                        key: {
                            document_key: '121b94f7674e438d9d88c0fc4d153e7c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '71e4b456055c4ddf8cb115197bc26dca'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'sso_enabled'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7212783394a74c6a89b52c9eb98d9eec'
                        key: {
                            document_key: '179df7d2df1241959dfe9e6dc3008a7b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7223dad4843b45879c0c19bdaca12a1c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_phone'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7245f6ef97274873a3c2a066a9f79a90'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'fetched_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '72e97eaa28fc4626a9551ca3a1a9172b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '7d7bb43204ff413aa347f8864eed782e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7327c29178cd4c8c98c264da562a29d1'
                        key: {
                            document_key: '774b59da577e4f8da0adc428fb5464c6'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7383cd4436a440d9b29a3fc23c7e5ccb'
                        deleted: false
                        key: {
                            document_key: '3cc1b8b032ac4313af5823d911fe3454'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73ef94545b8e439993137a4f5418e1d3'
                        key: {
                            document_key: 'bda060cd2bd6478da5e64f96973f2636'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '740a9650bf9f491cbc7ed266770c8bff'
                        key: {
                            document_key: '4f464aabc30d4a3aa5de2d69dda30041'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7435aa2909fd4f5c8f7cca2f39ec4439'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'sent_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7442d9c419a64ead8f632a5e94fa9e73'
                        key: {
                            document_key: '5f59a3a7d01841f2a6a10c1c257f96e6'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74b51f26d76e49dbaf1e2df25a700160'
                        key: {
                            document_key: '32026c0212774ee786ba1502c946f39c'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74bc49b95a404fa5b189cc8d1fb5b991'
                        key: {
                            document_key: '0a9cc2899b6f4b879c45611e0c01d4f6'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '752ab6411420409395effb428f041caf'
                        key: {
                            document_key: '78a101f34fb84569a4252e9d3568f41f'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '75375049bf534585a226b3a857e689c7'
                        key: {
                            name: 'x_mioms_m365_assis/panel/main'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '754af3e70e424a1a82f4031ca18be620'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'e4063b9df4da4274954e7d676e764426'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '764cd01b088d4d7682f5da0ea87df365'
                        key: {
                            document_key: '2a291cd52b1641269dfe9c0dcaedeffd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '767a010b579f4bae9b9cd5eae26db3f4'
                        key: {
                            document_key: 'dd60553e9c1740d3b1a6f71e4d7f4d67'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '76de323a2220457f92f8636a8019f69d'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '771ca9d33a584707a8cf195b386c2654'
                        key: {
                            document_key: '413477dac5b74411b758134a4522df8e'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77772005f2584b9999bb2222d65a18e4'
                        key: {
                            document_key: 'f2ca6f23f0134b4ca91ed165551c43bc'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7782c82fbd144970b69471b04940cea6'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'consented_by'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '77f0d21b22d14b78afca494e7240105e'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'admin_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7801e9bbb6104a01ab94bb6c5b362052'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '121b94f7674e438d9d88c0fc4d153e7c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '782c7d7755234b71953dcff894a56748'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78912a4b5ed4424c91608eb34f8e3d7e'
                        key: {
                            document_key: 'b66b539169d341aba48a3fee7f8fc927'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78e18981c64345c097b52b985e8acffa'
                        key: {
                            document_key: '439a1474580f40009ede9249cbd184c3'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78fff9ab6f83406aa387c11d92970c39'
                        key: {
                            document_key: 'cc3bfef92e874995b303e8ea489d40e6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '793491cbed904553af4c5640cfe0071c'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '797337714f864a8191af843adb8e751c'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ee4a9f764ba04004b072bd4743c83118'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79d6463572694db8adcec98c5bd9991d'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_email'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a2f190049a6429dae75a04c7edff949'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '7ab1f23e926f43f78aff19abdbd0619c'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_case'
                            col_name_string: 'case_number'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '7abe070bb7784171a88b5ad21e9b08f8'
                        key: {
                            application_file: 'e5f3778f1622414a8a01c630c7bdeb8a'
                            source_artifact: '50819136f007434594ff4344e6583d04'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7abee1c4e37c4f728238ef2c3bae17da'
                        key: {
                            document_key: '90432824f31040b583402e29b45508fc'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ae887f945db4c8bad6aa6f39010af53'
                        key: {
                            document_key: '3a6fd28c0ac346f49027f6293844112b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '7b4d7ddbd9d5446cb8d11bcda7c576d6'
                        key: {
                            sys_ui_action: '11ffc9a3e9814c08964e967031ec4025'
                            sys_user_role: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b97ff6cf7014ec88339c06a5fed4dc7'
                        key: {
                            document_key: '3d7b63a0177349f98a134ecbbc4fac8b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7cde62e343ce457fbba86ed9132b715e'
                        key: {
                            document_key: '90432824f31040b583402e29b45508fc'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '7d941849cd814ce5b1c3cbc021df4ced'
                        key: {
                            name: 'x_mioms_m365_assis/setup/main.js.map'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7d9ffdadd030494587228d85f5b65fcd'
                        key: {
                            sys_security_acl: '0f948c2123a240ebae439d30547b32a5'
                            sys_user_role: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7e275cccb9e3401c88b0111c955e53a2'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9e3ed8fb355c4ee1a92fc8431020f1c5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e6c784650034c9baeeb17f58b135ed3'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'post_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ea5b00b3d6d45b29a0cf5fcf3facb2c'
                        key: {
                            document_key: '96d8ab63db1940c7bd78d2c4b28cf1a2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ef1d47b16684dae946ce42734a81626'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'valid'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f1222cffc294db1bc1d1516fb52f7a6'
                        key: {
                            document_key: '6085ccf3a4e94626aebd70efc041d7a5'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f3a9cef35d8498bbdae1ecc16bf710c'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'rank'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7fd2960aaf9a4e59806845ce202a7d8e'
                        key: {
                            document_key: 'c1e759fbd4854ec7b0eee7ca23774c4c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ff171895e5d460e9c5b17cdc800d336'
                        key: {
                            document_key: '90268b0b60314547953a85cdb1544fff'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ff57c0e46d64fdbb2b5e0fe45e8d0d9'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'case_number'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '803e9cc5e8604730be494b249d43fee2'
                        key: {
                            document_key: 'd89c52fb65f14964885242b057eff392'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '80873f078f994eb8b7b0227402dfd7e3'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'post_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80937f544ab44d84a2d29b7f8af67e12'
                        key: {
                            document_key: '78a101f34fb84569a4252e9d3568f41f'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80f9968a67ae4c1894e3aca6ee7dccb3'
                        key: {
                            document_key: 'd1167e90c45c46af82ac3c67bab964e3'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81271d65636840489cad5ccaa2168f1c'
                        key: {
                            document_key: '40e209845e1343efa62052258070ed4a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '819eda841fff4cdaa3cd9e1f254d0290'
                        key: {
                            document_key: '179df7d2df1241959dfe9e6dc3008a7b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81f900d8578845a79427379fc28a06b6'
                        key: {
                            document_key: '7b80f0b37ad44d979f1601861e0b214c'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '824c3717c368437ba65fb9cd3e4994dd'
                        deleted: true
                        key: {
                            document_key: '536eb6d6bd01431c97ee1178e11d2061'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82c6147cfcfc41fc963aaffd1b0af3e7'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'form_section_attached'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82c9f9d22eb24e0daf102538e239d30b'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '832c2b8ef71648519e19c1c1f0ddaf88'
                        key: {
                            document_key: '6df9939805ec47e2aef319d286c6f8bb'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '833330d144854e4da084f954a7d2d631'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'summary'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '834b0e092f7b4b29bfaf408e85beff5e'
                        key: {
                            document_key: '32026c0212774ee786ba1502c946f39c'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '838356a7edcb418eb7d52569d4f439dd'
                        key: {
                            document_key: '7b80f0b37ad44d979f1601861e0b214c'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '839c6ca9d4b343eb9b9c6f4d58e9ff0a'
                        key: {
                            document_key: '99daa32806174442956502d2d7ae6c31'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '840919e2481d47ec9941f599555e4539'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'end_time'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8415e9acf2124743b2746c8eae1b2379'
                        key: {
                            document_key: '1a3dc693df434a4b9c46eefb2163be6d'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '84189efaaa814ffeb17e17f76e173cb7'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3639ecb867814a5e98f9d05eb1a4266c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '841c00da0e2a49e0a2c279325a49dc23'
                        key: {
                            document_key: 'bda060cd2bd6478da5e64f96973f2636'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8516caae0f054928ba2a6e101d2aa4af'
                        key: {
                            document_key: 'e6aab1dbddb04e1eaf349c0334e111fd'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85505f660a1d4f6da74ced82eb6fd986'
                        deleted: true
                        key: {
                            document_key: 'd170248630d6499cbc1d3936b4aac73c'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '85bb817bc9364dab9993957394f8f87e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '8dcabd1d0d194a3e992ed59fc8e9dc0b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '860b80048e0e415899c9d8e0cdeaab61'
                        key: {
                            document_key: '7b80f0b37ad44d979f1601861e0b214c'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8672ba4c65a74313ad5a01c132c20df2'
                        deleted: true
                        key: {
                            document_key: 'd170248630d6499cbc1d3936b4aac73c'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8680723fd92541a4a6bdfbecde2ee731'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'f2ca6f23f0134b4ca91ed165551c43bc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86c63b0d0e0440748a759ad372651f56'
                        deleted: true
                        key: {
                            document_key: '0d3bdaa2586b420dba75eb8d0be3eb16'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87d432d7eb504098afb5c24d8e6f04dd'
                        key: {
                            document_key: '391bd242978646b4b820fac7dc90ca0b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '883bff59f1f44c3e936bd76e97378d04'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '885b02ad650d4e2483d4782081af31f2'
                        key: {
                            document_key: 'a6e35ab08a7545af8f229bb3a99ad447'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '891c544886ca41ed9dbcb14e421166dc'
                        deleted: true
                        key: {
                            document_key: 'f295eb8ac2b14822a0ed4d624fba19fc'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '89541088bc5c4bca82d2b694e23afadb'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd5c767763fdb47449e57e050fa7ed9e3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '896e6ae67905437f82ab3061f03fbfb3'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a0250e3345c4d34a2b2e685edbd1dba'
                        deleted: true
                        key: {
                            document_key: '2e9e2a03384c4ab5a82402e9677c5a35'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8a3d504bf0a548bf823a73fd7482085b'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'high_water'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8aacc4d4c1bc4a49848c436a1e1f14a4'
                        key: {
                            document_key: 'b21480d831044edfbea734c5e234bc40'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8af8d917a7a946beb0194c72b35db807'
                        key: {
                            document_key: '836e61df56284669b83ae2ab454e8f4c'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8b02e503661640c48998e8d271d8d8c0'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'service'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b42a34c68b8499d8af62c52494343fa'
                        key: {
                            document_key: '313a5115f2134903a21b6eb1cba04253'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8baddf93a7224344a0e07992f7eeb638'
                        key: {
                            document_key: '4b4543d9b984497b8d012d6ff511d1c1'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8bb625509f554fa9a480ca7f58700b51'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'correlation_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8bfd4d5496c243dcb0899a05c65a45d7'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'admin_email'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c173f80ef054584ad390e2a3338f06d'
                        key: {
                            document_key: '945de37c53dc47daa5bed92096b666e0'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c296e6a67e6464aa0a31383ed28f6fd'
                        deleted: true
                        key: {
                            document_key: '0d3bdaa2586b420dba75eb8d0be3eb16'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ce24761f84a4f968fc777a14415d4a0'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'test_environment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8dfd2cc5f19347359faac1a071efe229'
                        key: {
                            sys_ui_section: {
                                id: '16211f19f5c04af890342474b981e93b'
                                key: {
                                    name: 'incident'
                                    caption: 'Microsoft 365'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                }
                            }
                            element: 'x_mioms_m365_assis_m365_tab.xml'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e59dfed748d4b84b7c0e7c4825a136c'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'repository_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8e95b89f4fcc44abbace7818dc3545fe'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'can_create_tickets'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ee0c0819e4b4a10893aa80d74068ba0'
                        key: {
                            document_key: '121b94f7674e438d9d88c0fc4d153e7c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f42d068a8f848bcabebd9b4fb6d89b7'
                        key: {
                            document_key: '51a219036f90436cbb4fac25cba3d07e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f88ec9a46c74a5c9ca265e4f8a17d69'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'query'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '903a8f9d62bf4d14902efa7c90c2a33d'
                        key: {
                            document_key: '2f25c2604a3946f78e8e61aff68dd2e6'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '905dab39e2a64f2b9dbc93a74f549b31'
                        deleted: true
                        key: {
                            document_key: '972d779638aa4d20b643ff55d4bf85e5'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '908e823fa3ea45fb9b6c4017b1782792'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90a09a78414142ad952c05a4e6244b88'
                        key: {
                            document_key: 'ebe9fbb9a4804e13871fe82ae72ca9bc'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90b4cfa0b9a44f489fbbbe4b5cdb817c'
                        deleted: true
                        key: {
                            document_key: 'fb1f177499f7467ca6bf1f8d9cbb635e'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '90f835b4e97d45409d82143bdd9f9d3b'
                        key: {
                            application_file: '1cc15c491eaa4177993cd49c7e89f6a1'
                            source_artifact: 'cc3a86b8fcb8441a9d572f57f9334461'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9191da3ae5c1458e97f29a918ec9cfc1'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '9e34349d28574a28a33d8cef02d3d2bf'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '921779f77cfb43f78003a6f08477eebd'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '921ddbbbdd324cd0862d3a4dd41317fa'
                        key: {
                            document_key: 'b21480d831044edfbea734c5e234bc40'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9238c2d4c0da4601af879f6033fac318'
                        key: {
                            document_key: '45ad261516ac4a7a9cf9247ba26c36fc'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '92541b6d8f324f4586be54b81e1468f1'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'outbound_profile'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '9284c59b16694320b5e10c6f8da9949d'
                        key: {
                            name: 'x_mioms_m365_assis/service-health/main'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9290f8f6f5e243d881ab4c1e6f0cd5e3'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'can_create_tickets'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92bac04635964da8984b8806f4e717b1'
                        key: {
                            document_key: '179df7d2df1241959dfe9e6dc3008a7b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92d54039703742a59604ba407b3c7672'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'completed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92e032d6d329403c868338288d445982'
                        key: {
                            document_key: '7d7bb43204ff413aa347f8864eed782e'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92ef08c0fcc841558b2f6a2b332fb17a'
                        key: {
                            document_key: '88a5f4f541ab4ca6a1b37143c8b42b86'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92fa7f020367451c99a4fde50ef28463'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '931474dd5c844b61ada243f03727bfd1'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '938434422e514f3898cdb1ca1d092ac8'
                        key: {
                            document_key: '8b3670692669433994de49ad8079f84f'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '93bcc9ce2b6a4c34bc8bc530f1ffb298'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature_group'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93c0a300a4684b8e8b2517afb562e9f4'
                        key: {
                            document_key: '8b3670692669433994de49ad8079f84f'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '9409f5f6b1e44215a22a662d3dc1353d'
                        key: {
                            application_file: 'fed6cc4096dc4bba9973d746e5c83491'
                            source_artifact: '50819136f007434594ff4344e6583d04'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9475136caf174f09bed53c39a9583372'
                        key: {
                            document_key: 'e77e2fbdb6a24774ae5d8876a0efecf0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '94a5d0065aef45ffbddf9cf2f10ae870'
                        key: {
                            sys_security_acl: '6160e08289f1416ebd82da28a5d25d00'
                            sys_user_role: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '952b67ec3d05438198027faf52b4eb1e'
                        key: {
                            sys_security_acl: '668bd093a73a4f5095e192ebe8d43435'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '96077860d74748f5b70986d4941d88f6'
                        deleted: true
                        key: {
                            document_key: '60d46c609a57415ca3802ea3f289a010'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '962c8ffa023a4ad18c11e75e5a71b21f'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_health_issue'
                            col_name_string: 'issue_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '967496054e7549b09adafc0a4c3f4139'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '836e61df56284669b83ae2ab454e8f4c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96f9d051b9f04cd1bdbd4810f7026e6e'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '974eee71183f465c9c9e262c660ed795'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'mode'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '976ee64ad43d404ea7eb4a3451be362b'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'query'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97e968e6e37f4cf19a8f56253fbb903c'
                        key: {
                            document_key: 'a9f2502a86d3487cba05aae8a311f811'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '981beb33b5ae41cdbffbbcfe2d4d8321'
                        key: {
                            document_key: 'a6e35ab08a7545af8f229bb3a99ad447'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '98275b312c974b2bad0a200531b31165'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '774b59da577e4f8da0adc428fb5464c6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '986e2d10b33e470a919f27ca403c3ab6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '1a3dc693df434a4b9c46eefb2163be6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98d18b23b8e643f1918efdd8e055e08c'
                        key: {
                            document_key: '99daa32806174442956502d2d7ae6c31'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9902afc60b0d4651b9d18420af385c6b'
                        key: {
                            document_key: '678f794b2fd44e6493661dcbda5919fd'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '991f2b7c74b74524a1b476b1d3c5c963'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99388339dfc24c4dbe5df33e3fc6a3d6'
                        key: {
                            document_key: '4b4543d9b984497b8d012d6ff511d1c1'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9988172a7ddd4df981df8624746482d9'
                        key: {
                            document_key: 'f6e3c1c4d75e40e28928448f0f8a2b4a'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a45ebe7e509477db1dc08e53e99aabc'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'c2b320afed754bee91489871962346d7'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '9a9c2d538ae94818b0b5072eeeda8320'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_health_post'
                            col_name_string: 'issue,post_key'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9ab8bdba584c4b56a3dba773ea20fb28'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'preferred_contact'
                            value: 'phone'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9ac674f05255486e81fd2bf4eb74b238'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9b9adb546254414b91b38c2d625e289f'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'completed_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9bd8c3171ce7455a9f015de0394820fd'
                        key: {
                            document_key: 'e943781ef7234bf5a20307da718337ef'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9bec1d28aee54d16b6083712eb371bb2'
                        key: {
                            document_key: '7d7bb43204ff413aa347f8864eed782e'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9c46985ba98f40eaa0bd43c1521e7208'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'direction'
                            value: 'toMicrosoft'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c93e20c177c4130822ef151d6a753e7'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'post_count'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9cfb448b02f54c41a6d4d537419b4a26'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9d2f0f33754142b0beaf4ea1439e22bc'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'next_update'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e1efcb533ac41ee9c3476a6625e611b'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e55c0ebe153402faaf2528f80627765'
                        key: {
                            document_key: 'f6e3c1c4d75e40e28928448f0f8a2b4a'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9e58ef138a6848e6af84bbfbab305c9e'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'issue_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9e62cfd2777742bb809b8b4a28dcfa7d'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'preferred_contact'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ef3b582c53c498f9f616827983f3ff3'
                        key: {
                            document_key: '9e17e610be634eb3a6e91e0f72c446d1'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9efa47d292e04dc5ad705552e7357720'
                        key: {
                            sys_security_acl: '3c55d68d670140088b0c861046a62a72'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9fd07a2bdb87472998b36e1c33644767'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'outbound_client_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9fedfd6bc4884971bb316eee6aaac60c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'opened_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a011122f6b9842b5b2d3ebcfa6d2d31e'
                        key: {
                            document_key: '678f794b2fd44e6493661dcbda5919fd'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0411c408ad145df842614a069ab43cc'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'journal_entry'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a07781da577045b4a62fd14fe598f198'
                        key: {
                            sys_security_acl: '5a6973008e5545469f01b77313fb1c10'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a1257658d11e451b9a7d1daee5cbd15f'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'integration_user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a13048481410408cba87f241de3c6bfc'
                        key: {
                            document_key: '179df7d2df1241959dfe9e6dc3008a7b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a17b8ab2de3b4d62954030c93dfc2047'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'last_attempt'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2d8f5d1e54946409e4ae9d16e50f57f'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'issue_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a360dc7dac124eed932149123617cebb'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '4f464aabc30d4a3aa5de2d69dda30041'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'a3a0875af0a1499995a3f1c9a3b71053'
                        key: {
                            application_file: '75375049bf534585a226b3a857e689c7'
                            source_artifact: '5a0d8644096348448b05bbfa6cf7f95a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3bd39da449042adb3e45fab20b4a68b'
                        deleted: true
                        key: {
                            document_key: 'ea8cf781f76542738d11fdb23be9df9f'
                            variable: '27d4e1c25320220002c6435723dc3486'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3cedb8061fd4b8d8d5352dbc0be82c8'
                        key: {
                            document_key: '4bf98f090ac84a3c83c44998f20d6c6c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a3ec994afdd8409b989f2f40adb65ad1'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'close_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a41dda507fce49618b829d6a31c2a4ea'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'inbound_entity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a4433232d6a846af9774c7fdff332f8a'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_phone'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4f541fe44b24ee28b84ce6195a43298'
                        key: {
                            document_key: '88cc43afff5c44bfb451a4ba3b2c63fc'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a50cf4dde4f84663ac90459ab1843753'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'author'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5144929fbfb403aad6e73fc4e9b65c0'
                        key: {
                            document_key: '90432824f31040b583402e29b45508fc'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a51e6fff6c324c1792279bebf75ad739'
                        key: {
                            sys_security_acl: '172ca725ac324741a13082aeb52f3867'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a534fb46f74348b99277a3f86be2f2d2'
                        key: {
                            document_key: '989e78a478c1476089fa589051906e8d'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5badf4e2fd844e7aa5645d5442ef04d'
                        key: {
                            document_key: '36f4b21a3bfd42fabfd9bd65982d268d'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5f954c799604129825ac0878433d65c'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'incident_updates_stopped'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a62930f1a51746a784ca351d586bb6e7'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'repository_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a6608efe90e84ff3ae08af46f50d5a88'
                        key: {
                            sys_security_acl: 'f152c55cc1b74c3eab3ad1014eb2a1a2'
                            sys_user_role: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a6f2deb122414754861b4ba6e416966f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '88a5f4f541ab4ca6a1b37143c8b42b86'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a7425765b386404eba0b445a29dffb88'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '163acfb37fa24c3fac9e7ae49f598d3c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a7aad8c299864ce2a1ccf95920077d3c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '439a1474580f40009ede9249cbd184c3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7aec32d72d845ea913acb3ca49cfb4b'
                        key: {
                            document_key: 'a6e35ab08a7545af8f229bb3a99ad447'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a91cbd51c5e2403f81cfb5915474a965'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'start_time'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a95ccdc0dad941adb9dc33c99d065e4c'
                        key: {
                            document_key: '0bfd428339c24466876da485da2ccd9d'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a99f94fd97f44990987338e6e8a12f29'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '08ed16da023f4afbb395f435fbd72677'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a9edc065674e4c079e41cbcc9a346782'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a9f48d89e8fb4ed58113cfd1ad6afb16'
                        key: {
                            sys_security_acl: 'f1eadc3b10924c2298f1d81516fda9ca'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa8a6bbbfaff435c86a5840ea93f7fcb'
                        key: {
                            document_key: 'b21480d831044edfbea734c5e234bc40'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aaf8d09d2c7f4603aa9edcd51e92bd18'
                        key: {
                            document_key: '7fc15233a6ee4b56b96cf04a6dd74910'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aafe14c0621844a8a390941271b3e1d7'
                        key: {
                            document_key: 'e83cb8dbc56c414c8becc791882df03d'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'abc79f00aae241e598c04189f7040cca'
                        deleted: true
                        key: {
                            document_key: '7714e8d2c4f7465f88da647905791933'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'abe53c0c65a34d299e7b20a13d5d278a'
                        key: {
                            document_key: '8418efba4dfa45c9a0c708f963db3930'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'abf7f0ec39c84e1e82ef419e48e9a807'
                        deleted: true
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'noted_posts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ac0a6fa4d1be4d0fa241fdbb705302e4'
                        key: {
                            sys_security_acl: 'a03fbfb5b21e4ead9aa80cd0bdf98269'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac242db23ed7420c99867b688355c59f'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ac27bf7318854e86ae70f32b38a8aee4'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac61faf19fdf407ebaa0765858a8b8e7'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'posted_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad1eae9ebd3f4ea088a86e46cf67cd94'
                        key: {
                            document_key: 'e83cb8dbc56c414c8becc791882df03d'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'adb6215ea5b944bda00536085bc96c89'
                        key: {
                            document_key: '9e34349d28574a28a33d8cef02d3d2bf'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'ae0950cedd63414ba32b7f938453855d'
                        key: {
                            name: 'x_mioms_m365_assis/service-health/main.js.map'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ae1629eaa6fe4010b09811119b9a760b'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                            element: 'feed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aec12edf17b547dcab0d2d18690f152c'
                        key: {
                            document_key: '4bf98f090ac84a3c83c44998f20d6c6c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aeca3b2afd7d477591ab4b20aa83aa95'
                        key: {
                            document_key: '90432824f31040b583402e29b45508fc'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aed4c4d79874481483223c36c9d42dfe'
                        key: {
                            document_key: 'e77e2fbdb6a24774ae5d8876a0efecf0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af5d25c5ae8b463997e86a7ef53ffa7d'
                        key: {
                            document_key: 'd1167e90c45c46af82ac3c67bab964e3'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aff6e6debfc547b08705b66e27277621'
                        key: {
                            document_key: '1a3dc693df434a4b9c46eefb2163be6d'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0aae5cf8f8c4e2d891293ab5674f259'
                        key: {
                            document_key: '927ba325ac984b49a1d1792a8283c72b'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0ec03212b0343de97a295aa6a87f4ed'
                        key: {
                            document_key: '7c28e1fb405141279b524bb88d3faa0a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b15274b66d83478183a9aa5640413deb'
                        key: {
                            sys_security_acl: '4c0fa37788e14d169b436bee858143ac'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b25896acc3e043ebba7b56472d56b79a'
                        key: {
                            document_key: '3cc1b8b032ac4313af5823d911fe3454'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b29ef412adcf4dc48610b8dbaddc3701'
                        key: {
                            document_key: '90268b0b60314547953a85cdb1544fff'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b2a12fff92ed4f2c8833c4a02c44fc8b'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'summary'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3ccb78337c54fbfbf5a37728817db8e'
                        key: {
                            document_key: '848a2a616f3b402988ddc91454622483'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b40261eaf4544e57ae02b75a51780a77'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3d7b63a0177349f98a134ecbbc4fac8b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b40d3169ca134289928cecb6453124e2'
                        key: {
                            document_key: '439a1474580f40009ede9249cbd184c3'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b43991920705482eb0aeb2df51d93bba'
                        key: {
                            document_key: '5578d4b8a1cb49928c112e9954f34fa4'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b45573c05749497ebc35d178529e6564'
                        key: {
                            document_key: '08ed16da023f4afbb395f435fbd72677'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4c0474a9e784d0386d031667a47335f'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'preferred_contact'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5c2674d972f43aa9251d5452cc62f8c'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'hold_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5d3468f970f47b39fb4ad36994d0e09'
                        key: {
                            document_key: 'e4063b9df4da4274954e7d676e764426'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6126eeb9cf147ac9829b9c27b61f8a3'
                        key: {
                            document_key: '927ba325ac984b49a1d1792a8283c72b'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'b6b52511040648e790a1a9475a8df0bd'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b6c0cf4872964baeabfe10ebacc32ec2'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'severity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b6c2922d3622417dbdfce0f6b828d525'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'last_modified'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6d7134fd1dd4774824ebccb3c4695eb'
                        key: {
                            document_key: '5578d4b8a1cb49928c112e9954f34fa4'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b721b84788984693a46e63022925b6ac'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '32026c0212774ee786ba1502c946f39c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b736cef102994449b0f27d395956a4ed'
                        key: {
                            document_key: 'b66b539169d341aba48a3fee7f8fc927'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b76d857091cd45e9a82db60d70d1953d'
                        key: {
                            document_key: '3639ecb867814a5e98f9d05eb1a4266c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8400653feec44b99fb9275e3cfb38ee'
                        key: {
                            document_key: '927ba325ac984b49a1d1792a8283c72b'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'b90dd218bc004f75aaca019b6aa171df'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b94b19bc4b8a42369031ed63cb60a3cc'
                        key: {
                            document_key: 'de66185ee0d747e9b4e39d12b2be626c'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9a6cb7415d14f60810572cfa6c67959'
                        key: {
                            document_key: '309fe6d12ade49cea06ac8c3a71bb603'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9c44ccdbb02435d96da9d8aab188e85'
                        key: {
                            document_key: '88cc43afff5c44bfb451a4ba3b2c63fc'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b9d730c611014a85b2132d49162ffcb8'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'integration_user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba6f9f8e97af4bb8b54faef2c666adfe'
                        key: {
                            document_key: '0a9cc2899b6f4b879c45611e0c01d4f6'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb18b4c4b4f84e7785a3d7f3f4aa3d19'
                        key: {
                            document_key: 'ac391022de02453d95cfe6af35758351'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc7e6530e5c54c5e9ef0a419b37646fb'
                        key: {
                            document_key: '413477dac5b74411b758134a4522df8e'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd2a84730c384398b7bc75b6f1122d07'
                        key: {
                            document_key: '96d8ab63db1940c7bd78d2c4b28cf1a2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd9a9fd313dc447da08a7aa1612131df'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'last_update'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bdc23a887747471cbbab02762a7a449a'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'closed'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'beae05a31fb74ad8a74f26827e007726'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'fetched_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'beb7d1d6a3fa4d8f8fb8a2e24f3cfcce'
                        key: {
                            document_key: '4f464aabc30d4a3aa5de2d69dda30041'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bf039e9d8a9e40d2ae94c28d252dde29'
                        key: {
                            sys_security_acl: '10a388e6aa864597a33212fb4e0b6343'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bf09156ae2974268bd5e7a6e661c580c'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bf5cf06cf6ac4d5bb35caec4a85c37d7'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf6f5f510b8545019558db047fd2d680'
                        key: {
                            document_key: 'd89c52fb65f14964885242b057eff392'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bfd0e1ee54f2477abe73026a1fb65467'
                        key: {
                            sys_security_acl: 'e2af3a8dba634113998fccf4b38fa930'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c0121e17057447debd8646d18d96da7d'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'message_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c02116a804614028b4ecb12483518f38'
                        key: {
                            document_key: '848a2a616f3b402988ddc91454622483'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c0389c874953466089c0ab5a8281cad8'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'graph_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c048a824327f4352bd9b180053d4cf33'
                        deleted: true
                        key: {
                            document_key: '420999f0cc894ad29fe4ea54267f0063'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c05c5ceb7914414188e6677a1a453800'
                        key: {
                            document_key: '6085ccf3a4e94626aebd70efc041d7a5'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c066847a8cf74692b219f291850bb58e'
                        key: {
                            document_key: '4b4543d9b984497b8d012d6ff511d1c1'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c0aefdd47a084957b81804c0a5fb12c8'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'repository_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1428f2fdf3d442b9a98bdf01443a31b'
                        key: {
                            document_key: '989e78a478c1476089fa589051906e8d'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c145327be834452cb28602ff23336108'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'origin'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'c175458017bc44d1a0f05010cf979a2e'
                        key: {
                            name: 'x_mioms_m365_assis_health_sync'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c17c592fb37a44eeb67df30437196aab'
                        key: {
                            document_key: '88cc43afff5c44bfb451a4ba3b2c63fc'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1b00d6fddc74677bf1c44d62908fe97'
                        key: {
                            document_key: 'ee4a9f764ba04004b072bd4743c83118'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1d374ec607c4147b55e2a4054d7e15b'
                        key: {
                            document_key: '321feca0cedd44a087a421a55f87d744'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c211b5f7a40a4d9989a7367b3764f7a2'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '88cc43afff5c44bfb451a4ba3b2c63fc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c25ee2e576d347afb88d43275495d5e4'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'last_test_results'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c27eb12eb9db4ab5ab145880a10eb6db'
                        deleted: true
                        key: {
                            document_key: '449b4113a21b4426970b49eeb1b3b276'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c29f27f64b624a64b847baa2caeb9a04'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'validation_message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2e8c0b9b90a42b19cd7724ef2cbd8ab'
                        key: {
                            document_key: 'dd60553e9c1740d3b1a6f71e4d7f4d67'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: 'c30bf20b73384e199ca9cbddc02e0340'
                        key: {
                            name: 'x_mioms_m365_assis_service_health.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c33bca2c82514651b7fd86a4ec62eaae'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c3a09827691c420d910888c0562c8b17'
                        key: {
                            document_key: '774b59da577e4f8da0adc428fb5464c6'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'c3a1a311c1cc4312ae279e44ef76721c'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c3f490b9bb3344aea66c842671297a99'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '927ba325ac984b49a1d1792a8283c72b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c40dd1db98e145468807295c572b6e02'
                        deleted: true
                        key: {
                            document_key: 'd170248630d6499cbc1d3936b4aac73c'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c4b59db035cd4f87bd129ecab0a6108c'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'validated_on'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c5889251717245eca476c1e611354fc5'
                        key: {
                            sys_security_acl: '53f22e8d12824ac9aea4f5a54af0346d'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5a9026236e34b6abc1d9a3b5453f0a8'
                        key: {
                            document_key: '40e209845e1343efa62052258070ed4a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c61a92b6355a4c98a261168a9a1b6cdb'
                        key: {
                            document_key: 'e4063b9df4da4274954e7d676e764426'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c61caa0e30fe4cd99b15296c4c9455ac'
                        key: {
                            document_key: '3d7b63a0177349f98a134ecbbc4fac8b'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6437eaaf2df4270bb1a0886f5668a9c'
                        key: {
                            document_key: '90268b0b60314547953a85cdb1544fff'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6b5a391605648d2aabaee0eb997b259'
                        deleted: true
                        key: {
                            document_key: '954565096e3840e4807c578f5eaa0cb7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6e68c8cb278426abcecf8c2c5376fc7'
                        key: {
                            document_key: 'e77e2fbdb6a24774ae5d8876a0efecf0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c762f9e0ac614bf084ecdda287d231e2'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'rank'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7bac85c919a47aab57f2cacf8cf182a'
                        key: {
                            document_key: 'd89c52fb65f14964885242b057eff392'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c8a3b7c6b5004ed8957bec7041157b7d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b7b51427a1f246ac85d06a4b197c8001'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c8dc4646f2624abe8bf677f806959491'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'next_update'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c8ebd41befa044d88d311a53f04d9756'
                        key: {
                            document_key: '51a219036f90436cbb4fac25cba3d07e'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c98719796ef041b4a643509d878f98fd'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'end_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'c9a48746cd3542b4842e6f3ae59c7fea'
                        key: {
                            application_file: '9284c59b16694320b5e10c6f8da9949d'
                            source_artifact: 'c30bf20b73384e199ca9cbddc02e0340'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c9a9c0de00404d98b2038507216afbcd'
                        key: {
                            sys_security_acl: 'ffa7536fcfe642c385d086c08b2549cd'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c9bc67636db2488abff7224207bd8370'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c9c9b34d758643ff9831533121cf3e8a'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a36af37363004e96ae05f422ba051b8f'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c9d693e2dd0e456d8c3e136e28d8a451'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'step'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c9e7d8f595894c5dac3cb41c41f05887'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c9eef2af422f46ab965ecde572c7c249'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'correlation_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca43a90dcc4644d7a2bd4ddd78b2add4'
                        key: {
                            document_key: 'e50dfe66aef94aecb9aea2f42e115ce1'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ca972be26f7e420ba1519c1c60cc89f3'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '2a291cd52b1641269dfe9c0dcaedeffd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cabf09ff590940e4b1823aa4cb9f5fd7'
                        key: {
                            document_key: 'bda060cd2bd6478da5e64f96973f2636'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cb0b583821a64efe897228e9063bdf44'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'repository_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cb688bb4cc9d4bac8ce3c789aabf3e05'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'mode'
                            value: 'aad'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'cb9ce25fe88446bfae93ce128f98423f'
                        key: {
                            application_file: '66090cea3aa2450f8de91f8ad4bb2660'
                            source_artifact: '5a0d8644096348448b05bbfa6cf7f95a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cbda5aa6cea1409e8800f8255f72c55b'
                        key: {
                            document_key: '90268b0b60314547953a85cdb1544fff'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cc177b30cda043afb9c6bbe418e143b5'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'mode'
                            value: 'basic'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc2ea409d6be49d99e40d8c69b2f1491'
                        key: {
                            document_key: 'ac391022de02453d95cfe6af35758351'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: 'cc3a86b8fcb8441a9d572f57f9334461'
                        key: {
                            name: 'x_mioms_m365_assis_setup.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc4b5d857e50447292b9a380991eb1b3'
                        key: {
                            document_key: 'de66185ee0d747e9b4e39d12b2be626c'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cce02e4829d04ffaa27349476cf3c9cf'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'consent'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd5628a609fd4aa19d8093c0cd8a97f2'
                        deleted: true
                        key: {
                            document_key: 'd51d85b268064d4a9cd02a490cff72c2'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd6aba17b4934677854b4cbe7af2321c'
                        deleted: true
                        key: {
                            document_key: '0d3bdaa2586b420dba75eb8d0be3eb16'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd7a1f2249b04173968d1236b9f556ae'
                        key: {
                            document_key: 'f6e3c1c4d75e40e28928448f0f8a2b4a'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdf653eec5344b0aa0b8d764280f338a'
                        key: {
                            document_key: '836e61df56284669b83ae2ab454e8f4c'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cef4e12acdc848f99644479620e33dc3'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf254e8c427d4d1d944e0bb9ae69713b'
                        key: {
                            document_key: '774b59da577e4f8da0adc428fb5464c6'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'cf3a7ccad8d84e7fafc3315adbd78b76'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf4dfcc26bc24a5b9776ec24b79a09fa'
                        key: {
                            document_key: 'f61ab6b338384c09abbe58d3205fc011'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf53f9b0458c48f0ac6b4b0e38bbba46'
                        deleted: true
                        key: {
                            document_key: '954565096e3840e4807c578f5eaa0cb7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cf74c0e8dbdc44378cdcce9e21f381b0'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cfd8dcf1aa7c4e4883fd3c55f5b8b169'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'close_code'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cfdc9f08651b4f99bee2786687956f87'
                        deleted: true
                        key: {
                            document_key: '420999f0cc894ad29fe4ea54267f0063'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd00dbf1451b04514850bb65bb6b1fc53'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'case_number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd036a3b2a9d2471fa47756d53af2abb6'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'body'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd06283478cae4ba5b63e358eb1fc9148'
                        deleted: true
                        key: {
                            document_key: 'ed9715f837284b68b537f86321add2a8'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd09a19c6cfac42248dce9b63e5b2ee0d'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'validation_message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd0e367e0767a429cac3ad417cf559ad5'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'b21480d831044edfbea734c5e234bc40'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0eb51915521476796ba7be2dc47c5f9'
                        key: {
                            document_key: 'd46682e6969843da878f130d446233ff'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd25f6cb943414ff8905140d6ece8cd06'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'closed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd26512396272488db294defc640af263'
                        key: {
                            document_key: 'bdd4206a2f9b491ab2d71629874cdf9f'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2de4da351a64ab994856ec8063fb7b2'
                        key: {
                            document_key: 'bc2e26c6b1474830ab0308144f4a788b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3b083b06e6d4806bd10acf8814b5bd6'
                        key: {
                            document_key: '836e61df56284669b83ae2ab454e8f4c'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd3d1987c41574545900edefff6f095c7'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'impact_description'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'd3d61fff0df84982a9b8dda680ff5d62'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd42ae436606f4e1ba16541863b63cbdf'
                        key: {
                            document_key: '391bd242978646b4b820fac7dc90ca0b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd4624cd83db64476821e1579335a1bc3'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_communication'
                            col_name_string: 'case,message_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd46f2cc7b0b749ce8d11141f86788309'
                        key: {
                            document_key: 'bd84fe8df0ef44a0ba17835f0027fadc'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd490f71a112742efb065a3035db102b5'
                        key: {
                            document_key: 'e50dfe66aef94aecb9aea2f42e115ce1'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd4e5531a2e1241fe9685ffa7f6b7c7bc'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5225e7a8c7742b3b1d24f83658d00a9'
                        key: {
                            document_key: 'cb0b0ce81cb442edbc52f5fecc29a93e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd53478de3efb40f7881843f4c758d252'
                        key: {
                            sys_security_acl: 'e39afeaf63894ed880d7aeba820b832c'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5620744f0f24c40b55f0e16554cca20'
                        key: {
                            document_key: '1a3dc693df434a4b9c46eefb2163be6d'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd593e3d02b534be48dd2a24c1c1be526'
                        key: {
                            document_key: 'd5c767763fdb47449e57e050fa7ed9e3'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd5a132cc72c344bd854310d036450ae0'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'close_notes'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'd5b3ee7aba5940e1b77a17cca979cb44'
                        key: {
                            endpoint: 'x_mioms_m365_assis_setup.do'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5ecf35f55a1425eaa624575215ec2b8'
                        deleted: true
                        key: {
                            document_key: '2e9e2a03384c4ab5a82402e9677c5a35'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd620fb7703854bb0b1bbd5b5e6fe441a'
                        key: {
                            document_key: '6b66057a4a864afdabc1e7fdd5095b92'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd64efb7f6ebf46bb87fa286fdb727bca'
                        key: {
                            sys_security_acl: '08b323966cb64291b8066d46ae43146e'
                            sys_user_role: {
                                id: '70d8bd0119bd4ed58c2e0ac9846b814b'
                                key: {
                                    name: 'x_mioms_m365_assis.insights_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd69d5addfca64562b65014240a4bd60b'
                        key: {
                            sys_security_acl: 'd70e2149244f4275ac3cd3550dcd90a8'
                            sys_user_role: {
                                id: '2a6afaa31ca34934beb39366ed065aaa'
                                key: {
                                    name: 'incident_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6df3125ced040019b4f9025201a6313'
                        deleted: true
                        key: {
                            document_key: '7714e8d2c4f7465f88da647905791933'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd71a11a307ed414d8994f03b145759e7'
                        key: {
                            document_key: '313a5115f2134903a21b6eb1cba04253'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd75cd54e9fb94c95b949b8daac2eee40'
                        deleted: true
                        key: {
                            document_key: 'ed9715f837284b68b537f86321add2a8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd7a768635256474f9e0db120c3ee9a2b'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'incident_updates_stopped'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd83422e1b8d34fa6a862020446abaa4a'
                        key: {
                            document_key: 'e6aab1dbddb04e1eaf349c0334e111fd'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd86234992557416eb648d49020e7eb07'
                        key: {
                            document_key: 'f61ab6b338384c09abbe58d3205fc011'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd89814fa8e3349928b1d1f4061104768'
                        deleted: true
                        key: {
                            document_key: '420999f0cc894ad29fe4ea54267f0063'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd8f65a4fb1b74344b8d72e468c2fd277'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd92984a993d94181806602ed22cd841b'
                        key: {
                            document_key: 'b9e805e61f8041749fcd1e2d80eeb650'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd955e0bafe9c45f5b50c8d020e2a0085'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'e83cb8dbc56c414c8becc791882df03d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd9847ccc9b8542cb88ea1fdc034a4782'
                        deleted: true
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '0d3bdaa2586b420dba75eb8d0be3eb16'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9b33dc9b25f45ecbd1a570a3d21e0a2'
                        key: {
                            document_key: '271e4a489c7a4848bd7bbd953a08ebb8'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da882741a3fc4faf9bf1c1029007f84f'
                        key: {
                            document_key: '36f4b21a3bfd42fabfd9bd65982d268d'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db0081045f9c4decbcf67d0559039238'
                        key: {
                            document_key: '391bd242978646b4b820fac7dc90ca0b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db2d4b1f59cf483ca46587ddc0406ae4'
                        key: {
                            document_key: 'e6aab1dbddb04e1eaf349c0334e111fd'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbde3b09b1a1487fa7c3c7f547bf2590'
                        key: {
                            document_key: '2f25c2604a3946f78e8e61aff68dd2e6'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbe689a033d34d61aa46bea13911f8ea'
                        key: {
                            document_key: '8b3670692669433994de49ad8079f84f'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbed65889ea842bd82c53d51b6b6e98a'
                        key: {
                            document_key: '7c28e1fb405141279b524bb88d3faa0a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dc59eedb41b148f48228c74082d41a01'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'bdd4206a2f9b491ab2d71629874cdf9f'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'dc5b0e18424841119fa73c76f0a2cfc8'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_case'
                            col_name_string: 'incident'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'dcb9930e02e14282a7a9a5772d38f807'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_solution'
                            col_name_string: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dcf0628fb66648eaa86751e8626cf678'
                        key: {
                            document_key: 'c1e759fbd4854ec7b0eee7ca23774c4c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dcf0b7cc86aa439fb24acff350b2a264'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dd0264fd87b74cccbc23a55d79f9e4bf'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '0a9cc2899b6f4b879c45611e0c01d4f6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd637c6790e6400e86fe879df0192ab9'
                        deleted: true
                        key: {
                            document_key: 'fb1f177499f7467ca6bf1f8d9cbb635e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ddc5af26e226452da5e4b0878c34d61f'
                        deleted: true
                        key: {
                            document_key: 'fb1f177499f7467ca6bf1f8d9cbb635e'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de64d694df1548b7945b1998c881a22c'
                        key: {
                            document_key: '36f4b21a3bfd42fabfd9bd65982d268d'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df2eb7f2d38e498c9f943c71b32d0801'
                        key: {
                            document_key: '927ba325ac984b49a1d1792a8283c72b'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df64c309088947b7833439c9cc36c1a8'
                        key: {
                            document_key: 'bda060cd2bd6478da5e64f96973f2636'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df9adbf37ec14a31a6a9aec3e73792c9'
                        key: {
                            document_key: '1a3dc693df434a4b9c46eefb2163be6d'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'df9bcea10ac94105852ab3472e7f3bed'
                        key: {
                            application_file: '7d941849cd814ce5b1c3cbc021df4ced'
                            source_artifact: 'cc3a86b8fcb8441a9d572f57f9334461'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dfcf3e1795674e8ba77c62f6d4cd5783'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'case'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0a642c2c6bc4d7da5cbfd86d5e58b31'
                        key: {
                            document_key: 'c1e759fbd4854ec7b0eee7ca23774c4c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0b775e15f944fa3a4b05418e8afb12c'
                        key: {
                            document_key: 'e77e2fbdb6a24774ae5d8876a0efecf0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0c7417496ff402f8eaf2712b60ef64e'
                        deleted: true
                        key: {
                            document_key: '536eb6d6bd01431c97ee1178e11d2061'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0e485f9704e4019adbf85d2e1e95f3d'
                        key: {
                            document_key: 'bdf9b950585d488098126b5db6f85ecf'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e0f6205fbe68470bad6e284b9c55eac5'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'test_environment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1d7451d3bf84935a19cb917f6c487b9'
                        key: {
                            document_key: '0bfd428339c24466876da485da2ccd9d'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e24425ef975b47c890b4c9d48cf90db2'
                        key: {
                            document_key: 'd5c767763fdb47449e57e050fa7ed9e3'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e26490024e65430db411722c984fafad'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '8b391fe2171f4cd88af38a1844796a37'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e2ab1f7ca0e949578ae71f92ae765c9d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'd46682e6969843da878f130d446233ff'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e2d957efff214f9d8fedc6addbcd97c4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '7b80f0b37ad44d979f1601861e0b214c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2dd1c0753614d32bc52f1e561378a90'
                        key: {
                            document_key: '945de37c53dc47daa5bed92096b666e0'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e2fc89e020a14066baeb2c8b061d5a37'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'post_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'e319174066b2429f8782eae75263199d'
                        key: {
                            application_file: '1cc15c491eaa4177993cd49c7e89f6a1'
                            source_artifact: '5a0d8644096348448b05bbfa6cf7f95a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e34f5c3691454a99a20aed3b8601ee3b'
                        key: {
                            document_key: 'bdf9b950585d488098126b5db6f85ecf'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e3fed7c7b1c643de9f08ce7bce1127f3'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'direction'
                            value: 'fromMicrosoft'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e454caf6f31a425e83b6425056e49562'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'severity'
                            value: 'c'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e466b5d13f724e2db8b3e32e27149fe9'
                        key: {
                            document_key: '989e78a478c1476089fa589051906e8d'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e506963193e84187b1a290cbd7e9b5e9'
                        key: {
                            document_key: '8b3670692669433994de49ad8079f84f'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e53c2905195c41ee9bce59642a7696f0'
                        key: {
                            document_key: '08ed16da023f4afbb395f435fbd72677'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5642a30dfd04a52952f014f144197c2'
                        key: {
                            document_key: 'b7b51427a1f246ac85d06a4b197c8001'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e578b25d1ffa4c90ab666ee9bb4e7e5d'
                        key: {
                            document_key: '9ca4143d26874bd08e549e29cbaae2d2'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'e593602ffdfb42e28840ef17c0ba3705'
                        key: {
                            application_file: 'f25f092750ea4edfa7bb545554d779ff'
                            source_artifact: '50819136f007434594ff4344e6583d04'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5afc9a1990246b7805b912b2bf7b551'
                        key: {
                            document_key: '439a1474580f40009ede9249cbd184c3'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'e5f3778f1622414a8a01c630c7bdeb8a'
                        key: {
                            name: 'x_mioms_m365_assis/link-account/main.js.map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e640a15be2854bd99f5d2fd2ef0ef714'
                        key: {
                            document_key: '413477dac5b74411b758134a4522df8e'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e70324a877ad4365a0d854c469555481'
                        key: {
                            document_key: '4f464aabc30d4a3aa5de2d69dda30041'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e7914c69b94445dca99dd4fd71ecc742'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'efad825cffbd41a5a2a9c53a1d087db7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e7d6e48ba1bc4e279173bc5a778cb2c8'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8229f5c168d4d04b06f80c592d5920f'
                        key: {
                            document_key: '391bd242978646b4b820fac7dc90ca0b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e876838e4f264594b90c83bf28b697c0'
                        key: {
                            document_key: '4bf98f090ac84a3c83c44998f20d6c6c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e8a04ee053b64c2fb7728364de10ec7a'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'microsoft_status'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e9b4d1ddeaf84c728f82ee9cbdf40499'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '3a6fd28c0ac346f49027f6293844112b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9bc81c7feb04931bd1c0ba7d6b8984c'
                        deleted: true
                        key: {
                            document_key: 'ea8cf781f76542738d11fdb23be9df9f'
                            variable: 'bb84ed825320220002c6435723dc3400'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea1c69e64a46449e8cf09131462a9c0f'
                        key: {
                            document_key: '9e34349d28574a28a33d8cef02d3d2bf'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea5866cdae2546958618d574587098bf'
                        deleted: true
                        key: {
                            document_key: '420999f0cc894ad29fe4ea54267f0063'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea7e2413b7a242e2b047c52e2b8a07bf'
                        key: {
                            document_key: 'a6e35ab08a7545af8f229bb3a99ad447'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eac91127fff94b14a10570e2576ca7c3'
                        key: {
                            document_key: 'd46682e6969843da878f130d446233ff'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'eb2e4974b9e748f78f5b178c000e1ca8'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_health_sync'
                            col_name_string: 'feed'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eb3c3d73bb064823b124658c7ae1a5f9'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'bc2e26c6b1474830ab0308144f4a788b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb4065b3b26f4883ada93da78436a813'
                        key: {
                            document_key: '7fc15233a6ee4b56b96cf04a6dd74910'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'eba12cc43789407d9c802b4d8704e5a3'
                        key: {
                            application_file: 'd5b3ee7aba5940e1b77a17cca979cb44'
                            source_artifact: 'cc3a86b8fcb8441a9d572f57f9334461'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ebc70bca90ad443c83ddee73cb79e2fb'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'consented_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec60417b80e24ee89ac4356437bc01f0'
                        key: {
                            document_key: '37bb37a449c94026b4184f4835595171'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ec6b9c3b81a04061ae70b5d285cb3b10'
                        key: {
                            sys_security_acl: '9bcba796316747e49cba767b459de15d'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec7df4959ee043d59f2d6f05349ee589'
                        key: {
                            document_key: '2a291cd52b1641269dfe9c0dcaedeffd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec9697fc8c414372a50209308dc7b519'
                        key: {
                            document_key: 'b66b539169d341aba48a3fee7f8fc927'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ed0995f19f8041e289292d058c0ce165'
                        deleted: true
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '7714e8d2c4f7465f88da647905791933'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed3c56427cc94b4bb8eac76016e65f61'
                        key: {
                            document_key: 'bdd4206a2f9b491ab2d71629874cdf9f'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'edba2e534b9d401fa63673c2681cdc10'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee1b9bfdb095473baf115e6160b890bd'
                        deleted: true
                        key: {
                            document_key: '7714e8d2c4f7465f88da647905791933'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'ee616e9365b34f66b9d00e7f5d91ac07'
                        key: {
                            application_file: '02c656572fbf4802bf04e0a2a53721ec'
                            source_artifact: '5a0d8644096348448b05bbfa6cf7f95a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eea7dec893684ba0b5cc4d116654bbba'
                        key: {
                            document_key: 'ee4a9f764ba04004b072bd4743c83118'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eec3ee470c9d4774a94d07edf73c9876'
                        key: {
                            document_key: 'dd60553e9c1740d3b1a6f71e4d7f4d67'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eee377227a2e4435abbf96f23d5ca497'
                        key: {
                            sys_security_acl: 'c9c4e2f429e2485087377814b595ea9b'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef1c1ce7970a4848bc99dd91a24f2e63'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8418efba4dfa45c9a0c708f963db3930'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef23d040df534290bf9ba72faac7c052'
                        key: {
                            document_key: '179df7d2df1241959dfe9e6dc3008a7b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef28a31998f64bef85f49e05b9651839'
                        key: {
                            document_key: '9e34349d28574a28a33d8cef02d3d2bf'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef501b1e55cb4d60900253fd79660889'
                        key: {
                            document_key: '8418efba4dfa45c9a0c708f963db3930'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eff472d238024ff0803017d54071bc21'
                        key: {
                            document_key: '5f59a3a7d01841f2a6a10c1c257f96e6'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0d968be652f46439fa1ea6bcfd8d804'
                        key: {
                            document_key: '96d8ab63db1940c7bd78d2c4b28cf1a2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f1138f9fe888495aa5a65abee3f21ce7'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback_on'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'f15683d792134932a73be8b6d1992220'
                        key: {
                            name: 'x_mioms_m365_assis.administrator'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f16b1c09ef45437c9eb0b32c722e2032'
                        deleted: true
                        key: {
                            document_key: '536eb6d6bd01431c97ee1178e11d2061'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1eab7ad99ad4f339277bff4711ce302'
                        key: {
                            document_key: '90432824f31040b583402e29b45508fc'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'f25f092750ea4edfa7bb545554d779ff'
                        key: {
                            endpoint: 'x_mioms_m365_assis_link_account.do'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2f7a3b8a524421995d9ca5d20bd692b'
                        key: {
                            document_key: '163acfb37fa24c3fac9e7ae49f598d3c'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3b5bab95d9945cc828ac2012c918264'
                        key: {
                            document_key: 'f30a36869fef4ab8bf97c1e76d604fbb'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3e09f7222ef456b99f3ff68cdb754bc'
                        key: {
                            document_key: '3639ecb867814a5e98f9d05eb1a4266c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f408256576d047f3b77c9ae9d5b4e4ae'
                        key: {
                            document_key: '88cc43afff5c44bfb451a4ba3b2c63fc'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'f4b2f3458ab64744a18924fe9d181ff7'
                        key: {
                            application_file: '1cc15c491eaa4177993cd49c7e89f6a1'
                            source_artifact: 'c30bf20b73384e199ca9cbddc02e0340'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4c673af3296484aafe53e6d0c69bc6a'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                            element: 'post_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4dbe195cc554fe0ac8cbf8097dbe84f'
                        key: {
                            document_key: '0bfd428339c24466876da485da2ccd9d'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f51da542a4a34ed4a06ea87b6e74e9b8'
                        key: {
                            document_key: 'f61ab6b338384c09abbe58d3205fc011'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f561f47a0f6144099f19efabc4e1fd41'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f56983986a4245eaa13b00a50f7de0fa'
                        key: {
                            document_key: '0a9cc2899b6f4b879c45611e0c01d4f6'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5b4228efe6a4bc28a33beb62ec6c595'
                        key: {
                            document_key: '1caaade2e6c74b1198dffee5f172bba4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5f498d2329a466db4a0a3f599a75bcd'
                        key: {
                            document_key: '5578d4b8a1cb49928c112e9954f34fa4'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f604361885bb424b97d7e907294c706d'
                        key: {
                            document_key: '2f25c2604a3946f78e8e61aff68dd2e6'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f63030d9eb0e46cbb3fde41eb728cd65'
                        deleted: true
                        key: {
                            document_key: '7714e8d2c4f7465f88da647905791933'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f69bade0fa95441fa7cbc268b50533d3'
                        key: {
                            document_key: '321feca0cedd44a087a421a55f87d744'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6ca033b1c8c432390af0292c6462ea3'
                        key: {
                            document_key: 'ebe9fbb9a4804e13871fe82ae72ca9bc'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f7127b4e4751456fb67a1734b849120a'
                        key: {
                            sys_security_acl: '8488454771ff4bd28d01a858f03a0da4'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'f7256733373c46b593dea7009ef55ad5'
                        key: {
                            application_file: '0fafad8b527647e19bd5fca4fe8cbfeb'
                            source_artifact: '5a0d8644096348448b05bbfa6cf7f95a'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f770a46882124d0398c7052f7622395b'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f85fbc2857954d0c8fb76ed9414a7e84'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8645f8821a048779457f4f22bd42b75'
                        key: {
                            document_key: '0a9cc2899b6f4b879c45611e0c01d4f6'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f86d93316af34bd986f8a4b213bd4b32'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f8c010a5ad1e459dbbc8a920db86e58a'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'opened_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f98477c76e1740809fda0286e4ef8e2a'
                        key: {
                            document_key: 'bc2e26c6b1474830ab0308144f4a788b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f99da06c117542ea892b3e03c4ab81fb'
                        key: {
                            document_key: '90268b0b60314547953a85cdb1544fff'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa32000f9884456d90a6c234d925e27e'
                        key: {
                            document_key: '96d8ab63db1940c7bd78d2c4b28cf1a2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa42e94fd1c0459ea61df35a7f0c5702'
                        deleted: true
                        key: {
                            document_key: 'f295eb8ac2b14822a0ed4d624fba19fc'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa6599d60d464b5483f68cfa5c6d56ac'
                        key: {
                            document_key: '9e17e610be634eb3a6e91e0f72c446d1'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'fb295e6c4ff44cc4917e25e0e722b12a'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb2ae061d87a440da9b0810f64dc0c6f'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb3b2d39e12241a1a52bd8ce6e48a56e'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'next_attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb41b76ebff14b68816a5a3c5ce47f85'
                        deleted: true
                        key: {
                            document_key: 'd170248630d6499cbc1d3936b4aac73c'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb428ebd3b77414b936a560709012f74'
                        key: {
                            document_key: '0a9cc2899b6f4b879c45611e0c01d4f6'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fba6068ec67349668a0f1ab74601e029'
                        deleted: true
                        key: {
                            document_key: '2e9e2a03384c4ab5a82402e9677c5a35'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbec1ed4b7f44d869d5aae0b1d9556a5'
                        key: {
                            document_key: '7fc15233a6ee4b56b96cf04a6dd74910'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fbf45836f0644a35ad3dbcdea03d0015'
                        key: {
                            sys_security_acl: 'fd3dd1a9bfe449ff9c2aca46f91a2227'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbf6ad9519bb4c39b51d19a79e5d571b'
                        key: {
                            document_key: '9e34349d28574a28a33d8cef02d3d2bf'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc4d35307f9542dd906ea57b4d8f0c7d'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'origin'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcabd346170a4684a115624aacd8f59e'
                        deleted: true
                        key: {
                            document_key: 'a36af37363004e96ae05f422ba051b8f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fce6f00c44ca4d4688d601d434bbf0d5'
                        deleted: true
                        key: {
                            document_key: '449b4113a21b4426970b49eeb1b3b276'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd49f6d9277746deb2f26b020f1d9e8c'
                        key: {
                            document_key: 'f30a36869fef4ab8bf97c1e76d604fbb'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'fd4e90e2afd24c8a9d55c0d7ce0d4679'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd79f5f57cb349c7ba8deb6a08748711'
                        key: {
                            document_key: '32026c0212774ee786ba1502c946f39c'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fdbb1e5dc4d84fc78752797b9937d171'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '57901c938ef0474c8628836f5948d14a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdcd44e27f6b4f5d8e849dff893f6067'
                        key: {
                            document_key: '989e78a478c1476089fa589051906e8d'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fddb90a2cf064c4f9dfe340cdc34b60a'
                        key: {
                            document_key: '313a5115f2134903a21b6eb1cba04253'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdf93121b5b14345be6f06ebfa7e02b8'
                        key: {
                            document_key: 'bdf9b950585d488098126b5db6f85ecf'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdfbfbfaf25941f6b5e9a43183a21b28'
                        deleted: false
                        key: {
                            document_key: '3cc1b8b032ac4313af5823d911fe3454'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fe71b125ab354c54a902f42f911636c6'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fe7b2b63dacd489aa3d5cbb18eda01df'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fe847f921f9b4685805a0e8f72089b72'
                        key: {
                            sys_security_acl: '1aeb2b46ea804a2ca6967eb911626700'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'fed6cc4096dc4bba9973d746e5c83491'
                        key: {
                            name: 'x_mioms_m365_assis/link-account/main'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ff084efd9d304b9781c653e35ef01b5d'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'feedback'
                            value: 'not_helpful'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff179947e3bb46d08bb8233c2927293e'
                        key: {
                            document_key: '848a2a616f3b402988ddc91454622483'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ffa49eebb59e4c0089257fb2c729ca89'
                        key: {
                            name: 'x_mioms_m365_assis_health_post'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffaef41def1d46f3b7fb9d14b120d3a0'
                        key: {
                            document_key: '7fc15233a6ee4b56b96cf04a6dd74910'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffd77105be3b4697bf5e9f7068e3603e'
                        key: {
                            document_key: '6d3e1f46af104cb0938f7ede4eb33ecb'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ffffd88f73de4311b08d61265b78f82a'
                        key: {
                            sys_security_acl: '7ce3dba1c2864d20832e04dd91013ed8'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                ]
            }
        }
    }
}
