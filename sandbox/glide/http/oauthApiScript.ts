/**
 * The OAuth API script of an oauth_entity — docs: "OAuthUtil - Global" (server API reference).
 * oauth_entity.oauth_api_script references a sys_script_include whose class extends
 * global.OAuthUtil and whose name must start with "OAuth" (the docs' rule; the emulation refuses
 * other names). The platform creates the class with its OAuth context, calls
 * interceptRequestParameters(requestParamMap) (the base calls preprocessAccessToken) before the
 * token request, and parseTokenResponse(accessTokenResponse) (the base calls
 * postprocessAccessToken, which copies a JSON body into accessTokenResponse.getparameters())
 * after it; the platform then reads access_token / expires_in from that parameter map.
 *
 * The script runs in a Node `vm` context holding only Class.create, Object.extendsObject,
 * global.OAuthUtil and gs (stricter than the instance: no GlideRecord or other globals). The
 * base class offers initialize(oauthContext), getOAuthProfile() (docs: the current
 * oauth_entity_profile as a GlideRecord; also oauthContext.getOAuthProfile()),
 * interceptRequestParameters, parseTokenResponse, preprocessAuthCode, preprocessAccessToken and
 * postprocessAccessToken; setEndpoint/setHeader/setQueryParameter are not emulated (calling them throws).
 */
import vm from 'node:vm'
import { GlideRecord } from '../GlideRecord'
import { gs } from '../gs'
import type { Row } from '../store/types'

/** The request / response parameter map (a java.util.Map of strings on the instance). */
export class ParameterMap {
    private readonly entries = new Map<string, string>()

    constructor(initial: Iterable<[string, string]> = []) {
        for (const [k, v] of initial) this.entries.set(k, v)
    }

    get(name: unknown): string | null {
        return this.entries.get(String(name)) ?? null
    }

    put(name: unknown, value: unknown): string | null {
        const previous = this.get(name)
        this.entries.set(String(name), String(value))
        return previous
    }

    remove(name: unknown): string | null {
        const previous = this.get(name)
        this.entries.delete(String(name))
        return previous
    }

    containsKey(name: unknown): boolean {
        return this.entries.has(String(name))
    }

    size(): number {
        return this.entries.size
    }

    isEmpty(): boolean {
        return this.entries.size === 0
    }

    /** A java.util.Set view: size, contains, isEmpty, toArray, iterator. */
    keySet(): { size(): number; contains(k: unknown): boolean; isEmpty(): boolean; toArray(): string[]; iterator(): { hasNext(): boolean; next(): string } } {
        const keys = [...this.entries.keys()]
        return {
            size: () => keys.length,
            contains: (k) => keys.includes(String(k)),
            isEmpty: () => keys.length === 0,
            toArray: () => [...keys],
            iterator: () => {
                let i = 0
                return { hasNext: () => i < keys.length, next: () => keys[i++] }
            },
        }
    }

    toEntries(): [string, string][] {
        return [...this.entries.entries()]
    }
}

/** What the script sees as accessTokenResponse: getBody, getContentType, getResponseCode, getparameters. */
export interface AccessTokenResponse {
    getBody(): string
    getContentType(): string
    getResponseCode(): number
    getparameters(): ParameterMap
}

const PRELUDE = `
var Class = { create: function () { return function () { this.initialize.apply(this, arguments); }; } };
Object.extendsObject = function (parent, properties) {
    var destination = {};
    for (var p in parent.prototype) destination[p] = parent.prototype[p];
    for (var q in properties) destination[q] = properties[q];
    return destination;
};
var global = (function () {
    var OAuthUtil = Class.create();
    OAuthUtil.prototype = {
        initialize: function (oauthContext) { this.oauthContext = oauthContext; },
        getOAuthProfile: function () { return this.oauthContext.getOAuthProfile(); },
        interceptRequestParameters: function (requestParamMap) { this.preprocessAccessToken(requestParamMap); },
        parseTokenResponse: function (accessTokenResponse) { this.postprocessAccessToken(accessTokenResponse); },
        preprocessAuthCode: function (requestParamMap) {},
        preprocessAccessToken: function (requestParamMap) {},
        postprocessAccessToken: function (accessTokenResponse) {
            var contentType = accessTokenResponse.getContentType();
            if (contentType && contentType.indexOf('application/json') != -1) {
                var tokenResponse = JSON.parse(accessTokenResponse.getBody());
                var paramMap = accessTokenResponse.getparameters();
                for (var param in tokenResponse) paramMap.put(param, String(tokenResponse[param]));
            }
        },
        type: 'OAuthUtil'
    };
    return { OAuthUtil: OAuthUtil };
})();
`

export interface OAuthScriptInstance {
    interceptRequestParameters(map: ParameterMap): void
    parseTokenResponse(response: AccessTokenResponse): void
}

/** Loads and instantiates the entity's OAuth API script; throws with a reason when it cannot. */
export function loadOAuthApiScript(scriptInclude: Row | undefined, profileId: string): OAuthScriptInstance {
    if (!scriptInclude) throw new Error('the OAuth API script (sys_script_include) was not found')
    if (scriptInclude.active === 'false') throw new Error(`the OAuth API script ${scriptInclude.name} is inactive`)
    const name = scriptInclude.name ?? ''
    if (!/^OAuth/.test(name)) throw new Error(`the OAuth API script name must start with "OAuth" (docs: OAuthUtil), got "${name}"`)
    const context = vm.createContext({ gs })
    vm.runInContext(PRELUDE, context, { filename: 'OAuthUtil (emulated)' })
    vm.runInContext(scriptInclude.script ?? '', context, { filename: `sys_script_include ${scriptInclude.api_name ?? name}`, timeout: 5000 })
    const Klass = (context as Record<string, unknown>)[name]
    if (typeof Klass !== 'function') throw new Error(`the OAuth API script does not define the class ${name}`)
    const oauthContext = {
        getOAuthProfile: (): GlideRecord => {
            const profile = new GlideRecord('oauth_entity_profile')
            profile.get(profileId)
            return profile
        },
    }
    return new (Klass as new (ctx: unknown) => OAuthScriptInstance)(oauthContext)
}
