/**
 * POST /api/x_mioms_m365_assis/v1/setup/consent {"agree": true}: the wizard's first step. The
 * admin must agree before anything else is configured; the server records who agreed and when
 * and moves the wizard to the environment step. Anything but an explicit agreement is refused
 * and changes nothing.
 */
import { GlideDateTime, gs } from '@servicenow/glide'
import { findOrCreateSetup } from './setup-record'
import { ROLE, refuseWithoutRole } from '../security/roles'
import { RouteResponse, sendError, sendJson } from '../rest/respond'

interface ConsentRequest {
    body?: { data?: unknown }
}

export function postConsent(request: ConsentRequest, response: RouteResponse): void {
    if (refuseWithoutRole(response, ROLE.administrator)) return
    const data = request.body ? request.body.data : undefined
    if (!data || typeof data !== 'object' || (data as { agree?: unknown }).agree !== true) {
        sendError(response, 400, { text: 'Select Agree to continue: the request must be {"agree": true}.' })
        return
    }
    const setup = findOrCreateSetup()
    setup.setValue('consent', 'true')
    setup.setValue('consented_by', gs.getUserID())
    if (!setup.getValue('step') || setup.getValue('step') === 'consent') setup.setValue('step', 'environment')
    const saved = setup.isNewRecord() ? setup.insert() : setup.update()
    if (!saved) {
        sendError(response, 500, { id: 'CONTACT_APP_SUPPORT' })
        return
    }
    sendJson(response, 200, { consent: true, step: setup.getValue('step'), at: new GlideDateTime().getValue() })
}
