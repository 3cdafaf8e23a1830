/** AAD mode's credential check (src/server/inbound/credential.ts): only a bearer JWT whose audience is Setup's inbound app. */
import { checkAadCredential, decodeBase64Url, jwtAudiences } from '../../../src/server/inbound/credential'

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const jwt = (claims: unknown) => `${b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.c2lnbmF0dXJl`
const headers = (authorization?: string) => ({ getHeader: (name: string) => (name.toLowerCase() === 'authorization' ? authorization : undefined) })
const CLIENT = '0b1f6c2e-5d1a-4c55-9e0b-1a2b3c4d5e02'

test('base64url decodes to UTF-8 text, as Buffer does, and refuses characters outside the alphabet', () => {
    for (const text of ['', 'a', 'ab', 'abc', '{"aud":"x"}', 'Zoë – 日本 😀']) expect(decodeBase64Url(b64url(text))).toBe(text)
    expect(decodeBase64Url('ab+c')).toBeNull()
    expect(decodeBase64Url(Buffer.from([0xc3]).toString('base64url'))).toBeNull()
})

test("the token's audiences: a string or a list, api:// removed, lower case; null for what is not a JWT", () => {
    expect(jwtAudiences(jwt({ aud: `api://${CLIENT.toUpperCase()}` }))).toEqual([CLIENT])
    expect(jwtAudiences(jwt({ aud: ['a', CLIENT, 3] }))).toEqual(['a', CLIENT])
    expect(jwtAudiences(jwt({}))).toEqual([])
    expect(jwtAudiences('not-a-jwt')).toBeNull()
    expect(jwtAudiences(`${b64url('{}')}.${b64url('[not json')}.x`)).toBeNull()
})

test('the configured audience passes; another audience, basic authentication, an opaque token or no header are refused', () => {
    expect(checkAadCredential(headers(`Bearer ${jwt({ aud: CLIENT })}`), CLIENT)).toBeNull()
    expect(checkAadCredential(headers(`bearer ${jwt({ aud: `api://${CLIENT}` })}`), CLIENT)).toBeNull()
    expect(checkAadCredential(headers(`Bearer ${jwt({ aud: 'another-app' })}`), CLIENT)).toMatchObject({ status: 403, reason: 'WrongAudience' })
    expect(checkAadCredential(headers(`Bearer ${jwt({ aud: CLIENT })}`), '')).toMatchObject({ status: 403, reason: 'WrongAudience' })
    expect(checkAadCredential(headers('Basic dXNlcjpwYXNz'), CLIENT)).toMatchObject({ status: 403, reason: 'NotAadToken' })
    expect(checkAadCredential(headers('Bearer opaque-servicenow-token'), CLIENT)).toMatchObject({ status: 403, reason: 'NotAadToken' })
    expect(checkAadCredential(headers(undefined), CLIENT)).toMatchObject({ reason: 'NotAadToken' })
    expect(checkAadCredential(undefined, CLIENT)).toMatchObject({ reason: 'NotAadToken' })
})

test('a refusal never carries the token', () => {
    const token = jwt({ aud: 'another-app' })
    const refusal = checkAadCredential(headers(`Bearer ${token}`), CLIENT)!
    expect(JSON.stringify(refusal)).not.toContain(token.split('.')[1])
})
