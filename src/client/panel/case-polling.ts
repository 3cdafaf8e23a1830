/**
 * While the incident has an open Microsoft case, the panel reads the case as stored every
 * CASE_POLL_MS (GET /panel/incidents/{sys_id}?part=case), so the updates Microsoft posts to the
 * instance appear without a reload. The route never calls Microsoft; a hidden page skips its turn.
 */
import { useEffect } from 'preact/hooks'
import { callApi } from '../shared/api'
import { MicrosoftCase, StoredCaseAnswer } from './types'

export const CASE_POLL_MS = 30_000

export function useCasePolling(path: string, openCaseSysId: string, onCase: (microsoftCase: MicrosoftCase) => void): void {
    useEffect(() => {
        if (!openCaseSysId) return undefined
        let stopped = false
        let timer = 0
        const poll = async () => {
            if (!document.hidden) {
                try {
                    const answer = await callApi<StoredCaseAnswer>('GET', path + '?part=case')
                    if (!stopped && answer.microsoftCase) onCase(answer.microsoftCase)
                } catch {
                    // Quietly try again next turn: the agent's own actions still report their errors.
                }
            }
            if (!stopped) timer = window.setTimeout(poll, CASE_POLL_MS)
        }
        timer = window.setTimeout(poll, CASE_POLL_MS)
        return () => {
            stopped = true
            window.clearTimeout(timer)
        }
        // Not onCase: the caller passes a new closure each render, which must not restart the timer.
    }, [path, openCaseSysId])
}
