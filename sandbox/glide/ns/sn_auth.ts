/** `@servicenow/glide/sn_auth` in jest and the sandbox: the OAuth client API (http/GlideOAuthClient.ts). */
export { GlideOAuthClient, GlideOAuthClientRequest, GlideOAuthClientResponse, GlideOAuthToken } from '../http/GlideOAuthClient'
