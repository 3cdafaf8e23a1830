/**
 * Where recommended solutions come from (property x_mioms_m365_assis.solutions.source):
 * - `learn` (default): the Microsoft Learn MCP server, in every panel mode, Setup or not;
 * - `connector`: the Microsoft support connector, only when Setup configured one (modes with a
 *   connection); "continue without setup" then gets search links built on the instance;
 * - `off`: nothing is sent anywhere; search links built on the instance.
 */
import { solutionsSource } from '../config/settings'
import { Outcome, searchSolutions } from '../connector/connector-client'
import { Solution } from '../connector/types'
import { PanelMode } from '../insights/panel-mode'
import { searchLearn } from './learn-client'

/** What the panel does for solutions: ask Learn, ask the connector, show local search links, or nothing (Setup incomplete). */
export type SolutionsPlan = 'learn' | 'connector' | 'links' | 'none'

export function solutionsPlan(mode: PanelMode): SolutionsPlan {
    const source = solutionsSource()
    if (source === 'learn') return 'learn'
    if (mode === 'unconfigured') return 'none'
    if (source === 'connector' && (mode === 'insights' || mode === 'full')) return 'connector'
    return 'links'
}

/** One search through the configured source (callers checked the plan is learn or connector). */
export function findSolutions(query: string, top: number, incidentSysId: string | undefined, correlationId: string): Outcome<Solution[]> {
    if (solutionsSource() === 'learn') return searchLearn(query, top, correlationId)
    return searchSolutions(query, top, incidentSysId, correlationId)
}
