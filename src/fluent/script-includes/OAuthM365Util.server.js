/* exported OAuthM365Util */
/**
 * OAuth API script of the app's Microsoft outbound OAuth entity (oauth_entity.oauth_api_script).
 * The platform calls interceptRequestParameters → preprocessAccessToken before each token
 * request (docs: "OAuthUtil - Global"; the name must start with "OAuth").
 *
 * Microsoft identity platform v1 token endpoints (…/oauth2/token) need a `resource` parameter;
 * v2 endpoints (…/oauth2/v2.0/token) take `scope=<resource>/.default` instead. For a v1
 * endpoint and a request without `resource`:
 *  - a single scope ending in /.default becomes the resource (the scope parameter is removed);
 *  - otherwise the resource is the connector's token audience (property
 *    x_mioms_m365_assis.microsoft.connector_resource; not the base URL, which may be a proxy).
 * The token URL comes from the OAuth profile of the request (getOAuthProfile() → oauth_entity).
 */
var OAuthM365Util = Class.create();
OAuthM365Util.prototype = Object.extendsObject(global.OAuthUtil, {
    CONNECTOR_PROPERTY: 'x_mioms_m365_assis.microsoft.connector_resource',
    DEFAULT_CONNECTOR: 'https://connector.rave.microsoft.com',
    DEFAULT_SUFFIX: '/.default',

    preprocessAccessToken: function (requestParamMap) {
        if (requestParamMap.containsKey('resource')) return;
        if (!this._isAadV1TokenUrl(this._tokenUrl())) return;
        var scope = requestParamMap.get('scope') ? String(requestParamMap.get('scope')) : '';
        var suffix = this.DEFAULT_SUFFIX;
        var single = scope && scope.indexOf(' ') < 0;
        if (single && scope.length > suffix.length && scope.slice(-suffix.length) === suffix) {
            requestParamMap.put('resource', scope.slice(0, -suffix.length));
            requestParamMap.remove('scope');
            return;
        }
        requestParamMap.put('resource', String(gs.getProperty(this.CONNECTOR_PROPERTY, this.DEFAULT_CONNECTOR)));
    },

    _isAadV1TokenUrl: function (url) {
        return /\/oauth2\/token\/?(\?.*)?$/.test(url) && url.indexOf('/v2.0/') < 0;
    },

    /** The token URL of the OAuth entity behind the current profile, or '' when unknown. */
    _tokenUrl: function () {
        try {
            var profile = typeof this.getOAuthProfile === 'function' ? this.getOAuthProfile() : this.oauthContext.getOAuthProfile();
            if (!profile || !profile.isValidRecord()) return '';
            var entity = profile.oauth_entity.getRefRecord();
            return entity.isValidRecord() ? String(entity.getValue('token_url') || '') : '';
        } catch (e) {
            gs.warn('OAuthM365Util: the OAuth profile of the token request could not be read: {0}', String(e));
            return '';
        }
    },

    type: 'OAuthM365Util',
});
