/**
 * What the shipped ATF suite's server-side script steps use to drive the app's scripted REST
 * routes in-process (src/fluent/atf/setup-*.now.ts): a route function is called exactly as its
 * generated glue calls it, as the impersonated user, and its answer is kept for the step to
 * assert on. Also a fingerprint of the Setup rows, so a step can prove that a refused request
 * changed nothing. Nothing in the app itself calls this module.
 */
import { GlideRecord } from '@servicenow/glide'
import type { RouteResponse } from '../rest/respond'
import { findSetup } from '../setup/setup-record'
import { snapshot } from '../setup/setup-routes'

/** What a route answered: its status and its JSON body (as the route set it, before serialising). */
export interface RouteAnswer {
    status: number
    body: any
}

/** Calls `route(request, response)` with a response that records the answer. */
export function callRoute<R>(route: (request: R, response: RouteResponse) => void, request: R): RouteAnswer {
    const answer: RouteAnswer = { status: 0, body: null }
    route(request, {
        setStatus: (status: number) => {
            answer.status = status
        },
        setBody: (body: unknown) => {
            answer.body = body
        },
        setHeader: () => undefined,
    })
    return answer
}

/** The catalogue code of a refusal (`{error: {code}}`), '' when the answer is not one. */
export function refusalCode(answer: RouteAnswer): string {
    const error = answer.body && answer.body.error
    return error && typeof error.code === 'string' ? error.code : ''
}

/**
 * How many Setup rows there are and everything the wizard keeps on the one Setup uses (its id, its
 * update count and its saved values): equal fingerprints before and after a request mean the request
 * wrote nothing to Setup (sys_mod_count grows with every update, even one that sets equal values).
 */
export function setupFingerprint(): string {
    const rows = new GlideRecord('x_mioms_m365_assis_setup')
    rows.query()
    let count = 0
    while (rows.next()) count++
    const setup = findSetup()
    return JSON.stringify({
        rows: count,
        id: setup ? setup.getUniqueValue() : '',
        modCount: setup ? setup.getValue('sys_mod_count') || '' : '',
        consentedBy: setup ? setup.getValue('consented_by') || '' : '',
        state: snapshot(setup),
    })
}
