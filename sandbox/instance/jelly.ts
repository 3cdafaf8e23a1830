import { runInNewContext } from 'node:vm'
/**
 * Just enough of the instance's page rendering to serve the app's React UI pages: the SDK
 * emits a Jelly template whose `$[...]` expressions give the session token (g_ck) and cache
 * busters, and whose <g:requires>/<g2:client_script> tags pull in platform scripts the React
 * page does not use. Unknown expressions render empty, as Jelly renders a null.
 */
export interface PageContext {
    sessionToken: string
}

export function renderUiPage(html: string, context: PageContext): string {
    return html
        .replace(/<!-- @fluent-import-html[\s\S]*?-->/, '')
        .replace(/<g:requires\b[^>]*>\s*<\/g:requires>/g, '')
        .replace(/<g:requires\b[^>]*\/>/g, '')
        .replace(/<g2:client_script\b[^>]*>\s*<\/g2:client_script>/g, '')
        .replace(/\$\[AMP\]/g, '&')
        .replace(/\$\[gs\.getSession\(\)\.getSessionToken\(\) \|\| gs\.getSessionToken\(\)\]/g, context.sessionToken)
        .replace(/\$\[[^\]]*\]/g, '')
}

/**
 * Just enough Jelly to render the app's UI macros (formatters on the incident form):
 * `<g:evaluate var="jvar_x" expression="..."/>` (the expression's last value, evaluated with
 * `gs` and `current`), `<j:if test="${...}">…</j:if>` over those variables, and `${jvar_x}`
 * substitution (HTML-escaped, as Jelly escapes output). Anything else is left as written.
 */
export function renderMacro(xml: string, globals: Record<string, unknown>): string {
    const vars: Record<string, unknown> = {}
    const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    const evaluate = (expression: string) => runInNewContext(unescape(expression), { ...globals, ...vars }, { timeout: 1000 })
    let body = xml
        .replace(/<\?xml[^>]*\?>/, '')
        .replace(/<j:jelly\b[^>]*>/, '')
        .replace(/<\/j:jelly>\s*$/, '')
    body = body.replace(/<g:evaluate\s+var="([^"]+)"\s+expression="([^"]*)"\s*\/>/g, (_whole, name: string, expression: string) => {
        vars[name] = evaluate(expression)
        return ''
    })
    body = body.replace(/<j:if\s+test="\$\{([^"]*)\}">([\s\S]*?)<\/j:if>/g, (_whole, test: string, inner: string) => (evaluate(test) ? inner : ''))
    return body.replace(/\$\{(jvar_[A-Za-z0-9_]+)\}/g, (_whole, name: string) =>
        String(vars[name] ?? '')
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;'),
    ).trim()
}
