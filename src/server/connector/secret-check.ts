/**
 * Why a call to Microsoft had no usable token, when the reason is the outbound client secret:
 * after such a refusal during normal use (solutions, search, cases, health), one explicit token
 * request (outbound-token.ts) tells a wrong secret from an expired one. Agents are then told to
 * ask their admin (OUTBOUND_SECRET_REJECTED); the admin's log line names the provider, its client
 * ID and the fix. Anything else (a token is issued, the host does not answer, another AAD error)
 * leaves the first classification as it was.
 */
import { requestOutboundToken, secretProblem } from './outbound-token'

export interface SecretDiagnosis {
    problem: 'expired' | 'wrong'
    /** AAD's code, e.g. AADSTS7000222. */
    code: string
    /** For the system log and the admin: which provider's secret, and what to do. Never the secret. */
    adminDetail: string
}

export function diagnoseOutboundSecret(profileId: string): SecretDiagnosis | null {
    const answer = requestOutboundToken(profileId)
    if (answer.kind !== 'refused') return null
    const problem = secretProblem(answer.refusal)
    if (!problem) return null
    const code = 'AADSTS' + (answer.refusal.codes[0] || (problem === 'expired' ? '7000222' : '7000215'))
    const t = answer.target
    return {
        problem,
        code,
        adminDetail:
            'Azure AD refused the client secret of the outbound OAuth provider "' + t.providerName + '" (client ID ' + t.clientId + ', token URL ' + t.tokenUrl + '): ' +
            (problem === 'expired' ? 'the secret has expired' : 'the secret is wrong') + ' (' + code + '). In Azure AD, create a new client secret for app ' + t.clientId +
            ', paste its Value (not its Secret ID) into the Client Secret of "' + t.providerName + '" (System OAuth > Application Registry), then run the Setup tests again.',
    }
}
