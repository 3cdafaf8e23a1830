/** `@servicenow/glide/sn_ws` in jest and the sandbox. */
export { RESTMessageV2 } from '../http/RESTMessageV2'
export { RESTResponseV2 } from '../http/RESTResponseV2'
export type { GlideHTTPHeader } from '../http/RESTResponseV2'
