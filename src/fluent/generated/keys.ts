import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    '0a83c54bf6354519a25590b94e95a327': {
                        table: 'sys_atf_step'
                        id: '0a83c54bf6354519a25590b94e95a327'
                    }
                    '1eff52aeacb947b3983de643fde9730e': {
                        table: 'sys_atf_step'
                        id: '1eff52aeacb947b3983de643fde9730e'
                    }
                    '22320828f03248d09bea8a11bfa1d1b3': {
                        table: 'sys_atf_step'
                        id: '22320828f03248d09bea8a11bfa1d1b3'
                    }
                    '2c9ba491513e468f806cef0bfd59cade': {
                        table: 'sys_atf_step'
                        id: '2c9ba491513e468f806cef0bfd59cade'
                    }
                    '3529dae2ef644b699eed07a96be6688e': {
                        table: 'sys_atf_step'
                        id: '3529dae2ef644b699eed07a96be6688e'
                        deleted: true
                    }
                    '3cd6dc93e7fa4d39a12464feac724850': {
                        table: 'sys_atf_step'
                        id: '3cd6dc93e7fa4d39a12464feac724850'
                        deleted: true
                    }
                    '3cd7e1f8ed1a43f3801f39f90c4f37f2': {
                        table: 'sys_atf_step'
                        id: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                    }
                    '43afec44a1cf4d999c5bd95a1467db56': {
                        table: 'sys_atf_step'
                        id: '43afec44a1cf4d999c5bd95a1467db56'
                    }
                    '52ef7b5c502f485abb42c1b0e7c29d6d': {
                        table: 'sys_atf_step'
                        id: '52ef7b5c502f485abb42c1b0e7c29d6d'
                        deleted: true
                    }
                    '5a8b9a4f7c094f22bcecfbf2387196b2': {
                        table: 'sys_atf_step'
                        id: '5a8b9a4f7c094f22bcecfbf2387196b2'
                        deleted: true
                    }
                    '5cdd665b0b254e8989ee0122937bf216': {
                        table: 'sys_atf_step'
                        id: '5cdd665b0b254e8989ee0122937bf216'
                    }
                    '70c9da875c8640d988cc591939b73596': {
                        table: 'sys_atf_step'
                        id: '70c9da875c8640d988cc591939b73596'
                    }
                    '75959d6cda924d1ea9d7452b1f8f6a08': {
                        table: 'sys_atf_step'
                        id: '75959d6cda924d1ea9d7452b1f8f6a08'
                        deleted: true
                    }
                    '7d9ee4340bbb4ad9b4472fc36267a055': {
                        table: 'sys_atf_step'
                        id: '7d9ee4340bbb4ad9b4472fc36267a055'
                    }
                    '805363d92ba9494181fab94842e178b5': {
                        table: 'sys_atf_step'
                        id: '805363d92ba9494181fab94842e178b5'
                    }
                    '8ffc9ef8de294d569dcb9f26c797fe69': {
                        table: 'sys_atf_step'
                        id: '8ffc9ef8de294d569dcb9f26c797fe69'
                        deleted: true
                    }
                    '9981e349089941e680c66b024a4c6f5a': {
                        table: 'sys_atf_step'
                        id: '9981e349089941e680c66b024a4c6f5a'
                    }
                    a8184d0a425c4fc1b73c808215880ec1: {
                        table: 'sys_atf_step'
                        id: 'a8184d0a425c4fc1b73c808215880ec1'
                        deleted: true
                    }
                    a8cfd115b0a148588b7ae83f19159782: {
                        table: 'sys_atf_step'
                        id: 'a8cfd115b0a148588b7ae83f19159782'
                    }
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
                    aeab5ab086c2408085a9eba3bb18e163: {
                        table: 'sys_atf_step'
                        id: 'aeab5ab086c2408085a9eba3bb18e163'
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
                    atf_acc_open_case: {
                        table: 'sys_atf_test'
                        id: '6ff1197fc3504c3fa55b006b45f315cb'
                    }
                    atf_acc_open_case_admin_400: {
                        table: 'sys_atf_step'
                        id: 'd0482fff1172480089dc67178a433855'
                        deleted: true
                    }
                    atf_acc_open_case_admin_code: {
                        table: 'sys_atf_step'
                        id: '502620076aa44e4982f4cd2d42feee5b'
                        deleted: true
                    }
                    atf_acc_open_case_admin_post: {
                        table: 'sys_atf_step'
                        id: '001d153a20e54a559615fdacd85e3fdc'
                        deleted: true
                    }
                    atf_acc_open_case_admin_profile: {
                        table: 'sys_atf_step'
                        id: '9243a4b4c3114df595cdb756480215c9'
                        deleted: true
                    }
                    atf_acc_open_case_administrator: {
                        table: 'sys_atf_step'
                        id: '9ba35953448f4d90a177074a32431d00'
                    }
                    atf_acc_open_case_administrator_admitted: {
                        table: 'sys_atf_step'
                        id: '9e164717a5a941b4851aa6305f5cae45'
                    }
                    atf_acc_open_case_administrator_role: {
                        table: 'sys_atf_step'
                        id: '22b2edf0614c4e64a31df9a93541ef97'
                    }
                    atf_acc_open_case_incident: {
                        table: 'sys_atf_step'
                        id: '6c95886aad50471984a28aa5c03b587c'
                        deleted: true
                    }
                    atf_acc_open_case_insights: {
                        table: 'sys_atf_step'
                        id: 'b4a0826b41c94236aae39d4c05a34f9b'
                    }
                    atf_acc_open_case_insights_403: {
                        table: 'sys_atf_step'
                        id: 'd634e4d9bbca4cf8b40282c5aea6d8d4'
                        deleted: true
                    }
                    atf_acc_open_case_insights_post: {
                        table: 'sys_atf_step'
                        id: '91f0be79afa1434498c07330954fef60'
                        deleted: true
                    }
                    atf_acc_open_case_insights_profile: {
                        table: 'sys_atf_step'
                        id: '416eb03cd26c42939e585e1efe1a843f'
                        deleted: true
                    }
                    atf_acc_open_case_insights_refused: {
                        table: 'sys_atf_step'
                        id: 'adcaaaeec0a047fc8e7a7eef12d156f9'
                    }
                    atf_acc_open_case_insights_role: {
                        table: 'sys_atf_step'
                        id: '9a248ec1f1394183b250b1edf9e65403'
                    }
                    atf_acc_open_case_itil: {
                        table: 'sys_atf_step'
                        id: '79ed41d82ff7481bb544d12d24192fff'
                    }
                    atf_acc_open_case_no_case: {
                        table: 'sys_atf_step'
                        id: '368f60eda53b4b1984290e6e01981258'
                    }
                    atf_acc_panel_api: {
                        table: 'sys_atf_test'
                        id: '4789fdc5f245431ba909fed5c1abe9a2'
                    }
                    atf_acc_panel_api_agent: {
                        table: 'sys_atf_step'
                        id: 'd367a3cdadfa48b680833dc27d5c050d'
                    }
                    atf_acc_panel_api_agent_403: {
                        table: 'sys_atf_step'
                        id: '316dced589ec4451836aec5a8987af44'
                        deleted: true
                    }
                    atf_acc_panel_api_agent_get: {
                        table: 'sys_atf_step'
                        id: 'f0066acc53a447fb904c24085bc5fa46'
                        deleted: true
                    }
                    atf_acc_panel_api_agent_profile: {
                        table: 'sys_atf_step'
                        id: 'f642afa0ffc74423a8b4aef39427484a'
                        deleted: true
                    }
                    atf_acc_panel_api_agent_refused: {
                        table: 'sys_atf_step'
                        id: '934d753f14d749b7b47cd4dab8c4ff21'
                    }
                    atf_acc_panel_api_incident: {
                        table: 'sys_atf_step'
                        id: 'd70e2a128c8f406cbc21200c2ae925e1'
                        deleted: true
                    }
                    atf_acc_panel_api_insights: {
                        table: 'sys_atf_step'
                        id: 'c901d89d7d46499fa37337ff3b16eca3'
                    }
                    atf_acc_panel_api_insights_200: {
                        table: 'sys_atf_step'
                        id: '141ccbd113de4618804f43d092865b0a'
                        deleted: true
                    }
                    atf_acc_panel_api_insights_admitted: {
                        table: 'sys_atf_step'
                        id: 'd1373ab00e8643949783336e0168a123'
                    }
                    atf_acc_panel_api_insights_get: {
                        table: 'sys_atf_step'
                        id: '8bbc2eeb88054a2abf82b5c767ec37ba'
                        deleted: true
                    }
                    atf_acc_panel_api_insights_mode: {
                        table: 'sys_atf_step'
                        id: '4c8c8e99faee4a36852aee88d32dd1df'
                        deleted: true
                    }
                    atf_acc_panel_api_insights_profile: {
                        table: 'sys_atf_step'
                        id: '9520b4811847446381325e9bc122637e'
                        deleted: true
                    }
                    atf_acc_panel_api_insights_role: {
                        table: 'sys_atf_step'
                        id: '3e2fa92867344f2eb0fcaa147d8049bf'
                    }
                    atf_acc_panel_api_itil: {
                        table: 'sys_atf_step'
                        id: 'd3670906313844cca2b4f2994d979f4b'
                    }
                    atf_acc_panel_api_mode: {
                        table: 'sys_atf_step'
                        id: '5ab77700335e43498e5d3669b0d39db0'
                    }
                    atf_acc_panel_api_runner_200: {
                        table: 'sys_atf_step'
                        id: '2310983cf7f446ad9ef881bdc442d78c'
                    }
                    atf_acc_panel_api_runner_get: {
                        table: 'sys_atf_step'
                        id: '8487066bc3b94cb7ab88753c81fafc85'
                    }
                    atf_acc_panel_api_runner_mode: {
                        table: 'sys_atf_step'
                        id: '6ecc9034d8634b4d94a5462d75e3fb43'
                    }
                    atf_acc_panel_page: {
                        table: 'sys_atf_test'
                        id: 'db478ecbbbfe41b8b48f70af729672b4'
                    }
                    atf_acc_panel_page_agent: {
                        table: 'sys_atf_step'
                        id: '4752047ccff547b088d1f425425705c0'
                    }
                    atf_acc_panel_page_agent_refused: {
                        table: 'sys_atf_step'
                        id: '35fdb9bba7be4c38bb1c55350e46b0da'
                    }
                    atf_acc_panel_page_insights: {
                        table: 'sys_atf_step'
                        id: '47800c3324844c938953472b04a97341'
                    }
                    atf_acc_panel_page_insights_admitted: {
                        table: 'sys_atf_step'
                        id: '81b2b7bbf48148d0af28951482a34682'
                    }
                    atf_acc_panel_page_insights_role: {
                        table: 'sys_atf_step'
                        id: 'f62289af614c4ff9aabfbe9e066e0a2f'
                    }
                    atf_acc_panel_page_itil: {
                        table: 'sys_atf_step'
                        id: '6f844002829d4961a816ef4b2054db16'
                    }
                    atf_acc_setup_api: {
                        table: 'sys_atf_test'
                        id: 'cd10cc003677409b936d1e585c679867'
                    }
                    atf_acc_setup_api_admin_200: {
                        table: 'sys_atf_step'
                        id: 'ccf200c701944fd28fa6938d18270c05'
                        deleted: true
                    }
                    atf_acc_setup_api_admin_get: {
                        table: 'sys_atf_step'
                        id: '8e9f860e0bb94765816bd94f1a9f3026'
                        deleted: true
                    }
                    atf_acc_setup_api_admin_profile: {
                        table: 'sys_atf_step'
                        id: '81d7d3d71e54474fbe821ca1e2894dca'
                        deleted: true
                    }
                    atf_acc_setup_api_admin_state: {
                        table: 'sys_atf_step'
                        id: '98246e8512844749b2f50a056846f035'
                        deleted: true
                    }
                    atf_acc_setup_api_administrator: {
                        table: 'sys_atf_step'
                        id: 'ef65d20761a04701b66d5203bc6edc64'
                    }
                    atf_acc_setup_api_administrator_admitted: {
                        table: 'sys_atf_step'
                        id: 'c0e178d1b0c04b64b48c17d84165fe63'
                    }
                    atf_acc_setup_api_insights: {
                        table: 'sys_atf_step'
                        id: 'd1350848d504488098bc4fa4c7c7238f'
                    }
                    atf_acc_setup_api_insights_403: {
                        table: 'sys_atf_step'
                        id: 'cc9ac9abb3e341219c8a3afab40bbed5'
                        deleted: true
                    }
                    atf_acc_setup_api_insights_get: {
                        table: 'sys_atf_step'
                        id: '543846592efe4326baa80d230db42a59'
                        deleted: true
                    }
                    atf_acc_setup_api_insights_profile: {
                        table: 'sys_atf_step'
                        id: '9ac365457d004097a1672b9612e19994'
                        deleted: true
                    }
                    atf_acc_setup_api_insights_refused: {
                        table: 'sys_atf_step'
                        id: 'c473f077c0314b8ba69e9b883c380d69'
                    }
                    atf_acc_setup_api_runner_200: {
                        table: 'sys_atf_step'
                        id: '31032fcf62834aed9999a624ce54db63'
                    }
                    atf_acc_setup_api_runner_get: {
                        table: 'sys_atf_step'
                        id: '4b1fd267173548f5bbe46a8ca3a11e2c'
                    }
                    atf_acc_setup_api_runner_state: {
                        table: 'sys_atf_step'
                        id: 'e3e55332d83d46f49a8cbb9e13dcc441'
                    }
                    atf_con_access: {
                        table: 'sys_atf_test'
                        id: '8d437bfe5826472483e1ee958ed0d5f1'
                    }
                    atf_con_access_admin_403: {
                        table: 'sys_atf_step'
                        id: '5118cc08dea84065ab5c1e1691c524ba'
                    }
                    atf_con_access_admin_ping: {
                        table: 'sys_atf_step'
                        id: '037f8afe947a48efa314f8b4595df1c5'
                    }
                    atf_con_access_admin_profile: {
                        table: 'sys_atf_step'
                        id: '063eb22515514719bbc79db400ca2a2c'
                        deleted: true
                    }
                    atf_con_access_admin_reason: {
                        table: 'sys_atf_step'
                        id: '5670eb8cced6441992fec2a3a4fe60db'
                    }
                    atf_con_access_admin_role: {
                        table: 'sys_atf_step'
                        id: '6b0c1a9e6dce42c9ba718c4a3b1c478f'
                        deleted: true
                    }
                    atf_con_access_agent_refused: {
                        table: 'sys_atf_step'
                        id: '6e26c00d4501432e85b45eca5d2b7c33'
                    }
                    atf_con_access_as_agent: {
                        table: 'sys_atf_step'
                        id: '36535a4254f943f19017321f3ef28464'
                    }
                    atf_con_access_as_integration: {
                        table: 'sys_atf_step'
                        id: '312b88cf3da344298f2927cc6799d2a0'
                    }
                    atf_con_access_incident_manager: {
                        table: 'sys_atf_step'
                        id: 'ccc4e22f55c04225a21396689ccc9e39'
                    }
                    atf_con_access_integration_200: {
                        table: 'sys_atf_step'
                        id: '9616e15635e74f658757906ae66d7725'
                        deleted: true
                    }
                    atf_con_access_integration_admitted: {
                        table: 'sys_atf_step'
                        id: '55d3999541d9484688172841ea26ee27'
                    }
                    atf_con_access_integration_ping: {
                        table: 'sys_atf_step'
                        id: '10a262e369074d1a81f079c376dc62b2'
                        deleted: true
                    }
                    atf_con_access_integration_profile: {
                        table: 'sys_atf_step'
                        id: '7478d2bc099a4d4c92ce870be4f4ad82'
                        deleted: true
                    }
                    atf_con_access_integration_repository: {
                        table: 'sys_atf_step'
                        id: '3450d4b2f84a45778cc8443d37481b73'
                        deleted: true
                    }
                    atf_con_access_integration_status: {
                        table: 'sys_atf_step'
                        id: '0350a1545b9a4ebb8bbc5cc8801a2c8c'
                        deleted: true
                    }
                    atf_con_access_itil: {
                        table: 'sys_atf_step'
                        id: '36bc48c030174cdd8bb3a9ccbd7d7501'
                    }
                    atf_con_access_runner_200: {
                        table: 'sys_atf_step'
                        id: 'fe761139aa654e95815081a8ad496824'
                    }
                    atf_con_access_runner_ping: {
                        table: 'sys_atf_step'
                        id: 'ac87b609078c475e91aff94a5f7280b5'
                    }
                    atf_con_access_runner_repository: {
                        table: 'sys_atf_step'
                        id: '8529eb47a19841599e5c4fe4309c44c4'
                    }
                    atf_con_access_runner_status: {
                        table: 'sys_atf_step'
                        id: 'db671df2d25e40d1ba42871b4aa92434'
                    }
                    atf_con_access_setup: {
                        table: 'sys_atf_step'
                        id: '4ea9987cd20044fe86d68254d107b590'
                    }
                    atf_con_access_setup_other: {
                        table: 'sys_atf_step'
                        id: '3199ef318d9146c1891432e3a509012b'
                    }
                    atf_con_close: {
                        table: 'sys_atf_test'
                        id: 'd39e0f90838e4e99a481b563ddf0dc6e'
                    }
                    atf_con_close_200: {
                        table: 'sys_atf_step'
                        id: '538ad2baf4e94363b5b0e45843f2f2f7'
                    }
                    atf_con_close_409: {
                        table: 'sys_atf_step'
                        id: '01e083ceb0b64dc28e324da6c238cb45'
                    }
                    atf_con_close_case: {
                        table: 'sys_atf_step'
                        id: '8df7805733c34bb587df7535e666ec78'
                    }
                    atf_con_close_close: {
                        table: 'sys_atf_step'
                        id: '35bd69c8b530485c853be2c1d4dd4366'
                    }
                    atf_con_close_close_again: {
                        table: 'sys_atf_step'
                        id: '910e9e01123a4955b686fe6c568bed24'
                    }
                    atf_con_close_follows_map: {
                        table: 'sys_atf_step'
                        id: '7253ea1be01f4c568e2ae3161a1f4cff'
                    }
                    atf_con_close_incident_manager: {
                        table: 'sys_atf_step'
                        id: 'a17fba2305f74b7cb361695abbb6d780'
                        deleted: true
                    }
                    atf_con_close_integration_profile: {
                        table: 'sys_atf_step'
                        id: '7869a89a3c0440048842ccb4ea1a4b38'
                        deleted: true
                    }
                    atf_con_close_reason: {
                        table: 'sys_atf_step'
                        id: 'dbdf524952304a6a8761cab743e637a1'
                    }
                    atf_con_close_setup: {
                        table: 'sys_atf_step'
                        id: '4c6ec44e522947199c448cf2b08c8f62'
                    }
                    atf_con_close_status: {
                        table: 'sys_atf_step'
                        id: '22ebbebb85694c59bbdd9a732fa8bb1e'
                    }
                    atf_con_comment: {
                        table: 'sys_atf_test'
                        id: '94af50c4215b4760bf9524df469c4e9e'
                    }
                    atf_con_comment_200: {
                        table: 'sys_atf_step'
                        id: '0e9c573bffe44a8daba34c8bd2e5e0e3'
                    }
                    atf_con_comment_201: {
                        table: 'sys_atf_step'
                        id: 'bc7e34aacb464fa1a8073513644ef701'
                    }
                    atf_con_comment_duplicate: {
                        table: 'sys_atf_step'
                        id: '544b37f750c74be99f9707b6b208e212'
                    }
                    atf_con_comment_incident_manager: {
                        table: 'sys_atf_step'
                        id: '80ebb8dbb04b42fc80a833ab4655df27'
                        deleted: true
                    }
                    atf_con_comment_integration_profile: {
                        table: 'sys_atf_step'
                        id: 'e2fcd7f90ed24ad6b62a630e4f482286'
                        deleted: true
                    }
                    atf_con_comment_not_duplicate: {
                        table: 'sys_atf_step'
                        id: 'afc68a61d4af41d2a3ac9fed1c91edc6'
                    }
                    atf_con_comment_one_comment: {
                        table: 'sys_atf_step'
                        id: '01c9691bf2044b399d834f3c152652d0'
                    }
                    atf_con_comment_post: {
                        table: 'sys_atf_step'
                        id: '5fc0daa93f6741218a6693c150216b68'
                    }
                    atf_con_comment_post_again: {
                        table: 'sys_atf_step'
                        id: 'cabe2911fb9147dbb00c77a2347779c9'
                    }
                    atf_con_comment_setup: {
                        table: 'sys_atf_step'
                        id: '59aa3789b5954886ae68c5705fc8a73c'
                    }
                    atf_con_comment_still_one_comment: {
                        table: 'sys_atf_step'
                        id: 'fcddad6b8abc4a1f83bcad8ac8a2d5d7'
                    }
                    atf_con_malformed: {
                        table: 'sys_atf_test'
                        id: '37d8868cf5f8497dba48e8e17c6e8d41'
                    }
                    atf_con_malformed_after: {
                        table: 'sys_atf_step'
                        id: 'e67f43d3bb0141ed96621a25433022c3'
                    }
                    atf_con_malformed_array: {
                        table: 'sys_atf_step'
                        id: '6b141efac17d442c94e75713f3db136b'
                    }
                    atf_con_malformed_array_400: {
                        table: 'sys_atf_step'
                        id: 'e93e9ab861184329a147c58cd6eb2b58'
                    }
                    atf_con_malformed_before: {
                        table: 'sys_atf_step'
                        id: '700d02aee301440d845f19197431d891'
                    }
                    atf_con_malformed_broken_json: {
                        table: 'sys_atf_step'
                        id: 'f5e99f0c41904f26b80eec7d42085538'
                    }
                    atf_con_malformed_broken_json_400: {
                        table: 'sys_atf_step'
                        id: 'ee82272293494f23ac61f81268b2b67e'
                    }
                    atf_con_malformed_broken_json_reason: {
                        table: 'sys_atf_step'
                        id: 'b47e8677ebfa47c090057c5042196603'
                    }
                    atf_con_malformed_incident_manager: {
                        table: 'sys_atf_step'
                        id: 'f36c3ddf789d4258acf27264154f8eee'
                        deleted: true
                    }
                    atf_con_malformed_integration_profile: {
                        table: 'sys_atf_step'
                        id: '21f94fa9fe8c4ff6b22b8c1aa94e9ea4'
                        deleted: true
                    }
                    atf_con_malformed_no_resolution: {
                        table: 'sys_atf_step'
                        id: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                    }
                    atf_con_malformed_no_resolution_400: {
                        table: 'sys_atf_step'
                        id: 'e6352c4b5e8749c98fe58d5b57548724'
                    }
                    atf_con_malformed_setup: {
                        table: 'sys_atf_step'
                        id: '380cf21b4a9c4f54bb9334b1161fe42f'
                    }
                    atf_con_malformed_unknown_field: {
                        table: 'sys_atf_step'
                        id: '36afc795a37146f1aad8344f3c2cc86b'
                    }
                    atf_con_malformed_unknown_field_400: {
                        table: 'sys_atf_step'
                        id: '2b9e87165fb84d4c876e8df0311f54f4'
                    }
                    atf_con_malformed_unknown_field_reason: {
                        table: 'sys_atf_step'
                        id: '83b626b9c2164d8da6fc47911014cf0a'
                    }
                    atf_con_oversized: {
                        table: 'sys_atf_test'
                        id: '4f825b23910f49b898443b089d2eac71'
                    }
                    atf_con_oversized_after: {
                        table: 'sys_atf_step'
                        id: '03038b12eb4040b2813788417e79865a'
                    }
                    atf_con_oversized_before: {
                        table: 'sys_atf_step'
                        id: 'c26b6c6fd9924a50b09c034db63bae46'
                    }
                    atf_con_oversized_incident_manager: {
                        table: 'sys_atf_step'
                        id: '2dc5553b55c143079754a694924be5d2'
                        deleted: true
                    }
                    atf_con_oversized_integration_profile: {
                        table: 'sys_atf_step'
                        id: '6f003350f465459f9fb455bf5a44839a'
                        deleted: true
                    }
                    atf_con_oversized_limit: {
                        table: 'sys_atf_step'
                        id: '61ffeca25e5e42ad958cb8d576b4dc43'
                    }
                    atf_con_oversized_patch: {
                        table: 'sys_atf_step'
                        id: '051385eb906343f4bcd9f5aa1827d5c3'
                    }
                    atf_con_oversized_patch_413: {
                        table: 'sys_atf_step'
                        id: '02eaefb9b8f542e1b8c2fd2d32c7f2d5'
                    }
                    atf_con_oversized_post: {
                        table: 'sys_atf_step'
                        id: '442017d2a46448bb847c002cfeab7754'
                    }
                    atf_con_oversized_post_413: {
                        table: 'sys_atf_step'
                        id: '38b2496975a54200a36bb2afec68a006'
                    }
                    atf_con_oversized_post_reason: {
                        table: 'sys_atf_step'
                        id: '327646fea4db4af8be9ee820e2337173'
                    }
                    atf_con_oversized_setup: {
                        table: 'sys_atf_step'
                        id: '004f9deeb5cc445b9141d53c75dbba55'
                    }
                    atf_con_read: {
                        table: 'sys_atf_test'
                        id: 'e1fff4172e9d41f89bc9fdde7d35380e'
                    }
                    atf_con_read_200: {
                        table: 'sys_atf_step'
                        id: 'b4dddc987cfe4c18ba4060a8b2f51f4c'
                    }
                    atf_con_read_case_id: {
                        table: 'sys_atf_step'
                        id: 'f71bfb944b214c7ca2046aa55f0fff15'
                    }
                    atf_con_read_get: {
                        table: 'sys_atf_step'
                        id: '2e94f8cea2f74b6ebea72f9a893e4373'
                    }
                    atf_con_read_incident: {
                        table: 'sys_atf_step'
                        id: '09ca0232fe1640349b2c1a8c1cafa3ab'
                    }
                    atf_con_read_incident_manager: {
                        table: 'sys_atf_step'
                        id: 'f30e249199f24675a562a2e443923c26'
                        deleted: true
                    }
                    atf_con_read_integration_profile: {
                        table: 'sys_atf_step'
                        id: '036bfe05ef9c440cb144ab8e341f2a60'
                        deleted: true
                    }
                    atf_con_read_setup: {
                        table: 'sys_atf_step'
                        id: 'd3928c79802644d38e05eb080d82385e'
                    }
                    atf_con_read_severity: {
                        table: 'sys_atf_step'
                        id: '2d093984e1854bc1b4753371aad5b45a'
                    }
                    atf_con_read_short_description: {
                        table: 'sys_atf_step'
                        id: '6ba02e3656874518bf91f2d9664c09ae'
                    }
                    atf_con_read_status: {
                        table: 'sys_atf_step'
                        id: 'e970be58f2c345d38d9061afda1f1264'
                    }
                    atf_con_status: {
                        table: 'sys_atf_test'
                        id: 'bee73dcbd9e248379e9787ace7353fa3'
                    }
                    atf_con_status_200: {
                        table: 'sys_atf_step'
                        id: '7178988019fe4b41bc1f2111d4987350'
                    }
                    atf_con_status_case: {
                        table: 'sys_atf_step'
                        id: 'f1f0467c2a854910a0eb18b5d4f6aeae'
                    }
                    atf_con_status_follows_map: {
                        table: 'sys_atf_step'
                        id: '56d0f56406dd415fb08df8885717a287'
                    }
                    atf_con_status_incident_manager: {
                        table: 'sys_atf_step'
                        id: '636f8426ace2410699dd714ce52bbfd4'
                        deleted: true
                    }
                    atf_con_status_integration_profile: {
                        table: 'sys_atf_step'
                        id: '19ea7087055d41dba6ad1f511e31d4b4'
                        deleted: true
                    }
                    atf_con_status_patch: {
                        table: 'sys_atf_step'
                        id: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                    }
                    atf_con_status_setup: {
                        table: 'sys_atf_step'
                        id: 'c92291ed2abf45389f03713162d3d828'
                    }
                    atf_con_status_severity: {
                        table: 'sys_atf_step'
                        id: '9c3921cb94c04e01a01951dc615cdf6d'
                    }
                    atf_con_status_status: {
                        table: 'sys_atf_step'
                        id: '1196aab50e874e11b7005e96814ac9bc'
                    }
                    atf_con_wrong_repo: {
                        table: 'sys_atf_test'
                        id: '578ad74a5b7a47a78bac9d53146b426f'
                    }
                    atf_con_wrong_repo_after: {
                        table: 'sys_atf_step'
                        id: '3e3736220eab453193681882ed24ee06'
                    }
                    atf_con_wrong_repo_before: {
                        table: 'sys_atf_step'
                        id: '359bfae8419b447ba108ffed035c9cd4'
                    }
                    atf_con_wrong_repo_close: {
                        table: 'sys_atf_step'
                        id: '9deb6a4e3d3649ab99cf51d78811a8f6'
                    }
                    atf_con_wrong_repo_close_404: {
                        table: 'sys_atf_step'
                        id: '81ff9ab6c4aa46e181772a587ed48cff'
                    }
                    atf_con_wrong_repo_incident_manager: {
                        table: 'sys_atf_step'
                        id: 'f8974ce7172b462eb1eaa5a838ffa040'
                        deleted: true
                    }
                    atf_con_wrong_repo_integration_profile: {
                        table: 'sys_atf_step'
                        id: '59178555ffdf44b68023de611ff48685'
                        deleted: true
                    }
                    atf_con_wrong_repo_patch: {
                        table: 'sys_atf_step'
                        id: '054acd62555349cf8a04ceeb04dd7b50'
                    }
                    atf_con_wrong_repo_patch_404: {
                        table: 'sys_atf_step'
                        id: '71f97bfa4385437eb8e3eaa29b90f956'
                    }
                    atf_con_wrong_repo_ping: {
                        table: 'sys_atf_step'
                        id: '4e17a417b58648c09464f296971d6cd6'
                    }
                    atf_con_wrong_repo_ping_404: {
                        table: 'sys_atf_step'
                        id: 'd13beb43e3534ef9b52f2a957752a687'
                    }
                    atf_con_wrong_repo_ping_reason: {
                        table: 'sys_atf_step'
                        id: '47b206ae21494b4993ba511645e8cb9c'
                    }
                    atf_con_wrong_repo_post: {
                        table: 'sys_atf_step'
                        id: 'eb5fe1a6f6194f9480abad51b239375e'
                    }
                    atf_con_wrong_repo_post_404: {
                        table: 'sys_atf_step'
                        id: '9f0e99ea86454032af58533a49c9b7d6'
                    }
                    atf_con_wrong_repo_post_reason: {
                        table: 'sys_atf_step'
                        id: '53fb82df5ef24d0aa07ddc8ebeafb77f'
                    }
                    atf_con_wrong_repo_setup: {
                        table: 'sys_atf_step'
                        id: 'd628676a72a94e0c8a98c9945302ea65'
                    }
                    atf_platform_app_table_access: {
                        table: 'sys_atf_test'
                        id: '6ccb029e9a084c43a4702aeb0e195bbb'
                    }
                    atf_platform_app_table_access_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '7bf9090292d94e048338c85b0b497277'
                    }
                    atf_platform_app_table_access_script: {
                        table: 'sys_atf_step'
                        id: 'fc854cc524074e4d86558b80457bd0b9'
                    }
                    atf_platform_boolean_queries: {
                        table: 'sys_atf_test'
                        id: 'ac8a298731184884b8558c705ebb1433'
                    }
                    atf_platform_boolean_queries_app: {
                        table: 'sys_atf_step'
                        id: 'a5a0ce7164a643aa9cd44f50ff834d0f'
                    }
                    atf_platform_boolean_queries_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '27743e8d8fd04080be4ece58e5c3f3db'
                    }
                    atf_platform_boolean_queries_insert: {
                        table: 'sys_atf_step'
                        id: 'ce3706bbefe9484ca9ee3b5ad68284c0'
                    }
                    atf_platform_boolean_queries_one: {
                        table: 'sys_atf_step'
                        id: 'c41d27fb841340feaa9805c3edfd03af'
                    }
                    atf_platform_boolean_queries_true: {
                        table: 'sys_atf_step'
                        id: '87adee6aa28644d0b09782b0d973e2e9'
                    }
                    atf_platform_boolean_queries_zero: {
                        table: 'sys_atf_step'
                        id: '4a3bbd45d9a842d2b08671fa0e67314a'
                    }
                    atf_platform_boolean_reader: {
                        table: 'sys_atf_test'
                        id: '6a6654e4a5ac45fab1007ba0c975bbc6'
                    }
                    atf_platform_boolean_reader_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '29635ed9f55b4fa9b39f480fd092a06d'
                    }
                    atf_platform_boolean_reader_saved: {
                        table: 'sys_atf_step'
                        id: '97b46967640a457e8597b038496bef15'
                    }
                    atf_platform_boolean_reader_spellings: {
                        table: 'sys_atf_step'
                        id: '45fedbafd80d49bfae36e060a126635c'
                    }
                    atf_platform_boolean_reads: {
                        table: 'sys_atf_test'
                        id: 'ed676223779d49159bef549acb10f0ac'
                    }
                    atf_platform_boolean_reads_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '48126ba124e24dbbbf05e3212a5ec7e4'
                    }
                    atf_platform_boolean_reads_insert_false: {
                        table: 'sys_atf_step'
                        id: 'ad3e5265c18d47f1a81b619e00c66105'
                    }
                    atf_platform_boolean_reads_insert_true: {
                        table: 'sys_atf_step'
                        id: 'b82bbf5bf4cd48ce9832cd7da8fe01d5'
                    }
                    atf_platform_boolean_reads_script: {
                        table: 'sys_atf_step'
                        id: '95e38a5e89974c76bc15a01c339641af'
                    }
                    atf_platform_boolean_reads_validate_false: {
                        table: 'sys_atf_step'
                        id: '9a579e5d34734fcf9dfb193b1c8b83bb'
                    }
                    atf_platform_boolean_reads_validate_true: {
                        table: 'sys_atf_step'
                        id: '1dcf993e19c146a8b054932f2e9bd3ab'
                    }
                    atf_platform_close_codes: {
                        table: 'sys_atf_test'
                        id: '677a1ef3d1a64e37a8073db1c90f6f67'
                    }
                    atf_platform_close_codes_choices: {
                        table: 'sys_atf_step'
                        id: '77d1dee5a68841fbb7cb1d19dc474251'
                    }
                    atf_platform_close_codes_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '5c4f3cede0e8432ba66df8a208f9769d'
                    }
                    atf_platform_close_codes_read: {
                        table: 'sys_atf_step'
                        id: '317f8967c8ed485da0af8b3aa8fd0d07'
                    }
                    atf_platform_close_codes_resolve: {
                        table: 'sys_atf_step'
                        id: '5ad733e08218486a963adb125b4b7b4e'
                    }
                    atf_platform_close_info_policy: {
                        table: 'sys_atf_test'
                        id: 'ca71340c32af4b2886ee600a87c7a73f'
                    }
                    atf_platform_close_info_policy_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'c8093ed5c7dd459d9e70fe383a17bd41'
                    }
                    atf_platform_close_info_policy_script: {
                        table: 'sys_atf_step'
                        id: 'c90481fbbb4b49d48d6def5b79f75d07'
                    }
                    atf_platform_comment_sync_read: {
                        table: 'sys_atf_test'
                        id: '884e670be6d141a2bdde3a2ef1340b6c'
                    }
                    atf_platform_comment_sync_read_app: {
                        table: 'sys_atf_step'
                        id: 'a89b1c4ba8664236b99a00505c00949f'
                    }
                    atf_platform_comment_sync_read_comment: {
                        table: 'sys_atf_step'
                        id: 'c97a16c8ad67460aada3a80539fb17a5'
                    }
                    atf_platform_comment_sync_read_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '9cdbad766f6c4abbb89da390351cba22'
                    }
                    atf_platform_comment_sync_read_incident: {
                        table: 'sys_atf_step'
                        id: 'a844a2f9bd6048b9b9368288f0e16b4a'
                    }
                    atf_platform_comment_sync_read_journal: {
                        table: 'sys_atf_step'
                        id: 'db1b02f410084ac999b3a816a5ceca76'
                    }
                    atf_platform_cross_scope_reads: {
                        table: 'sys_atf_test'
                        id: '20b226942f0e4993b52343b593ae0964'
                    }
                    atf_platform_cross_scope_reads_app_records: {
                        table: 'sys_atf_step'
                        id: 'cf6408572eda4832afa0aed44d90b243'
                    }
                    atf_platform_cross_scope_reads_create_user: {
                        table: 'sys_atf_step'
                        id: 'e8bd8892082049c591a95d5bd4dc7b2e'
                    }
                    atf_platform_cross_scope_reads_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'b6a9cbfd80914ec5bde174914351009e'
                    }
                    atf_platform_cross_scope_reads_new_user: {
                        table: 'sys_atf_step'
                        id: '99bea60f50cd4e218d72b52b5664d8a9'
                    }
                    atf_platform_cross_scope_reads_tables: {
                        table: 'sys_atf_step'
                        id: 'cf1b9d6cf09a4737ad8648174eca7fee'
                    }
                    atf_platform_cross_scope_reads_user: {
                        table: 'sys_atf_step'
                        id: 'a66ec4d6df0a4ad494e8d8444070900b'
                    }
                    atf_platform_cross_scope_reads_user_role: {
                        table: 'sys_atf_step'
                        id: '1c3a99bfac054830972801fc88469e67'
                    }
                    atf_platform_default_view: {
                        table: 'sys_atf_test'
                        id: '6f30730123664bde80fa78831e01861f'
                    }
                    atf_platform_default_view_app: {
                        table: 'sys_atf_step'
                        id: '0e70db870f9247c595a5e96da9fcdaac'
                    }
                    atf_platform_default_view_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'bfc1c28c4b7c4bbd8dd82214d9877c8a'
                    }
                    atf_platform_default_view_section: {
                        table: 'sys_atf_step'
                        id: 'be27f09bded04494bbd8dadb8f8da0ed'
                    }
                    atf_platform_default_view_view: {
                        table: 'sys_atf_step'
                        id: 'b5b3e29e06d84383a509ab0248316286'
                    }
                    atf_platform_field_cut: {
                        table: 'sys_atf_test'
                        id: 'bfb2f0a7b5b844df8f11defc96463a0d'
                    }
                    atf_platform_field_cut_author: {
                        table: 'sys_atf_step'
                        id: '8f19a2172a6242819a71458e69912cba'
                    }
                    atf_platform_field_cut_case: {
                        table: 'sys_atf_step'
                        id: '3d44cc182fd1481cb45762200a06a351'
                    }
                    atf_platform_field_cut_characters: {
                        table: 'sys_atf_step'
                        id: 'ffa87037dfb1459fbb17f2678e4a4418'
                    }
                    atf_platform_field_cut_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'aa558c5ba5d04ef5984153999e76e8c4'
                    }
                    atf_platform_field_cut_incident: {
                        table: 'sys_atf_step'
                        id: 'b378c6ce3bf74634ab0df748f26653b3'
                    }
                    atf_platform_field_cut_insert: {
                        table: 'sys_atf_step'
                        id: '101b2435233b46c1be48ab6ef5ba5789'
                    }
                    atf_platform_field_cut_message_id: {
                        table: 'sys_atf_step'
                        id: '6441cd6022b548f2857408bb5f822614'
                    }
                    atf_platform_field_length_helper: {
                        table: 'sys_atf_test'
                        id: 'e920e07a247a434fbe4bf4f00b308a77'
                    }
                    atf_platform_field_length_helper_cut: {
                        table: 'sys_atf_step'
                        id: 'bac301e46060485697cf3347025fa790'
                    }
                    atf_platform_field_length_helper_emoji: {
                        table: 'sys_atf_step'
                        id: 'ab152f6167ba4af4aa8439d90b9896c5'
                    }
                    atf_platform_field_length_helper_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'ac505047ae07474097404a7d8f4581fa'
                    }
                    atf_platform_field_length_helper_lengths: {
                        table: 'sys_atf_step'
                        id: '8dcc93e5c4bb494cba77967c362c9bc0'
                    }
                    atf_platform_field_length_helper_refuse: {
                        table: 'sys_atf_step'
                        id: '5b025195aecc40bc9accd4a38806f125'
                    }
                    atf_platform_journal_entry: {
                        table: 'sys_atf_test'
                        id: 'ef57b3a3ad76465daeb9bfcd50221e8b'
                    }
                    atf_platform_journal_entry_first: {
                        table: 'sys_atf_step'
                        id: '48284a1d02614836800cf1d2db5dde1a'
                    }
                    atf_platform_journal_entry_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '2ea51384e72641b4af63209a225a4e9b'
                    }
                    atf_platform_journal_entry_second: {
                        table: 'sys_atf_step'
                        id: 'c287860d8dbc4cf8bcfa1f8392733f14'
                    }
                    atf_platform_journal_entry_write: {
                        table: 'sys_atf_step'
                        id: 'fe1458092e4b46d289da3e3fdfd04418'
                    }
                    atf_platform_journal_uncut: {
                        table: 'sys_atf_test'
                        id: 'e592c028e8264367a4a437965b3cf200'
                    }
                    atf_platform_journal_uncut_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '9626f23926004ce196a991b91db7f27c'
                    }
                    atf_platform_journal_uncut_script: {
                        table: 'sys_atf_step'
                        id: 'f23f4f262e6f496697b9e1ebbbcee9c8'
                    }
                    atf_platform_log_source: {
                        table: 'sys_atf_test'
                        id: '0ad794ece73f49838908e74b3bca339f'
                    }
                    atf_platform_log_source_found: {
                        table: 'sys_atf_step'
                        id: '1c9a1b5ac09e43adb2225b1b904e8206'
                    }
                    atf_platform_log_source_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'a2cbb8c879be4995b63902b944d9c8d0'
                    }
                    atf_platform_log_source_write: {
                        table: 'sys_atf_step'
                        id: '7c0535e3217e4f9483e5ee64d613f2f1'
                    }
                    atf_platform_long_text: {
                        table: 'sys_atf_test'
                        id: 'b6e2974f6f2b4e918e5ac8cd6af0dbaf'
                    }
                    atf_platform_long_text_app: {
                        table: 'sys_atf_step'
                        id: '28f8d309bdc54d12a5868014b4886f46'
                    }
                    atf_platform_long_text_direct: {
                        table: 'sys_atf_step'
                        id: 'afb00e44457e4e8ca08942cae6c2875c'
                    }
                    atf_platform_long_text_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '60e544a15f3a4ed99083aef0973a48fd'
                    }
                    atf_platform_scoped_log_source: {
                        table: 'sys_atf_test'
                        id: '5a5828715b584be8aa2dcbf868b44383'
                    }
                    atf_platform_scoped_log_source_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '1feb4f21b47d450d9cfd87bf14d8e607'
                    }
                    atf_platform_scoped_log_source_info: {
                        table: 'sys_atf_step'
                        id: 'de6f68c705af49c78210c645279f45d1'
                    }
                    atf_platform_scoped_log_source_warn: {
                        table: 'sys_atf_step'
                        id: 'e93c8388e553479687b1eb0440eeddff'
                    }
                    atf_platform_scoped_log_source_write: {
                        table: 'sys_atf_step'
                        id: 'd20f510a6526419d9b2c199cf2b0a3dd'
                    }
                    atf_platform_syslog_access: {
                        table: 'sys_atf_test'
                        id: '9cc655a4ddbd4be2bfac937994c29ca6'
                    }
                    atf_platform_syslog_access_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'cbfacd4d4f9d4fba9694f1e9e555403f'
                    }
                    atf_platform_syslog_access_script: {
                        table: 'sys_atf_step'
                        id: '82e19203a4e64c4299e32baae09da73e'
                    }
                    atf_platform_typed_values: {
                        table: 'sys_atf_test'
                        id: 'd5f5b48290074565b9850d98da02587b'
                    }
                    atf_platform_typed_values_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'f6e56866af064b6dbf878087a1f6cbe5'
                    }
                    atf_platform_typed_values_not_a_number: {
                        table: 'sys_atf_step'
                        id: 'c26d64433dfa4d05a8e5c763039f0a1a'
                    }
                    atf_platform_typed_values_validate: {
                        table: 'sys_atf_step'
                        id: 'd2d5953a2bc74b71ab8f856609083675'
                    }
                    atf_platform_typed_values_write: {
                        table: 'sys_atf_step'
                        id: 'e9b0aefd6b84457499e7200aeb3d109e'
                    }
                    atf_platform_unique_index: {
                        table: 'sys_atf_test'
                        id: 'd6f34c7abd564d86a95f45d75c0a3822'
                    }
                    atf_platform_unique_index_case_first: {
                        table: 'sys_atf_step'
                        id: 'c635751f338944ea800fe29f8447cf7f'
                    }
                    atf_platform_unique_index_case_other: {
                        table: 'sys_atf_step'
                        id: 'b557f6eb07f9427bade26fc8b72f3363'
                    }
                    atf_platform_unique_index_case_second: {
                        table: 'sys_atf_step'
                        id: '24a8dcc45a28476c9f0e68fb7e6337a5'
                    }
                    atf_platform_unique_index_feed_first: {
                        table: 'sys_atf_step'
                        id: 'f48dc1ba3ceb47cf9f1c37ac8fc87a9a'
                    }
                    atf_platform_unique_index_feed_second: {
                        table: 'sys_atf_step'
                        id: '67db3bbcfea34c5c8c4033a429c386d6'
                    }
                    atf_platform_unique_index_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '718d667047d84808ae428801b628a435'
                    }
                    atf_platform_unique_index_incident: {
                        table: 'sys_atf_step'
                        id: 'e1a0686149c5420582a70a32c25e3073'
                    }
                    atf_platform_unique_index_issue_first: {
                        table: 'sys_atf_step'
                        id: '153a7998c5864103b2fae9162fffcc25'
                    }
                    atf_platform_unique_index_issue_second: {
                        table: 'sys_atf_step'
                        id: 'b1ccfd6bb84f46c5872079261371725f'
                    }
                    atf_platform_unique_index_message_first: {
                        table: 'sys_atf_step'
                        id: '1003efff3a024b5181b54f991ee4b22f'
                    }
                    atf_platform_unique_index_message_other_case: {
                        table: 'sys_atf_step'
                        id: 'e5ff0ee9630b486482c24da094d4a2cb'
                    }
                    atf_platform_unique_index_message_second: {
                        table: 'sys_atf_step'
                        id: '721c2956d64f407a8b1f9ea31f22f373'
                    }
                    atf_platform_unique_index_script: {
                        table: 'sys_atf_step'
                        id: '045aa97813ee49448daf46ac38db8f8c'
                    }
                    atf_platform_unique_index_status_first: {
                        table: 'sys_atf_step'
                        id: '26d92953de82440fb50b619ad8f385e9'
                    }
                    atf_platform_unique_index_status_second: {
                        table: 'sys_atf_step'
                        id: '85dba089c12e472aaeb8f277909c15fd'
                    }
                    atf_suite: {
                        table: 'sys_atf_test_suite'
                        id: '51f05a6e61d14f83b05aec63340d06b0'
                    }
                    atf_suite_acc_open_case: {
                        table: 'sys_atf_test_suite_test'
                        id: 'e86297e546cd4d6c98bf892c1f8a053c'
                    }
                    atf_suite_acc_panel_api: {
                        table: 'sys_atf_test_suite_test'
                        id: '4504c15ef738441fa3bd1106a082ff08'
                    }
                    atf_suite_acc_panel_page: {
                        table: 'sys_atf_test_suite_test'
                        id: 'e95fd1aa126f45bca693a653aef957c1'
                    }
                    atf_suite_acc_setup_api: {
                        table: 'sys_atf_test_suite_test'
                        id: 'db3b589d73424a87842354e850131ac8'
                    }
                    atf_suite_con_access: {
                        table: 'sys_atf_test_suite_test'
                        id: '012e5916fc8e4ae6846298495284e80b'
                    }
                    atf_suite_con_close: {
                        table: 'sys_atf_test_suite_test'
                        id: 'a9a258c8024e46d2b5b6a7c310e1712c'
                    }
                    atf_suite_con_comment: {
                        table: 'sys_atf_test_suite_test'
                        id: 'e1e20bc3a3444136b8ca0d3123475583'
                    }
                    atf_suite_con_malformed: {
                        table: 'sys_atf_test_suite_test'
                        id: 'ab1d3ec241aa4d87880b863f1c10592e'
                    }
                    atf_suite_con_oversized: {
                        table: 'sys_atf_test_suite_test'
                        id: '09690e3c3b614d9fa4f2d51d538b54c3'
                    }
                    atf_suite_con_read: {
                        table: 'sys_atf_test_suite_test'
                        id: 'bc48b1b70a4b42c5b3840bf8df1cb187'
                    }
                    atf_suite_con_status: {
                        table: 'sys_atf_test_suite_test'
                        id: '1d0d2bb7ec424cc29f77e937b74cfd49'
                    }
                    atf_suite_con_wrong_repo: {
                        table: 'sys_atf_test_suite_test'
                        id: '63cace2a73e8444ba9e4e815ed9c9254'
                    }
                    b4f65898aabc42d296864a31c90ad4b9: {
                        table: 'sys_atf_step'
                        id: 'b4f65898aabc42d296864a31c90ad4b9'
                        deleted: true
                    }
                    bfa355dc454345e688c4a73f540687e3: {
                        table: 'sys_atf_step'
                        id: 'bfa355dc454345e688c4a73f540687e3'
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
                    cc98f9e8a97744b9a4adee3aa48f6b81: {
                        table: 'sys_atf_step'
                        id: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                        deleted: true
                    }
                    d2ae46a2a68f4157be0f8a0ffb8a33ed: {
                        table: 'sys_atf_step'
                        id: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                        deleted: true
                    }
                    d56239418aaa401199e1810970341df2: {
                        table: 'sys_atf_step'
                        id: 'd56239418aaa401199e1810970341df2'
                        deleted: true
                    }
                    e202f97d87264872b37114e08b4e6e88: {
                        table: 'sys_atf_step'
                        id: 'e202f97d87264872b37114e08b4e6e88'
                    }
                    ec777fcff0b04f9e973e70e8c0a496b1: {
                        table: 'sys_atf_step'
                        id: 'ec777fcff0b04f9e973e70e8c0a496b1'
                    }
                    f23214259e534de98d79f1b6f375f312: {
                        table: 'sys_atf_step'
                        id: 'f23214259e534de98d79f1b6f375f312'
                    }
                    f6c118fe47464d628f87477145b8641f: {
                        table: 'sys_atf_step'
                        id: 'f6c118fe47464d628f87477145b8641f'
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
                    msg_inbound_incident_closed: {
                        table: 'sys_ui_message'
                        id: '03b713dcd360454db8167938ad1661d9'
                    }
                    msg_inbound_incident_resolved: {
                        table: 'sys_ui_message'
                        id: '90e47627bb8c44b1942c9e277043c956'
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
                    msg_inbound_reopened_note: {
                        table: 'sys_ui_message'
                        id: '4e96c87d01b245c683b450d88c467c11'
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
                    prop_inbound_resolved_incident_communication: {
                        table: 'sys_properties'
                        id: 'a9c503e89102449ea96d793de97667e1'
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
                    'src_server_atf_access-checks_ts': {
                        table: 'sys_module'
                        id: '0de69d0670bb492f91e181758fc82c2e'
                    }
                    'src_server_atf_connector-fixtures_ts': {
                        table: 'sys_module'
                        id: 'e74b880ae75945589756dd9aefafe6ff'
                    }
                    'src_server_atf_test-users_ts': {
                        table: 'sys_module'
                        id: 'd403af08cca94cdc838c69ad3017e1dd'
                        deleted: true
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
                    'src_server_incidents_incident-state_ts': {
                        table: 'sys_module'
                        id: '557a0eac332142b7a8f0eb6f0e6cb45f'
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
                        id: '005a4b80afb540409812c1af7add94e7'
                        key: {
                            document_key: 'c901d89d7d46499fa37337ff3b16eca3'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0070250e0e084c029922e6ff2bdc75e4'
                        deleted: true
                        key: {
                            document_key: 'd56239418aaa401199e1810970341df2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0071daef9fd742e18c5546d2da63615c'
                        deleted: true
                        key: {
                            document_key: '001d153a20e54a559615fdacd85e3fdc'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0080f320be32499990dbcc8f1026b264'
                        key: {
                            document_key: 'd1350848d504488098bc4fa4c7c7238f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0082b87094104910970358fe0e008956'
                        key: {
                            document_key: '051385eb906343f4bcd9f5aa1827d5c3'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00d990ec161d4f95860116e6aa06e878'
                        key: {
                            document_key: '037f8afe947a48efa314f8b4595df1c5'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '00f33f476c114d84bf1e568a1ed74701'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'afb00e44457e4e8ca08942cae6c2875c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '015b710e5fd04ff4a595b96d576173c5'
                        key: {
                            document_key: '9deb6a4e3d3649ab99cf51d78811a8f6'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '016bc8eb908c49ab95202c0ddc4a312e'
                        key: {
                            document_key: 'c97a16c8ad67460aada3a80539fb17a5'
                            variable: '53fb0f535320220002c6435723dc34ec'
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
                        id: '01ea184da5d04446bfc74bf3ba90c676'
                        key: {
                            document_key: 'ce3706bbefe9484ca9ee3b5ad68284c0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '01fd6cace4ad4913adce0ce9d1b990a7'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'c97a16c8ad67460aada3a80539fb17a5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '020328763bda4defab4e565a33aa1e02'
                        key: {
                            document_key: '1003efff3a024b5181b54f991ee4b22f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0220bf79d8c94ba8af0f6ca31b2df1d3'
                        key: {
                            document_key: 'b47e8677ebfa47c090057c5042196603'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0238e7d2a76e45a49e530636d3e2c9e0'
                        key: {
                            document_key: 'ccc4e22f55c04225a21396689ccc9e39'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0239825d66c74c32a9897e90b6fbd091'
                        key: {
                            document_key: 'b82bbf5bf4cd48ce9832cd7da8fe01d5'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '023e3bc986674cc68fbeddca5f32068e'
                        key: {
                            document_key: '4a3bbd45d9a842d2b08671fa0e67314a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0261843779f349aab2b0e1dc3bafa47a'
                        key: {
                            document_key: '051385eb906343f4bcd9f5aa1827d5c3'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: '02f540e4b8184794860f8120226ebf77'
                        key: {
                            document_key: '4a3bbd45d9a842d2b08671fa0e67314a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '030979a95ebf4f1bac1a831c6a241bc9'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'ac87b609078c475e91aff94a5f7280b5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0330ac6b797a402ea06e7ead6e2f198f'
                        deleted: true
                        key: {
                            document_key: 'a8184d0a425c4fc1b73c808215880ec1'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: '03e144312d304e1ea587dd131ddccbe2'
                        deleted: true
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03edc2b25ddf4fe39cbb48445f5c82b9'
                        key: {
                            document_key: '0e9c573bffe44a8daba34c8bd2e5e0e3'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '043a291b4bde435499f4f9c27995a3e5'
                        key: {
                            document_key: 'e5ff0ee9630b486482c24da094d4a2cb'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0484c48bb95b4f53b1d2addfb95e980a'
                        key: {
                            document_key: '8f19a2172a6242819a71458e69912cba'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '04959afff50246c8ac37829fbed49875'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '416eb03cd26c42939e585e1efe1a843f'
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
                        table: 'sys_variable_value'
                        id: '04b1330d8eaa4a5dbac7f4a47b98119a'
                        key: {
                            document_key: 'e8bd8892082049c591a95d5bd4dc7b2e'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        id: '0507940aeec04e10a2f9b561b873fb52'
                        key: {
                            document_key: 'cf6408572eda4832afa0aed44d90b243'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05449cded6eb4cc0a9b0a3541e99a1e3'
                        deleted: true
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05d1ab1a4e5b479e94732328f5583b8e'
                        key: {
                            document_key: '721c2956d64f407a8b1f9ea31f22f373'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_element_mapping'
                        id: '065511415e7940398061de55eb788bb5'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '101b2435233b46c1be48ab6ef5ba5789'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06ca6790bdb8477881bacdddad81e888'
                        key: {
                            document_key: 'c901d89d7d46499fa37337ff3b16eca3'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06e088a26c1942f18c9bb1d048bfbd66'
                        deleted: true
                        key: {
                            document_key: 'f8974ce7172b462eb1eaa5a838ffa040'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '06f33b4a3d0942e2ae97bb551628c3c9'
                        deleted: true
                        key: {
                            document_key: '3cd6dc93e7fa4d39a12464feac724850'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_documentation'
                        id: '07e55043cdf34550bf6cb7bf8c850391'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'impact_description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07f3d8908e6e46c4a125852e273cb43b'
                        key: {
                            document_key: '3e2fa92867344f2eb0fcaa147d8049bf'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '081b557e82f44488ba35ba73ba8f37d8'
                        key: {
                            document_key: 'be27f09bded04494bbd8dadb8f8da0ed'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_element_mapping'
                        id: '08446cacb6c34cf8891f4683a5832a0b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '380cf21b4a9c4f54bb9334b1161fe42f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '085a3c6c04d149a88b3e3859f280b233'
                        deleted: true
                        key: {
                            document_key: '8bbc2eeb88054a2abf82b5c767ec37ba'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '088f0a94b74142bc99e43d397cddae2b'
                        key: {
                            document_key: '01c9691bf2044b399d834f3c152652d0'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08b3eb621ca4410f9f5633828729b5ad'
                        deleted: true
                        key: {
                            document_key: 'a17fba2305f74b7cb361695abbb6d780'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08c88c7c95ef4fc4933075793d7a70fb'
                        key: {
                            document_key: 'a5a0ce7164a643aa9cd44f50ff834d0f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '08cb517541bf48b9a2699e2031023b18'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '721c2956d64f407a8b1f9ea31f22f373'
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
                        table: 'sys_variable_value'
                        id: '096f56d60e03464cb4a49797cabe10b2'
                        key: {
                            document_key: '4e17a417b58648c09464f296971d6cd6'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '098a6f6fc774453d841613e8311e8fd8'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9e164717a5a941b4851aa6305f5cae45'
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
                        id: '09d6e5c46b3b43519ae67696a5953777'
                        key: {
                            document_key: '2b9e87165fb84d4c876e8df0311f54f4'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        table: 'sys_variable_value'
                        id: '0a1d91d81e214efc98b1301ee17d910c'
                        key: {
                            document_key: 'ccc4e22f55c04225a21396689ccc9e39'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a3975805c094885899a4fd94f2499dc'
                        deleted: true
                        key: {
                            document_key: '8bbc2eeb88054a2abf82b5c767ec37ba'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0a5c0ad848f540c8af578d820a120e78'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '56d0f56406dd415fb08df8885717a287'
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
                        table: 'sys_variable_value'
                        id: '0a7e05aae16f4845b79cbe54b6880b28'
                        key: {
                            document_key: '3d44cc182fd1481cb45762200a06a351'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0abaf79eea6c4151802a11d3bd5f77d9'
                        key: {
                            document_key: 'ec777fcff0b04f9e973e70e8c0a496b1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_element_mapping'
                        id: '0ae1954433e74ca8896eef36b0151f46'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '36afc795a37146f1aad8344f3c2cc86b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0afe5b97268849e39d2e872adb88ad2c'
                        key: {
                            document_key: 'ffa87037dfb1459fbb17f2678e4a4418'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b3e3c36336d46c78adab546bc2b14e7'
                        deleted: true
                        key: {
                            document_key: '636f8426ace2410699dd714ce52bbfd4'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b3eabde3e21453eaf829967fe7557e9'
                        key: {
                            document_key: 'c901d89d7d46499fa37337ff3b16eca3'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b4502c2b3bf4644b1c1765bf33ef727'
                        deleted: true
                        key: {
                            document_key: '10a262e369074d1a81f079c376dc62b2'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b7ebce57e2b4f0380aee07541a66e2f'
                        key: {
                            document_key: '2c9ba491513e468f806cef0bfd59cade'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0bc42ba9acb2444cbfd28fb739dc95b3'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'c287860d8dbc4cf8bcfa1f8392733f14'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0bfde74b0a7449919276800931972940'
                        key: {
                            document_key: '8df7805733c34bb587df7535e666ec78'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0c051290a52a459db04a0969a6cf33ef'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7253ea1be01f4c568e2ae3161a1f4cff'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c580fcffb9c41859a4fc26e0eedba1d'
                        deleted: true
                        key: {
                            document_key: '10a262e369074d1a81f079c376dc62b2'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c58d62896cf482d8ec00ad7d76a25ad'
                        deleted: true
                        key: {
                            document_key: '316dced589ec4451836aec5a8987af44'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c6ffaf5f2f347d5b27334d52d8612c2'
                        key: {
                            document_key: '910e9e01123a4955b686fe6c568bed24'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        id: '0cad2a72ff304cd9bd13013df10419a4'
                        key: {
                            document_key: '9deb6a4e3d3649ab99cf51d78811a8f6'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cb1070bb9c04e16acb3b903fcbb5f20'
                        deleted: true
                        key: {
                            document_key: '2dc5553b55c143079754a694924be5d2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cc16d8f1abf4ac0a849add4df667e16'
                        key: {
                            document_key: 'de6f68c705af49c78210c645279f45d1'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ce23dd0651147d89c4df789473976bc'
                        deleted: true
                        key: {
                            document_key: '416eb03cd26c42939e585e1efe1a843f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cede1c7fc314fb9b7226fb5f1a28233'
                        deleted: true
                        key: {
                            document_key: '001d153a20e54a559615fdacd85e3fdc'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0cf1e1158938444e9511a3e544608bb7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c90481fbbb4b49d48d6def5b79f75d07'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d1334deb6214e5cb1cb273979a0fdb9'
                        deleted: true
                        key: {
                            document_key: '5a8b9a4f7c094f22bcecfbf2387196b2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '0d8bdee0bf5e48f492832b99cfa6dab8'
                        key: {
                            document_key: '01e083ceb0b64dc28e324da6c238cb45'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        id: '0da1fbfca87b4234bdfafe219db2e853'
                        key: {
                            document_key: 'd367a3cdadfa48b680833dc27d5c050d'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0daef44ae25f479baadbb96c07c5d975'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f23214259e534de98d79f1b6f375f312'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0dd63828e21d4ce18a5f8b284065d92c'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a66ec4d6df0a4ad494e8d8444070900b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0df3695df5d64478a45cbf303d28fa76'
                        key: {
                            document_key: '53fb82df5ef24d0aa07ddc8ebeafb77f'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e079a724c634b328067d9d944d7198e'
                        deleted: true
                        key: {
                            document_key: 'a8184d0a425c4fc1b73c808215880ec1'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e4f2baae57740b7bac77d17722ffb8f'
                        key: {
                            document_key: 'ad3e5265c18d47f1a81b619e00c66105'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e9843b74939445ebaa6a4d61fafb185'
                        key: {
                            document_key: 'c635751f338944ea800fe29f8447cf7f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0edaa465e97c411faac25ee32f6c790c'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '8487066bc3b94cb7ab88753c81fafc85'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f1128e26f874b319d54a099dd36b4a2'
                        key: {
                            document_key: '99bea60f50cd4e218d72b52b5664d8a9'
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
                        id: '0fe8fade06824615b6c8a86107981c0b'
                        deleted: true
                        key: {
                            document_key: '0350a1545b9a4ebb8bbc5cc8801a2c8c'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1023b094fa8847e68cdc850c2739abd5'
                        key: {
                            document_key: '8487066bc3b94cb7ab88753c81fafc85'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '103789967cea4a18915f4b915acafa85'
                        key: {
                            document_key: 'c635751f338944ea800fe29f8447cf7f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1055ee0aac1e43e1a3b384ae53f5050b'
                        deleted: true
                        key: {
                            document_key: '001d153a20e54a559615fdacd85e3fdc'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '108c30c680954f7e9890f750b53d864f'
                        key: {
                            document_key: '4e17a417b58648c09464f296971d6cd6'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        id: '10c8f9e1a9744d81adbe4215a5f6a397'
                        key: {
                            document_key: 'f71bfb944b214c7ca2046aa55f0fff15'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10d1a101b2234a5e9bfdb65b76b720ff'
                        key: {
                            document_key: 'f5e99f0c41904f26b80eec7d42085538'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        id: '11f274e4882847dc9d844e49bd05a40b'
                        key: {
                            document_key: '24a8dcc45a28476c9f0e68fb7e6337a5'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        id: '12a2b0404656405a8ac876e3d205d12d'
                        key: {
                            document_key: '2d093984e1854bc1b4753371aad5b45a'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: '12cb28383bb7421bb66b64d85a54e8c3'
                        key: {
                            document_key: '45fedbafd80d49bfae36e060a126635c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '139e2d067bf047e9951dd9e3f3bbcc6d'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '442017d2a46448bb847c002cfeab7754'
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
                        table: 'sys_variable_value'
                        id: '1413b0ee4aa444b8a61d5a26b1b723e8'
                        key: {
                            document_key: 'ef65d20761a04701b66d5203bc6edc64'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '144b1ab448ca4072bf1554cec2d1e520'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '3199ef318d9146c1891432e3a509012b'
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
                        table: 'sys_variable_value'
                        id: '146e1f7a8d3f4287b8cd6f6c94168d08'
                        key: {
                            document_key: '2c9ba491513e468f806cef0bfd59cade'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '148247f03d1e470bab748caac3cb0a99'
                        key: {
                            document_key: 'ab152f6167ba4af4aa8439d90b9896c5'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '14b4615738264a69b08de40a8396ff76'
                        key: {
                            document_key: '36afc795a37146f1aad8344f3c2cc86b'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '156896bc039b46caafee6ce0c86dd8ed'
                        key: {
                            document_key: '8dcc93e5c4bb494cba77967c362c9bc0'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '15703e9855d144a89456065cf3ea37d0'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '21f94fa9fe8c4ff6b22b8c1aa94e9ea4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1591be2dd3a146388779c07389ba7cca'
                        key: {
                            document_key: '5cdd665b0b254e8989ee0122937bf216'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '15a3c6754b06419086db9f466489696a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '934d753f14d749b7b47cd4dab8c4ff21'
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
                        table: 'sys_variable_value'
                        id: '167a61c6c5794319b4857fa3bbc3e06a'
                        key: {
                            document_key: '4752047ccff547b088d1f425425705c0'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '16b34122f7ba47678221b5f00aee1e61'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '99bea60f50cd4e218d72b52b5664d8a9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16c80275524946f0bd193684023905d8'
                        deleted: true
                        key: {
                            document_key: '3450d4b2f84a45778cc8443d37481b73'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16d7651272474212a3a622b930d059c2'
                        deleted: true
                        key: {
                            document_key: '636f8426ace2410699dd714ce52bbfd4'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16dffbdb259a44008be700496331d5fe'
                        key: {
                            document_key: 'c901d89d7d46499fa37337ff3b16eca3'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16e8b385e0884644a3e26b3a8db3c628'
                        key: {
                            document_key: '35bd69c8b530485c853be2c1d4dd4366'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: '1775c0e98db242958e0895a1436cd75f'
                        key: {
                            document_key: 'e5ff0ee9630b486482c24da094d4a2cb'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17cf1efc594048f8bc96e4f615ece866'
                        deleted: true
                        key: {
                            document_key: '75959d6cda924d1ea9d7452b1f8f6a08'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '17d0d82e6127413485142faa2e0921f0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '700d02aee301440d845f19197431d891'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '18317abd16f349a7a598c5f419d45e27'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7869a89a3c0440048842ccb4ea1a4b38'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18775db3cafe47a69e0aebc85df76330'
                        deleted: true
                        key: {
                            document_key: '8e9f860e0bb94765816bd94f1a9f3026'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18c32d6b11b1418fa5197ae0d3466d55'
                        key: {
                            document_key: '6ecc9034d8634b4d94a5462d75e3fb43'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: '191620ce28ee46d6a3027e762be7256b'
                        deleted: true
                        key: {
                            document_key: '063eb22515514719bbc79db400ca2a2c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '193d0a7b17514fc1b571b670d1cc1204'
                        deleted: true
                        key: {
                            document_key: '9ac365457d004097a1672b9612e19994'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '197733185aa64ed097adcf717cff579e'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'c901d89d7d46499fa37337ff3b16eca3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19d3f5bc06b441f6bfce2f10298929b1'
                        key: {
                            document_key: 'c26d64433dfa4d05a8e5c763039f0a1a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19e2700353824414ac103405bc53203c'
                        deleted: true
                        key: {
                            document_key: 'f36c3ddf789d4258acf27264154f8eee'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '19e288e1b19a42c689382028a29eff91'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '1c3a99bfac054830972801fc88469e67'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a1cce2a47f44202bc8c35a8384e7057'
                        key: {
                            document_key: '79ed41d82ff7481bb544d12d24192fff'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a886e23881d44cea8297f9243fc9b9b'
                        key: {
                            document_key: '6441cd6022b548f2857408bb5f822614'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1aaa3792f17342df8deeec22a57be177'
                        key: {
                            document_key: '2e94f8cea2f74b6ebea72f9a893e4373'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ad314bd90e84534ababc723a3ea2574'
                        key: {
                            document_key: '4e17a417b58648c09464f296971d6cd6'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ae62099d6a74451a6b51083b5b0ebb5'
                        key: {
                            document_key: '77d1dee5a68841fbb7cb1d19dc474251'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '1b4ee6d7dbfb41a883f97c114c7bd6a2'
                        deleted: true
                        key: {
                            document_key: '91f0be79afa1434498c07330954fef60'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b5f1ae6568c446aaacc7c1baf2fba3a'
                        key: {
                            document_key: 'c287860d8dbc4cf8bcfa1f8392733f14'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b67143b56274f9dbce2209095c5b0d9'
                        key: {
                            document_key: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b76ff9d75a84669af7d1eff9443f851'
                        key: {
                            document_key: 'c97a16c8ad67460aada3a80539fb17a5'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b94787e85e24ae982d0ff284b198c49'
                        key: {
                            document_key: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bb5f8988da547ed99a7818f889c2d45'
                        key: {
                            document_key: '53fb82df5ef24d0aa07ddc8ebeafb77f'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bbb13d6fee3416ba2178d10fa7f0ba7'
                        key: {
                            document_key: 'e202f97d87264872b37114e08b4e6e88'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c66fdf5bc1845259c017df1b70d886f'
                        key: {
                            document_key: '85dba089c12e472aaeb8f277909c15fd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c77ac87a04f481a9f5f2c55acd037ea'
                        key: {
                            document_key: '47b206ae21494b4993ba511645e8cb9c'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c79d642c73c404092cd23dd9bf462d3'
                        key: {
                            document_key: '9a248ec1f1394183b250b1edf9e65403'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '1d4eeaa2d9d349899a0dc72af1a93469'
                        key: {
                            document_key: '4b1fd267173548f5bbe46a8ca3a11e2c'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '1d83442a09b5499182f3dfa2ca190e0c'
                        key: {
                            document_key: 'ccc4e22f55c04225a21396689ccc9e39'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1d9cc486c90c429eab27e96afd337e73'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '61ffeca25e5e42ad958cb8d576b4dc43'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e33319075f24d5ba98be68b7ee4a8ac'
                        key: {
                            document_key: 'e8bd8892082049c591a95d5bd4dc7b2e'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e47479c36f64bddba8af87bb81f0128'
                        key: {
                            document_key: '5ad733e08218486a963adb125b4b7b4e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ead1a397db74feeb7e6ad03de7b402a'
                        key: {
                            document_key: 'c473f077c0314b8ba69e9b883c380d69'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '1f15d2593330442f92c1fc4450ea3e98'
                        key: {
                            document_key: 'fe761139aa654e95815081a8ad496824'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        id: '1f9475e55bbb4abcb5c7a9263890e2a3'
                        deleted: true
                        key: {
                            document_key: '8ffc9ef8de294d569dcb9f26c797fe69'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        id: '2077fd12234c424f95881584acb1335c'
                        key: {
                            document_key: 'b557f6eb07f9427bade26fc8b72f3363'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: '20d7eb98dee64a0c9143d702d25dc213'
                        key: {
                            document_key: '051385eb906343f4bcd9f5aa1827d5c3'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        table: 'sys_variable_value'
                        id: '210cf747d54647f594997a77e583ad09'
                        deleted: true
                        key: {
                            document_key: '21f94fa9fe8c4ff6b22b8c1aa94e9ea4'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21587738513f4739b58a522d31a54301'
                        key: {
                            document_key: 'b1ccfd6bb84f46c5872079261371725f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: '21919bd7de104505975f5c7012aa7a26'
                        key: {
                            document_key: '3e3736220eab453193681882ed24ee06'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '219ca0ba2325446c9568173990439641'
                        key: {
                            document_key: '045aa97813ee49448daf46ac38db8f8c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21ad1d4f56a44847a6aa60c42a7e0120'
                        deleted: true
                        key: {
                            document_key: '6c95886aad50471984a28aa5c03b587c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21ca8c51b6df4819b5754a9bd294499d'
                        deleted: true
                        key: {
                            document_key: 'f0066acc53a447fb904c24085bc5fa46'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '21ebd78a2c1948cbbcf0748cb2d996ee'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '036bfe05ef9c440cb144ab8e341f2a60'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '221b58c4a30f4dbcaf5408cc4891ff6d'
                        key: {
                            document_key: 'db671df2d25e40d1ba42871b4aa92434'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '226acd6d729242a0960b2d748f3f1713'
                        key: {
                            document_key: '1eff52aeacb947b3983de643fde9730e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22cb9608bf414d1ab21c9d475f41d2a4'
                        deleted: true
                        key: {
                            document_key: 'f0066acc53a447fb904c24085bc5fa46'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        table: 'sys_variable_value'
                        id: '230fde4eaba6494db935ce8201dd1aa3'
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2318a5f4d2cf4ff6ac4fda74782b3f78'
                        key: {
                            document_key: '22b2edf0614c4e64a31df9a93541ef97'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: '233071a578bb4de987f8e027f7265858'
                        key: {
                            document_key: '47800c3324844c938953472b04a97341'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: '23bd74a1d6f145998ab49529e3964fe9'
                        deleted: true
                        key: {
                            document_key: '3450d4b2f84a45778cc8443d37481b73'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        table: 'sys_variable_value'
                        id: '2404dc91ddf94673b1ae0ffc5a426616'
                        deleted: true
                        key: {
                            document_key: '75959d6cda924d1ea9d7452b1f8f6a08'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_element_mapping'
                        id: '240e8c52bdb148839a93c256cb2420a5'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '001d153a20e54a559615fdacd85e3fdc'
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
                        id: '24c039a7242346f09296d44fce47297d'
                        deleted: true
                        key: {
                            document_key: '52ef7b5c502f485abb42c1b0e7c29d6d'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '24f2a84853524b3e99e4396c1d6db92f'
                        key: {
                            document_key: '317f8967c8ed485da0af8b3aa8fd0d07'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '25325a90c7fb4395ae6efc2e1c6c7be6'
                        key: {
                            document_key: 'db1b02f410084ac999b3a816a5ceca76'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '2598174890574822aba62f60229899f0'
                        key: {
                            document_key: 'f71bfb944b214c7ca2046aa55f0fff15'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: '262365f8e20f4ffc9220d444b3e08e98'
                        key: {
                            document_key: '051385eb906343f4bcd9f5aa1827d5c3'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_variable_value'
                        id: '268305fba6554a0fbcc1279a198a8fbd'
                        key: {
                            document_key: '1c3a99bfac054830972801fc88469e67'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '26dbe8c149944511b9577bcc0ebfce19'
                        key: {
                            document_key: '35bd69c8b530485c853be2c1d4dd4366'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26e2715fe1864f888c0fa6183187c2ce'
                        key: {
                            document_key: '9ba35953448f4d90a177074a32431d00'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26fd7319556d4f2685111dd016bffac2'
                        key: {
                            document_key: '38b2496975a54200a36bb2afec68a006'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '276aa7a94fe5418b89bdb41b9bca936e'
                        deleted: true
                        key: {
                            document_key: '10a262e369074d1a81f079c376dc62b2'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '2803b4a06b3545cf879492dafad58533'
                        key: {
                            document_key: 'd3928c79802644d38e05eb080d82385e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '281ccf7397fc419b95d328ce5460a312'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'a8184d0a425c4fc1b73c808215880ec1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2831b4684f6b4da287b48eed2c247d9e'
                        deleted: true
                        key: {
                            document_key: '7869a89a3c0440048842ccb4ea1a4b38'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '283e5080d23b428fa2968806cde38268'
                        deleted: true
                        key: {
                            document_key: '98246e8512844749b2f50a056846f035'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28c9a32569d8470885f676588764fba1'
                        key: {
                            document_key: '7178988019fe4b41bc1f2111d4987350'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29050ee766184df9a6bc9187668f3f6d'
                        key: {
                            document_key: 'd367a3cdadfa48b680833dc27d5c050d'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '295dfad6d8554c8fb25f7bd33c14f81f'
                        deleted: true
                        key: {
                            document_key: '8e9f860e0bb94765816bd94f1a9f3026'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '296d3a5c733b4307ba5db95d15d29510'
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '298f87c8460d42ab8b93bd61fc59823f'
                        key: {
                            document_key: '4b1fd267173548f5bbe46a8ca3a11e2c'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '29bae23d69bc4ac29348a90f27d754bf'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '48284a1d02614836800cf1d2db5dde1a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a32ef234b18417ab0ad58569cf3481c'
                        key: {
                            document_key: '9981e349089941e680c66b024a4c6f5a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: '2af0884d166846f294b710eeb5a8967c'
                        key: {
                            document_key: '9a248ec1f1394183b250b1edf9e65403'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b65c94f63144b6b95aec7960d6eccb7'
                        key: {
                            document_key: '83b626b9c2164d8da6fc47911014cf0a'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: '2bed13d1d0864abf8b3ff5234dcc221f'
                        deleted: true
                        key: {
                            document_key: '8bbc2eeb88054a2abf82b5c767ec37ba'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c30a2f84da14482a3e15b5a89de00ef'
                        key: {
                            document_key: 'e6352c4b5e8749c98fe58d5b57548724'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c36bd3dd98f4154bff95378dadc9493'
                        deleted: true
                        key: {
                            document_key: 'b4f65898aabc42d296864a31c90ad4b9'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c4a3c1533274f97bf1e484fae148fe7'
                        key: {
                            document_key: 'ec777fcff0b04f9e973e70e8c0a496b1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        id: '2d052974fc5444239ea2cc233189a5d0'
                        key: {
                            document_key: '47800c3324844c938953472b04a97341'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d19fbb5a9434c09853865bb3bb793b5'
                        key: {
                            document_key: '8487066bc3b94cb7ab88753c81fafc85'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d37a8cf70a54d05b2464491d101d19a'
                        key: {
                            document_key: '4752047ccff547b088d1f425425705c0'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d7f141d547b46818118ab567a43728a'
                        deleted: true
                        key: {
                            document_key: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2da1cc6c90d642f7b44c9133d36fb663'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c0e178d1b0c04b64b48c17d84165fe63'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2dbc1ace1bf7404181561b8f43c61237'
                        deleted: true
                        key: {
                            document_key: 'f0066acc53a447fb904c24085bc5fa46'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2dd3ffb8876348e8b0f9f0d12e473375'
                        key: {
                            document_key: '327646fea4db4af8be9ee820e2337173'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e7be1ccc89c4fd499c273c2223b1594'
                        deleted: true
                        key: {
                            document_key: 'ccf200c701944fd28fa6938d18270c05'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        id: '2ee83080af244e578313faa684442aa8'
                        key: {
                            document_key: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_element_mapping'
                        id: '2f9904b6bde046829b1ced331beea861'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '9deb6a4e3d3649ab99cf51d78811a8f6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2fcb1b9208f049a08d67b6457f856a78'
                        key: {
                            document_key: 'd3670906313844cca2b4f2994d979f4b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '302c389cb3aa45c3b9c6d67c5778c5cd'
                        key: {
                            document_key: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '302fd4b77e0848dd9ffe3e1a34a066d3'
                        deleted: true
                        key: {
                            document_key: '5a8b9a4f7c094f22bcecfbf2387196b2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '305c48198e54463b85aba081b22437df'
                        deleted: true
                        key: {
                            document_key: 'f36c3ddf789d4258acf27264154f8eee'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '311463950d774cc8ac21f0c3a729a2bf'
                        deleted: true
                        key: {
                            document_key: 'f8974ce7172b462eb1eaa5a838ffa040'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '311f649bb57446e9bb57f84ea5ec4181'
                        key: {
                            document_key: 'eb5fe1a6f6194f9480abad51b239375e'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '316a1f495d2f433497dbec74c4c63ae3'
                        key: {
                            document_key: '8529eb47a19841599e5c4fe4309c44c4'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        table: 'sys_variable_value'
                        id: '31a853d20f124193b35dfb8e4149c8c5'
                        key: {
                            document_key: 'cabe2911fb9147dbb00c77a2347779c9'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        id: '31b8527c44c3429c98eb2a48727f2c28'
                        key: {
                            document_key: '9a579e5d34734fcf9dfb193b1c8b83bb'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31f0843f86034b6cb516a7aecf2539f6'
                        deleted: true
                        key: {
                            document_key: '0350a1545b9a4ebb8bbc5cc8801a2c8c'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '321e1d4f0ecb478dacba14e430984e1b'
                        deleted: true
                        key: {
                            document_key: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '32913d972e3e4538b98f55d879c7afbd'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '47800c3324844c938953472b04a97341'
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
                        table: 'sys_element_mapping'
                        id: '32ecf21d0da74343828de88212be9ab9'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '004f9deeb5cc445b9141d53c75dbba55'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '332610f7340b4f3fa3f75439c7da9145'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '910e9e01123a4955b686fe6c568bed24'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3332c379d6554070874250a25feb7393'
                        deleted: true
                        key: {
                            document_key: '543846592efe4326baa80d230db42a59'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '335fe665bc934a2aa81cdb4fca3aa0f7'
                        key: {
                            document_key: '4a3bbd45d9a842d2b08671fa0e67314a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33883523d86844498230fed5f4ed97ae'
                        deleted: true
                        key: {
                            document_key: '543846592efe4326baa80d230db42a59'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_variable_value'
                        id: '33b35962b66b4be4b0f8e4e1f8cd0244'
                        key: {
                            document_key: '8df7805733c34bb587df7535e666ec78'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        id: '33d0b9159cba4301b5c40ebb53340df8'
                        key: {
                            document_key: 'ec777fcff0b04f9e973e70e8c0a496b1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33ef69f1275e4d0dbfa6797a81edcb1c'
                        deleted: true
                        key: {
                            document_key: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3402c1cb32de42939a1bed87c95a751a'
                        key: {
                            document_key: '721c2956d64f407a8b1f9ea31f22f373'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: '348cea7916954363bfdbb628d15c263f'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'bfa355dc454345e688c4a73f540687e3'
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
                        id: '3539b600829045328891dad6571b1eba'
                        deleted: true
                        key: {
                            document_key: '001d153a20e54a559615fdacd85e3fdc'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        table: 'sys_variable_value'
                        id: '35531f210ee04da3b3b594adf46193c9'
                        deleted: true
                        key: {
                            document_key: '10a262e369074d1a81f079c376dc62b2'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        id: '3591746d2f664a0095b567c4e1005510'
                        deleted: true
                        key: {
                            document_key: '80ebb8dbb04b42fc80a833ab4655df27'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '362510c27a46452e8f44eb18c3508faa'
                        deleted: true
                        key: {
                            document_key: '543846592efe4326baa80d230db42a59'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36612c7f590940599d69119f2720c636'
                        key: {
                            document_key: 'cf1b9d6cf09a4737ad8648174eca7fee'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '369a8fd55cec4fbf8d7e8447abb504c1'
                        key: {
                            document_key: 'c97a16c8ad67460aada3a80539fb17a5'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '369f9b544d5f4394b286f97d742c4214'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '19ea7087055d41dba6ad1f511e31d4b4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36cf4d98fbc44665bd01937f5f7424af'
                        key: {
                            document_key: 'b5b3e29e06d84383a509ab0248316286'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '377324d6400f497b893b62263d10976e'
                        key: {
                            document_key: '380cf21b4a9c4f54bb9334b1161fe42f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37841be1d65a456eaba1b83fc047496b'
                        key: {
                            document_key: 'b1ccfd6bb84f46c5872079261371725f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3798df9c4d394065b81e7762214440cb'
                        key: {
                            document_key: 'd3670906313844cca2b4f2994d979f4b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37dcf44f1acd4ca1b808ea9e918908a2'
                        key: {
                            document_key: '4752047ccff547b088d1f425425705c0'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37ddbaf0294d43a3b88b85163614f528'
                        key: {
                            document_key: '3e3736220eab453193681882ed24ee06'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37f82a31b3af47d19ee55d1db8580882'
                        key: {
                            document_key: 'b47e8677ebfa47c090057c5042196603'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3837fc79c0824972b95021eb0ca9ac38'
                        key: {
                            document_key: 'd1373ab00e8643949783336e0168a123'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3845ca335ee84f1f8cd43111561e5acb'
                        key: {
                            document_key: 'f6c118fe47464d628f87477145b8641f'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        id: '38687fe6eef84d0c911982adb78ff3be'
                        key: {
                            document_key: 'ac87b609078c475e91aff94a5f7280b5'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '388b2b7d6d294b1ebc00ae92770f54ff'
                        key: {
                            document_key: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '388d00ddc0884d669b41bdcff317f8f0'
                        key: {
                            document_key: '101b2435233b46c1be48ab6ef5ba5789'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3906f542fa6543948c3439d800948f16'
                        key: {
                            document_key: 'e5ff0ee9630b486482c24da094d4a2cb'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39a4d37438e34bc2ab8e56bd2d64e2ea'
                        key: {
                            document_key: 'd2d5953a2bc74b71ab8f856609083675'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39d3289b688146138f4c1df13a940386'
                        key: {
                            document_key: '3e2fa92867344f2eb0fcaa147d8049bf'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39d6cf17323a4ab68f00cad53ded7179'
                        deleted: true
                        key: {
                            document_key: '19ea7087055d41dba6ad1f511e31d4b4'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39fcb3f9afea4465b3040ff1a02f8133'
                        key: {
                            document_key: '037f8afe947a48efa314f8b4595df1c5'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        table: 'sys_variable_value'
                        id: '3a66349d06244820bcaf6fc1ee35de27'
                        deleted: true
                        key: {
                            document_key: '3cd6dc93e7fa4d39a12464feac724850'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b0610f1570f404a837c25c686268929'
                        key: {
                            document_key: '77d1dee5a68841fbb7cb1d19dc474251'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b0bed18783447f2911679bdededa9f5'
                        key: {
                            document_key: 'fe1458092e4b46d289da3e3fdfd04418'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '3b1f315be5654ed4bd4a273218944d9c'
                        key: {
                            document_key: 'bc7e34aacb464fa1a8073513644ef701'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b86a9baad0e4b8aa2dc3e9246591db2'
                        key: {
                            document_key: '35bd69c8b530485c853be2c1d4dd4366'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3baea51c7e3a4d6ea370fa9421475c91'
                        deleted: true
                        key: {
                            document_key: '502620076aa44e4982f4cd2d42feee5b'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3bc0399e342b4f8099de256bed7ff3cd'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '4e17a417b58648c09464f296971d6cd6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3c7c5d63e2f64e0ba09e8681ec38ca8b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '5ab77700335e43498e5d3669b0d39db0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c871f7cf42341c28f4271a2ede79802'
                        key: {
                            document_key: 'b378c6ce3bf74634ab0df748f26653b3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c889aa2dc3b452a863414bfed168306'
                        deleted: true
                        key: {
                            document_key: '75959d6cda924d1ea9d7452b1f8f6a08'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ca3ba8000ba4167adad0311b32f718e'
                        key: {
                            document_key: 'ffa87037dfb1459fbb17f2678e4a4418'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3cb97388db534544ab9c82a482a530e9'
                        key: {
                            document_key: '3199ef318d9146c1891432e3a509012b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d4939f67c154a689859171996840234'
                        key: {
                            document_key: 'ef65d20761a04701b66d5203bc6edc64'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3d70d61d960242deb3b72358ede3e180'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '36afc795a37146f1aad8344f3c2cc86b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d8c637689a24281b295d6766f958c18'
                        key: {
                            document_key: '368f60eda53b4b1984290e6e01981258'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d9907d4289e47f7a8fe826ac7aaa781'
                        deleted: true
                        key: {
                            document_key: 'a8184d0a425c4fc1b73c808215880ec1'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3dc3982256be4a498d2ae5080dee92c9'
                        key: {
                            document_key: 'd1350848d504488098bc4fa4c7c7238f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e03d88e676a4199bf6afd30ae9791cf'
                        key: {
                            document_key: 'ef65d20761a04701b66d5203bc6edc64'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e2381cdbecf441a9d0d1e7538cc847a'
                        deleted: true
                        key: {
                            document_key: '3529dae2ef644b699eed07a96be6688e'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: '3eadc37f51764016a73ef1e4e69742e3'
                        key: {
                            document_key: '9f0e99ea86454032af58533a49c9b7d6'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ebfdd2e091148f589930ae92b918e0a'
                        deleted: true
                        key: {
                            document_key: '75959d6cda924d1ea9d7452b1f8f6a08'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ed4fd1f1f374099be46a87d334a356f'
                        key: {
                            document_key: 'c90481fbbb4b49d48d6def5b79f75d07'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ef27627dabf443a9c2efeea03cde13f'
                        key: {
                            document_key: '051385eb906343f4bcd9f5aa1827d5c3'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        table: 'sys_ux_lib_asset'
                        id: '3f305238bb084ef8ba0e0a2fc300cc27'
                        key: {
                            name: 'x_mioms_m365_assis/setup/main'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f684a3ba52a4d13bb7ce5013b43b3c9'
                        key: {
                            document_key: '6ba02e3656874518bf91f2d9664c09ae'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f85e5dc8fda4f55b0ca821145d27b60'
                        deleted: true
                        key: {
                            document_key: 'a17fba2305f74b7cb361695abbb6d780'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f94148253c84dcd91729917887392cc'
                        key: {
                            document_key: '85dba089c12e472aaeb8f277909c15fd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3fe40069360f40e5851469384dc2766b'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '4b1fd267173548f5bbe46a8ca3a11e2c'
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
                        table: 'sys_variable_value'
                        id: '406ffe687a37467dba77fbf1b5a8cd1b'
                        key: {
                            document_key: 'dbdf524952304a6a8761cab743e637a1'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '409baf9a738c45db8eb5da1096b3f3f0'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '3529dae2ef644b699eed07a96be6688e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '40cce03a3df343c7b610caf14b036bc1'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '359bfae8419b447ba108ffed035c9cd4'
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
                        id: '40d8bc46283e4416ba9c0e48e133b1a4'
                        key: {
                            document_key: '79ed41d82ff7481bb544d12d24192fff'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '410d6c3db193411c928b758ab0972178'
                        key: {
                            document_key: '36bc48c030174cdd8bb3a9ccbd7d7501'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4188cadc02e84b6f9bc2fd40b30000d5'
                        key: {
                            document_key: '934d753f14d749b7b47cd4dab8c4ff21'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41aa3b4a1afc4aaf96fd388a3860cc55'
                        key: {
                            document_key: '1c9a1b5ac09e43adb2225b1b904e8206'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41cf69634f2e47419c03c5567ac9c195'
                        key: {
                            document_key: 'c635751f338944ea800fe29f8447cf7f'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42003b43664847b18cc02cd8e056037b'
                        key: {
                            document_key: 'dbdf524952304a6a8761cab743e637a1'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: '4215743b12d84e88bfc6542e9b2d055d'
                        key: {
                            document_key: 'd1350848d504488098bc4fa4c7c7238f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4250a1da2fd24b80a2f2544d1b27b6e8'
                        key: {
                            document_key: 'fc854cc524074e4d86558b80457bd0b9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4293225eb9e8460496c15b1d29cebce7'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '24a8dcc45a28476c9f0e68fb7e6337a5'
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
                        table: 'sys_variable_value'
                        id: '42f641d073c14a1bbb5e111eb394c0fb'
                        key: {
                            document_key: 'ad3e5265c18d47f1a81b619e00c66105'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '430dc499228c42048e75a310d20ddf14'
                        deleted: true
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '43112dfae9984bcaad256fb546c37bf7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f23f4f262e6f496697b9e1ebbbcee9c8'
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
                        id: '43653fe5a7624da9aca5105cab0799db'
                        key: {
                            document_key: '59aa3789b5954886ae68c5705fc8a73c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4368fafac76b4819846626f904fa17f3'
                        key: {
                            document_key: '8487066bc3b94cb7ab88753c81fafc85'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '437171e419d7401194cc6851a3b5bee7'
                        key: {
                            document_key: 'f71bfb944b214c7ca2046aa55f0fff15'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        table: 'sys_element_mapping'
                        id: '439407fa1cb74b5ab3dc6fdcd448e04d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd20f510a6526419d9b2c199cf2b0a3dd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43f3333fbf08479c830d8635e77f5046'
                        key: {
                            document_key: '28f8d309bdc54d12a5868014b4886f46'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43f390e3058b42dea878f9ac91c84a9d'
                        key: {
                            document_key: 'a66ec4d6df0a4ad494e8d8444070900b'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: '4426319e6c844099aaaa0e421a8f6e33'
                        key: {
                            document_key: '5fc0daa93f6741218a6693c150216b68'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        table: 'sys_element_mapping'
                        id: '447cd76c948b414eb92296fbe32b0e5c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'e93c8388e553479687b1eb0440eeddff'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '44dc163b1c08481fb94d19bc708a773e'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'cabe2911fb9147dbb00c77a2347779c9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44de5fd7636644c1be37a2e4d1df72b2'
                        key: {
                            document_key: '442017d2a46448bb847c002cfeab7754'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44deea7581e34946a95277b40004ad1b'
                        key: {
                            document_key: '2310983cf7f446ad9ef881bdc442d78c'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44efad31916f460c858a2305b4d28719'
                        key: {
                            document_key: '910e9e01123a4955b686fe6c568bed24'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '450954d5884a4b3fb9e88e3253a7dc50'
                        key: {
                            document_key: 'b4dddc987cfe4c18ba4060a8b2f51f4c'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '452239993fc240abb971665d425edf47'
                        key: {
                            document_key: 'db1b02f410084ac999b3a816a5ceca76'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '453c8f6f9c3c43a4948c2efe237471e0'
                        key: {
                            document_key: '1eff52aeacb947b3983de643fde9730e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4545778585f04e9ebc791cdfc9ea5903'
                        key: {
                            document_key: '910e9e01123a4955b686fe6c568bed24'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '455d7edd67d5400d85a1533fcee3f776'
                        deleted: true
                        key: {
                            document_key: '6b0c1a9e6dce42c9ba718c4a3b1c478f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '458912510ca34121ad35f19bc8d8ff7d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'cf6408572eda4832afa0aed44d90b243'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45a3165e7f30476787b62b9a60b719bf'
                        key: {
                            document_key: 'ccc4e22f55c04225a21396689ccc9e39'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45f498ba70bd413fb49b70faee74d1da'
                        deleted: true
                        key: {
                            document_key: 'f642afa0ffc74423a8b4aef39427484a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '464a20c04f2e4283b95dc8ea8933a9a4'
                        key: {
                            document_key: '1196aab50e874e11b7005e96814ac9bc'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46987737dc1f4e9d944c3ba466a70503'
                        deleted: true
                        key: {
                            document_key: '8ffc9ef8de294d569dcb9f26c797fe69'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '469c7dd03ad84ed6b1814fb23672a93a'
                        key: {
                            document_key: '5ab77700335e43498e5d3669b0d39db0'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46b00d6f01fb4fe6815ef1a3509d3718'
                        key: {
                            document_key: 'e1a0686149c5420582a70a32c25e3073'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '46d0122fd39645c6ad3ead04066cddcc'
                        key: {
                            document_key: 'b5b3e29e06d84383a509ab0248316286'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '474d80fc360a46bebf4d088cd2727676'
                        key: {
                            document_key: '8f19a2172a6242819a71458e69912cba'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4773d7b3f7c94c478a445ad48f77e97b'
                        deleted: true
                        key: {
                            document_key: 'f0066acc53a447fb904c24085bc5fa46'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47785bf0b9fa46dc9490843cebc089c8'
                        key: {
                            document_key: 'd1350848d504488098bc4fa4c7c7238f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47da5b2f4ecd486f988b32242bc1f6c6'
                        deleted: true
                        key: {
                            document_key: '543846592efe4326baa80d230db42a59'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47f0eeddbc49484da3409cda294935c1'
                        key: {
                            document_key: 'cabe2911fb9147dbb00c77a2347779c9'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '47ff026c4fae401c9d785a7b072dc734'
                        key: {
                            field: 'element_value'
                            table: 'var__m_atf_input_variable_afc114199f132200ef4afa7dc67fcf64'
                            id: '09ca0232fe1640349b2c1a8c1cafa3ab'
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
                        id: '48509c4dd1ae492aa02498c046109f3b'
                        deleted: true
                        key: {
                            document_key: '91f0be79afa1434498c07330954fef60'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4858699f99ad49a4a178128285723a3a'
                        deleted: true
                        key: {
                            document_key: '3cd6dc93e7fa4d39a12464feac724850'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '488000dbd13442408e256170f10f0ad9'
                        key: {
                            document_key: '35bd69c8b530485c853be2c1d4dd4366'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '488a1bbfc9fa4ce59ce6230297b294fe'
                        deleted: true
                        key: {
                            document_key: '81d7d3d71e54474fbe821ca1e2894dca'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49389a040d1d47aeb3387726b5ff6230'
                        key: {
                            document_key: 'f23214259e534de98d79f1b6f375f312'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4963442c84fc40beb2c127abed76e06a'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '054acd62555349cf8a04ceeb04dd7b50'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4990ba89fd98410bb41258f1d1b05a52'
                        key: {
                            document_key: '3e2fa92867344f2eb0fcaa147d8049bf'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49a750148d94419392a54719ab9c3e96'
                        key: {
                            document_key: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '4a01075f9433408e9d46508af0143b2d'
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4a21a153cc0844b4824aa7dedde086b7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '045aa97813ee49448daf46ac38db8f8c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a31e14620854f86825636fb46fe3908'
                        key: {
                            document_key: '0a83c54bf6354519a25590b94e95a327'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4a525446984b4b77b9ae535469d33f23'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'c635751f338944ea800fe29f8447cf7f'
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
                        id: '4a8555343250430c8789f18121641b6b'
                        key: {
                            document_key: 'ce3706bbefe9484ca9ee3b5ad68284c0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ab33725e09945b8977f4a7793955aa0'
                        key: {
                            document_key: '2d093984e1854bc1b4753371aad5b45a'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ac36768271147dc93a12c28f713c0d5'
                        key: {
                            document_key: '79ed41d82ff7481bb544d12d24192fff'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4aceb69f22374b59952db4ca9c3c9a1f'
                        deleted: true
                        key: {
                            document_key: '3529dae2ef644b699eed07a96be6688e'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4ad6acdd176b456c8d04fecd8dc55ed4'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a89b1c4ba8664236b99a00505c00949f'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4b1167485aed4f0e87e3112a30c46366'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '037f8afe947a48efa314f8b4595df1c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b1d7c7d00be493e8edf0736a2593a9d'
                        key: {
                            document_key: 'f23214259e534de98d79f1b6f375f312'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b53ae6b2ba641b69f123b46c3a29cb9'
                        deleted: true
                        key: {
                            document_key: '636f8426ace2410699dd714ce52bbfd4'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '4b7362132219471083cb3140d163f81f'
                        key: {
                            document_key: '35bd69c8b530485c853be2c1d4dd4366'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4b84f65e404a48a99f74f259c0bba175'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '051385eb906343f4bcd9f5aa1827d5c3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c1cdc0ea6064006bea1e83cc09189ac'
                        deleted: true
                        key: {
                            document_key: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c5b617fd3f74b7bbfb27ec025b214aa'
                        deleted: true
                        key: {
                            document_key: '3cd6dc93e7fa4d39a12464feac724850'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4ccc61811c5b4aa28737fb148bc4d401'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '81d7d3d71e54474fbe821ca1e2894dca'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d00c4c579204c72a1497a8a12eb8129'
                        key: {
                            document_key: 'f6c118fe47464d628f87477145b8641f'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d62645d2f2d4dc0be5700c9519126c6'
                        key: {
                            document_key: '97b46967640a457e8597b038496bef15'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_element_mapping'
                        id: '4da45d88ad814603bec48fb16e10febc'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '317f8967c8ed485da0af8b3aa8fd0d07'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4daa7337d85847f3956adc87fc3ebc61'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4db801487f52439fac7d89abdec84f5f'
                        key: {
                            document_key: 'd628676a72a94e0c8a98c9945302ea65'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4dc379f70706435997c0ffd5c1feb0b1'
                        deleted: true
                        key: {
                            document_key: 'f642afa0ffc74423a8b4aef39427484a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4dd0be2aeed243d3b25c979a820a695d'
                        deleted: true
                        key: {
                            document_key: '8ffc9ef8de294d569dcb9f26c797fe69'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4df4029bb7d241a18a057506d4d88b82'
                        key: {
                            document_key: 'b4a0826b41c94236aae39d4c05a34f9b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e1a4a2197d448eb92ce17461dfeefc6'
                        key: {
                            document_key: 'f1f0467c2a854910a0eb18b5d4f6aeae'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4e2ecb91f672444c8ea53217829ba0ee'
                        deleted: true
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'f0066acc53a447fb904c24085bc5fa46'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e6d8ac8b7074e68aaaebe9f1e1c78d4'
                        key: {
                            document_key: '6f844002829d4961a816ef4b2054db16'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e9c5ab12cd5479d983fb35436e6d8a4'
                        deleted: true
                        key: {
                            document_key: 'f8974ce7172b462eb1eaa5a838ffa040'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ecb1f2959b84c7fb028cae6892ecabc'
                        key: {
                            document_key: 'fc854cc524074e4d86558b80457bd0b9'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4eeb23a131b547ff9f32cce476aa5d36'
                        deleted: true
                        key: {
                            document_key: '91f0be79afa1434498c07330954fef60'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ef6bf7205014fe182a71dbcc3b589c9'
                        key: {
                            document_key: 'afc68a61d4af41d2a3ac9fed1c91edc6'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: '4fc08bfadd7f4ab0904be2b1af565bc7'
                        key: {
                            document_key: 'b5b3e29e06d84383a509ab0248316286'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_element_mapping'
                        id: '5023978dcc6248e3bda734571c434473'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5031c89a494940c6a71889261a4137bc'
                        key: {
                            document_key: '4e17a417b58648c09464f296971d6cd6'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50652de17a9b4496aee0cf3a3750a09f'
                        key: {
                            document_key: '81b2b7bbf48148d0af28951482a34682'
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
                        table: 'sys_variable_value'
                        id: '50b14a245e4f4f988641b8916756bb2a'
                        key: {
                            document_key: '054acd62555349cf8a04ceeb04dd7b50'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '50dbfa50214e41c188cacd5dc78a9863'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'fc854cc524074e4d86558b80457bd0b9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '50ef323fd46b449f8acdb0bf762793d2'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7c0535e3217e4f9483e5ee64d613f2f1'
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
                        table: 'sys_element_mapping'
                        id: '5137e4e102c44568a35830a54a372b97'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '9981e349089941e680c66b024a4c6f5a'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '516792c004f34ee08d8ff4bca4eaf239'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '8bbc2eeb88054a2abf82b5c767ec37ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5198ae3ae47144ba9568fe7a7eac66cc'
                        deleted: true
                        key: {
                            document_key: '8bbc2eeb88054a2abf82b5c767ec37ba'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51a7980f930547aeb92c25cef88edc1a'
                        deleted: true
                        key: {
                            document_key: '9616e15635e74f658757906ae66d7725'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51c9b2f86bac429b8965961537d1cb43'
                        key: {
                            document_key: 'ce3706bbefe9484ca9ee3b5ad68284c0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51daa446ac1242dd9dd16bf431920aa0'
                        deleted: true
                        key: {
                            document_key: '4c8c8e99faee4a36852aee88d32dd1df'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51db0f731efd4a13a6aa24722683b8a6'
                        key: {
                            document_key: 'ac87b609078c475e91aff94a5f7280b5'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '522bf9cd90164b63ac90d21db0590ab0'
                        deleted: true
                        key: {
                            document_key: '91f0be79afa1434498c07330954fef60'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5261c0ae421d4bf9b4cd59ecb545c49e'
                        key: {
                            document_key: 'b4a0826b41c94236aae39d4c05a34f9b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '532ccbd3fceb400b894962c963ebea6f'
                        key: {
                            document_key: 'cabe2911fb9147dbb00c77a2347779c9'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '533e6b98679e407485e1dfe3dc9220e2'
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        id: '5371e1854b344ffdb522538d43d3579e'
                        key: {
                            document_key: 'e93c8388e553479687b1eb0440eeddff'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '539e6a07484f44ddb19356c5752726d0'
                        deleted: true
                        key: {
                            document_key: '59178555ffdf44b68023de611ff48685'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '53bfd4d89a8b463e8e9ff5debe86a817'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '2e94f8cea2f74b6ebea72f9a893e4373'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53d43694eeb547158f058352e52f03eb'
                        key: {
                            document_key: '7c0535e3217e4f9483e5ee64d613f2f1'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53f1e14518b54e2f90814be8c80edf3a'
                        deleted: true
                        key: {
                            document_key: '4c8c8e99faee4a36852aee88d32dd1df'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '547d31a2829342a68b47dc0629ec5b71'
                        key: {
                            document_key: '442017d2a46448bb847c002cfeab7754'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '54f12958843b4601bd81bac4582da185'
                        key: {
                            document_key: '327646fea4db4af8be9ee820e2337173'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: '55349b32ed4246f1918b7226aca962b6'
                        deleted: true
                        key: {
                            document_key: '91f0be79afa1434498c07330954fef60'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5539f978ba5d461ab958a5c2dc4719d9'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e2fcd7f90ed24ad6b62a630e4f482286'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5574a4517c8940e8ac113febd6159fb5'
                        deleted: true
                        key: {
                            document_key: '502620076aa44e4982f4cd2d42feee5b'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55b166172a464b9fb6dcd513289010d4'
                        key: {
                            document_key: '7c0535e3217e4f9483e5ee64d613f2f1'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '55c93387117d49efa41143626ff91daa'
                        key: {
                            document_key: '700d02aee301440d845f19197431d891'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55d3ce492e9c4a3abceef3e03f28fcb8'
                        deleted: true
                        key: {
                            document_key: '8e9f860e0bb94765816bd94f1a9f3026'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: '55e5b06451e7442d95aa7752df34364a'
                        key: {
                            document_key: '6b141efac17d442c94e75713f3db136b'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5614bd8f7e8640e69b4ca13c6991a2f5'
                        deleted: true
                        key: {
                            document_key: '4c8c8e99faee4a36852aee88d32dd1df'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '566342e81a4c4331bab477c5631d8f00'
                        key: {
                            document_key: '36bc48c030174cdd8bb3a9ccbd7d7501'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '571d5a218e924eb7b9b9fe4a7c6e80d3'
                        key: {
                            document_key: '36bc48c030174cdd8bb3a9ccbd7d7501'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5780385ac0084c1fa4f333c6068187b3'
                        key: {
                            document_key: '83b626b9c2164d8da6fc47911014cf0a'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57bbd54421474d76ad5e97898e4e325b'
                        key: {
                            document_key: '87adee6aa28644d0b09782b0d973e2e9'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57c5a0fe505c4bc9b16e389eabb6ee24'
                        key: {
                            document_key: '9deb6a4e3d3649ab99cf51d78811a8f6'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5849170548a94e5d9cad79df94eb2568'
                        key: {
                            document_key: '8f19a2172a6242819a71458e69912cba'
                            variable: '67400008676003007ba405225685efa4'
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
                        table: 'sys_variable_value'
                        id: '58bd8c19ea414e339ee0709860a18924'
                        deleted: true
                        key: {
                            document_key: '8e9f860e0bb94765816bd94f1a9f3026'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '58d07f4e8f02498b9ba794ef964f069d'
                        key: {
                            document_key: 'b557f6eb07f9427bade26fc8b72f3363'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '592b2ff13c2c46bd913ad06f48589558'
                        key: {
                            document_key: '99bea60f50cd4e218d72b52b5664d8a9'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '59420d1b2a6d4d3a9d5a7d54c2b2c40e'
                        key: {
                            document_key: 'c90481fbbb4b49d48d6def5b79f75d07'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '59470dc1e3df4887ba78dc1db343692a'
                        key: {
                            document_key: 'be27f09bded04494bbd8dadb8f8da0ed'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '598257bfc4044836a5d75a58aafe2f19'
                        key: {
                            document_key: '02eaefb9b8f542e1b8c2fd2d32c7f2d5'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '59e4c6f7b08440aa8972a9439ed6a184'
                        key: {
                            document_key: 'ad3e5265c18d47f1a81b619e00c66105'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '59f1e550aa4a49ee8bcb603ba59ded08'
                        deleted: true
                        key: {
                            document_key: 'f30e249199f24675a562a2e443923c26'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '5a58e679998745cdb7c3c756949f8a8d'
                        key: {
                            document_key: 'f62289af614c4ff9aabfbe9e066e0a2f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a9ba4dbfb6142738389ce1894c1e695'
                        key: {
                            document_key: 'f5e99f0c41904f26b80eec7d42085538'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5aed58edb52b4b4f81ae30b1722e1a52'
                        deleted: true
                        key: {
                            document_key: '001d153a20e54a559615fdacd85e3fdc'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b2204e5e1664e3abf8ef638f216c414'
                        deleted: true
                        key: {
                            document_key: 'b4f65898aabc42d296864a31c90ad4b9'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b4afe2074c74ff0bc6500d367e3cf47'
                        deleted: true
                        key: {
                            document_key: '5a8b9a4f7c094f22bcecfbf2387196b2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b60f97c3de2493cae66cf5d6922e517'
                        key: {
                            document_key: 'eb5fe1a6f6194f9480abad51b239375e'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5bbbd4be466d4055ad3c088828841bab'
                        key: {
                            document_key: '9981e349089941e680c66b024a4c6f5a'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        id: '5c1b08a6e94d4017a564c09e9892233a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'e5ff0ee9630b486482c24da094d4a2cb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cd86467eab54ea289bdf28a23b7e69d'
                        key: {
                            document_key: '054acd62555349cf8a04ceeb04dd7b50'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cdb523613174a7cb3f3b2be340b57df'
                        key: {
                            document_key: 'd367a3cdadfa48b680833dc27d5c050d'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d0b0110c68745b3a792b01f7c982b02'
                        key: {
                            document_key: '36afc795a37146f1aad8344f3c2cc86b'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5d1147735c154b8d88cc7e384da4a4c2'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '36535a4254f943f19017321f3ef28464'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d23965f04564b2bae4962549cc456c5'
                        key: {
                            document_key: 'ee82272293494f23ac61f81268b2b67e'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        id: '5d8e9414f9a94f1db7c13191caee72a1'
                        key: {
                            document_key: '037f8afe947a48efa314f8b4595df1c5'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5dac93d88594483187b9ab8b28169ac5'
                        key: {
                            document_key: '55d3999541d9484688172841ea26ee27'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5dae31a606e54b258785df42fe98ce98'
                        deleted: true
                        key: {
                            document_key: 'd634e4d9bbca4cf8b40282c5aea6d8d4'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5dc40d8ece974ddaab6ce2abf4052320'
                        key: {
                            document_key: 'e93e9ab861184329a147c58cd6eb2b58'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e0f88f54a71429490f04991a34b1975'
                        key: {
                            document_key: '910e9e01123a4955b686fe6c568bed24'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e163cd3d9274e5797fa652ae769a1cb'
                        key: {
                            document_key: '359bfae8419b447ba108ffed035c9cd4'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: '5e67c7f4004a4049ab72319fc2e96ec9'
                        key: {
                            document_key: '910e9e01123a4955b686fe6c568bed24'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: '5eb653c21c3f4d17b3e12370bc8ce67b'
                        key: {
                            document_key: 'd1350848d504488098bc4fa4c7c7238f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5eb8fd5159094855a08cac6650b33c5a'
                        key: {
                            document_key: '1eff52aeacb947b3983de643fde9730e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ecde45439a6444fbdc17d3ea20a667d'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ef7ab79875a47a2be93e882ade42094'
                        key: {
                            document_key: 'c26b6c6fd9924a50b09c034db63bae46'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f0a465273c34b5f869380ae9d62562b'
                        key: {
                            document_key: 'a8cfd115b0a148588b7ae83f19159782'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f3cd458639845499cd8a00d8a0b049f'
                        key: {
                            document_key: '9981e349089941e680c66b024a4c6f5a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f3f239264d04d51b227da9e4c02b341'
                        key: {
                            document_key: 'f48dc1ba3ceb47cf9f1c37ac8fc87a9a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        id: '5f55022d128b402da5b9a7acc42cea16'
                        key: {
                            document_key: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5fd456f1a7934458818e88c7174fd16a'
                        key: {
                            document_key: '538ad2baf4e94363b5b0e45843f2f2f7'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '606c4b93c27e43ad97a0688e1a9fdfe3'
                        deleted: true
                        key: {
                            document_key: '9243a4b4c3114df595cdb756480215c9'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '61886db17b784a8e943d9578d81b0a74'
                        deleted: true
                        key: {
                            document_key: '98246e8512844749b2f50a056846f035'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        table: 'sys_variable_value'
                        id: '61a0058fae9e4818a85318b41ae072c1'
                        key: {
                            document_key: '6f844002829d4961a816ef4b2054db16'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61b4b843f76a4b21b1dd2a03c13345ba'
                        key: {
                            document_key: '6441cd6022b548f2857408bb5f822614'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61bd7b9176c44f77aae2922a094c7311'
                        key: {
                            document_key: '4752047ccff547b088d1f425425705c0'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6201efd283cd46c29dbedef118bae1b2'
                        key: {
                            document_key: '31032fcf62834aed9999a624ce54db63'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '620838b8a1a645e194b1275abad7b532'
                        deleted: true
                        key: {
                            document_key: 'a8184d0a425c4fc1b73c808215880ec1'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '622258f16ebb4f26b7e299d5343d1034'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f642afa0ffc74423a8b4aef39427484a'
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
                        id: '62de3ab3adb340adb1642751d7bd5d2c'
                        deleted: true
                        key: {
                            document_key: '10a262e369074d1a81f079c376dc62b2'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62e15ad0c8664d6a947013a3844bafe9'
                        key: {
                            document_key: '48284a1d02614836800cf1d2db5dde1a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62f1dde71e594945ae519016ff874170'
                        key: {
                            document_key: 'afb00e44457e4e8ca08942cae6c2875c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '630ce05dc8c24dcc8ed0bd25989e255c'
                        key: {
                            document_key: 'be27f09bded04494bbd8dadb8f8da0ed'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '632a74d0be834449a610e55c29d92a57'
                        key: {
                            document_key: 'a8cfd115b0a148588b7ae83f19159782'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63900c19fbb4441ba00b54eaa795cce4'
                        key: {
                            document_key: 'd2d5953a2bc74b71ab8f856609083675'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '63a58f4bc53043afb2b3f3f3608eecdc'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a5a0ce7164a643aa9cd44f50ff834d0f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6440cd18d1bb4448b3e0817038facc1c'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: '645d8787182847db84fd118f659970de'
                        key: {
                            document_key: '045aa97813ee49448daf46ac38db8f8c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64710dedfbd44346adbe5c7fc7bc08fd'
                        key: {
                            document_key: 'b4a0826b41c94236aae39d4c05a34f9b'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: '64cfc34224164c5bbb3b1bfcd6f87257'
                        deleted: true
                        key: {
                            document_key: '502620076aa44e4982f4cd2d42feee5b'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65008df4aeea400a9b2b76597aa9bb60'
                        key: {
                            document_key: '9ba35953448f4d90a177074a32431d00'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65c25bdcfb1f4ea5bb2c2808fac3f879'
                        key: {
                            document_key: 'b557f6eb07f9427bade26fc8b72f3363'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65f0371280cd456a9f5c8291a2be94ff'
                        deleted: true
                        key: {
                            document_key: '52ef7b5c502f485abb42c1b0e7c29d6d'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        id: '6632c425980945dabd27d881abfec58e'
                        key: {
                            document_key: 'ef65d20761a04701b66d5203bc6edc64'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6685ec2a6be942d891d6c414f1e51821'
                        key: {
                            document_key: 'd20f510a6526419d9b2c199cf2b0a3dd'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66873f17f9944eb781a1a75721e9953b'
                        key: {
                            document_key: 'a89b1c4ba8664236b99a00505c00949f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6713ad48b0c74ab69701fac3d14faffe'
                        key: {
                            document_key: '47800c3324844c938953472b04a97341'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '674f79449a144e618bd0e92431a56f5a'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: '67dcbc5129a14389911d21eaa006e916'
                        key: {
                            document_key: 'c287860d8dbc4cf8bcfa1f8392733f14'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67fc6c1b437a42309c26988568dae5e4'
                        key: {
                            document_key: 'a844a2f9bd6048b9b9368288f0e16b4a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '684242c912cc4bfd96d02ae21f4043c4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '70c9da875c8640d988cc591939b73596'
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
                        table: 'sys_variable_value'
                        id: '687d6f2e7a0a41b6995c61d719a99df6'
                        key: {
                            document_key: 'e9b0aefd6b84457499e7200aeb3d109e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6891a459d5ea41ba926e195a25847d79'
                        key: {
                            document_key: '1dcf993e19c146a8b054932f2e9bd3ab'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68a33d0411dc4fa28f1978bf1ce58dea'
                        key: {
                            document_key: 'c97a16c8ad67460aada3a80539fb17a5'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68aaeb0ea0fd4837974aff24177274a3'
                        key: {
                            document_key: '3d44cc182fd1481cb45762200a06a351'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68acb30f9ad84b8aab44f2b5e6653440'
                        key: {
                            document_key: 'c287860d8dbc4cf8bcfa1f8392733f14'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68e3bc0d73b14acfbaab6df9d1ef7022'
                        key: {
                            document_key: 'e970be58f2c345d38d9061afda1f1264'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        table: 'sys_variable_value'
                        id: '6956c5813690449a94520942c3f1dfff'
                        key: {
                            document_key: '1dcf993e19c146a8b054932f2e9bd3ab'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_element_mapping'
                        id: '69bbcf50099f455ea6181959e285cf1f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'cf1b9d6cf09a4737ad8648174eca7fee'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69c43afe161c4c99bb62cc17c7e428e2'
                        deleted: true
                        key: {
                            document_key: '636f8426ace2410699dd714ce52bbfd4'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '69d87961e6c644648c937e5b98dd5b10'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '4e17a417b58648c09464f296971d6cd6'
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
                        table: 'sys_variable_value'
                        id: '69f5e8d97f79463cbf2b49a00e096cd1'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a250678585d4b74b7fccfc2eead25e0'
                        key: {
                            document_key: '6b141efac17d442c94e75713f3db136b'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        id: '6a72b55f480548478ce0ce0145fcab30'
                        key: {
                            document_key: '35fdb9bba7be4c38bb1c55350e46b0da'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_element_mapping'
                        id: '6aea0a720f274619b0e66fe9845d7642'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '82e19203a4e64c4299e32baae09da73e'
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
                        id: '6bbd6f633ae7426aaed3f76bae287446'
                        key: {
                            document_key: 'e1a0686149c5420582a70a32c25e3073'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6bd7723b992c4d438e01aa07aee52f5f'
                        key: {
                            document_key: '054acd62555349cf8a04ceeb04dd7b50'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6bf43b4639274a9c8f3a137af23b79da'
                        key: {
                            document_key: 'c635751f338944ea800fe29f8447cf7f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c173fb36a774bf6ab7d2384d9a912e1'
                        key: {
                            document_key: 'c901d89d7d46499fa37337ff3b16eca3'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c23ffbbf70642638890b4f2f660216c'
                        key: {
                            document_key: '6ba02e3656874518bf91f2d9664c09ae'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6c3c953915664661a5d0997b026ffe96'
                        deleted: true
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '10a262e369074d1a81f079c376dc62b2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c7f93d5eb3a424b96f254d398e9157f'
                        key: {
                            document_key: '22ebbebb85694c59bbdd9a732fa8bb1e'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c9296dbcdf84d84b8f8b8d8605746db'
                        key: {
                            document_key: '1003efff3a024b5181b54f991ee4b22f'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: '6ca6456996234e24bb765f949b8001eb'
                        key: {
                            document_key: 'd13beb43e3534ef9b52f2a957752a687'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6cd21bf3e7e149058f8d537daf2029f9'
                        key: {
                            document_key: '9a248ec1f1394183b250b1edf9e65403'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '6d33cbed26a842a692adf6c75ef49f09'
                        deleted: true
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_element_mapping'
                        id: '6d58ab77453444b3b12babcec31da842'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '28f8d309bdc54d12a5868014b4886f46'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d5f279394a843fdb909a3651017f5cf'
                        key: {
                            document_key: '01e083ceb0b64dc28e324da6c238cb45'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d8955baa17e44a9855c44a3ab42b759'
                        key: {
                            document_key: 'adcaaaeec0a047fc8e7a7eef12d156f9'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '6ddbbb159b534b58a8f275510168828b'
                        deleted: true
                        key: {
                            document_key: '6b0c1a9e6dce42c9ba718c4a3b1c478f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e2c83ff299242359f9702569fe95da4'
                        key: {
                            document_key: '004f9deeb5cc445b9141d53c75dbba55'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e4b543206b844caaa39a18e1724ad2e'
                        deleted: true
                        key: {
                            document_key: 'ccf200c701944fd28fa6938d18270c05'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ed0b1be672f42edbfccf76e88ffd03b'
                        deleted: true
                        key: {
                            document_key: 'd56239418aaa401199e1810970341df2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '6fc3c03705244bdf9f698e1c24127c35'
                        key: {
                            document_key: '8f19a2172a6242819a71458e69912cba'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: '6fe9efcf4b944f078cfb14c0dfbc3d71'
                        deleted: true
                        key: {
                            document_key: 'f0066acc53a447fb904c24085bc5fa46'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        id: '701155b197d74b818862173d3e72e4cb'
                        key: {
                            document_key: 'b1ccfd6bb84f46c5872079261371725f'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7089df8742b146cda9c9e9495874277b'
                        deleted: true
                        key: {
                            document_key: 'b4f65898aabc42d296864a31c90ad4b9'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7093540ba326406fb34f4558e49f863c'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e9b0aefd6b84457499e7200aeb3d109e'
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
                        table: 'sys_variable_value'
                        id: '710e383b32834d7fbaef6124b1935f9f'
                        key: {
                            document_key: 'b4a0826b41c94236aae39d4c05a34f9b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: '712f5ba5ef93479ba00f80620b0b74ae'
                        deleted: true
                        key: {
                            document_key: '063eb22515514719bbc79db400ca2a2c'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '71930be6fffd40dbb8c923e819514062'
                        deleted: true
                        key: {
                            document_key: '316dced589ec4451836aec5a8987af44'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71a98356600840faa0b6277aebab1492'
                        key: {
                            document_key: '45fedbafd80d49bfae36e060a126635c'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '72bdd3058cf5401cbcea2588709b9805'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '9ba35953448f4d90a177074a32431d00'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7317cf070696400b96831277679ee94d'
                        key: {
                            document_key: 'cabe2911fb9147dbb00c77a2347779c9'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '736133c379aa4530b4c31cb3aff8c6c9'
                        key: {
                            document_key: '3199ef318d9146c1891432e3a509012b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73774c14ac654d49bf2ffc9b7b03f15b'
                        deleted: true
                        key: {
                            document_key: 'f30e249199f24675a562a2e443923c26'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73cb3cab60594c39841f738383219851'
                        key: {
                            document_key: '7253ea1be01f4c568e2ae3161a1f4cff'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7423cf2089274a4f8662f56dd03c84ba'
                        deleted: true
                        key: {
                            document_key: '3529dae2ef644b699eed07a96be6688e'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        id: '74cb61b712254a0eae35bbf8b18d3d0e'
                        deleted: true
                        key: {
                            document_key: '7478d2bc099a4d4c92ce870be4f4ad82'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74e4c684eec743caaac06e0bc9112c3d'
                        deleted: true
                        key: {
                            document_key: '9520b4811847446381325e9bc122637e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74f199f3e7354cbe92acee0e63dada43'
                        key: {
                            document_key: 'f23f4f262e6f496697b9e1ebbbcee9c8'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '7598913b9eaa4ea7bfdd0b23df8fdf04'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '4ea9987cd20044fe86d68254d107b590'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75dd0fdb0edf41ebabc49332066cb4da'
                        key: {
                            document_key: 'f5e99f0c41904f26b80eec7d42085538'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '763aaa84182a438e908da5a65399cf80'
                        deleted: true
                        key: {
                            document_key: '6b0c1a9e6dce42c9ba718c4a3b1c478f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '764f4bdae3804943869a4f4884654eb3'
                        key: {
                            document_key: '35bd69c8b530485c853be2c1d4dd4366'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '76b6f1bfba9140d590928ab84f2908f2'
                        key: {
                            document_key: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        id: '76fcbf12acd149e89f8a6ff45b72e4c4'
                        deleted: true
                        key: {
                            document_key: '141ccbd113de4618804f43d092865b0a'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '771e52d763cf49bab96e7e405a5468f5'
                        key: {
                            document_key: 'b5b3e29e06d84383a509ab0248316286'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77225a4e1d8b4141b8bbd4665ddba057'
                        key: {
                            document_key: '037f8afe947a48efa314f8b4595df1c5'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '772b3262937848dba4dd51964046c8d7'
                        key: {
                            document_key: '82e19203a4e64c4299e32baae09da73e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77612f2da8c74d24b360319adccf3b80'
                        key: {
                            document_key: 'a8cfd115b0a148588b7ae83f19159782'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: '77dc7fff99ee4460a01aabf779fc8295'
                        deleted: true
                        key: {
                            document_key: '75959d6cda924d1ea9d7452b1f8f6a08'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77e9f2bea64a4ce998a3c9917da7a463'
                        deleted: true
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_dictionary'
                        id: '782c7d7755234b71953dcff894a56748'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'feature'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '784a5e01cc614b909f4c7f33559356c8'
                        key: {
                            document_key: 'c901d89d7d46499fa37337ff3b16eca3'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '788ddacdb7f24a27aa1a770cbbf0ea6f'
                        key: {
                            document_key: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78b5c1554e02451d806fc74fdcc9cede'
                        key: {
                            document_key: '442017d2a46448bb847c002cfeab7754'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78e9c02e8f8a47fdab4f901a9f9a8092'
                        key: {
                            document_key: 'c41d27fb841340feaa9805c3edfd03af'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '7942621624db425fb188ae24890acf6b'
                        key: {
                            document_key: '99bea60f50cd4e218d72b52b5664d8a9'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '798faa528b79437eac7507e6d74c83e7'
                        key: {
                            document_key: '4b1fd267173548f5bbe46a8ca3a11e2c'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_variable_value'
                        id: '79dccc5bdaf54ff18c310557520af09a'
                        key: {
                            document_key: '9deb6a4e3d3649ab99cf51d78811a8f6'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_variable_value'
                        id: '7a4ef29970084fc2bb103b44f1763a0d'
                        key: {
                            document_key: '22ebbebb85694c59bbdd9a732fa8bb1e'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a5381523c0b48e1a9b7a5b2c2a537bd'
                        deleted: true
                        key: {
                            document_key: '543846592efe4326baa80d230db42a59'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '7b623270fec64a979da47693cb1202ac'
                        deleted: true
                        key: {
                            document_key: 'f36c3ddf789d4258acf27264154f8eee'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b687c097391423f8be9cac17261b61d'
                        deleted: true
                        key: {
                            document_key: 'f36c3ddf789d4258acf27264154f8eee'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7b7395112f7842c68181686ac144978b'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '52ef7b5c502f485abb42c1b0e7c29d6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b9805f5b3054cbb95d21aa4199782f7'
                        deleted: true
                        key: {
                            document_key: '543846592efe4326baa80d230db42a59'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bd12972766646e6b2e542a46c8586cc'
                        deleted: true
                        key: {
                            document_key: 'd56239418aaa401199e1810970341df2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bf672f0640f400b85235913292c446b'
                        key: {
                            document_key: 'fe761139aa654e95815081a8ad496824'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c04e73fd4bc413991c5ef6179874a76'
                        key: {
                            document_key: '910e9e01123a4955b686fe6c568bed24'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c070b5a69134e3c809c2efb8190b749'
                        key: {
                            document_key: '2e94f8cea2f74b6ebea72f9a893e4373'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c291be636934f5f813833cfa9533901'
                        key: {
                            document_key: 'ac87b609078c475e91aff94a5f7280b5'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c356cc1d95f42829eb0864682f9cd9a'
                        key: {
                            document_key: 'ee82272293494f23ac61f81268b2b67e'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7cf1e2d2707b4a349d4aebe071f6f723'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0e70db870f9247c595a5e96da9fcdaac'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d12fc5e7cec43079c48219e712a6182'
                        key: {
                            document_key: 'b378c6ce3bf74634ab0df748f26653b3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d344823531648dfb78ce0f7594a6a87'
                        key: {
                            document_key: '95e38a5e89974c76bc15a01c339641af'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d63366338c94adeab79e3fcc00aa5df'
                        key: {
                            document_key: 'c92291ed2abf45389f03713162d3d828'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7d8e860c09a94f1fb6299284d2b31fa7'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'b4f65898aabc42d296864a31c90ad4b9'
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
                        table: 'sys_variable_value'
                        id: '7db3fffbc5ad46d29fee394366ed83dc'
                        key: {
                            document_key: '48284a1d02614836800cf1d2db5dde1a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7db9fa1131d446e8be8857b59010346b'
                        key: {
                            document_key: '9ba35953448f4d90a177074a32431d00'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7dc4197eac6541319ea8f8f7ca9b82f6'
                        key: {
                            document_key: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7dc78350ed1a49c4ab3d2703ce4744d7'
                        key: {
                            document_key: 'e93c8388e553479687b1eb0440eeddff'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7e46e121fb374c36b5dda83ac58d869d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd628676a72a94e0c8a98c9945302ea65'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e646ebcbe444d938e175b14d1847ccb'
                        key: {
                            document_key: 'e8bd8892082049c591a95d5bd4dc7b2e'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        id: '7edde911112244a1abedeb6c3f671b91'
                        key: {
                            document_key: '054acd62555349cf8a04ceeb04dd7b50'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7eec8b97ad97416f9aa96120621041b6'
                        key: {
                            document_key: 'e93e9ab861184329a147c58cd6eb2b58'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7eedbdb169b14dfdae0b69ffb68fb15d'
                        key: {
                            document_key: 'cabe2911fb9147dbb00c77a2347779c9'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: '7f3a3cf3d5884f1c9eb05219001665ea'
                        key: {
                            document_key: 'c41d27fb841340feaa9805c3edfd03af'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: '7f7f7a0777d94995b06a18b39e73f7a2'
                        key: {
                            document_key: '26d92953de82440fb50b619ad8f385e9'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7fa19507722e4dbd8547864b4c742aae'
                        key: {
                            document_key: 'db1b02f410084ac999b3a816a5ceca76'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7fb88e037c9146f5af7da5a10aa76c8a'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9ac365457d004097a1672b9612e19994'
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
                        id: '8032426bc08f483fafc0a225bfd8d543'
                        key: {
                            document_key: 'eb5fe1a6f6194f9480abad51b239375e'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '805fc7031de74fa885f2deb733e1a850'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9520b4811847446381325e9bc122637e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8079da1f111a408eaadc58edacbc04c8'
                        key: {
                            document_key: '4e17a417b58648c09464f296971d6cd6'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_element_mapping'
                        id: '80bb06607d744b15a259e862254dc02f'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'd2d5953a2bc74b71ab8f856609083675'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '80d4652a03c8474aabde85d65be9438e'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '6441cd6022b548f2857408bb5f822614'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80db22169d294a5fa9f13c0c28c440c5'
                        deleted: true
                        key: {
                            document_key: '8ffc9ef8de294d569dcb9f26c797fe69'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8109555aa6f54cbdac0284bcf08ee61e'
                        key: {
                            document_key: '1003efff3a024b5181b54f991ee4b22f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8135dd98b4c841958fd0855aaa597791'
                        deleted: true
                        key: {
                            document_key: '543846592efe4326baa80d230db42a59'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '818588fbacb94f50bb999a6e952a32f6'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '9deb6a4e3d3649ab99cf51d78811a8f6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81f2cdfadcd349a7aedcfaae4e01d596'
                        deleted: true
                        key: {
                            document_key: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '820729be5a674812878ea154bfee8fef'
                        key: {
                            document_key: 'd20f510a6526419d9b2c199cf2b0a3dd'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '827d16456a2d43a492cf0bba05b4abdf'
                        deleted: true
                        key: {
                            document_key: 'f0066acc53a447fb904c24085bc5fa46'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '829937d7d9c6428e9ba73737b672cb53'
                        key: {
                            document_key: '1dcf993e19c146a8b054932f2e9bd3ab'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82a6390c89ad4fe89e89c4386b912992'
                        key: {
                            document_key: '6e26c00d4501432e85b45eca5d2b7c33'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82a67d7eae614f0a8a1753698bbccb3b'
                        key: {
                            document_key: '8487066bc3b94cb7ab88753c81fafc85'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82a6ba3d62f84e1ab65b732027482be2'
                        key: {
                            document_key: 'c26d64433dfa4d05a8e5c763039f0a1a'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_element_mapping'
                        id: '82e9c5bc49e74fbc878c31678a87f5ad'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '5a8b9a4f7c094f22bcecfbf2387196b2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82f4db56e33344129342cb1746f7e656'
                        key: {
                            document_key: '051385eb906343f4bcd9f5aa1827d5c3'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '831ea771bd124cbaba136ce1b692c2d5'
                        deleted: true
                        key: {
                            document_key: 'd70e2a128c8f406cbc21200c2ae925e1'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_element_mapping'
                        id: '8335e2d6e42d480382a713c40182a9ea'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '45fedbafd80d49bfae36e060a126635c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83cab47e12df4ea0ba68262c3c2c81d5'
                        key: {
                            document_key: '9ba35953448f4d90a177074a32431d00'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '83d4a32725fd46aea106860d7be00e6c'
                        key: {
                            document_key: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        id: '848aeca6777244f7abc69906ae8c80c6'
                        key: {
                            document_key: 'f1f0467c2a854910a0eb18b5d4f6aeae'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '848d3200c64c4bbcb861bae951ff42ca'
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8495827a3655495baea77224862228b0'
                        deleted: true
                        key: {
                            document_key: 'f30e249199f24675a562a2e443923c26'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8521cd94d73a463ca88dd0782ab3932b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'adcaaaeec0a047fc8e7a7eef12d156f9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8549a37e31b245088680ef45eb16c678'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '81b2b7bbf48148d0af28951482a34682'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8549b74c8b5449dbb3f20e772107ba05'
                        key: {
                            document_key: '67db3bbcfea34c5c8c4033a429c386d6'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '854c13f5f59845bf8df7ee332ef05f29'
                        key: {
                            document_key: 'e8bd8892082049c591a95d5bd4dc7b2e'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85f7aba8a4c04762b0c3ff7a3ea1d000'
                        key: {
                            document_key: 'ec777fcff0b04f9e973e70e8c0a496b1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '863e799e5c2846c484de12211631193f'
                        key: {
                            document_key: '5fc0daa93f6741218a6693c150216b68'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '864bd2ed588549de91f767f922b5fa50'
                        deleted: true
                        key: {
                            document_key: '52ef7b5c502f485abb42c1b0e7c29d6d'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '86af99b78cfa469191a6a9eb226b8d68'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '9a579e5d34734fcf9dfb193b1c8b83bb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86c9a6f377bf43488da0597ca6db4033'
                        deleted: true
                        key: {
                            document_key: '6f003350f465459f9fb455bf5a44839a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '871b488e877342928f9b3bf1674a924c'
                        key: {
                            document_key: '7178988019fe4b41bc1f2111d4987350'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '872033a12c8d4bc7a18b2eecb482aee4'
                        key: {
                            document_key: '153a7998c5864103b2fae9162fffcc25'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '873c802baf4943848ed322ab35fbe3ff'
                        key: {
                            document_key: '85dba089c12e472aaeb8f277909c15fd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '874aff66b64b4abbac0d7b1a45bb25b8'
                        key: {
                            document_key: '3d44cc182fd1481cb45762200a06a351'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87574349b0d849dc8d7e2cd0ee554ac8'
                        key: {
                            document_key: '2e94f8cea2f74b6ebea72f9a893e4373'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '875dd15c24904d03a313813f6ec05fc1'
                        deleted: true
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '878ae36ade3945dfbb6d6ac4fea5d35a'
                        key: {
                            document_key: '5fc0daa93f6741218a6693c150216b68'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87d68754007144bdbe67e4202b8389f6'
                        key: {
                            document_key: 'eb5fe1a6f6194f9480abad51b239375e'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87fc711e54da4b7ab815b5c633b5c474'
                        key: {
                            document_key: 'cf6408572eda4832afa0aed44d90b243'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '880b16b21eb0444986ce14d0ab0cde1a'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'f5e99f0c41904f26b80eec7d42085538'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '880cc50af3a94d44a32c0e0d0e64962d'
                        key: {
                            document_key: '47800c3324844c938953472b04a97341'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8816c91157ca4eef8cdf9a83d4111aa9'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '5b025195aecc40bc9accd4a38806f125'
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
                        table: 'sys_element_mapping'
                        id: '888dc03764044e6c8bcb107323b3c64e'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88eb0c1ea8764dea9abbbcd0308ff3e7'
                        key: {
                            document_key: 'd13beb43e3534ef9b52f2a957752a687'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88f39ecc8fdd47619a78200a3a0facb9'
                        deleted: true
                        key: {
                            document_key: '10a262e369074d1a81f079c376dc62b2'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88f6e0779fd24e5497755f2846e3bb68'
                        deleted: true
                        key: {
                            document_key: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '891e5a39f96f49ffb0d357ca0cdbcb2d'
                        key: {
                            document_key: 'de6f68c705af49c78210c645279f45d1'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: '899dc86152844e61abae40f7c5aaf82f'
                        deleted: true
                        key: {
                            document_key: '9243a4b4c3114df595cdb756480215c9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '899fdacf70584f96b57a55ef58f6afbf'
                        key: {
                            document_key: '81ff9ab6c4aa46e181772a587ed48cff'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89bae7e5cf0b475e9866bd12e49fed87'
                        key: {
                            document_key: 'f62289af614c4ff9aabfbe9e066e0a2f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89c4a20a75f94e0d8e541dc1d86436c3'
                        key: {
                            document_key: 'f1f0467c2a854910a0eb18b5d4f6aeae'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89ea0c0ff39c4b4093bc5cdbcff580b1'
                        key: {
                            document_key: '77d1dee5a68841fbb7cb1d19dc474251'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: '8a47ef18251b4399a4d6bd309e4fe717'
                        key: {
                            document_key: '47800c3324844c938953472b04a97341'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a8af3a8c7974efea718ff2ba0cbb176'
                        key: {
                            document_key: 'ac87b609078c475e91aff94a5f7280b5'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8afe2b994c364cfa80b0959906d25cb4'
                        key: {
                            document_key: '03038b12eb4040b2813788417e79865a'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '8b4e1fd3020d4692a3dee94deb5b8c93'
                        key: {
                            document_key: '4c6ec44e522947199c448cf2b08c8f62'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8b647579b11a47738c4b92ac19cb994b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c473f077c0314b8ba69e9b883c380d69'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b88b56ffd474afb9bbb6e5b86892e0a'
                        key: {
                            document_key: '4b1fd267173548f5bbe46a8ca3a11e2c'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b8cd038ae684571b176a13ae56d6e7a'
                        key: {
                            document_key: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ba85d810f974ae09ece0efadc6cd2ce'
                        deleted: true
                        key: {
                            document_key: '5a8b9a4f7c094f22bcecfbf2387196b2'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: '8bb6fe05e3534813913d3d50795065d1'
                        key: {
                            document_key: '70c9da875c8640d988cc591939b73596'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8bcfba45dac84238afefccbb1ca599fa'
                        deleted: true
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '91f0be79afa1434498c07330954fef60'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8bfa2910753941b6817f08f654a193a0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '55d3999541d9484688172841ea26ee27'
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
                        id: '8c26b2dfb84f4af09a0a2c07acf355bc'
                        key: {
                            document_key: '81ff9ab6c4aa46e181772a587ed48cff'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c48368ab12046e58871929842c6b4d8'
                        key: {
                            document_key: 'f1f0467c2a854910a0eb18b5d4f6aeae'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c6c232a45d44a8492133c2597bc32c9'
                        deleted: true
                        key: {
                            document_key: 'd56239418aaa401199e1810970341df2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c6ffd4acf93444cbb569d0d6aaee7d1'
                        key: {
                            document_key: 'b4dddc987cfe4c18ba4060a8b2f51f4c'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c814ed6ebe84a87b21cb471a4b21739'
                        key: {
                            document_key: '0e70db870f9247c595a5e96da9fcdaac'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8cd91ac7d2bb45f288bcccac370118b2'
                        key: {
                            document_key: 'cabe2911fb9147dbb00c77a2347779c9'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        table: 'sys_variable_value'
                        id: '8d1bbe797f0b413e9f1e8a3a3dc9870b'
                        key: {
                            document_key: 'adcaaaeec0a047fc8e7a7eef12d156f9'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8d45e49b10c240c488b16afd29665990'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8dcc93e5c4bb494cba77967c362c9bc0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8d997ae7443b433fb2b15edb84c7c707'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '054acd62555349cf8a04ceeb04dd7b50'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8da2c7b8d5104526abd7b986dbffc185'
                        deleted: true
                        key: {
                            document_key: 'cc9ac9abb3e341219c8a3afab40bbed5'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8db813022f244d6fb11c846663303e53'
                        key: {
                            document_key: 'd367a3cdadfa48b680833dc27d5c050d'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: '8e08ed34e8ec448ab018d43fc468ca08'
                        key: {
                            document_key: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e18921f9f67453b8ec11aa377202d45'
                        key: {
                            document_key: '9a579e5d34734fcf9dfb193b1c8b83bb'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: '8e6078522ae948c995da4d7dec83ddb9'
                        deleted: true
                        key: {
                            document_key: '543846592efe4326baa80d230db42a59'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e682a9f21ab47b383c380e6d0220da5'
                        key: {
                            document_key: '22320828f03248d09bea8a11bfa1d1b3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8e73ffd80f19461d81ab04bb51b6fbcf'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'fcddad6b8abc4a1f83bcad8ac8a2d5d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e8af5d7bcea4dcaa8c52c22bae8abfd'
                        key: {
                            document_key: 'afc68a61d4af41d2a3ac9fed1c91edc6'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: '8e9b2d13e65b4ad792a5f806854daf9a'
                        key: {
                            document_key: '5cdd665b0b254e8989ee0122937bf216'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8eab939ccd744d87bb733865973bca94'
                        key: {
                            document_key: 'be27f09bded04494bbd8dadb8f8da0ed'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ee75ed066ae402581c9c125ae3f899f'
                        key: {
                            document_key: '9ba35953448f4d90a177074a32431d00'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ee850436bb849409c17767ae86b4292'
                        key: {
                            document_key: '9c3921cb94c04e01a01951dc615cdf6d'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f3abc3f8daa4433a0f9fda5589a567b'
                        key: {
                            document_key: 'e3e55332d83d46f49a8cbb9e13dcc441'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: '8fce92cbc4b14a3488e0b0b37b767d17'
                        key: {
                            document_key: 'ad3e5265c18d47f1a81b619e00c66105'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90185b0f7f544cf2b56b0b501c35b81c'
                        key: {
                            document_key: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '902b9e73114f44ecafd06f20397d9fa8'
                        key: {
                            document_key: '26d92953de82440fb50b619ad8f385e9'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '908e77c3480f4bb1a52ed49689a22cad'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '24c0ae3025494d1bae9bcc1e4c4eeaae'
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
                        id: '90904ca68883422482c66c37e18c1c82'
                        deleted: true
                        key: {
                            document_key: '9520b4811847446381325e9bc122637e'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '913c7efd85404f0a8d22a589178b54a6'
                        deleted: true
                        key: {
                            document_key: '6c95886aad50471984a28aa5c03b587c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '917eb4aaecf844b1b899cf919a975bed'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '5fc0daa93f6741218a6693c150216b68'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91f6b5ca8e594dd1b5abedb1e9f735a6'
                        key: {
                            document_key: 'c0e178d1b0c04b64b48c17d84165fe63'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_dictionary'
                        id: '92541b6d8f324f4586be54b81e1468f1'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'outbound_profile'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9261eb096e09425abd90eee12cd0424f'
                        key: {
                            document_key: '442017d2a46448bb847c002cfeab7754'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9271647acf144bf0a9ca51280fb9ee0a'
                        key: {
                            document_key: '31032fcf62834aed9999a624ce54db63'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_variable_value'
                        id: '9286247208a14e488a6052bdd3c3980e'
                        key: {
                            document_key: '2e94f8cea2f74b6ebea72f9a893e4373'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '928990b4585f48ab9b86f7af4d65619f'
                        key: {
                            document_key: '8df7805733c34bb587df7535e666ec78'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_documentation'
                        id: '92d54039703742a59604ba407b3c7672'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'completed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '92f462ee39714cb692b62e017633f48f'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'f1f0467c2a854910a0eb18b5d4f6aeae'
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
                        id: '9325c1eb482b428f9193bab5e6161a86'
                        key: {
                            document_key: '037f8afe947a48efa314f8b4595df1c5'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '936b631c3db5436fb8ef407d5138aac4'
                        key: {
                            document_key: 'f5e99f0c41904f26b80eec7d42085538'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93733da1a4614e19bf52562cd17cf237'
                        key: {
                            document_key: '2e94f8cea2f74b6ebea72f9a893e4373'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93910fc3d863468a8d59fd572a50da1b'
                        key: {
                            document_key: '55d3999541d9484688172841ea26ee27'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93a3d658a37f4038b93c4413c2323bb1'
                        key: {
                            document_key: 'e67f43d3bb0141ed96621a25433022c3'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93b16779bebd47049832af79ac1a575a'
                        deleted: true
                        key: {
                            document_key: 'f8974ce7172b462eb1eaa5a838ffa040'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '93e9061e729b411e963e5a53556a0175'
                        key: {
                            document_key: '037f8afe947a48efa314f8b4595df1c5'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        id: '946b7270fa4a44beb9a155303b72375d'
                        deleted: true
                        key: {
                            document_key: '8bbc2eeb88054a2abf82b5c767ec37ba'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '947600f5a7df433a93cf8e7231b38805'
                        deleted: true
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
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
                        table: 'sys_variable_value'
                        id: '94a9ab0de8ac4ba898b868bef958240d'
                        deleted: true
                        key: {
                            document_key: 'a17fba2305f74b7cb361695abbb6d780'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '94d65592cab8437391311f8355a59501'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'ab152f6167ba4af4aa8439d90b9896c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '94f7e6cf40c5426c93b463692adacccc'
                        key: {
                            document_key: '24a8dcc45a28476c9f0e68fb7e6337a5'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95175d270c594d1194f5cd54e27f0537'
                        key: {
                            document_key: '61ffeca25e5e42ad958cb8d576b4dc43'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '9541cec433be43c6aaad5a15c1988626'
                        deleted: true
                        key: {
                            document_key: 'd70e2a128c8f406cbc21200c2ae925e1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '954456f95a584786b34ea7f280fecac9'
                        key: {
                            document_key: 'e1a0686149c5420582a70a32c25e3073'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9547c859611d492893bcd6c3a3f9898e'
                        key: {
                            document_key: '9deb6a4e3d3649ab99cf51d78811a8f6'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '95dab6f38bf848d8952e63b0aae8c111'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '1003efff3a024b5181b54f991ee4b22f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9602531589464b56ad4b221c00acedff'
                        key: {
                            document_key: 'bac301e46060485697cf3347025fa790'
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
                        table: 'sys_variable_value'
                        id: '964a6ec38d3c4878ac5183daaa5668e6'
                        key: {
                            document_key: '4ea9987cd20044fe86d68254d107b590'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '965e0f511bb84d05a1eae1c3c46c15e6'
                        key: {
                            document_key: '28f8d309bdc54d12a5868014b4886f46'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9680567f7b1e4e7eb6090b0b89910868'
                        key: {
                            document_key: '544b37f750c74be99f9707b6b208e212'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '96a49f3f6db44c06942f740f96967e5d'
                        key: {
                            document_key: '0a83c54bf6354519a25590b94e95a327'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '9752f4bafeb949edaddabed967c68cb8'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        id: '978765b61ac7474e842cf69dbc4e5b2e'
                        key: {
                            document_key: 'c0e178d1b0c04b64b48c17d84165fe63'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '97bcb61a4efb4f6fa875d1532ec39dc2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b557f6eb07f9427bade26fc8b72f3363'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97bd61703c3147a1b1e7deec83f462b3'
                        key: {
                            document_key: '8f19a2172a6242819a71458e69912cba'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97d63a59c29147e2b42594e9731ac706'
                        key: {
                            document_key: '09ca0232fe1640349b2c1a8c1cafa3ab'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97d6517d757245b9a148b88390f861b3'
                        deleted: true
                        key: {
                            document_key: 'e2fcd7f90ed24ad6b62a630e4f482286'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9817acb1e7774604b8f5c5039a1d688a'
                        key: {
                            document_key: '5b025195aecc40bc9accd4a38806f125'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98aaf0777da746c1a0bdf7405f7d4807'
                        deleted: true
                        key: {
                            document_key: 'a8184d0a425c4fc1b73c808215880ec1'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99074dea602a42bc8ee246f01ac39f0e'
                        key: {
                            document_key: '2e94f8cea2f74b6ebea72f9a893e4373'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_element_mapping'
                        id: '99a615820667429fb629db7546604c87'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '063eb22515514719bbc79db400ca2a2c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99d9047c9781449c982c3f450e82cf15'
                        key: {
                            document_key: '26d92953de82440fb50b619ad8f385e9'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a408200e1d84548be4cf7eae5d8b63c'
                        key: {
                            document_key: '4b1fd267173548f5bbe46a8ca3a11e2c'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a481866b3d24d02b5b21cf8f2d033b0'
                        deleted: true
                        key: {
                            document_key: '21f94fa9fe8c4ff6b22b8c1aa94e9ea4'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '9aa11f15a0aa4da392c264af44f4e95c'
                        key: {
                            document_key: '5b025195aecc40bc9accd4a38806f125'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_element_mapping'
                        id: '9b83be1367d042d8b183d9e379543fde'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'd367a3cdadfa48b680833dc27d5c050d'
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
                        id: '9bdd66220e4c48ebb2ca548a69c8d45f'
                        deleted: true
                        key: {
                            document_key: '91f0be79afa1434498c07330954fef60'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        table: 'sys_element_mapping'
                        id: '9c685d3b231c4a8ba7e07e0db538a24b'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7478d2bc099a4d4c92ce870be4f4ad82'
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
                        table: 'sys_variable_value'
                        id: '9c9561ecae6b416b90b9a84a97649082'
                        deleted: true
                        key: {
                            document_key: 'd70e2a128c8f406cbc21200c2ae925e1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cbbbb02d47e48d6bf5c2f217c2f76f0'
                        key: {
                            document_key: '36afc795a37146f1aad8344f3c2cc86b'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cc30ed524554924aa86baa0c08c32a2'
                        key: {
                            document_key: '368f60eda53b4b1984290e6e01981258'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '9d7124d05e964056a4018d5704ca11ef'
                        key: {
                            document_key: 'cabe2911fb9147dbb00c77a2347779c9'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d9dcc63c98445f0ac06a09d054aad62'
                        deleted: true
                        key: {
                            document_key: 'a8184d0a425c4fc1b73c808215880ec1'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ded2f6d12e644f3a16ca447959113c3'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9df0529451e649509c468eac504019fd'
                        key: {
                            document_key: '36afc795a37146f1aad8344f3c2cc86b'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_documentation'
                        id: '9e58ef138a6848e6af84bbfbab305c9e'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'issue_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e616955a6d14f0fa70af542f76c7f7b'
                        key: {
                            document_key: 'e9b0aefd6b84457499e7200aeb3d109e'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_element_mapping'
                        id: '9eda2841ce514d65aa6a72c3a8ce76e1'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '051385eb906343f4bcd9f5aa1827d5c3'
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
                        table: 'sys_variable_value'
                        id: '9f6e838b0b4a49e989147c2b29c45b40'
                        key: {
                            document_key: '9deb6a4e3d3649ab99cf51d78811a8f6'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f7948738b67449b9948b3e4a632020b'
                        key: {
                            document_key: 'afc68a61d4af41d2a3ac9fed1c91edc6'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        table: 'sys_variable_value'
                        id: '9fd94920833d4834a2d3612cbaa01028'
                        deleted: true
                        key: {
                            document_key: '6c95886aad50471984a28aa5c03b587c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9febb98067af46ad828fee74b66641e8'
                        deleted: true
                        key: {
                            document_key: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: 'a01bb08eaacb4df1a417bf0c8887188a'
                        key: {
                            document_key: '6b141efac17d442c94e75713f3db136b'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_variable_value'
                        id: 'a08b6570d2944b0ebca42301b0a58e30'
                        key: {
                            document_key: '59aa3789b5954886ae68c5705fc8a73c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0a70ed4382f4776820274a401e0c1a0'
                        key: {
                            document_key: '5118cc08dea84065ab5c1e1691c524ba'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a10181f4ab744c85b0eacb417659f52b'
                        deleted: true
                        key: {
                            document_key: 'b4f65898aabc42d296864a31c90ad4b9'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_element_mapping'
                        id: 'a14b9307aad545e788fe7d26b6ecc686'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '1c9a1b5ac09e43adb2225b1b904e8206'
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
                        table: 'sys_variable_value'
                        id: 'a1a08dd78c804aa591606e26acab0ba7'
                        key: {
                            document_key: '22320828f03248d09bea8a11bfa1d1b3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1b1cc56ee704375ab2d29c8007d3064'
                        key: {
                            document_key: '95e38a5e89974c76bc15a01c339641af'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1b36a7d1c714f188949e7145a23d66f'
                        key: {
                            document_key: '0e70db870f9247c595a5e96da9fcdaac'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1cbf2b7625a4b0e83335173682dda23'
                        key: {
                            document_key: '544b37f750c74be99f9707b6b208e212'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1d404992e604e37a944887bb0051050'
                        deleted: true
                        key: {
                            document_key: 'd634e4d9bbca4cf8b40282c5aea6d8d4'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a1d78d8b1e8948b0801398b6a1e2effd'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c26d64433dfa4d05a8e5c763039f0a1a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a243d39c3fe64570b16cad36a0606999'
                        key: {
                            document_key: '538ad2baf4e94363b5b0e45843f2f2f7'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2b1aa6624ce494382b6b2f79cb762cc'
                        key: {
                            document_key: '1c9a1b5ac09e43adb2225b1b904e8206'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2b46870780f42e2a93e21acbd5065ac'
                        key: {
                            document_key: 'a89b1c4ba8664236b99a00505c00949f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2b8ec21722541ad9ab2d35b01fd9931'
                        key: {
                            document_key: 'ce3706bbefe9484ca9ee3b5ad68284c0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2c1d1b9c60345e689639db1195607db'
                        key: {
                            document_key: '82e19203a4e64c4299e32baae09da73e'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: 'a3022f6da0c9493d88e3eb5b19af167b'
                        deleted: true
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_documentation'
                        id: 'a3ec994afdd8409b989f2f40adb65ad1'
                        key: {
                            name: 'x_mioms_m365_assis_status_map'
                            element: 'close_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3fbbb0b9d6b4150af8a61593e2b7d26'
                        deleted: true
                        key: {
                            document_key: '036bfe05ef9c440cb144ab8e341f2a60'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3fc9ddad95e442c9bd3df8aaff2bdc9'
                        deleted: true
                        key: {
                            document_key: '19ea7087055d41dba6ad1f511e31d4b4'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'a46655790e9d4c9d941430367512f979'
                        deleted: true
                        key: {
                            document_key: 'd56239418aaa401199e1810970341df2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a46917ead7a244b49b744d97d649bcac'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '4c6ec44e522947199c448cf2b08c8f62'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a488cef2a30c4a8081fc1e1c27b3c517'
                        key: {
                            document_key: '1dcf993e19c146a8b054932f2e9bd3ab'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a4c8965433d040b79cc2a02498e67d51'
                        deleted: true
                        key: {
                            document_key: '8ffc9ef8de294d569dcb9f26c797fe69'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_element_mapping'
                        id: 'a57671e7466b4477bc7b1375dcf268d4'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '312b88cf3da344298f2927cc6799d2a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5968b1fb8cd431a8b8545a0a20b4825'
                        key: {
                            document_key: 'd3928c79802644d38e05eb080d82385e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5c7946b4c0f44158c14d605027d96d6'
                        key: {
                            document_key: '35bd69c8b530485c853be2c1d4dd4366'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5e4cb5e0b5a46ebbcdd4daeb4523962'
                        key: {
                            document_key: '934d753f14d749b7b47cd4dab8c4ff21'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: 'a61e62fbcd4b4daaa8eacea4c7696814'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: 'a62a721aeffd434a9b0e033f848cc71e'
                        key: {
                            document_key: '99bea60f50cd4e218d72b52b5664d8a9'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: 'a674a87064694454a4ab71ee5014c8de'
                        key: {
                            document_key: '8529eb47a19841599e5c4fe4309c44c4'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6abd3f5852c45d39d1777f59ad7fbbe'
                        deleted: true
                        key: {
                            document_key: '8e9f860e0bb94765816bd94f1a9f3026'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6c3ab3c62b94c3a894d76e7afc9c581'
                        deleted: true
                        key: {
                            document_key: 'f0066acc53a447fb904c24085bc5fa46'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6fbf5b5ea374b46b6148d9ddeae548e'
                        key: {
                            document_key: 'e8bd8892082049c591a95d5bd4dc7b2e'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6fe3b38ae2e4cbca696729ae0d2f4b7'
                        key: {
                            document_key: 'f48dc1ba3ceb47cf9f1c37ac8fc87a9a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6feb5174bab45a78468c9252e98e6be'
                        key: {
                            document_key: 'd2d5953a2bc74b71ab8f856609083675'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a700f7e62ffc493cbe9c3dadbe447386'
                        key: {
                            document_key: '5670eb8cced6441992fec2a3a4fe60db'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7283deaee7745d483f234ee168a8c61'
                        key: {
                            document_key: '24a8dcc45a28476c9f0e68fb7e6337a5'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a7420be30b95422e99850728922f2b9b'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '35bd69c8b530485c853be2c1d4dd4366'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a75ad28c2c0b46aa932e5e7adee82aa7'
                        key: {
                            document_key: '2c9ba491513e468f806cef0bfd59cade'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a772b1b6dec54cf4bf52d6f9827609a3'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7ced469ae864eb5989dc34368d43016'
                        deleted: true
                        key: {
                            document_key: '6c95886aad50471984a28aa5c03b587c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a826bd37c2d54f2ca8edffbf18e5bf15'
                        key: {
                            document_key: '22320828f03248d09bea8a11bfa1d1b3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a8854a09d7bb46c1b57781da50af6283'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '0a83c54bf6354519a25590b94e95a327'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a898d8ffe5d640539ad518487a54eaa5'
                        key: {
                            document_key: '71f97bfa4385437eb8e3eaa29b90f956'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a89dd73f11e741a8aec85264755dc1c5'
                        key: {
                            document_key: 'b82bbf5bf4cd48ce9832cd7da8fe01d5'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8b58b8ccb8b4eff914af2799768e6ef'
                        key: {
                            document_key: '8487066bc3b94cb7ab88753c81fafc85'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8c9bdb8d43643da9dadbeeade225423'
                        key: {
                            document_key: '8df7805733c34bb587df7535e666ec78'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a915ec66895b45999466aec2807341af'
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: 'a9a560d3f6194d8399470e95efd742c6'
                        key: {
                            document_key: '3e2fa92867344f2eb0fcaa147d8049bf'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: 'a9ee1c5a2a0642b497726339e14257ca'
                        deleted: true
                        key: {
                            document_key: '3cd6dc93e7fa4d39a12464feac724850'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        id: 'aa0cc3c6eaf74968bac77a1ccadf21b2'
                        key: {
                            document_key: 'db671df2d25e40d1ba42871b4aa92434'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa4f456861ec4e71859fcfb581a619f9'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'aa7d5b05f17d481483f7aa5c2c5e3982'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'd56239418aaa401199e1810970341df2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa7eb5cd0a0746cba7c1a27db8b85392'
                        key: {
                            document_key: '4b1fd267173548f5bbe46a8ca3a11e2c'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa99b3cb93d44333bd73a0b5c43ef486'
                        key: {
                            document_key: 'd367a3cdadfa48b680833dc27d5c050d'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab22826d155b47ca9a6383fe0e05a6e4'
                        deleted: true
                        key: {
                            document_key: '80ebb8dbb04b42fc80a833ab4655df27'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab84a1d1b4614125a84892a9a2448494'
                        key: {
                            document_key: '22320828f03248d09bea8a11bfa1d1b3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab9c3e6cd84a4fa9b951ce98a6c52143'
                        deleted: true
                        key: {
                            document_key: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: 'ac0e0a2c4a9947e39974fe505b3050c9'
                        key: {
                            document_key: 'f62289af614c4ff9aabfbe9e066e0a2f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: 'ac70a864286c4aebaa44d96205228e6f'
                        key: {
                            document_key: '327646fea4db4af8be9ee820e2337173'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac8c11759fea4e66b00f14b1fd33069e'
                        key: {
                            document_key: '53fb82df5ef24d0aa07ddc8ebeafb77f'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad3e500acee645b89e38376e98971796'
                        key: {
                            document_key: 'ac87b609078c475e91aff94a5f7280b5'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad7a6587bdba433d927fe95f54045d89'
                        key: {
                            document_key: 'c41d27fb841340feaa9805c3edfd03af'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'adabf4aa456942ea9b3ddceab4d9aa09'
                        deleted: true
                        key: {
                            document_key: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'adb329290bba4c2da1e42daa770a63ba'
                        key: {
                            document_key: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_element_mapping'
                        id: 'ae4007102495447aa92f0a7c0f7b868f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '01c9691bf2044b399d834f3c152652d0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae4d57171ff845b0b1f585688f73988b'
                        key: {
                            document_key: '4752047ccff547b088d1f425425705c0'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae5b665e06c04bbe92812dcfe6a0cbdb'
                        key: {
                            document_key: '02eaefb9b8f542e1b8c2fd2d32c7f2d5'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae6d2d9759ca4f5e9001a8bc6f1783ba'
                        key: {
                            document_key: 'e202f97d87264872b37114e08b4e6e88'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aecdf046ed674cba95a04797d04a6382'
                        deleted: true
                        key: {
                            document_key: 'd56239418aaa401199e1810970341df2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aee8dd9d1b7d41199cc38de783cde7b2'
                        deleted: true
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af0c9fd6ded547438328138c56cad57b'
                        key: {
                            document_key: 'c287860d8dbc4cf8bcfa1f8392733f14'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af95ed6063544000bbf41ec1be0b3c9c'
                        deleted: true
                        key: {
                            document_key: '75959d6cda924d1ea9d7452b1f8f6a08'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'afdd46983fd44b9886428449d7f5f51b'
                        deleted: true
                        key: {
                            document_key: '8e9f860e0bb94765816bd94f1a9f3026'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0651a8124894618864f6b141d10b185'
                        deleted: true
                        key: {
                            document_key: 'b4f65898aabc42d296864a31c90ad4b9'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b0e00dca9f6b48bc80ab14e0f4884886'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '442017d2a46448bb847c002cfeab7754'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b11247ec054c4e3b9d8150ca76120635'
                        key: {
                            document_key: 'e3e55332d83d46f49a8cbb9e13dcc441'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: 'b156c6deb6dc40a08b16f1d5214c89cf'
                        key: {
                            document_key: '1c9a1b5ac09e43adb2225b1b904e8206'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1b037666c584129a39629b2999fc6dc'
                        key: {
                            document_key: 'c92291ed2abf45389f03713162d3d828'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b22ec807f5204585b5a59855c12add4b'
                        key: {
                            document_key: 'f5e99f0c41904f26b80eec7d42085538'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b271c6e77e054670b9d91653b1f30d1c'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'bac301e46060485697cf3347025fa790'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2925ae53e4c472ea720d881f52427c2'
                        deleted: true
                        key: {
                            document_key: '416eb03cd26c42939e585e1efe1a843f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b29f6a44c05144db9d77186984bf605e'
                        key: {
                            document_key: '38b2496975a54200a36bb2afec68a006'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        table: 'sys_element_mapping'
                        id: 'b2ad609ad14d4523bd3662d96105c743'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '7d9ee4340bbb4ad9b4472fc36267a055'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2b6f8ad3a0b4a77a41c9751d15ae01d'
                        key: {
                            document_key: 'd2d5953a2bc74b71ab8f856609083675'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2bb03882758439a9760e951b328b03f'
                        key: {
                            document_key: '1c3a99bfac054830972801fc88469e67'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b31c9172cb7a4f9999142b0856f88212'
                        key: {
                            document_key: '2b9e87165fb84d4c876e8df0311f54f4'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b343bcf1584245c989f2a422dc234763'
                        key: {
                            document_key: '8487066bc3b94cb7ab88753c81fafc85'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4651603d61347409754a89a3d07beb7'
                        key: {
                            document_key: 'f6c118fe47464d628f87477145b8641f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b474c95e86bb4e4192d7cc13ac7e3b81'
                        key: {
                            document_key: 'cf1b9d6cf09a4737ad8648174eca7fee'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b47fb3e2a9cf4a8ba30e4dc167075b0e'
                        key: {
                            document_key: 'b82bbf5bf4cd48ce9832cd7da8fe01d5'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: 'b4e2c1e766f240c3a189a68a88e05014'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4fcf27059b641e7a07c730959d38247'
                        deleted: true
                        key: {
                            document_key: '2dc5553b55c143079754a694924be5d2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b548c6d3599d4b28b7412c4906500975'
                        deleted: true
                        key: {
                            document_key: 'f30e249199f24675a562a2e443923c26'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b576430bb6f243e0be674461364166d1'
                        key: {
                            document_key: '037f8afe947a48efa314f8b4595df1c5'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_element_mapping'
                        id: 'b5ca06e2491441c1a34cc6a8274f457a'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '59178555ffdf44b68023de611ff48685'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5eb691c55e743bd87e344053bedd907'
                        key: {
                            document_key: '700d02aee301440d845f19197431d891'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5f622742e634102be9c259e422cddd3'
                        key: {
                            document_key: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b607aecec8994f8a88ca70b3985ec6c2'
                        key: {
                            document_key: '153a7998c5864103b2fae9162fffcc25'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b66443459a1c48b6a07aa3bf6485ecfc'
                        key: {
                            document_key: 'd1350848d504488098bc4fa4c7c7238f'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6916516f86543c6ba554763f9f53c63'
                        key: {
                            document_key: '5fc0daa93f6741218a6693c150216b68'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_variable_value'
                        id: 'b6bec73b7b1840fdb6f9aca3806d5911'
                        key: {
                            document_key: '35fdb9bba7be4c38bb1c55350e46b0da'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'b74cbbf0693647e285fa97afd65ddc64'
                        key: {
                            document_key: 'c41d27fb841340feaa9805c3edfd03af'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7c12798c1f1487eb55dcf1782fd8939'
                        key: {
                            document_key: '87adee6aa28644d0b09782b0d973e2e9'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b7d2d69e134d46c8ad01f07ce9402a0e'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e67f43d3bb0141ed96621a25433022c3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b85e63f67493497eaabe3e720b6cdc32'
                        key: {
                            document_key: '312b88cf3da344298f2927cc6799d2a0'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b89725e6d71b4471a66bfe10e0ca973c'
                        deleted: true
                        key: {
                            document_key: '001d153a20e54a559615fdacd85e3fdc'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8a9c3a96d5541d993297d33d96dbb74'
                        key: {
                            document_key: '544b37f750c74be99f9707b6b208e212'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8abcf0b4c4149aca0eee3dbb44b4671'
                        deleted: true
                        key: {
                            document_key: 'd70e2a128c8f406cbc21200c2ae925e1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8dae1f88d3c4e76af53aef920828c45'
                        deleted: true
                        key: {
                            document_key: '141ccbd113de4618804f43d092865b0a'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8e281b0480846ceb46ea681b27d61fe'
                        deleted: true
                        key: {
                            document_key: '5a8b9a4f7c094f22bcecfbf2387196b2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b90666d0cea540d795eaee65e1245d09'
                        key: {
                            document_key: '2c9ba491513e468f806cef0bfd59cade'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b90d4de54a5d4c93bceb2c314b842639'
                        deleted: true
                        key: {
                            document_key: '91f0be79afa1434498c07330954fef60'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_element_mapping'
                        id: 'b9206514a11a42b98918b48e10821b86'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '543846592efe4326baa80d230db42a59'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b937adae416841e0839a3598f1f2e944'
                        key: {
                            document_key: 'bac301e46060485697cf3347025fa790'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'b9fb12d99e6f46efa904e8e4b1a5cf33'
                        key: {
                            document_key: 'bc7e34aacb464fa1a8073513644ef701'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba206be566234d6e98d3e1eaa518f205'
                        key: {
                            document_key: '48284a1d02614836800cf1d2db5dde1a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ba2911001ffd4adaa8d4a4488f158645'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '2c9ba491513e468f806cef0bfd59cade'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba2d71c50fb143569ea4ef9afac363da'
                        deleted: true
                        key: {
                            document_key: '5a8b9a4f7c094f22bcecfbf2387196b2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bac5a48972c844f0b6c6b2b37f2b90c9'
                        key: {
                            document_key: '09ca0232fe1640349b2c1a8c1cafa3ab'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'badab7745ad54b65b7be0be85005305f'
                        key: {
                            document_key: '67db3bbcfea34c5c8c4033a429c386d6'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'baf92f1eb5ac4aea8dfab0269c4c6275'
                        deleted: true
                        key: {
                            document_key: '10a262e369074d1a81f079c376dc62b2'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bb403db44f75447bb93c450dfdf29da1'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '95e38a5e89974c76bc15a01c339641af'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbf27b75b6e64192af235c522a478be9'
                        key: {
                            document_key: '9ba35953448f4d90a177074a32431d00'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc2cb2708750488e9cb5f98383bae645'
                        key: {
                            document_key: '9c3921cb94c04e01a01951dc615cdf6d'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc7f7d6558a941088ac37e5de6ac498f'
                        key: {
                            document_key: 'd1373ab00e8643949783336e0168a123'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc80c21a540e4dda9db66056a13ba7b5'
                        key: {
                            document_key: 'eb5fe1a6f6194f9480abad51b239375e'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bcad2aa01531412fafe890adca604d1a'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '910e9e01123a4955b686fe6c568bed24'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bcc2580679bc465ba7e7d2c6a3da174f'
                        key: {
                            document_key: 'ef65d20761a04701b66d5203bc6edc64'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: 'bda31809d2924ced92a380710862516a'
                        deleted: true
                        key: {
                            document_key: '001d153a20e54a559615fdacd85e3fdc'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_variable_value'
                        id: 'bdc8dee927b544128d358a65325ae0a1'
                        key: {
                            document_key: '5fc0daa93f6741218a6693c150216b68'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdd07d04feee402c92a049949327df45'
                        key: {
                            document_key: '380cf21b4a9c4f54bb9334b1161fe42f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdd39aaad13c4ef7bb372a42f3e787f1'
                        deleted: true
                        key: {
                            document_key: '7869a89a3c0440048842ccb4ea1a4b38'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be4bcd2d494a40e489a41306d4ea9537'
                        deleted: true
                        key: {
                            document_key: '8bbc2eeb88054a2abf82b5c767ec37ba'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'be5cc5e60a6d4761b26f14320f85a96f'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '6b141efac17d442c94e75713f3db136b'
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
                        id: 'bec9307577e94671b43f3dfba828457b'
                        key: {
                            document_key: '6b141efac17d442c94e75713f3db136b'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_variable_value'
                        id: 'bf54b068ae2a4016b734c2a362bbd07b'
                        key: {
                            document_key: 'a844a2f9bd6048b9b9368288f0e16b4a'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_element_mapping'
                        id: 'bf8db1928b5e40ea91c86055e6da18e3'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '97b46967640a457e8597b038496bef15'
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
                        table: 'sys_variable_value'
                        id: 'bfe2bb756e214d6d8164b3ade277fe18'
                        deleted: true
                        key: {
                            document_key: 'd0482fff1172480089dc67178a433855'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bff966a25ae84acd930d78aeed347bfc'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c00c7ab20f6d465a92f24627f225edfd'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'fe1458092e4b46d289da3e3fdfd04418'
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
                        table: 'sys_element_mapping'
                        id: 'c0197f3ebc2449a6a161d1f704a01fb7'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'f5e99f0c41904f26b80eec7d42085538'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c01ea0017383431d897a28b7ff5f7c59'
                        deleted: true
                        key: {
                            document_key: 'a8184d0a425c4fc1b73c808215880ec1'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_dictionary'
                        id: 'c0aefdd47a084957b81804c0a5fb12c8'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'repository_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c10641a37d154af6860e07f6cb6c12ea'
                        key: {
                            document_key: '97b46967640a457e8597b038496bef15'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c13dd4fd71844e128c50aa04fd24cad5'
                        key: {
                            document_key: '5670eb8cced6441992fec2a3a4fe60db'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: 'c1886cc8e7524a9187717cce500413c2'
                        key: {
                            document_key: '36afc795a37146f1aad8344f3c2cc86b'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1a1eedfaa144c118bbd7b872952c22e'
                        key: {
                            document_key: '1196aab50e874e11b7005e96814ac9bc'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1dc95a9925246a2acd5100fa44af13b'
                        key: {
                            document_key: '01c9691bf2044b399d834f3c152652d0'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1ed643987954f4e8be856f4bbb42849'
                        key: {
                            document_key: '5cdd665b0b254e8989ee0122937bf216'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c239082af3794cca8db8a7579c39a673'
                        key: {
                            document_key: '1196aab50e874e11b7005e96814ac9bc'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: 'c263cd1c0f5f4715bef10bf4e0b0141d'
                        deleted: true
                        key: {
                            document_key: '3450d4b2f84a45778cc8443d37481b73'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c27e88904a0a4a9394d192e713fd266c'
                        deleted: true
                        key: {
                            document_key: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        id: 'c2b4ca85108340668bb0d22bbbcef903'
                        key: {
                            document_key: '87adee6aa28644d0b09782b0d973e2e9'
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
                        table: 'sys_variable_value'
                        id: 'c30c0cde2fb943418f4c3d7081fee912'
                        key: {
                            document_key: 'd2d5953a2bc74b71ab8f856609083675'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'ua_table_licensing_config'
                        id: 'c3a1a311c1cc4312ae279e44ef76721c'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c3e955befb17469a8014e5e91af67899'
                        key: {
                            document_key: 'd3670906313844cca2b4f2994d979f4b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c461c9a718a84acfba54bce9bbabca9b'
                        key: {
                            document_key: 'db671df2d25e40d1ba42871b4aa92434'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4668e69b2854f83a0d4939152f50f0c'
                        deleted: true
                        key: {
                            document_key: '6f003350f465459f9fb455bf5a44839a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c47abba3fe834ece9e94968be29b7947'
                        deleted: true
                        key: {
                            document_key: 'e2fcd7f90ed24ad6b62a630e4f482286'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: 'c4bd68c3314c4d6ab09b598f1eda80a6'
                        key: {
                            document_key: '56d0f56406dd415fb08df8885717a287'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c511fa06ab234bddaa0788016903d9a7'
                        deleted: true
                        key: {
                            document_key: '75959d6cda924d1ea9d7452b1f8f6a08'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        id: 'c58ddf4d8d4049758144a301a8cb42ea'
                        deleted: true
                        key: {
                            document_key: 'b4f65898aabc42d296864a31c90ad4b9'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5e21a79ab83452eaf8f209717701580'
                        key: {
                            document_key: '153a7998c5864103b2fae9162fffcc25'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c633ee5f50c94c50acd6e342b0a3a060'
                        key: {
                            document_key: 'a844a2f9bd6048b9b9368288f0e16b4a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c658b336c251405b95d608f839f98070'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'a8cfd115b0a148588b7ae83f19159782'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c65c1afb95094a38971fdd99808004fc'
                        key: {
                            document_key: '87adee6aa28644d0b09782b0d973e2e9'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c68bab2ebeb34132aca79426691a3f17'
                        key: {
                            document_key: 'eb5fe1a6f6194f9480abad51b239375e'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6afafc9f7324c139071077fa2ebb98a'
                        key: {
                            document_key: 'd367a3cdadfa48b680833dc27d5c050d'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c6f7c82b1226444dbe54903979344c8a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c92291ed2abf45389f03713162d3d828'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c720be6d47ba49c9a88f29f075e53675'
                        key: {
                            document_key: '6441cd6022b548f2857408bb5f822614'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c74af227c40f40e5ba3a137aa9fffeca'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9243a4b4c3114df595cdb756480215c9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c75b2da60c714b36bd36425ba6f041c7'
                        key: {
                            document_key: 'e8bd8892082049c591a95d5bd4dc7b2e'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_element_mapping'
                        id: 'c7644a5392d94733ac786c7714f0d994'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '5ad733e08218486a963adb125b4b7b4e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7729f01d8a64ac5876e831996b9e830'
                        key: {
                            document_key: '22ebbebb85694c59bbdd9a732fa8bb1e'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c790e70039964035922bc46a01174c98'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '4752047ccff547b088d1f425425705c0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c794b785ddd34d70bdec4c8037219c28'
                        key: {
                            document_key: 'e1a0686149c5420582a70a32c25e3073'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7bf0aba252f4a62b2f7b1695e1c8aef'
                        key: {
                            document_key: '35bd69c8b530485c853be2c1d4dd4366'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c7d317a862de46c78f25c47b61435862'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '805363d92ba9494181fab94842e178b5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c7e8e53e58eb4fd4842b79f370717d2a'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '35bd69c8b530485c853be2c1d4dd4366'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c824246690e14587af431b061a47ff15'
                        key: {
                            document_key: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c89c806a6a524b789b2c58a4fbbd548f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd3928c79802644d38e05eb080d82385e'
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
                        id: 'c9224482eaf543358d315e4a7d32c289'
                        key: {
                            document_key: '5ab77700335e43498e5d3669b0d39db0'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c9569fe69c5c41e5b437342e8c6af70c'
                        key: {
                            document_key: 'a8cfd115b0a148588b7ae83f19159782'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_element_mapping'
                        id: 'c998b13a0d824882998f6bc0449cd4e6'
                        deleted: true
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '8bbc2eeb88054a2abf82b5c767ec37ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c99efe0854254afabedcce14bc01939d'
                        key: {
                            document_key: '9f0e99ea86454032af58533a49c9b7d6'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        id: 'ca040739d2ad40d697a91d8ac8efad02'
                        key: {
                            document_key: '61ffeca25e5e42ad958cb8d576b4dc43'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca273300715e402e929ea2e11b1560a3'
                        key: {
                            document_key: '153a7998c5864103b2fae9162fffcc25'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca298bb454584c3dac95a73b022e0eb0'
                        key: {
                            document_key: '9c3921cb94c04e01a01951dc615cdf6d'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ca5813ed64d44d60993b0cc13b2ba4b4'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '03038b12eb4040b2813788417e79865a'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'caa9a5aa37fd4eceaa06a67d45c133c3'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '10a262e369074d1a81f079c376dc62b2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb0399ed27684d5b9a48a42dfbb2215e'
                        key: {
                            document_key: 'f48dc1ba3ceb47cf9f1c37ac8fc87a9a'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: 'cb7b6ec85b794e0a92455d3a8aeaf7a9'
                        key: {
                            document_key: 'b1ccfd6bb84f46c5872079261371725f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_element_mapping'
                        id: 'cc32c0a6af7d434c99eb577f4961910e'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '2e94f8cea2f74b6ebea72f9a893e4373'
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
                        table: 'sys_element_mapping'
                        id: 'cc66afde1aa74fd4b9705ca0d430a537'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'eb5fe1a6f6194f9480abad51b239375e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cc6a1cb7d6474c15a63e206dfc74a8dd'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6e26c00d4501432e85b45eca5d2b7c33'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc7df773534d44f1a245ea3d0e6e33fd'
                        key: {
                            document_key: '368f60eda53b4b1984290e6e01981258'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc7e81f1982741e79c5b8e4e050f6450'
                        key: {
                            document_key: '4e17a417b58648c09464f296971d6cd6'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc8d0e1614904060a46774feb1db412f'
                        deleted: true
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccb8f61b3de341f084da6264c13ec6fc'
                        deleted: true
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccc51422d8c648c6a7b38f444e49a3a2'
                        key: {
                            document_key: '1c9a1b5ac09e43adb2225b1b904e8206'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cccd4f221a4f460da7be9ac7e7365b24'
                        deleted: true
                        key: {
                            document_key: '52ef7b5c502f485abb42c1b0e7c29d6d'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_element_mapping'
                        id: 'cced5f26c71f4a749e17deefb3273cd2'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '91f0be79afa1434498c07330954fef60'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd0822b7b2144b0fb7c535ed6da5a7a5'
                        key: {
                            document_key: '0e9c573bffe44a8daba34c8bd2e5e0e3'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cda6b5445ba64457804120b2caa6932e'
                        key: {
                            document_key: 'e970be58f2c345d38d9061afda1f1264'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdb55dc6b39e4003978515ee9d2d8556'
                        key: {
                            document_key: '054acd62555349cf8a04ceeb04dd7b50'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce104ec27f084c2391150c3deb64b9eb'
                        key: {
                            document_key: 'fcddad6b8abc4a1f83bcad8ac8a2d5d7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce53d8b76b4a4b9aa0657431ea322888'
                        deleted: true
                        key: {
                            document_key: '10a262e369074d1a81f079c376dc62b2'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cedd0b71c83042708b7fe9bca6950acc'
                        deleted: true
                        key: {
                            document_key: '001d153a20e54a559615fdacd85e3fdc'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        table: 'ua_table_licensing_config'
                        id: 'cf3a7ccad8d84e7fafc3315adbd78b76'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
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
                        table: 'sys_variable_value'
                        id: 'cf7e1b2caa4f4426a0195e11486ab812'
                        deleted: true
                        key: {
                            document_key: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf97d54a9a7e43c39962c4010ed17fb1'
                        key: {
                            document_key: 'a5a0ce7164a643aa9cd44f50ff834d0f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cfa2f013c4ed4b3c8a6d59090780b9b0'
                        key: {
                            document_key: 'eb5fe1a6f6194f9480abad51b239375e'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cfd3d43777e94f6ca95b110423a92a5b'
                        deleted: true
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        id: 'd057f260c46c477b96516d2d328109fa'
                        key: {
                            document_key: '0a83c54bf6354519a25590b94e95a327'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: 'd0e492c2e17a40b289f331154770bff7'
                        key: {
                            document_key: '8df7805733c34bb587df7535e666ec78'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd17d67a8b5b74b1eb485b2ba68a644f5'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3d44cc182fd1481cb45762200a06a351'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1f4304644624fea8698423aa1cdc777'
                        key: {
                            document_key: '6b141efac17d442c94e75713f3db136b'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd20add7f2863460999c9914da22579eb'
                        key: {
                            document_key: '6ecc9034d8634b4d94a5462d75e3fb43'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd217d0bdc62e407cba8796c72e5127ba'
                        key: {
                            document_key: '43afec44a1cf4d999c5bd95a1467db56'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: 'd277455554a54368af5c749b1e81e4a9'
                        key: {
                            document_key: 'e202f97d87264872b37114e08b4e6e88'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd27cbf9356a74008a0aae798d832624f'
                        key: {
                            document_key: '70c9da875c8640d988cc591939b73596'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2a8313d1baa4edcb21b6967189c3f41'
                        key: {
                            document_key: 'e93c8388e553479687b1eb0440eeddff'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2cb365720e14b8cbff76b69835f0e32'
                        key: {
                            document_key: '47b206ae21494b4993ba511645e8cb9c'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2e83320d7a64bccb7d2eeb9e35238d6'
                        key: {
                            document_key: '45c2f65a1f9b4b9e8e152d90b6a6e4af'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2f2589ed4264a98a8d6dedaf0edb973'
                        key: {
                            document_key: 'a844a2f9bd6048b9b9368288f0e16b4a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3200599ee204846a1d88fa03518725c'
                        key: {
                            document_key: 'c26b6c6fd9924a50b09c034db63bae46'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd328a486e53a4a489727fde581e91c98'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'be27f09bded04494bbd8dadb8f8da0ed'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd3639ac6db4841e8843ddac9223f55d5'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'f0066acc53a447fb904c24085bc5fa46'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd370e18188b44ac29deef8665bddacff'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3ac5beebe844719bf6ea594108ea469'
                        key: {
                            document_key: 'fe1458092e4b46d289da3e3fdfd04418'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3ace864739b4ea6b615e6fba509d389'
                        deleted: true
                        key: {
                            document_key: '59178555ffdf44b68023de611ff48685'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3ae3338c6484734ac9baf770b0baaeb'
                        deleted: true
                        key: {
                            document_key: '80ebb8dbb04b42fc80a833ab4655df27'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: 'd3e45f05038b43c99b1eb8d438414b37'
                        key: {
                            document_key: '9981e349089941e680c66b024a4c6f5a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd44d9cfcc8334d8a9da14a646343d9b4'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '8e9f860e0bb94765816bd94f1a9f3026'
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
                        id: 'd479032976fa49e7838aa68b28c85378'
                        deleted: true
                        key: {
                            document_key: '3529dae2ef644b699eed07a96be6688e'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4a05411b9014c249f8706bbc78f898e'
                        key: {
                            document_key: '2e94f8cea2f74b6ebea72f9a893e4373'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_element_mapping'
                        id: 'd4f32e908e494921baabdfb88f152f68'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd4ff0d63d80d4ce185f473827f4eb521'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'aeab5ab086c2408085a9eba3bb18e163'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd50b031bc5c94892abc4238940932f33'
                        key: {
                            document_key: '054acd62555349cf8a04ceeb04dd7b50'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        id: 'd54a88f9d295419c98ad20d37f293b1a'
                        key: {
                            document_key: '83b626b9c2164d8da6fc47911014cf0a'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd56c00cea8c44e068f74c224196df557'
                        deleted: true
                        key: {
                            document_key: '81d7d3d71e54474fbe821ca1e2894dca'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd57f8bc7bb0e4aa094655a2ec696c8cf'
                        deleted: true
                        key: {
                            document_key: '7478d2bc099a4d4c92ce870be4f4ad82'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd59725e158d54c2a87ca45090ca14134'
                        key: {
                            document_key: '3d44cc182fd1481cb45762200a06a351'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd599ba5311294d16939cb6b4a72b41fe'
                        key: {
                            document_key: 'b378c6ce3bf74634ab0df748f26653b3'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: 'd5ce7191abed469d97aaf5b89ad8a341'
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5f0f68103f94c4d81ff7c609e2ad7be'
                        deleted: true
                        key: {
                            document_key: '8e9f860e0bb94765816bd94f1a9f3026'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5fc4b993e9f49fa8807ab6884322a5a'
                        key: {
                            document_key: '03038b12eb4040b2813788417e79865a'
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
                        table: 'sys_variable_value'
                        id: 'd677a69488fd47ddb96998a641692b2b'
                        key: {
                            document_key: '317f8967c8ed485da0af8b3aa8fd0d07'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'd703a9b469784fd0ab12a6304a3b4ba8'
                        key: {
                            document_key: '1eff52aeacb947b3983de643fde9730e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd74c8d4ae11840c78b7ac1e7b09031e3'
                        key: {
                            document_key: '5fc0daa93f6741218a6693c150216b68'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd760d38a3cb54caf8abae91c35fe81b0'
                        key: {
                            document_key: '77d1dee5a68841fbb7cb1d19dc474251'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: 'd813ecdcf98242cfbf9e52c7bc3b2a54'
                        key: {
                            document_key: '442017d2a46448bb847c002cfeab7754'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd81f74346f3040168154ce1f1b3b4399'
                        key: {
                            document_key: '85dba089c12e472aaeb8f277909c15fd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd84585072f2745658002416ebf4c95c7'
                        key: {
                            document_key: '368f60eda53b4b1984290e6e01981258'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8bf5be44f0c438bba79d605c9a70396'
                        key: {
                            document_key: '5fc0daa93f6741218a6693c150216b68'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8cb4335430d42f583cba6623e5243be'
                        key: {
                            document_key: 'fcddad6b8abc4a1f83bcad8ac8a2d5d7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8dc00b056974b2ab5e0a824a2feab03'
                        deleted: true
                        key: {
                            document_key: '2dc5553b55c143079754a694924be5d2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: 'd97f798ba78348d5b8f4b71e8e57aff5'
                        key: {
                            document_key: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd981ced877d8458086cb445b8c10da57'
                        key: {
                            document_key: '9a579e5d34734fcf9dfb193b1c8b83bb'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da123df78fc64d6bb20cfcf29d603eb0'
                        key: {
                            document_key: '004f9deeb5cc445b9141d53c75dbba55'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da1da9eb83ba406c94def29411eed219'
                        key: {
                            document_key: '22b2edf0614c4e64a31df9a93541ef97'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da2fe1f954994765a36d1b8e6150273c'
                        key: {
                            document_key: '22b2edf0614c4e64a31df9a93541ef97'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da31e09583f9426585a9b6631555cf8a'
                        deleted: true
                        key: {
                            document_key: '9ac365457d004097a1672b9612e19994'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da4495e164eb4113936f9bd0861f1096'
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da98b1f50c0a4660a15074cf86d892b7'
                        key: {
                            document_key: '6ba02e3656874518bf91f2d9664c09ae'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dace99244c7e46beaddab8f5b577a450'
                        key: {
                            document_key: '36afc795a37146f1aad8344f3c2cc86b'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'daee2d355391442bb37186cc2aca470c'
                        key: {
                            document_key: '101b2435233b46c1be48ab6ef5ba5789'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dafaafdd53054bac84e3c8716e407d87'
                        deleted: true
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db05621f18f44f508def7b4fea4f61fc'
                        key: {
                            document_key: '101b2435233b46c1be48ab6ef5ba5789'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db2e9c9e0e9b4da59424e0ac4c7ef234'
                        deleted: true
                        key: {
                            document_key: 'f0066acc53a447fb904c24085bc5fa46'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db357830b264462dbe66b923e8b2f15d'
                        key: {
                            document_key: '8dcc93e5c4bb494cba77967c362c9bc0'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'db42224199b84b18b5fcac7a9affef97'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '59aa3789b5954886ae68c5705fc8a73c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db526a497f9b470f955bddf6dc3ad179'
                        key: {
                            document_key: '4e17a417b58648c09464f296971d6cd6'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db7e2430b9524149a8e1ec0c12b6804f'
                        deleted: true
                        key: {
                            document_key: '3cd6dc93e7fa4d39a12464feac724850'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dbd6e0b3254341af8e2673a6457bb0bf'
                        key: {
                            document_key: 'b4a0826b41c94236aae39d4c05a34f9b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc065e44cddc49a3b99012ea8efac878'
                        key: {
                            document_key: 'e5ff0ee9630b486482c24da094d4a2cb'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc106acee9c44556908b19acb90da0ef'
                        deleted: true
                        key: {
                            document_key: '9616e15635e74f658757906ae66d7725'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc318318cd02470c87bbe60c3f7bea45'
                        key: {
                            document_key: '101b2435233b46c1be48ab6ef5ba5789'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc399b2c8bf84532a75a992a54fb6099'
                        deleted: true
                        key: {
                            document_key: '8ffc9ef8de294d569dcb9f26c797fe69'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_variable_value'
                        id: 'dc85038554e9436bb4a6ebf3824479b6'
                        key: {
                            document_key: '910e9e01123a4955b686fe6c568bed24'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        table: 'sys_documentation'
                        id: 'dcf0b7cc86aa439fb24acff350b2a264'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd0984afcd1f4739aaaaf3591973a08b'
                        key: {
                            document_key: '79ed41d82ff7481bb544d12d24192fff'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd324992bea148bfaddbdacdc551ce4a'
                        key: {
                            document_key: 'ac87b609078c475e91aff94a5f7280b5'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dd40963d43cc4582b0a7d675e156ecf3'
                        deleted: true
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '8ffc9ef8de294d569dcb9f26c797fe69'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dddf6cd7dd43410483bd7eb2abe29c71'
                        deleted: true
                        key: {
                            document_key: '8bbc2eeb88054a2abf82b5c767ec37ba'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de1f67f162ab4729a66c6be740082c5b'
                        key: {
                            document_key: '9e164717a5a941b4851aa6305f5cae45'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de580097848b4309848badf6c70eb6dd'
                        deleted: true
                        key: {
                            document_key: '3cd6dc93e7fa4d39a12464feac724850'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de604168dad64211b1eda5135e6dc8f0'
                        deleted: true
                        key: {
                            document_key: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df15d6f3445046fdaedb3cf8df82c3d1'
                        key: {
                            document_key: '8529eb47a19841599e5c4fe4309c44c4'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df4ed90111b345a186d6ce316412112a'
                        key: {
                            document_key: '7253ea1be01f4c568e2ae3161a1f4cff'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df502fb01d9b4eb9a261dcfa91e656b4'
                        key: {
                            document_key: '5670eb8cced6441992fec2a3a4fe60db'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df5d46633fb2482e92f5921fb123b5c3'
                        key: {
                            document_key: 'f5e99f0c41904f26b80eec7d42085538'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        table: 'sys_variable_value'
                        id: 'dfc95f1f29c44a5e9a79b3ccea9db73d'
                        key: {
                            document_key: '0a83c54bf6354519a25590b94e95a327'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_element_mapping'
                        id: 'dfe5ed542dd34f7f83f810dd606ce533'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '35fdb9bba7be4c38bb1c55350e46b0da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e01b4f9266e14ae5957a49023f6f78cb'
                        key: {
                            document_key: '4a3bbd45d9a842d2b08671fa0e67314a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e03183a98e9b4d5eab493ec0e9900b0f'
                        key: {
                            document_key: 'eb5fe1a6f6194f9480abad51b239375e'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e067ee97c2f744138e61b2ed1bd7a0a7'
                        deleted: true
                        key: {
                            document_key: '8ffc9ef8de294d569dcb9f26c797fe69'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0761122b0824df5aaa2976b895bd37d'
                        key: {
                            document_key: '48284a1d02614836800cf1d2db5dde1a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e086cfe1606c458c97f3b46d35cf9564'
                        key: {
                            document_key: '4752047ccff547b088d1f425425705c0'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e094b23323574ab8a4bff7a94a75ac16'
                        key: {
                            document_key: '1c3a99bfac054830972801fc88469e67'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e09f1e19d5ec4d6aa0db158b5450892e'
                        key: {
                            document_key: 'f48dc1ba3ceb47cf9f1c37ac8fc87a9a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0c8adea85bd4810a3176618ca788814'
                        deleted: true
                        key: {
                            document_key: 'd2ae46a2a68f4157be0f8a0ffb8a33ed'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0dbcb8f269c48e1b8949dab53662f2d'
                        key: {
                            document_key: '5ad733e08218486a963adb125b4b7b4e'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: 'e117e94358804934b9ff92816ce5b9e9'
                        key: {
                            document_key: 'b378c6ce3bf74634ab0df748f26653b3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1507769b6f44b809c3b2e6ea1c808af'
                        key: {
                            document_key: 'f23f4f262e6f496697b9e1ebbbcee9c8'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1521eb23cdf4dc5bafe1dfa31ea2ff1'
                        key: {
                            document_key: '4c6ec44e522947199c448cf2b08c8f62'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1ca0b7c7cd54aa99823be9f83dc6675'
                        key: {
                            document_key: '4752047ccff547b088d1f425425705c0'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e209f1993ac64b4e8b339e3687c9bfe1'
                        deleted: true
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '001d153a20e54a559615fdacd85e3fdc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2b602eb722c40a29adab6de74d2b57d'
                        key: {
                            document_key: '051385eb906343f4bcd9f5aa1827d5c3'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e2bb7b13a3404d78b3a7f258a07f2d3c'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd1373ab00e8643949783336e0168a123'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2c5588dfb2b411b99b50be11b834a41'
                        deleted: true
                        key: {
                            document_key: 'd0482fff1172480089dc67178a433855'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2d92eaa3caa4178b58068ad0769fc60'
                        deleted: true
                        key: {
                            document_key: '52ef7b5c502f485abb42c1b0e7c29d6d'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2e7f0a8cc694fc6901f878d4acc33ec'
                        key: {
                            document_key: 'b4a0826b41c94236aae39d4c05a34f9b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: 'e33e48d13b5f4f329622fe3252544454'
                        deleted: true
                        key: {
                            document_key: '5a8b9a4f7c094f22bcecfbf2387196b2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e377480110554d6893bcef1abc273ea1'
                        key: {
                            document_key: '054acd62555349cf8a04ceeb04dd7b50'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e38dce13f6fc4a22a54827673aebda66'
                        key: {
                            document_key: '4e17a417b58648c09464f296971d6cd6'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3b27de6ff2840c192e768557b925b10'
                        key: {
                            document_key: 'de6f68c705af49c78210c645279f45d1'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: 'e43926698105470eab2dc546af6a182d'
                        key: {
                            document_key: '9deb6a4e3d3649ab99cf51d78811a8f6'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        id: 'e463f9249ead43ff86e5cb4be6f91125'
                        key: {
                            document_key: 'c901d89d7d46499fa37337ff3b16eca3'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4b62c5de0314ee8a4dd65f4a2ee91b8'
                        key: {
                            document_key: '09ca0232fe1640349b2c1a8c1cafa3ab'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e51773460c59408996a68386650ea18d'
                        key: {
                            document_key: '71f97bfa4385437eb8e3eaa29b90f956'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e53555046a584818ab712db5fc02cf25'
                        key: {
                            document_key: '36afc795a37146f1aad8344f3c2cc86b'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        id: 'e5a80efaad464c77b7d1878ffe29bf90'
                        key: {
                            document_key: 'e202f97d87264872b37114e08b4e6e88'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5afa8a3847a42b19ed6b60c5d65d324'
                        key: {
                            document_key: 'e67f43d3bb0141ed96621a25433022c3'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'e6256e3e8f8e4c7ab76ab6ce01082a06'
                        key: {
                            document_key: '4b1fd267173548f5bbe46a8ca3a11e2c'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6547900053a4fa4a37f8fa2c11e8f42'
                        key: {
                            document_key: 'c473f077c0314b8ba69e9b883c380d69'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6724f94f1b840bd928d9479cee02d82'
                        deleted: true
                        key: {
                            document_key: '52ef7b5c502f485abb42c1b0e7c29d6d'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6d1bbd3473146dc9fa8925f745eba63'
                        key: {
                            document_key: '721c2956d64f407a8b1f9ea31f22f373'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6d1c9652c5a4788a18543d58f00b97d'
                        key: {
                            document_key: '9deb6a4e3d3649ab99cf51d78811a8f6'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e71230b4e8f04131a2455a118fbf8413'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'db1b02f410084ac999b3a816a5ceca76'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e754f82ab93746648427e96b012ca774'
                        key: {
                            document_key: 'f23214259e534de98d79f1b6f375f312'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e77913eb3adf4d5d9e9d5bc600fa1bd7'
                        deleted: true
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6f003350f465459f9fb455bf5a44839a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e79f45ad43e74ca79d8a76fbc711a85f'
                        deleted: true
                        key: {
                            document_key: '8bbc2eeb88054a2abf82b5c767ec37ba'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        id: 'e7f3beed7d30464399935a9c2ad9e042'
                        key: {
                            document_key: 'e8bd8892082049c591a95d5bd4dc7b2e'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e882e194b5334a288bfe3f945f30abba'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '5fc0daa93f6741218a6693c150216b68'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e88591511b59409f9a475fc9101d360d'
                        key: {
                            document_key: '442017d2a46448bb847c002cfeab7754'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        table: 'sys_variable_value'
                        id: 'e8ab787b2c80485896a5703071f4c15e'
                        deleted: true
                        key: {
                            document_key: '8e9f860e0bb94765816bd94f1a9f3026'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8eacddc4e074350a77b87f269f30471'
                        key: {
                            document_key: 'f62289af614c4ff9aabfbe9e066e0a2f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8eddb83a02c451da782cbab04cfd89a'
                        key: {
                            document_key: 'b82bbf5bf4cd48ce9832cd7da8fe01d5'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8fda2c569264adf8471b8de11f95fe1'
                        key: {
                            document_key: '56d0f56406dd415fb08df8885717a287'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e936b00729064d0787cb6135593e5784'
                        key: {
                            document_key: '47800c3324844c938953472b04a97341'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e96eb0390a154a1fa3cd45e3722ff814'
                        key: {
                            document_key: '24c0ae3025494d1bae9bcc1e4c4eeaae'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9776a4896464a71b617b48c3c7271b5'
                        key: {
                            document_key: '43afec44a1cf4d999c5bd95a1467db56'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e98c9e4d11be4c7ea6733800f0171d07'
                        key: {
                            document_key: '6b141efac17d442c94e75713f3db136b'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e98ff825646b4f3eae6c869a1fa23755'
                        key: {
                            document_key: '9ba35953448f4d90a177074a32431d00'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e993f69abac54abfaa49178fe8aa2ecb'
                        key: {
                            document_key: '442017d2a46448bb847c002cfeab7754'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e9aece16346d48d3b35bf1151fd81699'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '037f8afe947a48efa314f8b4595df1c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea3cb500f10344d2950dbbd7ca653e7a'
                        key: {
                            document_key: '6441cd6022b548f2857408bb5f822614'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea597c86c2d148dfbc4eb636b45a9114'
                        key: {
                            document_key: '6f844002829d4961a816ef4b2054db16'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea75e5aa71ec4935a98be4d0c4f0de77'
                        key: {
                            document_key: '67db3bbcfea34c5c8c4033a429c386d6'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eaa148368db44e7eaefb4665619531fd'
                        key: {
                            document_key: 'f5e99f0c41904f26b80eec7d42085538'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eaacb686e70c48fa8ed16e1815c3813f'
                        deleted: true
                        key: {
                            document_key: '0350a1545b9a4ebb8bbc5cc8801a2c8c'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eaadd22474374098b6a881db359f1133'
                        key: {
                            document_key: 'b4a0826b41c94236aae39d4c05a34f9b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eab4001b35394c13a29f3632549454f5'
                        key: {
                            document_key: '6ecc9034d8634b4d94a5462d75e3fb43'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eae379b55c724f74b13b89b28d97b22f'
                        key: {
                            document_key: 'ac87b609078c475e91aff94a5f7280b5'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb289932a7404bf9b474175905bbc487'
                        deleted: true
                        key: {
                            document_key: 'b4f65898aabc42d296864a31c90ad4b9'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: 'eb3dcdc93b12485f8ef7d2e6c1fbef87'
                        key: {
                            document_key: '6f844002829d4961a816ef4b2054db16'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: 'ebb8b79b9ab2461f93c82a2be5a714be'
                        key: {
                            document_key: '81b2b7bbf48148d0af28951482a34682'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: 'ebc87ad887d54f26b9f85c85ef1f5935'
                        key: {
                            document_key: '70c9da875c8640d988cc591939b73596'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebe06a6326d9439ba0058ae32b72f1c3'
                        key: {
                            document_key: 'cabe2911fb9147dbb00c77a2347779c9'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ebe8e64e0b57407da690ac855c180242'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '8df7805733c34bb587df7535e666ec78'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec51fa71fb4b4fde813838320a6fd3eb'
                        key: {
                            document_key: '051385eb906343f4bcd9f5aa1827d5c3'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec5632baf367412ebcf64003158b9280'
                        key: {
                            document_key: 'd628676a72a94e0c8a98c9945302ea65'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'ecad97ede52b4ccc955df259e4dde51f'
                        deleted: true
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ecaf78e869f34e188323fb1fad170be9'
                        key: {
                            document_key: 'ac87b609078c475e91aff94a5f7280b5'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ecc1f1580b6b46aebf39902b31f8c1b8'
                        key: {
                            document_key: '359bfae8419b447ba108ffed035c9cd4'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed410209de02451ab726c628a3948ef1'
                        key: {
                            document_key: 'ef65d20761a04701b66d5203bc6edc64'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed679b891c1c40d097a116c342e6b6df'
                        key: {
                            document_key: '9e164717a5a941b4851aa6305f5cae45'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed6e95d9adf9462eb7cf008ead4c41d4'
                        key: {
                            document_key: 'd367a3cdadfa48b680833dc27d5c050d'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edb7b9e90d0247f298f847f703b5283c'
                        key: {
                            document_key: 'b47e8677ebfa47c090057c5042196603'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: 'ede6c22417d94e1c8b07d06e10ad075f'
                        deleted: true
                        key: {
                            document_key: '036bfe05ef9c440cb144ab8e341f2a60'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'edf6ba6876d04135a204cf6be9a1a13e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'de6f68c705af49c78210c645279f45d1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee25e23648e7493d8e2df141cda288c3'
                        key: {
                            document_key: '721c2956d64f407a8b1f9ea31f22f373'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee2da565f6a041aebf0b93816024e346'
                        key: {
                            document_key: 'd1350848d504488098bc4fa4c7c7238f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee42fca9c4bd476e98d1e1c2e8932208'
                        key: {
                            document_key: 'a66ec4d6df0a4ad494e8d8444070900b'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'ee720443278f409ca42c4a1c265e36d7'
                        deleted: true
                        key: {
                            document_key: '91f0be79afa1434498c07330954fef60'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee83d8f8b572410392706e8f809cd584'
                        key: {
                            document_key: '6441cd6022b548f2857408bb5f822614'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eeb1899b782c4194ac0069da8eaa9ca6'
                        key: {
                            document_key: 'ef65d20761a04701b66d5203bc6edc64'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: 'ef3c1f944eb94d5ba27b0f45288fc89b'
                        key: {
                            document_key: '43afec44a1cf4d999c5bd95a1467db56'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'effef22f529f42d3b66f087ef52fb605'
                        deleted: true
                        key: {
                            document_key: '3529dae2ef644b699eed07a96be6688e'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f00ca3a755444d87bdbea1883a026d5d'
                        key: {
                            document_key: 'e93c8388e553479687b1eb0440eeddff'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f01f870c41e54e608d7655b4759cbfab'
                        deleted: true
                        key: {
                            document_key: '98246e8512844749b2f50a056846f035'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f06173cbb4ff4fab9eaa147606d004ff'
                        key: {
                            document_key: '70c9da875c8640d988cc591939b73596'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f06bcbae40e54d35a390cb5f310f394f'
                        key: {
                            document_key: '442017d2a46448bb847c002cfeab7754'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0a0d06533a84d0ab660bf4175ca1e7c'
                        key: {
                            document_key: 'e970be58f2c345d38d9061afda1f1264'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        table: 'sys_variable_value'
                        id: 'f13a5b2f446242c3ad6a0bdd31e535e6'
                        key: {
                            document_key: 'f23214259e534de98d79f1b6f375f312'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1429ff197cd4b0f8360872cc9f06810'
                        key: {
                            document_key: '36535a4254f943f19017321f3ef28464'
                            variable: '586e2c4253e0220002c6435723dc3415'
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
                        id: 'f16a600348964260a1ff6d3b913cd287'
                        key: {
                            document_key: '67db3bbcfea34c5c8c4033a429c386d6'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f19acb8486d148a7bf277e704702e16f'
                        key: {
                            document_key: '9a248ec1f1394183b250b1edf9e65403'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1b6db7aff2b4d7db6aab38d40b164e0'
                        key: {
                            document_key: '1c3a99bfac054830972801fc88469e67'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2472da046fe4718b84d42426d87cdc2'
                        key: {
                            document_key: 'de6f68c705af49c78210c645279f45d1'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: 'f2886970bbe74e288aa3ceb1d24e7f40'
                        key: {
                            document_key: 'f5e99f0c41904f26b80eec7d42085538'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f337f85643664ad29d07c2508764005a'
                        key: {
                            document_key: '5fc0daa93f6741218a6693c150216b68'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f387305a461e4aa0b445c4b0b309f2ea'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '3e3736220eab453193681882ed24ee06'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3c8471ba263421aaf952b6865b01ea0'
                        key: {
                            document_key: '8487066bc3b94cb7ab88753c81fafc85'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3d9e8874d904cc6badff35fa049e378'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3e5aeba81c9402abb37cf752669b037'
                        key: {
                            document_key: '26d92953de82440fb50b619ad8f385e9'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f41d6d0029fa49c6a2d0eec828de7856'
                        key: {
                            document_key: '36bc48c030174cdd8bb3a9ccbd7d7501'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f438e1bc79674839a7fc77084c3a4ff3'
                        key: {
                            document_key: '4b1fd267173548f5bbe46a8ca3a11e2c'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f457e6cab0514dfdb92abc4d482a8e22'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '368f60eda53b4b1984290e6e01981258'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4674c291cb64808a61f845433162ba8'
                        key: {
                            document_key: '36afc795a37146f1aad8344f3c2cc86b'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4ace8c8dadd426a81d27db7f6f04147'
                        deleted: true
                        key: {
                            document_key: '3529dae2ef644b699eed07a96be6688e'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_dictionary'
                        id: 'f561f47a0f6144099f19efabc4e1fd41'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f56f8175c1404c679a17742bb2917942'
                        key: {
                            document_key: '1dcf993e19c146a8b054932f2e9bd3ab'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f57afe251e454595b22b95279f44b1e7'
                        key: {
                            document_key: 'f6c118fe47464d628f87477145b8641f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f57e55e3e3ef43e18f69f948d84a026c'
                        deleted: true
                        key: {
                            document_key: 'd56239418aaa401199e1810970341df2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5819658de7f481eaca2074c8da55572'
                        key: {
                            document_key: '22b2edf0614c4e64a31df9a93541ef97'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5cb4d7bcba74922b9d78f7a2b3aeb84'
                        key: {
                            document_key: '24a8dcc45a28476c9f0e68fb7e6337a5'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5d0bd7724e94386b23931dbac3df11b'
                        key: {
                            document_key: 'd3670906313844cca2b4f2994d979f4b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5f8e7e0b2524edda8aac58635c0825b'
                        key: {
                            document_key: '6b141efac17d442c94e75713f3db136b'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f5f950101fe6402f9c0b8a5d6081a4cc'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'eb5fe1a6f6194f9480abad51b239375e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f60983bbe51b4e01b5697b6b161ef1d6'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'cabe2911fb9147dbb00c77a2347779c9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f610f59696554c6197ec71ce935629b9'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '1dcf993e19c146a8b054932f2e9bd3ab'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6554eb21e7a447fab1b97c6e1b6864d'
                        key: {
                            document_key: '910e9e01123a4955b686fe6c568bed24'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f67e24985c3f4e9987456d737cd8e2aa'
                        key: {
                            document_key: '9a579e5d34734fcf9dfb193b1c8b83bb'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6c0cd2895f146c6a7ac726a52698c54'
                        key: {
                            document_key: '2310983cf7f446ad9ef881bdc442d78c'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6d68b35048442ddb50cd7710f7bf87e'
                        key: {
                            document_key: 'ab152f6167ba4af4aa8439d90b9896c5'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: 'f79cbe4c3ee144e9a11fc42b0b13df3a'
                        key: {
                            document_key: '1003efff3a024b5181b54f991ee4b22f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7c3988f9eea433f917a93463a32109a'
                        deleted: true
                        key: {
                            document_key: '80ebb8dbb04b42fc80a833ab4655df27'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7dfa704a14a4a6187dd8200fa3e5314'
                        key: {
                            document_key: '47800c3324844c938953472b04a97341'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f84fb832a4a44e689225181c3e8d076f'
                        deleted: true
                        key: {
                            document_key: 'cc9ac9abb3e341219c8a3afab40bbed5'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_dictionary'
                        id: 'f86d93316af34bd986f8a4b213bd4b32'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f88786a0d7474ff3b5446318decce157'
                        key: {
                            document_key: '9a579e5d34734fcf9dfb193b1c8b83bb'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        id: 'f8e1a2b30bb6466a9910bab2ad1202ff'
                        key: {
                            document_key: 'afb00e44457e4e8ca08942cae6c2875c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8f37cac9e8444a9a7e8380b7af53419'
                        key: {
                            document_key: '4ea9987cd20044fe86d68254d107b590'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f901fa79a4d049fe825fc1feb6f60383'
                        key: {
                            document_key: '2e94f8cea2f74b6ebea72f9a893e4373'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f93d34dc6f7d421d812377909962fd83'
                        deleted: true
                        key: {
                            document_key: '2dc5553b55c143079754a694924be5d2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f963c0521d6c494e8fa85c5529d21706'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f964022544154bf9aaadafc09ba71303'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'ffa87037dfb1459fbb17f2678e4a4418'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9bdcf79a5d04b1e8da626fab4543d55'
                        deleted: true
                        key: {
                            document_key: 'cc98f9e8a97744b9a4adee3aa48f6b81'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa51362bf8c94dbbac32530c44b4327e'
                        deleted: true
                        key: {
                            document_key: '3529dae2ef644b699eed07a96be6688e'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa8f38a0b3b0400299a10019e34feb52'
                        key: {
                            document_key: '5118cc08dea84065ab5c1e1691c524ba'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa98b250ea7c46f4a74c4af9d900f470'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fae1f7732c8c4d5f87437971fea9f085'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fb08ed70f0014ba28c96e6f20161edbc'
                        deleted: true
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '6b141efac17d442c94e75713f3db136b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb135c9599c64aca9318388c16e89513'
                        key: {
                            document_key: 'f1f0467c2a854910a0eb18b5d4f6aeae'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        id: 'fb5466570a914e629e48c5fafa6c4de1'
                        key: {
                            document_key: 'db1b02f410084ac999b3a816a5ceca76'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb6270753b214ef5bfe6b078104af384'
                        key: {
                            document_key: 'c97a16c8ad67460aada3a80539fb17a5'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbee4953eb0c44aeb0368ce7764f1664'
                        key: {
                            document_key: 'dbdf524952304a6a8761cab743e637a1'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        table: 'sys_element_mapping'
                        id: 'fc0e34c273684f529a1d5093f1f1b828'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'b4a0826b41c94236aae39d4c05a34f9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc290625f5034e7c9d27c257dfe61dd8'
                        key: {
                            document_key: 'e3e55332d83d46f49a8cbb9e13dcc441'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc338b8265ca4132aeb94e7341b90936'
                        key: {
                            document_key: '47b206ae21494b4993ba511645e8cb9c'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: 'fc5cf891e98345f89f8c6f7124d2e3a6'
                        key: {
                            document_key: '6e26c00d4501432e85b45eca5d2b7c33'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc885a02077b407d85243aacc1a589fc'
                        deleted: true
                        key: {
                            document_key: 'a17fba2305f74b7cb361695abbb6d780'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fcc974575b794ff3afb471f32f9b448b'
                        key: {
                            document_key: '8487066bc3b94cb7ab88753c81fafc85'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fd0ffbfd5e2248c2814ff70a30ea4bd9'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '8f19a2172a6242819a71458e69912cba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd47110788794ad3a19f1681774730ea'
                        key: {
                            document_key: '5cdd665b0b254e8989ee0122937bf216'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: 'fd815a4a74ab4051b74b722d60f52ee2'
                        deleted: true
                        key: {
                            document_key: '52ef7b5c502f485abb42c1b0e7c29d6d'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdd37d06d85d4d82b8a44597341780f9'
                        key: {
                            document_key: '037f8afe947a48efa314f8b4595df1c5'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe160f41dfc64713b2056f345286e672'
                        key: {
                            document_key: '6b141efac17d442c94e75713f3db136b'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe45a73dfd2f42bb942f5c965b617626'
                        key: {
                            document_key: '43afec44a1cf4d999c5bd95a1467db56'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_variable_value'
                        id: 'fe7ba2a996a04a06bd516a38829cfdf5'
                        deleted: true
                        key: {
                            document_key: '6b0c1a9e6dce42c9ba718c4a3b1c478f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: 'fee63d7320d940b187252903a7635e79'
                        key: {
                            document_key: '2d093984e1854bc1b4753371aad5b45a'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'feec0b915df3409eaf562ae39618590b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c26b6c6fd9924a50b09c034db63bae46'
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
                        id: 'ff3034ae7c064d13b6e51e509ee200cc'
                        key: {
                            document_key: '054acd62555349cf8a04ceeb04dd7b50'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff54fdfa9a0f42b7ae32668f03094f7d'
                        key: {
                            document_key: 'b557f6eb07f9427bade26fc8b72f3363'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff7a57ba95ca4cb8b9594ef4588045e7'
                        key: {
                            document_key: 'e6352c4b5e8749c98fe58d5b57548724'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
