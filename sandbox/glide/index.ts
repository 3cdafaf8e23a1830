/**
 * `@servicenow/glide` in jest and the sandbox: the platform APIs the app uses (gs, GlideRecord,
 * GlideRecordSecure, GlideDateTime, GlideElement) plus the Platform API that tests and the
 * sandbox use to set up an instance. See README.md.
 */
export { gs } from './gs'
export type { GlideUser } from './gs'
export { GlideRecord, GlideRecordSecure, GlideQueryCondition } from './GlideRecord'
export { GlideElement } from './GlideElement'
export { GlideElementDescriptor } from './GlideElementDescriptor'
export { GlideDateTime } from './GlideDateTime'
export { GlideSysAttachment } from './GlideSysAttachment'

export { Platform, createTestPlatform, functionScriptRunner, APP_SCOPE, LOG_LEVEL } from './platform'
export type { PlatformOptions, ScriptRunner, ModuleRequire, PlatformStats, SessionState, LogLevel, InputValue } from './platform'
export { setCurrentPlatform, currentPlatform } from './current'
export type { CodeBusinessRule, RuleWhen, RuleAction } from './businessRules'
export type { AccessRequest, AclOperation, AclType } from './security/acl'
export { MemoryStore } from './store/MemoryStore'
export { SqliteStore } from './store/SqliteStore'
export type { Store, Row, Condition, StoreQuery, OrderBy, Operator } from './store/types'
export { parseEncodedQuery } from './query/encodedQuery'
export { invokeRoute } from './rest'
export type { RouteRequest, RouteResponse, RouteHandler } from './rest'
