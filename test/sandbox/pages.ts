/**
 * The sandbox's own pages, standing in for the instance UI around the app: a login page, an
 * incident list, and an incident form whose "Microsoft 365" tab hosts the app's panel page in
 * an iframe for users with an app role (the app's own section/macro records replace this
 * rendering once they ship). Plain server-rendered HTML; everything is escaped.
 */
import { Row } from '../glide/store/types'

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
        userName ? `${escapeHtml(userName)} · <a href="/logout.do">Log out</a>` : ''
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

export interface IncidentFormOptions {
    incident: Row
    userName: string
    comments: Row[]
    /** The user holds an app role: the Microsoft 365 tab is shown. */
    showMicrosoft365Tab: boolean
}

export function incidentFormPage(options: IncidentFormOptions): string {
    const { incident } = options
    const fields = ['number', 'short_description', 'description', 'state', 'impact', 'urgency', 'priority', 'close_code', 'close_notes']
    const details = fields.map((field) => `<tr><th>${escapeHtml(field)}</th><td data-field="${field}">${escapeHtml(incident[field])}</td></tr>`).join('')
    const comments = options.comments
        .map((entry) => `<li data-element="${escapeHtml(entry.element)}"><strong>${escapeHtml(entry.sys_created_by)}</strong>: ${escapeHtml(entry.value)}</li>`)
        .join('')
    const tab = options.showMicrosoft365Tab
        ? `<button class="tab" role="tab" aria-selected="false" data-section="m365">Microsoft 365</button>`
        : ''
    const section = options.showMicrosoft365Tab
        ? `<div class="section" id="section-m365" role="tabpanel"><iframe id="m365-panel" title="Microsoft 365" src="/x_mioms_m365_assis_panel.do?sysparm_incident=${escapeHtml(
              incident.sys_id,
          )}" style="width:100%;height:720px;border:0"></iframe></div>`
        : ''
    return layout(
        `${incident.number}`,
        `<h1>Incident ${escapeHtml(incident.number)}</h1>
<div class="tabs" role="tablist"><button class="tab" role="tab" aria-selected="true" data-section="details">Details</button><button class="tab" role="tab" aria-selected="false" data-section="notes">Notes</button>${tab}</div>
<div class="section active" id="section-details" role="tabpanel"><table>${details}</table></div>
<div class="section" id="section-notes" role="tabpanel"><ul id="activity">${comments}</ul>
<form method="post" action="/incident.do?sys_id=${escapeHtml(incident.sys_id)}"><label for="comments">Additional comments</label><textarea id="comments" name="comments"></textarea><button type="submit">Post</button></form></div>
${section}
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
