/**
 * The sandbox's own pages, standing in for the instance UI around the app: a login page, an
 * incident list, and an incident form rendered from its records (sys_ui_form_section →
 * sys_ui_section → sys_ui_element; formatter elements through their UI macro), so the
 * Microsoft 365 tab appears exactly when Setup has attached the app's section. Plain
 * server-rendered HTML; everything is escaped except a macro's own output.
 */
import { Row } from '../glide/store/types'
import { CLASSIC_UI_STYLE, classicUiShim, FormButton, inlineScript } from './classic-ui'
import type { AppMenu, ListView } from './list-view'

export function escapeHtml(value: unknown): string {
    return String(value ?? '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
}

function layout(title: string, body: string, userName?: string): string {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ServiceNow sandbox</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1d2733}
header{background:#293e40;color:#fff;padding:10px 16px;display:flex;justify-content:space-between}
header a{color:#fff}
main{padding:16px}
table{border-collapse:collapse}td,th{border:1px solid #cfd6dc;padding:4px 8px;text-align:left}
.tabs{display:flex;gap:4px;margin-top:16px;border-bottom:1px solid #cfd6dc}
.tab{padding:6px 12px;border:1px solid #cfd6dc;border-bottom:none;background:#f4f6f7;cursor:pointer}
.tab[aria-selected=true]{background:#fff;font-weight:600}
.section{display:none;padding:12px 0}.section.active{display:block}
label{display:block;margin:8px 0 2px}
.error{color:#b00020}
</style></head><body><header><span>ServiceNow sandbox</span><span>${
        userName ? `<a href="/navigator.do">All menus</a> · ${escapeHtml(userName)} · <a href="/logout.do">Log out</a>` : ''
    }</span></header><main>${body}</main></body></html>`
}

export function loginPage(error?: string, next = '/incident_list.do'): string {
    return layout(
        'Log in',
        `<h1>Log in</h1>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/login.do">
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="user_name">User name</label><input id="user_name" name="user_name" autocomplete="username">
<label for="user_password">Password</label><input id="user_password" name="user_password" type="password" autocomplete="current-password">
<p><button type="submit" id="sysverb_login">Log in</button></p></form>`,
    )
}

/** The application navigator's menus and modules the user may open (list-view.ts decides which and where). */
export function navigatorPage(menus: AppMenu[], userName: string): string {
    const sections = menus
        .map(
            (menu) =>
                `<section><h2>${escapeHtml(menu.title)}</h2><ul class="modules">${menu.modules
                    .map((module) => `<li><a href="${escapeHtml(module.url)}">${escapeHtml(module.title)}</a></li>`)
                    .join('')}</ul></section>`,
        )
        .join('')
    return layout('Application navigator', `<h1>Application navigator</h1><nav aria-label="Application navigator">${sections || '<p>No modules.</p>'}</nav>`, userName)
}

/** A classic list: the filter (breadcrumb), the columns, the rows, and what security removed. */
export function listPage(view: ListView, userName: string): string {
    if (view.denied) return layout(view.table, `<h1>${escapeHtml(view.table)}</h1><p class="error" role="alert">Security constraints prevent access to requested page</p>`, userName)
    const head = view.columns.map((c) => `<th scope="col" data-field="${escapeHtml(c.name)}">${escapeHtml(c.label)}</th>`).join('')
    const body = view.rows.map((row) => `<tr>${view.columns.map((c) => `<td data-field="${escapeHtml(c.name)}">${escapeHtml(row[c.name])}</td>`).join('')}</tr>`).join('')
    const empty = view.rows.length === 0 ? `<p class="list-empty">No records to display</p>` : ''
    const removed = view.removed > 0 ? `<p class="list-security">Number of rows removed from this list by Security constraints: ${view.removed}</p>` : ''
    return layout(
        view.table,
        `<h1>${escapeHtml(view.table)}</h1><p class="breadcrumb" data-query="${escapeHtml(view.query)}">${escapeHtml(view.query ? `All > ${view.query}` : 'All')}</p>
<table class="list" data-table="${escapeHtml(view.table)}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${empty}${removed}`,
        userName,
    )
}

export function incidentListPage(incidents: Row[], userName: string): string {
    const rows = incidents
        .map(
            (incident) =>
                `<tr><td><a href="/incident.do?sys_id=${escapeHtml(incident.sys_id)}">${escapeHtml(incident.number)}</a></td><td>${escapeHtml(
                    incident.short_description,
                )}</td><td>${escapeHtml(incident.state)}</td></tr>`,
        )
        .join('')
    return layout('Incidents', `<h1>Incidents</h1><table><thead><tr><th>Number</th><th>Short description</th><th>State</th></tr></thead><tbody>${rows}</tbody></table>`, userName)
}

/** One element of a form section, as the server resolved it. */
export type FormElement = { kind: 'field'; name: string } | { kind: 'journal'; name: string } | { kind: 'html'; html: string }

export interface FormSectionView {
    caption: string
    elements: FormElement[]
}

export interface IncidentFormOptions {
    incident: Row
    userName: string
    comments: Row[]
    /** The form's sections in sys_ui_form_section order; the first without a caption is the main section. */
    sections: FormSectionView[]
    /** uiaction: the form buttons (client UI actions) the user may see, from classic-ui.ts formButtons. */
    buttons?: FormButton[]
}

// flow (e2e case lifecycle): the form's State field can be changed and saved (e.g. reopening a resolved incident).
const INCIDENT_STATES: [string, string][] = [
    ['1', 'New'],
    ['2', 'In Progress'],
    ['3', 'On Hold'],
    ['6', 'Resolved'],
    ['7', 'Closed'],
    ['8', 'Canceled'],
]

function stateForm(incident: Row): string {
    const options = INCIDENT_STATES.map(
        ([value, label]) => `<option value="${value}"${String(incident.state) === value ? ' selected' : ''}>${escapeHtml(label)}</option>`,
    ).join('')
    return `<form method="post" id="incident-state-form" action="/incident.do?sys_id=${escapeHtml(incident.sys_id)}"><label for="incident-state">State</label><select id="incident-state" name="state">${options}</select><button type="submit" id="incident-update">Update</button></form>`
}

const slug = (caption: string) => caption.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')

export function incidentFormPage(options: IncidentFormOptions): string {
    const { incident } = options
    const renderElements = (elements: FormElement[]) => {
        const fields = elements.filter((e) => e.kind === 'field') as { name: string }[]
        const rows = fields.map((f) => `<tr><th>${escapeHtml(f.name)}</th><td data-field="${escapeHtml(f.name)}">${escapeHtml(incident[f.name])}</td></tr>`).join('')
        const table = rows ? `<table>${rows}</table>` : ''
        const journal = elements.some((e) => e.kind === 'journal')
            ? `<ul id="activity">${options.comments
                  .map((entry) => `<li data-element="${escapeHtml(entry.element)}"><strong>${escapeHtml(entry.sys_created_by)}</strong>: ${escapeHtml(entry.value)}</li>`)
                  .join('')}</ul>
<form method="post" action="/incident.do?sys_id=${escapeHtml(incident.sys_id)}"><label for="comments">Additional comments</label><textarea id="comments" name="comments"></textarea><button type="submit">Post</button></form>`
            : ''
        const html = elements
            .filter((e) => e.kind === 'html')
            .map((e) => (e as { html: string }).html)
            .join('')
        return table + journal + html
    }
    const main = options.sections.filter((s) => !s.caption)
    const tabbed = options.sections.filter((s) => s.caption)
    const tabs = tabbed
        .map((s, i) => `<button class="tab" role="tab" aria-selected="${i === 0}" data-section="${slug(s.caption)}">${escapeHtml(s.caption)}</button>`)
        .join('')
    const panels = tabbed
        .map((s, i) => `<div class="section${i === 0 ? ' active' : ''}" id="section-${slug(s.caption)}" role="tabpanel">${renderElements(s.elements)}</div>`)
        .join('\n')
    return layout(
        `${incident.number}`,
        `<h1>Incident ${escapeHtml(incident.number)}</h1>
${formButtonBar(options)}
<div id="section-main">${main.map((s) => renderElements(s.elements)).join('')}${stateForm(incident)}</div>
<div class="tabs" role="tablist">${tabs}</div>
${panels}
<script>
document.querySelectorAll('.tab').forEach(function (tab) {
  tab.addEventListener('click', function () {
    document.querySelectorAll('.tab').forEach(function (t) { t.setAttribute('aria-selected', String(t === tab)) })
    document.querySelectorAll('.section').forEach(function (s) { s.classList.toggle('active', s.id === 'section-' + tab.dataset.section) })
  })
})
</script>`,
        options.userName,
    )
}

/**
 * uiaction: the UI16 form button bar — each client UI action as a button with its onclick, the
 * classic UI client shim (g_form, GlideModal) and the actions' client scripts in the page.
 */
function formButtonBar(options: IncidentFormOptions): string {
    const buttons = options.buttons ?? []
    if (!buttons.length) return ''
    const values: Record<string, string> = {}
    for (const section of options.sections)
        for (const element of section.elements) if (element.kind === 'field') values[element.name] = String(options.incident[element.name] ?? '')
    const bar = buttons
        .map((b) => `<button type="button" class="form_action_button" id="${escapeHtml(b.id)}" title="${escapeHtml(b.hint)}" onclick="${escapeHtml(b.onclick)}">${escapeHtml(b.label)}</button>`)
        .join('')
    const shim = classicUiShim({ table: 'incident', sysId: String(options.incident.sys_id ?? ''), values })
    return `<style>${CLASSIC_UI_STYLE}</style><div class="form-buttons" role="toolbar" aria-label="Form actions">${bar}</div>
<script>${shim}</script>
${buttons.map((b) => `<script>${inlineScript(b.script)}</script>`).join('\n')}`
}
