/**
 * Password fields, stored as an instance stores them (never the plain text):
 * - `password` (Password, one-way): a salted hash; only a login or basic-auth check can compare a
 *   candidate with it. Set from a script with `gr.user_password.setDisplayValue(plain)`
 *   (GlideElement - Scoped setDisplayValue, "Sets the display value of the field"; that it stores
 *   the hash is what the user form does, undocumented for scripts: see GlideElement.ts).
 *   The platform's own hash is not public: the sandbox uses salted SHA-256.
 * - `password2` (Password, 2-way encrypted): an encrypted value that only
 *   `GlideElement.getDecryptedValue()` turns back into the plain text (GlideElement - Scoped,
 *   https://www.servicenow.com/docs/r/api-reference/server-api-reference/c_GlideElementScopedAPI.html ;
 *   "Password (2 Way Encrypted)": "Only users with access to the encryption module can decrypt",
 *   https://www.servicenow.com/docs/r/build-workflows/workflow-studio/password-2-data.html ).
 *   The sandbox encrypts with AES-256-GCM under a fixed sandbox key: it hides nothing from whoever
 *   reads this file, it only keeps the plain text out of getValue(), queries and exports.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { fieldDescriptor } from './dictionary'
import { Store } from './store/types'

export function hashPassword(password: string, salt: string = randomBytes(8).toString('hex')): string {
    return `sha256:${salt}:${createHash('sha256').update(`${salt}:${password}`).digest('hex')}`
}

export function verifyPassword(password: string, stored: string | null): boolean {
    if (!stored || !stored.startsWith('sha256:')) return false
    const [, salt, digest] = stored.split(':')
    const candidate = Buffer.from(hashPassword(password, salt).split(':')[2], 'hex')
    const expected = Buffer.from(digest, 'hex')
    return candidate.length === expected.length && timingSafeEqual(candidate, expected)
}

const PASSWORD2_PREFIX = 'p2:v1:'
const PASSWORD2_KEY = createHash('sha256').update('servicenow-sandbox password2 key (not a secret)').digest()

export function encryptPassword2(plain: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', PASSWORD2_KEY, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return PASSWORD2_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
}

/** The plain text of a stored password2 value, or null when the stored value is not one the platform encrypted. */
export function decryptPassword2(stored: string | null | undefined): string | null {
    if (!stored || !stored.startsWith(PASSWORD2_PREFIX)) return null
    try {
        const raw = Buffer.from(stored.substring(PASSWORD2_PREFIX.length), 'base64')
        const decipher = createDecipheriv('aes-256-gcm', PASSWORD2_KEY, raw.subarray(0, 12))
        decipher.setAuthTag(raw.subarray(12, 28))
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    } catch {
        return null
    }
}

export type PasswordKind = 'password' | 'password2'

/** The password kind of a field from its dictionary internal_type, or null for any other field. */
export function passwordKind(store: Store, table: string, field: string): PasswordKind | null {
    const type = fieldDescriptor(store, table, field)?.internalType
    return type === 'password' || type === 'password2' ? type : null
}

/** What the platform stores for a plain password set on a field of this kind: the hash, or the encrypted value. */
export function storedPassword(kind: PasswordKind, plain: string): string {
    return kind === 'password' ? hashPassword(plain) : encryptPassword2(plain)
}
