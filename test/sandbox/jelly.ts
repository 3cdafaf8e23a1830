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
