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
                    '3cd7e1f8ed1a43f3801f39f90c4f37f2': {
                        table: 'sys_atf_step'
                        id: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                    }
                    '43afec44a1cf4d999c5bd95a1467db56': {
                        table: 'sys_atf_step'
                        id: '43afec44a1cf4d999c5bd95a1467db56'
                    }
                    '5cdd665b0b254e8989ee0122937bf216': {
                        table: 'sys_atf_step'
                        id: '5cdd665b0b254e8989ee0122937bf216'
                    }
                    '70c9da875c8640d988cc591939b73596': {
                        table: 'sys_atf_step'
                        id: '70c9da875c8640d988cc591939b73596'
                    }
                    '7d9ee4340bbb4ad9b4472fc36267a055': {
                        table: 'sys_atf_step'
                        id: '7d9ee4340bbb4ad9b4472fc36267a055'
                    }
                    '805363d92ba9494181fab94842e178b5': {
                        table: 'sys_atf_step'
                        id: '805363d92ba9494181fab94842e178b5'
                    }
                    '9981e349089941e680c66b024a4c6f5a': {
                        table: 'sys_atf_step'
                        id: '9981e349089941e680c66b024a4c6f5a'
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
                    acl_case_kind_write: {
                        table: 'sys_security_acl'
                        id: '8033df30d7744182bf4014bc481994fd'
                    }
                    acl_case_read: {
                        table: 'sys_security_acl'
                        id: '08b323966cb64291b8066d46ae43146e'
                    }
                    acl_case_write: {
                        table: 'sys_security_acl'
                        id: '9ca76296773140e399227174841ba309'
                    }
                    acl_claim_create: {
                        table: 'sys_security_acl'
                        id: 'bb458581fd54498696fae666aec81125'
                    }
                    acl_claim_delete: {
                        table: 'sys_security_acl'
                        id: '07340c15c08c4578a2c782db409993da'
                    }
                    acl_claim_read: {
                        table: 'sys_security_acl'
                        id: '51a301eccec54b68b2403055c948d29d'
                    }
                    acl_claim_write: {
                        table: 'sys_security_acl'
                        id: 'eed2e9ea446443998253b47aeadb1b4d'
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
                    acl_health_message_create: {
                        table: 'sys_security_acl'
                        id: '90487b106bdd4c8f948d8f77edd92ac7'
                    }
                    acl_health_message_delete: {
                        table: 'sys_security_acl'
                        id: '3f69192ebbe647e6aaf675e19dd132ee'
                    }
                    acl_health_message_read: {
                        table: 'sys_security_acl'
                        id: 'dd624f8818d846bf9faaf012d714bb17'
                    }
                    acl_health_message_write: {
                        table: 'sys_security_acl'
                        id: 'fb07fbc828064dfab6a23c7c7807b679'
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
                    acl_inbound_refusal_create: {
                        table: 'sys_security_acl'
                        id: '81fb740eafa442f1a7e9abd06fd5390c'
                    }
                    acl_inbound_refusal_delete: {
                        table: 'sys_security_acl'
                        id: '733ba0a5b2764490aee63f8431010a1e'
                    }
                    acl_inbound_refusal_read: {
                        table: 'sys_security_acl'
                        id: 'b85098951a9849329cb19de2e3427586'
                    }
                    acl_inbound_refusal_write: {
                        table: 'sys_security_acl'
                        id: '2c74378121f64e39b0394ebdcc0808d2'
                    }
                    acl_learn_session_create: {
                        table: 'sys_security_acl'
                        id: 'bfd8695f59f84e479a2ab3784969825b'
                    }
                    acl_learn_session_delete: {
                        table: 'sys_security_acl'
                        id: '1c0417a72a0b4ebd8446d632624149cc'
                    }
                    acl_learn_session_read: {
                        table: 'sys_security_acl'
                        id: 'b29f3c259f664c26bf114b9bf91247f2'
                    }
                    acl_learn_session_write: {
                        table: 'sys_security_acl'
                        id: '49c3ef3aceaf405c917272a5644e2c91'
                    }
                    acl_page_diagnostics: {
                        table: 'sys_security_acl'
                        id: '598a7fef190e4b52970b32053d54e12d'
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
                    api_diagnostics: {
                        table: 'sys_ws_definition'
                        id: 'd680d5fef14e4020bae308d6cd47729c'
                    }
                    api_diagnostics_checks: {
                        table: 'sys_ws_operation'
                        id: 'cddf944f7c0f439a9be857843d8770cb'
                    }
                    api_diagnostics_v1: {
                        table: 'sys_ws_version'
                        id: 'b9c9be231bdf48d6b587b19f24cd6eb3'
                    }
                    api_health: {
                        table: 'sys_ws_definition'
                        id: 'a42107c6b0fa40d1b46e1954e677c7bc'
                    }
                    api_health_message: {
                        table: 'sys_ws_operation'
                        id: '85380f8b34f04143baeaee0c24af9247'
                    }
                    api_health_messages: {
                        table: 'sys_ws_operation'
                        id: '26765612a70c4ac9929c22205351c809'
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
                    api_panel_recorded_case_create: {
                        table: 'sys_ws_operation'
                        id: 'c8390106c00f4547b1969fb46b29ada4'
                    }
                    api_panel_recorded_case_update: {
                        table: 'sys_ws_operation'
                        id: 'ddda2042d31a45b2ae8a000e6e8e46c5'
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
                        id: 'dbf043dc3e8e4c27a85429148f258591'
                    }
                    atf_acc_open_case_administrator: {
                        table: 'sys_atf_step'
                        id: '95b43c84363e46498bf6ce8efc19f795'
                    }
                    atf_acc_open_case_administrator_admitted: {
                        table: 'sys_atf_step'
                        id: 'e19760bdce7d41dab8124a4bfa5d8343'
                    }
                    atf_acc_open_case_administrator_role: {
                        table: 'sys_atf_step'
                        id: '4c4a307f40574b74a44117624272bfe0'
                    }
                    atf_acc_open_case_insights: {
                        table: 'sys_atf_step'
                        id: '4caab47b6e634e85982190d9da206e47'
                    }
                    atf_acc_open_case_insights_refused: {
                        table: 'sys_atf_step'
                        id: '0d5560ac89aa48e88e83530dc0ec3b4c'
                    }
                    atf_acc_open_case_insights_role: {
                        table: 'sys_atf_step'
                        id: '9ae4bb8fb2bf4b278c26d4cfab448f41'
                    }
                    atf_acc_open_case_itil: {
                        table: 'sys_atf_step'
                        id: 'efd5b33764914795a4b0123212adbdf9'
                    }
                    atf_acc_open_case_no_case: {
                        table: 'sys_atf_step'
                        id: '51070f5037e64d31a82bbbb62be1f7fe'
                    }
                    atf_acc_panel_api: {
                        table: 'sys_atf_test'
                        id: 'c7a5559b94a044d69191a8269eeaa136'
                    }
                    atf_acc_panel_api_agent: {
                        table: 'sys_atf_step'
                        id: 'c21beedc427b4f98bde2d16888fb4a9c'
                    }
                    atf_acc_panel_api_agent_refused: {
                        table: 'sys_atf_step'
                        id: 'd069b68b4d8546138e3ef4f691f83c0e'
                    }
                    atf_acc_panel_api_insights: {
                        table: 'sys_atf_step'
                        id: '3dc42c0c10834896897d65682effd011'
                    }
                    atf_acc_panel_api_insights_admitted: {
                        table: 'sys_atf_step'
                        id: 'ec66d22343c04a1da079601f084ff7be'
                    }
                    atf_acc_panel_api_insights_role: {
                        table: 'sys_atf_step'
                        id: '972262e9739549feac525baac34f5ee3'
                    }
                    atf_acc_panel_api_itil: {
                        table: 'sys_atf_step'
                        id: 'cfcd290d8ba5492b946d6b38de1c06d2'
                    }
                    atf_acc_panel_api_mode: {
                        table: 'sys_atf_step'
                        id: '5816e438f851482aa6bcad56cfee2699'
                    }
                    atf_acc_panel_api_runner_200: {
                        table: 'sys_atf_step'
                        id: '13fbcb8659ae456d81a4c70c4275e874'
                    }
                    atf_acc_panel_api_runner_get: {
                        table: 'sys_atf_step'
                        id: 'dcf5628554424c1bb49096cdd362493d'
                    }
                    atf_acc_panel_api_runner_mode: {
                        table: 'sys_atf_step'
                        id: 'c788859f8eee47a99e9eea9ce3884fc2'
                    }
                    atf_acc_panel_page: {
                        table: 'sys_atf_test'
                        id: '84054f39f82848069bf46f0d898777c3'
                    }
                    atf_acc_panel_page_agent: {
                        table: 'sys_atf_step'
                        id: '1cc172805c31437eb93f204e23e97685'
                    }
                    atf_acc_panel_page_agent_refused: {
                        table: 'sys_atf_step'
                        id: '83ccc82bc70a4341b51789194a2dc757'
                    }
                    atf_acc_panel_page_insights: {
                        table: 'sys_atf_step'
                        id: '545359f279eb4287bf339cd985fecc44'
                    }
                    atf_acc_panel_page_insights_admitted: {
                        table: 'sys_atf_step'
                        id: 'a5ff9d4e472d4ac08f60ce758163d85b'
                    }
                    atf_acc_panel_page_insights_role: {
                        table: 'sys_atf_step'
                        id: 'f94e212bf03749359abea33f4b67ddeb'
                    }
                    atf_acc_panel_page_itil: {
                        table: 'sys_atf_step'
                        id: 'd489a38768ef4fa9bc5b1eea2278d912'
                    }
                    atf_acc_setup_api: {
                        table: 'sys_atf_test'
                        id: '481f1b0daaad4b298bebbf72466c928c'
                    }
                    atf_acc_setup_api_administrator: {
                        table: 'sys_atf_step'
                        id: '819444b76ef1479f9b219955ab10712b'
                    }
                    atf_acc_setup_api_administrator_admitted: {
                        table: 'sys_atf_step'
                        id: 'b5c42a210d0a447b85137bf8c0a456b9'
                    }
                    atf_acc_setup_api_insights: {
                        table: 'sys_atf_step'
                        id: 'd102b05eb92041788c772adb5f711614'
                    }
                    atf_acc_setup_api_insights_refused: {
                        table: 'sys_atf_step'
                        id: '8a098043a5b54b51a1192a53c0b4c558'
                    }
                    atf_acc_setup_api_runner_200: {
                        table: 'sys_atf_step'
                        id: 'd4e02d6654f447539428eab8f58fbfab'
                    }
                    atf_acc_setup_api_runner_get: {
                        table: 'sys_atf_step'
                        id: '1fcb929d57b64ff0892102596401a882'
                    }
                    atf_acc_setup_api_runner_state: {
                        table: 'sys_atf_step'
                        id: '1a03aca14c3c456bab21fe388737dd8e'
                    }
                    atf_con_access: {
                        table: 'sys_atf_test'
                        id: 'b6310ffeb09b49b7af6ad72c4b35e7fa'
                    }
                    atf_con_access_admin_403: {
                        table: 'sys_atf_step'
                        id: '9615d79c4b224f65a30235e495be9436'
                    }
                    atf_con_access_admin_ping: {
                        table: 'sys_atf_step'
                        id: 'bcaef909e3cb4d408f976a3d1b65635b'
                    }
                    atf_con_access_admin_reason: {
                        table: 'sys_atf_step'
                        id: '4c89ae438cc14f4a989a860d7f9a724e'
                    }
                    atf_con_access_agent_refused: {
                        table: 'sys_atf_step'
                        id: '88e16d117cca4fea9431a28488d5dc3b'
                    }
                    atf_con_access_as_agent: {
                        table: 'sys_atf_step'
                        id: 'f6d06e8490e8462d81856ce82fb11729'
                    }
                    atf_con_access_as_integration: {
                        table: 'sys_atf_step'
                        id: '057012a1e0ed4d99be8f04d465113e82'
                    }
                    atf_con_access_incident_manager: {
                        table: 'sys_atf_step'
                        id: 'd60ebf446e7142d2b42c3e43aed9d082'
                    }
                    atf_con_access_integration_admitted: {
                        table: 'sys_atf_step'
                        id: '4c2f4f3c711142c9bacc1a0744b2e5cb'
                    }
                    atf_con_access_itil: {
                        table: 'sys_atf_step'
                        id: '3aa8e8ec45c643b1a2f96715bf1e22df'
                    }
                    atf_con_access_runner_200: {
                        table: 'sys_atf_step'
                        id: 'a96f78d5781a40d49c9702ff6de0c711'
                    }
                    atf_con_access_runner_ping: {
                        table: 'sys_atf_step'
                        id: '1df2e06b6e9f4beeb25dcaf065118439'
                    }
                    atf_con_access_runner_repository: {
                        table: 'sys_atf_step'
                        id: '5800585b861242ea80ac29a13a0689e5'
                    }
                    atf_con_access_runner_status: {
                        table: 'sys_atf_step'
                        id: 'cbe01493f68f49f187863ae2eb281272'
                    }
                    atf_con_access_setup: {
                        table: 'sys_atf_step'
                        id: '49b90d6782e04f94872d609a682de538'
                    }
                    atf_con_access_setup_other: {
                        table: 'sys_atf_step'
                        id: '2fbc1f6bb41945c9832ea00049d3e636'
                    }
                    atf_con_close: {
                        table: 'sys_atf_test'
                        id: '80dd47e70dc74c0d84c677e9dc44a9dd'
                    }
                    atf_con_close_200: {
                        table: 'sys_atf_step'
                        id: 'b97d3c8a75084d9c8600a50c13bfa086'
                    }
                    atf_con_close_409: {
                        table: 'sys_atf_step'
                        id: '94de4bcfe8ca48fab930bb3fad8f2430'
                    }
                    atf_con_close_case: {
                        table: 'sys_atf_step'
                        id: '5d92fba056184e2caa9f0e70ee0d8503'
                    }
                    atf_con_close_close: {
                        table: 'sys_atf_step'
                        id: '8e6e1b6f25844d03848e77c7e9414520'
                    }
                    atf_con_close_close_again: {
                        table: 'sys_atf_step'
                        id: '54ef33cf93024fd7ba0fe0c99b47c65d'
                    }
                    atf_con_close_follows_map: {
                        table: 'sys_atf_step'
                        id: '8355569b48f84b2b9fdecefd438be648'
                    }
                    atf_con_close_reason: {
                        table: 'sys_atf_step'
                        id: '2ee879d908254052afb83a04edd70515'
                    }
                    atf_con_close_setup: {
                        table: 'sys_atf_step'
                        id: 'c503cb37aba34deb98d80ec933b2fd48'
                    }
                    atf_con_close_status: {
                        table: 'sys_atf_step'
                        id: '6933cb973cc143c9bd2924e0a0301477'
                    }
                    atf_con_comment: {
                        table: 'sys_atf_test'
                        id: '979852978d5b4c47afe06c418ceab19b'
                    }
                    atf_con_comment_200: {
                        table: 'sys_atf_step'
                        id: '998ee6e6c8e349919addbd2389631e76'
                    }
                    atf_con_comment_201: {
                        table: 'sys_atf_step'
                        id: '653aa2a21bc04f7fa76edc0de788150e'
                    }
                    atf_con_comment_duplicate: {
                        table: 'sys_atf_step'
                        id: 'eb1216bb107f44f997d1ae6a483b8d06'
                    }
                    atf_con_comment_not_duplicate: {
                        table: 'sys_atf_step'
                        id: 'c7a3a1acb99a415ea5b375f9825362cb'
                    }
                    atf_con_comment_one_comment: {
                        table: 'sys_atf_step'
                        id: '6f8e63a61fc44b4bbe0b296d90d03eb8'
                    }
                    atf_con_comment_post: {
                        table: 'sys_atf_step'
                        id: '6fb8ab80a7d34f50a2ab84ce3e466937'
                    }
                    atf_con_comment_post_again: {
                        table: 'sys_atf_step'
                        id: 'b101ab2cba164c86ad58f6e516c01580'
                    }
                    atf_con_comment_setup: {
                        table: 'sys_atf_step'
                        id: '193cca02a34743bd8e88a1970b7c886d'
                    }
                    atf_con_comment_still_one_comment: {
                        table: 'sys_atf_step'
                        id: 'e0f9552f93af49788488a37543556eff'
                    }
                    atf_con_malformed: {
                        table: 'sys_atf_test'
                        id: '0d7006b9626c4b4d8f58e25b5fc5d6ae'
                    }
                    atf_con_malformed_after: {
                        table: 'sys_atf_step'
                        id: '0c66c0d8e512454091bf39b16cb83073'
                    }
                    atf_con_malformed_array: {
                        table: 'sys_atf_step'
                        id: '9c6f23ced8e64d68a8557ca50a3b8a06'
                    }
                    atf_con_malformed_array_400: {
                        table: 'sys_atf_step'
                        id: '9725d7b6d15b4dbe9c7f58fd8ccee1c2'
                    }
                    atf_con_malformed_before: {
                        table: 'sys_atf_step'
                        id: '2dfe99b92dff499283de45e3c4573dac'
                    }
                    atf_con_malformed_broken_json: {
                        table: 'sys_atf_step'
                        id: 'e191ecc76dc64d45859b9c73c8d0e223'
                    }
                    atf_con_malformed_broken_json_400: {
                        table: 'sys_atf_step'
                        id: '26c19c682529472cbb079d728e659c10'
                    }
                    atf_con_malformed_broken_json_reason: {
                        table: 'sys_atf_step'
                        id: 'a8e5300fdf454c8a96305b0485145a26'
                    }
                    atf_con_malformed_no_resolution: {
                        table: 'sys_atf_step'
                        id: 'c034d73d1edf4585aacf56e949a2f0e4'
                    }
                    atf_con_malformed_no_resolution_400: {
                        table: 'sys_atf_step'
                        id: '4882b5e490014ecab389018784d4dfa8'
                    }
                    atf_con_malformed_setup: {
                        table: 'sys_atf_step'
                        id: '939479cbef524bc59f56867a6ab49874'
                    }
                    atf_con_malformed_unknown_field: {
                        table: 'sys_atf_step'
                        id: 'cf0e02948000425593c145f019bbd4db'
                    }
                    atf_con_malformed_unknown_field_400: {
                        table: 'sys_atf_step'
                        id: 'df04b287aaef481badad6065405ea804'
                    }
                    atf_con_malformed_unknown_field_reason: {
                        table: 'sys_atf_step'
                        id: '0512ff81b44f49098c12f27530b9cba0'
                    }
                    atf_con_oversized: {
                        table: 'sys_atf_test'
                        id: '9fe9077dfac842a39e99420d79cb7356'
                    }
                    atf_con_oversized_after: {
                        table: 'sys_atf_step'
                        id: 'cbb29e9d42f048558f247367fa2fd698'
                    }
                    atf_con_oversized_before: {
                        table: 'sys_atf_step'
                        id: 'cbffb63adb8a4f3a8f5b6ffa7e1bac4c'
                    }
                    atf_con_oversized_limit: {
                        table: 'sys_atf_step'
                        id: '8c4a3aa194124b00b59ad82fd38cfc81'
                    }
                    atf_con_oversized_patch: {
                        table: 'sys_atf_step'
                        id: '4da987fb052643bfaaf63523bed5b481'
                    }
                    atf_con_oversized_patch_413: {
                        table: 'sys_atf_step'
                        id: '2f44d6654200423a80606038ae681ad2'
                    }
                    atf_con_oversized_post: {
                        table: 'sys_atf_step'
                        id: '443f80f164fe48bd99663b54c61adf44'
                    }
                    atf_con_oversized_post_413: {
                        table: 'sys_atf_step'
                        id: '66c66854fc7847afaa84d956dfee131d'
                    }
                    atf_con_oversized_post_reason: {
                        table: 'sys_atf_step'
                        id: '6ea14d6c206d4b2487980c30cc5d580a'
                    }
                    atf_con_oversized_setup: {
                        table: 'sys_atf_step'
                        id: '7fdc911970694ec7a369faa0d1d1e4dc'
                    }
                    atf_con_read: {
                        table: 'sys_atf_test'
                        id: '86ae7df031814e5abf162a2a73d5868f'
                    }
                    atf_con_read_200: {
                        table: 'sys_atf_step'
                        id: 'ff1fdd10d1cd46d0866e949b7d9746a1'
                    }
                    atf_con_read_case_id: {
                        table: 'sys_atf_step'
                        id: '6a8d0d80bfe94968ba5bae8ab7e08ece'
                    }
                    atf_con_read_get: {
                        table: 'sys_atf_step'
                        id: '48e693f654164f49a917cdf384e70676'
                    }
                    atf_con_read_incident: {
                        table: 'sys_atf_step'
                        id: 'c966e563d5fb4f9da5ba9cd2501f612b'
                    }
                    atf_con_read_setup: {
                        table: 'sys_atf_step'
                        id: '2f035200c58449eca89c40f25f0e329f'
                    }
                    atf_con_read_severity: {
                        table: 'sys_atf_step'
                        id: '5dac767652a047a0bb136d959e697134'
                    }
                    atf_con_read_short_description: {
                        table: 'sys_atf_step'
                        id: '543e57aa98f54926a8f8060ef48347bd'
                    }
                    atf_con_read_status: {
                        table: 'sys_atf_step'
                        id: '41b99d8691bb41a2aa38caf8602e2d93'
                    }
                    atf_con_status: {
                        table: 'sys_atf_test'
                        id: 'c96a0b36bb8547168649505f3430d661'
                    }
                    atf_con_status_200: {
                        table: 'sys_atf_step'
                        id: '0aa90fc00d844a9b91f60fb3bd821881'
                    }
                    atf_con_status_case: {
                        table: 'sys_atf_step'
                        id: '7b46112b863049fa9c0fc217100d4818'
                    }
                    atf_con_status_follows_map: {
                        table: 'sys_atf_step'
                        id: 'bc00c16280f64d9c806501cd11f67fcc'
                    }
                    atf_con_status_patch: {
                        table: 'sys_atf_step'
                        id: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                    }
                    atf_con_status_setup: {
                        table: 'sys_atf_step'
                        id: '054b34216ce94d29916223fb4fa1e862'
                    }
                    atf_con_status_severity: {
                        table: 'sys_atf_step'
                        id: '31d690c2cd2e45edb0a5d0c429ff6826'
                    }
                    atf_con_status_status: {
                        table: 'sys_atf_step'
                        id: '7cfb120102094ee599a6457495afa261'
                    }
                    atf_con_wrong_repo: {
                        table: 'sys_atf_test'
                        id: '7372eea98acd437b8ded2a8890cf49d4'
                    }
                    atf_con_wrong_repo_after: {
                        table: 'sys_atf_step'
                        id: 'c2e3e984d54545fa9e8ed81cc8920081'
                    }
                    atf_con_wrong_repo_before: {
                        table: 'sys_atf_step'
                        id: 'cc147c6853664b2887bf0ffa7a4ae824'
                    }
                    atf_con_wrong_repo_close: {
                        table: 'sys_atf_step'
                        id: '0bad742b977b4febac801a88ca97f3ca'
                    }
                    atf_con_wrong_repo_close_404: {
                        table: 'sys_atf_step'
                        id: '114d366056dc453b9a712265c6b219cc'
                    }
                    atf_con_wrong_repo_patch: {
                        table: 'sys_atf_step'
                        id: 'd34f4625a19b40c58c0ecaa48fa046cd'
                    }
                    atf_con_wrong_repo_patch_404: {
                        table: 'sys_atf_step'
                        id: 'd4ef0af3508e4f01a9476fd360c84eae'
                    }
                    atf_con_wrong_repo_ping: {
                        table: 'sys_atf_step'
                        id: '627d898733e94144ac293add1f8d895b'
                    }
                    atf_con_wrong_repo_ping_404: {
                        table: 'sys_atf_step'
                        id: '724bdde0e7f3461ea2be6d8deea75b0c'
                    }
                    atf_con_wrong_repo_ping_reason: {
                        table: 'sys_atf_step'
                        id: 'a334795b9eec4ea5a6401c570bc18bc1'
                    }
                    atf_con_wrong_repo_post: {
                        table: 'sys_atf_step'
                        id: 'f546886df5ce4b58812b457828bed9c2'
                    }
                    atf_con_wrong_repo_post_404: {
                        table: 'sys_atf_step'
                        id: '0baef687b1104539998c479a8fa1f309'
                    }
                    atf_con_wrong_repo_post_reason: {
                        table: 'sys_atf_step'
                        id: 'fbb86ff46a55428395f898b97cf493e2'
                    }
                    atf_con_wrong_repo_setup: {
                        table: 'sys_atf_step'
                        id: '6dbdccc944c048f88aae6f4d4dd24465'
                    }
                    atf_platform_app_table_access: {
                        table: 'sys_atf_test'
                        id: '051fc1c1074a4e20ab3b30780f6c624f'
                    }
                    atf_platform_app_table_access_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '9a043f7fab534d2388feed32c8fe1392'
                    }
                    atf_platform_app_table_access_script: {
                        table: 'sys_atf_step'
                        id: 'b6e6208143ec42b38f3148be1e4f8a40'
                    }
                    atf_platform_boolean_queries: {
                        table: 'sys_atf_test'
                        id: '797fd988205b4f169ac96b227aa21f87'
                    }
                    atf_platform_boolean_queries_app: {
                        table: 'sys_atf_step'
                        id: '88481835ed4d490886b426687c07398a'
                    }
                    atf_platform_boolean_queries_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '194b77dd1341446ab09b597a577f00c8'
                    }
                    atf_platform_boolean_queries_insert: {
                        table: 'sys_atf_step'
                        id: 'f7ddc78afe99440babd0aacc376cfb7f'
                    }
                    atf_platform_boolean_queries_one: {
                        table: 'sys_atf_step'
                        id: '8bb2bfd611d149baa780d37195d1f783'
                    }
                    atf_platform_boolean_queries_true: {
                        table: 'sys_atf_step'
                        id: '37228e0a7e7941a2908a08f85c5de5ca'
                    }
                    atf_platform_boolean_queries_zero: {
                        table: 'sys_atf_step'
                        id: 'b8d5a49f262f40a98ac25e54457fa8f0'
                    }
                    atf_platform_boolean_reader: {
                        table: 'sys_atf_test'
                        id: '0879824c09b04411b1bd75ca8c80e92b'
                    }
                    atf_platform_boolean_reader_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '86b3611465da4ebcb28a481ba65b6937'
                    }
                    atf_platform_boolean_reader_saved: {
                        table: 'sys_atf_step'
                        id: '8d600941d58645f4a896ded6965e2fa9'
                    }
                    atf_platform_boolean_reader_spellings: {
                        table: 'sys_atf_step'
                        id: 'bbaa28fe373542da8333cf8682aa3f4a'
                    }
                    atf_platform_boolean_reads: {
                        table: 'sys_atf_test'
                        id: '3c3bb21cfe974f2ca6c556421cf56713'
                    }
                    atf_platform_boolean_reads_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'b8b9f35fa86e4510a089c84e0d7cf8af'
                    }
                    atf_platform_boolean_reads_insert_false: {
                        table: 'sys_atf_step'
                        id: '90bc401d8bbb42c69ccdfa775e4f48d7'
                    }
                    atf_platform_boolean_reads_insert_true: {
                        table: 'sys_atf_step'
                        id: '87da30b96ca040299508e1d4e260aaae'
                    }
                    atf_platform_boolean_reads_script: {
                        table: 'sys_atf_step'
                        id: '25ae9c7ab9ef423fac1917cf1256edcc'
                    }
                    atf_platform_boolean_reads_validate_false: {
                        table: 'sys_atf_step'
                        id: 'bd61dfc3aab443d2b09261855fdc9f24'
                    }
                    atf_platform_boolean_reads_validate_true: {
                        table: 'sys_atf_step'
                        id: 'c4857fe845b343808e67da7702520095'
                    }
                    atf_platform_close_codes: {
                        table: 'sys_atf_test'
                        id: '2939bcdc728048a2924c861ac598f4cc'
                    }
                    atf_platform_close_codes_choices: {
                        table: 'sys_atf_step'
                        id: 'ab63bd977d554b64882cda0f1d686e7b'
                    }
                    atf_platform_close_codes_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'b99f814828fa431ea8f464fc4aa27bbb'
                    }
                    atf_platform_close_codes_read: {
                        table: 'sys_atf_step'
                        id: 'c83453ae101446c086395ce13e94bfc8'
                    }
                    atf_platform_close_codes_resolve: {
                        table: 'sys_atf_step'
                        id: 'bb2a77f93f8140e98ef54c21ff392853'
                    }
                    atf_platform_close_info_policy: {
                        table: 'sys_atf_test'
                        id: 'fe2abde80dd1410fb650df071a68048a'
                    }
                    atf_platform_close_info_policy_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '3d30b06b958145a4bec3739d4b26ffdc'
                    }
                    atf_platform_close_info_policy_script: {
                        table: 'sys_atf_step'
                        id: '64e9986f65f841d5baa7020ea4cb26c6'
                    }
                    atf_platform_comment_sync_read: {
                        table: 'sys_atf_test'
                        id: '3db30c63b16a44f8a88fff947be404f6'
                    }
                    atf_platform_comment_sync_read_app: {
                        table: 'sys_atf_step'
                        id: '7f5b7bace0604014a273ef010a88e9bb'
                    }
                    atf_platform_comment_sync_read_comment: {
                        table: 'sys_atf_step'
                        id: 'bf3ae84600c147129fc9235401f78ffd'
                    }
                    atf_platform_comment_sync_read_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'f5efd18ffa8a4f0caefce480cf8a16ac'
                    }
                    atf_platform_comment_sync_read_incident: {
                        table: 'sys_atf_step'
                        id: '87700c2213fc48a1853b95d198443891'
                    }
                    atf_platform_comment_sync_read_journal: {
                        table: 'sys_atf_step'
                        id: '40e1cf58ad7b45f2be24226ab7b589d5'
                    }
                    atf_platform_cross_scope_reads: {
                        table: 'sys_atf_test'
                        id: '596f5b85aff148dd8e4ab5998f0e3968'
                    }
                    atf_platform_cross_scope_reads_app_records: {
                        table: 'sys_atf_step'
                        id: 'ec093265b9214b56bcb585d747bb4e32'
                    }
                    atf_platform_cross_scope_reads_create_user: {
                        table: 'sys_atf_step'
                        id: '2501228128164bcaa54c205356945057'
                    }
                    atf_platform_cross_scope_reads_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'ed6a0f4da57747908cd0550bc62ca4d6'
                    }
                    atf_platform_cross_scope_reads_new_user: {
                        table: 'sys_atf_step'
                        id: '4da5bb512714406f92678e96c3cf6ac9'
                    }
                    atf_platform_cross_scope_reads_tables: {
                        table: 'sys_atf_step'
                        id: '6e6696cee9aa49469307c0df89c070f2'
                    }
                    atf_platform_cross_scope_reads_user: {
                        table: 'sys_atf_step'
                        id: 'd68a23df904b4b869231b4767355a869'
                    }
                    atf_platform_cross_scope_reads_user_role: {
                        table: 'sys_atf_step'
                        id: '1ad18ce70ce9471695107410021fab7b'
                    }
                    atf_platform_default_view: {
                        table: 'sys_atf_test'
                        id: 'd2a93cad8f26463194a0b5bec1d46b22'
                    }
                    atf_platform_default_view_app: {
                        table: 'sys_atf_step'
                        id: '766ee66aea2f47b689d4dff7c630aaeb'
                    }
                    atf_platform_default_view_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'a7cf5cb2f43740408fe901f799e8fe14'
                    }
                    atf_platform_default_view_section: {
                        table: 'sys_atf_step'
                        id: 'd38cbb2fe8354214ac2d7b3eb7fd7b3b'
                    }
                    atf_platform_default_view_view: {
                        table: 'sys_atf_step'
                        id: 'e9d7ab8ae261429d8628103cec09f498'
                    }
                    atf_platform_field_cut: {
                        table: 'sys_atf_test'
                        id: 'f620990c15af43a195d8d1f7505f5d43'
                    }
                    atf_platform_field_cut_author: {
                        table: 'sys_atf_step'
                        id: 'af7f53e19a3b4026a9ffa29f02ab341c'
                    }
                    atf_platform_field_cut_case: {
                        table: 'sys_atf_step'
                        id: '5a46bd65f6444ae69286bbb2fec119f9'
                    }
                    atf_platform_field_cut_characters: {
                        table: 'sys_atf_step'
                        id: '954b4cb46fc84d4a8fad3cf2e5059c87'
                    }
                    atf_platform_field_cut_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '3cf578c5874e4becb68893d4bf9eaa75'
                    }
                    atf_platform_field_cut_incident: {
                        table: 'sys_atf_step'
                        id: 'b46fe0d3ef3a4fa384535b403fb87388'
                    }
                    atf_platform_field_cut_insert: {
                        table: 'sys_atf_step'
                        id: '7c47e69754c648808746d5bee6da2471'
                    }
                    atf_platform_field_cut_message_id: {
                        table: 'sys_atf_step'
                        id: '449e08963a8e4d48909b8bef525e8c83'
                    }
                    atf_platform_field_length_helper: {
                        table: 'sys_atf_test'
                        id: 'be17d86bd25e439fa557777146429691'
                    }
                    atf_platform_field_length_helper_cut: {
                        table: 'sys_atf_step'
                        id: '2254902dbf774c18864490ca1b349cf6'
                    }
                    atf_platform_field_length_helper_emoji: {
                        table: 'sys_atf_step'
                        id: '85b5d68a795542f9aec6c0517f323b22'
                    }
                    atf_platform_field_length_helper_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'f9c6f0ef957049e0bb785a52c5494d98'
                    }
                    atf_platform_field_length_helper_lengths: {
                        table: 'sys_atf_step'
                        id: '5d32d0e1c4f84b2ca24977194ebe007d'
                    }
                    atf_platform_field_length_helper_refuse: {
                        table: 'sys_atf_step'
                        id: '82c9a1b1b6314946aed01216bf6b7ba8'
                    }
                    atf_platform_journal_entry: {
                        table: 'sys_atf_test'
                        id: '01ac950cf92d4e109c92a17a3e8448d3'
                    }
                    atf_platform_journal_entry_first: {
                        table: 'sys_atf_step'
                        id: '77ff3dab498941d5837a4770c3e1b1b2'
                    }
                    atf_platform_journal_entry_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'fefe4443da50490f9c7ec4fd05539fe6'
                    }
                    atf_platform_journal_entry_second: {
                        table: 'sys_atf_step'
                        id: 'faeee9aaf77f4f519141013a9e7879ba'
                    }
                    atf_platform_journal_entry_write: {
                        table: 'sys_atf_step'
                        id: 'e67c7897f3e6437ea6f47c5bad0ac392'
                    }
                    atf_platform_journal_uncut: {
                        table: 'sys_atf_test'
                        id: '828f2d456265466a9101b81b15b0a992'
                    }
                    atf_platform_journal_uncut_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'a21d1fe5e428422aa0396802aee91891'
                    }
                    atf_platform_journal_uncut_script: {
                        table: 'sys_atf_step'
                        id: 'f0e21b8d785d4ac1a252a9c2f1fd0bc8'
                    }
                    atf_platform_log_source: {
                        table: 'sys_atf_test'
                        id: 'af53488e916c4dc48bbc2cd819792231'
                    }
                    atf_platform_log_source_found: {
                        table: 'sys_atf_step'
                        id: '01ed2dc9cbad45f480b27b08566576ed'
                    }
                    atf_platform_log_source_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'c0041e932b98431aa92573b7c16fca7c'
                    }
                    atf_platform_log_source_write: {
                        table: 'sys_atf_step'
                        id: '3349a4d647b6447a815756430f079b10'
                    }
                    atf_platform_long_text: {
                        table: 'sys_atf_test'
                        id: '83af0404ed2d410aa0cace71cd063f70'
                    }
                    atf_platform_long_text_app: {
                        table: 'sys_atf_step'
                        id: '1668aa3d6e45489b9b4dd5be7cf5a23d'
                    }
                    atf_platform_long_text_direct: {
                        table: 'sys_atf_step'
                        id: '9753233a00144e198b49e5d70258e8a7'
                    }
                    atf_platform_long_text_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '05cf2229ad9b4f49b3276b6287863678'
                    }
                    atf_platform_scoped_log_source: {
                        table: 'sys_atf_test'
                        id: '418630c7b0904c5984be2ca9d3f769e4'
                    }
                    atf_platform_scoped_log_source_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'd6a28244cf7f40cf80b7e8339f4ad6b4'
                    }
                    atf_platform_scoped_log_source_info: {
                        table: 'sys_atf_step'
                        id: '1c38e030c48f4cd1a52d7f4147a493c9'
                    }
                    atf_platform_scoped_log_source_warn: {
                        table: 'sys_atf_step'
                        id: 'fc793777a29e4318b9e09ba995d995bb'
                    }
                    atf_platform_scoped_log_source_write: {
                        table: 'sys_atf_step'
                        id: '919d0807526843f09b49f1a31c9ede75'
                    }
                    atf_platform_syslog_access: {
                        table: 'sys_atf_test'
                        id: '759e80349def473f988461c93f638721'
                    }
                    atf_platform_syslog_access_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '6af2ce210f3c4cbe91c3b53b8566860e'
                    }
                    atf_platform_syslog_access_script: {
                        table: 'sys_atf_step'
                        id: 'f74a08519934472f9cacde2e5ed15c81'
                    }
                    atf_platform_typed_values: {
                        table: 'sys_atf_test'
                        id: '8fd0c11b37ea4463a6365a713bf2db05'
                    }
                    atf_platform_typed_values_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: '79aaed4c9bd04156b0a49d1c1a0872cc'
                    }
                    atf_platform_typed_values_not_a_number: {
                        table: 'sys_atf_step'
                        id: '6eee0afb289c46e8b3366c182b783551'
                    }
                    atf_platform_typed_values_validate: {
                        table: 'sys_atf_step'
                        id: '6a4060d8eab14ce38b477e9f66257c69'
                    }
                    atf_platform_typed_values_write: {
                        table: 'sys_atf_step'
                        id: '0e641514d2a6439f95dbe1b2db8ca46a'
                    }
                    atf_platform_unique_index: {
                        table: 'sys_atf_test'
                        id: '67759fc602db4fc3b0aa5b1b7f71a6a3'
                    }
                    atf_platform_unique_index_case_first: {
                        table: 'sys_atf_step'
                        id: '4a67c31084b745548a0442373b06852c'
                    }
                    atf_platform_unique_index_case_other: {
                        table: 'sys_atf_step'
                        id: 'ecf1e03ff6e64596987d85a9c6599448'
                    }
                    atf_platform_unique_index_case_second: {
                        table: 'sys_atf_step'
                        id: '3c31c9e39dec4eca9090aca3f5ad5db0'
                    }
                    atf_platform_unique_index_feed_first: {
                        table: 'sys_atf_step'
                        id: '9a4b845bd3e944a3a07058237c35c657'
                    }
                    atf_platform_unique_index_feed_second: {
                        table: 'sys_atf_step'
                        id: '525e64a5cd2a457eac6a725c11ba8300'
                    }
                    atf_platform_unique_index_in_suite: {
                        table: 'sys_atf_test_suite_test'
                        id: 'dc7f06f3addf44128b3145066c31efe2'
                    }
                    atf_platform_unique_index_incident: {
                        table: 'sys_atf_step'
                        id: 'abdbf61c86cc4bbba1b064b179eff2ec'
                    }
                    atf_platform_unique_index_issue_first: {
                        table: 'sys_atf_step'
                        id: '6d5045d65cb2409a8d6d96e5b37bb9f0'
                    }
                    atf_platform_unique_index_issue_second: {
                        table: 'sys_atf_step'
                        id: 'f12abe8aefde41da826c79839e3027b5'
                    }
                    atf_platform_unique_index_message_first: {
                        table: 'sys_atf_step'
                        id: 'afdc2c45c5b64806b21ddae252a3b98b'
                    }
                    atf_platform_unique_index_message_other_case: {
                        table: 'sys_atf_step'
                        id: '63fd95647a7c49cba711f6ed52e1dd3e'
                    }
                    atf_platform_unique_index_message_second: {
                        table: 'sys_atf_step'
                        id: '5d614dc256854cf2be4553be97c89da2'
                    }
                    atf_platform_unique_index_script: {
                        table: 'sys_atf_step'
                        id: '3e5c349830ca45f69bf8442a4b79de97'
                    }
                    atf_platform_unique_index_status_first: {
                        table: 'sys_atf_step'
                        id: '95a0eafa847b49cda768970c934740d4'
                    }
                    atf_platform_unique_index_status_second: {
                        table: 'sys_atf_step'
                        id: '1634621532c94b6d9657b6fe1402633d'
                    }
                    atf_rules_agent_comment_queued: {
                        table: 'sys_atf_test'
                        id: '74cc1112b04c473aae206b4e851b8ed0'
                    }
                    atf_rules_closed_agent: {
                        table: 'sys_atf_step'
                        id: '2e8238c03bb94b408ae28839c7dba9f2'
                    }
                    atf_rules_closed_case: {
                        table: 'sys_atf_step'
                        id: '8c469c658d51441b9353433174f252c7'
                    }
                    atf_rules_closed_case_not_queued: {
                        table: 'sys_atf_test'
                        id: 'e51bab421e244dd2a3d84994f0e712af'
                    }
                    atf_rules_closed_comment: {
                        table: 'sys_atf_step'
                        id: '87a2b2400fac4fbc83f873c9b96d64eb'
                    }
                    atf_rules_closed_incident: {
                        table: 'sys_atf_step'
                        id: '320f6fe54d764481a15f9ed03e20ae5e'
                    }
                    atf_rules_closed_nothing: {
                        table: 'sys_atf_step'
                        id: '33e44e90de8a46a281dd22cb5287c7c3'
                    }
                    atf_rules_closed_setup: {
                        table: 'sys_atf_step'
                        id: '01eb7017c9ec445eb5c06a53395eba69'
                    }
                    atf_rules_microsoft_agent: {
                        table: 'sys_atf_step'
                        id: 'ed8308cdc3ca4df0b1a51867636a59a8'
                    }
                    atf_rules_microsoft_agent_reply: {
                        table: 'sys_atf_step'
                        id: '3b050e5275dc4eb286efdd2e27c581ec'
                    }
                    atf_rules_microsoft_agent_update: {
                        table: 'sys_atf_step'
                        id: 'ac406097c4eb4bdab24066f3f64b2d73'
                    }
                    atf_rules_microsoft_as_connector: {
                        table: 'sys_atf_step'
                        id: '79a5d6bdd2314798958d4d9ca52c3843'
                    }
                    atf_rules_microsoft_case: {
                        table: 'sys_atf_step'
                        id: 'd7ccf75277fb4ef6a3c220e94010d699'
                    }
                    atf_rules_microsoft_comment: {
                        table: 'sys_atf_step'
                        id: 'f475279d326047d385dc3cebb88225b8'
                    }
                    atf_rules_microsoft_connector: {
                        table: 'sys_atf_step'
                        id: 'fb429534b31e4b85ac3f9b4a617d256d'
                    }
                    atf_rules_microsoft_incident: {
                        table: 'sys_atf_step'
                        id: '2dabd6be5d5443b8ba4c9625f853faac'
                    }
                    atf_rules_microsoft_integration_user: {
                        table: 'sys_atf_step'
                        id: '3a17c8f003d143169ad7d0973a758fa6'
                    }
                    atf_rules_microsoft_never_echoed: {
                        table: 'sys_atf_step'
                        id: '783b1c4dbae34520a2d2204e90fc9cf2'
                    }
                    atf_rules_microsoft_not_queued: {
                        table: 'sys_atf_test'
                        id: '19535613000244bf90d908d5a52729f1'
                    }
                    atf_rules_microsoft_nothing_queued: {
                        table: 'sys_atf_step'
                        id: 'a5ef70d9c60c45738ccc1532bdd93cf7'
                    }
                    atf_rules_microsoft_reply_queued: {
                        table: 'sys_atf_step'
                        id: '9c27c7461d4a4f2aaab74562d7eddd25'
                    }
                    atf_rules_microsoft_setup: {
                        table: 'sys_atf_step'
                        id: 'ae39939206e84cd4805db109d6687bf0'
                    }
                    atf_rules_microsoft_still_nothing: {
                        table: 'sys_atf_step'
                        id: 'ae0edab18ca642b9b3074f9071e98694'
                    }
                    atf_rules_no_case_agent: {
                        table: 'sys_atf_step'
                        id: '1ce307e74bba4d339cbde9c1449e6ab3'
                    }
                    atf_rules_no_case_comment: {
                        table: 'sys_atf_step'
                        id: '241f647c593d4ce2b253f268c1564f18'
                    }
                    atf_rules_no_case_incident_kept: {
                        table: 'sys_atf_step'
                        id: '40949f1a1e4744fba3514a71aa50b4a5'
                    }
                    atf_rules_no_case_insert: {
                        table: 'sys_atf_step'
                        id: '4949dca461d444a99521a1f46991982a'
                    }
                    atf_rules_no_case_insert_nothing: {
                        table: 'sys_atf_step'
                        id: '59d7a888827745d289985dbaf952b136'
                    }
                    atf_rules_no_case_not_queued: {
                        table: 'sys_atf_test'
                        id: '8ac6161b290f490294bd2072518ead49'
                    }
                    atf_rules_no_case_setup: {
                        table: 'sys_atf_step'
                        id: '061c55b3f5464ade82101579c6eebd0e'
                    }
                    atf_rules_no_case_update_nothing: {
                        table: 'sys_atf_step'
                        id: '1fa88f5ef9fe448eb785cacd5db7176f'
                    }
                    atf_rules_pending_case: {
                        table: 'sys_atf_step'
                        id: '6bcb896588fb4665aa0c4c190ba5a5c1'
                    }
                    atf_rules_pending_comment: {
                        table: 'sys_atf_step'
                        id: '2be0d70ae7924bb7869655764f6a91c8'
                    }
                    atf_rules_pending_incident: {
                        table: 'sys_atf_step'
                        id: 'f85100a9b19b4a089b712c4adb29c7fb'
                    }
                    atf_rules_pending_nothing: {
                        table: 'sys_atf_step'
                        id: '0bb1e0bfe84b4de0b7e0a80474e9a43e'
                    }
                    atf_rules_queued_agent: {
                        table: 'sys_atf_step'
                        id: '07eefb955f7f48a2a04aa09947d7bbb1'
                    }
                    atf_rules_queued_case: {
                        table: 'sys_atf_step'
                        id: 'c5f3cf40a9ed4e5a839aaf2d865912f9'
                    }
                    atf_rules_queued_comment: {
                        table: 'sys_atf_step'
                        id: '22fc9f91fae242edbac72a124ed64199'
                    }
                    atf_rules_queued_entry: {
                        table: 'sys_atf_step'
                        id: '4aa8472e137d4724b9233303e2148be9'
                    }
                    atf_rules_queued_incident: {
                        table: 'sys_atf_step'
                        id: 'fc694afff2f24acc9c4f119a00d95f99'
                    }
                    atf_rules_queued_only_once: {
                        table: 'sys_atf_step'
                        id: '0f7a000ab2f94937a7daa0523cac1405'
                    }
                    atf_rules_queued_plain_update: {
                        table: 'sys_atf_step'
                        id: 'f9be5d906c6c4e879e4e0050ee439246'
                    }
                    atf_rules_queued_row: {
                        table: 'sys_atf_step'
                        id: '6fa49199b7314416810aad5a93cf8ce1'
                    }
                    atf_rules_queued_second_comment: {
                        table: 'sys_atf_step'
                        id: '8760955ddd2e470c927a80378fcb2e37'
                    }
                    atf_rules_queued_second_row: {
                        table: 'sys_atf_step'
                        id: 'b11cc971ec1c462699fab6b57e901e48'
                    }
                    atf_rules_queued_setup: {
                        table: 'sys_atf_step'
                        id: 'f0254c9fca314d5e9aac9aa101f592aa'
                    }
                    atf_rules_queued_still_once: {
                        table: 'sys_atf_step'
                        id: 'c3d0f67ad4e34492bce3b6a229fdb320'
                    }
                    atf_rules_status_map_close_code: {
                        table: 'sys_atf_test'
                        id: '27eb6f953b8b4fbda6af7a69d3bc0123'
                    }
                    atf_rules_status_map_insert_invalid: {
                        table: 'sys_atf_step'
                        id: '4bcc65e321cf45f18149763b2bca1854'
                    }
                    atf_rules_status_map_insert_no_code: {
                        table: 'sys_atf_step'
                        id: '97440fd97ef14263bb53374fe7357a73'
                    }
                    atf_rules_status_map_invalid_absent: {
                        table: 'sys_atf_step'
                        id: '6a38a6d95bea40e9abd30e48a59265fc'
                    }
                    atf_rules_status_map_unchanged: {
                        table: 'sys_atf_step'
                        id: 'ab07abc1418448f9a8fcedb25312c2d7'
                    }
                    atf_rules_status_map_update_invalid: {
                        table: 'sys_atf_step'
                        id: '7868c20d59b34261aa7c2dbb2273f2d3'
                    }
                    atf_rules_status_map_valid_code: {
                        table: 'sys_atf_step'
                        id: '394ff0bc88d446eea92b51bfb0ce55b7'
                    }
                    atf_rules_status_map_valid_inserted: {
                        table: 'sys_atf_step'
                        id: 'be9cf5bb0e514fb8a6bdd29abb24052e'
                    }
                    atf_rules_status_map_valid_updated: {
                        table: 'sys_atf_step'
                        id: 'ee3c52cdbc9e40829dc355093d22e23e'
                    }
                    atf_setup_consent_admin: {
                        table: 'sys_atf_step'
                        id: '7ef9cd5e2dd241eba971fc5f42b133b5'
                    }
                    atf_setup_consent_agrees: {
                        table: 'sys_atf_step'
                        id: '3603b5c11a8d468caf2cb3838db3dc19'
                    }
                    atf_setup_consent_fresh: {
                        table: 'sys_atf_step'
                        id: '3d9d6eba890041d6b80a57f450d1d9c7'
                    }
                    atf_setup_consent_needs_agree: {
                        table: 'sys_atf_step'
                        id: '557c75740abc4554b7331b2c2cb13283'
                    }
                    atf_setup_consent_not_recorded: {
                        table: 'sys_atf_step'
                        id: 'f40102d6a60e4d19a01a43ef83f9f58a'
                    }
                    atf_setup_consent_recorded: {
                        table: 'sys_atf_step'
                        id: '25eb55eaecfb41eb86f791797b18b7c5'
                    }
                    atf_setup_consent_required: {
                        table: 'sys_atf_test'
                        id: '7215c85ba2fc42cb81973cf5490447a1'
                    }
                    atf_setup_consent_steps_refused: {
                        table: 'sys_atf_step'
                        id: '5c0353ddaee64c30af44b72fd718dad6'
                    }
                    atf_setup_mode_choices: {
                        table: 'sys_atf_test'
                        id: '63c9b8ec40494b9b96a4c23036dcdbdc'
                    }
                    atf_setup_mode_rules: {
                        table: 'sys_atf_test'
                        id: 'a784a093a49f4639be06f36bf70eccf3'
                    }
                    atf_setup_modes_admin: {
                        table: 'sys_atf_step'
                        id: '6579f146040d46b9984323f939d1d1f2'
                    }
                    atf_setup_modes_consent: {
                        table: 'sys_atf_step'
                        id: '96381a6f5ab44b1e9cbb06a3ac91393d'
                    }
                    atf_setup_modes_each: {
                        table: 'sys_atf_step'
                        id: '783ca25f4a8247e282b6f9ce26a92e10'
                    }
                    atf_setup_modes_fresh: {
                        table: 'sys_atf_step'
                        id: '706ca7009aa44d8e97afbce66156307a'
                    }
                    atf_setup_modes_none_saved: {
                        table: 'sys_atf_step'
                        id: 'ab9a7239d17c4f88b214fcfe7c63cdee'
                    }
                    atf_setup_modes_still_none: {
                        table: 'sys_atf_step'
                        id: 'cf0d71711c0a4b83bc4c8ab1128871d9'
                    }
                    atf_setup_modes_unknown: {
                        table: 'sys_atf_step'
                        id: '2a64f999b8334aa0be8e8755d628e4b5'
                    }
                    atf_setup_refusals: {
                        table: 'sys_atf_test'
                        id: 'd438e4085b1949908769489a865d2e6c'
                    }
                    atf_setup_refusals_admin: {
                        table: 'sys_atf_step'
                        id: '257d70e97d574e2b80e6bda5c378c3f2'
                    }
                    atf_setup_refusals_consent: {
                        table: 'sys_atf_step'
                        id: 'ff7cd31dc6e14e06b4c5958767271152'
                    }
                    atf_setup_refusals_fresh: {
                        table: 'sys_atf_step'
                        id: '9c9d2e568cab40ec9dc04bcfb6323658'
                    }
                    atf_setup_refusals_insights_kept: {
                        table: 'sys_atf_step'
                        id: '05607260b73e4bdcb7f62a46d6ec858b'
                    }
                    atf_setup_refusals_not_in_mode: {
                        table: 'sys_atf_step'
                        id: '3201b58aa1e44167b5e4f12392c5030d'
                    }
                    atf_setup_refusals_order: {
                        table: 'sys_atf_step'
                        id: '71e99153dc7a43be839499da92467faf'
                    }
                    atf_setup_refusals_still_tenant: {
                        table: 'sys_atf_step'
                        id: '67e906a96f444bf7bc46288e220c9e44'
                    }
                    atf_setup_refusals_tenant_saved: {
                        table: 'sys_atf_step'
                        id: '8a6765e9b5d24e86bb5d3aa3e595e2b9'
                    }
                    atf_setup_refusals_tenant_validated: {
                        table: 'sys_atf_step'
                        id: '3aff3965506e48e4b6eebaa5102aac25'
                    }
                    atf_setup_rules_aad_client_id: {
                        table: 'sys_atf_step'
                        id: '77f1b7edf3754d73bf4d45b3670e63b6'
                    }
                    atf_setup_rules_aad_unchanged: {
                        table: 'sys_atf_step'
                        id: '04e60fd43bd045efbb0657d5948f8bd1'
                    }
                    atf_setup_rules_admin: {
                        table: 'sys_atf_step'
                        id: '7fd87d11cbf04d0aa5f58554d83a85b1'
                    }
                    atf_setup_rules_at_settings_basic: {
                        table: 'sys_atf_step'
                        id: 'd0c3bd5c890d403bb775159661a656fc'
                    }
                    atf_setup_rules_at_settings_insights: {
                        table: 'sys_atf_step'
                        id: '06332dac05c744a69512089d139b09d7'
                    }
                    atf_setup_rules_at_user_aad: {
                        table: 'sys_atf_step'
                        id: '13e5ef3472d04720a6c0c0276b18a277'
                    }
                    atf_setup_rules_basic_needs_email: {
                        table: 'sys_atf_step'
                        id: '6f622261ff724198a84875d6eaf852c1'
                    }
                    atf_setup_rules_basic_unchanged: {
                        table: 'sys_atf_step'
                        id: '6b66f144c1ab4eceaf385c0df27c8104'
                    }
                    atf_setup_rules_consent: {
                        table: 'sys_atf_step'
                        id: '0be5c9dd3c7f40bbb1569798a529bfb9'
                    }
                    atf_setup_rules_fresh: {
                        table: 'sys_atf_step'
                        id: 'b3fb6663cad44d4abde69ee1547e2e6f'
                    }
                    atf_setup_rules_insights_no_email: {
                        table: 'sys_atf_step'
                        id: '0ea69f371aff429482b775d6ec744125'
                    }
                    atf_setup_rules_insights_saved: {
                        table: 'sys_atf_step'
                        id: 'b919f857c77c4b2db739870dbe3a0d80'
                    }
                    atf_suite: {
                        table: 'sys_atf_test_suite'
                        id: '51f05a6e61d14f83b05aec63340d06b0'
                    }
                    atf_suite_acc_open_case: {
                        table: 'sys_atf_test_suite_test'
                        id: '5469409d07584f799ac982f1c6f88532'
                    }
                    atf_suite_acc_panel_api: {
                        table: 'sys_atf_test_suite_test'
                        id: '47da27c8322840f1bca433e892786937'
                    }
                    atf_suite_acc_panel_page: {
                        table: 'sys_atf_test_suite_test'
                        id: '72297e878a3d4891aba6e335177652ef'
                    }
                    atf_suite_acc_setup_api: {
                        table: 'sys_atf_test_suite_test'
                        id: '1b6997ce8ec5476fbecf236e3721ccdd'
                    }
                    atf_suite_con_access: {
                        table: 'sys_atf_test_suite_test'
                        id: '82f67351c6924a3fab6b75920d381e31'
                    }
                    atf_suite_con_close: {
                        table: 'sys_atf_test_suite_test'
                        id: 'b3e78858f253470c9118b1073ad905bd'
                    }
                    atf_suite_con_comment: {
                        table: 'sys_atf_test_suite_test'
                        id: '49ebb3797f48489a8f99d14936d83d51'
                    }
                    atf_suite_con_malformed: {
                        table: 'sys_atf_test_suite_test'
                        id: '91f7310fffc341178317633cf1fdd940'
                    }
                    atf_suite_con_oversized: {
                        table: 'sys_atf_test_suite_test'
                        id: '396b59bbf904418fb6e58a3012060e44'
                    }
                    atf_suite_con_read: {
                        table: 'sys_atf_test_suite_test'
                        id: '2868eab1c3104c3fa124b357d6ed6a9f'
                    }
                    atf_suite_con_status: {
                        table: 'sys_atf_test_suite_test'
                        id: 'aaf397f360ab4611bfb169c750652d91'
                    }
                    atf_suite_con_wrong_repo: {
                        table: 'sys_atf_test_suite_test'
                        id: '4d2526ada6ac47868c3826212c146d5f'
                    }
                    atf_suite_rules_agent_comment_queued: {
                        table: 'sys_atf_test_suite_test'
                        id: '29005520c448435c9605cfa71e6be1af'
                    }
                    atf_suite_rules_closed_case_not_queued: {
                        table: 'sys_atf_test_suite_test'
                        id: 'c00c4cfb1d8c463399071c9a5cba5f07'
                    }
                    atf_suite_rules_microsoft_not_queued: {
                        table: 'sys_atf_test_suite_test'
                        id: 'a20ee798e6a94719a9d037a775c6fb94'
                    }
                    atf_suite_rules_no_case_not_queued: {
                        table: 'sys_atf_test_suite_test'
                        id: '561f1809ab0c4b679714df02f0423f34'
                    }
                    atf_suite_rules_status_map_close_code: {
                        table: 'sys_atf_test_suite_test'
                        id: '4ee251481c6844d2827101de688c002d'
                    }
                    atf_suite_setup_consent_required: {
                        table: 'sys_atf_test_suite_test'
                        id: '8c9c4cc56ed748d285d2c0bc4c87f674'
                    }
                    atf_suite_setup_mode_choices: {
                        table: 'sys_atf_test_suite_test'
                        id: '089805514713448d80b911c1f3adc937'
                    }
                    atf_suite_setup_mode_rules: {
                        table: 'sys_atf_test_suite_test'
                        id: '5a2e574ea2174069853b54efb7d84f13'
                    }
                    atf_suite_setup_refusals: {
                        table: 'sys_atf_test_suite_test'
                        id: '5136e897de6a47dea6557221cebed3cf'
                    }
                    atf_suite_tab_attach: {
                        table: 'sys_atf_test_suite_test'
                        id: 'afe752a5a1054400a9a4eb78caf528b9'
                    }
                    atf_suite_tab_section_default_view: {
                        table: 'sys_atf_test_suite_test'
                        id: 'f7fa265a1e804a2a916ed5c7eaa92505'
                    }
                    atf_suite_tab_ui_action_visibility: {
                        table: 'sys_atf_test_suite_test'
                        id: '4b6877f519a64758befe74d7ee4ab957'
                    }
                    atf_tab_attach: {
                        table: 'sys_atf_test'
                        id: '5d5b1f11f5f74067b9b9563e2241aa82'
                    }
                    atf_tab_attach_admin: {
                        table: 'sys_atf_step'
                        id: '71011a699c2948f8b62774e4283564fb'
                    }
                    atf_tab_attach_agreed: {
                        table: 'sys_atf_step'
                        id: 'ec1d3d48aa1443f8901b26f7def6d35e'
                    }
                    atf_tab_attach_consent: {
                        table: 'sys_atf_step'
                        id: '204cda13a71645bd84cb7bf23accead6'
                    }
                    atf_tab_attach_removed: {
                        table: 'sys_atf_step'
                        id: '4c63fd8dab014115949ef20701220562'
                    }
                    atf_tab_attach_section: {
                        table: 'sys_atf_step'
                        id: '6c5e7f98a244451eb5efb3c32a0464ff'
                    }
                    atf_tab_attach_section_kept: {
                        table: 'sys_atf_step'
                        id: '099741594bf842ba814477c243a18591'
                    }
                    atf_tab_section_app_lookup: {
                        table: 'sys_atf_step'
                        id: 'f377b4501479431c95f03e027f16b11f'
                    }
                    atf_tab_section_default_view: {
                        table: 'sys_atf_test'
                        id: '4649519158f84215bc576c60f9a98ae0'
                    }
                    atf_tab_section_element: {
                        table: 'sys_atf_step'
                        id: '800bc2df0e94440e8326a4df2d4ecf6b'
                    }
                    atf_tab_section_formatter: {
                        table: 'sys_atf_step'
                        id: '8855107d848948de952a4395b6907b05'
                    }
                    atf_tab_section_macro: {
                        table: 'sys_atf_step'
                        id: '2e7c6dbd8ca147ce81f8bfea6b4d00a6'
                    }
                    atf_tab_section_roles: {
                        table: 'sys_atf_step'
                        id: '7d0b92ea4ec746a3998f3e71f6bb08d2'
                    }
                    atf_tab_section_section: {
                        table: 'sys_atf_step'
                        id: '41b1012d6cb842a58c1a3cd03667bed7'
                    }
                    atf_tab_section_view: {
                        table: 'sys_atf_step'
                        id: 'd9b86de8083a42d398e9cff6d505be92'
                    }
                    atf_tab_ui_action_agent: {
                        table: 'sys_atf_step'
                        id: '48e305b72a1c4768a64bce0a6182af99'
                    }
                    atf_tab_ui_action_agent_incident: {
                        table: 'sys_atf_step'
                        id: '9c89b9631d594f76844c96c2c22b75a2'
                    }
                    atf_tab_ui_action_agent_opens: {
                        table: 'sys_atf_step'
                        id: '0660737f7bfa4e90bfa14281bc55fb78'
                    }
                    atf_tab_ui_action_agent_sees: {
                        table: 'sys_atf_step'
                        id: 'ce63dbf3be11447698ec550f87571a56'
                    }
                    atf_tab_ui_action_as_agent: {
                        table: 'sys_atf_step'
                        id: '7377b74289d043bcbc5ef3870f3d444e'
                    }
                    atf_tab_ui_action_as_other: {
                        table: 'sys_atf_step'
                        id: '119f45515e074179915660cd2aeb5139'
                    }
                    atf_tab_ui_action_no_role: {
                        table: 'sys_atf_step'
                        id: '9927c60cf50a4e2195e140f08b44b0f9'
                    }
                    atf_tab_ui_action_no_role_hidden: {
                        table: 'sys_atf_step'
                        id: '21077dc3eae942008efe207cbc263e92'
                    }
                    atf_tab_ui_action_no_role_opens: {
                        table: 'sys_atf_step'
                        id: 'e058c5c40d2f4460976794497d363600'
                    }
                    atf_tab_ui_action_other_incident: {
                        table: 'sys_atf_step'
                        id: 'ebb7bb7338dd406981e80c29cc71bda9'
                    }
                    atf_tab_ui_action_visibility: {
                        table: 'sys_atf_test'
                        id: '7fcf960848794c2d9e9e92bde5db37af'
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
                    connector_access_policy: {
                        table: 'sys_api_access_policy'
                        id: '99043f6d767046deb2b164eb2713cc6d'
                    }
                    connector_auth_profile_basic: {
                        table: 'std_http_auth'
                        id: '0ab8ad57a1114ed8803332589f3a3681'
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
                    module_diagnostics: {
                        table: 'sys_app_module'
                        id: '460abca202a545aca0b8f2daae008e7c'
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
                    msg_case_note_note: {
                        table: 'sys_ui_message'
                        id: 'fbc6c79beb2043a48893ca8ce547f890'
                    }
                    msg_case_opening: {
                        table: 'sys_ui_message'
                        id: '01f712fe576f417b8cad3fdcb1d23d55'
                    }
                    msg_case_phone_invalid: {
                        table: 'sys_ui_message'
                        id: '4ecc0e4f45cd40e6a2a1cfe1aa143897'
                    }
                    msg_case_record_email_invalid: {
                        table: 'sys_ui_message'
                        id: '21ded1cc5d70444cb17b660648a14299'
                    }
                    msg_case_record_instructions: {
                        table: 'sys_ui_message'
                        id: '343f0ca110ac4bae8548fb5819a5ad8a'
                    }
                    msg_case_record_link_invalid: {
                        table: 'sys_ui_message'
                        id: 'e42478e0eed54053afab00fe7d621f06'
                    }
                    msg_case_record_name_invalid: {
                        table: 'sys_ui_message'
                        id: 'e8bafe2825714f90877aa1c52cb16177'
                    }
                    msg_case_record_none: {
                        table: 'sys_ui_message'
                        id: '88f62a416ea24c0788d77fdf0f24e0d7'
                    }
                    msg_case_record_not_available: {
                        table: 'sys_ui_message'
                        id: 'cf94a70024714c25858c012a29b45273'
                    }
                    msg_case_record_note_invalid: {
                        table: 'sys_ui_message'
                        id: 'ed2e64437aed43b99f9ee8621d8a1fd2'
                    }
                    msg_case_record_number_invalid: {
                        table: 'sys_ui_message'
                        id: 'a31ccbbc814d44868e16c276f056856a'
                    }
                    msg_case_record_number_taken: {
                        table: 'sys_ui_message'
                        id: 'bad9fa0cdb37445eb4de77777cf74072'
                    }
                    msg_case_record_status_invalid: {
                        table: 'sys_ui_message'
                        id: 'c357eee17cdf46ff9affaf68e9ba57b0'
                    }
                    msg_case_record_update_empty: {
                        table: 'sys_ui_message'
                        id: '3334200fc1c5481d801691ac77aa42fc'
                    }
                    msg_case_record_updated: {
                        table: 'sys_ui_message'
                        id: 'ac850f1d9a5148afb468cbe6cef370a7'
                    }
                    msg_case_recorded: {
                        table: 'sys_ui_message'
                        id: 'b8804ee056914d5297fc930f737337fc'
                    }
                    msg_case_recorded_note: {
                        table: 'sys_ui_message'
                        id: '1a968675908e4874aca930e1086eee1b'
                    }
                    msg_case_severity_invalid: {
                        table: 'sys_ui_message'
                        id: 'f06f23fcc0b44afeb530182f8901b03b'
                    }
                    msg_case_status_note: {
                        table: 'sys_ui_message'
                        id: 'f50e27bfb8784f8daf5488e34a9602e4'
                    }
                    msg_case_title_invalid: {
                        table: 'sys_ui_message'
                        id: '09bd0d6fcbbb4d6db8058ce2aba554fb'
                    }
                    msg_contact_app_support: {
                        table: 'sys_ui_message'
                        id: '9a7747b161b14a30bf314953c282bb6b'
                    }
                    msg_diag_budget_exceeded: {
                        table: 'sys_ui_message'
                        id: '66a277c22ac44f6b87be69b363dfa9f8'
                    }
                    msg_diag_fix_close_code: {
                        table: 'sys_ui_message'
                        id: '01cab43d914649468aa190527e38c8be'
                    }
                    msg_diag_fix_comment_queue: {
                        table: 'sys_ui_message'
                        id: '5ad2d2e458874ba78f15e28a34184859'
                    }
                    msg_diag_fix_connector: {
                        table: 'sys_ui_message'
                        id: 'a871747818fc4a91ada169cefffdecaf'
                    }
                    msg_diag_fix_cross_scope_read: {
                        table: 'sys_ui_message'
                        id: '0ffa694425ba4c2cb78e5037c839fa90'
                    }
                    msg_diag_fix_form_section: {
                        table: 'sys_ui_message'
                        id: 'c6db536b4ddd437d94060785b51bdb96'
                    }
                    msg_diag_fix_form_section_not_installed: {
                        table: 'sys_ui_message'
                        id: '1927f1f8c7004beebe1b7224b3f61e7f'
                    }
                    msg_diag_fix_graph: {
                        table: 'sys_ui_message'
                        id: '0c4b461303dc4cc4a2c27c419025a688'
                    }
                    msg_diag_fix_graph_permission: {
                        table: 'sys_ui_message'
                        id: 'c10da1f14c824fdaaf3493ef2f8733b6'
                    }
                    msg_diag_fix_health_sync_never: {
                        table: 'sys_ui_message'
                        id: '94cd61d4e634461bb429ea2f51dfada5'
                    }
                    msg_diag_fix_health_sync_stale: {
                        table: 'sys_ui_message'
                        id: '85c38d3b045842cc95f6eba591c2ad6d'
                    }
                    msg_diag_fix_inbound_provider: {
                        table: 'sys_ui_message'
                        id: 'a9d31c12886847b4a127598462ff2434'
                    }
                    msg_diag_fix_inbound_refusals: {
                        table: 'sys_ui_message'
                        id: 'cc6e2cfc7f1848deaac2ffbac0562ca8'
                    }
                    msg_diag_fix_integration_user: {
                        table: 'sys_ui_message'
                        id: '3a906899efb14999838c736291bd6ae1'
                    }
                    msg_diag_fix_job_inactive: {
                        table: 'sys_ui_message'
                        id: '8827d82dc3874214a34a1bae0b349bb2'
                    }
                    msg_diag_fix_job_missing: {
                        table: 'sys_ui_message'
                        id: '442c378d829b44c8a8c9990d9a46a972'
                    }
                    msg_diag_fix_job_not_running: {
                        table: 'sys_ui_message'
                        id: 'b5ffff3f3b284087987223cc5d5b1a8b'
                    }
                    msg_diag_fix_learn: {
                        table: 'sys_ui_message'
                        id: '6f9fbe3677b14419bff0ee10212d82e3'
                    }
                    msg_diag_fix_microsoft_urls: {
                        table: 'sys_ui_message'
                        id: '65836d846192474b8e4efbb15e7a9c39'
                    }
                    msg_diag_fix_no_close_codes: {
                        table: 'sys_ui_message'
                        id: 'f76000a269eb4e8689c0d55b6955b245'
                    }
                    msg_diag_fix_outbound_profile: {
                        table: 'sys_ui_message'
                        id: '7416a96b7ce04af2b111ca9bd11f8c5a'
                    }
                    msg_diag_fix_properties: {
                        table: 'sys_ui_message'
                        id: '4f9eebb755ab4c5fa681ccf9fdca5807'
                    }
                    msg_diag_fix_recent_failures: {
                        table: 'sys_ui_message'
                        id: 'eef5c5cd90104b14a2aab6b736129036'
                    }
                    msg_diag_fix_repository: {
                        table: 'sys_ui_message'
                        id: 'b34271b908fa46838298556d6c6ea8fe'
                    }
                    msg_diag_fix_setup_not_complete: {
                        table: 'sys_ui_message'
                        id: 'b6445348f74547c5b026c1942b10de76'
                    }
                    msg_diag_fix_setup_not_started: {
                        table: 'sys_ui_message'
                        id: '48f31dd4901b4f94b9ca66c128ef9dcf'
                    }
                    msg_diag_fix_token: {
                        table: 'sys_ui_message'
                        id: 'fa2767d1dbbd42d5aba7343ba7a72ff8'
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
                    msg_health_message_not_found: {
                        table: 'sys_ui_message'
                        id: 'bd10400d791e49b7a0a340c92c29dccd'
                    }
                    msg_health_messages_failed: {
                        table: 'sys_ui_message'
                        id: 'a38e6058563f45639d1247a4ec77ccf6'
                    }
                    msg_health_messages_filter_invalid: {
                        table: 'sys_ui_message'
                        id: '5b79cb9831494478a0444bcbbf41c13f'
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
                    msg_health_no_messages: {
                        table: 'sys_ui_message'
                        id: 'c8c3a1ba9cee4b3bb6fcdde47107ebe7'
                    }
                    msg_health_no_messages_filtered: {
                        table: 'sys_ui_message'
                        id: '4b644f8372324bb292112fdfefe85f18'
                    }
                    msg_health_report_attached: {
                        table: 'sys_ui_message'
                        id: 'fbc4172c36c14f7ba9f40748cbbd07b5'
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
                    msg_health_sync_messages: {
                        table: 'sys_ui_message'
                        id: '75403745d1a44244a2376fbfa3b0b2f4'
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
                    msg_inbound_credential_not_allowed: {
                        table: 'sys_ui_message'
                        id: '540cc0794bfc4d08bd37c597e6711bb0'
                    }
                    msg_inbound_failed: {
                        table: 'sys_ui_message'
                        id: '2ebe5edcbce749b58bc630083a4b1c9c'
                    }
                    msg_inbound_incident_closed: {
                        table: 'sys_ui_message'
                        id: '155f322ff6e443648f230f7b2d1312cb'
                    }
                    msg_inbound_incident_resolved: {
                        table: 'sys_ui_message'
                        id: 'd7f3eebe4d674cafb1d4a3eaaaff4803'
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
                        id: '36df80d544ae48f99be0ade580046928'
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
                    msg_match_active: {
                        table: 'sys_ui_message'
                        id: '22e9946917e846ea8a2802cb6e78f6db'
                    }
                    msg_match_feature: {
                        table: 'sys_ui_message'
                        id: '4f29d6718d0043f9a9b9678e237b87b6'
                    }
                    msg_match_feature_group: {
                        table: 'sys_ui_message'
                        id: '2e1c6e65f01a4198948e8416dc4dbbb4'
                    }
                    msg_match_message_center: {
                        table: 'sys_ui_message'
                        id: '48c58ea98cc542db854ce850295706a4'
                    }
                    msg_match_product_words: {
                        table: 'sys_ui_message'
                        id: '6f0e091e6a8040959633430a9be0bc42'
                    }
                    msg_match_resolved: {
                        table: 'sys_ui_message'
                        id: 'c9d5ccc6898c470db7a9af5a706708a9'
                    }
                    msg_match_service: {
                        table: 'sys_ui_message'
                        id: '2bf9947fc4c94ef6a47edbd302242bdb'
                    }
                    msg_match_service_by_name: {
                        table: 'sys_ui_message'
                        id: '0cb0c7e384704c8dbbf7dd93de274e1c'
                    }
                    msg_match_shared_words: {
                        table: 'sys_ui_message'
                        id: 'd9d3fe73b59d4c1799f2d3edfdc32074'
                    }
                    msg_not_authorized: {
                        table: 'sys_ui_message'
                        id: '0e83b65f98184d608532fad64045571e'
                    }
                    msg_oauth_entity_read_refused: {
                        table: 'sys_ui_message'
                        id: '00abe962ed3544b3afe1c5237ed19050'
                    }
                    msg_outbound_secret_rejected: {
                        table: 'sys_ui_message'
                        id: '74c5bf4ffc474de688ab9afdfcc208db'
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
                    msg_setup_access_policy_applied: {
                        table: 'sys_ui_message'
                        id: '0228d2861d6a4410bed109adcf8fea64'
                    }
                    msg_setup_access_policy_refused: {
                        table: 'sys_ui_message'
                        id: 'ad38d6a381234c46b4a538d2f90adaf2'
                    }
                    msg_setup_access_policy_suspended: {
                        table: 'sys_ui_message'
                        id: '0b4d946cb3eb4d5abfab527c6f130ae8'
                    }
                    msg_setup_boolean_invalid: {
                        table: 'sys_ui_message'
                        id: 'e0ff4f3fb0fb4ef1b88a9f17b8d6adc7'
                    }
                    msg_setup_completed: {
                        table: 'sys_ui_message'
                        id: '362ef5008e21475f92f38a6e7d12218d'
                    }
                    msg_setup_completed_insights: {
                        table: 'sys_ui_message'
                        id: '6192ab482419489e80b77583a77f7521'
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
                    msg_setup_enforced_aad: {
                        table: 'sys_ui_message'
                        id: '201a0bcc5da24c9d80003595b3671b7c'
                    }
                    msg_setup_enforced_basic: {
                        table: 'sys_ui_message'
                        id: '41284388ce4341dd8b37762b31e93139'
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
                    msg_setup_insights_open_cases: {
                        table: 'sys_ui_message'
                        id: '3d746c2718994dceb772937b4af30fd4'
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
                    msg_setup_mode_changed_cleared: {
                        table: 'sys_ui_message'
                        id: '0b2f9a9d10124b9593092cb991020ee4'
                    }
                    msg_setup_mode_invalid: {
                        table: 'sys_ui_message'
                        id: '80444e90c99142b49453e480508c8188'
                    }
                    msg_setup_not_enforced_aad: {
                        table: 'sys_ui_message'
                        id: '5c891fce5aa54255a0e7b9013935a78e'
                    }
                    msg_setup_not_enforced_basic: {
                        table: 'sys_ui_message'
                        id: 'faf5e4136f074199a4cc967c9d6e28fc'
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
                    msg_setup_test_inbound_client_id_refused: {
                        table: 'sys_ui_message'
                        id: '7163929ee1af4bb9a05bb8903149bcf5'
                    }
                    msg_setup_test_inbound_client_secret_refused: {
                        table: 'sys_ui_message'
                        id: 'fd07c16327174a82b15ce32bda8bbeb8'
                    }
                    msg_setup_test_inbound_failed: {
                        table: 'sys_ui_message'
                        id: '2790508f1c52483cb77603392d2f2351'
                    }
                    msg_setup_test_inbound_not_integration_user: {
                        table: 'sys_ui_message'
                        id: 'd2e6f8120fa14652ace8c669c7ccdb69'
                    }
                    msg_setup_test_inbound_password_refused: {
                        table: 'sys_ui_message'
                        id: 'e297d5e465284e59b60de761fa63b989'
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
                    msg_setup_test_inbound_username_refused: {
                        table: 'sys_ui_message'
                        id: 'be45ff2a191143af9eb099db7a36a382'
                    }
                    msg_setup_test_inbound_wrong_user: {
                        table: 'sys_ui_message'
                        id: '92d295b1ac3141c09aa6ac36318b4e2e'
                    }
                    msg_setup_test_not_needed_insights: {
                        table: 'sys_ui_message'
                        id: 'f0a53d7e1b9f4cffac9dd20e423d4373'
                    }
                    msg_setup_test_passed: {
                        table: 'sys_ui_message'
                        id: 'e8e214d1de704ed3acd1d8e5a33201ac'
                    }
                    msg_setup_test_repository_auth_type_mismatch: {
                        table: 'sys_ui_message'
                        id: 'dce53721cf0f4e4b91bfdd5be22bc4db'
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
                    msg_setup_test_token_secret_expired: {
                        table: 'sys_ui_message'
                        id: '01e8966bdba548ac806827204647aadf'
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
                    msg_setup_user_is_admin: {
                        table: 'sys_ui_message'
                        id: '7fe09828e61a4b809aa4c700f608de95'
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
                        id: '290ee5c9a6c7413b97bc0e73185772c9'
                    }
                    prop_learn_mcp_url: {
                        table: 'sys_properties'
                        id: 'f53c1759f8e74921bc8464aa3fc3bbd7'
                    }
                    prop_log_debug: {
                        table: 'sys_properties'
                        id: '9dfb61b7f411464487c9e2d1cb3ea9c8'
                    }
                    prop_solutions_source: {
                        table: 'sys_properties'
                        id: 'b5e7786069364c169689c13829d9de85'
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
                        id: '06d1115e7bbf4868bda1626c9644403a'
                    }
                    'src_server_atf_connector-fixtures_ts': {
                        table: 'sys_module'
                        id: '3b7bdb0e75fb43078d2a5b2554a45504'
                    }
                    'src_server_atf_route-call_ts': {
                        table: 'sys_module'
                        id: 'cd95a0ee117a452b90a3b6beda39f3d8'
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
                    'src_server_cases_open-case-claim_ts': {
                        table: 'sys_module'
                        id: 'c7a7a6baff4043b1ba401858a4a2f047'
                    }
                    'src_server_cases_recorded-case_ts': {
                        table: 'sys_module'
                        id: '03b3bdf8e69847a7a2a8e70fdbe57e40'
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
                    'src_server_connector_outbound-token_ts': {
                        table: 'sys_module'
                        id: '9624357033f4410a894708bc91ec494e'
                    }
                    src_server_connector_pause_ts: {
                        table: 'sys_module'
                        id: '62225b05b1d54f9a8121965e7203aebf'
                    }
                    'src_server_connector_secret-check_ts': {
                        table: 'sys_module'
                        id: '5d153f3b9b6a4f7a92046b6a3115ca51'
                    }
                    src_server_connector_types_ts: {
                        table: 'sys_module'
                        id: '86f7cc939543415ba56958262e647399'
                    }
                    src_server_diagnostics_checks_check_ts: {
                        table: 'sys_module'
                        id: 'f1347a21f61d46a39965d439173626b7'
                    }
                    src_server_diagnostics_checks_configuration_ts: {
                        table: 'sys_module'
                        id: 'f57a9bf59b16434690af838035272e94'
                    }
                    src_server_diagnostics_checks_microsoft_ts: {
                        table: 'sys_module'
                        id: '20d8c5d033424cfca434b653e119be05'
                    }
                    src_server_diagnostics_checks_platform_ts: {
                        table: 'sys_module'
                        id: 'e36af3b0c1e543da85ba2fb6801fc4c7'
                    }
                    'src_server_diagnostics_checks_setup-facts_ts': {
                        table: 'sys_module'
                        id: '01b6c980607e43b7a51d1c38f834d016'
                    }
                    src_server_diagnostics_checks_traffic_ts: {
                        table: 'sys_module'
                        id: 'f23b74c6f99f4288bb6d4951d1c4d74a'
                    }
                    'src_server_diagnostics_diagnostics-routes_ts': {
                        table: 'sys_module'
                        id: '21290e9b75fa42f19b3a84819f5d9100'
                    }
                    src_server_diagnostics_logger_ts: {
                        table: 'sys_module'
                        id: 'e9faf9f9001c42e6834253a3e8bd10a6'
                    }
                    'src_server_diagnostics_run-diagnostics_ts': {
                        table: 'sys_module'
                        id: '13a5f09d542b402797c19df589b39238'
                    }
                    'src_server_diagnostics_troubleshooting-rows_ts': {
                        table: 'sys_module'
                        id: '1d927fd5247b46a3b72681d53b6acf64'
                    }
                    'src_server_health_auto-incidents_ts': {
                        table: 'sys_module'
                        id: '487dd423e6d54f79ad9eb95ab7bf1eba'
                    }
                    'src_server_health_graph-client_ts': {
                        table: 'sys_module'
                        id: '84564bdcefb94ef3b0c2895133f12b40'
                    }
                    'src_server_health_graph-permissions_ts': {
                        table: 'sys_module'
                        id: 'bc5dc0c4b87445daa5d994c8162f0a35'
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
                    'src_server_health_incident-reports_ts': {
                        table: 'sys_module'
                        id: 'd38fea6fe6d6476bbbc2ce2b6716542c'
                    }
                    src_server_health_mapping_ts: {
                        table: 'sys_module'
                        id: '7e34ae1d820944da943dd41881546374'
                    }
                    'src_server_health_match-quality_ts': {
                        table: 'sys_module'
                        id: 'd70cf2b6834946dc947cdc5e083379a8'
                    }
                    src_server_health_matching_ts: {
                        table: 'sys_module'
                        id: 'c4e2e5dfbcf144ce8e349df0b0da238c'
                    }
                    'src_server_health_message-mapping_ts': {
                        table: 'sys_module'
                        id: '78dc90c996db4c209d349d5b869a31ec'
                    }
                    'src_server_health_message-sync_ts': {
                        table: 'sys_module'
                        id: '4b733db01c6f4f5b82e2932683dea9c0'
                    }
                    'src_server_health_message-view_ts': {
                        table: 'sys_module'
                        id: 'd613dd6b94d049dfb4883c3ec0c93a0c'
                    }
                    src_server_health_precision_ts: {
                        table: 'sys_module'
                        id: 'b43918f9809a45f79010035c8cb54da7'
                        deleted: true
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
                    src_server_inbound_credential_ts: {
                        table: 'sys_module'
                        id: '668750624de44cafaa772f41864d6fdd'
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
                    'src_server_inbound_refusal-log_ts': {
                        table: 'sys_module'
                        id: '7a0500e894554332a3ff0fa0f267bd30'
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
                        id: 'a093d936896047588ef86526a5afee23'
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
                    src_server_platform_claim_ts: {
                        table: 'sys_module'
                        id: '02182f9937ab4d4db3a63f63129240a8'
                    }
                    'src_server_platform_field-length_ts': {
                        table: 'sys_module'
                        id: 'c513cd7bef5e4c0ebcc9fc769c0c50c3'
                    }
                    'src_server_platform_journal-text_ts': {
                        table: 'sys_module'
                        id: '42d5ebe7ee594f619e59b325bb6afbe0'
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
                    'src_server_setup_access-policy_ts': {
                        table: 'sys_module'
                        id: 'c8ddaa1301e943afa9efccb891b90ded'
                    }
                    'src_server_setup_consent-route_ts': {
                        table: 'sys_module'
                        id: '7d74c00a1ecc4c9d9abd69aebdd09255'
                    }
                    'src_server_setup_link-account_ts': {
                        table: 'sys_module'
                        id: '99fa1879e62b4368b02fedb5ca883db2'
                    }
                    'src_server_setup_round-trip-cause_ts': {
                        table: 'sys_module'
                        id: '4e92453b96264c85a8c5b106f5b06507'
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
                    'src_server_solutions_learn-client_ts': {
                        table: 'sys_module'
                        id: '3f9242a49cc24527bcc7371464c53487'
                    }
                    'src_server_solutions_learn-links_ts': {
                        table: 'sys_module'
                        id: 'b73122138021406591354237374740a3'
                    }
                    'src_server_solutions_learn-session_ts': {
                        table: 'sys_module'
                        id: 'f79c6d57976b4426a88efe1578b9da4b'
                    }
                    src_server_solutions_source_ts: {
                        table: 'sys_module'
                        id: '25c033d3e6e44377a72d8a3ecfef388b'
                    }
                    src_server_solutions_sse_ts: {
                        table: 'sys_module'
                        id: 'ccb81852dd374b45ae466851f6c42036'
                    }
                    'src_server_time_date-time_ts': {
                        table: 'sys_module'
                        id: '21fab675a5404e2292a50c54abd96e4e'
                    }
                    'src_server_time_user-date-format_ts': {
                        table: 'sys_module'
                        id: '05f198485ee449b79c5acd1ebe2b5287'
                    }
                    'src_server_verification_route-call_ts': {
                        table: 'sys_module'
                        id: '97baf688323b4026914d26796363d654'
                        deleted: true
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
                    xs_read_sys_outbound_http_log: {
                        table: 'sys_scope_privilege'
                        id: 'e5b35629943e4b49bfbce30adee52889'
                    }
                    xs_read_sys_script_include: {
                        table: 'sys_scope_privilege'
                        id: '5acae5ee3ed24dd58c6b1a0fdef75cc1'
                    }
                    xs_read_sys_trigger: {
                        table: 'sys_scope_privilege'
                        id: 'a737b6107d1c4035994fabac1593b93d'
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
                    xs_read_sys_user_role_contains: {
                        table: 'sys_scope_privilege'
                        id: 'ab207cbf0fb6461ca41d624390b8d7ac'
                    }
                    xs_read_sysauto_script: {
                        table: 'sys_scope_privilege'
                        id: '9053930274344436b02308f13526dbc5'
                    }
                    xs_read_syslog: {
                        table: 'sys_scope_privilege'
                        id: 'bc78786516024414957ef83349d354d2'
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
                        id: '002800f948d74b1393091bf4d42c4ab1'
                        key: {
                            document_key: '4c89ae438cc14f4a989a860d7f9a724e'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '00280557f5d2425da1ced391aae74774'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6f8e63a61fc44b4bbe0b296d90d03eb8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '003b1f4dacd14bd69c344dc9734203bd'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '1fa88f5ef9fe448eb785cacd5db7176f'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0056ec571e2148b59c41ba137b3cd1c0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd68a23df904b4b869231b4767355a869'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '006fa528d4784971b56d602180849bfb'
                        key: {
                            document_key: '998ee6e6c8e349919addbd2389631e76'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00ece6c8aae74f5c9b9d3606589deaea'
                        key: {
                            document_key: '5a46bd65f6444ae69286bbb2fec119f9'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0116ff958a9d49d0bc7fc318df5b4cf6'
                        key: {
                            document_key: '22320828f03248d09bea8a11bfa1d1b3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '011a32a9cfc74b73bea151d1700da366'
                        key: {
                            document_key: 'd38cbb2fe8354214ac2d7b3eb7fd7b3b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '013623387ea3411a868a393c1dd585c8'
                        key: {
                            document_key: '6fb8ab80a7d34f50a2ab84ce3e466937'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0139b2d6bc0d4f8094c8810a5b10692e'
                        key: {
                            document_key: 'c3d0f67ad4e34492bce3b6a229fdb320'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0188bc8adf6b4bc0abdbb6ea82126d29'
                        key: {
                            document_key: 'ae0edab18ca642b9b3074f9071e98694'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '018ef27cd5a94366b2e9b7d0df82ad9b'
                        key: {
                            document_key: '59d7a888827745d289985dbaf952b136'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '01dcacc4917c4d0b9187959fb8e7f9e1'
                        key: {
                            document_key: '4da987fb052643bfaaf63523bed5b481'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        id: '020ea373142a4b9bbcd946cc217ba87e'
                        key: {
                            document_key: 'abdbf61c86cc4bbba1b064b179eff2ec'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0235898bae6a4c288e3ce20fef1fc52c'
                        key: {
                            document_key: 'ed8308cdc3ca4df0b1a51867636a59a8'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0284a083b5a24cfaa02aa1b39202bc7a'
                        key: {
                            document_key: '800bc2df0e94440e8326a4df2d4ecf6b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02aa7a6c739747fc934a0f5f82ca9617'
                        key: {
                            document_key: '3c31c9e39dec4eca9090aca3f5ad5db0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02c24d11c90f45b3a675d271f9d39007'
                        key: {
                            document_key: 'd102b05eb92041788c772adb5f711614'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02c34ce5d8ea4c48960702acac39fb6c'
                        key: {
                            document_key: 'd34f4625a19b40c58c0ecaa48fa046cd'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_dictionary'
                        id: '0345859eb9784a8aa8ad30e87ffc6689'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'graph_profile'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '038b64d490324a92a6d99147ab6243eb'
                        key: {
                            document_key: '2a64f999b8334aa0be8e8755d628e4b5'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '039a6f73d26b4850bd227962fdd86f87'
                        key: {
                            document_key: '627d898733e94144ac293add1f8d895b'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03bd27445fd14276bb9d2cf9520a5164'
                        key: {
                            document_key: '6eee0afb289c46e8b3366c182b783551'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0435a97d6277438891980e49e1c4bc3a'
                        key: {
                            document_key: '6579f146040d46b9984323f939d1d1f2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04933aa75a6b4dd2875a60b5ed310ba5'
                        key: {
                            document_key: '22fc9f91fae242edbac72a124ed64199'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        id: '055a6b7915674cb2823e590f9d6a9987'
                        key: {
                            document_key: '4aa8472e137d4724b9233303e2148be9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05943459542f4faf923bafdd3bdcf77d'
                        key: {
                            document_key: '6dbdccc944c048f88aae6f4d4dd24465'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '05b77145354242b6be7cade8e9aca7ce'
                        key: {
                            document_key: '22fc9f91fae242edbac72a124ed64199'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05db618f6e4142498308d8a554a9a04c'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'answered_by'
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
                        id: '05dfc3cd995c49c3ae75d83f371e8f47'
                        key: {
                            document_key: '0a83c54bf6354519a25590b94e95a327'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0609e23b37154298a6b4a32afa2e29da'
                        key: {
                            document_key: '6a4060d8eab14ce38b477e9f66257c69'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        table: 'sys_dictionary'
                        id: '0658c69d19d745b8a8dee88967e891e8'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'message_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0670a8e3aa124863a853c516f3b01ad9'
                        key: {
                            document_key: '26c19c682529472cbb079d728e659c10'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0680c31ac6924ece87a78bd039f87818'
                        key: {
                            document_key: 'c034d73d1edf4585aacf56e949a2f0e4'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '068cbc8118aa4cf9b89593a6f69f4acb'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '25ae9c7ab9ef423fac1917cf1256edcc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '06c5b67750d046ada423be1776960cc5'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'd069b68b4d8546138e3ef4f691f83c0e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '070eea87e3744a3882ebc57116d24ad7'
                        key: {
                            document_key: '1c38e030c48f4cd1a52d7f4147a493c9'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '072c243dbab24c0680663062a70d9fc9'
                        key: {
                            document_key: 'f546886df5ce4b58812b457828bed9c2'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0770eddb7abc4bda972efd790205b965'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'ec093265b9214b56bcb585d747bb4e32'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0780246f56ba424a83b151f0a7c0e1e1'
                        key: {
                            document_key: '5800585b861242ea80ac29a13a0689e5'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07bd52ce63974787998dffb1fc8adcb2'
                        key: {
                            document_key: '9c6f23ced8e64d68a8557ca50a3b8a06'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '0819c0fff415451e98f957ea285373f7'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '7b46112b863049fa9c0fc217100d4818'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0823f22032fd4ced8f883a20879a0940'
                        key: {
                            document_key: '557c75740abc4554b7331b2c2cb13283'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '0827b5a29f8c4642a8caea5ef2374db7'
                        key: {
                            document_key: 'e191ecc76dc64d45859b9c73c8d0e223'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0854733508a248cebfed89905b5cc528'
                        key: {
                            document_key: '8e6e1b6f25844d03848e77c7e9414520'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '088c617434e44689bffba8e306c890d6'
                        key: {
                            document_key: '6fb8ab80a7d34f50a2ab84ce3e466937'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08b16c59153e4116979fdc5b517c184f'
                        key: {
                            document_key: '7868c20d59b34261aa7c2dbb2273f2d3'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08c5c3c87c38458682e84790bbb4a729'
                        key: {
                            document_key: 'c2e3e984d54545fa9e8ed81cc8920081'
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
                        table: 'sys_variable_value'
                        id: '090b95741ab24df887264f2b69949df5'
                        key: {
                            document_key: 'f40102d6a60e4d19a01a43ef83f9f58a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0916a39712274954b47dbfeebdbd4e58'
                        key: {
                            name: 'x_mioms_m365_assis_claim'
                            element: 'correlation_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '091c57cdeb7740af914668572212ed27'
                        key: {
                            document_key: 'cbe01493f68f49f187863ae2eb281272'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        table: 'sys_element_mapping'
                        id: '09a50f421462422da670e8d72d13facf'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '557c75740abc4554b7331b2c2cb13283'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09adf980132f44bdaaed2eb881c32873'
                        key: {
                            document_key: '4da987fb052643bfaaf63523bed5b481'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09bff7d4b2c54336a842cfa08a505fdd'
                        key: {
                            document_key: '8760955ddd2e470c927a80378fcb2e37'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        id: '0a548c5a038c426b914242c481c3dd3a'
                        key: {
                            document_key: 'd60ebf446e7142d2b42c3e43aed9d082'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '0a791f218b4a49e5af8728d5d57eec1b'
                        key: {
                            sys_security_acl: 'b85098951a9849329cb19de2e3427586'
                            sys_user_role: {
                                id: 'f15683d792134932a73be8b6d1992220'
                                key: {
                                    name: 'x_mioms_m365_assis.administrator'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0aca6fd46b4144768deeb5887b9eebb2'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
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
                        id: '0b8d003dcfc44997ab4755ce8a5739a1'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'd7ccf75277fb4ef6a3c220e94010d699'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ba3df99da3c4f73b19f19fe5b667bd9'
                        key: {
                            document_key: '4c4a307f40574b74a44117624272bfe0'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0bc172fdfc9c4fc085db8b09b99457c9'
                        key: {
                            document_key: '04e60fd43bd045efbb0657d5948f8bd1'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0bf94525ecd740cdbe30665c01f3b478'
                        key: {
                            document_key: '9981e349089941e680c66b024a4c6f5a'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c1243b380f449e6bb50ce4d2abf64ce'
                        key: {
                            document_key: 'fc793777a29e4318b9e09ba995d995bb'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c1ecb185a344275a99e6220ef2bcb37'
                        key: {
                            document_key: 'c4857fe845b343808e67da7702520095'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '0c486875d3a54ac3a7c5d765a9ce10aa'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_health_message'
                            col_name_string: 'action_required_by'
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
                        table: 'sys_element_mapping'
                        id: '0cac6feafe0e4921bd1d61e89adc25f6'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '4caab47b6e634e85982190d9da206e47'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cb6b873675d4fad81fb2af24a6d2807'
                        key: {
                            document_key: '2fbc1f6bb41945c9832ea00049d3e636'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cbdfdfa765e4a8b8223aee13b028c7a'
                        key: {
                            document_key: '37228e0a7e7941a2908a08f85c5de5ca'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0cd765017b884c0a9fbea29a7bcaf774'
                        key: {
                            document_key: 'f85100a9b19b4a089b712c4adb29c7fb'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0cda549a26174eb4aba2bff664cf770d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a5ff9d4e472d4ac08f60ce758163d85b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ce74dd98b4041ed984f53bfa0775f23'
                        key: {
                            document_key: '48e693f654164f49a917cdf384e70676'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d0af853d2934d26aeae1bab6da82e68'
                        key: {
                            document_key: '13e5ef3472d04720a6c0c0276b18a277'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d34d178ca1847c59fbf7f99a80012c2'
                        key: {
                            document_key: '543e57aa98f54926a8f8060ef48347bd'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d392873fbc7482aa1b5bfb716cb5379'
                        key: {
                            document_key: '241f647c593d4ce2b253f268c1564f18'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d5c6fc5450448a39c31bd88c35d2389'
                        key: {
                            document_key: '2dabd6be5d5443b8ba4c9625f853faac'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d61468aed974c22bf128804af189fd6'
                        key: {
                            document_key: '0bad742b977b4febac801a88ca97f3ca'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d6bc466495d41d0ba7bd36001076fdd'
                        key: {
                            document_key: '9753233a00144e198b49e5d70258e8a7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d6fadfe268342e28ed5aa77ee1995a4'
                        key: {
                            document_key: '7cfb120102094ee599a6457495afa261'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: '0d8ec543d8074677b52ebf7e9210de86'
                        key: {
                            document_key: '8a098043a5b54b51a1192a53c0b4c558'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '0dc53e98d3474ca280c5c7ebb13220a6'
                        key: {
                            document_key: '241f647c593d4ce2b253f268c1564f18'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0e07fb6608cc4480a25ecb9af6c3b310'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c83453ae101446c086395ce13e94bfc8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0e117742396e49b0bcb33abc4800a3b4'
                        key: {
                            sys_security_acl: '733ba0a5b2764490aee63f8431010a1e'
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
                        id: '0e12a61be92740918ce1eab41ef1d1a6'
                        key: {
                            document_key: '766ee66aea2f47b689d4dff7c630aaeb'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e165fd2ea7a46a7b35e31edda069bfc'
                        key: {
                            document_key: '939479cbef524bc59f56867a6ab49874'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e1f98e1cb7947108a98376a912226a7'
                        key: {
                            document_key: 'c788859f8eee47a99e9eea9ce3884fc2'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e3c605978e2433585c664845c48fa28'
                        key: {
                            document_key: '0e641514d2a6439f95dbe1b2db8ca46a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e54370ce168493188b6490ad837c4bf'
                        key: {
                            document_key: '6ea14d6c206d4b2487980c30cc5d580a'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e569f9a4e304156ad92328f3ee8516b'
                        key: {
                            document_key: '7ef9cd5e2dd241eba971fc5f42b133b5'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e68fd3d640b47b6a73ea02e0c4f8a97'
                        key: {
                            document_key: 'bd61dfc3aab443d2b09261855fdc9f24'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '0e9cf5a87237430b9a979d204fa0c99a'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_inbound_refusal'
                            col_name_string: 'caller,reason,window_start'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0edd3800bd6b483ca87d3f4bcaee98ce'
                        key: {
                            document_key: '4c4a307f40574b74a44117624272bfe0'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f03aeb16fac43a2909e064e84716f03'
                        key: {
                            document_key: '241f647c593d4ce2b253f268c1564f18'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f08f9514c5d4239811dd8e0dbc4332e'
                        key: {
                            document_key: '2501228128164bcaa54c205356945057'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f2f231702bf4f55bc4ce6bebc1f1528'
                        key: {
                            document_key: '54ef33cf93024fd7ba0fe0c99b47c65d'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f356dc7d9dd4267837cb6e3e5877923'
                        key: {
                            document_key: '0bb1e0bfe84b4de0b7e0a80474e9a43e'
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
                        id: '0fb1a9dc7e134e389519c716b92c2b90'
                        key: {
                            document_key: '2fbc1f6bb41945c9832ea00049d3e636'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0feff15ff5c746318924469212dba05e'
                        key: {
                            document_key: 'f0254c9fca314d5e9aac9aa101f592aa'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0ffd92b215684956988ffad1e386d8a8'
                        key: {
                            document_key: 'e9d7ab8ae261429d8628103cec09f498'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '101096bfce8f4e0ca1ae05170a67a8a1'
                        key: {
                            document_key: '3aa8e8ec45c643b1a2f96715bf1e22df'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '102dab2740554f398735f424fdb31a6b'
                        key: {
                            document_key: '1ce307e74bba4d339cbde9c1449e6ab3'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '106672044a374d548e198822f0b0238e'
                        key: {
                            document_key: 'a334795b9eec4ea5a6401c570bc18bc1'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '106c5781e99a4e4e93f6cd876048b7a0'
                        key: {
                            document_key: '724bdde0e7f3461ea2be6d8deea75b0c'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1083a1f865d644fbac0f47d4a1be33bb'
                        key: {
                            document_key: '1ce307e74bba4d339cbde9c1449e6ab3'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10a73926ef2f42358baf7dfd3a6d6ded'
                        key: {
                            document_key: '59d7a888827745d289985dbaf952b136'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: '10bbdf15b0334fb1a34a50ef7e97cdb6'
                        key: {
                            document_key: '3dc42c0c10834896897d65682effd011'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10c39346f6aa4df9a8da908849f2894f'
                        key: {
                            document_key: '40949f1a1e4744fba3514a71aa50b4a5'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '10dee35fbda74839867acbf249d2b533'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'tags'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '10e69d03a32740aeac917e1577d486cd'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'action_required_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10ed8b29dfdf4cad8e5c1bb11c7e6226'
                        key: {
                            document_key: '87a2b2400fac4fbc83f873c9b96d64eb'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11018cb3f4814b1c8aba7d6cae3f710e'
                        key: {
                            document_key: '87700c2213fc48a1853b95d198443891'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '114c291ea8574bc884159b9cf8521467'
                        key: {
                            document_key: '8a098043a5b54b51a1192a53c0b4c558'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '117802b3052945e8b4cf7aa610c1bdff'
                        key: {
                            document_key: 'f6d06e8490e8462d81856ce82fb11729'
                            variable: '586e2c4253e0220002c6435723dc3415'
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
                        table: 'sys_variable_value'
                        id: '11af32e18073496b8ab9ec3a7f976927'
                        key: {
                            document_key: '6a38a6d95bea40e9abd30e48a59265fc'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11b4d0bf504e4ad3a8a7f9867393e660'
                        key: {
                            document_key: '0660737f7bfa4e90bfa14281bc55fb78'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
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
                        id: '11da433e5e44440a84e8a8a4a28243eb'
                        key: {
                            document_key: '41b99d8691bb41a2aa38caf8602e2d93'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11f1cd5dd00a499a95b0f9dfbaef866c'
                        key: {
                            document_key: 'c5f3cf40a9ed4e5a839aaf2d865912f9'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11ffec31e0fa47ba8746bbaf9b1c1ab2'
                        key: {
                            document_key: 'c7a3a1acb99a415ea5b375f9825362cb'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: '125a7f1e42af41178d3b36f2e9361deb'
                        key: {
                            document_key: 'ac406097c4eb4bdab24066f3f64b2d73'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '126766457eef4e9c9b2698d3840d571b'
                        key: {
                            document_key: 'd9b86de8083a42d398e9cff6d505be92'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1292cb98cf1540328c66e997344fdf57'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '7868c20d59b34261aa7c2dbb2273f2d3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '129df165964545cc97183038abb9e452'
                        key: {
                            document_key: 'b101ab2cba164c86ad58f6e516c01580'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '12b7a45ae17643da9dc4ba318700ff59'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'ec1d3d48aa1443f8901b26f7def6d35e'
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
                        table: 'sys_element_mapping'
                        id: '130658d27a114197af17055512bb5469'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '2c9ba491513e468f806cef0bfd59cade'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13225b14d1a3454f9910ac89a641abf1'
                        key: {
                            document_key: '5dac767652a047a0bb136d959e697134'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1337cf5ad79e4aa99ca77d54093f7869'
                        key: {
                            document_key: 'bcaef909e3cb4d408f976a3d1b65635b'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1369f08362b24198bf98d7aacf7879fa'
                        key: {
                            document_key: '6bcb896588fb4665aa0c4c190ba5a5c1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '137d5b34a9f640e5935dbc0500ac7907'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f0e21b8d785d4ac1a252a9c2f1fd0bc8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1382b045270549b98643232f81f4fac7'
                        key: {
                            document_key: '05607260b73e4bdcb7f62a46d6ec858b'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13be4a358f1e499b90089f3791f9e98f'
                        key: {
                            document_key: 'd0c3bd5c890d403bb775159661a656fc'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '13c83cd2e7354c58ab16d9f157089906'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '8760955ddd2e470c927a80378fcb2e37'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '13ce8aec250e4463bb0bc471fb424ade'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'last_route'
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
                        id: '1435b6d90d52418f8f611e61cdabc867'
                        key: {
                            document_key: 'c034d73d1edf4585aacf56e949a2f0e4'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        table: 'sys_variable_value'
                        id: '148f3de236244997bfcc17e79ac782e1'
                        key: {
                            document_key: '1eff52aeacb947b3983de643fde9730e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14984472a8744e49b694825a56b46014'
                        key: {
                            document_key: '71011a699c2948f8b62774e4283564fb'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14a39da2ad144e84b2eddcde9a8e53bc'
                        key: {
                            document_key: '8c469c658d51441b9353433174f252c7'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14ad2fd5f5544c9bafb79012ea5d4f22'
                        key: {
                            document_key: '7d0b92ea4ec746a3998f3e71f6bb08d2'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14b08e3285ba40ca826f4755b132ba6c'
                        key: {
                            document_key: '545359f279eb4287bf339cd985fecc44'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14ca2bb8bb8b41cfb1720b8ecb49b094'
                        key: {
                            document_key: 'f475279d326047d385dc3cebb88225b8'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '14e4f17bf3214b39bec6d399a2547739'
                        key: {
                            name: 'x_mioms_m365_assis_claim'
                            element: 'NULL'
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
                        table: 'sys_element_mapping'
                        id: '1573766de25e44a99390ca9a8c355795'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '054b34216ce94d29916223fb4fa1e862'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1580d17a753a4f969defc4698f0ec739'
                        key: {
                            document_key: '0f7a000ab2f94937a7daa0523cac1405'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15838a063f5c44e8a76ff10205c6b2a5'
                        key: {
                            document_key: 'f475279d326047d385dc3cebb88225b8'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '15b55ee03be54d388c50a72bfe555b4b'
                        key: {
                            name: 'x_mioms_m365_assis_claim'
                            element: 'claim_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '15c9af42df29484799ba34f0dd90b163'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'content_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15df02a2780745119c7b9d4ed50e2421'
                        key: {
                            document_key: '1ce307e74bba4d339cbde9c1449e6ab3'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '15f28cfe42c047a58b4242240715c09b'
                        key: {
                            sys_security_acl: 'dd624f8818d846bf9faaf012d714bb17'
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
                        id: '15ff658d8d184d6a9d25db01553ac7f4'
                        key: {
                            document_key: '783ca25f4a8247e282b6f9ce26a92e10'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '162214313f3e4fbbbc378f03c75af417'
                        key: {
                            document_key: 'd7ccf75277fb4ef6a3c220e94010d699'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        id: '166aebacf0394da4a60ab8d8848abf3f'
                        key: {
                            document_key: '4bcc65e321cf45f18149763b2bca1854'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1693474cdc9f4ba1a8b4e1e705c946bd'
                        key: {
                            document_key: 'b101ab2cba164c86ad58f6e516c01580'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '169578aafd66455783095c8c03087f94'
                        key: {
                            document_key: 'c503cb37aba34deb98d80ec933b2fd48'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '16bb211b377545fcbf93d12c081dcef2'
                        key: {
                            document_key: 'c966e563d5fb4f9da5ba9cd2501f612b'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '16c9967408404797811b40724b3cc909'
                        key: {
                            sys_security_acl: 'bb458581fd54498696fae666aec81125'
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
                        id: '170efe378cba4c98bac89e2c414eea42'
                        key: {
                            document_key: 'b11cc971ec1c462699fab6b57e901e48'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_element_mapping'
                        id: '1719345adfc64423b086715b8d3c18d4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'ee3c52cdbc9e40829dc355093d22e23e'
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
                        id: '174fc131c2d643edb9c728526180b698'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'NULL'
                            language: 'en'
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
                        id: '176f5010497f4254aa59ce3212c20bdd'
                        key: {
                            document_key: '1ad18ce70ce9471695107410021fab7b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17e8559521e041bcb8e1a367332383d6'
                        key: {
                            document_key: 'f475279d326047d385dc3cebb88225b8'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '17fdf52b9f684c2da68091e75fcc108d'
                        key: {
                            document_key: '1fcb929d57b64ff0892102596401a882'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        id: '192a6b84f4724a2e8989cf6ed6f12938'
                        key: {
                            document_key: '2ee879d908254052afb83a04edd70515'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '198329c55c1d49e3877d6c434e03adfb'
                        key: {
                            document_key: '3349a4d647b6447a815756430f079b10'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '19d243c9bd9c4ca8878ec96e5ae51425'
                        key: {
                            document_key: 'b46fe0d3ef3a4fa384535b403fb87388'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a2e8da1ceee4779ab31d3dc2d78e4ca'
                        key: {
                            document_key: '6fa49199b7314416810aad5a93cf8ce1'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1aa34ecc82924804b186fd3cb74600e1'
                        key: {
                            document_key: '22320828f03248d09bea8a11bfa1d1b3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ac3e48174a94eabb12d7b1a082a52bc'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'session_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b025d9e00a44edca9330e111ad0fa04'
                        key: {
                            document_key: '1ce307e74bba4d339cbde9c1449e6ab3'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: '1b0f9e901fbb40fab30eeaa27a49c906'
                        key: {
                            document_key: 'd102b05eb92041788c772adb5f711614'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b84d55e323648c38cff45603513c174'
                        key: {
                            document_key: '0be5c9dd3c7f40bbb1569798a529bfb9'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bc5f2ff8aaa4ab58e09b5b5b8b0c6ee'
                        key: {
                            document_key: '2f44d6654200423a80606038ae681ad2'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1bfac4529de849efa7442f7dac94c6e3'
                        key: {
                            document_key: '9ae4bb8fb2bf4b278c26d4cfab448f41'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c0419ce31ab440d987770a51be86782'
                        key: {
                            document_key: '40949f1a1e4744fba3514a71aa50b4a5'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c40986ea5c048e3b8125b039c1b25d3'
                        key: {
                            document_key: 'fbb86ff46a55428395f898b97cf493e2'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c42b75efd304f8aae415e74b76741c3'
                        key: {
                            document_key: '3d9d6eba890041d6b80a57f450d1d9c7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c50877bdcaf4966bf86b2ebb08377b5'
                        key: {
                            document_key: '77ff3dab498941d5837a4770c3e1b1b2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c52c361b8ec4d588bf02a2a950dfd4b'
                        key: {
                            document_key: 'afdc2c45c5b64806b21ddae252a3b98b'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ca386f5c1ee4274a182358674fb5895'
                        key: {
                            document_key: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        id: '1ccb441aa2fa462eab0996794fb83bb9'
                        key: {
                            document_key: 'd069b68b4d8546138e3ef4f691f83c0e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d5437d0ad6a424a91e30b9f0f63729c'
                        key: {
                            document_key: 'cbe01493f68f49f187863ae2eb281272'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: '1d865b1c4ae74807b4afcd1fae296959'
                        key: {
                            document_key: '6fa49199b7314416810aad5a93cf8ce1'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d8a2969fba64af2b3d742704a453cce'
                        key: {
                            document_key: '119f45515e074179915660cd2aeb5139'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1dc0fb3c2c184819ad5a1e2afad8fb98'
                        key: {
                            document_key: '4949dca461d444a99521a1f46991982a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1dc213e63ece4c6ca0f0d3cb666555af'
                        key: {
                            document_key: 'd34f4625a19b40c58c0ecaa48fa046cd'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e0c37c740cc462194796e98e66ce53a'
                        key: {
                            document_key: 'd4e02d6654f447539428eab8f58fbfab'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e47fb6b267e4bdaa86f4c2b2dd1b98f'
                        key: {
                            document_key: '22fc9f91fae242edbac72a124ed64199'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e8a937cd52546c2aa19ff81c6faf4fb'
                        key: {
                            document_key: 'ab63bd977d554b64882cda0f1d686e7b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1ec2f80e7c7c4f2bbc9783ae237c5ec6'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ed219a1cd2c471e8a1a3f5906c24400'
                        key: {
                            document_key: '257d70e97d574e2b80e6bda5c378c3f2'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: '1ede2338dea749969753b4b33b64d8ac'
                        key: {
                            document_key: '1fcb929d57b64ff0892102596401a882'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ee8e19ddddb46a397e5a6d37e433aa0'
                        key: {
                            document_key: '7ef9cd5e2dd241eba971fc5f42b133b5'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f04c657f94c479f8102aa7f89c5dc85'
                        key: {
                            document_key: 'ae0edab18ca642b9b3074f9071e98694'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: '1f5f93cf619744c990e23ebfbadf91db'
                        key: {
                            document_key: '7c47e69754c648808746d5bee6da2471'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f7cc1b17d124f43910ab856f85cf1bc'
                        key: {
                            document_key: '972262e9739549feac525baac34f5ee3'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fa27aa03be24e1ab320ed440846130e'
                        key: {
                            document_key: 'd102b05eb92041788c772adb5f711614'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fa5f3f884cb41d29577f594f7815714'
                        key: {
                            document_key: '972262e9739549feac525baac34f5ee3'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fae30c4c9c4491da4064d69a02a60dd'
                        key: {
                            document_key: 'c788859f8eee47a99e9eea9ce3884fc2'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: '1ffb6734bd114e9ebfbdf80cb128f85c'
                        key: {
                            document_key: 'ab07abc1418448f9a8fcedb25312c2d7'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2024c0c3458948b088a96a20d66e0051'
                        key: {
                            document_key: 'afdc2c45c5b64806b21ddae252a3b98b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '202f2a2cfaae42e0a16c76adc79006c4'
                        key: {
                            document_key: '95a0eafa847b49cda768970c934740d4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '20466914702e4925a61a2f89507c09fb'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '1668aa3d6e45489b9b4dd5be7cf5a23d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20656322ed8b463284037edbc55b814f'
                        key: {
                            document_key: '54ef33cf93024fd7ba0fe0c99b47c65d'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '208984538a0b49ef94e2c2b4d366249d'
                        key: {
                            document_key: '95a0eafa847b49cda768970c934740d4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '209dfee8f81c416a80627e3b66898cec'
                        key: {
                            document_key: 'b8d5a49f262f40a98ac25e54457fa8f0'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_element_mapping'
                        id: '20dd6f023ed2483187bcc0433fd229d3'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '0bad742b977b4febac801a88ca97f3ca'
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
                        id: '214a99a75df144d2b6eb13bb84d6b6cf'
                        key: {
                            document_key: '71011a699c2948f8b62774e4283564fb'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        id: '2187b0b4cbea4182b29668cc04171e0a'
                        key: {
                            document_key: '37228e0a7e7941a2908a08f85c5de5ca'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21a53ea19a904dafa13acfb96f46997c'
                        key: {
                            document_key: 'ebb7bb7338dd406981e80c29cc71bda9'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2209f34938004d008770b28a0aa2efdf'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'cc147c6853664b2887bf0ffa7a4ae824'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2235fc0697104c918a07229cfbde9a42'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c503cb37aba34deb98d80ec933b2fd48'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2248b596e7814236af21772f3f8d4b4a'
                        key: {
                            document_key: 'f546886df5ce4b58812b457828bed9c2'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '224f736676324a3ba5d4542f8139ea27'
                        key: {
                            document_key: 'd68a23df904b4b869231b4767355a869'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '229e3c42e1184891a4c6b791571b7f37'
                        key: {
                            document_key: '0512ff81b44f49098c12f27530b9cba0'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22c6c406e96c45c59b33ab3c896c5a45'
                        key: {
                            document_key: 'f94e212bf03749359abea33f4b67ddeb'
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
                        table: 'sys_element_mapping'
                        id: '2306fed01ac4469db8af962f6da76f0a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'bf3ae84600c147129fc9235401f78ffd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2311468661494cf5b18e4fc621ba3b24'
                        key: {
                            document_key: 'c21beedc427b4f98bde2d16888fb4a9c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_element_mapping'
                        id: '234e2c0d63a64638982782c8037c04e9'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: 'e058c5c40d2f4460976794497d363600'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2358b4cfff024a7fa20c6b4429c27aa1'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'refusals'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '236db8d37ccc476aa3f5e3bd7ba78f6b'
                        key: {
                            document_key: 'f9be5d906c6c4e879e4e0050ee439246'
                            variable: '501c8f535320220002c6435723dc34da'
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
                        id: '2394b0ff65e94cd9a41b13e5d81ae53d'
                        key: {
                            document_key: '64e9986f65f841d5baa7020ea4cb26c6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23a4fc8f6c0e434680e942dbdac489ee'
                        key: {
                            document_key: '919d0807526843f09b49f1a31c9ede75'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '23c695043f3d45738433ccf79298245e'
                        key: {
                            document_key: 'ed8308cdc3ca4df0b1a51867636a59a8'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23d7e07487c44eac900d3c69a4ad2b5b'
                        key: {
                            document_key: '257d70e97d574e2b80e6bda5c378c3f2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23d89df564a84b758d467fe4068632b9'
                        key: {
                            document_key: 'd34f4625a19b40c58c0ecaa48fa046cd'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23ef7ae54a2c420297b15f961db05bcc'
                        key: {
                            document_key: '2be0d70ae7924bb7869655764f6a91c8'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23f1eb4fc5ba401abd4ad4694d58336d'
                        key: {
                            document_key: '783ca25f4a8247e282b6f9ce26a92e10'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: '24199662a5804e3d9159871f5bd02ae1'
                        key: {
                            document_key: '800bc2df0e94440e8326a4df2d4ecf6b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '243be58f545043308af4f4f34edc16bb'
                        key: {
                            document_key: '01ed2dc9cbad45f480b27b08566576ed'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: '245ca41ec40f4fd0894e48ae6707bd13'
                        key: {
                            document_key: '48e305b72a1c4768a64bce0a6182af99'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '24658d8b9879431ca7f94df220aac550'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'last_correlation_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2470ec8ddad54a40aa2f12d2d0ce7539'
                        key: {
                            document_key: '9927c60cf50a4e2195e140f08b44b0f9'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '24a7cf3e06614a9c905bf92292b4b7a4'
                        key: {
                            document_key: '5d614dc256854cf2be4553be97c89da2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '24bd33bfc8d2491c883e056abf970afb'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '4da5bb512714406f92678e96c3cf6ac9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '25410a3cb5f941bdab19081132139f0d'
                        key: {
                            name: 'x_mioms_m365_assis_solution'
                            element: 'answered_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '25587e372ae144e9aaa7349a8755857a'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '257113662b004baeb5fb56d73db0c5aa'
                        key: {
                            document_key: '9c27c7461d4a4f2aaab74562d7eddd25'
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
                        id: '25c35a0f6ce54ae485de473f4692bbef'
                        key: {
                            document_key: '97440fd97ef14263bb53374fe7357a73'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '25e320a27c734b2597fa52d385b63172'
                        key: {
                            document_key: '3dc42c0c10834896897d65682effd011'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '260a8d153c5944b3bd35c06429184b87'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '7377b74289d043bcbc5ef3870f3d444e'
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
                        id: '2639900311c442d2b0dd0e6c15479529'
                        key: {
                            document_key: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        deleted: true
                        key: {
                            application_file: '02c656572fbf4802bf04e0a2a53721ec'
                            source_artifact: 'c30bf20b73384e199ca9cbddc02e0340'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26ab5e604f884aa0aa5b9ca2296d1297'
                        key: {
                            document_key: '2ee879d908254052afb83a04edd70515'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: '26f0b8cd7eee4c8ebf4debf3344cf974'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'start_time'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2795145714fe4a3db071d15a51984997'
                        key: {
                            document_key: '819444b76ef1479f9b219955ab10712b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '2795d3da7cae47a4872ca3f755d444a2'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '279db29cebfe42cb9b40723531092f19'
                        key: {
                            name: 'x_mioms_m365_assis_claim'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27b2861c1f6f4a09bad4153842211957'
                        key: {
                            document_key: '06332dac05c744a69512089d139b09d7'
                            variable: '501c8f535320220002c6435723dc34da'
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
                        id: '27ea7462b3ca49a7b7f589640c799d99'
                        key: {
                            document_key: '4da987fb052643bfaaf63523bed5b481'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '281e8ba6e65f4a009c96b69a69568250'
                        key: {
                            document_key: '3603b5c11a8d468caf2cb3838db3dc19'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2823e4ee44bd4a91bfce61bad3171b34'
                        key: {
                            document_key: '6e6696cee9aa49469307c0df89c070f2'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '282815b5a96942a8938f461e66a7d7d8'
                        key: {
                            document_key: 'cfcd290d8ba5492b946d6b38de1c06d2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '282f8a8771324657a62b0ea33ff7b935'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f377b4501479431c95f03e027f16b11f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '286f2275a2cf40679a8dfc64d2998298'
                        key: {
                            document_key: 'd102b05eb92041788c772adb5f711614'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28d6e9b6db1747dea89126bbeda534d6'
                        key: {
                            document_key: 'f7ddc78afe99440babd0aacc376cfb7f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28e5393313c4474fa9b8eddbfded00d7'
                        key: {
                            document_key: '1eff52aeacb947b3983de643fde9730e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '293b4da26aff4023b0295a5c3779b9ac'
                        key: {
                            document_key: '8855107d848948de952a4395b6907b05'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29d77553febe456c9bfd492a92d01e60'
                        key: {
                            document_key: '6fb8ab80a7d34f50a2ab84ce3e466937'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29f7ce6a2c0c4cd08449965c821bee0c'
                        key: {
                            document_key: 'f23214259e534de98d79f1b6f375f312'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a0962d0afd844d5824eeefe81c2aa4c'
                        key: {
                            document_key: '97440fd97ef14263bb53374fe7357a73'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a133a6f74f7483b8eef4f3ded58d4a1'
                        key: {
                            document_key: 'ff1fdd10d1cd46d0866e949b7d9746a1'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2a248a9d0673422b9a9efe3668532347'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '939479cbef524bc59f56867a6ab49874'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a2dede8fb33488db1fbd67de0cd793e'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'last_route'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2a372ee2c3e84d2a9c40a733e2f7bfb7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '3201b58aa1e44167b5e4f12392c5030d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2a483c4a57b24721a54a6d6912666c59'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'd34f4625a19b40c58c0ecaa48fa046cd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a4c10c185fa43cb9335bdbbc98f1ff2'
                        key: {
                            document_key: '449e08963a8e4d48909b8bef525e8c83'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_element_mapping'
                        id: '2a88a161631a43b0b2ef588c5fe33cf2'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '3aff3965506e48e4b6eebaa5102aac25'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2ac0a05342c7493a95fba1307bf46e9b'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '3dc42c0c10834896897d65682effd011'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ac2e6aeaf7e4b87bec6b3470f64f9ff'
                        key: {
                            document_key: 'c3d0f67ad4e34492bce3b6a229fdb320'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2aef9a6a790e4fea9f426c8d2eb1f226'
                        key: {
                            document_key: '48e693f654164f49a917cdf384e70676'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b04c96e9b0e4b56857fa97e30e2e3ab'
                        key: {
                            document_key: '6fb8ab80a7d34f50a2ab84ce3e466937'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b0624ff3b0942af8cfbed63f03188d6'
                        key: {
                            document_key: '77f1b7edf3754d73bf4d45b3670e63b6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b0bd37ea4f04cb8b5c6ec92985eb798'
                        key: {
                            document_key: 'ab9a7239d17c4f88b214fcfe7c63cdee'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b11be1a760645a3b43c96bca81b7d74'
                        key: {
                            document_key: '2f035200c58449eca89c40f25f0e329f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b52b45326b1431caac1ea4af413a6bf'
                        key: {
                            document_key: 'b919f857c77c4b2db739870dbe3a0d80'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b82ad9dbe314fe59d5c108018feb08b'
                        key: {
                            document_key: '9c27c7461d4a4f2aaab74562d7eddd25'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b8cf04898c542d0807e657eb4f1359d'
                        key: {
                            document_key: '3e5c349830ca45f69bf8442a4b79de97'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b9eb63ed71a43cdbc2be2dcf5e320a7'
                        key: {
                            document_key: '87700c2213fc48a1853b95d198443891'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bb83d6c946a4144951a99bf4a923268'
                        key: {
                            document_key: 'f40102d6a60e4d19a01a43ef83f9f58a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bcdc64d314c4a6f9e1be68517f15525'
                        key: {
                            document_key: '7b46112b863049fa9c0fc217100d4818'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        id: '2c028a529b5b48fe9789612b46cb8278'
                        key: {
                            document_key: '9927c60cf50a4e2195e140f08b44b0f9'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c400c4b6b7f4a6da26a291e23d090bb'
                        key: {
                            document_key: '54ef33cf93024fd7ba0fe0c99b47c65d'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2c604a28e34b43349e7302330c4b818c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f23214259e534de98d79f1b6f375f312'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c9070668144413a88ae8f1cb88a35be'
                        key: {
                            document_key: 'cf0e02948000425593c145f019bbd4db'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2ca83e3824dd411e8b167b393894c56a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '87a2b2400fac4fbc83f873c9b96d64eb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ca915e149504ed3b31c6c2d0217ccac'
                        key: {
                            document_key: 'ec093265b9214b56bcb585d747bb4e32'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '2ced2343c10a413f8504bcd8bc01f1cd'
                        key: {
                            document_key: '443f80f164fe48bd99663b54c61adf44'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        id: '2d0438fd8c2142b69f1e9baf8862701a'
                        key: {
                            document_key: '6b66f144c1ab4eceaf385c0df27c8104'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d6c1c5bf8c948fc956acaa214ea42e8'
                        key: {
                            document_key: '8c469c658d51441b9353433174f252c7'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d781d1763d243d498a1bddb03c27dce'
                        key: {
                            document_key: '1634621532c94b6d9657b6fe1402633d'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2dc1a2eeab4741e486a95de7c8aa36d0'
                        key: {
                            document_key: '95a0eafa847b49cda768970c934740d4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e01b343bcfe4154a7ca9942b80ad33e'
                        key: {
                            name: 'x_mioms_m365_assis_claim'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e10bfeabb464b2ea35022135713f637'
                        key: {
                            document_key: '9c6f23ced8e64d68a8557ca50a3b8a06'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e37e8007d8d4ae5aecfa63da45118b4'
                        key: {
                            document_key: '87a2b2400fac4fbc83f873c9b96d64eb'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2e6bc3ffc1474d01952f2e3ebb31d34e'
                        key: {
                            document_key: 'f6c118fe47464d628f87477145b8641f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: '2eb157e8d5b646128f479d26ef0eaf3d'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_element_mapping'
                        id: '2eeca49af48f43d9a2e43a5ac42de590'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '7c47e69754c648808746d5bee6da2471'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2eee13b407e345f781b806cd1932dd7c'
                        key: {
                            document_key: 'e67c7897f3e6437ea6f47c5bad0ac392'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '2f93b22d4d0e4d0ab331cd607a65115f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7fdc911970694ec7a369faa0d1d1e4dc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f9b61bf445a4348ba3af55438d2aa44'
                        key: {
                            document_key: 'be9cf5bb0e514fb8a6bdd29abb24052e'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '300274cd9ee4410ab4adca3cdb8c0f6d'
                        key: {
                            document_key: '70c9da875c8640d988cc591939b73596'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '302549190f814c0185d7d549eeb334ae'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'report_attempts'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30528b68da7d4d169042a75f17f61655'
                        key: {
                            document_key: '9c9d2e568cab40ec9dc04bcfb6323658'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '309aa509a81c4e77a1b10a862febda8a'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'is_major_change'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30a663178da7459fbccaaa13f228b273'
                        key: {
                            document_key: '706ca7009aa44d8e97afbce66156307a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3169e8ce02b8460d866b82b51f2d776f'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'f6d06e8490e8462d81856ce82fb11729'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '316fe8b6704347f09adaee3b5fdb6de3'
                        key: {
                            document_key: 'a8cfd115b0a148588b7ae83f19159782'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31795180ae6f4e4e9123730550f87faa'
                        key: {
                            document_key: 'b101ab2cba164c86ad58f6e516c01580'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3183102368a54ffc97ed4fea9461ee4f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '9c27c7461d4a4f2aaab74562d7eddd25'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31926533b6d141119f0a51c7b794455b'
                        key: {
                            document_key: 'b97d3c8a75084d9c8600a50c13bfa086'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_element_mapping'
                        id: '31a2c959094140e0a2eafd5f81d1cd7e'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6eee0afb289c46e8b3366c182b783551'
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
                        id: '320a9ba1a255481080becdad0ab97c38'
                        key: {
                            document_key: '449e08963a8e4d48909b8bef525e8c83'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3214c64a1e2241caa865a2c3358caaf4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'c5f3cf40a9ed4e5a839aaf2d865912f9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '325cb84878a646309377940a0a23c671'
                        key: {
                            document_key: '22fc9f91fae242edbac72a124ed64199'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        table: 'sys_security_acl_role'
                        id: '32c903e8de0349e3a372eae8cc66c618'
                        key: {
                            sys_security_acl: '2c74378121f64e39b0394ebdcc0808d2'
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
                        id: '32de3d40e1e14e628b192b5388d8fa5b'
                        key: {
                            document_key: '8760955ddd2e470c927a80378fcb2e37'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '332b60b8fd034eeb8fde97d4e63fe4fa'
                        key: {
                            document_key: 'ae0edab18ca642b9b3074f9071e98694'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '33d55e268a0548389180306a10b07eee'
                        key: {
                            document_key: 'efd5b33764914795a4b0123212adbdf9'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '34612678f6ec45cd8be7594578e3fb24'
                        key: {
                            document_key: '2dfe99b92dff499283de45e3c4573dac'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34c7b945334f4963bfd1c2f2f6432ef2'
                        key: {
                            document_key: '0bad742b977b4febac801a88ca97f3ca'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        id: '351b7942997e4b4cb106954d24dd3e98'
                        key: {
                            document_key: 'b11cc971ec1c462699fab6b57e901e48'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35326b66bb5e44a8866080edfeff290e'
                        key: {
                            document_key: '4da987fb052643bfaaf63523bed5b481'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3534b62a2eda4d9daf964ca56c0dc7c3'
                        key: {
                            document_key: '3b050e5275dc4eb286efdd2e27c581ec'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3542a766e36045f288987fc7bf26a588'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9753233a00144e198b49e5d70258e8a7'
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
                        id: '35698f97bcf94017be254c9c65b7c161'
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '357c62f2bca14bfda15f48d5cd6274a7'
                        key: {
                            document_key: 'efd5b33764914795a4b0123212adbdf9'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_dictionary'
                        id: '35e10f6e6ff94388bcf061ffd44e05da'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'last_modified'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35f7b8177e5d4242bab6a0459cc5ef0e'
                        key: {
                            document_key: '0bad742b977b4febac801a88ca97f3ca'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_element_mapping'
                        id: '3620d30d383f495ea1b0e0f91d2bd2a3'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '83ccc82bc70a4341b51789194a2dc757'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3679d2f6e9c345ab98abe71ad30aa418'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '1cc172805c31437eb93f204e23e97685'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '36c673e382304fcca9cafd43692d97e4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3a17c8f003d143169ad7d0973a758fa6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36ef9ebcb71245b488fbf353a4e82ccf'
                        key: {
                            document_key: '3aa8e8ec45c643b1a2f96715bf1e22df'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '36ff051c3c944aa385d85eedf7fe6193'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'b11cc971ec1c462699fab6b57e901e48'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3707e8edfe0a497f9caadfd742a149aa'
                        key: {
                            document_key: 'd489a38768ef4fa9bc5b1eea2278d912'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3724079028e84680822a46d03dab59f5'
                        key: {
                            document_key: '94de4bcfe8ca48fab930bb3fad8f2430'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '372d52e7c01740ea9aaad821d0b3ec9b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '6bcb896588fb4665aa0c4c190ba5a5c1'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3782c67503c4409da09461a03d87de17'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0c66c0d8e512454091bf39b16cb83073'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '378f03c19cb048de99e7653eedd1ae5d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6dbdccc944c048f88aae6f4d4dd24465'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '37cb041bd6594f9f9832a70c1a3b5478'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_health_issue'
                            col_name_string: 'is_resolved,last_modified'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37f073aab416427d86809fa78b23b205'
                        key: {
                            document_key: '7fd87d11cbf04d0aa5f58554d83a85b1'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3805d16d6da3443c98d62cb5232a3b7f'
                        key: {
                            document_key: 'f94e212bf03749359abea33f4b67ddeb'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3824d3b84c8e419db8cdd62301738765'
                        key: {
                            document_key: '257d70e97d574e2b80e6bda5c378c3f2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '382c3c66b6814181bd6a7fb89bf406d9'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'af7f53e19a3b4026a9ffa29f02ab341c'
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
                        table: 'sys_element_mapping'
                        id: '384ec41b59f54c1a8bce28a53525b79a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'ec66d22343c04a1da079601f084ff7be'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '385663d54f474683a7d0b419e17d5e77'
                        key: {
                            document_key: '5d92fba056184e2caa9f0e70ee0d8503'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3891e1e10b524fec94576e20c9b24d39'
                        key: {
                            document_key: '40e1cf58ad7b45f2be24226ab7b589d5'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3898ea88ead94cceb810f1e0d7dd40c4'
                        key: {
                            document_key: '6b66f144c1ab4eceaf385c0df27c8104'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38d1921e53fe4e94ab1dadb7d8ce0d49'
                        key: {
                            document_key: '40e1cf58ad7b45f2be24226ab7b589d5'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38d21767e699434fa22bb4dbbb2d4fd7'
                        key: {
                            document_key: '31d690c2cd2e45edb0a5d0c429ff6826'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '39b5c29483614f6f972f755fe7fdce44'
                        key: {
                            sys_security_acl: '81fb740eafa442f1a7e9abd06fd5390c'
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
                        id: '39bc600a6bd04ee9abdbbcf7c5dcff04'
                        key: {
                            document_key: '5cdd665b0b254e8989ee0122937bf216'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39c7340efde84f83b90464ae901353cf'
                        key: {
                            document_key: 'd34f4625a19b40c58c0ecaa48fa046cd'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39dfa779b11c44a48f315aa9f601dfbb'
                        key: {
                            document_key: '3a17c8f003d143169ad7d0973a758fa6'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39f7f23562b443d9b6fe7f8da560d980'
                        key: {
                            document_key: '2f44d6654200423a80606038ae681ad2'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a248a832944429bb58d4025c7538593'
                        key: {
                            document_key: '939479cbef524bc59f56867a6ab49874'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a29973dfad84fea9306f5215ccb820c'
                        key: {
                            document_key: '87700c2213fc48a1853b95d198443891'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        id: '3a6d362f744840d48bd0dbd79a7304e6'
                        key: {
                            document_key: '7fd87d11cbf04d0aa5f58554d83a85b1'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a73eb424b1848daa66f414ecb23216d'
                        key: {
                            document_key: 'd38cbb2fe8354214ac2d7b3eb7fd7b3b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '3b2d2c9645144b759a9532f8a4aff9ea'
                        key: {
                            document_key: 'b46fe0d3ef3a4fa384535b403fb87388'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b6e231f1ca14f5aa8f83198e4d35492'
                        key: {
                            document_key: '07eefb955f7f48a2a04aa09947d7bbb1'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b7bc11da4fd4b6880cbbf0143d2a291'
                        key: {
                            document_key: '5816e438f851482aa6bcad56cfee2699'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bbb7834181a4a4a90ba1ffb865bd071'
                        key: {
                            document_key: '3dc42c0c10834896897d65682effd011'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bcc47efb47b42abbb62d8b7979972d8'
                        key: {
                            document_key: '2e7c6dbd8ca147ce81f8bfea6b4d00a6'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3be7963539174f29ba2443e7f25d1f6d'
                        key: {
                            document_key: '88e16d117cca4fea9431a28488d5dc3b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3bea9dc89e45443dbefb68ee7677f1ae'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'bd61dfc3aab443d2b09261855fdc9f24'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bf0720fade8498b8b614779a1f0331b'
                        key: {
                            document_key: 'afdc2c45c5b64806b21ddae252a3b98b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c5894f3cf244fb391222f45602e34f5'
                        key: {
                            document_key: '6dbdccc944c048f88aae6f4d4dd24465'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c7d29b558b54d60b18b26438495ef9a'
                        key: {
                            document_key: '41b1012d6cb842a58c1a3cd03667bed7'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c81cfbe9c8a41048007175efdcb5f99'
                        key: {
                            document_key: '5d32d0e1c4f84b2ca24977194ebe007d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3cb53f078c7e4bdbb29bdce33bef62bb'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2fbc1f6bb41945c9832ea00049d3e636'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3cbcf4ae26334495aba1f0dde83287ac'
                        key: {
                            document_key: '3c31c9e39dec4eca9090aca3f5ad5db0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d438e3fcef443128f1aeabcd26c6965'
                        key: {
                            document_key: 'cfcd290d8ba5492b946d6b38de1c06d2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d7355ebf28f454bb80efd70a62b6252'
                        key: {
                            document_key: '627d898733e94144ac293add1f8d895b'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d7fb1b504984426bc6ac61d2e648915'
                        key: {
                            document_key: '1fcb929d57b64ff0892102596401a882'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d8ba7af5ba54602889e1f6d3ef06550'
                        key: {
                            document_key: 'e202f97d87264872b37114e08b4e6e88'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d95bb068c1e4a05af560dbc369e6df7'
                        key: {
                            document_key: '41b1012d6cb842a58c1a3cd03667bed7'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3db908b8a3e848158b05cba91076d8ef'
                        key: {
                            document_key: '0f7a000ab2f94937a7daa0523cac1405'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3dc6e85692e64a91969a3e29a60afa3f'
                        key: {
                            document_key: '8e6e1b6f25844d03848e77c7e9414520'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e05ebf8a19e4284a0f68daacd54e05a'
                        key: {
                            document_key: '4aa8472e137d4724b9233303e2148be9'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_dictionary'
                        id: '3ed0ed6604464948a3b6d51f59ea7765'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3edda410077447689d567639a8f6bdcc'
                        key: {
                            document_key: '6d5045d65cb2409a8d6d96e5b37bb9f0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ef6b8145926495fb45d7d2518fed380'
                        key: {
                            document_key: '06332dac05c744a69512089d139b09d7'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f00ab13c1cf4bda8ff7300f34fdd1c5'
                        key: {
                            document_key: '3a17c8f003d143169ad7d0973a758fa6'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        id: '3f657850dd814f0391a4fa654c4a8f30'
                        key: {
                            document_key: 'c21beedc427b4f98bde2d16888fb4a9c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: '401395eb4d01436f8caa39306095248b'
                        key: {
                            document_key: '3201b58aa1e44167b5e4f12392c5030d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '40524b5c442844938af497a748fdf774'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'window_start'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '40688c9dda56452196587a9961749fe3'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '766ee66aea2f47b689d4dff7c630aaeb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '407dd9f0db66465a80b6254a3ed7d7f5'
                        key: {
                            document_key: '95a0eafa847b49cda768970c934740d4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4081b9d690a04ce5a76b1bbf0caa113d'
                        key: {
                            document_key: '59d7a888827745d289985dbaf952b136'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '410e33fae2954e1287c8c9bda7946ed2'
                        key: {
                            document_key: '5d92fba056184e2caa9f0e70ee0d8503'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4137cec009da4bfb9a793b6bbcd3b704'
                        key: {
                            document_key: 'a5ef70d9c60c45738ccc1532bdd93cf7'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '417ceed3f55444c0818dd0cba0bf0384'
                        key: {
                            document_key: 'e67c7897f3e6437ea6f47c5bad0ac392'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '418351b2f9044377b694b28c5e6bb923'
                        key: {
                            application_file: '47d15411e64e41a9802b5fdf3198647b'
                            source_artifact: 'c30bf20b73384e199ca9cbddc02e0340'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '418d171aa62c44b399e42e938625a500'
                        key: {
                            document_key: 'f475279d326047d385dc3cebb88225b8'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        id: '423411d22c044faca3698dd0ba8ecdfa'
                        key: {
                            document_key: '94de4bcfe8ca48fab930bb3fad8f2430'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '423654c508384409b0d2abf27a4cbfe0'
                        key: {
                            document_key: 'dcf5628554424c1bb49096cdd362493d'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '423ae7a4630040c78a3be2b6f225777b'
                        key: {
                            document_key: '7fd87d11cbf04d0aa5f58554d83a85b1'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '424f191763e24ebd9399dc67f953ed29'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8d600941d58645f4a896ded6965e2fa9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4270216130194653917f99f296be2898'
                        key: {
                            document_key: 'd489a38768ef4fa9bc5b1eea2278d912'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '429feffbc6fa4abd9d24f0783825ff27'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b6e6208143ec42b38f3148be1e4f8a40'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42a3c4632a204ac3927da99635a2c56a'
                        key: {
                            document_key: '8c469c658d51441b9353433174f252c7'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42c50a337a784597a97f9ba9ae8a24fc'
                        key: {
                            document_key: 'ab9a7239d17c4f88b214fcfe7c63cdee'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        id: '430053ccfc11402597c5c1c7a61c799f'
                        key: {
                            document_key: 'f546886df5ce4b58812b457828bed9c2'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43026e2338d4454a84603d259b3773b7'
                        key: {
                            document_key: 'e058c5c40d2f4460976794497d363600'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
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
                        id: '435677157e154b21b7ed6718e2f6c1fb'
                        key: {
                            document_key: '6fb8ab80a7d34f50a2ab84ce3e466937'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        table: 'sys_variable_value'
                        id: '43c84e2059054b83a06608a2cd921663'
                        key: {
                            document_key: '2c9ba491513e468f806cef0bfd59cade'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: '43febab93f49487e9a11f709f7445a4c'
                        key: {
                            document_key: '25ae9c7ab9ef423fac1917cf1256edcc'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '442893246bf94e338f98e4e8440cb3a5'
                        key: {
                            document_key: 'ce63dbf3be11447698ec550f87571a56'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '444f3233464f4248a6833edd325dec15'
                        key: {
                            document_key: '4a67c31084b745548a0442373b06852c'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '445aa29e9bf34929b56d29053b271b4a'
                        key: {
                            document_key: 'c3d0f67ad4e34492bce3b6a229fdb320'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: '44a1eeb512dc457882b2a8dcdd5f1860'
                        key: {
                            document_key: '0a83c54bf6354519a25590b94e95a327'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45209f64f99c4cb58d60cc49e71bcfb4'
                        key: {
                            document_key: '71e99153dc7a43be839499da92467faf'
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
                        id: '45aa2ce7537e4c73b3213869375088d6'
                        key: {
                            document_key: '71011a699c2948f8b62774e4283564fb'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45d227c67ac74328aa984284a57e0ccb'
                        key: {
                            document_key: 'af7f53e19a3b4026a9ffa29f02ab341c'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4636cceb30f34b9c9d147a8f2dcc7c7d'
                        key: {
                            document_key: '0ea69f371aff429482b775d6ec744125'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '46c3dae7863a47a88bb1333c1a143a61'
                        key: {
                            document_key: '33e44e90de8a46a281dd22cb5287c7c3'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46c70a3e7e694873a0826c380b7536ef'
                        key: {
                            document_key: '6b66f144c1ab4eceaf385c0df27c8104'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46ec0df53d9b4c3eb60e746ce06d958a'
                        key: {
                            document_key: '87da30b96ca040299508e1d4e260aaae'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46ec53981de54e02bb03a08df5b9d820'
                        key: {
                            document_key: 'f0e21b8d785d4ac1a252a9c2f1fd0bc8'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '470a7389a0034b028b0d69f43e358ca9'
                        key: {
                            document_key: 'c21beedc427b4f98bde2d16888fb4a9c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        id: '474067dfd26c48ad84450594aeff9c03'
                        key: {
                            document_key: '01eb7017c9ec445eb5c06a53395eba69'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '47d15411e64e41a9802b5fdf3198647b'
                        key: {
                            name: 'x_mioms_m365_assis/vendor-react-dom--0449cd6e.js.map'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '47e4abd97db940df95530bc9ec8f622d'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '057012a1e0ed4d99be8f04d465113e82'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '482b3a672d784353bda8c503c238715f'
                        key: {
                            document_key: 'b3fb6663cad44d4abde69ee1547e2e6f'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '48572c72d8c847ecaa9e0c3d91c7185d'
                        key: {
                            document_key: '48e305b72a1c4768a64bce0a6182af99'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48f4b0828ddd4ec28d0ad27b536f364e'
                        key: {
                            document_key: '8355569b48f84b2b9fdecefd438be648'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4907b2bb968445aeab70cdbe13f0d11a'
                        key: {
                            document_key: '9c6f23ced8e64d68a8557ca50a3b8a06'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4941eb8a1baa48299a9e8e0f2b0bc255'
                        key: {
                            document_key: '2e7c6dbd8ca147ce81f8bfea6b4d00a6'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4946b54e5cf44c1299c6313c12ec2e77'
                        key: {
                            document_key: 'c3d0f67ad4e34492bce3b6a229fdb320'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '499df389912b4d6bb8e3697ae1c5ad5c'
                        key: {
                            document_key: '90bc401d8bbb42c69ccdfa775e4f48d7'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '49f5269b4d4a4c3f8fba3e34844ad075'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'admin_center_url'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49fa26f1bd68452db0052fa31d486054'
                        key: {
                            document_key: 'f40102d6a60e4d19a01a43ef83f9f58a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '4a2509a5ca1f4f3ea050ca9a07dd4e83'
                        key: {
                            document_key: '67e906a96f444bf7bc46288e220c9e44'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a56b6f427ba4d458a54033f495d8309'
                        key: {
                            document_key: '0bad742b977b4febac801a88ca97f3ca'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a827906c76148e683f7cfeb544ab861'
                        key: {
                            document_key: '37228e0a7e7941a2908a08f85c5de5ca'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_element_mapping'
                        id: '4ab7003d1a8e448b89b49631a2bebfb4'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'f546886df5ce4b58812b457828bed9c2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ae7c83e7b0a480bbc55684d88a1a6a2'
                        key: {
                            document_key: '9c6f23ced8e64d68a8557ca50a3b8a06'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b1e09d2bfd3486dbcbd6d83c531b93a'
                        key: {
                            document_key: 'cf0e02948000425593c145f019bbd4db'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b3816d5667649018bb06dea56d4b179'
                        key: {
                            document_key: '05607260b73e4bdcb7f62a46d6ec858b'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b3c3b684d614172bb116d7c12ef4f9f'
                        key: {
                            document_key: '7fdc911970694ec7a369faa0d1d1e4dc'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4b3e98ec537f4376be8b08f324c44f8d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'f9be5d906c6c4e879e4e0050ee439246'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b4a0e7d727c45b782c6abaf32d1aeee'
                        key: {
                            document_key: '627d898733e94144ac293add1f8d895b'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4b67a258b7704e5097d38f8baf397103'
                        key: {
                            sys_security_acl: '90487b106bdd4c8f948d8f77edd92ac7'
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
                        id: '4b69438ee0d14ef088d170e277f84780'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b89e788ffa845e2beed8ad8d6ba66d6'
                        key: {
                            document_key: '3aff3965506e48e4b6eebaa5102aac25'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ba94fc777b74508a3d749ba90ee412a'
                        key: {
                            document_key: 'e191ecc76dc64d45859b9c73c8d0e223'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4bf32fa192524de2ba02c6a642d0cc4b'
                        key: {
                            document_key: '6ea14d6c206d4b2487980c30cc5d580a'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c1ef9047773457ea2997fd4122b7965'
                        key: {
                            document_key: '48e693f654164f49a917cdf384e70676'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c3a81cc5e394e48a8758512add0421a'
                        key: {
                            document_key: 'be9cf5bb0e514fb8a6bdd29abb24052e'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4c44deb8ed934feda5e4d282e1f35adb'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'cbb29e9d42f048558f247367fa2fd698'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c65f6ce96be4a1fac4adad2d958bf93'
                        key: {
                            document_key: '819444b76ef1479f9b219955ab10712b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c7957de10904003912b7b7324736b09'
                        key: {
                            document_key: '6fa49199b7314416810aad5a93cf8ce1'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4ceec340cc2e4e8a8f55250b3afb90bb'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'ae0edab18ca642b9b3074f9071e98694'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4d1561ddeb9548129b733e127dd4fa34'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'b919f857c77c4b2db739870dbe3a0d80'
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
                        id: '4d8d9cbba42c409c8bd47c46a745d57a'
                        key: {
                            document_key: '49b90d6782e04f94872d609a682de538'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d95a1d71bac41e68cc2adcad2048768'
                        key: {
                            document_key: '70c9da875c8640d988cc591939b73596'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4dd4553f06284265a55681439a7c4a4a'
                        key: {
                            document_key: '5d92fba056184e2caa9f0e70ee0d8503'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4dd8cf86745843b28dfc395be646a422'
                        key: {
                            document_key: '4caab47b6e634e85982190d9da206e47'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e7afb380f634edd90fe996f1355edb6'
                        key: {
                            document_key: '0bad742b977b4febac801a88ca97f3ca'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ee2b1a264394081bcf43ac6f34c5097'
                        key: {
                            document_key: 'b101ab2cba164c86ad58f6e516c01580'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4eee807d58264e8e889479b1e8a38ad9'
                        key: {
                            document_key: 'c5f3cf40a9ed4e5a839aaf2d865912f9'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ef90fcc9fbb41b39440fd15071a0a07'
                        key: {
                            document_key: '099741594bf842ba814477c243a18591'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f0969ce25204341bf767e5842db209c'
                        key: {
                            document_key: 'f546886df5ce4b58812b457828bed9c2'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f4af01b7c2848db9807abffa1686be9'
                        key: {
                            document_key: '545359f279eb4287bf339cd985fecc44'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        id: '4fbc1152dfc7407886fae392097c3bb0'
                        key: {
                            document_key: 'c2e3e984d54545fa9e8ed81cc8920081'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fd08dfe47344868bce9ffb521b17079'
                        key: {
                            document_key: '2dabd6be5d5443b8ba4c9625f853faac'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4fddb15ffe064ef892ceb0abfef031db'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '25eb55eaecfb41eb86f791797b18b7c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4fef0b2b4555458ba54e866eb881f010'
                        key: {
                            document_key: 'cbe01493f68f49f187863ae2eb281272'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: '501cab384ab2485084127df861ada4ce'
                        key: {
                            document_key: 'bc00c16280f64d9c806501cd11f67fcc'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '503bf37f13714c56b06a8e1d7ed60faf'
                        key: {
                            document_key: '7868c20d59b34261aa7c2dbb2273f2d3'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '506754a98e9a472c8c387f48184bb83f'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'protocol_version'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '507ec41a2d384a80aae917d42be73216'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'end_time'
                            language: 'en'
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
                        id: '508699b537394285b82d7a474057df6d'
                        key: {
                            document_key: '7d0b92ea4ec746a3998f3e71f6bb08d2'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        id: '5110786423e34052988a5894eb224396'
                        key: {
                            document_key: '627d898733e94144ac293add1f8d895b'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '511d5bfbb2ce4306bfeb12880ef02419'
                        key: {
                            document_key: '7377b74289d043bcbc5ef3870f3d444e'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51367c449d7e49c7ab0d3eb7c8eb0998'
                        key: {
                            document_key: '2ee879d908254052afb83a04edd70515'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '513c1db0a0f247308711b256f99f2e48'
                        key: {
                            document_key: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '516320e911904f629c88187a5e6ecc3f'
                        key: {
                            document_key: '1ce307e74bba4d339cbde9c1449e6ab3'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '517b5fe6cc1042c098222849fc95f406'
                        key: {
                            document_key: 'a334795b9eec4ea5a6401c570bc18bc1'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '517d1f8f5c9e4585bfd733715b0ccdf2'
                        key: {
                            sys_security_acl: '07340c15c08c4578a2c782db409993da'
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
                        id: '518dadb2ddcf434e89b7e2d9421f16ec'
                        key: {
                            document_key: '257d70e97d574e2b80e6bda5c378c3f2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '519149cba3214321a38af7967a09e94f'
                        key: {
                            document_key: 'c5f3cf40a9ed4e5a839aaf2d865912f9'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51a82396f70643b3b64aa924b6f20bab'
                        key: {
                            document_key: 'a96f78d5781a40d49c9702ff6de0c711'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51babaf45dbb42db836a4b15810f3830'
                        key: {
                            document_key: '1cc172805c31437eb93f204e23e97685'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51d48fd12d694b4f938f3519565923a0'
                        key: {
                            document_key: 'e202f97d87264872b37114e08b4e6e88'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51e3f0f7f6604adc861510b2e9c4f3bd'
                        key: {
                            document_key: '88481835ed4d490886b426687c07398a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51eab0f92e2241be82d0fa7e7dd3861c'
                        key: {
                            document_key: 'cf0e02948000425593c145f019bbd4db'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '521e0a5aef8e4c9499ab0dc08e2e504b'
                        key: {
                            document_key: '0be5c9dd3c7f40bbb1569798a529bfb9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '524b0b87d6274c279953f469617b4c00'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '8c469c658d51441b9353433174f252c7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52c0f5c401d84d83b1e654421dfa5cd1'
                        key: {
                            document_key: '41b1012d6cb842a58c1a3cd03667bed7'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '52c3cb2891f047b99d2e362d837cbf81'
                        key: {
                            document_key: 'ab07abc1418448f9a8fcedb25312c2d7'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '534a9a293ab1462dbdf9956f9695cc45'
                        key: {
                            document_key: 'a5ef70d9c60c45738ccc1532bdd93cf7'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '536d747e00eb41deb43923be4200afc7'
                        key: {
                            document_key: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        id: '538dde73292b469eb7a920fe5795e856'
                        key: {
                            document_key: '04e60fd43bd045efbb0657d5948f8bd1'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '539491b41a1e4a8593cce280d7582dd4'
                        key: {
                            document_key: '1fcb929d57b64ff0892102596401a882'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53a70fa96f9b4654a277d9546cef71cc'
                        key: {
                            document_key: '627d898733e94144ac293add1f8d895b'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53dbab3169c4417093db1eae3d876268'
                        key: {
                            document_key: 'e0f9552f93af49788488a37543556eff'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53ebed3743e64a71992ca2bd60222079'
                        key: {
                            document_key: 'bbaa28fe373542da8333cf8682aa3f4a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53ef9f87f06642e6a445950b1352507b'
                        key: {
                            document_key: 'd0c3bd5c890d403bb775159661a656fc'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '541ff47e8fc046f18a925ffe182013af'
                        key: {
                            document_key: '77ff3dab498941d5837a4770c3e1b1b2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5472e47747bf479d8cfb9c127ef0b535'
                        key: {
                            document_key: '51070f5037e64d31a82bbbb62be1f7fe'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '54ae2ae0095440258783b6cb69c53a54'
                        key: {
                            document_key: '1df2e06b6e9f4beeb25dcaf065118439'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54c4532ef15b43b8b37afbdb5feb9a6d'
                        key: {
                            document_key: '4bcc65e321cf45f18149763b2bca1854'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '54ef365552474aefa20e3789d605246f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f74a08519934472f9cacde2e5ed15c81'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '550b8d8ddd2b4ff99b091cf80889c76c'
                        key: {
                            document_key: '1ad18ce70ce9471695107410021fab7b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '551b9141f2b545a5ac7338b1188daf30'
                        key: {
                            document_key: '8c4a3aa194124b00b59ad82fd38cfc81'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: '552ad9a387c74eb2b6923ad3ac1e5af9'
                        key: {
                            document_key: '43afec44a1cf4d999c5bd95a1467db56'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '554442e92f19493c9be1561d2dbdc162'
                        key: {
                            document_key: 'fc793777a29e4318b9e09ba995d995bb'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '55be7e796c40425e8a0b230283f0531a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '63fd95647a7c49cba711f6ed52e1dd3e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55c1c9bcc4a5414c910a21dd99765523'
                        key: {
                            document_key: '77f1b7edf3754d73bf4d45b3670e63b6'
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
                        id: '55ccc2ed45ff49cb8ce1da6e1a571641'
                        key: {
                            document_key: 'e9d7ab8ae261429d8628103cec09f498'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '55db704da9354e23ac90516f9fb373aa'
                        key: {
                            document_key: '1c38e030c48f4cd1a52d7f4147a493c9'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: '56119119029b431ea431febf96378c57'
                        key: {
                            document_key: 'ab07abc1418448f9a8fcedb25312c2d7'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5636acb701c7411187cf9c6220fb0691'
                        key: {
                            document_key: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        id: '56d24df58aad481da8b88790a4ffda62'
                        key: {
                            document_key: '71e99153dc7a43be839499da92467faf'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56f07d52d25341f3a50f1e5538de8495'
                        key: {
                            document_key: '33e44e90de8a46a281dd22cb5287c7c3'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '571059d4989e4b62ae5939d57a3d7d88'
                        key: {
                            document_key: '1fa88f5ef9fe448eb785cacd5db7176f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5736b3733b1145898a6fc9f74b8e4488'
                        key: {
                            document_key: '4da5bb512714406f92678e96c3cf6ac9'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57af32ea9d314160a2c0de1c19f0e458'
                        key: {
                            document_key: '9725d7b6d15b4dbe9c7f58fd8ccee1c2'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '57d6535cee7f4423a16b23132a8c161a'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '1fcb929d57b64ff0892102596401a882'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '57dcfef03e4d4056b91cdb4b1b7df5fa'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '954b4cb46fc84d4a8fad3cf2e5059c87'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '580ea80b129646f387e59e481bcf07d7'
                        key: {
                            document_key: '0bb1e0bfe84b4de0b7e0a80474e9a43e'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5834f560507f491680f88014def2dddc'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'c034d73d1edf4585aacf56e949a2f0e4'
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
                        id: '58c13341e26c4ad0af0db1b6e68f4155'
                        key: {
                            document_key: '4da987fb052643bfaaf63523bed5b481'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '590ef40908d0435ab83784bc9f11e3f4'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'cf0e02948000425593c145f019bbd4db'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5940076beae34443af35bb306023dc66'
                        key: {
                            document_key: 'cf0d71711c0a4b83bc4c8ab1128871d9'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5961319d18f04d23a54d91a671d10670'
                        key: {
                            document_key: '8760955ddd2e470c927a80378fcb2e37'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '598e46437ed949c091e14cf2bdf3aa02'
                        key: {
                            sys_security_acl: 'eed2e9ea446443998253b47aeadb1b4d'
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
                        table: 'sys_element_mapping'
                        id: '5a3807f7fbd248eeb7e681562ac8fddf'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8a6765e9b5d24e86bb5d3aa3e595e2b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a3997fb3f8f4fc0b5331ec2961af639'
                        key: {
                            document_key: '525e64a5cd2a457eac6a725c11ba8300'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_element_mapping'
                        id: '5a4292932d89436ea9d9f61ab06ca8bb'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'ab07abc1418448f9a8fcedb25312c2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a534e81d7f143cd9f7a498b229ab3d4'
                        key: {
                            document_key: 'cf0d71711c0a4b83bc4c8ab1128871d9'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a69586b212d4c6f95ee763ea6b45b5c'
                        key: {
                            document_key: 'd38cbb2fe8354214ac2d7b3eb7fd7b3b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a950f9992bd4aa1b324aa2fbfbf7055'
                        key: {
                            document_key: '1cc172805c31437eb93f204e23e97685'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5aa73ec152bb49749dcc9877765375a9'
                        key: {
                            document_key: '783b1c4dbae34520a2d2204e90fc9cf2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5aab85133a0a478fac30cba9d61679f9'
                        key: {
                            document_key: 'd9b86de8083a42d398e9cff6d505be92'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b40c92fc5e843878f7c6bde2b038570'
                        key: {
                            document_key: 'e058c5c40d2f4460976794497d363600'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b45882538cf4913bf1add3ef7b657ff'
                        key: {
                            document_key: '4da5bb512714406f92678e96c3cf6ac9'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b4e68ea1f1f40b8a2842ee4e8c2124c'
                        key: {
                            document_key: 'b6e6208143ec42b38f3148be1e4f8a40'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b537f225a5046b987ab39e2631e5a85'
                        key: {
                            document_key: 'd34f4625a19b40c58c0ecaa48fa046cd'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b8dd3e2beec491d936681dddde2cd9f'
                        key: {
                            document_key: '63fd95647a7c49cba711f6ed52e1dd3e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5bc93441cfcf46b0bdd1d4db15a1744f'
                        key: {
                            document_key: '545359f279eb4287bf339cd985fecc44'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_variable_value'
                        id: '5c281d42062c456d82faa1c8786c1f02'
                        key: {
                            document_key: '5816e438f851482aa6bcad56cfee2699'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c4e581457bd43949d679ed1803053b5'
                        key: {
                            document_key: '41b99d8691bb41a2aa38caf8602e2d93'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c615461ed354b4580e2228d32549b0a'
                        key: {
                            document_key: '01ed2dc9cbad45f480b27b08566576ed'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5c655881e21e4385ae9d30d24acd0ef5'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '48e693f654164f49a917cdf384e70676'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c7b93addfdf42988de6dc47a384ba53'
                        key: {
                            document_key: '71011a699c2948f8b62774e4283564fb'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cd87efafc214bbb95c792181fea9d54'
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cde245839ac42b694a009d883265a68'
                        key: {
                            document_key: 'f9be5d906c6c4e879e4e0050ee439246'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ce39478b3434f3696168ff611ecfa1b'
                        key: {
                            document_key: '3aa8e8ec45c643b1a2f96715bf1e22df'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d04832e71d84131b6725b1b5a02c9f6'
                        key: {
                            document_key: '4a67c31084b745548a0442373b06852c'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '5d4d3d47d28b472bbdd6b6b5fab1ceae'
                        key: {
                            document_key: 'ebb7bb7338dd406981e80c29cc71bda9'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d4e9b9836f44dc2b91b5da809951aa5'
                        key: {
                            document_key: '320f6fe54d764481a15f9ed03e20ae5e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d745edfca95484bbe3dadc9bf779845'
                        key: {
                            document_key: '1eff52aeacb947b3983de643fde9730e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        id: '5dd058af612f49a2ba9570042cea48e3'
                        key: {
                            document_key: 'c034d73d1edf4585aacf56e949a2f0e4'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        id: '5e5f6f8113274c97b62eb27ef140c12a'
                        key: {
                            document_key: '95b43c84363e46498bf6ce8efc19f795'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        id: '5ed1a46d302d41f1a1c7db1db8d79205'
                        key: {
                            document_key: '2e8238c03bb94b408ae28839c7dba9f2'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ee306aee4f847699d33df05fd74a817'
                        key: {
                            document_key: 'd4ef0af3508e4f01a9476fd360c84eae'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5ee32b2638c145ecae019fa5a10be9aa'
                        key: {
                            document_key: 'c4857fe845b343808e67da7702520095'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5eed2a90bd0f4bac80612323eb82951a'
                        key: {
                            document_key: '543e57aa98f54926a8f8060ef48347bd'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f140ad7a64443b195af46fb8fab6def'
                        key: {
                            document_key: 'f6c118fe47464d628f87477145b8641f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f1987df51004b03a6a6eae5914be728'
                        key: {
                            document_key: 'c21beedc427b4f98bde2d16888fb4a9c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5f226a0d0c7e48bca90efe1216f42fd2'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '8e6e1b6f25844d03848e77c7e9414520'
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
                        table: 'sys_dictionary'
                        id: '5f4aa1ca024e45358a06f1e8b76c6976'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5faa3d06ae484a2aacdf7858522d408a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '4a67c31084b745548a0442373b06852c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5fcbe27877174fe0953540c23f7b8c2a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '449e08963a8e4d48909b8bef525e8c83'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5fffc76743b54ca8b15627a97ffe6439'
                        key: {
                            document_key: '22320828f03248d09bea8a11bfa1d1b3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '601da6f4ebef4284972dd2de84229764'
                        key: {
                            document_key: '819444b76ef1479f9b219955ab10712b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '604623e923f94cff84d327c0cbe5ebab'
                        key: {
                            application_file: 'c2c1a301409c4750b07e66dda7f76ccf'
                            source_artifact: 'ff5006ac69b94b22b8c3364fb2cdf0d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6076aea7f1bf4c76bd27c3a5700d31f7'
                        key: {
                            document_key: '8bb2bfd611d149baa780d37195d1f783'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '607bc248cec44583839f4d05080af2a4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'ac406097c4eb4bdab24066f3f64b2d73'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60d7f9b983444d7dae9388a6c1a492d4'
                        key: {
                            document_key: 'a334795b9eec4ea5a6401c570bc18bc1'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        table: 'sys_dictionary'
                        id: '6176354759a145d6b76abc198dbfc761'
                        key: {
                            name: 'x_mioms_m365_assis_claim'
                            element: 'claim_key'
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
                        id: '61c9998585f1467894340d382e0d5aa2'
                        key: {
                            document_key: 'cc147c6853664b2887bf0ffa7a4ae824'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61d3b888f2a14ee3a33e39b714af8017'
                        key: {
                            document_key: '545359f279eb4287bf339cd985fecc44'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6211af2bada9441b99b484391a9985ed'
                        key: {
                            document_key: '2c9ba491513e468f806cef0bfd59cade'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6216bda130de47e68db6a561bb5092e8'
                        key: {
                            sys_security_acl: '51a301eccec54b68b2403055c948d29d'
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
                        id: '621b5ee4e1514f65b33373da53b46b10'
                        key: {
                            document_key: '0bb1e0bfe84b4de0b7e0a80474e9a43e'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '623fb2789262452f8ea8048347421677'
                        key: {
                            document_key: '64e9986f65f841d5baa7020ea4cb26c6'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '6296ef9a7baf448285c04bdb336809e9'
                        key: {
                            document_key: '6a8d0d80bfe94968ba5bae8ab7e08ece'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: '62f6bfd81c4b4f6b90e4fcda083c4c87'
                        key: {
                            document_key: '241f647c593d4ce2b253f268c1564f18'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '634d86015b1d460d839de473249dcbd1'
                        key: {
                            document_key: 'e058c5c40d2f4460976794497d363600'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63610352c96f46d88466dcd0f9b1c1c0'
                        key: {
                            document_key: '954b4cb46fc84d4a8fad3cf2e5059c87'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63737f973bbf46a89efbfac40a084c26'
                        key: {
                            document_key: 'd68a23df904b4b869231b4767355a869'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '639e38187f734e9bbabc0e9022b3ddd6'
                        key: {
                            document_key: '67e906a96f444bf7bc46288e220c9e44'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63a1f86e38844829b5b2c198d8536bf8'
                        key: {
                            document_key: '4a67c31084b745548a0442373b06852c'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63ee2b2fec8047c7ad49defa252f27e3'
                        key: {
                            document_key: '66c66854fc7847afaa84d956dfee131d'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '63f5c4a0b7a844b3ba555823840fa8e7'
                        key: {
                            document_key: 'fbb86ff46a55428395f898b97cf493e2'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '640cf2f29f3b4087be723fa2339c0388'
                        key: {
                            document_key: 'ecf1e03ff6e64596987d85a9c6599448'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '641593e39d9b4ed4b3077b6ce5adb003'
                        key: {
                            document_key: '449e08963a8e4d48909b8bef525e8c83'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '643c87ef7962442c9962730231f9b6ab'
                        key: {
                            document_key: '819444b76ef1479f9b219955ab10712b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '64429ed4518b4fc9a07983a16a5baaf8'
                        key: {
                            document_key: 'd34f4625a19b40c58c0ecaa48fa046cd'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_variable_value'
                        id: '65688803dc994b69a710270fadc0973f'
                        key: {
                            document_key: '783b1c4dbae34520a2d2204e90fc9cf2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '65863616f43649b9a00128eeedcc04a2'
                        key: {
                            document_key: 'dcf5628554424c1bb49096cdd362493d'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '658b57b34f48450bacd16e0abbe51ac5'
                        key: {
                            document_key: '6579f146040d46b9984323f939d1d1f2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6598a31beff848f0bb568e2f5e2a3bc5'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '71e99153dc7a43be839499da92467faf'
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
                        table: 'sn_glider_source_artifact_m2m'
                        id: '667b8a19f9b443f6a22bfef9be78a58b'
                        key: {
                            application_file: '02c656572fbf4802bf04e0a2a53721ec'
                            source_artifact: 'ff5006ac69b94b22b8c3364fb2cdf0d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6696777bd4cf40e0bdd7ab85d61f185e'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '4c63fd8dab014115949ef20701220562'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '669da9a87b814488a28c724c8631d64e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'ebb7bb7338dd406981e80c29cc71bda9'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '66a3de940c454f2a8fc1cd07993a3a8d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'a5ef70d9c60c45738ccc1532bdd93cf7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66a644c0ca3e470a832f09403b46912a'
                        key: {
                            document_key: 'f0e21b8d785d4ac1a252a9c2f1fd0bc8'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '66b39b67654d4dc1b47a55b18eaa9d7a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '099741594bf842ba814477c243a18591'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67322d53ff5346b89d798e211aafb486'
                        key: {
                            document_key: 'fc694afff2f24acc9c4f119a00d95f99'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '678ee1d580014075b8f4979e0b796a2d'
                        key: {
                            document_key: 'bcaef909e3cb4d408f976a3d1b65635b'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: '679c0ae482d44f98a92af2503fd1263a'
                        key: {
                            document_key: '67e906a96f444bf7bc46288e220c9e44'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67c0c7149c674b299db55499c69f8b47'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'protocol_version'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67dbc79f389c42e0b42d5c10fe8a0535'
                        key: {
                            document_key: 'eb1216bb107f44f997d1ae6a483b8d06'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67fd32486055448998e1b75c9a3dfdf9'
                        key: {
                            document_key: '22fc9f91fae242edbac72a124ed64199'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67ff8a1f3811496e8cd333215cc1df50'
                        key: {
                            document_key: '3a17c8f003d143169ad7d0973a758fa6'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '681ffb514e9d48c8945668fbde5863d0'
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        id: '6886b2a1b89c4d37a4a22bb086690a23'
                        key: {
                            document_key: '954b4cb46fc84d4a8fad3cf2e5059c87'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '6897dc1efe8146ebac06defa168f6b10'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_claim'
                            col_name_string: 'claim_key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68ec355356404f1c90350c218f989051'
                        key: {
                            document_key: '800bc2df0e94440e8326a4df2d4ecf6b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68f293bc856a4c239042003cf23f4367'
                        key: {
                            document_key: 'b5c42a210d0a447b85137bf8c0a456b9'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '69298e963c27405ea5c97e67ffc5cf76'
                        key: {
                            document_key: '1df2e06b6e9f4beeb25dcaf065118439'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69644a94cb4245739cf25e7f7e0c5462'
                        key: {
                            document_key: '40949f1a1e4744fba3514a71aa50b4a5'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sys_dictionary'
                        id: '696910ef40d04fa5a5c7a1afd8ebcb3f'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'last_correlation_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69747d6347cb478183cff70a6c884253'
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6992b33d9a6c401c8202421e56fb8c5e'
                        key: {
                            document_key: 'd102b05eb92041788c772adb5f711614'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '69af2bc072d24ef29f7e01447dd27d49'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '67e906a96f444bf7bc46288e220c9e44'
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
                        id: '69e9a93567e0420ba0fe1c25ea22fa53'
                        key: {
                            document_key: 'b8d5a49f262f40a98ac25e54457fa8f0'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a6c62d33ee24f6cae27466d3bd146db'
                        key: {
                            document_key: '7ef9cd5e2dd241eba971fc5f42b133b5'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_dictionary'
                        id: '6a966eda44fd4dc4988cbeb2f38e5242'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'outbound_client_id'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6a9dcbe94b66422f9ccb98e6271399a3'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '3e5c349830ca45f69bf8442a4b79de97'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6aa6b56ebfb3468cbe3360d217f7f95c'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'content_type'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6aa9ab12c24d4f43b1da200862e71ef8'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'cbffb63adb8a4f3a8f5b6ffa7e1bac4c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ab29e8f283449a8b18398b3325e7f2a'
                        key: {
                            document_key: '6a38a6d95bea40e9abd30e48a59265fc'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6aba6fe595d7451983c57ec015261548'
                        key: {
                            document_key: '1df2e06b6e9f4beeb25dcaf065118439'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '6aca129fe1b442b28750ee10ddffa83c'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_health_message'
                            col_name_string: 'message_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6af9b9cc161a4befa845c1570bbe23d6'
                        key: {
                            document_key: '0c66c0d8e512454091bf39b16cb83073'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b036b1496c34c8b9b9a001e0957e367'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b3c7c7ed8c141658ecf6a16ec16aaa8'
                        key: {
                            document_key: '6a8d0d80bfe94968ba5bae8ab7e08ece'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b3f184858f94a258dfc65f4d9a56514'
                        key: {
                            document_key: '3a17c8f003d143169ad7d0973a758fa6'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        id: '6bb54909af884a6caf26c22fc383de4c'
                        key: {
                            document_key: 'e9d7ab8ae261429d8628103cec09f498'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6bdba3769a4c4118b43be2d3b3a6d488'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '119f45515e074179915660cd2aeb5139'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c3d8c0255674bd8996dde9502c8cd6b'
                        key: {
                            document_key: '819444b76ef1479f9b219955ab10712b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c526a93aa0645fe86c783c29d5f3f1b'
                        key: {
                            document_key: '6a8d0d80bfe94968ba5bae8ab7e08ece'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        table: 'sys_element_mapping'
                        id: '6cb3eac4478f445c887d466aee49f44a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '5d32d0e1c4f84b2ca24977194ebe007d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ce57dfab8f84be683f12a92bc26e19d'
                        key: {
                            document_key: '25eb55eaecfb41eb86f791797b18b7c5'
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
                        table: 'sys_variable_value'
                        id: '6d13486251c346e39eebeffb328947cf'
                        key: {
                            document_key: 'cf0e02948000425593c145f019bbd4db'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d149c0a9f51403b9787e184a6736e71'
                        key: {
                            document_key: '82c9a1b1b6314946aed01216bf6b7ba8'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_documentation'
                        id: '6d5c89c9d21b4e6bb9a3dece3ef2b877'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d725fe73ac94fbf8207ec9669dd6cdc'
                        key: {
                            document_key: '04e60fd43bd045efbb0657d5948f8bd1'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_element_mapping'
                        id: '6de3fdc5101d47d68ff3fd334b61e762'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6f622261ff724198a84875d6eaf852c1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6df6c54a3f6b401482ccca4e8a98802f'
                        key: {
                            document_key: 'e202f97d87264872b37114e08b4e6e88'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e06d9ced51540cda462c91738197564'
                        key: {
                            document_key: '3dc42c0c10834896897d65682effd011'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e0ac6532469456d917b7cf6e373bf0e'
                        key: {
                            document_key: '21077dc3eae942008efe207cbc263e92'
                            variable: '6619c7aa5320220002c6435723dc34e2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e55b302a1734d76b47f046577394be9'
                        key: {
                            document_key: 'bd61dfc3aab443d2b09261855fdc9f24'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e71bb8f02134109a7e56c8a1ec59bb3'
                        key: {
                            document_key: 'eb1216bb107f44f997d1ae6a483b8d06'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e734146c29a421390c8eb383e1813f2'
                        key: {
                            document_key: '2be0d70ae7924bb7869655764f6a91c8'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6e916e706f8a4b15acbe1a753a030932'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'f40102d6a60e4d19a01a43ef83f9f58a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ec3cdc991a34f8e871ba08c7cc38e96'
                        key: {
                            document_key: '8a6765e9b5d24e86bb5d3aa3e595e2b9'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '6ee066bc4ef94e8dba6097a8caabf116'
                        key: {
                            document_key: 'd102b05eb92041788c772adb5f711614'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ef5855418464574b00311ce93495ca0'
                        key: {
                            document_key: '06332dac05c744a69512089d139b09d7'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f2081d5194c4a2b9d895eb78911c9fe'
                        key: {
                            sys_security_acl: '8033df30d7744182bf4014bc481994fd'
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
                        id: '6f2428b320f740689a39fed0ac87cfdf'
                        key: {
                            document_key: '972262e9739549feac525baac34f5ee3'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f2512197cbd43dca0421811f688d815'
                        key: {
                            document_key: 'ac406097c4eb4bdab24066f3f64b2d73'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f7d3873cd1a4c24939f56656a1f1496'
                        key: {
                            document_key: '653aa2a21bc04f7fa76edc0de788150e'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f81317a1c51484a8dfc407191814351'
                        key: {
                            document_key: '4882b5e490014ecab389018784d4dfa8'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6fa739b49cae4a5d8d8e1474313ad2db'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '70c9da875c8640d988cc591939b73596'
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
                        table: 'sys_element_mapping'
                        id: '6fe0417f820147dbbebb8058ae92da29'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '783ca25f4a8247e282b6f9ce26a92e10'
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
                        id: '7024b69a62fc48618b898cd127b452d1'
                        key: {
                            document_key: '95b43c84363e46498bf6ce8efc19f795'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7037f8e8e1f246c595b022333d62ceeb'
                        key: {
                            document_key: '6b66f144c1ab4eceaf385c0df27c8104'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7058c3a51e284ef1a28120e8f22510bc'
                        key: {
                            document_key: 'fb429534b31e4b85ac3f9b4a617d256d'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '705bb26ce23441d4ab0f9ae5a5cdfee3'
                        key: {
                            document_key: '525e64a5cd2a457eac6a725c11ba8300'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7081a35a126e4dc3a281d5dcb86a209b'
                        key: {
                            document_key: 'f23214259e534de98d79f1b6f375f312'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7095c8b7d294451cac59f78a6cf8933e'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'services'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70bb1e8eb0c04bdeb0eb1923ef1c99a7'
                        key: {
                            document_key: '4bcc65e321cf45f18149763b2bca1854'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '70cbd594dd3c4c3497df985840a75c28'
                        key: {
                            document_key: '8d600941d58645f4a896ded6965e2fa9'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '7101a92c454a443eaef84264bb84c2e8'
                        key: {
                            document_key: '8bb2bfd611d149baa780d37195d1f783'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '7157231a9097470a95dbd84dc17d79e4'
                        key: {
                            document_key: '998ee6e6c8e349919addbd2389631e76'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        id: '715f830b87dd40a98d341412e2640821'
                        key: {
                            document_key: 'f12abe8aefde41da826c79839e3027b5'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71cec9adb8b64612ab89b6d59bfb3204'
                        key: {
                            document_key: 'f94e212bf03749359abea33f4b67ddeb'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: '71fe34422de74adbb04d4af4584b3caf'
                        key: {
                            document_key: '4c63fd8dab014115949ef20701220562'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: '7225128145714052a68cf6b0ace266a8'
                        key: {
                            document_key: '83ccc82bc70a4341b51789194a2dc757'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '72d13dd7bcb64bf6a47a38f88fb7c968'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '64e9986f65f841d5baa7020ea4cb26c6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73540be44d604b8ebb212a383101b574'
                        key: {
                            document_key: '96381a6f5ab44b1e9cbb06a3ac91393d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '737abffb407640f29f5bcff022a3ea05'
                        key: {
                            document_key: '9c89b9631d594f76844c96c2c22b75a2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73918108abf54d309dd8b72297f7d0fb'
                        key: {
                            document_key: '1ce307e74bba4d339cbde9c1449e6ab3'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73eeceef9c5e4399aceaf4ce71326ef4'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: '74e0b4edcd9b403a99aeab536ea99ec9'
                        key: {
                            document_key: 'cbffb63adb8a4f3a8f5b6ffa7e1bac4c'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: '75806501a568451b9fd4a9d6dde3d09d'
                        key: {
                            document_key: 'b101ab2cba164c86ad58f6e516c01580'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75c371864d824f108d5502440adf235b'
                        key: {
                            document_key: 'bcaef909e3cb4d408f976a3d1b65635b'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75eac573801042b4886b76d26e3df94a'
                        key: {
                            document_key: '0aa90fc00d844a9b91f60fb3bd821881'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75f9809b7cda425d975f9aed084ec921'
                        key: {
                            document_key: '2dabd6be5d5443b8ba4c9625f853faac'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7618eadb060c4ce7b75f30375dbfee44'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'a8cfd115b0a148588b7ae83f19159782'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '76196bc91a134aa292ce1e542c11c81e'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2f035200c58449eca89c40f25f0e329f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '76494ae0714745a49402c9258556ca88'
                        key: {
                            document_key: 'ed8308cdc3ca4df0b1a51867636a59a8'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '768bdd681a22404992d84223228e373f'
                        key: {
                            document_key: '2e7c6dbd8ca147ce81f8bfea6b4d00a6'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '76983a52d634438ca9179744b2819702'
                        key: {
                            document_key: 'e191ecc76dc64d45859b9c73c8d0e223'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '76dfd183ca624558816a5fc8d2ffad8e'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '773598369cb747df9a295c7516e1ab0a'
                        key: {
                            document_key: '70c9da875c8640d988cc591939b73596'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7756cb6e141d4f62b9eb360b106b735f'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7757a173da294a4d88a58a43703546f9'
                        key: {
                            document_key: 'c5f3cf40a9ed4e5a839aaf2d865912f9'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_element_mapping'
                        id: '7796285658344996b18a1e5b02dab523'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'e191ecc76dc64d45859b9c73c8d0e223'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77ac317f84f24261a2366050b2a55c62'
                        key: {
                            document_key: 'bcaef909e3cb4d408f976a3d1b65635b'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77ceae11ea0543ac9728c18043a13a24'
                        key: {
                            document_key: '0baef687b1104539998c479a8fa1f309'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '77d448f4e05849f1905cb2a900fe9877'
                        key: {
                            document_key: '557c75740abc4554b7331b2c2cb13283'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '7833662addca4f87b7ad26e0bbd895ac'
                        key: {
                            document_key: 'd102b05eb92041788c772adb5f711614'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78362bc0141a484ebff4b55a51b4b3b5'
                        key: {
                            document_key: '95b43c84363e46498bf6ce8efc19f795'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '785a9633b58c478b852fec708e432656'
                        key: {
                            document_key: 'ab07abc1418448f9a8fcedb25312c2d7'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7881004c9c8e4e25bdbd806576fecb9e'
                        key: {
                            document_key: '87a2b2400fac4fbc83f873c9b96d64eb'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '78c6689c87344eb38726ad1fd1b81a9c'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '394ff0bc88d446eea92b51bfb0ce55b7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78ed3fc1ccf54d338cf2908f3c6dfed3'
                        key: {
                            document_key: 'a8cfd115b0a148588b7ae83f19159782'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7905fa25bcc84ebb9e9befc5c2673767'
                        key: {
                            document_key: '43afec44a1cf4d999c5bd95a1467db56'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: '79548cf2285443d59145561dcf1ccf3f'
                        key: {
                            document_key: '9c27c7461d4a4f2aaab74562d7eddd25'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '79774095d69343d7a2c2dc131921845c'
                        key: {
                            document_key: 'bcaef909e3cb4d408f976a3d1b65635b'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        id: '79f80849c99c45ecbc7a4b30c9250abf'
                        key: {
                            document_key: 'ec777fcff0b04f9e973e70e8c0a496b1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a1201ee955c4a90b94fbf8ee4be53b7'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        id: '7a7029e6c8de4f26be0c4e6f6c100ada'
                        key: {
                            document_key: '2dfe99b92dff499283de45e3c4573dac'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a849b56cb884051aacf40775d8c594f'
                        key: {
                            document_key: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_element_mapping'
                        id: '7ae170d922894cf9a99fe59232bcbfac'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '6fb8ab80a7d34f50a2ab84ce3e466937'
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
                        id: '7b4e305d7a8e4850a15080103b7017c1'
                        key: {
                            document_key: '95b43c84363e46498bf6ce8efc19f795'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b739fa5277c451d80fbc4591c8adffe'
                        key: {
                            document_key: '7b46112b863049fa9c0fc217100d4818'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7b7b8df782af4869a34a01e0e0e39014'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '41b1012d6cb842a58c1a3cd03667bed7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b831c5ef6cc4c8099507a5379ae371c'
                        key: {
                            document_key: 'e202f97d87264872b37114e08b4e6e88'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ba7a8625b6c475aba9c83f17433ecae'
                        key: {
                            document_key: 'e19760bdce7d41dab8124a4bfa5d8343'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bac1ed4d3b34112bb7893fc32642244'
                        key: {
                            document_key: '48e305b72a1c4768a64bce0a6182af99'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bb592fdbb6c4f1e954bae5fc9f5034f'
                        key: {
                            document_key: '1cc172805c31437eb93f204e23e97685'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bb6035b56f241d59860a1921cc77507'
                        key: {
                            document_key: '9615d79c4b224f65a30235e495be9436'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7be47975deb8497aa5e619a475ec909e'
                        key: {
                            document_key: '1df2e06b6e9f4beeb25dcaf065118439'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7bf4e4115ca348cf93dbe4eec09b53d0'
                        key: {
                            document_key: 'ab63bd977d554b64882cda0f1d686e7b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c81b52c42784d2e81edfd39644ba8e5'
                        key: {
                            document_key: '320f6fe54d764481a15f9ed03e20ae5e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c87824353744930b4f3eb86605b7138'
                        key: {
                            document_key: 'ab9a7239d17c4f88b214fcfe7c63cdee'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7cdb5aad3aa246428b4b8bed45ed1bb5'
                        key: {
                            document_key: '0512ff81b44f49098c12f27530b9cba0'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ce79058fb8249f0bdb2a244d72d16a4'
                        key: {
                            document_key: '2dabd6be5d5443b8ba4c9625f853faac'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7cf0bdf3b37342df96470a321e6d4a03'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'session_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d1a06731a1b430c88295836969a76c4'
                        key: {
                            document_key: 'c788859f8eee47a99e9eea9ce3884fc2'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d1cfee870a9470ca85292740a54e6a1'
                        key: {
                            document_key: '7f5b7bace0604014a273ef010a88e9bb'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d6fad8ece4d4d2dae69009d2516462f'
                        key: {
                            document_key: '0a83c54bf6354519a25590b94e95a327'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        id: '7de9b22ea0284cd88b8945273e28f192'
                        key: {
                            document_key: 'bbaa28fe373542da8333cf8682aa3f4a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7dfc017b57234f859158a70eacd2e22e'
                        key: {
                            document_key: 'ab63bd977d554b64882cda0f1d686e7b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e23cb0e74624c9ea28644472623e807'
                        key: {
                            document_key: 'ae0edab18ca642b9b3074f9071e98694'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e273768877c4311bb8bc922f254f36c'
                        key: {
                            document_key: '40e1cf58ad7b45f2be24226ab7b589d5'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e4d975e2adc48cf8db043e2e139801f'
                        key: {
                            document_key: '71011a699c2948f8b62774e4283564fb'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_element_mapping'
                        id: '7e732f81593d458ca464fcd48c83aed1'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '2be0d70ae7924bb7869655764f6a91c8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e8b15614c6a41a286ebbecffa5da04d'
                        key: {
                            document_key: '7d0b92ea4ec746a3998f3e71f6bb08d2'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e9561721a744cf3a02430d2715fe9f5'
                        key: {
                            document_key: '13fbcb8659ae456d81a4c70c4275e874'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7e97c9843d8f4e9b88a756f73b4eee5e'
                        key: {
                            sys_security_acl: '49c3ef3aceaf405c917272a5644e2c91'
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
                        id: '7ef1d47b16684dae946ce42734a81626'
                        key: {
                            name: 'x_mioms_m365_assis_admin_account'
                            element: 'valid'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f0facaddcd045188858409e9fc3a70e'
                        key: {
                            document_key: '0660737f7bfa4e90bfa14281bc55fb78'
                            variable: 'ad351a4e53a0220002c6435723dc34f0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f13244c9542490fa637c5c487c9d5f2'
                        key: {
                            document_key: '193cca02a34743bd8e88a1970b7c886d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f261d455b754ccaa1302f344c9498a5'
                        key: {
                            document_key: 'ee3c52cdbc9e40829dc355093d22e23e'
                            variable: '67400008676003007ba405225685efa4'
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
                        id: '7f42d5348e874bec8175aba96139adb4'
                        key: {
                            document_key: '1eff52aeacb947b3983de643fde9730e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7fcad5a3d22f49b3baeebf9b842b2863'
                        key: {
                            document_key: '4a67c31084b745548a0442373b06852c'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ff274d4996e4f28bf291093e657d1ea'
                        key: {
                            document_key: '4da5bb512714406f92678e96c3cf6ac9'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '7ffcb3c3aa68400489184ad054f95189'
                        key: {
                            document_key: '6ea14d6c206d4b2487980c30cc5d580a'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8001089e48534a0abd1b45e52432dd26'
                        key: {
                            document_key: '2e8238c03bb94b408ae28839c7dba9f2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80125e2ff7084389ad698d24ab8d71b0'
                        key: {
                            document_key: '1634621532c94b6d9657b6fe1402633d'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '803f578bcfd446119cff2e73bc86bbe4'
                        key: {
                            document_key: 'ce63dbf3be11447698ec550f87571a56'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8046d755c2c54f06b9c85703fa24bd37'
                        key: {
                            document_key: 'f12abe8aefde41da826c79839e3027b5'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '804d3236e5cb49798e4b5c5c5ae75045'
                        key: {
                            document_key: '4caab47b6e634e85982190d9da206e47'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: '808f9f53d699470995673064e5327936'
                        key: {
                            document_key: 'dcf5628554424c1bb49096cdd362493d'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80d010ae922842118bc350a347f2d608'
                        key: {
                            document_key: '6579f146040d46b9984323f939d1d1f2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80d8c25463bc4a4c87952adb4f3b4f9d'
                        key: {
                            document_key: '8e6e1b6f25844d03848e77c7e9414520'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '814be42c00ab4368bd1cee1b6f27bc67'
                        key: {
                            document_key: 'ee3c52cdbc9e40829dc355093d22e23e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '817138930a14420aa866b1cfbd5ae659'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'bc00c16280f64d9c806501cd11f67fcc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '818201a532c44f3e92c5fb89a5f99789'
                        key: {
                            document_key: 'e058c5c40d2f4460976794497d363600'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81a74ec0032f4cd284d2ebb056544ed4'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81bb2f20e3d3453cb54dca8a8db868b1'
                        key: {
                            document_key: '3a17c8f003d143169ad7d0973a758fa6'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8223edc135024f20b2637855abbcee05'
                        key: {
                            document_key: '2501228128164bcaa54c205356945057'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '823fc1f4b01048be937cf1670f42380c'
                        key: {
                            document_key: '783b1c4dbae34520a2d2204e90fc9cf2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '829757966a294788b50ab760a9227587'
                        key: {
                            document_key: '6a38a6d95bea40e9abd30e48a59265fc'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: '82e9c87bfbc144ffb13bc4898031a370'
                        key: {
                            document_key: '40949f1a1e4744fba3514a71aa50b4a5'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '82ea0cb5f8a44b1fbf6874135a4e2356'
                        key: {
                            name: 'x_mioms_m365_assis_claim'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8308f9eb8cea4d5eb2f347d236bacb6a'
                        key: {
                            document_key: '5c0353ddaee64c30af44b72fd718dad6'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '834b9af40b9a4675b2428e0004d9a2ef'
                        key: {
                            document_key: 'c21beedc427b4f98bde2d16888fb4a9c'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8383a075383647608746f79f9a4b985f'
                        key: {
                            document_key: 'd38cbb2fe8354214ac2d7b3eb7fd7b3b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '839ea0c328cf451496984b8fe1d97b5b'
                        key: {
                            document_key: 'b8d5a49f262f40a98ac25e54457fa8f0'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '83eb337394714e178285b6f41b60e18f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3c31c9e39dec4eca9090aca3f5ad5db0'
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
                        table: 'sys_element_mapping'
                        id: '84544a5d7c624339af448bc343dbae5c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '40e1cf58ad7b45f2be24226ab7b589d5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '845a71d6bd2048e7806f12b66558eacb'
                        key: {
                            document_key: '5800585b861242ea80ac29a13a0689e5'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '847bfa95be9749cb91c5ad315b27b311'
                        key: {
                            document_key: 'e191ecc76dc64d45859b9c73c8d0e223'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '849122b9d5d6414f88942bdb7f8fa761'
                        key: {
                            document_key: '21077dc3eae942008efe207cbc263e92'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '84ba745d6998411e87f8305369e0dfad'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b5c42a210d0a447b85137bf8c0a456b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8546efa1a7904acba664fa251cc67cfe'
                        key: {
                            document_key: 'e058c5c40d2f4460976794497d363600'
                            variable: 'c2eb56e853422110248dddeeff7b1261'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8586921ceae24b1baa0f126ac1929045'
                        key: {
                            document_key: '9c89b9631d594f76844c96c2c22b75a2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8586a24299534b1081108c479e7f8bc0'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85cf8e3bae994741b07a6277b5ecb84b'
                        key: {
                            document_key: '1fcb929d57b64ff0892102596401a882'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '864037ba36064c47b8724fa5b4658726'
                        key: {
                            document_key: 'bd61dfc3aab443d2b09261855fdc9f24'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '865f551356d64dc58cd641d00f31e88d'
                        key: {
                            document_key: 'ff1fdd10d1cd46d0866e949b7d9746a1'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86ca3d8b712549baa9a0264d9d930cb3'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86db6ec421c34ea3a97c064a1bb0c5c9'
                        key: {
                            document_key: 'c4857fe845b343808e67da7702520095'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '870d6e976cf1446f8d0416ca48e76db0'
                        key: {
                            document_key: '3603b5c11a8d468caf2cb3838db3dc19'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87107b69bb4740d8bc23a5a396578d1a'
                        key: {
                            document_key: '5c0353ddaee64c30af44b72fd718dad6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '871349d74dfe4d4e866fb54de188424f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6e6696cee9aa49469307c0df89c070f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '871ad4e18cdf409081e1a5a60ba70993'
                        key: {
                            document_key: '443f80f164fe48bd99663b54c61adf44'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '871c903d21724897a6cf7f4155d9f04b'
                        key: {
                            document_key: '545359f279eb4287bf339cd985fecc44'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '87599a374072418eb0ebec18e23439d2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '01ed2dc9cbad45f480b27b08566576ed'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87739a432dc44bf7a7367aca48cd3122'
                        key: {
                            document_key: 'e191ecc76dc64d45859b9c73c8d0e223'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87948437d88348eeaf6176812b254a06'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87f09984dc5f4191acbc1c4c3192f5f9'
                        key: {
                            document_key: '63fd95647a7c49cba711f6ed52e1dd3e'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8808732115c3458e95c6319bd2efda35'
                        key: {
                            document_key: '01eb7017c9ec445eb5c06a53395eba69'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '884b0dda5f2b499992b905c8c7d2832a'
                        key: {
                            document_key: '6fa49199b7314416810aad5a93cf8ce1'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8869ba4bf5d0425c95baee393da64aa1'
                        key: {
                            document_key: 'ec1d3d48aa1443f8901b26f7def6d35e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '886b0a987f084b79b7bf0806bc0fb7d9'
                        key: {
                            document_key: 'f9be5d906c6c4e879e4e0050ee439246'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '888ebb91f76f490cb434885cce3673a2'
                        key: {
                            document_key: '05607260b73e4bdcb7f62a46d6ec858b'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88d4f39d8135431694558c0c2869d956'
                        key: {
                            document_key: 'fb429534b31e4b85ac3f9b4a617d256d'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88e32e7b748b499db9aef5da8d4104d9'
                        key: {
                            document_key: 'f23214259e534de98d79f1b6f375f312'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88f30c7e3e374866854e7d520d2810fa'
                        key: {
                            document_key: '4caab47b6e634e85982190d9da206e47'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '893a6b097d1d47bd8ad5cd5bf3f18f00'
                        key: {
                            document_key: '1fcb929d57b64ff0892102596401a882'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        id: '89d0b2fe46cd40eca0533cb34dce785b'
                        key: {
                            document_key: 'eb1216bb107f44f997d1ae6a483b8d06'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: '8a4149c6f7a845b2b0848b7dd46f9805'
                        key: {
                            document_key: '766ee66aea2f47b689d4dff7c630aaeb'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a6c668a88424f68a2a9fd8e50b68b60'
                        key: {
                            document_key: 'efd5b33764914795a4b0123212adbdf9'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a84e9bab80e4b13a7c4f514ecce5f67'
                        key: {
                            document_key: 'a5ff9d4e472d4ac08f60ce758163d85b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8acf83c616ca40e6b0566e81b03cfb3b'
                        key: {
                            document_key: '6933cb973cc143c9bd2924e0a0301477'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: '8b1b57adeef74b9b8accdbfb89d5d767'
                        key: {
                            document_key: '2a64f999b8334aa0be8e8755d628e4b5'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b324175bb21450492160ca2e1ebe416'
                        key: {
                            document_key: '4caab47b6e634e85982190d9da206e47'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8b4218a7f8f04d02b1a7156e143662f2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '9c89b9631d594f76844c96c2c22b75a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b434810bc754806bc72c87305d4e26e'
                        key: {
                            document_key: '9a4b845bd3e944a3a07058237c35c657'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b6ffe140295478dbf8b53c3ddab0b38'
                        key: {
                            document_key: 'af7f53e19a3b4026a9ffa29f02ab341c'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b7f8968d5604a779db71c5d10a3b16d'
                        key: {
                            document_key: '2be0d70ae7924bb7869655764f6a91c8'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b9214fa3e5b44fe81257b319eee1dae'
                        key: {
                            document_key: '6b66f144c1ab4eceaf385c0df27c8104'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        table: 'sys_element_mapping'
                        id: '8bb95f7701e5449b8f56543d79e7605a'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '4da987fb052643bfaaf63523bed5b481'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8bba946b7a1e4160ae93529bb4edd139'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '95b43c84363e46498bf6ce8efc19f795'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bc9d39c63544dc5b4fba6ee2f34f482'
                        key: {
                            document_key: 'fbb86ff46a55428395f898b97cf493e2'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bca2eb3539347cabc19b6dd1ad5fe74'
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        id: '8c135da9644e4e1ba64d4b97662ccdcd'
                        key: {
                            document_key: '87da30b96ca040299508e1d4e260aaae'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c916b33296d45b5931dc1cb69b2cfc0'
                        key: {
                            document_key: '2be0d70ae7924bb7869655764f6a91c8'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ca174c90f784c26bf1e1a730ca9f529'
                        key: {
                            document_key: '4c2f4f3c711142c9bacc1a0744b2e5cb'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8caa5c60aade4855949495b96414378c'
                        key: {
                            document_key: 'fb429534b31e4b85ac3f9b4a617d256d'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        id: '8d0dcbd998924d8c8b83a0cca6ed701b'
                        key: {
                            document_key: 'd7ccf75277fb4ef6a3c220e94010d699'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d10152fbaf64a6ea37f511f5481eb63'
                        key: {
                            document_key: '1ad18ce70ce9471695107410021fab7b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8d6f8b76daef418b8012ff0b58bd200f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2dfe99b92dff499283de45e3c4573dac'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8dc96842b1584996963540c8309ad0cf'
                        key: {
                            document_key: '7f5b7bace0604014a273ef010a88e9bb'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ddc8265c3e74e168316235f7ee80d9a'
                        key: {
                            document_key: '9927c60cf50a4e2195e140f08b44b0f9'
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
                        id: '8e0a14277d9a4a58be5938c4ac34a4c6'
                        key: {
                            document_key: '25ae9c7ab9ef423fac1917cf1256edcc'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '8e751af1df884ecdadb87d52f82b323a'
                        key: {
                            document_key: '48e693f654164f49a917cdf384e70676'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        id: '8e9b853fce0f4af0914dc99b3565571c'
                        key: {
                            document_key: '0bad742b977b4febac801a88ca97f3ca'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f05f2e37e2f4cf391d01be21abc353b'
                        key: {
                            document_key: '0660737f7bfa4e90bfa14281bc55fb78'
                            variable: '74d6e7a0a3023110571967d1361e616b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f1e0e340ca64b0eb797e9e75123c269'
                        key: {
                            document_key: 'e058c5c40d2f4460976794497d363600'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8f41eee132cb47f19a3d150834ccd6d6'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'start_time'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f49da90baf54a0fbcfda5f23b4311b1'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        id: '8fa3a14bb6b04c2b91d3b6b41f94de66'
                        key: {
                            document_key: 'dcf5628554424c1bb49096cdd362493d'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8fb200571de2453fa3883d626cd635e9'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'c21beedc427b4f98bde2d16888fb4a9c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8fc0133510804daaa07a7eb577ca2c51'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '3349a4d647b6447a815756430f079b10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8fcf0e1ad57a4aa681ff0c3d958e0aa1'
                        key: {
                            document_key: 'cbb29e9d42f048558f247367fa2fd698'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8fdb116ff2244a71ac66cd18625ae115'
                        key: {
                            document_key: 'e9d7ab8ae261429d8628103cec09f498'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ff356379cc44b7893aa02f949560f4a'
                        key: {
                            document_key: '06332dac05c744a69512089d139b09d7'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ffdb904dacb4ad7bac1bcb65a22db5a'
                        key: {
                            document_key: '2254902dbf774c18864490ca1b349cf6'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9015ddd16c3e45d88f9f04f1144232b7'
                        key: {
                            document_key: '1df2e06b6e9f4beeb25dcaf065118439'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '901a03758c3044238daec44d6a38df3f'
                        key: {
                            document_key: 'af7f53e19a3b4026a9ffa29f02ab341c'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9033d8f4646e4443bf2a3752a224b858'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0ea69f371aff429482b775d6ec744125'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9059fbe994f84354a5ab08ed269300f9'
                        key: {
                            document_key: '6fb8ab80a7d34f50a2ab84ce3e466937'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: '909245278492461c90fdaba99acb3e31'
                        key: {
                            document_key: '6fb8ab80a7d34f50a2ab84ce3e466937'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '909d4f606416403db630ca818eb05f92'
                        key: {
                            document_key: 'f7ddc78afe99440babd0aacc376cfb7f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90db781e63444ac7899a56a26fa18db2'
                        key: {
                            document_key: 'c034d73d1edf4585aacf56e949a2f0e4'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90f377c91c70476d99ceba4487d2c14a'
                        key: {
                            document_key: '7cfb120102094ee599a6457495afa261'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: '915052d8c0e142a7b82bb3379ab91740'
                        key: {
                            document_key: 'b919f857c77c4b2db739870dbe3a0d80'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91660f013b204e1db78bcc1b192047ca'
                        key: {
                            document_key: '819444b76ef1479f9b219955ab10712b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9190ece49d2f4183a44bd7ae460a9bd6'
                        key: {
                            document_key: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91f955e90e834311bfebd7049a293541'
                        key: {
                            document_key: '8855107d848948de952a4395b6907b05'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91fab3ba1c8749f5914595409ea8cbf7'
                        key: {
                            document_key: '0f7a000ab2f94937a7daa0523cac1405'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_element_mapping'
                        id: '92363124b6104e94988d584905c82167'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '33e44e90de8a46a281dd22cb5287c7c3'
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
                        id: '925c7cef80864e13b41cc709d237dbc3'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92653d6fd9874b858c5ca99e9a4a8876'
                        key: {
                            document_key: '2501228128164bcaa54c205356945057'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: '929b7ce9bd874577bcf8eae07cedbb5b'
                        key: {
                            document_key: '5dac767652a047a0bb136d959e697134'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92ac2afe27384d18a380ff7b01e01521'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'last_modified'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '92b176a6468d4160a563c04a3d4e9ae2'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e19760bdce7d41dab8124a4bfa5d8343'
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
                        id: '92f90c4ebb224457861511c86559522b'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        id: '93199716102748afb2c5d18f85b66e62'
                        key: {
                            document_key: '7b46112b863049fa9c0fc217100d4818'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9325955b22f9466297d3501ba4f0e0a5'
                        key: {
                            document_key: '627d898733e94144ac293add1f8d895b'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '932dea37afb047258a1ed415ed8078ef'
                        key: {
                            document_key: 'c4857fe845b343808e67da7702520095'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9370bb1ab5424556af2617979d383a7c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '5a46bd65f6444ae69286bbb2fec119f9'
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
                        table: 'sys_ux_lib_asset'
                        id: '93d4dadbdc0440c78babaf677a0db437'
                        key: {
                            name: 'x_mioms_m365_assis/vendor-react-dom--0449cd6e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93dbf6a0327248d7b693ff015e4664fc'
                        key: {
                            document_key: '3349a4d647b6447a815756430f079b10'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93e619f3cbf04869bf55df1c4319425b'
                        key: {
                            document_key: '4bcc65e321cf45f18149763b2bca1854'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93f1857e7840419c97896efedc97b3ff'
                        key: {
                            document_key: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93f94ed9473d4400be87073296c4aa50'
                        key: {
                            document_key: '3dc42c0c10834896897d65682effd011'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_element_mapping'
                        id: '9477bfedd92247feba535c660cdcb357'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '88e16d117cca4fea9431a28488d5dc3b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9499e986743c4bb1b750673da9849ed1'
                        key: {
                            document_key: 'ae39939206e84cd4805db109d6687bf0'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '95044ca77af445249c233b36a8b782e7'
                        key: {
                            document_key: '9ae4bb8fb2bf4b278c26d4cfab448f41'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: '9597eccdd39946bf99a31eb34573e357'
                        key: {
                            document_key: '5cdd665b0b254e8989ee0122937bf216'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '959e6ee0b0574d64b1535a32f27dd41c'
                        key: {
                            document_key: '5a46bd65f6444ae69286bbb2fec119f9'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: '96b0c4fe5f114b908b7c9f66afafb23b'
                        key: {
                            document_key: '1fcb929d57b64ff0892102596401a882'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '96d96923c90d4f22a668e29ac8da245f'
                        key: {
                            sys_security_acl: '1c0417a72a0b4ebd8446d632624149cc'
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
                        id: '96f9d051b9f04cd1bdbd4810f7026e6e'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '971b0b6cd25d4bb98a2e5437093d3eaa'
                        key: {
                            document_key: 'ae39939206e84cd4805db109d6687bf0'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '974665e9ca85485ca870dc9eac5213ff'
                        key: {
                            document_key: 'c034d73d1edf4585aacf56e949a2f0e4'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: '9768d351f61648daa7987d4e5fa27727'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'tools'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '976aed59c33a43f99e42e96634d77f2f'
                        key: {
                            document_key: '443f80f164fe48bd99663b54c61adf44'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_element_mapping'
                        id: '977f61783187426498e050b684e95b6e'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '805363d92ba9494181fab94842e178b5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97a4d724573c40a3b367a721c568508c'
                        key: {
                            document_key: 'f94e212bf03749359abea33f4b67ddeb'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97aec2a11529466eb608a4885a52d46f'
                        key: {
                            document_key: 'c034d73d1edf4585aacf56e949a2f0e4'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97c8750f57c543da92a256c9b782e320'
                        key: {
                            document_key: '54ef33cf93024fd7ba0fe0c99b47c65d'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97e93336df06474083fed336b677833d'
                        key: {
                            document_key: '3c31c9e39dec4eca9090aca3f5ad5db0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '980384a431ce437eb01485b38f41065c'
                        key: {
                            document_key: '8e6e1b6f25844d03848e77c7e9414520'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9815e5a802e04342a9b40221c1586b3d'
                        key: {
                            document_key: '13e5ef3472d04720a6c0c0276b18a277'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '986600fd7ed14b39bf29c068e4f20721'
                        key: {
                            document_key: 'c034d73d1edf4585aacf56e949a2f0e4'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '986a2689446149b3ad384b8d2e4f5e02'
                        key: {
                            document_key: '3aa8e8ec45c643b1a2f96715bf1e22df'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98a6f20d139e4a2590ce32db9010211c'
                        key: {
                            document_key: '4da987fb052643bfaaf63523bed5b481'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '98e755f92efd4eddbf45c21501b21de0'
                        key: {
                            document_key: 'cfcd290d8ba5492b946d6b38de1c06d2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9910c40c82824dc28cd06e1a2b1c86f1'
                        key: {
                            document_key: 'c7a3a1acb99a415ea5b375f9825362cb'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: '9973df8b4ad44aa6bfa5f4f10ee4a03b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '6b66f144c1ab4eceaf385c0df27c8104'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99adafcf175b4147b9fd532c826ad182'
                        key: {
                            document_key: 'd9b86de8083a42d398e9cff6d505be92'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99c1693a7da0459ab9565303108d5e09'
                        key: {
                            document_key: '51070f5037e64d31a82bbbb62be1f7fe'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99d51a5ed1d8487ba7b98ec643bcd63e'
                        key: {
                            document_key: 'ee3c52cdbc9e40829dc355093d22e23e'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a01e36e5adb427f8a48e120d4a4f8ab'
                        key: {
                            document_key: 'c7a3a1acb99a415ea5b375f9825362cb'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a375e07f97247109712451a921f476c'
                        key: {
                            document_key: '9927c60cf50a4e2195e140f08b44b0f9'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9a5190b43898415b9e91da7fe240c771'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'caller'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a5d858918ac41fea8cacf0a197a04f4'
                        key: {
                            document_key: 'cbb29e9d42f048558f247367fa2fd698'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a86d833319c4b1d9d59c804897027ff'
                        key: {
                            document_key: 'd34f4625a19b40c58c0ecaa48fa046cd'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a9bcad38d5944888d26ff69ec40d12f'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'ab9a7239d17c4f88b214fcfe7c63cdee'
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
                        id: '9ab16b1ff9b6444e9dd49ce9bf9e8cd7'
                        key: {
                            document_key: 'fc793777a29e4318b9e09ba995d995bb'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: '9ac8ef5b0cf14b20bb69d1c4bbfdce61'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'admin_center_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ae3d8cd19e24871aef8d5ef521854c8'
                        key: {
                            document_key: '3201b58aa1e44167b5e4f12392c5030d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ae77d6a34dd42b897d6486e9e693dbb'
                        key: {
                            document_key: '394ff0bc88d446eea92b51bfb0ce55b7'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b2d44188d744b3e8322bc7cf5b41864'
                        key: {
                            document_key: '6c5e7f98a244451eb5efb3c32a0464ff'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b62f61299bd423f83be0aadca3fe1fc'
                        key: {
                            document_key: '1a03aca14c3c456bab21fe388737dd8e'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b85bd4cd1af4fc3943001d8aa6ef731'
                        key: {
                            document_key: '099741594bf842ba814477c243a18591'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        id: '9b9f7ce36e4c4be394b591819b242748'
                        key: {
                            document_key: '241f647c593d4ce2b253f268c1564f18'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ba1b35c96a64b18918d9a7fd03cc1f1'
                        key: {
                            document_key: '6f8e63a61fc44b4bbe0b296d90d03eb8'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c298ef591d140a6be8d6b7df99a6e87'
                        key: {
                            document_key: 'abdbf61c86cc4bbba1b064b179eff2ec'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: '9c62a16a4c8040fdaa30d361ef5a797d'
                        key: {
                            document_key: 'b46fe0d3ef3a4fa384535b403fb87388'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c682faef45f4fd58f68fc205b450c8c'
                        key: {
                            document_key: 'ee3c52cdbc9e40829dc355093d22e23e'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        id: '9cb4b0b887e447698de8af7aabdc6f65'
                        key: {
                            document_key: 'cf0e02948000425593c145f019bbd4db'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cf38a9a5e9543ebb82a99a94e9cdac9'
                        key: {
                            document_key: 'd489a38768ef4fa9bc5b1eea2278d912'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sn_glider_source_artifact_m2m'
                        id: '9d3b7fbb26174be09dd056106bb1d7b5'
                        key: {
                            application_file: 'b8b0f2902eb748839200295a1b36ee76'
                            source_artifact: 'ff5006ac69b94b22b8c3364fb2cdf0d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d48d15a840846bda539f118cf2c7359'
                        key: {
                            document_key: '37228e0a7e7941a2908a08f85c5de5ca'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9d4b0a12f1de4baba93ca554619cbb37'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_5f2e0e535332120028bc29cac2dc34d3'
                            id: '0660737f7bfa4e90bfa14281bc55fb78'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d829f5c365e49c9921a445dab94fd80'
                        key: {
                            document_key: '1cc172805c31437eb93f204e23e97685'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9dc343c09ef140bbbe714a63380cbbfc'
                        key: {
                            document_key: 'cf0d71711c0a4b83bc4c8ab1128871d9'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9dce48fa253b49eb80ea4f4242ee5a2a'
                        key: {
                            document_key: 'faeee9aaf77f4f519141013a9e7879ba'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9dd9ce31f676430ab2fc03abe05f350b'
                        key: {
                            document_key: 'b101ab2cba164c86ad58f6e516c01580'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        id: '9e210e02378143f6b772742e933fe74b'
                        key: {
                            document_key: '06332dac05c744a69512089d139b09d7'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e23735b3a7e404e84015310a035598a'
                        key: {
                            document_key: 'cf0d71711c0a4b83bc4c8ab1128871d9'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e43f66196c74c388defa5628372e9ba'
                        key: {
                            document_key: '25eb55eaecfb41eb86f791797b18b7c5'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: '9e86d8740a5e4e1782723727a5d5c0f9'
                        key: {
                            document_key: '0660737f7bfa4e90bfa14281bc55fb78'
                            variable: 'b124164e53a0220002c6435723dc34c5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9eb3e0bacb27444691f8fb02df4020d9'
                        key: {
                            document_key: '4949dca461d444a99521a1f46991982a'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        id: '9f3ad03b2068486086735a7438aaae14'
                        key: {
                            document_key: 'cc147c6853664b2887bf0ffa7a4ae824'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f760c689eef40edac5a8a93558ea007'
                        key: {
                            document_key: '3aff3965506e48e4b6eebaa5102aac25'
                            variable: '67400008676003007ba405225685efa4'
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
                        id: '9ff37252c6c14029898d8ca30ea796f2'
                        key: {
                            document_key: 'faeee9aaf77f4f519141013a9e7879ba'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a017651a81e4490ea373a79ac6351cca'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'b101ab2cba164c86ad58f6e516c01580'
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
                        table: 'sys_variable_value'
                        id: 'a04c6caf9e7e4e089e646ed6600719ef'
                        key: {
                            document_key: '6c5e7f98a244451eb5efb3c32a0464ff'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: 'a09bddf8438f4c1ab043795b5ef05ff6'
                        key: {
                            document_key: '59d7a888827745d289985dbaf952b136'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0c64d5f4f7a495fa790b9b124a577c1'
                        key: {
                            document_key: '8a6765e9b5d24e86bb5d3aa3e595e2b9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0cd5babf5fa4bfe9acc96521395778a'
                        key: {
                            document_key: '07eefb955f7f48a2a04aa09947d7bbb1'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0e6633528024826adc647a9cb30b643'
                        key: {
                            document_key: 'd7ccf75277fb4ef6a3c220e94010d699'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: 'a15e4cd6276147b2965968cadf1d61b5'
                        key: {
                            document_key: '0660737f7bfa4e90bfa14281bc55fb78'
                            variable: '6e55da4e53a0220002c6435723dc34a0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a162bea3e0e0497ab2e027b57537a084'
                        key: {
                            document_key: '7868c20d59b34261aa7c2dbb2273f2d3'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        id: 'a1b6f46b820f419a81db486b002fb2f3'
                        key: {
                            document_key: '26c19c682529472cbb079d728e659c10'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a1e92dac8a4b4a82b2587121b60b5ca0'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '51070f5037e64d31a82bbbb62be1f7fe'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a1f47902fdcd4bdfbafb19fda62761a4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '1ad18ce70ce9471695107410021fab7b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a25431a6a57146a494dc24700972d328'
                        key: {
                            document_key: 'b101ab2cba164c86ad58f6e516c01580'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2548c8ae07b48e9a448fcea5df3407e'
                        key: {
                            document_key: '87da30b96ca040299508e1d4e260aaae'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a260962f33604a4a9f63bb95a891190e'
                        key: {
                            document_key: 'a8e5300fdf454c8a96305b0485145a26'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a272ab28da524566b100979149a48de8'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'tags'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2ab450b6f4e4ed2b45fd4a3ec5bfcfe'
                        key: {
                            document_key: '7ef9cd5e2dd241eba971fc5f42b133b5'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2af9e83f71b43b58919a4c1b3aff81f'
                        key: {
                            document_key: '9927c60cf50a4e2195e140f08b44b0f9'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2bca436d91945b48a45dfdca31f3994'
                        key: {
                            document_key: '1a03aca14c3c456bab21fe388737dd8e'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2bd11ea1dbf4446b05b047490f98bed'
                        key: {
                            document_key: 'f40102d6a60e4d19a01a43ef83f9f58a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: 'a2e21cca34ad407d8a2b3feebadce7a6'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'bcaef909e3cb4d408f976a3d1b65635b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2f73d42c61e4f23bd915a688fe98180'
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3332a10950641bcb1069c43c2a09a87'
                        key: {
                            document_key: '4da5bb512714406f92678e96c3cf6ac9'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a33fba6cbc734c55b89adc698db55219'
                        key: {
                            document_key: 'ebb7bb7338dd406981e80c29cc71bda9'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a347b4043ba748dcad2f809bf571e740'
                        key: {
                            document_key: 'df04b287aaef481badad6065405ea804'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a374426cc428405ea4d7e6a753b93d69'
                        key: {
                            document_key: '0512ff81b44f49098c12f27530b9cba0'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a394e9cb74ac4faab11602e75ca81dff'
                        key: {
                            document_key: '0d5560ac89aa48e88e83530dc0ec3b4c'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_element_mapping'
                        id: 'a3a58c4122304e66ab8c07ee3563c53a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'bb2a77f93f8140e98ef54c21ff392853'
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
                        table: 'sys_element_mapping'
                        id: 'a3ef28134c784b239127fa3e5b274042'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '59d7a888827745d289985dbaf952b136'
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
                        id: 'a45b62bbb45946aa8cfdff9f41341812'
                        key: {
                            document_key: 'bd61dfc3aab443d2b09261855fdc9f24'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a483cba8938444ee8c0e80c518f25208'
                        key: {
                            document_key: '0aa90fc00d844a9b91f60fb3bd821881'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a487c44de7fb4b8198c60217e68a1e59'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '193cca02a34743bd8e88a1970b7c886d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a4c9bde4bc574758bf1330eaa3b2377c'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '54ef33cf93024fd7ba0fe0c99b47c65d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a4ce680bb6c447c9be923400142379a4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '7d0b92ea4ec746a3998f3e71f6bb08d2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a507ef95705042e6b2d44095d8808573'
                        key: {
                            document_key: '07eefb955f7f48a2a04aa09947d7bbb1'
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
                        table: 'sys_element_mapping'
                        id: 'a5190225bc354d5bb8a8a1939f7b9173'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '1c38e030c48f4cd1a52d7f4147a493c9'
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
                        id: 'a55c0ec95dfc4041b938e41c0cedc38c'
                        key: {
                            document_key: 'cf0e02948000425593c145f019bbd4db'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a565ee8e0a5f4a9fa6be65587a077a29'
                        key: {
                            document_key: 'b97d3c8a75084d9c8600a50c13bfa086'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5814eae7c2b4ddcbaab17d6cb8efb25'
                        key: {
                            document_key: '9927c60cf50a4e2195e140f08b44b0f9'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a596355b96f84b5dbd3281fc2d397019'
                        key: {
                            document_key: 'fc694afff2f24acc9c4f119a00d95f99'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a597b2cc42c74a11bce2df6391449d50'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'caller'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a5c5fc4d89534e1bb43aee8b50453b70'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0d5560ac89aa48e88e83530dc0ec3b4c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5f0003c8dd048a69cb3de395ff7f1da'
                        key: {
                            document_key: 'fb429534b31e4b85ac3f9b4a617d256d'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5f6641a86964cb49645684b374e83cc'
                        key: {
                            document_key: '54ef33cf93024fd7ba0fe0c99b47c65d'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_variable_value'
                        id: 'a63c3a4e8f6a47cdb4fcba5be2568214'
                        key: {
                            document_key: '1ce307e74bba4d339cbde9c1449e6ab3'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a64ab771ef4d441598a3867d977260dd'
                        key: {
                            document_key: '48e305b72a1c4768a64bce0a6182af99'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: 'a68bf9098ff846878ca3b827cc29f126'
                        key: {
                            document_key: 'b101ab2cba164c86ad58f6e516c01580'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6d7be6f4f8149fe9d7114bb001bc7b0'
                        key: {
                            document_key: 'abdbf61c86cc4bbba1b064b179eff2ec'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6ded4aefe7149e99102efb41f015dff'
                        key: {
                            document_key: '9981e349089941e680c66b024a4c6f5a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a70d97ae8b67449ca577ed49115f8f1d'
                        key: {
                            document_key: 'ecf1e03ff6e64596987d85a9c6599448'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'a7365a6641bc4c408254ae5bda3fb79d'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a74c2b9863574cafa308d715a06d43f2'
                        key: {
                            document_key: 'f6c118fe47464d628f87477145b8641f'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a796589360d84a7f90ae703950387571'
                        key: {
                            document_key: '87700c2213fc48a1853b95d198443891'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a79eabf0ec264bde8cdf08e1afa5e023'
                        key: {
                            document_key: '7b46112b863049fa9c0fc217100d4818'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a7a3476002914fc09b1a16d42d5aea65'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8c4a3aa194124b00b59ad82fd38cfc81'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7b6bb0008f4471ca82f09d1071c016f'
                        key: {
                            document_key: '054b34216ce94d29916223fb4fa1e862'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7d6653a2405453da088a609e55f36c2'
                        key: {
                            document_key: 'd34f4625a19b40c58c0ecaa48fa046cd'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a86e75c6b9174367ada0c5aaa6351689'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a873e79f98d34bca8d0c6a7b90961959'
                        key: {
                            document_key: '8e6e1b6f25844d03848e77c7e9414520'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8b2893a707f4112bb9015b52df872dd'
                        key: {
                            document_key: '96381a6f5ab44b1e9cbb06a3ac91393d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8e6d61681e24eba92a4442a6165fad5'
                        key: {
                            document_key: 'c966e563d5fb4f9da5ba9cd2501f612b'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: 'a92119963fbd406d8ec50470cb857e1c'
                        key: {
                            document_key: '48e693f654164f49a917cdf384e70676'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a947cd2c89414d7180ea8954fa41fc55'
                        key: {
                            document_key: 'c21beedc427b4f98bde2d16888fb4a9c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a961933bbc6f4e6593b21dfa07267f35'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '241f647c593d4ce2b253f268c1564f18'
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
                        id: 'a9f9847743c14a73a61c07d6ccd2504b'
                        key: {
                            document_key: 'e19760bdce7d41dab8124a4bfa5d8343'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa085ed8f91a43358677a9fca6520c0c'
                        key: {
                            document_key: '3dc42c0c10834896897d65682effd011'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa4c0b25383543e2be3fcde310eb02aa'
                        key: {
                            document_key: '6bcb896588fb4665aa0c4c190ba5a5c1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa5a56a0bb9647eda493144381575c96'
                        key: {
                            document_key: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ab286b10baf74b89bb355f359f439935'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'd38cbb2fe8354214ac2d7b3eb7fd7b3b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab5543da78e143c3a8fa5417799d0322'
                        key: {
                            document_key: '8760955ddd2e470c927a80378fcb2e37'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab87833ad6894072bc5db6c187d54d09'
                        key: {
                            document_key: '1cc172805c31437eb93f204e23e97685'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aba39476f4ab41dc998eda6d9b803ea0'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'kind'
                            value: 'connector'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'abb15306ea4c445e8fbe28caffd98d04'
                        key: {
                            document_key: '8e6e1b6f25844d03848e77c7e9414520'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'abe358b50ca74541a9ddf26f06fc9160'
                        key: {
                            document_key: 'd60ebf446e7142d2b42c3e43aed9d082'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'abf4bdb809c740f48b1396ce2ddf5628'
                        key: {
                            document_key: 'f7ddc78afe99440babd0aacc376cfb7f'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: 'ac731459d7d5474984f671dc5360d7ad'
                        key: {
                            document_key: 'ac406097c4eb4bdab24066f3f64b2d73'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac9026f66efd4d1488ee002755093f81'
                        key: {
                            document_key: '6a4060d8eab14ce38b477e9f66257c69'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'acfa73ad9ad94becb196962c4fdd58f8'
                        key: {
                            document_key: '63fd95647a7c49cba711f6ed52e1dd3e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad476f3c22b3497eb7c0732efa08aa44'
                        key: {
                            document_key: '43afec44a1cf4d999c5bd95a1467db56'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad7537c1f85f47a6808b89f4016d8952'
                        key: {
                            document_key: '8855107d848948de952a4395b6907b05'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'adda1cdf81e54ec5831395cb21bfcaf0'
                        key: {
                            document_key: '543e57aa98f54926a8f8060ef48347bd'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: 'ae2345ef375c4af6b9f63745a4ea2fa4'
                        key: {
                            document_key: '90bc401d8bbb42c69ccdfa775e4f48d7'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae2aa5a782c349659aaa95b6be12184b'
                        key: {
                            document_key: '1df2e06b6e9f4beeb25dcaf065118439'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae335ed65aaf4dc294b7b6f1c82cef0b'
                        key: {
                            document_key: '819444b76ef1479f9b219955ab10712b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae59d7cf99254c1dbd9a72b7459868d4'
                        key: {
                            document_key: '449e08963a8e4d48909b8bef525e8c83'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ae841399725640628d3173722c9b944a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'cf0d71711c0a4b83bc4c8ab1128871d9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aec08c0c57cd453a80d71a225d84886b'
                        key: {
                            document_key: '7ef9cd5e2dd241eba971fc5f42b133b5'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af09f73f828b42548f8be6d353c96ba2'
                        key: {
                            document_key: '8c469c658d51441b9353433174f252c7'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af1d620fb02947e6886907f4675c5257'
                        key: {
                            document_key: '85b5d68a795542f9aec6c0517f323b22'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af1db988ae3d43d2b1ca45c89e913926'
                        key: {
                            document_key: 'abdbf61c86cc4bbba1b064b179eff2ec'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af32425eb66543c596808f1d519fc156'
                        key: {
                            document_key: 'd0c3bd5c890d403bb775159661a656fc'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af41a4f609c64faf81d7587a17a3afc1'
                        key: {
                            document_key: 'f546886df5ce4b58812b457828bed9c2'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af48e583ae7e4ab3903fb3501d4d6c16'
                        key: {
                            document_key: '0d5560ac89aa48e88e83530dc0ec3b4c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'af896e3cda894723ae3b22f24d791416'
                        key: {
                            document_key: '9ae4bb8fb2bf4b278c26d4cfab448f41'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'afc0e764ac7e49d5bb2ec5a0717d3f59'
                        key: {
                            document_key: '7fdc911970694ec7a369faa0d1d1e4dc'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'afc36d3915b449a3bc8042d29d601ce1'
                        key: {
                            document_key: '9a4b845bd3e944a3a07058237c35c657'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b039c31ef4294a21821ee950899132a3'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'refusals'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b06a4eecf6884a2a9fb8d9fec53d9b81'
                        key: {
                            document_key: '70c9da875c8640d988cc591939b73596'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b08cf8cfba0547b9b01f0646a310a6f1'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '627d898733e94144ac293add1f8d895b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0cb4ceb89bd432795e63cf5bc30c529'
                        key: {
                            document_key: 'ce63dbf3be11447698ec550f87571a56'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0ccfc5b0e5448cfb3ae86e9d7f9ba37'
                        key: {
                            document_key: '6a38a6d95bea40e9abd30e48a59265fc'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0d4e8bdfc304dbf91c7303ad25e851f'
                        key: {
                            document_key: '204cda13a71645bd84cb7bf23accead6'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b106844bece14ad4b9f16662c562bd34'
                        key: {
                            document_key: '82c9a1b1b6314946aed01216bf6b7ba8'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b11ead98bd404195b0c24fe1bacfb858'
                        key: {
                            document_key: 'bb2a77f93f8140e98ef54c21ff392853'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: 'b1550afca7ed4d1d8fe85a29958fa429'
                        key: {
                            document_key: '13e5ef3472d04720a6c0c0276b18a277'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1763ff015084b6283e4715bc0b35cd3'
                        key: {
                            document_key: '9c6f23ced8e64d68a8557ca50a3b8a06'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b190978646254a17b64ceb0845f6b51e'
                        key: {
                            document_key: 'f85100a9b19b4a089b712c4adb29c7fb'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b1a16ce4f4d74a09be018fef8654ee38'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'faeee9aaf77f4f519141013a9e7879ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b1a3c1f051704d50b26c709ca7dde03a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '9981e349089941e680c66b024a4c6f5a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1bf0dd5ceb34c619b140738f8ea33ca'
                        key: {
                            document_key: '79a5d6bdd2314798958d4d9ca52c3843'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'b1e712e9fbae4f53983f068b8a5a1652'
                        key: {
                            application_file: '93d4dadbdc0440c78babaf677a0db437'
                            source_artifact: 'c30bf20b73384e199ca9cbddc02e0340'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b20736df4ae24d70a648cefab755feb2'
                        key: {
                            document_key: '545359f279eb4287bf339cd985fecc44'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b20df2eb64b2445c858ee83cc4267cdf'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '783b1c4dbae34520a2d2204e90fc9cf2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b24f234244d849c39c19a74eca4c1857'
                        key: {
                            document_key: '54ef33cf93024fd7ba0fe0c99b47c65d'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b262e96ad12f4f6694b749b71f8c11da'
                        key: {
                            document_key: '7868c20d59b34261aa7c2dbb2273f2d3'
                            variable: '501c8f535320220002c6435723dc34da'
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
                        id: 'b2acfdf61f0749ebb339f87216229fb1'
                        key: {
                            document_key: 'd7ccf75277fb4ef6a3c220e94010d699'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b2c43253391c4093b3e379628babcdb3'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e0f9552f93af49788488a37543556eff'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b309bcbea2e34e7484a83135fc2b7e79'
                        key: {
                            document_key: '85b5d68a795542f9aec6c0517f323b22'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b39c8718a5d94de1a89e178d4f73ab5c'
                        key: {
                            document_key: '05607260b73e4bdcb7f62a46d6ec858b'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3b349087b2c41a78d3b54086348132d'
                        key: {
                            document_key: 'bf3ae84600c147129fc9235401f78ffd'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3b9912c26694df8a370f6b035a975f7'
                        key: {
                            document_key: 'b919f857c77c4b2db739870dbe3a0d80'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3bda8d76927442cbbc687ea65a7d364'
                        key: {
                            document_key: '9a4b845bd3e944a3a07058237c35c657'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b3d5d2091d6946c3894cdc9c3a8853f9'
                        key: {
                            document_key: '193cca02a34743bd8e88a1970b7c886d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4679803e88e4c38a56178a665b6c6e9'
                        key: {
                            document_key: '9981e349089941e680c66b024a4c6f5a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4707e6c32094d48a65b694d62c3ab1d'
                        key: {
                            document_key: '67e906a96f444bf7bc46288e220c9e44'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        id: 'b4e9d2c3629c4d7ab242fe03e773581b'
                        key: {
                            document_key: '3b050e5275dc4eb286efdd2e27c581ec'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b50004b231e34fb19781df9b3681d070'
                        key: {
                            document_key: '7c47e69754c648808746d5bee6da2471'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b594a97c400b4c3b86d0061d53958fdf'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '85b5d68a795542f9aec6c0517f323b22'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b597f524d59b4cd18575a56e8f93104f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '204cda13a71645bd84cb7bf23accead6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5b18c8c49534938a9ab0231a92876ec'
                        key: {
                            document_key: 'ec777fcff0b04f9e973e70e8c0a496b1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_db_object'
                        id: 'b5c8e5b6b08a4e8ab1fa25e2656ed995'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b63bd40826884808b699a73ff63972fc'
                        key: {
                            document_key: 'd60ebf446e7142d2b42c3e43aed9d082'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b64cc975555a4fe794990a66a89e982b'
                        key: {
                            document_key: '8d600941d58645f4a896ded6965e2fa9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b64f501928e14cbc9160541b01521ab2'
                        key: {
                            document_key: '1c38e030c48f4cd1a52d7f4147a493c9'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b691940989ef4a74800e3e26b3805a2d'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'endpoint'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6a940ea9fe84f459101a5bd45b63129'
                        key: {
                            document_key: '41b99d8691bb41a2aa38caf8602e2d93'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: 'b6ed4fb8163c4dde861c52fa286a771d'
                        key: {
                            document_key: 'af7f53e19a3b4026a9ffa29f02ab341c'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7174a0673ee4cf58789b8fc578f70fa'
                        key: {
                            document_key: '48e305b72a1c4768a64bce0a6182af99'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b794f957b6fc4eb2afeae8d74447dac7'
                        key: {
                            document_key: '1fcb929d57b64ff0892102596401a882'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8672b90274c4506b648cf6d5e025c01'
                        key: {
                            document_key: '1fa88f5ef9fe448eb785cacd5db7176f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8a48a959ece4a61bdd3655b32a70c34'
                        key: {
                            document_key: '443f80f164fe48bd99663b54c61adf44'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'b8b0f2902eb748839200295a1b36ee76'
                        key: {
                            name: 'x_mioms_m365_assis/diagnostics/main'
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
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'b94c0d390c0a4f51b2179a7f7d890afa'
                        key: {
                            application_file: '1cc15c491eaa4177993cd49c7e89f6a1'
                            source_artifact: 'ff5006ac69b94b22b8c3364fb2cdf0d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b95fab3bc2384e5cbb26363c222ee57e'
                        key: {
                            document_key: 'f12abe8aefde41da826c79839e3027b5'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b977c56cf9e04295b692c01b7c85890f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c2e3e984d54545fa9e8ed81cc8920081'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b97e5274433f44f8b9f46f19f5ebe393'
                        key: {
                            document_key: 'ab07abc1418448f9a8fcedb25312c2d7'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        id: 'b9e81dde876b457f95fa87c1b4b709f1'
                        key: {
                            document_key: '25eb55eaecfb41eb86f791797b18b7c5'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9f03e29ac86425492849eeec3a393f7'
                        key: {
                            document_key: '6d5045d65cb2409a8d6d96e5b37bb9f0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba2a710e186749c680b36fc95734ac57'
                        key: {
                            document_key: '48e693f654164f49a917cdf384e70676'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba39307d4d6d4bdca7f49fd1d5396632'
                        key: {
                            document_key: '88481835ed4d490886b426687c07398a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba4d2d7247674d6eb6487b3c062d27a7'
                        key: {
                            document_key: '31d690c2cd2e45edb0a5d0c429ff6826'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba72ec3a81894254b7f392a3d29567fd'
                        key: {
                            document_key: 'bd61dfc3aab443d2b09261855fdc9f24'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ba83940c00294073b5d68dec950c4511'
                        key: {
                            document_key: '919d0807526843f09b49f1a31c9ede75'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bac7b2de8e084d4295b78895d7b78983'
                        key: {
                            document_key: '9753233a00144e198b49e5d70258e8a7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bb2c83f710354ff8bc4bb563d67da4be'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb51f2c512ec4a6daef8f6ddf7c906f6'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'severity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bb8c2c98a3ed4953b7afc8bec37b6e3a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '0a83c54bf6354519a25590b94e95a327'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bbb28d1dc4b240fd8dafd00c74b5ae34'
                        key: {
                            document_key: '04e60fd43bd045efbb0657d5948f8bd1'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bbd88a3f0fae4045b2f13180dc3df3ef'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'report_attachment'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc0424b2cd0f4845a28dabdd2bf884da'
                        key: {
                            document_key: '054b34216ce94d29916223fb4fa1e862'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc24eea81b9b498eb1aac086d06e3ea2'
                        key: {
                            document_key: '2254902dbf774c18864490ca1b349cf6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc37d9d34df34859a935ee13b28010e6'
                        key: {
                            document_key: '1df2e06b6e9f4beeb25dcaf065118439'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc5b81adc5ba416c8b87edb543d5eaf4'
                        key: {
                            document_key: '9c89b9631d594f76844c96c2c22b75a2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bc8809daa867418e91940ec74de50780'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bca1945a9e914be3bf0d7a84f38e7023'
                        key: {
                            document_key: '2501228128164bcaa54c205356945057'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bcaa13bfe5a644a3830c0eddbb8bcd66'
                        key: {
                            document_key: '8760955ddd2e470c927a80378fcb2e37'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bcb98bad208248a29386af2074de3370'
                        key: {
                            document_key: 'ec66d22343c04a1da079601f084ff7be'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd0ac12bd4d4412588429c34243caef7'
                        key: {
                            document_key: '87da30b96ca040299508e1d4e260aaae'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: 'bdac05a86502466b94c94b2aff0afb06'
                        key: {
                            document_key: '48e305b72a1c4768a64bce0a6182af99'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdbec65293484d32ae2e679e47c6180d'
                        key: {
                            document_key: '87a2b2400fac4fbc83f873c9b96d64eb'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        id: 'be04c8075f3548368d264c1dacabf3a3'
                        key: {
                            document_key: '95b43c84363e46498bf6ce8efc19f795'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be0e685e52dd4f5493647f41dc09e16c'
                        key: {
                            document_key: '3e5c349830ca45f69bf8442a4b79de97'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be81e7bc5d4a431fac521a7b148a3102'
                        key: {
                            document_key: '0660737f7bfa4e90bfa14281bc55fb78'
                            variable: '17d732a9c7a333005e5c45b881c26007'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bea75969b3534eb8b576e7d8148a62b6'
                        key: {
                            document_key: '6bcb896588fb4665aa0c4c190ba5a5c1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: 'bf45d46964bd4f18afbecae274916a55'
                        key: {
                            document_key: 'f74a08519934472f9cacde2e5ed15c81'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'bf790adb99dc4110b66050a3bec4222c'
                        key: {
                            document_key: '7fd87d11cbf04d0aa5f58554d83a85b1'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bfaa5ed4006947dfa4053e220eb1c97a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2254902dbf774c18864490ca1b349cf6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bfb1f248908a44ac891efc6b70fe6f38'
                        key: {
                            document_key: '4c63fd8dab014115949ef20701220562'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'bffc004df873443a8cc652bf13d9aa22'
                        key: {
                            document_key: 'be9cf5bb0e514fb8a6bdd29abb24052e'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_security_acl_role'
                        id: 'c01aa2ed37a348f9a974331453f9a0bc'
                        key: {
                            sys_security_acl: 'bfd8695f59f84e479a2ab3784969825b'
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
                        id: 'c0389c874953466089c0ab5a8281cad8'
                        key: {
                            name: 'x_mioms_m365_assis_setup'
                            element: 'graph_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c0589899dbae46e7ab074083843bdde4'
                        key: {
                            document_key: 'f7ddc78afe99440babd0aacc376cfb7f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c0aafa612af94ebd96c66a8115b44cdb'
                        key: {
                            document_key: '1cc172805c31437eb93f204e23e97685'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        id: 'c0f8a5b7e53c43e39b350089db141a7d'
                        key: {
                            document_key: 'faeee9aaf77f4f519141013a9e7879ba'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c10917371516496b938689142c4c46ef'
                        key: {
                            document_key: 'af7f53e19a3b4026a9ffa29f02ab341c'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c132c893f3124f898ae0dc22d97d8ce3'
                        key: {
                            document_key: '6eee0afb289c46e8b3366c182b783551'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'c1890974820d448998801e1ebbd69329'
                        key: {
                            document_key: '627d898733e94144ac293add1f8d895b'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1a28b95449c4044b5a0646fa06c2296'
                        key: {
                            document_key: '061c55b3f5464ade82101579c6eebd0e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1b2085640104bbca15391f25c5bfe4a'
                        key: {
                            document_key: '0c66c0d8e512454091bf39b16cb83073'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c202e5777c384f9787d18cdb8c973bc1'
                        key: {
                            document_key: '6933cb973cc143c9bd2924e0a0301477'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c22534bf7938467e814edf0e15b8860d'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '1df2e06b6e9f4beeb25dcaf065118439'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c233b86abb244190bf191147633d6f43'
                        key: {
                            document_key: 'a8cfd115b0a148588b7ae83f19159782'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c236bdc531b544f389003b7db45c5838'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: '545359f279eb4287bf339cd985fecc44'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c23c02e9d9a94a578c62869d69fa4ecb'
                        key: {
                            document_key: 'fb429534b31e4b85ac3f9b4a617d256d'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c24232d630664b9ca2abca006489dad6'
                        key: {
                            document_key: 'b5c42a210d0a447b85137bf8c0a456b9'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c258213b1fb64632b42e8e344669e758'
                        key: {
                            document_key: '4882b5e490014ecab389018784d4dfa8'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        id: 'c262dec8473749c3845563707c76ccc8'
                        key: {
                            document_key: '9725d7b6d15b4dbe9c7f58fd8ccee1c2'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c285310b38cb466586de8732c077e2c0'
                        key: {
                            document_key: '061c55b3f5464ade82101579c6eebd0e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c29a8cc2d4d94f809ceac157dc276254'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'kind'
                            language: 'en'
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
                        id: 'c2a0ef81daee44e3bf176bada84b9a8f'
                        key: {
                            document_key: '257d70e97d574e2b80e6bda5c378c3f2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2ae28b7f15c4ea3992bc082b82ec57a'
                        key: {
                            document_key: 'df04b287aaef481badad6065405ea804'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'c2c1a301409c4750b07e66dda7f76ccf'
                        key: {
                            endpoint: 'x_mioms_m365_assis_diagnostics.do'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2f3e0cf60a146eaa7f35fdeb6e9d439'
                        key: {
                            document_key: '7ef9cd5e2dd241eba971fc5f42b133b5'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        id: 'c31a781631e2494ea2b6678ac347f11d'
                        key: {
                            document_key: 'ec777fcff0b04f9e973e70e8c0a496b1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c31ca6dd42fb451895f0128f180b4121'
                        key: {
                            document_key: '545359f279eb4287bf339cd985fecc44'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: 'c3503eb5bc9144b0afdc826bb07af0e5'
                        key: {
                            document_key: '1a03aca14c3c456bab21fe388737dd8e'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: 'c402edebb46e4131a9731b5f3b001964'
                        key: {
                            document_key: '21077dc3eae942008efe207cbc263e92'
                            variable: 'ba62b4075320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c464f79e1b6b41009e2878389953aa99'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'tools'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c473ef29d1624be0869a2e46ef1eeb42'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '49b90d6782e04f94872d609a682de538'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c48f594ad4f5403ab673b46ba7de0af5'
                        key: {
                            document_key: 'b919f857c77c4b2db739870dbe3a0d80'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c48f68eec07946c6a622038bb4889c8e'
                        key: {
                            document_key: 'd069b68b4d8546138e3ef4f691f83c0e'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: 'c4fc2f3729834b9db8e4b56059bc9253'
                        key: {
                            document_key: 'efd5b33764914795a4b0123212adbdf9'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c50033cbbda74fd885c7259d9077aaf9'
                        key: {
                            document_key: '4c89ae438cc14f4a989a860d7f9a724e'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5059d7c58b447b6bae8cf72b73c104d'
                        key: {
                            document_key: '800bc2df0e94440e8326a4df2d4ecf6b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5444380e6264c30a8b8d53b84afd9c7'
                        key: {
                            document_key: '3aff3965506e48e4b6eebaa5102aac25'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5562c93777c4c1a9a40f3b2c3f3c5f1'
                        key: {
                            document_key: '01ed2dc9cbad45f480b27b08566576ed'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c56b286a19da41ef93f22a511322963d'
                        key: {
                            document_key: '443f80f164fe48bd99663b54c61adf44'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        id: 'c5d17e249be54a44a239f537d59c94dc'
                        key: {
                            document_key: 'ff7cd31dc6e14e06b4c5958767271152'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5f91eb83b9c484d97681b239e7a8716'
                        key: {
                            document_key: 'd60ebf446e7142d2b42c3e43aed9d082'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c61b99be9e2343a59b0dc6801dd779af'
                        key: {
                            document_key: '204cda13a71645bd84cb7bf23accead6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c626949e5350466a8dcfd45ac7eb200f'
                        key: {
                            document_key: '7ef9cd5e2dd241eba971fc5f42b133b5'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c670449372364c4d9570065c5ce764fd'
                        key: {
                            document_key: '525e64a5cd2a457eac6a725c11ba8300'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6963b6d5c7b4843a7a24013f684440b'
                        key: {
                            document_key: '8bb2bfd611d149baa780d37195d1f783'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6ba094e5abe444db1e8df0d709122b6'
                        key: {
                            document_key: '7c47e69754c648808746d5bee6da2471'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6de7c589dfb4ccdb83d2211c2080478'
                        key: {
                            document_key: '4caab47b6e634e85982190d9da206e47'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6e20c88ce364e40afeaf5902f543f4f'
                        key: {
                            document_key: '7fd87d11cbf04d0aa5f58554d83a85b1'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6f9599ce3724e9c9753a3e1c744fb9e'
                        key: {
                            document_key: '0bad742b977b4febac801a88ca97f3ca'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c71731a7a80847e09f0c9bf3fd80f5a9'
                        key: {
                            document_key: 'ff7cd31dc6e14e06b4c5958767271152'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c71ca57671ec426ebead71a72a91c240'
                        key: {
                            document_key: '40949f1a1e4744fba3514a71aa50b4a5'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c71fa68359fd4f279d5be0b6a1b597b6'
                        key: {
                            document_key: 'd9b86de8083a42d398e9cff6d505be92'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: 'c77c8849a14140d1bfb3776751ab50c0'
                        key: {
                            document_key: '2be0d70ae7924bb7869655764f6a91c8'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c785abdac5874129b9d407de326cd70a'
                        key: {
                            document_key: 'f377b4501479431c95f03e027f16b11f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c7cb6dd7c98642b4a0fa72d7a08c6d1e'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '40949f1a1e4744fba3514a71aa50b4a5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7f2d7e753ed4fc99a5b2a86e6d59af6'
                        key: {
                            document_key: 'ecf1e03ff6e64596987d85a9c6599448'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c845fb120dc545b7800060fa1c604e9a'
                        key: {
                            document_key: '3d9d6eba890041d6b80a57f450d1d9c7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c8dc2974fe254d768fafbc204e04f36a'
                        key: {
                            document_key: '54ef33cf93024fd7ba0fe0c99b47c65d'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        id: 'c8fd01adf07f43c2b96bc5f2afed64a4'
                        key: {
                            document_key: '5a46bd65f6444ae69286bbb2fec119f9'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        id: 'ca0b53fbc144444d8429caccc4381eab'
                        key: {
                            document_key: '8e6e1b6f25844d03848e77c7e9414520'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca21c62d88ae46778506b4aebe82d65c'
                        key: {
                            document_key: '099741594bf842ba814477c243a18591'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca9629076b2c43278aa1f37d9b080464'
                        key: {
                            document_key: '3dc42c0c10834896897d65682effd011'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'caae4d39ba184536a361a8de36903892'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e67c7897f3e6437ea6f47c5bad0ac392'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cabadaa5d6f2426b8ae76579615ab3d1'
                        key: {
                            document_key: '48e693f654164f49a917cdf384e70676'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'caf676364da448b99dd9bd61e967e8e6'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '4c2f4f3c711142c9bacc1a0744b2e5cb'
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
                        table: 'sys_variable_value'
                        id: 'cb3b1f86ca2348558ab8149417766b2c'
                        key: {
                            document_key: '5d32d0e1c4f84b2ca24977194ebe007d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb3b617c9c8b40bca233d9e639114efb'
                        key: {
                            document_key: '2e8238c03bb94b408ae28839c7dba9f2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb4eae7b0f784bcaab77bad50fac9885'
                        key: {
                            document_key: '706ca7009aa44d8e97afbce66156307a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb5707a14f8e4c2b8a4cfb8eebb23f33'
                        key: {
                            document_key: '1fa88f5ef9fe448eb785cacd5db7176f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: 'cb7cdcbe08c04a56a2cc33d0fe9d5901'
                        key: {
                            document_key: 'c83453ae101446c086395ce13e94bfc8'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'cbb00dd292ea40b0926cf0b21048f8aa'
                        key: {
                            document_key: '7b46112b863049fa9c0fc217100d4818'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cbcb45afae30462792d25423188ce32e'
                        key: {
                            document_key: '5800585b861242ea80ac29a13a0689e5'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cbfc88fc5f1c4f3ca1db31242fa4e37e'
                        key: {
                            document_key: '4949dca461d444a99521a1f46991982a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cbfffe41e60a4ae281c1e4dbba98ccaa'
                        key: {
                            document_key: '3aff3965506e48e4b6eebaa5102aac25'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        id: 'cc216205ba3645428040690e4be48bed'
                        key: {
                            document_key: '0f7a000ab2f94937a7daa0523cac1405'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc2b02092cce4999bdf4f27da1d0ac88'
                        key: {
                            document_key: 'bf3ae84600c147129fc9235401f78ffd'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        id: 'ccae1a762aee46e0a2713ff52155ad36'
                        key: {
                            document_key: '4caab47b6e634e85982190d9da206e47'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccc0d8f96cb94e36b2b4ac9bc0dd167a'
                        key: {
                            document_key: '7d9ee4340bbb4ad9b4472fc36267a055'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccd0adf55fbf4d708677079bca96f55f'
                        key: {
                            document_key: '5d614dc256854cf2be4553be97c89da2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: 'cd15c1cf5d5a40b8896a632df493abd9'
                        key: {
                            document_key: '83ccc82bc70a4341b51789194a2dc757'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cd175444505a4a36818c48b8a8baeff1'
                        key: {
                            sys_security_acl: 'fb07fbc828064dfab6a23c7c7807b679'
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
                        id: 'cd60f65340044a4d93121f90119da27d'
                        key: {
                            document_key: '6fb8ab80a7d34f50a2ab84ce3e466937'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd74e1048c964b609ac392f464d92649'
                        key: {
                            document_key: 'b11cc971ec1c462699fab6b57e901e48'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdcb62d6c18c496aa71a15144b191404'
                        key: {
                            document_key: '2c9ba491513e468f806cef0bfd59cade'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cddc4ea034534f2c8e780a14b4d430e3'
                        key: {
                            document_key: '88e16d117cca4fea9431a28488d5dc3b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdef2f7a8acd4636bfefba0a2f3fdc3b'
                        key: {
                            document_key: '3b050e5275dc4eb286efdd2e27c581ec'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cdf0f6563c6341bb8ed3189693aababf'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '800bc2df0e94440e8326a4df2d4ecf6b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce254d771cb448ff9339c35b2865b129'
                        key: {
                            document_key: '3cd7e1f8ed1a43f3801f39f90c4f37f2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ce260dbf0cf749d5890c483d0c41a5f5'
                        key: {
                            name: 'x_mioms_m365_assis_communication'
                            element: 'direction'
                            value: 'byHand'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce2d2527f46f413db4256d50783ee4c5'
                        key: {
                            document_key: 'dcf5628554424c1bb49096cdd362493d'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ceacb52efc20447eaed79faeec529e72'
                        key: {
                            document_key: '057012a1e0ed4d99be8f04d465113e82'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ceaf7fa1f2254493806a54708b9608d7'
                        key: {
                            document_key: '2e8238c03bb94b408ae28839c7dba9f2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ceeaa369848e47c4ad26e6c09f771820'
                        key: {
                            document_key: '0ea69f371aff429482b775d6ec744125'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'cef7a31d6e504e84a3e96e8a60240984'
                        key: {
                            document_key: 'cbffb63adb8a4f3a8f5b6ffa7e1bac4c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf0984a872cc435f98b02d53da7c7400'
                        key: {
                            document_key: 'e0f9552f93af49788488a37543556eff'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        id: 'cf868894688d477e9e56dd86d9bec2ea'
                        key: {
                            document_key: 'fc793777a29e4318b9e09ba995d995bb'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cf98e1db345b46e69d7c3d5baf7e0d3a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '5d614dc256854cf2be4553be97c89da2'
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
                        id: 'cfe6c5a299554301abe2718e0d074b52'
                        key: {
                            document_key: 'bf3ae84600c147129fc9235401f78ffd'
                            variable: '501c8f535320220002c6435723dc34da'
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
                        table: 'sys_variable_value'
                        id: 'd00ef6568f2444649e87eeb0909d5072'
                        key: {
                            document_key: '71011a699c2948f8b62774e4283564fb'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_element_mapping'
                        id: 'd068791a52a5405fb6603a20983e992d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '04e60fd43bd045efbb0657d5948f8bd1'
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
                        id: 'd09eaa9a4f6c4222b01c30bf39bb6ac1'
                        key: {
                            document_key: '7c47e69754c648808746d5bee6da2471'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0c039e9cb034633aad033dfa57a7aa6'
                        key: {
                            document_key: 'fb429534b31e4b85ac3f9b4a617d256d'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0c3953d0e5246b3b095c181ff987017'
                        key: {
                            document_key: '48e693f654164f49a917cdf384e70676'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0c94db372b44c538183d5e1882c05d9'
                        key: {
                            document_key: '0baef687b1104539998c479a8fa1f309'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0d82dfa311e4e3f925acb0f0702becd'
                        key: {
                            document_key: '6e6696cee9aa49469307c0df89c070f2'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd0dfea7b99a345bda5de0aafe5cffea5'
                        key: {
                            document_key: 'afdc2c45c5b64806b21ddae252a3b98b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd12f2f08b9594906848dabc341531142'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2a64f999b8334aa0be8e8755d628e4b5'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'd144d828202d40d09668d5e07b9681e2'
                        key: {
                            application_file: 'e603148afbd84baebc5eaeb8cca1faf6'
                            source_artifact: 'ff5006ac69b94b22b8c3364fb2cdf0d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd160027737f74cfdb79e72301d2a4ced'
                        key: {
                            document_key: '6a4060d8eab14ce38b477e9f66257c69'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd17a93b631f84467b9de048201ce6de8'
                        key: {
                            document_key: '7868c20d59b34261aa7c2dbb2273f2d3'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1b08444433841a79d985ee77a91ec6a'
                        key: {
                            document_key: 'd4ef0af3508e4f01a9476fd360c84eae'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd1e2e8c7ae7b477bbfe246f721a51359'
                        key: {
                            document_key: 'fc694afff2f24acc9c4f119a00d95f99'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd232400df76d4f11ad0e4ae7dc7c36a4'
                        key: {
                            document_key: '6bcb896588fb4665aa0c4c190ba5a5c1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd239363e4b92430d8c6ceb268cc2ccd6'
                        key: {
                            document_key: '5a46bd65f6444ae69286bbb2fec119f9'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd24a8f62f6e0402ebea9781baa9ad732'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '443f80f164fe48bd99663b54c61adf44'
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
                        id: 'd27820b74d6f46a0bf296673d3dda66b'
                        key: {
                            document_key: 'f546886df5ce4b58812b457828bed9c2'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2961a3d1bd24504b4e178564d07a23e'
                        key: {
                            document_key: 'a8cfd115b0a148588b7ae83f19159782'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2cab36dfb87406dacb5183cae6d9eeb'
                        key: {
                            document_key: 'f74a08519934472f9cacde2e5ed15c81'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2f8b4fa264b41e28fe498b46e5a652b'
                        key: {
                            document_key: '49b90d6782e04f94872d609a682de538'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd31ade7f746141d5bedb969f4394c354'
                        key: {
                            document_key: 'f85100a9b19b4a089b712c4adb29c7fb'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd34489e903234b66882a4686824fa2a0'
                        key: {
                            document_key: '099741594bf842ba814477c243a18591'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd358ee57f7ef4a10a1198141efb6f4b2'
                        key: {
                            document_key: 'ed8308cdc3ca4df0b1a51867636a59a8'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd36c46a8b4ed4c50a9f4105402e648fd'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'services'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd375aeda725545948f7e5b4efc5e4d6f'
                        key: {
                            document_key: 'b46fe0d3ef3a4fa384535b403fb87388'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd37e72b6a5cd45098c9c2baa0a22c815'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'contact_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd3a5ee9f75e64b958129d79c6c61e9cf'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'end_time'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3b1a574f4be44b18e367a056c18c4c0'
                        key: {
                            document_key: '1634621532c94b6d9657b6fe1402633d'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd3c60c182ff146d9808db8f9b2a404c3'
                        key: {
                            document_key: 'd0c3bd5c890d403bb775159661a656fc'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        id: 'd3dbafa8addb4a909df0f090af9a1eb2'
                        key: {
                            document_key: 'd489a38768ef4fa9bc5b1eea2278d912'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd40503dc47144349b59276ed99daa5ee'
                        key: {
                            document_key: '7cfb120102094ee599a6457495afa261'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd41f70e249f9452c86a7cf000f416af9'
                        key: {
                            sys_security_acl: '598a7fef190e4b52970b32053d54e12d'
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
                        id: 'd4280aecd7c14cd6b840530db74b5c54'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'c3d0f67ad4e34492bce3b6a229fdb320'
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
                        id: 'd472b22daf004a649dd87f62b744f303'
                        key: {
                            document_key: '257d70e97d574e2b80e6bda5c378c3f2'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4968efecd6b46158e476fb68b37dc7d'
                        key: {
                            document_key: '77ff3dab498941d5837a4770c3e1b1b2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd4ce4b2013cf4fa6ba4a76f7d24aec18'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '5816e438f851482aa6bcad56cfee2699'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4e156bb6fbe4a15812bdd6712303ada'
                        key: {
                            document_key: '1df2e06b6e9f4beeb25dcaf065118439'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        id: 'd521ae7e56574b77a6041af8f882f7d2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '0f7a000ab2f94937a7daa0523cac1405'
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
                        id: 'd5583af9ea8c49b5881fe45e6f5c41b3'
                        key: {
                            document_key: 'bfa355dc454345e688c4a73f540687e3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd574993988be4d3bb139fd224be26bba'
                        key: {
                            document_key: '9a4b845bd3e944a3a07058237c35c657'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd59fc7997c2c44a4963c5e83bf0c715f'
                        key: {
                            document_key: 'b919f857c77c4b2db739870dbe3a0d80'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        id: 'd71d46015fff41a9adad3f0a57f65bf5'
                        key: {
                            document_key: 'cfcd290d8ba5492b946d6b38de1c06d2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd7514860f82a412fa910492e90995045'
                        key: {
                            document_key: '5d92fba056184e2caa9f0e70ee0d8503'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd76257c7dece41519d887aef962acd28'
                        key: {
                            document_key: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd79d4fb4bad5462694ddb2cb67a67260'
                        key: {
                            document_key: 'a5ff9d4e472d4ac08f60ce758163d85b'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'd7daafb010854edebac18d278e011ca8'
                        key: {
                            document_key: '2e8238c03bb94b408ae28839c7dba9f2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd7f1180e35124f668f09c8a69890b50a'
                        key: {
                            field: 'element_value'
                            table: 'var__m_atf_input_variable_afc114199f132200ef4afa7dc67fcf64'
                            id: 'c966e563d5fb4f9da5ba9cd2501f612b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd7f228821da4465fa2df10a10d88dc01'
                        key: {
                            document_key: '9c6f23ced8e64d68a8557ca50a3b8a06'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd81967dabbb744e69a3ba1c13ec552c1'
                        key: {
                            document_key: 'a5ef70d9c60c45738ccc1532bdd93cf7'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd82c6e00776140ffb1c8a340c8b06d0f'
                        key: {
                            document_key: '63fd95647a7c49cba711f6ed52e1dd3e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd851bdaaadd6415bab2a8e16ecb6f23f'
                        key: {
                            document_key: '97440fd97ef14263bb53374fe7357a73'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd85af8dec1b548ac9db95a23fd249ed8'
                        key: {
                            document_key: '9981e349089941e680c66b024a4c6f5a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd85bb682bd4640b9b9bb66a302a83803'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd86d8adbb6d748b48e530c67fb0de960'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '77ff3dab498941d5837a4770c3e1b1b2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8764d033bc94d85807c9e09c1029322'
                        key: {
                            document_key: 'dcf5628554424c1bb49096cdd362493d'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd88bc5d8775a4fee904c96027c561b4b'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8bfe322d3de4e84a5ab9f45fa9e4da6'
                        key: {
                            document_key: '4c4a307f40574b74a44117624272bfe0'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd8db61050a0246e8a0f3a179ae368ba0'
                        key: {
                            document_key: '48e305b72a1c4768a64bce0a6182af99'
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
                        table: 'sys_element_mapping'
                        id: 'd919af70a0db4496b49231c0f0a90af6'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '82c9a1b1b6314946aed01216bf6b7ba8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd9259225ce504c19a3d818a8140e5118'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd954d784f4844279a896722c7b3d91fa'
                        key: {
                            document_key: '1cc172805c31437eb93f204e23e97685'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9570ecfee99400f879968a2c01b27a2'
                        key: {
                            document_key: '3b050e5275dc4eb286efdd2e27c581ec'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd986f0e6b514423f91d4f1ab7d87ee1e'
                        key: {
                            document_key: 'dcf5628554424c1bb49096cdd362493d'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9acdb0b21694b158d48f3aedb416345'
                        key: {
                            document_key: '2e8238c03bb94b408ae28839c7dba9f2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'd9b786a915fc4d208038411511a7e9f5'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9faac0fcdaa45abbe9b7abd654de0d0'
                        key: {
                            document_key: '3b050e5275dc4eb286efdd2e27c581ec'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da59e5f4cca940f68083e853c868503b'
                        key: {
                            document_key: 'f377b4501479431c95f03e027f16b11f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da78e9118869451d955f198f42205310'
                        key: {
                            document_key: '41b1012d6cb842a58c1a3cd03667bed7'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'da9a6bd01ca4421497e9f9be53c577b6'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '06332dac05c744a69512089d139b09d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dabe38bc00634f328f1b726443bb8dbc'
                        key: {
                            document_key: '2c9ba491513e468f806cef0bfd59cade'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'daded7f895c045bb974b8eb8314b28cc'
                        key: {
                            document_key: 'ec093265b9214b56bcb585d747bb4e32'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dae6162a21814408af77a76e8c2f5750'
                        key: {
                            document_key: 'c503cb37aba34deb98d80ec933b2fd48'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db1d8e1b6d0c40088d10d939c6ecf900'
                        key: {
                            document_key: '099741594bf842ba814477c243a18591'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db2fcdb7eb154c4ea7db7557129a8be1'
                        key: {
                            document_key: '9615d79c4b224f65a30235e495be9436'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db4aec98a17e48889b636a094ded0a6e'
                        key: {
                            document_key: '3c31c9e39dec4eca9090aca3f5ad5db0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'db726f5e529d422889721a13fc8cbe95'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '88481835ed4d490886b426687c07398a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db9734c20df7414cbb54599ae8443adc'
                        key: {
                            document_key: 'ac406097c4eb4bdab24066f3f64b2d73'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc0c4402d7634defa45b392db7be8eae'
                        key: {
                            document_key: 'f0254c9fca314d5e9aac9aa101f592aa'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc11381c2c0240df9622f4261a9246c5'
                        key: {
                            document_key: 'ee3c52cdbc9e40829dc355093d22e23e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        id: 'dcb6ffa41e614c38aa8e3df69fa82685'
                        key: {
                            document_key: '1c38e030c48f4cd1a52d7f4147a493c9'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: 'dcc667c4fd614f5c8c3a07dac50ca711'
                        key: {
                            document_key: '320f6fe54d764481a15f9ed03e20ae5e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: 'dd1668ebc245421e9235b0de58ce3260'
                        key: {
                            document_key: '43afec44a1cf4d999c5bd95a1467db56'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd29ef4653fd4f969697f2e290f490c0'
                        key: {
                            document_key: '33e44e90de8a46a281dd22cb5287c7c3'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dd59991e953d4cbda299924901dbdb99'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'ecf1e03ff6e64596987d85a9c6599448'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd84e50b4504417480373c2a54a699c7'
                        key: {
                            document_key: 'ec1d3d48aa1443f8901b26f7def6d35e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ddb0e7ab1824462aab51e9763c606923'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '05607260b73e4bdcb7f62a46d6ec858b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dde355606a8549409e3ca663fa08a585'
                        key: {
                            document_key: '1ad18ce70ce9471695107410021fab7b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de099d8a807343b08ef3fe32f767cab5'
                        key: {
                            document_key: '5d92fba056184e2caa9f0e70ee0d8503'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de3cf448445c49e49c1b72d23c596954'
                        key: {
                            document_key: 'cf0e02948000425593c145f019bbd4db'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de5802ce00e64fd9b45a83a5638dd58e'
                        key: {
                            document_key: '2f035200c58449eca89c40f25f0e329f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de631a905e40471ea0dd27339ddce393'
                        key: {
                            document_key: '6579f146040d46b9984323f939d1d1f2'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de81e9c523fc4df0a546fa2932f90a99'
                        key: {
                            document_key: '5cdd665b0b254e8989ee0122937bf216'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dee70d38b3884a8c9d9febf0073c1daf'
                        key: {
                            document_key: '5cdd665b0b254e8989ee0122937bf216'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'defd52eacb1845729ea83f9f5fcc40a0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'bbaa28fe373542da8333cf8682aa3f4a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df1e5e69ed874cb2af7e3cc12585824d'
                        key: {
                            document_key: '3aff3965506e48e4b6eebaa5102aac25'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df81996d1d894004a9b37ffd3566a3c3'
                        key: {
                            document_key: '95b43c84363e46498bf6ce8efc19f795'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df9a07f24b144009a5b79d2e50ecc21a'
                        key: {
                            document_key: 'be9cf5bb0e514fb8a6bdd29abb24052e'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        id: 'dfb5c9cc8c0947f1ab959d0ad0209724'
                        key: {
                            document_key: '2e7c6dbd8ca147ce81f8bfea6b4d00a6'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'dfbb4c8f4c2848b999ae5ab1a0686dc0'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'f475279d326047d385dc3cebb88225b8'
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
                        id: 'dfd273202d19445ebf1596fc6664eb5c'
                        key: {
                            document_key: '8e6e1b6f25844d03848e77c7e9414520'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dff90eec4b2543f5b7adc655bf096658'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e00f28eaae6c48199357ad4ef7ae9795'
                        key: {
                            document_key: 'f475279d326047d385dc3cebb88225b8'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0108f3477b845f4a56a91212edbdbd0'
                        key: {
                            document_key: '6d5045d65cb2409a8d6d96e5b37bb9f0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e02555172c0542b2955a37d784018bc4'
                        key: {
                            document_key: '25eb55eaecfb41eb86f791797b18b7c5'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0530044f7a1481792a2d74ceb19eb01'
                        key: {
                            document_key: '627d898733e94144ac293add1f8d895b'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e0f287c4b2544bf989ef1606022419b2'
                        key: {
                            document_key: 'bcaef909e3cb4d408f976a3d1b65635b'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        table: 'sys_dictionary'
                        id: 'e11cc066590c47ad8231d2f1316d28af'
                        key: {
                            name: 'x_mioms_m365_assis_claim'
                            element: 'correlation_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e12385d4eae44a97b4f9fbba2d400827'
                        key: {
                            document_key: '114d366056dc453b9a712265c6b219cc'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e192fb96f7014d6bbabb1c72b6005a6c'
                        key: {
                            document_key: '13e5ef3472d04720a6c0c0276b18a277'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1c14696aa4546889320764cd3c8c31f'
                        key: {
                            document_key: 'c4857fe845b343808e67da7702520095'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1caa87e284d435f855fd20fb710511c'
                        key: {
                            document_key: '4c4a307f40574b74a44117624272bfe0'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e1e6a8ecffca4f1a8d0a657fcec35aee'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'action_required_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e1ee5eea17b9402e8d6cb15bf2b8e53d'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1f0a5cd85464d07a61ed10862e79827'
                        key: {
                            document_key: '6a4060d8eab14ce38b477e9f66257c69'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1fa3b5317de4ee5a5ae1366ff8488ac'
                        key: {
                            document_key: 'ecf1e03ff6e64596987d85a9c6599448'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1ffe5f1bcbf48049e00af77682b99d3'
                        key: {
                            document_key: '257d70e97d574e2b80e6bda5c378c3f2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2185a36bd6c4a788892e2bb40612642'
                        key: {
                            document_key: '2e8238c03bb94b408ae28839c7dba9f2'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e239406079b04789a00c99d3acee506c'
                        key: {
                            document_key: '4da987fb052643bfaaf63523bed5b481'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2409e14a8d04779aded1751529532be'
                        key: {
                            document_key: 'b3fb6663cad44d4abde69ee1547e2e6f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e261c43a0e8345759ce86db384df8b11'
                        key: {
                            document_key: '5dac767652a047a0bb136d959e697134'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e28fc6b9388d42c4b1633bb145012f25'
                        key: {
                            document_key: '21077dc3eae942008efe207cbc263e92'
                            variable: '56e6bee65320220002c6435723dc34b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2a2542fe3ef479890f2caf96f8eabc1'
                        key: {
                            document_key: 'ac406097c4eb4bdab24066f3f64b2d73'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2cb979f4e334c198d60ab534b4a425a'
                        key: {
                            document_key: '443f80f164fe48bd99663b54c61adf44'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2ebb51c07074a96a17c93a22f8ccca5'
                        key: {
                            document_key: '805363d92ba9494181fab94842e178b5'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e2ed141cd4a04119a63e1ea72d2e6626'
                        key: {
                            document_key: '6a4060d8eab14ce38b477e9f66257c69'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sys_variable_value'
                        id: 'e3185109905a4766a29cca76d6cd1734'
                        key: {
                            document_key: 'c21beedc427b4f98bde2d16888fb4a9c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'e319174066b2429f8782eae75263199d'
                        deleted: true
                        key: {
                            application_file: '1cc15c491eaa4177993cd49c7e89f6a1'
                            source_artifact: '5a0d8644096348448b05bbfa6cf7f95a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e32bb6c1f6824cadb09284f500d60570'
                        key: {
                            document_key: '525e64a5cd2a457eac6a725c11ba8300'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3459a34fc2a4f2e9a6937792a488616'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e365b853872e4d8297a342426a44b467'
                        key: {
                            document_key: '6933cb973cc143c9bd2924e0a0301477'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e37f80db6860490cb8174782c3a2dd45'
                        key: {
                            document_key: 'f546886df5ce4b58812b457828bed9c2'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3df5abf8f294549a1a57a0e134b88d8'
                        key: {
                            document_key: 'cf0d71711c0a4b83bc4c8ab1128871d9'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        id: 'e43c677064a14abdad836a8dfd9985c1'
                        key: {
                            document_key: '95b43c84363e46498bf6ce8efc19f795'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        id: 'e46bc58bad224a7fbae434a217d7c9c5'
                        key: {
                            document_key: '51070f5037e64d31a82bbbb62be1f7fe'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4904ad6391144c993087e95915c803c'
                        key: {
                            document_key: '1fa88f5ef9fe448eb785cacd5db7176f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4b0bec2d4124eac90cf5cdd4bc48b9e'
                        key: {
                            document_key: '13fbcb8659ae456d81a4c70c4275e874'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e4bdbe4d22c94591a830f838eb5a01e3'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8a098043a5b54b51a1192a53c0b4c558'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4f5dc3cc31b42a1b8f2b4165ae13f81'
                        key: {
                            document_key: '6579f146040d46b9984323f939d1d1f2'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e5645108aabe41d2bad7316eb407b81f'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3a17c8f003d143169ad7d0973a758fa6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5676b39b5a44b4c95519d2635cd2e5c'
                        key: {
                            document_key: 'bcaef909e3cb4d408f976a3d1b65635b'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e58321cec05749119742a06334c4826d'
                        key: {
                            document_key: '114d366056dc453b9a712265c6b219cc'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_ux_lib_asset'
                        id: 'e5f3778f1622414a8a01c630c7bdeb8a'
                        key: {
                            name: 'x_mioms_m365_assis/link-account/main.js.map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e600e0c475b746648ab67d4cbe179c93'
                        key: {
                            document_key: '0bad742b977b4febac801a88ca97f3ca'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'e603148afbd84baebc5eaeb8cca1faf6'
                        key: {
                            name: 'x_mioms_m365_assis/diagnostics/main.js.map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e628496fff12409aac7cda729f15f1dd'
                        key: {
                            document_key: '972262e9739549feac525baac34f5ee3'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e63fb782198340de8d33d25cd7415e9d'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '79a5d6bdd2314798958d4d9ca52c3843'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e64d6e5083894becb5a0b486b9bffce7'
                        key: {
                            document_key: 'ce63dbf3be11447698ec550f87571a56'
                            variable: 'bc43e004c76733005e5c45b881c26046'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6b23658b78f4567b89c4040134d63e7'
                        key: {
                            document_key: 'bf3ae84600c147129fc9235401f78ffd'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e6d97b1ae4a64742b04ac5d9e063135b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8355569b48f84b2b9fdecefd438be648'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6e03ed561a04e5fa1503393500f788a'
                        key: {
                            document_key: '443f80f164fe48bd99663b54c61adf44'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6fc0454a9c54dca963b385b4e6a2c0d'
                        key: {
                            document_key: '07eefb955f7f48a2a04aa09947d7bbb1'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e722890dbf6a4448b5c6ac9fb92e65fa'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'severity'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e744480a17674b0f8da1d1dd7cb9a723'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '6a4060d8eab14ce38b477e9f66257c69'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e74a48e4715a46c7b1c12d376dbd55c0'
                        key: {
                            document_key: '1668aa3d6e45489b9b4dd5be7cf5a23d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e76e0fdf99a6422f81ea6003df25c00e'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'is_major_change'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e77bd2136f6248758fde07cbe27c4f8a'
                        key: {
                            document_key: 'e191ecc76dc64d45859b9c73c8d0e223'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7987d5252fc4502a6cdd0a45e3f100e'
                        key: {
                            document_key: 'c034d73d1edf4585aacf56e949a2f0e4'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        id: 'e80699d525334cd4986897e084532743'
                        key: {
                            document_key: '07eefb955f7f48a2a04aa09947d7bbb1'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e84a6ad60de348f8ba05811d850c87ba'
                        key: {
                            document_key: '9c6f23ced8e64d68a8557ca50a3b8a06'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e87b5b40e7a24775a812b1919a19ea01'
                        key: {
                            document_key: '1634621532c94b6d9657b6fe1402633d'
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
                        table: 'sys_variable_value'
                        id: 'e8e86004186244129d235f1d4c56e718'
                        key: {
                            document_key: 'f85100a9b19b4a089b712c4adb29c7fb'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9081c37e3a5428ebd8124717026cf50'
                        key: {
                            document_key: 'cf0e02948000425593c145f019bbd4db'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e92e3d73a17d4110a92f8a1ed8e3e34f'
                        key: {
                            document_key: '77ff3dab498941d5837a4770c3e1b1b2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e94240d0cd2647ee859adb7852929b6a'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'dcf5628554424c1bb49096cdd362493d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9514d0c063c494585df2ac92cdf2f8b'
                        key: {
                            document_key: '71011a699c2948f8b62774e4283564fb'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e954c6b88c644a0f88772a1266355ead'
                        key: {
                            document_key: 'b8d5a49f262f40a98ac25e54457fa8f0'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e9b5e0ffe4ab4a36911e9c4b8af9ef62'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '0bb1e0bfe84b4de0b7e0a80474e9a43e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea02fbcab5e14b60ab53ddfe1f740e85'
                        key: {
                            document_key: 'ab9a7239d17c4f88b214fcfe7c63cdee'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ea2de37ad593406b8d243c97bc0eb8a1'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'window_start'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea2f767ee5dc4a559a477cfd4c408d6d'
                        key: {
                            document_key: '394ff0bc88d446eea92b51bfb0ce55b7'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea9a0feed4034613a7637b940359eee2'
                        key: {
                            document_key: '2501228128164bcaa54c205356945057'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb1561d2c8f34fe9a8d9af8ce93deecd'
                        key: {
                            document_key: '320f6fe54d764481a15f9ed03e20ae5e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb28d7a0ddd74524af79f0741c6bd112'
                        key: {
                            document_key: 'bf3ae84600c147129fc9235401f78ffd'
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
                        table: 'sys_variable_value'
                        id: 'eb5e60337aa9499aa5bedbd245690ecd'
                        key: {
                            document_key: 'f9be5d906c6c4e879e4e0050ee439246'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        id: 'ebc1d5b53bfe4289967464a0412ae3d3'
                        key: {
                            document_key: '9c89b9631d594f76844c96c2c22b75a2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: 'ebd4a2e856b747fdb1f146ff23251c49'
                        key: {
                            document_key: 'b6e6208143ec42b38f3148be1e4f8a40'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebe2f2e2bf4947ccbf8e5dad5ed838ea'
                        key: {
                            document_key: '7fd87d11cbf04d0aa5f58554d83a85b1'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebf62f71fd404305949143fd5d1fbd50'
                        key: {
                            document_key: 'c966e563d5fb4f9da5ba9cd2501f612b'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec56e2e7febf42a9aa690efa173ac535'
                        key: {
                            document_key: '31d690c2cd2e45edb0a5d0c429ff6826'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: 'ec74bcdd91a340bd84ad403965c14d71'
                        key: {
                            document_key: 'a5ef70d9c60c45738ccc1532bdd93cf7'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec791c8af2804fa1aee4966bc7509ec8'
                        key: {
                            document_key: 'f9be5d906c6c4e879e4e0050ee439246'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eca89de8514a42508ecd46b96c95fd7b'
                        key: {
                            document_key: '4da987fb052643bfaaf63523bed5b481'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ecaab0de78ba460ea28231def5cb1441'
                        key: {
                            document_key: '1668aa3d6e45489b9b4dd5be7cf5a23d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ecb54377759e452a990ab3a7e32cd3b8'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '919d0807526843f09b49f1a31c9ede75'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed244c4fda0d41a2a579f81b8c19c5cf'
                        key: {
                            document_key: 'a96f78d5781a40d49c9702ff6de0c711'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed474add146c431e89bdae92a2b6c221'
                        key: {
                            document_key: '7fd87d11cbf04d0aa5f58554d83a85b1'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ed5ac8159b8b4e14804fb05f6ecf0c37'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6fa49199b7314416810aad5a93cf8ce1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed7b37ba897249fca3803d1b599be7c0'
                        key: {
                            document_key: 'dcf5628554424c1bb49096cdd362493d'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eda16d970ca34c1685de5b4fe00a3f2b'
                        key: {
                            document_key: '4949dca461d444a99521a1f46991982a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edba2b5c8b364d9fb14d8aa460ab43d6'
                        key: {
                            document_key: '7d0b92ea4ec746a3998f3e71f6bb08d2'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        id: 'edcfce1f57ba4660b80fd01f7cd1abec'
                        key: {
                            document_key: '8855107d848948de952a4395b6907b05'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edd2db4800ae49939cb3cd5975d67cab'
                        key: {
                            document_key: '87a2b2400fac4fbc83f873c9b96d64eb'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee23620c4d1b4d4a98a4e4a9758f8595'
                        key: {
                            document_key: 'b11cc971ec1c462699fab6b57e901e48'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ee5f66e5c318454a89cb1c09f278c3b2'
                        key: {
                            sys_security_acl: 'b29f3c259f664c26bf114b9bf91247f2'
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
                        id: 'ee616e9365b34f66b9d00e7f5d91ac07'
                        deleted: true
                        key: {
                            application_file: '02c656572fbf4802bf04e0a2a53721ec'
                            source_artifact: '5a0d8644096348448b05bbfa6cf7f95a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee6df8ea10de4cb687412cab2249a2df'
                        key: {
                            document_key: '724bdde0e7f3461ea2be6d8deea75b0c'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee730c0d4b0b4c52801cd1b800095431'
                        key: {
                            document_key: 'f12abe8aefde41da826c79839e3027b5'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eec49a8583c449fa96a4894df7796250'
                        key: {
                            document_key: '90bc401d8bbb42c69ccdfa775e4f48d7'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eee03ee27e4849a99eadc8abeedcff4c'
                        key: {
                            document_key: '0a83c54bf6354519a25590b94e95a327'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: 'ef18204e3d684d058aa17ee1cde5080d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '13e5ef3472d04720a6c0c0276b18a277'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef480291f2424349bbe25364d2dd9bb9'
                        key: {
                            document_key: '33e44e90de8a46a281dd22cb5287c7c3'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef5fb244c10245a0a59cdee822e44633'
                        key: {
                            document_key: '97440fd97ef14263bb53374fe7357a73'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef63ef1b19fa48658032bf825efae9f8'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '5c0353ddaee64c30af44b72fd718dad6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ef6583b310c24dee95300d345cc40c5d'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'message_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef7cdeab9a8d4cec8925e769abfb9365'
                        key: {
                            document_key: 'd4e02d6654f447539428eab8f58fbfab'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef9a488de3344a8bb423d902bad72455'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '77f1b7edf3754d73bf4d45b3670e63b6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'efed6f0f4aa644d08289e0c3f1fff7a8'
                        key: {
                            document_key: '9c27c7461d4a4f2aaab74562d7eddd25'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'effe1d13034e4780b6d98e151b6e0995'
                        key: {
                            document_key: '5d614dc256854cf2be4553be97c89da2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f0580cec02684cc5b9280477fb60633a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0e641514d2a6439f95dbe1b2db8ca46a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f06169048a0442dd917adb498535c1c0'
                        key: {
                            document_key: '2501228128164bcaa54c205356945057'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f080c5ed4d1e4123a643454358cbdbbb'
                        key: {
                            document_key: '07eefb955f7f48a2a04aa09947d7bbb1'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f09ba63a1e1340dfa414228111fbd695'
                        key: {
                            document_key: '07eefb955f7f48a2a04aa09947d7bbb1'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0ad80ea16c04d188fdc6e0eff96f3fd'
                        key: {
                            document_key: '9927c60cf50a4e2195e140f08b44b0f9'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0ebe4b5c98d4db1b4a913d9f2e45559'
                        key: {
                            document_key: 'fc694afff2f24acc9c4f119a00d95f99'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        id: 'f1afdad478da4141ba1c1d89ece38bc3'
                        key: {
                            document_key: '6c5e7f98a244451eb5efb3c32a0464ff'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1e001b156af40949a2858bd106f692b'
                        key: {
                            document_key: '6c5e7f98a244451eb5efb3c32a0464ff'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1f8e4295b634613ace45f82cbe0c6d9'
                        key: {
                            document_key: 'e191ecc76dc64d45859b9c73c8d0e223'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2125392dc41484f98def45a988588ef'
                        key: {
                            document_key: '6f622261ff724198a84875d6eaf852c1'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f231eca29d144819a107f0f96416fbe4'
                        key: {
                            document_key: 'f546886df5ce4b58812b457828bed9c2'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        id: 'f26ffad68e64445fb7ba1981b8dbabb2'
                        key: {
                            document_key: '4caab47b6e634e85982190d9da206e47'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2b6a5ee99504cf995bdf624f7491892'
                        key: {
                            document_key: '4c89ae438cc14f4a989a860d7f9a724e'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2bf1ca32ca645b1bd6b73b6c4b8b18b'
                        key: {
                            document_key: '0e641514d2a6439f95dbe1b2db8ca46a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2ca74ecd4c64210a459eb96285e8efe'
                        key: {
                            document_key: '6f622261ff724198a84875d6eaf852c1'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f3280d7e0c534dfd803b1487e5b03179'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'report_attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f33a0d6d6a7746c6b0bef87c1fa5a630'
                        key: {
                            document_key: 'c99472a8cfa845c3b739b1cea8ff1bcd'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3439a587f734c0e95f4f28ade133c72'
                        key: {
                            document_key: '6579f146040d46b9984323f939d1d1f2'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f3aa5948877440d2962c2d5da5ac1b39'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '9c6f23ced8e64d68a8557ca50a3b8a06'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f3ddcc532df14f72b144e95c08879389'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '4aa8472e137d4724b9233303e2148be9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f3e160f101de4b4696f265fb6d57a7a4'
                        key: {
                            document_key: '8355569b48f84b2b9fdecefd438be648'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f40f30faef444e44be0c5dc6a8a977f2'
                        key: {
                            document_key: 'ebb7bb7338dd406981e80c29cc71bda9'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f433d2aef40d44728cb9a5466770dbf6'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '3b050e5275dc4eb286efdd2e27c581ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4aadd6daa704c5ca385cabedb444a4f'
                        key: {
                            document_key: '5d614dc256854cf2be4553be97c89da2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4ad387ee82f469ab7c55914946f3f0c'
                        key: {
                            document_key: '40e1cf58ad7b45f2be24226ab7b589d5'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'f4b2f3458ab64744a18924fe9d181ff7'
                        deleted: true
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
                        id: 'f4db4140d86f41f6aa7bf62f56a6c5a7'
                        key: {
                            document_key: '9ae4bb8fb2bf4b278c26d4cfab448f41'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f50a287c0c4b45158e973e49f96c9c34'
                        key: {
                            document_key: 'ab9a7239d17c4f88b214fcfe7c63cdee'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f542600a0f194710addd3eeb09ce246a'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'category'
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
                        table: 'sys_element_mapping'
                        id: 'f578669b4f0b46828aa2c5b2229f4088'
                        key: {
                            field: 'roles'
                            table: 'var__m_atf_input_variable_d9bc5f21ff6033008d3f5d9ad53bf12d'
                            id: 'aeab5ab086c2408085a9eba3bb18e163'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5a38f3f47514b30bb678430e50e6a38'
                        key: {
                            document_key: '13e5ef3472d04720a6c0c0276b18a277'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5e69a63be42417cb24ea6d4773a3637'
                        key: {
                            document_key: '67e906a96f444bf7bc46288e220c9e44'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f626f83b18ab4854bb97cc27444a54d6'
                        key: {
                            document_key: '04e60fd43bd045efbb0657d5948f8bd1'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f65ccb351f764c21806fe879cc425392'
                        key: {
                            document_key: 'a8e5300fdf454c8a96305b0485145a26'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f68bd9bb8e5344229a617ed4fdc243eb'
                        key: {
                            document_key: 'ed8308cdc3ca4df0b1a51867636a59a8'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6b0b73891be4867b763820f8ada53ee'
                        key: {
                            document_key: '66c66854fc7847afaa84d956dfee131d'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6c4e5b0fb7446c2b7df2fb3b0bfa56c'
                        key: {
                            document_key: '443f80f164fe48bd99663b54c61adf44'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6e7231eb4984a97bfa1d40a187f3ccc'
                        key: {
                            document_key: '05607260b73e4bdcb7f62a46d6ec858b'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f70f31a938fd4a08984d6b371968d339'
                        key: {
                            document_key: '8c4a3aa194124b00b59ad82fd38cfc81'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: 'f71f6865cc2b4cb4bda94736d83da582'
                        key: {
                            document_key: '01ed2dc9cbad45f480b27b08566576ed'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: 'f77602f679dd489c8b8df5b4dd28d1de'
                        key: {
                            document_key: 'bcaef909e3cb4d408f976a3d1b65635b'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f785ce7eb7ec42f5a273043d9e63f464'
                        key: {
                            document_key: 'ec777fcff0b04f9e973e70e8c0a496b1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7b24c7b67b0458a84f5fba6a60c2260'
                        key: {
                            document_key: '4c2f4f3c711142c9bacc1a0744b2e5cb'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7b72827c2904b4f8ed57a98e838c9f4'
                        key: {
                            document_key: '783b1c4dbae34520a2d2204e90fc9cf2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f7d2e311e52f44589085b0490186350f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'afdc2c45c5b64806b21ddae252a3b98b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f827dca3c890484c89f3b91205a5f259'
                        key: {
                            document_key: '8bb2bfd611d149baa780d37195d1f783'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f829a1055d63419784f55f99a0945f2e'
                        key: {
                            document_key: 'ed8308cdc3ca4df0b1a51867636a59a8'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f82eef60bc54480dbc5887eeb2e6e0e6'
                        key: {
                            document_key: 'ec66d22343c04a1da079601f084ff7be'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8521deb41fc444baeaa4fdced3edfcd'
                        key: {
                            document_key: 'c83453ae101446c086395ce13e94bfc8'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_db_object'
                        id: 'f88109a0037b4e96906390d3213be7a8'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f895ce2d93c04ca29d801e84b8b1745a'
                        key: {
                            document_key: '449e08963a8e4d48909b8bef525e8c83'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8b3d84603dc4b09a593a2376ed00557'
                        key: {
                            document_key: '6579f146040d46b9984323f939d1d1f2'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f8b538565f734e9385c11d7b41bf8a42'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '7f5b7bace0604014a273ef010a88e9bb'
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
                        id: 'f8c6a02085c2429cb267aeb1daffb60d'
                        key: {
                            document_key: '9c9d2e568cab40ec9dc04bcfb6323658'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f8c7e202a7ca4af697c7368f7fd7e9d6'
                        key: {
                            name: 'x_mioms_m365_assis_case'
                            element: 'kind'
                            value: 'manual'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9122324ecc14cf88086f9bec8c1c85f'
                        key: {
                            document_key: '2501228128164bcaa54c205356945057'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f944f06d38134f55bd5f69ab693d6ea0'
                        key: {
                            document_key: '9c6f23ced8e64d68a8557ca50a3b8a06'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fa282a1d385a4d98beaaa2ea5b48e8a4'
                        key: {
                            document_key: 'aeab5ab086c2408085a9eba3bb18e163'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fa6a7a80a3804e12820abb70e99662eb'
                        key: {
                            sys_security_acl: '3f69192ebbe647e6aaf675e19dd132ee'
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
                        id: 'fa7ef3ed83b1428ba78df067c934131f'
                        key: {
                            document_key: 'f6c118fe47464d628f87477145b8641f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fa90d6078b21446988d55b3b43d8b6d8'
                        key: {
                            name: 'x_mioms_m365_assis_inbound_refusal'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'faba146df1a447eaaf6dbffd4f3b19e7'
                        key: {
                            logical_table_name: 'x_mioms_m365_assis_health_message'
                            col_name_string: 'last_modified'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fac2928fa9db4b0080cb214cf4f58939'
                        key: {
                            document_key: 'ed8308cdc3ca4df0b1a51867636a59a8'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fadc1852d4454823b30fd26250d764ff'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'fc793777a29e4318b9e09ba995d995bb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fae559a7f20b4c25926998fcf3d702de'
                        key: {
                            document_key: 'd0c3bd5c890d403bb775159661a656fc'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb033bbc07eb4c27842b85d813649588'
                        key: {
                            document_key: 'ab63bd977d554b64882cda0f1d686e7b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fb1780fd5abd4dceb306f51a634293ee'
                        key: {
                            name: 'x_mioms_m365_assis_health_message'
                            element: 'body'
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
                        table: 'sys_variable_value'
                        id: 'fb2993604c7d428ebc8d9022b8ba65c5'
                        key: {
                            document_key: '22320828f03248d09bea8a11bfa1d1b3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_dictionary'
                        id: 'fb317d366dea44bd871c7b0090f07fba'
                        key: {
                            name: 'x_mioms_m365_assis_learn_session'
                            element: 'endpoint'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb36b33a1a2e4daead8753c654444af8'
                        key: {
                            document_key: 'fb429534b31e4b85ac3f9b4a617d256d'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: 'fb4e923271284acbb68b320878e3dd5c'
                        key: {
                            document_key: 'a8e5300fdf454c8a96305b0485145a26'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fb524945f5bc4562aca84d4e2b972b3a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'c4857fe845b343808e67da7702520095'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb9d43cb164e44668a40d3a5947cb90b'
                        key: {
                            document_key: '54ef33cf93024fd7ba0fe0c99b47c65d'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fbdf7f3d57164ce2b6d19d48de950c95'
                        key: {
                            document_key: 'faeee9aaf77f4f519141013a9e7879ba'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: 'fc2268eb5cca40c1b04081954cbdf2ec'
                        key: {
                            document_key: '51070f5037e64d31a82bbbb62be1f7fe'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: 'fc5d2884a8994117a3a75ab1963f8cf9'
                        key: {
                            document_key: '0bb1e0bfe84b4de0b7e0a80474e9a43e'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc8188046f1c443883000916d465bb28'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'report_attachment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd08c038b793462fa87794eb5b4f1d62'
                        key: {
                            document_key: '6d5045d65cb2409a8d6d96e5b37bb9f0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fd21d6ea96b44fec9cd4918b2a15af23'
                        key: {
                            document_key: 'e191ecc76dc64d45859b9c73c8d0e223'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_dictionary'
                        id: 'fe71b125ab354c54a902f42f911636c6'
                        key: {
                            name: 'x_mioms_m365_assis_health_issue'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe73e3a0debd495d91e76330abd8ba91'
                        key: {
                            document_key: 'bb2a77f93f8140e98ef54c21ff392853'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_element_mapping'
                        id: 'fea3b41ec8ad4f6b9989810fe38005f3'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'd0c3bd5c890d403bb775159661a656fc'
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
                        id: 'feea96c3f8a340388ded8f11b59469d2'
                        key: {
                            document_key: '6f8e63a61fc44b4bbe0b296d90d03eb8'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'ff1a4fd657b144d79a8849fe280b0630'
                        key: {
                            document_key: 'f23214259e534de98d79f1b6f375f312'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff417cd51130420bb66a2cbdf2fbfb8b'
                        key: {
                            document_key: '90bc401d8bbb42c69ccdfa775e4f48d7'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: 'ff5006ac69b94b22b8c3364fb2cdf0d7'
                        key: {
                            name: 'x_mioms_m365_assis_diagnostics.do - BYOUI Files'
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
                        table: 'sys_element_mapping'
                        id: 'ffa89e05c774476a828e0c1d35c14861'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '22fc9f91fae242edbac72a124ed64199'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffd3658b144e4bd8b4c3aebb68f384ba'
                        key: {
                            document_key: '7d0b92ea4ec746a3998f3e71f6bb08d2'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffd7012c55b647298ba34858c3ff3480'
                        key: {
                            document_key: 'bc00c16280f64d9c806501cd11f67fcc'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ffde50fe2c714a38977c9cb04c5ed06b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '5d92fba056184e2caa9f0e70ee0d8503'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffe8f9c970e5454e968e9c7d6603559e'
                        key: {
                            document_key: '653aa2a21bc04f7fa76edc0de788150e'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
