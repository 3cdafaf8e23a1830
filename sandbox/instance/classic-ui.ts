/**
 * uiaction: the classic UI16 form's buttons and the little client API their scripts need.
 *
 * Server side (`formButtons`): the installed sys_ui_action rows of a table that UI16 would show as
 * form buttons on an existing record — active, form_button, client, ui16_compatible, show_update —
 * each only for users who hold one of its roles (sys_ui_action_role links, plus a comma list in a
 * `roles` field if a row has one; no roles = everyone; admin has every role, as gs.hasRole) and
 * only when its server-side `condition` is true, evaluated with the platform's script runner with
 * `current` = the record's GlideRecord (as the instance evaluates it while rendering the form).
 * A condition that throws hides the button and is logged (source `sandbox`), so a broken
 * condition is visible in syslog instead of silently showing the action.
 *
 * Client side (`classicUiShim`): a minimal stand-in, written for this sandbox, for the UI16
 * globals a client UI action's script uses:
 *   - g_form (GlideForm): getUniqueValue(), getTableName(), getValue(field) for the fields the
 *     form shows ('' for others, as GlideForm returns for a field not on the form).
 *   - GlideModal (the UI16 modal, formerly GlideDialogWindow): new GlideModal(id), setTitle,
 *     setWidth, renderWithContent(html string or element), destroy(); rendered as an element
 *     with role="dialog", aria-modal, its title as heading and a close button.
 * Not emulated: g_form's setters, field/section visibility, mandatory and dirty-form handling,
 * gsftSubmit and server-side UI action scripts (no form submit through UI actions), GlideModal's
 * render() of a UI page by name, setPreference/getPreference, backdrop-click closing, dragging,
 * and UI action `messages`. Workspace (Next Experience) actions — client_script_v2 with g_modal —
 * cannot run here; the build test (test/build/panel.test.ts) covers them.
 */
import { GlideRecord } from '../glide'
import { Platform } from '../glide/platform'
import { allOf, term } from '../glide/store/semantics'
import { Row } from '../glide/store/types'

/** A form button as UI16 renders it: the action's label, hint, onclick and its client script. */
export interface FormButton {
    id: string
    label: string
    hint: string
    onclick: string
    script: string
}

/** The role names an action is limited to (empty: every user). */
function actionRoles(platform: Platform, action: Row): string[] {
    const names = String(action.roles ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean)
    for (const link of platform.store.query('sys_ui_action_role', { where: term('sys_ui_action', '=', action.sys_id as string) })) {
        const role = link.sys_user_role ? platform.store.get('sys_user_role', link.sys_user_role) : undefined
        if (role?.name) names.push(String(role.name))
    }
    return names
}

/**
 * The form buttons of an existing record of `table` for the session user, by order. The
 * session user must already be set (platform.setSessionUser) so conditions see it through gs.
 */
export function formButtons(platform: Platform, table: string, sysId: string): FormButton[] {
    if (!platform.store.hasTable('sys_ui_action')) return []
    const actions = platform.store
        .query('sys_ui_action', { where: allOf([term('table', '=', table), term('active', '=', 'true'), term('form_button', '=', 'true')]) })
        .filter((a) => a.client === 'true' && a.ui16_compatible === 'true' && a.show_update !== 'false')
        .sort((a, b) => Number(a.order ?? 100) - Number(b.order ?? 100))
    const buttons: FormButton[] = []
    for (const action of actions) {
        const roles = actionRoles(platform, action)
        if (roles.length && !roles.some((role) => platform.hasRole(role))) continue
        if (!conditionHolds(platform, action, table, sysId)) continue
        buttons.push({
            id: String(action.action_name || action.sys_id),
            label: String(action.name ?? ''),
            hint: String(action.hint ?? ''),
            onclick: String(action.onclick ?? ''),
            script: String(action.script ?? ''),
        })
    }
    return buttons
}

function conditionHolds(platform: Platform, action: Row, table: string, sysId: string): boolean {
    const condition = String(action.condition ?? '').trim()
    if (!condition) return true
    try {
        const current = new GlideRecord(table)
        if (!current.get(sysId)) throw new Error(`no ${table} record ${sysId}`)
        return !!platform.runScript(`return (${condition});`, platform.scriptGlobals(current as never, null))
    } catch (error) {
        platform.log('error', `UI action '${String(action.name)}' (${String(action.sys_id)}): condition '${condition}' could not be evaluated, button hidden: ${(error as Error).message ?? String(error)}`, 'sandbox')
        return false
    }
}

/** Text safe inside a <script> element (no closing tag, no HTML comment openers). */
export function inlineScript(source: string): string {
    return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
}

export interface ClassicFormContext {
    table: string
    sysId: string
    /** The values of the fields the form shows. */
    values: Record<string, string>
}

/** The client shim (see the header): g_form for this record and GlideModal. */
export function classicUiShim(context: ClassicFormContext): string {
    const data = JSON.stringify(context).replace(/</g, '\\u003c')
    return inlineScript(`(function () {
  var data = ${data};
  // GlideForm (g_form): read-only view of this record's form.
  window.g_form = {
    getUniqueValue: function () { return data.sysId },
    getTableName: function () { return data.table },
    getValue: function (field) { return Object.prototype.hasOwnProperty.call(data.values, field) ? String(data.values[field]) : '' }
  };
  // GlideModal: a dialog element with its title, a close button and the given content.
  function GlideModal(id) {
    this.id = String(id || 'glide_modal');
    this.title = '';
    this.width = 800;
    this.element = null;
  }
  GlideModal.prototype.setTitle = function (title) { this.title = String(title) };
  GlideModal.prototype.setWidth = function (width) { this.width = Number(width) || this.width };
  GlideModal.prototype.renderWithContent = function (content) {
    this.destroy();
    var self = this;
    var dialog = document.createElement('div');
    dialog.id = this.id;
    dialog.className = 'glide-modal';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.style.width = 'min(' + this.width + 'px, 95vw)';
    var header = document.createElement('div');
    header.className = 'glide-modal-header';
    var heading = document.createElement('h2');
    heading.id = this.id + '_title';
    heading.textContent = this.title;
    dialog.setAttribute('aria-labelledby', heading.id);
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'glide-modal-close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '\\u00d7';
    close.addEventListener('click', function () { self.destroy() });
    header.appendChild(heading);
    header.appendChild(close);
    var body = document.createElement('div');
    body.className = 'glide-modal-body';
    if (typeof content === 'string') body.innerHTML = content; else if (content) body.appendChild(content);
    dialog.appendChild(header);
    dialog.appendChild(body);
    var backdrop = document.createElement('div');
    backdrop.className = 'glide-modal-backdrop';
    backdrop.appendChild(dialog);
    document.body.appendChild(backdrop);
    this.element = backdrop;
    close.focus();
  };
  GlideModal.prototype.destroy = function () {
    if (this.element && this.element.parentNode) this.element.parentNode.removeChild(this.element);
    this.element = null;
  };
  window.GlideModal = GlideModal;
})();`)
}

export const CLASSIC_UI_STYLE = `.form-buttons{display:flex;gap:6px;margin:8px 0}
.form_action_button{padding:4px 12px;border:1px solid #8f9ba4;background:#fff;border-radius:3px;cursor:pointer}
.glide-modal-backdrop{position:fixed;inset:0;background:rgba(0,0,0,.4);display:flex;align-items:flex-start;justify-content:center;padding-top:40px;z-index:10}
.glide-modal{background:#fff;border-radius:4px;box-shadow:0 4px 16px rgba(0,0,0,.3)}
.glide-modal-header{display:flex;justify-content:space-between;align-items:center;padding:8px 12px;border-bottom:1px solid #cfd6dc}
.glide-modal-header h2{margin:0;font-size:1.1em}
.glide-modal-close{border:none;background:none;font-size:1.4em;cursor:pointer}
.glide-modal-body{padding:8px}`
