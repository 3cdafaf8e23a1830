import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

// OAuth API script for the Microsoft outbound OAuth entity: adds AAD v1's `resource` parameter
// (docs: "OAuthUtil - Global" — the class extends global.OAuthUtil and its name starts with OAuth).
// Public, so the platform's OAuth code (global scope) can instantiate it.
export const oauthM365Util = ScriptInclude({
    $id: Now.ID['si_oauth_m365_util'],
    name: 'OAuthM365Util',
    apiName: 'x_mioms_m365_assis.OAuthM365Util',
    active: true,
    accessibleFrom: 'public',
    description: 'OAuth API script (extends global.OAuthUtil) for the Microsoft outbound OAuth entity: adds the resource parameter AAD v1 token endpoints require.',
    script: Now.include('./OAuthM365Util.server.js'),
})
