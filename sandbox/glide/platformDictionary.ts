/**
 * The platform's own dictionary: sys_db_object + sys_dictionary (+ sys_number) rows for the
 * platform tables the app and the sandbox use, installed by Platform.bootstrap() so unit tests and
 * the sandbox both type these tables' values (fieldTypes.ts), resolve incident → task
 * (sys_db_object.super_class) and apply their defaults (dictionary.ts).
 *
 * Source: where the Now SDK ships ServiceNow's own definition of a table
 * (`@servicenow/sdk-core` 4.9.0, `src/fluent/tables/<table>.now.ts`), the types, references and
 * defaults are transcribed from it; the internal_type of each column API is the SDK's own mapping
 * (`@servicenow/sdk-build-plugins` `src/column/column-helper.ts` COLUMN_TYPE_TO_API), and a
 * length the definition leaves out is the SDK's per-type default (`getDefaultMaxLength`: 40 for
 * boolean/integer/date types, 32 for references, ...) — except for plain strings, whose length the
 * SDK only guesses: those are left empty (nothing is cut) and listed in the table's comment.
 * Tables the SDK does not ship are written from the ServiceNow docs named in their comment.
 */
import { createHash } from 'node:crypto'
import { Row, Store } from './store/types'

export interface PlatformField {
    type: string
    maxLength?: number
    reference?: string
    default?: string
}

export interface PlatformTable {
    name: string
    label: string
    /** The parent table (sys_db_object.super_class). */
    extends?: string
    /** The table's display field (sys_dictionary.display). */
    display?: string
    /** Number maintenance (sys_number): prefix and starting number; digits default to 7 (sys_number.maximum_digits). */
    autoNumber?: { prefix: string; number: number }
    fields: Record<string, PlatformField>
}

/**
 * task — @servicenow/sdk-core 4.9.0 src/fluent/tables/task.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): approval, contact_type, number, sys_created_by, sys_updated_by, task_effective_number, upon_approval, upon_reject.
 */
const task: PlatformTable = {
    name: 'task',
    label: 'Task',
    display: 'number',
    autoNumber: { prefix: 'TASK', number: 20000 },
    fields: {
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        activity_due: { type: 'due_date', maxLength: 40 },
        additional_assignee_list: { type: 'glide_list', maxLength: 4000, reference: 'sys_user' },
        approval: { type: 'string', default: 'not requested' },
        approval_history: { type: 'journal', maxLength: 4000 },
        approval_set: { type: 'glide_date_time', maxLength: 40 },
        assigned_to: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        assignment_group: { type: 'reference', maxLength: 32, reference: 'sys_user_group' },
        business_duration: { type: 'glide_duration', maxLength: 40 },
        business_service: { type: 'reference', maxLength: 32, reference: 'cmdb_ci_service' },
        calendar_duration: { type: 'glide_duration', maxLength: 40 },
        close_notes: { type: 'string', maxLength: 4000 },
        closed_at: { type: 'glide_date_time', maxLength: 40 },
        closed_by: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        cmdb_ci: { type: 'reference', maxLength: 32, reference: 'cmdb_ci' },
        comments: { type: 'journal_input', maxLength: 4000 },
        comments_and_work_notes: { type: 'journal_list', maxLength: 4000 },
        company: { type: 'reference', maxLength: 32, reference: 'core_company' },
        contact_type: { type: 'string' },
        contract: { type: 'reference', maxLength: 32, reference: 'ast_contract' },
        correlation_display: { type: 'string', maxLength: 100 },
        correlation_id: { type: 'string', maxLength: 100 },
        delivery_plan: { type: 'reference', maxLength: 32, reference: 'sc_cat_item_delivery_plan' },
        delivery_task: { type: 'reference', maxLength: 32, reference: 'sc_cat_item_delivery_task' },
        description: { type: 'string', maxLength: 4000 },
        due_date: { type: 'glide_date_time', maxLength: 40 },
        escalation: { type: 'integer', maxLength: 40, default: '0' },
        expected_start: { type: 'glide_date_time', maxLength: 40 },
        follow_up: { type: 'glide_date_time', maxLength: 40 },
        group_list: { type: 'glide_list', maxLength: 4000, reference: 'sys_user_group' },
        impact: { type: 'integer', maxLength: 40, default: '3' },
        knowledge: { type: 'boolean', maxLength: 40, default: 'false' },
        location: { type: 'reference', maxLength: 32, reference: 'cmn_location' },
        made_sla: { type: 'boolean', maxLength: 40, default: 'true' },
        number: { type: 'string', default: 'javascript:getNextObjNumberPadded();' },
        opened_at: { type: 'glide_date_time', maxLength: 40, default: 'javascript:gs.nowDateTime()' },
        opened_by: { type: 'reference', maxLength: 32, reference: 'sys_user', default: 'javascript:gs.getUserID()' },
        order: { type: 'integer', maxLength: 40 },
        parent: { type: 'reference', maxLength: 32, reference: 'task' },
        priority: { type: 'integer', maxLength: 40, default: '4' },
        reassignment_count: { type: 'integer', maxLength: 40, default: '0' },
        route_reason: { type: 'integer', maxLength: 40 },
        service_offering: { type: 'reference', maxLength: 32, reference: 'service_offering' },
        short_description: { type: 'string', maxLength: 160 },
        sla_due: { type: 'due_date', maxLength: 40 },
        sn_ai_sentiment: { type: 'reference', maxLength: 32, reference: 'sys_sentiment_details' },
        state: { type: 'integer', maxLength: 40, default: '1' },
        sys_class_name: { type: 'sys_class_name', maxLength: 80, default: 'javascript:current.getTableName();' },
        sys_created_by: { type: 'string' },
        sys_created_on: { type: 'glide_date_time', maxLength: 40 },
        sys_domain: { type: 'domain_id', maxLength: 32, default: 'global' },
        sys_domain_path: { type: 'domain_path', maxLength: 255, default: '/' },
        sys_id: { type: 'GUID', maxLength: 32 },
        sys_mod_count: { type: 'integer', maxLength: 40 },
        sys_updated_by: { type: 'string' },
        sys_updated_on: { type: 'glide_date_time', maxLength: 40 },
        task_effective_number: { type: 'string' },
        time_worked: { type: 'timer', maxLength: 40 },
        universal_request: { type: 'reference', maxLength: 32, reference: 'task' },
        upon_approval: { type: 'string', default: 'proceed' },
        upon_reject: { type: 'string', default: 'cancel' },
        urgency: { type: 'integer', maxLength: 40, default: '3' },
        user_input: { type: 'user_input', maxLength: 4000 },
        watch_list: { type: 'glide_list', maxLength: 4000, reference: 'sys_user' },
        work_end: { type: 'glide_date_time', maxLength: 40 },
        work_notes: { type: 'journal_input', maxLength: 4000 },
        work_notes_list: { type: 'glide_list', maxLength: 4000, reference: 'sys_user' },
        work_start: { type: 'glide_date_time', maxLength: 40 },
    },
}

/**
 * incident — @servicenow/sdk-core 4.9.0 src/fluent/tables/incident.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): category, close_code, subcategory.
 */
const incident: PlatformTable = {
    name: 'incident',
    label: 'Incident',
    extends: 'task',
    autoNumber: { prefix: 'INC', number: 10000 },
    fields: {
        business_impact: { type: 'string', maxLength: 4000 },
        business_stc: { type: 'integer', maxLength: 40 },
        calendar_stc: { type: 'integer', maxLength: 40 },
        caller_id: { type: 'reference', maxLength: 32, reference: 'sys_user', default: 'javascript:incidentGetCaller();' },
        category: { type: 'string', default: 'inquiry' },
        cause: { type: 'string', maxLength: 4000 },
        caused_by: { type: 'reference', maxLength: 32, reference: 'change_request' },
        child_incidents: { type: 'integer', maxLength: 40, default: '0' },
        close_code: { type: 'string' },
        hold_reason: { type: 'integer', maxLength: 40 },
        incident_state: { type: 'integer', maxLength: 40, default: '1' },
        notify: { type: 'integer', maxLength: 40, default: '1' },
        origin_id: { type: 'document_id', maxLength: 32 },
        origin_table: { type: 'table_name', maxLength: 80 },
        parent_incident: { type: 'reference', maxLength: 32, reference: 'incident' },
        problem_id: { type: 'reference', maxLength: 32, reference: 'problem' },
        reopen_count: { type: 'integer', maxLength: 40, default: '0' },
        reopened_by: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        reopened_time: { type: 'glide_date_time', maxLength: 40 },
        resolved_at: { type: 'glide_date_time', maxLength: 40 },
        resolved_by: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        rfc: { type: 'reference', maxLength: 32, reference: 'change_request' },
        severity: { type: 'integer', maxLength: 40, default: '3' },
        subcategory: { type: 'string' },
        sys_id: { type: 'GUID', maxLength: 32 },
    },
}

/**
 * sys_user — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_user.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): city, date_format, employee_number, gender, introduction, preferred_language, state, sys_created_by, sys_updated_by, time_format, time_zone, user_name, zip.
 */
const sysUser: PlatformTable = {
    name: 'sys_user',
    label: 'User',
    fields: {
        accumulated_roles: { type: 'string', maxLength: 4000 },
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        avatar: { type: 'user_image', maxLength: 40 },
        building: { type: 'reference', maxLength: 32, reference: 'cmn_building' },
        calendar_integration: { type: 'integer', maxLength: 40, default: '1' },
        city: { type: 'string' },
        company: { type: 'reference', maxLength: 32, reference: 'core_company' },
        cost_center: { type: 'reference', maxLength: 32, reference: 'cmn_cost_center' },
        country: { type: 'string', maxLength: 3 },
        date_format: { type: 'string' },
        default_perspective: { type: 'reference', maxLength: 32, reference: 'sys_perspective' },
        department: { type: 'reference', maxLength: 32, reference: 'cmn_department' },
        email: { type: 'email', maxLength: 100 },
        employee_number: { type: 'string' },
        enable_multifactor_authn: { type: 'boolean', maxLength: 40, default: 'false' },
        failed_attempts: { type: 'integer', maxLength: 40 },
        fax: { type: 'phone_number_e164', maxLength: 40 },
        federated_id: { type: 'string', maxLength: 100 },
        first_name: { type: 'string', maxLength: 50 },
        gender: { type: 'string' },
        hashed_user_id: { type: 'string', maxLength: 200 },
        home_phone: { type: 'ph_number', maxLength: 40 },
        identity_type: { type: 'choice', maxLength: 40 },
        internal_integration_user: { type: 'boolean', maxLength: 1, default: 'false' },
        introduction: { type: 'string' },
        last_login: { type: 'glide_date', maxLength: 40 },
        last_login_time: { type: 'glide_date_time', maxLength: 40 },
        last_name: { type: 'string', maxLength: 50 },
        ldap_server: { type: 'reference', maxLength: 32, reference: 'ldap_server_config' },
        location: { type: 'reference', maxLength: 32, reference: 'cmn_location' },
        locked_out: { type: 'boolean', maxLength: 40, default: 'false' },
        manager: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        manager_hp1: { type: 'record_hierarchy_path', maxLength: 255 },
        middle_name: { type: 'string', maxLength: 50 },
        mobile_phone: { type: 'ph_number', maxLength: 40 },
        name: { type: 'string', maxLength: 151 },
        notification: { type: 'integer', maxLength: 40, default: '2' },
        password_needs_reset: { type: 'boolean', maxLength: 40 },
        phone: { type: 'ph_number', maxLength: 40 },
        photo: { type: 'user_image', maxLength: 40 },
        preferred_language: { type: 'string' },
        roles: { type: 'user_roles', maxLength: 40 },
        schedule: { type: 'reference', maxLength: 32, reference: 'cmn_schedule' },
        source: { type: 'string', maxLength: 255 },
        state: { type: 'string' },
        street: { type: 'multi_two_lines', maxLength: 255 },
        sys_class_name: { type: 'sys_class_name', maxLength: 80, default: 'javascript:current.getTableName();' },
        sys_created_by: { type: 'string' },
        sys_created_on: { type: 'glide_date_time', maxLength: 40 },
        sys_domain: { type: 'domain_id', maxLength: 32, reference: 'sys_user_group' },
        sys_domain_path: { type: 'domain_path', maxLength: 255, default: '/' },
        sys_id: { type: 'GUID', maxLength: 32 },
        sys_mod_count: { type: 'integer', maxLength: 40 },
        sys_updated_by: { type: 'string' },
        sys_updated_on: { type: 'glide_date_time', maxLength: 40 },
        time_format: { type: 'string' },
        time_zone: { type: 'string' },
        title: { type: 'string', maxLength: 60 },
        user_name: { type: 'string' },
        user_password: { type: 'password', maxLength: 100 },
        vip: { type: 'boolean', maxLength: 40, default: 'false' },
        web_service_access_only: { type: 'boolean', maxLength: 40, default: 'false' },
        zip: { type: 'string' },
    },
}

/**
 * sys_user_role — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_user_role.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): includes_roles, name, suffix.
 */
const sysUserRole: PlatformTable = {
    name: 'sys_user_role',
    label: 'sys_user_role',
    fields: {
        assignable_by: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        can_delegate: { type: 'boolean', maxLength: 40, default: 'true' },
        description: { type: 'string', maxLength: 1000 },
        elevated_privilege: { type: 'boolean', maxLength: 40, default: 'false' },
        grantable: { type: 'boolean', maxLength: 40, default: 'true' },
        includes_roles: { type: 'string' },
        name: { type: 'string' },
        scoped_admin: { type: 'boolean', maxLength: 40, default: 'false' },
        suffix: { type: 'string' },
    },
}

/**
 * sys_properties — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_properties.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 */
const sysProperties: PlatformTable = {
    name: 'sys_properties',
    label: 'sys_properties',
    fields: {
        choices: { type: 'string', maxLength: 512 },
        description: { type: 'translated_text', maxLength: 40 },
        ignore_cache: { type: 'boolean', maxLength: 40, default: 'false' },
        is_private: { type: 'boolean', maxLength: 40, default: 'false' },
        name: { type: 'string', maxLength: 100 },
        read_roles: { type: 'user_roles', maxLength: 255 },
        suffix: { type: 'string', maxLength: 100 },
        type: { type: 'string', maxLength: 40, default: 'string' },
        value: { type: 'string', maxLength: 4000 },
        write_roles: { type: 'user_roles', maxLength: 255 },
    },
}

/**
 * sys_db_object — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_db_object.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 */
const sysDbObject: PlatformTable = {
    name: 'sys_db_object',
    label: 'sys_db_object',
    fields: {
        access: { type: 'string', maxLength: 40, default: 'public' },
        actions_access: { type: 'boolean', maxLength: 40, default: 'false' },
        alter_access: { type: 'boolean', maxLength: 40, default: 'false' },
        caller_access: { type: 'string', maxLength: 40 },
        client_scripts_access: { type: 'boolean', maxLength: 40, default: 'false' },
        configuration_access: { type: 'boolean', maxLength: 40, default: 'false' },
        create_access: { type: 'boolean', maxLength: 40, default: 'false' },
        create_access_controls: { type: 'boolean', maxLength: 40 },
        delete_access: { type: 'boolean', maxLength: 40, default: 'false' },
        extension_model: { type: 'string', maxLength: 40 },
        is_extendable: { type: 'boolean', maxLength: 40, default: 'false' },
        live_feed_enabled: { type: 'boolean', maxLength: 40, default: 'false' },
        name: { type: 'string', maxLength: 80 },
        number_ref: { type: 'reference', maxLength: 32, reference: 'sys_number' },
        provider_class: { type: 'string', maxLength: 100 },
        read_access: { type: 'boolean', maxLength: 40, default: 'true' },
        scriptable_table: { type: 'boolean', maxLength: 40 },
        super_class: { type: 'reference', maxLength: 32, reference: 'sys_db_object' },
        update_access: { type: 'boolean', maxLength: 40, default: 'false' },
        user_role: { type: 'reference', maxLength: 32, reference: 'sys_user_role' },
        ws_access: { type: 'boolean', maxLength: 40, default: 'true' },
    },
}

/**
 * sys_dictionary — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_dictionary.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 */
const sysDictionary: PlatformTable = {
    name: 'sys_dictionary',
    label: 'sys_dictionary',
    fields: {
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        array: { type: 'boolean', maxLength: 40 },
        array_denormalized: { type: 'boolean', maxLength: 40 },
        attributes: { type: 'string', maxLength: 1000 },
        audit: { type: 'boolean', maxLength: 40 },
        calculation: { type: 'script', maxLength: 8000 },
        choice: { type: 'integer', maxLength: 40 },
        choice_field: { type: 'field_name', maxLength: 80 },
        choice_table: { type: 'table_name', maxLength: 80 },
        comments: { type: 'string', maxLength: 4000 },
        create_roles: { type: 'user_roles', maxLength: 255 },
        default_value: { type: 'string', maxLength: 512 },
        defaultsort: { type: 'integer', maxLength: 40 },
        delete_roles: { type: 'user_roles', maxLength: 255 },
        dependent: { type: 'string', maxLength: 80 },
        dependent_on_field: { type: 'field_name', maxLength: 80 },
        display: { type: 'boolean', maxLength: 40 },
        dynamic_creation: { type: 'boolean', maxLength: 40 },
        dynamic_creation_script: { type: 'string', maxLength: 4000 },
        dynamic_default_value: { type: 'reference', maxLength: 32, reference: 'sys_filter_option_dynamic' },
        dynamic_ref_qual: { type: 'reference', maxLength: 32, reference: 'sys_filter_option_dynamic' },
        element: { type: 'string', maxLength: 80 },
        element_reference: { type: 'boolean', maxLength: 40 },
        foreign_database: { type: 'string', maxLength: 40 },
        function_definition: { type: 'string', maxLength: 4000 },
        function_field: { type: 'boolean', maxLength: 40, default: 'false' },
        internal_type: { type: 'reference', maxLength: 32, reference: 'sys_glide_object' },
        mandatory: { type: 'boolean', maxLength: 40 },
        max_length: { type: 'integer', maxLength: 40 },
        name: { type: 'table_name', maxLength: 80 },
        next_element: { type: 'string', maxLength: 80 },
        primary: { type: 'boolean', maxLength: 40 },
        read_only: { type: 'boolean', maxLength: 40 },
        read_roles: { type: 'user_roles', maxLength: 255 },
        reference: { type: 'reference', maxLength: 32, reference: 'sys_db_object' },
        reference_cascade_rule: { type: 'string', maxLength: 20 },
        reference_floats: { type: 'boolean', maxLength: 40 },
        reference_key: { type: 'string', maxLength: 40 },
        reference_qual: { type: 'string', maxLength: 1000 },
        reference_qual_condition: { type: 'conditions', maxLength: 4000 },
        reference_type: { type: 'string', maxLength: 10 },
        sizeclass: { type: 'integer', maxLength: 40 },
        spell_check: { type: 'boolean', maxLength: 40 },
        staged: { type: 'boolean', maxLength: 40, default: 'false' },
        table_reference: { type: 'boolean', maxLength: 40 },
        text_index: { type: 'boolean', maxLength: 40 },
        unique: { type: 'boolean', maxLength: 40 },
        use_dependent_field: { type: 'boolean', maxLength: 40, default: 'false' },
        use_dynamic_default: { type: 'boolean', maxLength: 40 },
        use_reference_qualifier: { type: 'string', maxLength: 40, default: 'simple' },
        virtual: { type: 'boolean', maxLength: 40 },
        virtual_type: { type: 'string', maxLength: 40, default: 'script' },
        widget: { type: 'string', maxLength: 40 },
        write_roles: { type: 'user_roles', maxLength: 255 },
        xml_view: { type: 'boolean', maxLength: 40 },
    },
}

/**
 * sys_dictionary_override — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_dictionary_override.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): read_only_option.
 */
const sysDictionaryOverride: PlatformTable = {
    name: 'sys_dictionary_override',
    label: 'Dictionary Entry Override',
    display: 'element',
    fields: {
        attributes: { type: 'string', maxLength: 1000 },
        attributes_override: { type: 'boolean', maxLength: 40 },
        base_table: { type: 'table_name', maxLength: 80 },
        calculation: { type: 'string', maxLength: 4000 },
        calculation_override: { type: 'boolean', maxLength: 40 },
        default_value: { type: 'string', maxLength: 512 },
        default_value_override: { type: 'boolean', maxLength: 40 },
        dependent: { type: 'string', maxLength: 80 },
        dependent_override: { type: 'boolean', maxLength: 40 },
        display_override: { type: 'boolean', maxLength: 40 },
        element: { type: 'string', maxLength: 80 },
        mandatory: { type: 'boolean', maxLength: 40 },
        mandatory_override: { type: 'boolean', maxLength: 40 },
        name: { type: 'table_name', maxLength: 80 },
        read_only: { type: 'boolean', maxLength: 40 },
        read_only_option: { type: 'string' },
        read_only_option_override: { type: 'boolean', maxLength: 40 },
        read_only_override: { type: 'boolean', maxLength: 40 },
        reference_qual: { type: 'string', maxLength: 255 },
        reference_qual_override: { type: 'boolean', maxLength: 40 },
        sys_id: { type: 'GUID', maxLength: 32 },
    },
}

/**
 * sys_number — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_number.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): prefix.
 */
const sysNumber: PlatformTable = {
    name: 'sys_number',
    label: 'sys_number',
    fields: {
        category: { type: 'table_name', maxLength: 80 },
        maximum_digits: { type: 'integer', maxLength: 40, default: '7' },
        number: { type: 'integer', maxLength: 40, default: '1000' },
        prefix: { type: 'string' },
    },
}

/**
 * sys_journal_field — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_journal_field.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 */
const sysJournalField: PlatformTable = {
    name: 'sys_journal_field',
    label: 'sys_journal_field',
    fields: {
        element: { type: 'string', maxLength: 40 },
        element_id: { type: 'string', maxLength: 32 },
        name: { type: 'table_name', maxLength: 80 },
        value: { type: 'string', maxLength: 8000 },
    },
}

/**
 * sys_script — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_script.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): access, condition, description, filter_condition, message, name, rest_method_text, rest_service_text, rest_variables, role_conditions, template, when.
 */
const sysScript: PlatformTable = {
    name: 'sys_script',
    label: 'sys_script',
    fields: {
        abort_action: { type: 'boolean', maxLength: 40 },
        access: { type: 'string' },
        action_delete: { type: 'boolean', maxLength: 40 },
        action_insert: { type: 'boolean', maxLength: 40 },
        action_query: { type: 'boolean', maxLength: 40 },
        action_update: { type: 'boolean', maxLength: 40 },
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        add_message: { type: 'boolean', maxLength: 40 },
        advanced: { type: 'boolean', maxLength: 40 },
        change_fields: { type: 'boolean', maxLength: 40 },
        client_callable: { type: 'boolean', maxLength: 40 },
        collection: { type: 'table_name', maxLength: 80 },
        condition: { type: 'string' },
        description: { type: 'string' },
        execute_function: { type: 'boolean', maxLength: 40 },
        filter_condition: { type: 'string' },
        is_rest: { type: 'boolean', maxLength: 40 },
        message: { type: 'string' },
        name: { type: 'string' },
        order: { type: 'integer', maxLength: 40, default: '100' },
        priority: { type: 'integer', maxLength: 40 },
        rest_method: { type: 'reference', maxLength: 32, reference: 'sys_rest_message_fn' },
        rest_method_text: { type: 'string' },
        rest_service: { type: 'reference', maxLength: 32, reference: 'sys_rest_message' },
        rest_service_text: { type: 'string' },
        rest_variables: { type: 'string' },
        role_conditions: { type: 'string' },
        script: { type: 'script', maxLength: 8000 },
        sys_domain: { type: 'domain_id', maxLength: 32 },
        sys_domain_path: { type: 'domain_path', maxLength: 255 },
        sys_overrides: { type: 'reference', maxLength: 32, reference: 'sys_script' },
        template: { type: 'string' },
        when: { type: 'string' },
    },
}

/**
 * sys_security_acl — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_security_acl.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): description, name.
 */
const sysSecurityAcl: PlatformTable = {
    name: 'sys_security_acl',
    label: 'sys_security_acl',
    fields: {
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        admin_overrides: { type: 'boolean', maxLength: 40, default: 'true' },
        advanced: { type: 'boolean', maxLength: 40, default: 'false' },
        applies_to: { type: 'conditions', maxLength: 4000 },
        condition: { type: 'conditions', maxLength: 4000 },
        decision_type: { type: 'choice', maxLength: 40, default: 'allow' },
        description: { type: 'string' },
        local_or_existing: { type: 'radio', maxLength: 40, default: 'Local' },
        name: { type: 'string' },
        operation: { type: 'reference', maxLength: 32, reference: 'sys_security_operation' },
        script: { type: 'script', maxLength: 8000 },
        security_attribute: { type: 'reference', maxLength: 32, reference: 'sys_security_attribute' },
        type: { type: 'reference', maxLength: 32, reference: 'sys_security_type' },
    },
}

/**
 * sys_ws_operation — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_ws_operation.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): consumes, http_method, name, operation_uri, produces, relative_path, request_example, short_description.
 */
const sysWsOperation: PlatformTable = {
    name: 'sys_ws_operation',
    label: 'sys_ws_operation',
    fields: {
        active: { type: 'boolean', maxLength: 40 },
        consumes: { type: 'string' },
        consumes_customized: { type: 'boolean', maxLength: 40 },
        enforce_acl: { type: 'glide_list', maxLength: 4000, reference: 'sys_security_acl' },
        http_method: { type: 'string' },
        name: { type: 'string' },
        operation_script: { type: 'script', maxLength: 8000 },
        operation_uri: { type: 'string' },
        produces: { type: 'string' },
        produces_customized: { type: 'boolean', maxLength: 40 },
        relative_path: { type: 'string' },
        request_example: { type: 'string' },
        requires_acl_authorization: { type: 'boolean', maxLength: 40 },
        requires_authentication: { type: 'boolean', maxLength: 40 },
        requires_snc_internal_role: { type: 'boolean', maxLength: 40 },
        short_description: { type: 'string' },
        web_service_definition: { type: 'reference', maxLength: 32, reference: 'sys_ws_definition' },
        web_service_version: { type: 'reference', maxLength: 32, reference: 'sys_ws_version' },
    },
}

/**
 * sys_ui_form — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_ui_form.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 */
const sysUiForm: PlatformTable = {
    name: 'sys_ui_form',
    label: 'sys_ui_form',
    fields: {
        name: { type: 'table_name', maxLength: 80 },
        roles: { type: 'string', maxLength: 40 },
        sys_overrides: { type: 'reference', maxLength: 32, reference: 'sys_ui_form' },
        sys_user: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        view: { type: 'reference', maxLength: 32, reference: 'sys_ui_view' },
        view_name: { type: 'string', maxLength: 40 },
    },
}

/**
 * sys_ui_section — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_ui_section.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 */
const sysUiSection: PlatformTable = {
    name: 'sys_ui_section',
    label: 'sys_ui_section',
    fields: {
        caption: { type: 'translated_field', maxLength: 40 },
        header: { type: 'boolean', maxLength: 40 },
        name: { type: 'table_name', maxLength: 80 },
        roles: { type: 'string', maxLength: 40 },
        sys_domain: { type: 'domain_id', maxLength: 32 },
        sys_overrides: { type: 'reference', maxLength: 32, reference: 'sys_ui_section' },
        sys_user: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        title: { type: 'boolean', maxLength: 40 },
        view: { type: 'reference', maxLength: 32, reference: 'sys_ui_view' },
        view_name: { type: 'string', maxLength: 40 },
    },
}

/**
 * sys_ui_element — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_ui_element.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 */
const sysUiElement: PlatformTable = {
    name: 'sys_ui_element',
    label: 'sys_ui_element',
    fields: {
        element: { type: 'string', maxLength: 255 },
        position: { type: 'integer', maxLength: 40 },
        sys_ui_formatter: { type: 'reference', maxLength: 32, reference: 'sys_ui_formatter' },
        sys_ui_section: { type: 'reference', maxLength: 32, reference: 'sys_ui_section' },
        sys_user: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        type: { type: 'string', maxLength: 40 },
    },
}

/**
 * sys_ui_form_section — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_ui_form_section.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 */
const sysUiFormSection: PlatformTable = {
    name: 'sys_ui_form_section',
    label: 'sys_ui_form_section',
    fields: {
        position: { type: 'integer', maxLength: 40 },
        sys_overrides: { type: 'reference', maxLength: 32, reference: 'sys_ui_form_section' },
        sys_ui_form: { type: 'reference', maxLength: 32, reference: 'sys_ui_form' },
        sys_ui_section: { type: 'reference', maxLength: 32, reference: 'sys_ui_section' },
    },
}

/**
 * sys_user_has_role — User Roles [sys_user_has_role]: a user, a role, whether it is inherited
 * (docs "Assign a role to a user"; no ServiceNow page with the field list was found, so the types
 * are those the platform's role tables use). Not in the SDK: string lengths not sourced.
 */
const sysUserHasRole: PlatformTable = {
    name: 'sys_user_has_role',
    label: 'User Role',
    fields: {
        granted_by: { type: 'reference', maxLength: 32, reference: 'sys_user_group' },
        inherited: { type: 'boolean', maxLength: 40, default: 'false' },
        role: { type: 'reference', maxLength: 32, reference: 'sys_user_role' },
        state: { type: 'string' },
        user: { type: 'reference', maxLength: 32, reference: 'sys_user' },
    },
}

/**
 * sys_user_role_contains — docs "Create a role" (Contains Roles related list, sys_user_role_contains).
 * Not in the SDK: two references.
 */
const sysUserRoleContains: PlatformTable = {
    name: 'sys_user_role_contains',
    label: 'Contained Role',
    fields: {
        contains: { type: 'reference', maxLength: 32, reference: 'sys_user_role' },
        role: { type: 'reference', maxLength: 32, reference: 'sys_user_role' },
    },
}

/**
 * oauth_entity — docs "Configure Application Registry" (Active check box, token lifespans in
 * seconds; https://www.servicenow.com/docs/bundle/yokohama-security-management/page/product/secops-integration-sir/secops-integration-splunk-addon/task/configure-application-registry-splunk.html)
 * and "Create an OAuth API script" (oauth_api_script references a script include).
 * Not in the SDK: types from the docs; string and URL lengths not sourced.
 */
const oauthEntity: PlatformTable = {
    name: 'oauth_entity',
    label: 'Application Registries',
    fields: {
        access_token_lifespan: { type: 'integer', maxLength: 40 },
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        auth_url: { type: 'url' },
        client_id: { type: 'string' },
        client_secret: { type: 'password2', maxLength: 255 },
        default_grant_type: { type: 'string' },
        name: { type: 'string' },
        oauth_api_script: { type: 'reference', maxLength: 32, reference: 'sys_script_include' },
        public_client: { type: 'boolean', maxLength: 40, default: 'false' },
        redirect_url: { type: 'string' },
        refresh_token_lifespan: { type: 'integer', maxLength: 40 },
        token_url: { type: 'url' },
        type: { type: 'string' },
    },
}

/**
 * oauth_entity_profile — docs "Specify an OAuth profile" (name, OAuth provider, grant type;
 * https://www.servicenow.com/docs/r/fr-FR/api-reference/web-services/t_SpecifyAnOAuthProfile.html)
 * and "OAuth profiles and scopes" ("There can be only one default profile":
 * https://www.servicenow.com/docs/r/yokohama/api-reference/web-services/c_OAuthProviderAndScope.html).
 * Not in the SDK: string lengths not sourced.
 */
const oauthEntityProfile: PlatformTable = {
    name: 'oauth_entity_profile',
    label: 'OAuth Entity Profile',
    fields: {
        grant_type: { type: 'string' },
        is_default: { type: 'boolean', maxLength: 40, default: 'false' },
        name: { type: 'string' },
        oauth_entity: { type: 'reference', maxLength: 32, reference: 'oauth_entity' },
    },
}

/**
 * oauth_oidc_entity — docs "Configure an OIDC provider to verify ID tokens" (application
 * registry of type OIDC, referencing an OIDC provider configuration).
 * Not in the SDK: kept standalone here (its parent table is not sourced); string lengths not sourced.
 */
const oauthOidcEntity: PlatformTable = {
    name: 'oauth_oidc_entity',
    label: 'OAuth OIDC Entity',
    fields: {
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        client_id: { type: 'string' },
        client_secret: { type: 'password2', maxLength: 255 },
        name: { type: 'string' },
        oidc_provider_configuration: { type: 'reference', maxLength: 32, reference: 'oidc_provider_configuration' },
    },
}

/**
 * oidc_provider_configuration — docs "Configure an OIDC provider to verify ID tokens" (OIDC
 * Provider, OIDC Metadata URL, User Claim, User Field).
 * Not in the SDK: string and URL lengths not sourced.
 */
const oidcProviderConfiguration: PlatformTable = {
    name: 'oidc_provider_configuration',
    label: 'OIDC Provider Configuration',
    fields: {
        oidc_metadata_url: { type: 'url' },
        oidc_provider: { type: 'string' },
        user_claim: { type: 'string' },
        user_field: { type: 'string' },
    },
}

/**
 * sys_user_group — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_user_group.now.ts (the columns
 * the app and the sandbox touch: Setup lists groups for automatic incidents).
 */
const sysUserGroup: PlatformTable = {
    name: 'sys_user_group',
    label: 'Group',
    display: 'name',
    fields: {
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        description: { type: 'string', maxLength: 1000 },
        email: { type: 'email', maxLength: 100 },
        manager: { type: 'reference', maxLength: 32, reference: 'sys_user' },
        name: { type: 'string', maxLength: 80 },
        parent: { type: 'reference', maxLength: 32, reference: 'sys_user_group' },
    },
}

/**
 * sys_script_include — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_script_include.now.ts.
 * Not typed here: script (a Generic column of max_length 8000 there; left untyped so nothing is cut).
 */
const sysScriptInclude: PlatformTable = {
    name: 'sys_script_include',
    label: 'Script Include',
    display: 'name',
    fields: {
        access: { type: 'string', maxLength: 40, default: 'package_private' },
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        api_name: { type: 'string', maxLength: 100 },
        caller_access: { type: 'string', maxLength: 40 },
        client_callable: { type: 'boolean', maxLength: 40 },
        description: { type: 'string', maxLength: 4000 },
        name: { type: 'string', maxLength: 100 },
    },
}

/**
 * oauth_entity_scope, oauth_entity_profile_scope — docs "OAuth profiles and scopes" (an OAuth
 * provider's scopes, linked to a profile; https://www.servicenow.com/docs/r/yokohama/api-reference/web-services/c_OAuthProviderAndScope.html).
 * Not in the SDK: string lengths not sourced.
 */
const oauthEntityScope: PlatformTable = {
    name: 'oauth_entity_scope',
    label: 'OAuth Entity Scope',
    fields: {
        name: { type: 'string' },
        oauth_entity: { type: 'reference', maxLength: 32, reference: 'oauth_entity' },
        oauth_entity_scope: { type: 'string' },
    },
}
const oauthEntityProfileScope: PlatformTable = {
    name: 'oauth_entity_profile_scope',
    label: 'OAuth Entity Profile Scope',
    fields: {
        oauth_entity_profile: { type: 'reference', maxLength: 32, reference: 'oauth_entity_profile' },
        oauth_entity_scope: { type: 'reference', maxLength: 32, reference: 'oauth_entity_scope' },
    },
}

/**
 * syslog — docs "System Log" (System Log [syslog]: level -1 debug, 0 information, 1 warning,
 * 2 error; message; source). Not in the SDK: message and source lengths not sourced.
 */
const syslog: PlatformTable = {
    name: 'syslog',
    label: 'System Log',
    fields: {
        level: { type: 'integer', maxLength: 40 },
        message: { type: 'string' },
        source: { type: 'string' },
    },
}

/**
 * sys_trigger — the scheduler's "Schedule Item" table (System Scheduler > Scheduled Jobs > Today's
 * Scheduled Jobs lists it; each item has a Next action date and time: Mastering ServiceNow, 2nd ed.,
 * ch. 6 "Scheduling jobs", https://www.oreilly.com/library/view/mastering-servicenow/9781786465955/ch06s02.html).
 * A scheduled job's item points at it by document (its table) and document_key (its sys_id): public
 * evidence, not a ServiceNow doc. Not in the SDK: string lengths not sourced.
 */
const sysTrigger: PlatformTable = {
    name: 'sys_trigger',
    label: 'Schedule Item',
    fields: {
        name: { type: 'string' },
        next_action: { type: 'glide_date_time', maxLength: 40 },
        document: { type: 'string' },
        document_key: { type: 'string', maxLength: 32 },
        trigger_type: { type: 'integer', maxLength: 40 },
        state: { type: 'integer', maxLength: 40 },
    },
}

/**
 * sys_choice — docs "Choice lists" (Choices [sys_choice]: table, element, value, label, sequence,
 * inactive, language, dependent value). Not in the SDK: string lengths not sourced.
 */
const sysChoice: PlatformTable = {
    name: 'sys_choice',
    label: 'Choices',
    fields: {
        dependent_value: { type: 'string' },
        element: { type: 'string' },
        inactive: { type: 'boolean', maxLength: 40, default: 'false' },
        label: { type: 'string' },
        language: { type: 'string' },
        name: { type: 'table_name', maxLength: 80 },
        sequence: { type: 'integer', maxLength: 40 },
        value: { type: 'string' },
    },
}

/**
 * sys_number_counter — the counter behind getNextObjNumberPadded() (docs "Add auto-numbering
 * records in a table": https://www.servicenow.com/docs/r/australia/platform-administration/t_AutoNumberingRecordsInATable.html).
 * Not in the SDK: table and number.
 */
const sysNumberCounter: PlatformTable = {
    name: 'sys_number_counter',
    label: 'Number counter',
    fields: {
        number: { type: 'integer', maxLength: 40 },
        table: { type: 'table_name', maxLength: 80 },
    },
}

/**
 * sys_auth_profile_basic — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_auth_profile_basic.now.ts
 * (username: string 80, mandatory; password: password2) and its parent sys_auth_profile.now.ts
 * (name: string 40). Kept standalone here (the parent's other columns are not needed); password2
 * has no length in the definition (not cut). Label: the "Basic Auth Configurations" form of doc "Create a basic auth profile
 * using the Automated Test Framework" (https://www.servicenow.com/docs/r/application-development/automated-test-framework-atf/atf-create-basic-auth-profile.html).
 */
const sysAuthProfileBasic: PlatformTable = {
    name: 'sys_auth_profile_basic',
    label: 'Basic Auth Configuration',
    fields: {
        name: { type: 'string', maxLength: 40 },
        password: { type: 'password2' },
        username: { type: 'string', maxLength: 80 },
    },
}

/**
 * REST API access policies (plugin com.glide.rest.policy) — docs "Create REST API access policy"
 * (https://www.servicenow.com/docs/r/platform-security/authentication/create-api-access-policy.html:
 * Name, Active, REST API, REST API PATH, HTTP Method, Version, Resource, Global, Apply to all
 * methods / resources / versions, and the list of inbound authentication profiles) and "Create an
 * authentication profile" (https://www.servicenow.com/docs/r/platform-security/authentication/create-authentication-profile.html:
 * Name, Active, Type = Basic Auth / ID Token / Certificate based Auth / OAuth, OAuth Entity for
 * ID Token and OAuth). Column names from a published schema dump of sys_api_access_policy
 * (ServiceNow MCP knowledge harvest, 2026-03-28) and public setup scripts that write
 * std_http_auth {name, type: 'basic_auth'} and sys_auth_profile_mapping {api_access_policy,
 * inbound_auth_profile}. Not in the SDK: choice values other than basic_auth, and lengths, not sourced.
 */
const sysApiAccessPolicy: PlatformTable = {
    name: 'sys_api_access_policy',
    label: 'API Access Policies',
    display: 'name',
    fields: {
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        all_authn_scheme_authenticate_header: { type: 'boolean', maxLength: 40, default: 'false' },
        api: { type: 'choice' },
        api_path: { type: 'string' },
        api_resource: { type: 'choice' },
        apply_all: { type: 'boolean', maxLength: 40, default: 'false' },
        apply_all_methods: { type: 'boolean', maxLength: 40, default: 'false' },
        apply_all_resources: { type: 'boolean', maxLength: 40, default: 'false' },
        apply_all_versions: { type: 'boolean', maxLength: 40, default: 'false' },
        apply_global: { type: 'boolean', maxLength: 40, default: 'false' },
        http_method: { type: 'choice' },
        name: { type: 'string' },
        version: { type: 'choice' },
    },
}
const stdHttpAuth: PlatformTable = {
    name: 'std_http_auth',
    label: 'Standard HTTP Authentication Profile',
    display: 'name',
    fields: {
        active: { type: 'boolean', maxLength: 40, default: 'true' },
        description: { type: 'string' },
        name: { type: 'string' },
        oauth_entity: { type: 'reference', maxLength: 32, reference: 'oauth_entity' },
        type: { type: 'choice' },
    },
}
const sysAuthProfileMapping: PlatformTable = {
    name: 'sys_auth_profile_mapping',
    label: 'Auth Profile Mapping',
    fields: {
        api_access_policy: { type: 'reference', maxLength: 32, reference: 'sys_api_access_policy' },
        inbound_auth_profile: { type: 'reference', maxLength: 32, reference: 'std_http_auth' },
    },
}

/**
 * sys_attachment — @servicenow/sdk-core 4.9.0 src/fluent/tables/sys_attachment.now.ts (ServiceNow's own definition of the table, shipped with the Now SDK).
 * No length in that definition (not set here, so nothing is cut): state.
 */
const sysAttachment: PlatformTable = {
    name: 'sys_attachment',
    label: 'Attachment',
    display: 'file_name',
    fields: {
        file_name: { type: 'string', maxLength: 100 },
        table_name: { type: 'string', maxLength: 80 },
        table_sys_id: { type: 'char', maxLength: 32 },
        content_type: { type: 'string', maxLength: 100 },
        size_bytes: { type: 'longint', maxLength: 40 },
        size_compressed: { type: 'longint', maxLength: 40 },
        chunk_size_bytes: { type: 'integer', maxLength: 40 },
        compressed: { type: 'boolean', maxLength: 40 },
        hash: { type: 'string', maxLength: 64 },
        state: { type: 'string' },
    },
}

/**
 * sys_attachment_doc — not shipped with the SDK; docs "Administering attachments": "The file data is
 * stored in the Attachment Document [sys_attachment_doc] table, in 4k chunks"
 * (https://www.servicenow.com/docs/r/platform-administration/r_AdministeringAttachments.html).
 * Column names as the instance's table has them; no length is cut (data holds a base64 chunk).
 */
const sysAttachmentDoc: PlatformTable = {
    name: 'sys_attachment_doc',
    label: 'Attachment Document',
    fields: {
        sys_attachment: { type: 'reference', maxLength: 32, reference: 'sys_attachment' },
        position: { type: 'integer', maxLength: 40 },
        length: { type: 'integer', maxLength: 40 },
        data: { type: 'string' },
    },
}

/** Every platform table the app and the sandbox use, parents before children. */
export const PLATFORM_TABLES: ReadonlyArray<PlatformTable> = [
    task,
    incident,
    sysUser,
    sysUserRole,
    sysUserHasRole,
    sysUserRoleContains,
    sysProperties,
    sysDbObject,
    sysDictionary,
    sysDictionaryOverride,
    sysNumber,
    sysNumberCounter,
    sysJournalField,
    sysScript,
    sysSecurityAcl,
    sysWsOperation,
    sysUiForm,
    sysUiSection,
    sysUiElement,
    sysUiFormSection,
    sysChoice,
    syslog,
    oauthEntity,
    oauthEntityProfile,
    oauthOidcEntity,
    oidcProviderConfiguration,
    sysAuthProfileBasic,
    sysApiAccessPolicy,
    stdHttpAuth,
    sysAuthProfileMapping,
    oauthEntityScope,
    oauthEntityProfileScope,
    sysUserGroup,
    sysScriptInclude,
    sysTrigger,
    sysAttachment,
    sysAttachmentDoc,
]

/** sys_number.maximum_digits default (sys_number.now.ts in the SDK). */
export const DEFAULT_NUMBER_DIGITS = 7

/** A stable sys_id per platform record, so a persisted sandbox re-installs the same rows. */
function platformSysId(key: string): string {
    return createHash('md5').update(`platform-dictionary:${key}`).digest('hex')
}

export function platformTableSysId(table: string): string {
    return platformSysId(`sys_db_object:${table}`)
}

let rows: { table: string; row: Row }[] | undefined

/** The schema rows of PLATFORM_TABLES (sys_db_object, sys_dictionary, sys_number). */
export function platformSchemaRows(): ReadonlyArray<{ table: string; row: Row }> {
    if (rows) return rows
    rows = []
    for (const table of PLATFORM_TABLES) {
        rows.push({
            table: 'sys_db_object',
            row: {
                sys_id: platformTableSysId(table.name),
                name: table.name,
                label: table.label,
                super_class: table.extends ? platformTableSysId(table.extends) : null,
                // Application access "Can read" defaults to true (sys_db_object.read_access in the SDK).
                read_access: 'true',
                number_ref: table.autoNumber ? platformSysId(`sys_number:${table.name}`) : null,
            },
        })
        for (const [element, field] of Object.entries(table.fields)) {
            rows.push({
                table: 'sys_dictionary',
                row: {
                    sys_id: platformSysId(`sys_dictionary:${table.name}.${element}`),
                    name: table.name,
                    element,
                    internal_type: field.type,
                    max_length: field.maxLength === undefined ? null : String(field.maxLength),
                    reference: field.reference ?? null,
                    default_value: field.default ?? null,
                    display: table.display === element ? 'true' : 'false',
                    active: 'true',
                },
            })
        }
        if (table.autoNumber) {
            rows.push({
                table: 'sys_number',
                row: {
                    sys_id: platformSysId(`sys_number:${table.name}`),
                    category: table.name,
                    prefix: table.autoNumber.prefix,
                    number: String(table.autoNumber.number),
                    maximum_digits: String(DEFAULT_NUMBER_DIGITS),
                },
            })
        }
    }
    return rows
}

/** Writes the platform's dictionary into a store (insert, or refresh a row installed by an earlier version). */
export function installPlatformDictionary(store: Store): void {
    // Every typed read looks fields up by table and element (fieldTypes.ts, dictionary.ts).
    store.ensureIndex('sys_dictionary', 'name')
    store.ensureIndex('sys_db_object', 'name')
    store.transaction(() => {
        for (const { table, row } of platformSchemaRows()) {
            if (store.get(table, row.sys_id!)) store.update(table, row.sys_id!, row)
            else store.insert(table, { ...row })
        }
    })
}
