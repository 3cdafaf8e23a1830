/**
 * Microsoft 365 Support > Diagnostics (administrators; the route ACL and the code both check):
 *   GET /diagnostics/checks   runs every check and answers them with the troubleshooting rows
 * Nothing is written by a check, and no secret is in the answer.
 */
import { ROLE, refuseWithoutRole } from '../security/roles'
import { RouteResponse, sendJson } from '../rest/respond'
import { runDiagnostics } from './run-diagnostics'

export function getDiagnostics(_request: unknown, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.administrator)) return
    sendJson(response, 200, runDiagnostics())
}
